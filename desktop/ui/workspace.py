"""The unlocked workspace: a navigation column (the case list and every open
case file) beside the page it shows."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ..domain.enums import Role
from ..domain.errors import NotFound
from ..domain.records import Draft, Submission
from ..services.cases import CaseService
from ..services.forms import FormService, default_catalogue
from ..services.handbook import HandbookService
from .dialogs.case_dialogs import NewCaseDialog
from .i18n import isolate, ui_language
from .pages.case_file_page import CaseFilePage
from .pages.case_list_page import CaseListPage

if TYPE_CHECKING:
    from .pages.dashboard_page import DashboardPage
    from .pages.handbook_page import HandbookPage
    from .pages.me_page import MEPage
    from .pages.tasks_page import TasksPage
    from .wizard.form_wizard import FormWizard


class Workspace(QWidget):
    """Signals:
        lock_requested(), settings_requested(), status_message(str)
        conflicts_requested(str): a case file asked for its sync conflicts (the case id).
    """

    lock_requested = Signal()
    settings_requested = Signal()
    status_message = Signal(str)
    conflicts_requested = Signal(str)

    #: the case list, follow-ups, the dashboard, the field guide and the M&E view come first (the M&E view
    #: listed for M&E officers and supervisors only); open case files and forms follow
    FIXED_PAGES = 5
    CASES, TASKS, DASHBOARD, HANDBOOK, ME = range(5)
    ME_ROLES = (Role.ME_OFFICER, Role.SUPERVISOR)

    def __init__(self, service: CaseService, handbook: HandbookService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.handbook = handbook
        self.handbook_page: "HandbookPage | None" = None
        self.tasks_page: "TasksPage | None" = None
        self.dashboard_page: "DashboardPage | None" = None
        self.me_page: "MEPage | None" = None
        self._forms: FormService | None = None
        navigation = QWidget()
        navigation.setObjectName("navigation")
        navigation.setFixedWidth(260)
        self.nav = QListWidget()
        self.nav.setObjectName("navList")
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.nav.setWordWrap(False)
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.providers_button = QPushButton(self.tr("Service &providers"))
        self.settings_button = QPushButton(self.tr("Se&ttings"))
        self.lock_button = QPushButton(self.tr("&Lock"))
        nav_layout = QVBoxLayout(navigation)
        nav_layout.addWidget(self.nav, 1)
        nav_layout.addWidget(self.providers_button)
        nav_layout.addWidget(self.settings_button)
        nav_layout.addWidget(self.lock_button)

        self.pages = QStackedWidget()
        self.case_list = CaseListPage(service)
        self.pages.addWidget(self.case_list)
        for _ in range(self.FIXED_PAGES - 1):  # the other fixed pages are built on their first visit
            self.pages.addWidget(QWidget())
        self.nav.addItem(QListWidgetItem(self.tr("Cases")))
        self.nav.addItem(QListWidgetItem(self.tr("Follow-ups")))
        self.nav.addItem(QListWidgetItem(self.tr("Dashboard")))
        self.nav.addItem(QListWidgetItem(self.tr("Field guide")))
        self.nav.addItem(QListWidgetItem(self.tr("M&E scores")))
        self.nav.item(self.ME).setHidden(service.session.profile.role not in self.ME_ROLES)
        self.nav.setCurrentRow(self.CASES)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(navigation)
        layout.addWidget(self.pages, 1)

        self.nav.currentRowChanged.connect(self._show_page)
        self.case_list.open_case.connect(self.open_case)
        self.case_list.new_case.connect(self.new_case)
        self.settings_button.clicked.connect(self.settings_requested)
        self.providers_button.clicked.connect(self.show_providers)
        self.lock_button.clicked.connect(self.lock_requested)

    @property
    def forms(self) -> FormService:
        """The form service; the forms are read on first use."""
        if self._forms is None:
            self._forms = FormService(self.service.session, default_catalogue(), self.service.pinned_today)
            skipped = self._forms.catalogue.skipped()
            if skipped:
                self.status_message.emit(self.tr("Form files not loaded because of errors: %1").replace("%1", ", ".join(skipped)))
        return self._forms

    def _fill_slot(self, row: int, page: QWidget) -> None:
        empty_slot = self.pages.widget(row)
        self.pages.insertWidget(row, page)
        self.pages.removeWidget(empty_slot)
        empty_slot.deleteLater()

    def _show_page(self, row: int) -> None:
        if row == self.HANDBOOK and self.handbook_page is None:
            from .pages.handbook_page import HandbookPage  # loaded on the first visit

            self.handbook_page = HandbookPage(self.handbook, self.service.session)
            self._fill_slot(row, self.handbook_page)
        if row == self.TASKS:
            if self.tasks_page is None:
                from .pages.tasks_page import TasksPage

                self.tasks_page = TasksPage(self.forms, ui_language())
                self.tasks_page.open_case.connect(self.open_case)
                self._fill_slot(row, self.tasks_page)
            else:
                self.tasks_page.reload()
        if row == self.DASHBOARD:
            if self.dashboard_page is None:
                from .pages.dashboard_page import DashboardPage

                self.dashboard_page = DashboardPage(self.service, self.forms, ui_language())
                self.dashboard_page.open_filter.connect(self.show_report_filter)
                self._fill_slot(row, self.dashboard_page)
            self.dashboard_page.refresh()
        if row == self.ME:
            if self.me_page is None:
                from .pages.me_page import MEPage

                self.me_page = MEPage(self.service, self.forms, ui_language())
                self._fill_slot(row, self.me_page)
            self.me_page.refresh()
        self.pages.setCurrentIndex(row)

    def show_handbook(self) -> "HandbookPage":
        self.nav.setCurrentRow(self.HANDBOOK)
        assert self.handbook_page is not None
        return self.handbook_page

    def show_dashboard(self) -> "DashboardPage":
        self.nav.setCurrentRow(self.DASHBOARD)
        assert self.dashboard_page is not None
        return self.dashboard_page

    def show_me(self) -> "MEPage":
        self.nav.setCurrentRow(self.ME)
        assert self.me_page is not None
        return self.me_page

    def show_report_filter(self, filter: object, label: str) -> None:
        """The case list on exactly the cases behind a number of the dashboard."""
        self.case_list.show_report_filter(filter, label)  # type: ignore[arg-type]
        self.nav.setCurrentRow(self.CASES)

    def shut_down(self) -> None:
        """Before the workspace goes: stop counting, keep the note being typed, close the index."""
        if self.dashboard_page is not None:
            self.dashboard_page.shut_down()
        if self.me_page is not None:
            self.me_page.shut_down()
        if self.handbook_page is not None:
            self.handbook_page.save_note()
        self.handbook.close()

    # --- case files -------------------------------------------------------------

    def open_pages(self) -> list[CaseFilePage]:
        pages = (self.pages.widget(i) for i in range(self.FIXED_PAGES, self.pages.count()))
        return [page for page in pages if isinstance(page, CaseFilePage)]

    def current_case_page(self) -> CaseFilePage | None:
        page = self.pages.currentWidget()
        return page if isinstance(page, CaseFilePage) else None

    def open_case(self, case_id: str) -> CaseFilePage:
        for index, page in enumerate(self.open_pages(), start=self.FIXED_PAGES):
            if page.case_id == case_id:
                self.nav.setCurrentRow(index)
                return page
        page = CaseFilePage(self.service, case_id, self.handbook, self.forms)
        page.changed.connect(self._case_changed)
        page.erased.connect(self._case_erased)
        page.conflicts_requested.connect(self.conflicts_requested)
        page.form_requested.connect(lambda draft, label=page.title(): self.open_form(draft, label))
        page.guidance_requested.connect(lambda section_id: self.show_handbook().open_section(section_id))
        self.pages.addWidget(page)
        item = QListWidgetItem(page.title())
        item.setData(Qt.ItemDataRole.UserRole, case_id)
        item.setToolTip(page.title())
        self.nav.addItem(item)
        self.nav.setCurrentRow(self.nav.count() - 1)
        return page

    # --- forms ------------------------------------------------------------------

    def wizards(self) -> list["FormWizard"]:
        from .wizard.form_wizard import FormWizard

        pages = (self.pages.widget(i) for i in range(self.FIXED_PAGES, self.pages.count()))
        return [page for page in pages if isinstance(page, FormWizard)]

    def open_form(self, draft: Draft, case_label: str = "") -> "FormWizard":
        """Open a draft in the wizard (the open one, if it is already open)."""
        from .wizard.form_wizard import FormWizard

        for page in self.wizards():
            if page.draft.id == draft.id:
                self.nav.setCurrentRow(self.pages.indexOf(page))
                return page
        wizard = FormWizard(self.forms, draft, ui_language(), case_label, self.handbook)
        wizard.submitted.connect(lambda submission, w=wizard: self._form_submitted(w, submission))
        wizard.closed.connect(lambda w=wizard: self._form_closed(w))
        self.pages.addWidget(wizard)
        title = wizard.form.title.get(ui_language())
        item = QListWidgetItem(f"✎ {title}" + (f" · {case_label.split(' · ')[0]}" if case_label else ""))
        item.setToolTip(f"{title} · {case_label}" if case_label else title)
        self.nav.addItem(item)
        self.nav.setCurrentRow(self.nav.count() - 1)
        wizard.focus_first()
        return wizard

    def _remove_page(self, page: QWidget) -> None:
        index = self.pages.indexOf(page)
        self.nav.blockSignals(True)
        self.nav.takeItem(index)
        self.nav.blockSignals(False)
        self.pages.removeWidget(page)
        page.deleteLater()
        self._show_page(max(self.nav.currentRow(), 0))  # the list moved its selection without telling

    def _form_closed(self, wizard: "FormWizard") -> None:
        case_id = wizard.draft.case_id
        self._remove_page(wizard)
        if case_id:
            self.open_case(case_id).reload_forms()
        else:
            self.nav.setCurrentRow(self.CASES)
            self._show_page(self.CASES)

    def _form_submitted(self, wizard: "FormWizard", submission: Submission) -> None:
        title = wizard.form.title.get(ui_language())
        self._remove_page(wizard)
        self.case_list.refresh()
        page = self.open_case(submission.case_id)
        page.reload_all()
        self._case_changed(submission.case_id)
        if self.tasks_page is not None:
            self.tasks_page.reload()
        self.status_message.emit(self.tr("%1 submitted").replace("%1", title))

    def close_case(self, page: QWidget | None = None) -> bool:
        page = page or self.pages.currentWidget()
        if isinstance(page, CaseFilePage):
            if not page.confirm_leave():
                return False
        elif page in self.wizards():
            page.save_draft()  # type: ignore[union-attr]
        else:
            return False
        index = self.pages.indexOf(page)
        self._remove_page(page)
        # the next case file, else the previous one, else the case list
        if index >= self.nav.count():
            index -= 1
        self.nav.setCurrentRow(index if index >= self.FIXED_PAGES else self.CASES)
        self._show_page(self.nav.currentRow())
        return True

    def close_all(self) -> bool:
        return all(self.close_case(page) for page in [*self.wizards(), *self.open_pages()])

    def save_all(self) -> None:
        """Save every open case file whose edits are valid, and every form's draft (before locking)."""
        for wizard in self.wizards():
            wizard.save_draft()
        for page in self.open_pages():
            page.save()

    def new_case(self) -> None:
        """Register a returnee: the intake form when it is installed, else the short dialog."""
        intake = self.forms.catalogue.intake()
        if intake is not None:
            self.open_form(self.forms.start(intake.id, None))
            return
        dialog = NewCaseDialog(self.service, self)
        if dialog.exec() and dialog.created:
            self.case_list.refresh()
            self.open_case(dialog.created.id)
            self.status_message.emit(self.tr("Case %1 registered").replace("%1", dialog.created.case_number))

    def show_providers(self) -> None:
        from .dialogs.providers_dialog import ProvidersDialog

        ProvidersDialog(self.service.session, self).exec()

    def show_list(self) -> None:
        self.nav.setCurrentRow(self.CASES)
        self.case_list.focus_search()

    def _case_erased(self, case_id: str) -> None:
        """The case is gone: its case file and forms close unsaved, the list forgets it."""
        number = ""
        for page in [*self.open_pages(), *self.wizards()]:
            if isinstance(page, CaseFilePage) and page.case_id == case_id:
                number = page.case.case_number
                self._remove_page(page)
            elif not isinstance(page, CaseFilePage) and page.draft.case_id == case_id:
                page.timer.stop()  # its draft was erased with the case
                self._remove_page(page)
        self.nav.setCurrentRow(self.CASES)
        self._show_page(self.CASES)
        self.case_list.refresh()
        if self.tasks_page is not None:
            self.tasks_page.reload()
        self.status_message.emit(self.tr("Case %1 erased").replace("%1", isolate(number)))

    def reload_cases(self) -> None:
        """After a sync or an imported bundle: show what arrived. A case file with unsaved
        edits is left as the person has it; one whose case was erased elsewhere closes."""
        self.case_list.refresh()
        for page in self.open_pages():
            if page.dirty:
                continue
            try:
                page.reload_all(show_forms=False)
            except NotFound:  # erased or deleted at headquarters
                self.close_case(page)
        if self.tasks_page is not None:
            self.tasks_page.reload()

    def refresh_conflicts(self) -> None:
        """The conflict badges of the open case files and the signs in the case list."""
        self.case_list.model.refresh_conflicts()
        for page in self.open_pages():
            page.refresh_conflicts()

    def _case_changed(self, case_id: str) -> None:
        self.case_list.refresh()
        for index, page in enumerate(self.open_pages(), start=self.FIXED_PAGES):
            if page.case_id == case_id:
                self.nav.item(index).setText(page.title())
