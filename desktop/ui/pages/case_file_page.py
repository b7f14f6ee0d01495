"""One case file: header (with a badge for open sync conflicts), status actions,
erasure, and pages for profile, household, consent and timeline."""

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QMenu, QMessageBox, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from ...domain.case import Case
from ...domain.enums import Role, Status
from ...domain.errors import PasserelleError, ValidationFailed
from ...domain.guidance import suggested_sections
from ...domain.rules import next_statuses
from ...services.cases import CaseService
from ...services.forms import FormService
from ...services.handbook import HandbookService
from .. import labels
from ..dialogs.close_case_dialog import CloseCaseDialog
from ..i18n import ui_language
from ..print import save_case_summary
from ..save_file import save_pdf
from ..widgets.case_form import CaseForm
from ..widgets.case_header import CaseHeader
from .case_tabs import ConsentTab, HouseholdTab, TimelineTab
from .forms_tab import FormsTab
from .progress_tab import ProgressTab


class CaseFilePage(QWidget):
    """Signals:
        changed(str): the case with this id was saved (the list refreshes).
        guidance_requested(str): the person opened a suggested field-guide section.
        form_requested(object): a Draft to open in the form wizard.
        erased(str): the case with this id was erased (the page must close).
        conflicts_requested(str): the person asked to see this case's sync conflicts.
    """

    changed = Signal(str)
    guidance_requested = Signal(str)
    form_requested = Signal(object)
    erased = Signal(str)
    conflicts_requested = Signal(str)

    def __init__(
        self, service: CaseService, case_id: str, handbook: HandbookService | None = None,
        forms: FormService | None = None, parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.service = service
        self.handbook = handbook
        self.forms = forms
        self.case: Case = service.open_file(case_id)
        self.dirty = False

        self.header = CaseHeader()
        self.move_button = QPushButton(self.tr("&Move to…"))
        self.close_button = QPushButton(self.tr("&Close case…"))
        self.reopen_button = QPushButton(self.tr("Re&open case"))
        self.erase_button = QPushButton(self.tr("&Erase case…"))
        self.erase_button.setToolTip(self.tr("Delete this case everywhere, for good (right to erasure)"))
        # M&E officers never erase; the service refuses them too
        self.erase_button.setVisible(service.session.profile.role is not Role.ME_OFFICER)
        self.guidance = QLabel()
        self.guidance.setObjectName("guidance")
        self.guidance.setTextFormat(Qt.TextFormat.RichText)
        self.guidance.setWordWrap(True)
        self.guidance.setAccessibleName(self.tr("Suggested field-guide sections"))
        self.guidance.linkActivated.connect(lambda link: self.guidance_requested.emit(link.removeprefix("section:")))
        actions = QHBoxLayout()
        actions.addWidget(self.guidance, 1)
        for button in (self.move_button, self.close_button, self.reopen_button):
            actions.addWidget(button)
        self.pdf_button = QPushButton(self.tr("Save summary as &PDF…"))
        self.pdf_button.setToolTip(self.tr("A summary of the case to print or hand over (written to the audit trail)"))
        pdf_menu = QMenu(self.pdf_button)
        pdf_menu.addAction(self.tr("Full summary…")).triggered.connect(lambda: self.save_summary(contacts=True))
        pdf_menu.addAction(self.tr("Leave out contact details and exact addresses…")).triggered.connect(
            lambda: self.save_summary(contacts=False))
        self.pdf_button.setMenu(pdf_menu)
        self.pdf_button.setVisible(forms is not None)
        actions.addWidget(self.pdf_button)
        actions.addSpacing(self.fontMetrics().horizontalAdvance("MM"))
        actions.addWidget(self.erase_button)

        self.form = CaseForm(service.today)
        self.save_button = QPushButton(self.tr("&Save"))
        self.revert_button = QPushButton(self.tr("&Undo changes"))
        self.saved_label = QLabel()
        profile_page = QWidget()
        profile_layout = QVBoxLayout(profile_page)
        profile_layout.addWidget(self.form, 1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.saved_label, 1)
        save_row.addWidget(self.revert_button)
        save_row.addWidget(self.save_button)
        profile_layout.addLayout(save_row)

        self.household = HouseholdTab(service, case_id)
        self.consent = ConsentTab(service, case_id)
        language = ui_language()
        form_title = (lambda form_id: forms.form_title(form_id, language)) if forms is not None else None
        self.timeline = TimelineTab(service, case_id, form_title)
        self.tabs = QTabWidget()
        self.tabs.addTab(profile_page, self.tr("Profile"))
        self.tabs.addTab(self.household, self.tr("Household"))
        self.tabs.addTab(self.consent, self.tr("Consent"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.forms_tab: FormsTab | None = None
        self.progress: ProgressTab | None = None
        if forms is not None:
            self.progress = ProgressTab(forms, case_id, language)
            self.tabs.insertTab(1, self.progress, self.tr("Progress"))
            self.forms_tab = FormsTab(forms, case_id, ui_language())
            self.tabs.insertTab(1, self.forms_tab, self.tr("Forms"))
            self.forms_tab.open_draft.connect(self.form_requested)
            self.forms_tab.changed.connect(self.timeline.reload)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)

        self.form.edited.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.close_button.clicked.connect(self._close_case)
        self.reopen_button.clicked.connect(lambda: self._move(Status.MONITORING))
        self.erase_button.clicked.connect(self._erase)
        self.header.conflicts_clicked.connect(lambda: self.conflicts_requested.emit(self.case.id))
        for tab in (self.household, self.consent):
            tab.changed.connect(self._related_changed)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self._show(self.case)
        self.refresh_conflicts()

    @property
    def case_id(self) -> str:
        return self.case.id

    def title(self) -> str:
        return f"{self.case.case_number} · {self.case.full_name}"

    def _show(self, case: Case) -> None:
        self.case = case
        self.header.show_case(case, self.service.today)
        self.form.set_case(case)
        self.dirty = False
        self._update_buttons()
        closed = case.status is Status.CLOSED
        self.close_button.setVisible(not closed)
        self.reopen_button.setVisible(closed)
        moves = [status for status in next_statuses(case.status) if status is not Status.CLOSED]
        menu = QMenu(self.move_button)
        for status in moves:
            action = menu.addAction(labels.status(status))
            action.triggered.connect(lambda _checked=False, target=status: self._move(target))
        self.move_button.setMenu(menu)
        self.move_button.setVisible(bool(moves) and not closed)
        self._show_guidance(case)

    def _show_guidance(self, case: Case) -> None:
        """Links to the field-guide sections that fit the case's stage and flags."""
        if self.handbook is None:
            self.guidance.hide()
            return
        language = str(self.service.session.profile.language)
        links = []
        for section_id in suggested_sections(case):
            section = self.handbook.section(language, section_id)
            if section is not None:
                links.append(f'<a href="section:{section_id}">{html.escape(section.title)}</a>')
        caption = self.tr("Field guide:")
        self.guidance.setText(f"{html.escape(caption)} " + " · ".join(links) if links else "")
        self.guidance.setVisible(bool(links))

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.dirty)
        self.revert_button.setEnabled(self.dirty)

    def _edited(self) -> None:
        self.dirty = True
        self.saved_label.setText(self.tr("Unsaved changes"))
        self._update_buttons()

    def save(self) -> bool:
        """Save the profile page. Returns False (and shows why) when a field is invalid."""
        if not self.dirty:
            return True
        try:
            case = self.service.update(self.case.id, self.form.values())
        except ValidationFailed as failure:
            self.tabs.setCurrentIndex(0)
            self.form.show_errors(failure.errors)
            self.saved_label.setText(labels.message("validation.failed"))
            return False
        self._show(case)
        self.saved_label.setText(self.tr("Saved"))
        self.timeline.reload()
        self.changed.emit(case.id)
        return True

    def revert(self) -> None:
        self._show(self.case)
        self.saved_label.setText("")

    def confirm_leave(self) -> bool:
        """Ask what to do with unsaved edits. True when the page may close."""
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to %1?").replace("%1", self.title()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _move(self, target: Status) -> None:
        if not self.confirm_leave():
            return
        try:
            case = self.service.move(self.case.id, target)
        except PasserelleError as error:
            QMessageBox.warning(self, self.tr("Status not changed"), labels.error_text(error))
            return
        self._after_status(case)

    def _close_case(self) -> None:
        if not self.confirm_leave():
            return
        if CloseCaseDialog(self.service, self.case.id, self).exec():
            self._after_status(self.service.get(self.case.id))

    def _erase(self) -> None:
        from ..dialogs.erase_case_dialog import EraseCaseDialog

        dialog = EraseCaseDialog(self.service, self.case, self)
        erased = bool(dialog.exec())
        dialog.deleteLater()
        if erased:
            self.erased.emit(self.case.id)

    def save_summary(self, contacts: bool = True) -> bool:
        """Ask where, then write the case summary as PDF (fast: done here, under a wait cursor)."""
        if self.forms is None or not self.confirm_leave():
            return False
        saved = save_pdf(self, self.tr("Save the case summary"), Path.home() / f"{self.case.case_number}.pdf",
                         self.tr("Summary not saved"), lambda path: save_case_summary(
                             self.forms, self.case.id, path, contacts=contacts, language=ui_language()))
        if saved:
            self.timeline.reload()
        return saved

    def refresh_conflicts(self) -> int:
        """Show how many sync conflicts are open on this case (after a sync, an import, a choice)."""
        count = self.service.open_conflicts(self.case.id)
        self.header.show_conflicts(count)
        return count

    def _after_status(self, case: Case) -> None:
        self._show(case)
        self.timeline.reload()
        self.changed.emit(case.id)

    def reload_forms(self) -> None:
        if self.progress is not None:
            self.progress.reload()
        if self.forms_tab is not None:
            self.forms_tab.reload()
            self.tabs.setCurrentWidget(self.forms_tab)

    def reload_all(self, show_forms: bool = True) -> None:
        """Show the case afresh (profile, household, consent, forms, timeline): after a form
        changed it (the Forms tab comes to the front), or after a sync (the tab stays)."""
        self._show(self.service.get(self.case.id))
        for tab in (self.household, self.consent, self.timeline):
            tab.reload()
        if not show_forms:
            if self.progress is not None:
                self.progress.reload()
            if self.forms_tab is not None:
                self.forms_tab.reload()
            return
        self.reload_forms()

    def _related_changed(self) -> None:
        self.timeline.reload()
        self.changed.emit(self.case.id)
