"""The unlocked workspace: a navigation column (the case list and every open
case file) beside the page it shows."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ..services.cases import CaseService
from ..services.handbook import HandbookService
from .dialogs.case_dialogs import NewCaseDialog
from .pages.case_file_page import CaseFilePage
from .pages.case_list_page import CaseListPage

if TYPE_CHECKING:
    from .pages.handbook_page import HandbookPage


class Workspace(QWidget):
    """Signals:
        lock_requested(), settings_requested(), status_message(str)
    """

    lock_requested = Signal()
    settings_requested = Signal()
    status_message = Signal(str)

    #: the case list and the field guide come first; open case files follow
    FIXED_PAGES = 2
    CASES, HANDBOOK = range(2)

    def __init__(self, service: CaseService, handbook: HandbookService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.handbook = handbook
        self.handbook_page: "HandbookPage | None" = None
        navigation = QWidget()
        navigation.setObjectName("navigation")
        navigation.setFixedWidth(260)
        self.nav = QListWidget()
        self.nav.setObjectName("navList")
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.nav.setWordWrap(False)
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.settings_button = QPushButton(self.tr("Se&ttings"))
        self.lock_button = QPushButton(self.tr("&Lock"))
        nav_layout = QVBoxLayout(navigation)
        nav_layout.addWidget(self.nav, 1)
        nav_layout.addWidget(self.settings_button)
        nav_layout.addWidget(self.lock_button)

        self.pages = QStackedWidget()
        self.case_list = CaseListPage(service)
        self.pages.addWidget(self.case_list)
        self.pages.addWidget(QWidget())  # the field guide is built on its first visit
        self.nav.addItem(QListWidgetItem(self.tr("Cases")))
        self.nav.addItem(QListWidgetItem(self.tr("Field guide")))
        self.nav.setCurrentRow(self.CASES)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(navigation)
        layout.addWidget(self.pages, 1)

        self.nav.currentRowChanged.connect(self._show_page)
        self.case_list.open_case.connect(self.open_case)
        self.case_list.new_case.connect(self.new_case)
        self.settings_button.clicked.connect(self.settings_requested)
        self.lock_button.clicked.connect(self.lock_requested)

    def _show_page(self, row: int) -> None:
        if row == self.HANDBOOK and self.handbook_page is None:
            from .pages.handbook_page import HandbookPage  # loaded on the first visit

            self.handbook_page = HandbookPage(self.handbook, self.service.session)
            empty_slot = self.pages.widget(self.HANDBOOK)
            self.pages.insertWidget(self.HANDBOOK, self.handbook_page)
            self.pages.removeWidget(empty_slot)
            empty_slot.deleteLater()
        self.pages.setCurrentIndex(row)

    def show_handbook(self) -> "HandbookPage":
        self.nav.setCurrentRow(self.HANDBOOK)
        assert self.handbook_page is not None
        return self.handbook_page

    def shut_down(self) -> None:
        """Before the workspace goes: keep the note being typed, close the index."""
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
        page = CaseFilePage(self.service, case_id, self.handbook)
        page.changed.connect(self._case_changed)
        page.guidance_requested.connect(lambda section_id: self.show_handbook().open_section(section_id))
        self.pages.addWidget(page)
        item = QListWidgetItem(page.title())
        item.setData(Qt.ItemDataRole.UserRole, case_id)
        item.setToolTip(page.title())
        self.nav.addItem(item)
        self.nav.setCurrentRow(self.nav.count() - 1)
        return page

    def close_case(self, page: CaseFilePage | None = None) -> bool:
        page = page or self.current_case_page()
        if page is None or not page.confirm_leave():
            return False
        index = self.pages.indexOf(page)
        self.nav.blockSignals(True)
        self.nav.takeItem(index)
        self.nav.blockSignals(False)
        self.pages.removeWidget(page)
        page.deleteLater()
        # the next case file, else the previous one, else the case list
        if index >= self.nav.count():
            index -= 1
        self.nav.setCurrentRow(index if index >= self.FIXED_PAGES else self.CASES)
        self._show_page(self.nav.currentRow())
        return True

    def close_all(self) -> bool:
        return all(self.close_case(page) for page in self.open_pages())

    def save_all(self) -> None:
        """Save every open case file whose edits are valid (before locking)."""
        for page in self.open_pages():
            page.save()

    def new_case(self) -> None:
        dialog = NewCaseDialog(self.service, self)
        if dialog.exec() and dialog.created:
            self.case_list.refresh()
            self.open_case(dialog.created.id)
            self.status_message.emit(self.tr("Case %1 registered").replace("%1", dialog.created.case_number))

    def show_list(self) -> None:
        self.nav.setCurrentRow(self.CASES)
        self.case_list.focus_search()

    def _case_changed(self, case_id: str) -> None:
        self.case_list.refresh()
        for index, page in enumerate(self.open_pages(), start=self.FIXED_PAGES):
            if page.case_id == case_id:
                self.nav.item(index).setText(page.title())
