"""The case file edit and close flow, driven through the real widgets."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.domain.enums import Status
from desktop.services.cases import CaseService
from desktop.ui.dialogs.close_case_dialog import CloseCaseDialog
from desktop.ui.pages.case_file_page import CaseFilePage
from tests.ui.conftest import drive_dialog


def _open(unlocked, cases: CaseService, **fields) -> CaseFilePage:  # noqa: ANN001
    case = cases.create({"given_name": "Aminata", "family_name": "Exemplaire", **fields})
    unlocked.workspace.case_list.refresh()
    return unlocked.workspace.open_case(case.id)


def test_open_from_the_list_with_the_keyboard(qtbot, unlocked, cases: CaseService) -> None:  # noqa: ANN001
    cases.create({"given_name": "Fatou", "family_name": "Fictif", "vulnerabilities": ["trafficking"]})
    cases.create({"given_name": "Moussa", "family_name": "Modèle"})
    page = unlocked.workspace.case_list
    page.refresh()
    qtbot.keyClicks(page.search, "fat")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    qtbot.keyClicks(page.table, "ou")  # typing in the list goes on in the search field
    assert page.search.text() == "fatou"
    qtbot.waitUntil(lambda: page.model.total == 1)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    file_page = unlocked.workspace.current_case_page()
    assert file_page is not None
    assert file_page.header.name.text() == "Fatou Fictif"
    assert "Victim of trafficking" in [
        file_page.header.badge_layout.itemAt(i).widget().text() for i in range(file_page.header.badge_layout.count())
    ]


def test_edit_shows_validation_then_saves(qtbot, unlocked, cases: CaseService) -> None:  # noqa: ANN001
    page = _open(unlocked, cases)
    form = page.form
    form.phone.clear()
    qtbot.keyClicks(form.phone, "call me maybe")
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert form.errors["phone"].isVisible()
    assert "phone number" in form.errors["phone"].text()
    assert cases.get(page.case_id).phone == ""
    form.phone.clear()
    qtbot.keyClicks(form.phone, "+221 77 555 12 34")
    qtbot.keyClicks(form.community, "Pikine")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not form.errors["phone"].isVisible()
    stored = cases.get(page.case_id)
    assert (stored.phone, stored.community) == ("+221 77 555 12 34", "Pikine")
    assert page.saved_label.text() == "Saved"
    timeline = [page.timeline.list.item(i).text() for i in range(page.timeline.list.count())]
    assert any("Profile updated: Community, Phone" in line for line in timeline)
    assert page.header.facts.text().endswith("Pikine")


def test_close_requires_a_reason(qtbot, unlocked, cases: CaseService) -> None:  # noqa: ANN001
    page = _open(unlocked, cases)
    seen: list[str] = []

    def fill_dialog(dialog) -> None:  # noqa: ANN001
        assert isinstance(dialog, CloseCaseDialog)
        dialog.accept()  # no reason chosen yet
        seen.append(dialog.error.text())
        dialog.reason.setCurrentIndex(dialog.reason.findData("lost_contact"))
        qtbot.keyClicks(dialog.note, "No answer since August")
        dialog.accept()

    drive_dialog(fill_dialog)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert seen and "required" in seen[0]
    stored = cases.get(page.case_id)
    assert stored.status is Status.CLOSED
    assert stored.closure_reason == "lost_contact"
    assert page.header.status.text() == "Closed"
    assert page.reopen_button.isVisible() and not page.close_button.isVisible()
    assert "Case closed: Lost contact" in page.timeline.list.item(0).text()


def test_cancel_closing_changes_nothing(qtbot, unlocked, cases: CaseService) -> None:  # noqa: ANN001
    page = _open(unlocked, cases)
    drive_dialog(lambda dialog: dialog.reject())
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert cases.get(page.case_id).status is Status.REGISTERED


def test_move_status_from_the_menu(qtbot, unlocked, cases: CaseService) -> None:  # noqa: ANN001
    page = _open(unlocked, cases)
    actions = page.move_button.menu().actions()
    assert [a.text() for a in actions] == ["Assessed"]
    actions[0].trigger()
    assert cases.get(page.case_id).status is Status.ASSESSED
    assert [a.text() for a in page.move_button.menu().actions()] == ["Plan agreed"]


def test_new_case_dialog_registers_when_the_intake_form_is_missing(qtbot, no_intake_form, unlocked,  # noqa: ANN001
                                                                   cases: CaseService) -> None:

    def fill(dialog) -> None:  # noqa: ANN001
        assert isinstance(dialog, QDialog)
        dialog.accept()  # empty: refused
        assert dialog.case_form.errors["given_name"].isVisible()
        qtbot.keyClicks(dialog.case_form.given_name, "Grace")
        qtbot.keyClicks(dialog.case_form.family_name, "Sampleton")
        dialog.accept()

    drive_dialog(fill)
    unlocked.workspace.new_case()
    page = unlocked.workspace.current_case_page()
    assert page is not None and page.header.name.text() == "Grace Sampleton"
    assert page.case.case_number.startswith("DAKAR-2026-")
    assert unlocked.workspace.case_list.model.total == 1


def test_household_and_consent_tabs(qtbot, unlocked, cases: CaseService) -> None:  # noqa: ANN001
    page = _open(unlocked, cases)

    def add_member(dialog) -> None:  # noqa: ANN001
        qtbot.keyClicks(dialog.name, "Ibrahima")
        dialog.relationship.setCurrentIndex(dialog.relationship.findData("child"))
        dialog.accept()

    drive_dialog(add_member)
    qtbot.mouseClick(page.household.add_button, Qt.MouseButton.LeftButton)
    assert page.household.table.item(0, 0).text() == "Ibrahima"
    assert page.household.table.item(0, 1).text() == "Child"

    def give_consent(dialog) -> None:  # noqa: ANN001
        dialog.purpose.setCurrentIndex(dialog.purpose.findData("hq_sharing"))
        dialog.accept()

    drive_dialog(give_consent)
    qtbot.mouseClick(page.consent.record_button, Qt.MouseButton.LeftButton)
    assert "Data sharing with headquarters: given on 2026-11-25" in page.consent.current.text()
    assert "Referral to a service provider: not recorded" in page.consent.current.text()


def test_opening_a_case_is_not_an_edit(qtbot, unlocked, cases: CaseService) -> None:  # noqa: ANN001
    page = _open(unlocked, cases, birth_date="1990-05-01", return_type="forced", vulnerabilities=["elderly"])
    assert not page.dirty
    assert not page.save_button.isEnabled()
    assert page.saved_label.text() == ""
    assert page.confirm_leave()


def test_new_case_defaults_to_sex_not_stated(qtbot, no_intake_form, unlocked, cases: CaseService) -> None:  # noqa: ANN001
    def fill(dialog) -> None:  # noqa: ANN001
        qtbot.keyClicks(dialog.case_form.given_name, "Sami")
        dialog.accept()

    drive_dialog(fill)
    unlocked.workspace.new_case()
    assert unlocked.workspace.current_case_page().case.sex == "unknown"


# --- unsaved changes ----------------------------------------------------------------------


def _answer(button: QMessageBox.StandardButton, seen: list[str]):  # noqa: ANN202
    def press(dialog) -> None:  # noqa: ANN001
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        dialog.button(button).click()

    return press


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_file_open(qtbot, unlocked, cases: CaseService) -> None:  # noqa: ANN001
    page = _open(unlocked, cases)
    qtbot.keyClicks(page.form.community, "Pikine")
    seen: list[str] = []
    drive_dialog(_answer(QMessageBox.StandardButton.Cancel, seen))
    assert not unlocked.workspace.close_case(page)
    assert seen == [f"Save the changes to {page.title()}?"]
    assert page in unlocked.workspace.open_pages()
    assert unlocked.workspace.current_case_page() is page
    assert page.form.community.text() == "Pikine" and page.dirty  # the edit is still there
    assert cases.get(page.case_id).community == ""


def test_closing_with_unsaved_changes_and_discard_drops_them(qtbot, unlocked, cases: CaseService) -> None:  # noqa: ANN001
    page = _open(unlocked, cases)
    case_id, title = page.case_id, page.title()
    qtbot.keyClicks(page.form.community, "Pikine")
    seen: list[str] = []
    drive_dialog(_answer(QMessageBox.StandardButton.Discard, seen))
    assert unlocked.workspace.close_case(page)
    assert seen == [f"Save the changes to {title}?"]
    assert unlocked.workspace.open_pages() == []
    assert unlocked.workspace.current_case_page() is None
    assert cases.get(case_id).community == ""


def test_ctrl_l_with_an_invalid_edit_asks_and_cancel_stays_unlocked(qtbot, unlocked, cases: CaseService) -> None:  # noqa: ANN001
    page = _open(unlocked, cases)
    qtbot.keyClicks(page.form.phone, "call me maybe")  # cannot be saved before locking
    seen: list[str] = []
    drive_dialog(_answer(QMessageBox.StandardButton.Cancel, seen))
    qtbot.keyClick(unlocked, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert seen == [f"Save the changes to {page.title()}?"]
    assert unlocked.session is not None and unlocked.session.is_open
    assert unlocked.workspace is not None and unlocked.page() is unlocked.workspace
    assert unlocked.workspace.current_case_page() is page
    assert page.form.phone.text() == "call me maybe"
    assert cases.get(page.case_id).phone == ""
