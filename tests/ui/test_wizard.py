"""The form wizard driven through its real widgets: registering a returnee
with the intake form, drafts across a lock, corrections, the agenda and the
field guide beside the page, in French and Arabic."""

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.enums import ConsentPurpose, Language
from desktop.services.cases import CaseService
from desktop.services.session import Session
from desktop.ui.main_window import MainWindow
from desktop.ui.wizard.editors import (
    AcknowledgementEditor,
    CheckEditor,
    ComboEditor,
    DateEditor,
    LineEditor,
    RadioEditor,
    TextEditor,
)
from desktop.ui.wizard.form_wizard import FormWizard
from tests.ui.conftest import drive_dialog

INTAKE_PAGES: dict[str, Any] = {
    "consent_assistance": "yes",
    "given_name": "Awa",
    "family_name": "Ndiaye",
    "sex": "female",
    "birth_date_estimated": "no",
    "birth_date": date(1994, 3, 2),
    "nationality": "Senegal",
    "has_documents": "no",
    "host_country": "Libya",
    "return_date": date(2026, 11, 2),
    "return_type": "voluntary",
    "region": "north",
    "district": "north_east",
    "has_household": "no",
}


def set_answer(qtbot, editor, value: Any) -> None:  # noqa: ANN001
    """Answer through the widget, as a person would (click, type, pick)."""
    if isinstance(editor, AcknowledgementEditor):
        editor.box.click()
    elif isinstance(editor, RadioEditor):
        editor.group.buttons()[editor.names.index(value)].click()
    elif isinstance(editor, ComboEditor):
        editor.combo.setCurrentIndex(editor.combo.findData(value))
        editor.combo.activated.emit(editor.combo.currentIndex())
    elif isinstance(editor, CheckEditor):
        for name in value:
            editor.boxes[name].click()
    elif isinstance(editor, DateEditor):
        editor.field.setDate(QDate(value.year, value.month, value.day))
    elif isinstance(editor, LineEditor):
        editor.line.setFocus()
        qtbot.keyClicks(editor.line, str(value))
    elif isinstance(editor, TextEditor):
        editor.text.setPlainText(str(value))
    else:
        raise AssertionError(f"no way to answer {editor!r}")


def answer_page(qtbot, wizard: FormWizard, answers: dict[str, Any]) -> list[str]:  # noqa: ANN001
    """Answer the visible questions of the current page found in ``answers``; returns their names."""
    view = wizard.current_view()
    assert view is not None
    done = []
    for row in view.all_rows():
        name = row.question.name
        if name in answers and row.isVisible() and row.editor is not None:
            set_answer(qtbot, row.editor, answers[name])
            done.append(name)
    return done


def intake_wizard(window: MainWindow) -> FormWizard:
    window.workspace.new_case()
    wizard = window.workspace.pages.currentWidget()
    assert isinstance(wizard, FormWizard) and wizard.form.id == "intake"
    return wizard


REQUIRED = {"en": "This question needs an answer.", "fr": "Cette question demande une réponse.",
            "ar": "هذا السؤال يحتاج إلى إجابة."}
STEP = {"en": "Step 1 of ", "fr": "Étape 1 sur ", "ar": "الخطوة 1 من "}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_registering_a_returnee_with_the_intake_wizard(qtbot, unlocked: MainWindow, cases: CaseService,  # noqa: ANN001
                                                       language: str) -> None:
    unlocked.set_language(Language(language))
    wizard = intake_wizard(unlocked)
    assert wizard.step.text().startswith(STEP[language])
    assert wizard.isRightToLeft() == (language == "ar")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)  # consent not ticked: refused
    assert wizard.position == 0 and wizard.error.isVisible()
    first = wizard.current_view().row_for(("consent_assistance",))
    assert first.message.isVisible() and first.message.text() == REQUIRED[language]
    pages = 0
    while wizard.current_view() is not None:
        answer_page(qtbot, wizard, INTAKE_PAGES)
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
        assert not wizard.error.isVisible(), wizard.error.text()
        pages += 1
    assert pages >= 3
    review = wizard.review.toPlainText()
    voluntary = next(c.label.get(language) for c in wizard.run.choices(("return_type",)) if c.name == "voluntary")
    assert "Ndiaye" in review and "1994-03-02" in review and voluntary in review
    with qtbot.waitSignal(wizard.submitted):
        qtbot.mouseClick(wizard.submit_button, Qt.MouseButton.LeftButton)
    page = unlocked.workspace.current_case_page()
    assert page is not None and page.header.name.text() == "Awa Ndiaye"
    case = cases.get(page.case_id)
    assert (case.region, case.district, case.birth_date) == ("north", "north_east", date(1994, 3, 2))
    assert cases.current_consent(case.id)[ConsentPurpose.ASSISTANCE].given
    assert unlocked.workspace.case_list.model.total == 1
    assert unlocked.workspace.wizards() == []
    assert page.forms_tab.submissions.count() == 1


def test_changing_the_region_empties_a_district_of_the_other_region(qtbot, unlocked: MainWindow) -> None:  # noqa: ANN001
    wizard = intake_wizard(unlocked)
    wizard.run.answer(("consent_assistance",), "yes")
    place = next(i for i, page in enumerate(wizard.pages()) if any(q.name == "region" for q in page.questions))
    wizard._show(place)
    answer_page(qtbot, wizard, {"region": "north", "district": "north_east"})
    district = wizard.current_view().row_for(("district",)).editor
    assert district.value() == "north_east"
    answer_page(qtbot, wizard, {"region": "south"})
    assert district.value() is None
    assert "south_east" in district.names and "north_east" not in district.names


def test_a_draft_survives_a_lock_and_is_resumed_from_the_case(qtbot, unlocked: MainWindow, cases: CaseService,  # noqa: ANN001
                                                             profile_store, session: Session) -> None:  # noqa: ANN001
    case = cases.create({"given_name": "Omar", "family_name": "Said"})
    page = unlocked.workspace.open_case(case.id)
    page.forms_tab.start_buttons["monitoring_visit"].click()
    wizard = unlocked.workspace.pages.currentWidget()
    assert isinstance(wizard, FormWizard)
    answer_page(qtbot, wizard, {"visit_type": "phone", "met_whom": ["returnee"]})
    assert unlocked.lock(force=True)  # an idle lock, before the autosave pause ends
    from desktop.services import profiles
    from tests.conftest import PASSPHRASE

    unlocked.open_session(profiles.unlock(profile_store, "aminata", PASSPHRASE))
    page = unlocked.workspace.open_case(case.id)
    assert page.forms_tab.drafts.count() == 1
    page.forms_tab.drafts.setCurrentRow(0)
    page.forms_tab.resume_button.click()
    wizard = unlocked.workspace.pages.currentWidget()
    assert isinstance(wizard, FormWizard)
    assert wizard.run.entered(("visit_type",)) == "phone"
    assert wizard.current_view().row_for(("met_whom",)).editor.value() == ["returnee"]
    drive_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    wizard.discard_button.click()
    assert unlocked.workspace.current_case_page().forms_tab.drafts.count() == 0


def test_the_counselling_agenda_and_the_guide_in_arabic(qtbot, unlocked: MainWindow, cases: CaseService) -> None:  # noqa: ANN001
    unlocked.set_language(Language.ARABIC)
    case = cases.create({"given_name": "Omar", "family_name": "Said"})
    page = unlocked.workspace.open_case(case.id)
    page.forms_tab.start_buttons["counselling_session"].click()
    wizard = unlocked.workspace.pages.currentWidget()
    assert isinstance(wizard, FormWizard)
    assert wizard.isRightToLeft() and QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert any("\u0600" <= ch <= "\u06ff" for ch in wizard.title.text())
    answer_page(qtbot, wizard, {"session_date": date(2026, 11, 20), "session_type": "follow_up", "mode": "phone"})
    for _ in range(len(wizard.pages())):
        if wizard.agenda.text():
            break
        wizard._show(wizard.position + 1)  # on to the page with the agenda
    assert not wizard.agenda.isHidden() and "1." in wizard.agenda.text()
    follow_up = wizard.agenda.text()
    wizard.run.answer(("session_type",), "psychosocial")
    wizard._show(wizard.position)
    assert wizard.agenda.text() != follow_up
    row = next(row for row in wizard.current_view().all_rows() if row.question.handbook)
    row.help_requested.emit(list(row.question.handbook))
    assert not wizard.guide.isHidden()
    assert any("\u0600" <= ch <= "\u06ff" for ch in wizard.guide.toPlainText()[:80])
    row.help_requested.emit(["no-such-section"])
    assert wizard.guide.toPlainText() != ""
    assert not any(ch in wizard.guide.toPlainText() for ch in "#*")  # a sentence, not markup


def test_keyboard_only_next_and_back(qtbot, unlocked: MainWindow) -> None:  # noqa: ANN001
    wizard = intake_wizard(unlocked)
    editor = wizard.current_view().row_for(("consent_assistance",)).editor
    assert QApplication.focusWidget() is editor.box
    qtbot.keyClick(editor.box, Qt.Key.Key_Space)
    assert wizard.run.entered(("consent_assistance",)) == "yes"
    qtbot.keyClick(wizard, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert wizard.position == 1
    qtbot.keyClick(wizard, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert wizard.position == 0


def test_a_broken_form_file_is_skipped_with_a_visible_message(qtbot, unlocked: MainWindow, cases: CaseService,  # noqa: ANN001
                                                              tmp_path, monkeypatch) -> None:  # noqa: ANN001
    import shutil

    from desktop.services.forms import FormCatalogue
    from desktop.ui.pages.case_file_page import CaseFilePage

    folder = tmp_path / "forms"
    folder.mkdir()
    shutil.copy(Path(__file__).resolve().parents[2] / "resources/forms/monitoring_visit.yaml", folder)
    (folder / "broken.yaml").write_text("id: broken\nversion: one\npages: [", encoding="utf-8")
    catalogue = FormCatalogue(folder)
    assert list(catalogue.forms) == ["monitoring_visit"] and catalogue.skipped() == ["broken.yaml"]
    monkeypatch.setattr("desktop.ui.workspace.default_catalogue", lambda: catalogue)
    unlocked.set_language(Language.ENGLISH)  # a new workspace, with the catalogue above
    case = cases.create({"given_name": "Omar"})
    page = unlocked.workspace.open_case(case.id)
    assert isinstance(page, CaseFilePage)
    assert not page.forms_tab.skipped.isHidden() and "broken.yaml" in page.forms_tab.skipped.text()
    assert list(page.forms_tab.start_buttons) == ["monitoring_visit"]
