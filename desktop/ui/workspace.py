"""The unlocked workspace: a navigation column (the case list and every open
case file) beside the page it shows."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ..services.cases import CaseService
from .dialogs.case_dialogs import NewCaseDialog
from .pages.case_file_page import CaseFilePage
from .pages.case_list_page import CaseListPage


class Workspace(QWidget):
    """Signals:
        lock_requested(), settings_requested(), status_message(str)
    """

    lock_requested = Signal()
    settings_requested = Signal()
    status_message = Signal(str)

    def __init__(self, service: CaseService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
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
        self.nav.addItem(QListWidgetItem(self.tr("Cases")))
        self.nav.setCurrentRow(0)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(navigation)
        layout.addWidget(self.pages, 1)

        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.case_list.open_case.connect(self.open_case)
        self.case_list.new_case.connect(self.new_case)
        self.settings_button.clicked.connect(self.settings_requested)
        self.lock_button.clicked.connect(self.lock_requested)

    # --- case files -------------------------------------------------------------

    def open_pages(self) -> list[CaseFilePage]:
        return [page for i in range(1, self.pages.count()) if isinstance(page := self.pages.widget(i), CaseFilePage)]

    def current_case_page(self) -> CaseFilePage | None:
        page = self.pages.currentWidget()
        return page if isinstance(page, CaseFilePage) else None

    def open_case(self, case_id: str) -> CaseFilePage:
        for index, page in enumerate(self.open_pages(), start=1):
            if page.case_id == case_id:
                self.nav.setCurrentRow(index)
                return page
        page = CaseFilePage(self.service, case_id)
        page.changed.connect(self._case_changed)
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
        self.nav.takeItem(index)
        self.pages.removeWidget(page)
        page.deleteLater()
        self.nav.setCurrentRow(min(index, self.nav.count() - 1))
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
        self.nav.setCurrentRow(0)
        self.case_list.focus_search()

    def _case_changed(self, case_id: str) -> None:
        self.case_list.refresh()
        for index, page in enumerate(self.open_pages(), start=1):
            if page.case_id == case_id:
                self.nav.item(index).setText(page.title())
