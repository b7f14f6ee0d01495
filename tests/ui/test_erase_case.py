"""Erasing a case from its case file: the dialog says what happens, asks why and
for the case number; the case file closes and the case is gone."""

import json

import pytest
from PySide6.QtCore import Qt

from desktop.domain.enums import Role
from desktop.domain.errors import NotFound
from desktop.services.cases import CaseService
from desktop.ui.dialogs.erase_case_dialog import EraseCaseDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import drive_dialog


def _open(unlocked: MainWindow, cases: CaseService, **fields):  # noqa: ANN202
    case = cases.create({"given_name": "Aminata", "family_name": "Exemplaire", **fields})
    unlocked.workspace.case_list.refresh()
    return case, unlocked.workspace.open_case(case.id)


def _listed(unlocked: MainWindow) -> list[str]:
    model = unlocked.workspace.case_list.model
    return [model.case_id(row) for row in range(model.rowCount())]


def test_erase_is_enabled_only_once_the_number_is_typed_and_the_case_is_gone(
    qtbot, unlocked: MainWindow, cases: CaseService  # noqa: ANN001
) -> None:
    kept = cases.create({"given_name": "Moussa", "family_name": "Modèle"})
    case, page = _open(unlocked, cases)
    assert page.erase_button.isVisible()
    seen: dict[str, object] = {}

    def erase(dialog: EraseCaseDialog) -> None:
        assert isinstance(dialog, EraseCaseDialog)
        seen["text"] = dialog.what.text()
        assert not dialog.erase_button.isEnabled()
        dialog.reason.setCurrentIndex(dialog.reason.findData("requested"))
        assert not dialog.erase_button.isEnabled()  # a reason, but no number yet
        qtbot.keyClicks(dialog.number, case.case_number[:-1])
        assert not dialog.erase_button.isEnabled()  # not the whole number
        qtbot.keyClicks(dialog.number, case.case_number[-1])
        assert dialog.erase_button.isEnabled()
        dialog.reason.setCurrentIndex(0)  # "Choose a reason…"
        assert not dialog.erase_button.isEnabled()
        dialog.reason.setCurrentIndex(dialog.reason.findData("requested"))
        seen["reasons"] = [dialog.reason.itemText(i) for i in range(dialog.reason.count())]
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    drive_dialog(erase)
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)

    text = str(seen["text"])
    assert "Aminata Exemplaire" in text and case.case_number in text
    assert "every other laptop of the office" in text and "cannot be undone" in text
    assert "audit trail keeps" in text
    assert seen["reasons"] == ["Choose a reason…", "Requested by the returnee", "Consent withdrawn",
                               "Duplicate (registered twice)", "Created by mistake"]
    # the case file closed, the list shows the case list without the case
    assert unlocked.workspace.open_pages() == []
    assert unlocked.workspace.pages.currentWidget() is unlocked.workspace.case_list
    assert case.id not in _listed(unlocked) and kept.id in _listed(unlocked)
    assert unlocked.statusBar().currentMessage() == f"Case \u2068{case.case_number}\u2069 erased"
    with pytest.raises(NotFound):
        cases.get(case.id)
    # the audit trail keeps that it happened and why, not what the case held
    [detail] = [row[0] for row in unlocked.session.db.execute(
        "SELECT detail FROM audit_log WHERE action = 'erase' AND case_id = ?", [case.id]).fetchall()]
    assert json.loads(detail)["reason"] == "requested" and "Aminata" not in detail


def test_cancelling_the_erase_dialog_changes_nothing(qtbot, unlocked: MainWindow, cases: CaseService) -> None:  # noqa: ANN001
    case, page = _open(unlocked, cases)

    def cancel(dialog: EraseCaseDialog) -> None:
        dialog.reason.setCurrentIndex(dialog.reason.findData("duplicate"))
        qtbot.keyClicks(dialog.number, case.case_number)
        dialog.reject()

    drive_dialog(cancel)
    page.erase_button.click()
    assert unlocked.workspace.open_pages() == [page]
    assert cases.get(case.id).case_number == case.case_number


def test_an_open_form_of_the_erased_case_closes_with_it(qtbot, unlocked: MainWindow, cases: CaseService) -> None:  # noqa: ANN001
    case, page = _open(unlocked, cases)
    workspace = unlocked.workspace
    workspace.open_form(workspace.forms.start("vulnerability_screening", case.id), page.title())
    assert len(workspace.wizards()) == 1
    workspace.open_case(case.id)

    def erase(dialog: EraseCaseDialog) -> None:
        dialog.reason.setCurrentIndex(dialog.reason.findData("entered_in_error"))
        dialog.number.setText(case.case_number)
        dialog.accept()

    drive_dialog(erase)
    page.erase_button.click()
    assert workspace.wizards() == [] and workspace.open_pages() == []
    assert workspace.nav.count() == workspace.FIXED_PAGES


def test_m_and_e_officers_are_not_offered_erasure_and_are_refused(
    qtbot, unlocked: MainWindow, cases: CaseService  # noqa: ANN001
) -> None:
    unlocked.session.profile.role = Role.ME_OFFICER
    case, page = _open(unlocked, cases)
    assert page.erase_button.isHidden()
    seen: list[str] = []

    def try_anyway(dialog: EraseCaseDialog) -> None:
        dialog.reason.setCurrentIndex(dialog.reason.findData("requested"))
        dialog.number.setText(case.case_number)
        dialog.erase_button.click()
        seen.append(dialog.error.text())
        assert dialog.isVisible()  # the refusal is shown in the dialog, which stays open
        dialog.reject()

    drive_dialog(try_anyway)
    dialog = EraseCaseDialog(cases, case, unlocked)
    dialog.exec()
    dialog.deleteLater()
    assert seen == ["M&E officers cannot erase cases."]
    assert cases.get(case.id).id == case.id
