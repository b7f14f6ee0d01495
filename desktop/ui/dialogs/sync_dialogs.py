"""Setting up headquarters, and the conflicts to look at."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.sync import SyncService
from .. import labels
from ..widgets.row_table import row_table
from .base import FormDialog


class SyncSetupDialog(FormDialog):
    """Address, user name and password; checked against headquarters before they are kept."""

    def __init__(self, service: SyncService, parent: QWidget | None = None):
        super().__init__(self.tr("Headquarters"), self.tr("Check and save"), parent)
        self.service = service
        status = service.status()
        self.url = self.add_row(self.tr("&Address"), QLineEdit(status["url"] or ""))
        self.url.setPlaceholderText("https://hq.example.org/v1")
        self.url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.user = self.add_row(self.tr("&User name"), QLineEdit(status["user"] or ""))
        self.user.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.password = self.add_row(self.tr("&Password"), QLineEdit())
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Kept only in your encrypted profile"))

    def submit(self) -> None:
        self.service.configure(self.url.text().strip(), self.user.text().strip(), self.password.text())


class ConflictsDialog(QDialog):
    """Fields edited on two devices: the value applied, and the choice of the other one."""

    def __init__(self, service: SyncService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(760, 360)
        intro = QLabel(self.tr("The same field was changed on this computer and on another one. The newer change "
                               "was applied everywhere; keep it, or choose the other value."))
        intro.setWordWrap(True)
        self.table = row_table(
            [self.tr("Case"), self.tr("Field"), self.tr("Mine"), self.tr("Theirs"), self.tr("Applied")],
            self.tr("Conflicts"))
        self.keep_mine = QPushButton(self.tr("Keep &mine"))
        self.keep_theirs = QPushButton(self.tr("Keep &theirs"))
        self.keep_mine.clicked.connect(lambda: self._keep("mine"))
        self.keep_theirs.clicked.connect(lambda: self._keep("theirs"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_theirs)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.conflicts = self.service.repo.conflicts()
        self.table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            applied = self.tr("mine") if conflict["winner"] == "mine" else self.tr("theirs")
            cells = [conflict["case_number"] or "", labels.field(conflict["field"]),
                     _text(conflict["mine"]), _text(conflict["theirs"]), applied]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.conflicts:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.keep_mine.setEnabled(chosen)
        self.keep_theirs.setEnabled(chosen)

    def done(self, result: int) -> None:
        # the table is emptied while the dialog is destroyed: no slot may run then
        if self.conflicts is not None:
            self.table.itemSelectionChanged.disconnect(self._update_buttons)
            self.conflicts = None
        super().done(result)

    def _keep(self, side: str) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.service.resolve(self.conflicts[rows[0].row()]["id"], side)
            self.reload()


def _text(value: object) -> str:
    return "" if value is None else str(value)
