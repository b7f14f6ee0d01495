"""Setting up headquarters, and the conflicts to look at."""

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
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
from sqlite_utils import Database

from ...domain.errors import PasserelleError
from ...services.session import Session
from ...services.sync import Account, SyncService
from .. import labels
from ..tasks import Job, Outcome, Worker
from ..widgets.row_table import row_table
from .base import FormDialog

CHOOSE_OFFICE = "sync.choose_office"


def _configure_job(actor: str, url: str, user: str, password: str, bucket: str | None) -> Job:
    """Check the account against headquarters and keep it; nothing is kept when the
    dialog was closed meanwhile (configure checks the cancel flag before writing)."""

    def job(db: Database, cancel: threading.Event, _progress: Callable[[Any], None]) -> Account:
        return SyncService(db, actor, cancel).configure(url, user, password, bucket)

    return job


class SyncSetupDialog(FormDialog):
    """Address, user name and password; checked against headquarters before they are kept.
    The check runs in the background: the dialog stays responsive and closing it cancels.
    When the account sees several offices, the person chooses one and checks again."""

    def __init__(self, service: SyncService, session: Session, parent: QWidget | None = None):
        super().__init__(self.tr("Headquarters"), self.tr("Check and save"), parent)
        self.service = service
        self.session = session
        self.worker: Worker | None = None
        status = service.status()
        self.url = self.add_row(self.tr("&Address"), QLineEdit(status["url"] or ""))
        self.url.setPlaceholderText("https://hq.example.org/v1")
        self.url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.user = self.add_row(self.tr("&User name"), QLineEdit(status["user"] or ""))
        self.user.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.password = self.add_row(self.tr("&Password"), QLineEdit())
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Kept only in your encrypted profile"))
        self.office = self.add_row(self.tr("&Office"), QComboBox())
        self.form.setRowVisible(self.office, False)
        self.current_office = status["office"]
        self.hint = QLabel()  # "Checking…", or how to choose an office
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.layout().insertWidget(self.layout().indexOf(self.error) + 1, self.hint)
        for field in (self.url, self.user):
            field.textEdited.connect(self._account_edited)

    def offices_offered(self) -> bool:
        return self.form.isRowVisible(self.office)

    def accept(self) -> None:
        """Start the check in the background; the dialog closes when it succeeds."""
        if self.worker is not None:
            return
        bucket = self.office.currentData() if self.offices_offered() else None
        job = _configure_job(self.session.profile.username, self.url.text().strip(), self.user.text().strip(),
                             self.password.text(), bucket)
        self.show_error("")
        self._checking(True)
        self.worker = Worker(self.session, job, self, "sync setup")
        self.worker.done.connect(self._checked)
        self.worker.start()

    def checking(self) -> bool:
        return self.worker is not None

    def _show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def _checking(self, on: bool) -> None:
        self._show_hint(self.tr("Checking with headquarters…") if on else "")
        for widget in (self.url, self.user, self.password, self.office):
            widget.setEnabled(not on)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not on)

    def _checked(self, outcome: Outcome) -> None:
        if self.worker is not None:
            self.worker.finish()
        self.worker = None
        self._checking(False)
        if outcome.ok:
            QDialog.accept(self)
            return
        error = outcome.error or PasserelleError()
        if error.key == CHOOSE_OFFICE:
            self._offer_offices(str(error.params.get("offices", "")))
        else:
            self.show_error(labels.error_text(error))

    def _offer_offices(self, offices: str) -> None:
        buckets = [name.strip() for name in offices.split(",") if name.strip()]
        self.office.clear()
        for bucket in buckets:
            self.office.addItem(bucket, bucket)
        if self.current_office in buckets:
            self.office.setCurrentIndex(buckets.index(self.current_office))
        self.form.setRowVisible(self.office, True)
        self._show_hint(self.tr("This account can see several offices. Choose the one you work for, "
                                "then check again."))
        self.office.setFocus()

    def _account_edited(self) -> None:
        """Another address or account: the offices offered may not be its own."""
        if self.offices_offered():
            self.form.setRowVisible(self.office, False)
            self._show_hint("")

    def done(self, result: int) -> None:
        if self.worker is not None:  # closed while checking: cancel, keep nothing
            self.worker.abandon()
            self.worker = None
        super().done(result)


class ConflictsDialog(QDialog):
    """Fields edited on two devices: the value applied, and the choice of the other one.
    With ``case_id``, only that case's conflicts are listed."""

    def __init__(self, service: SyncService, parent: QWidget | None = None, case_id: str | None = None):
        super().__init__(parent)
        self.service = service
        self.case_id = case_id
        self.resolved = 0
        self.conflicts: list[dict[str, Any]] | None = []
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
        conflicts = self.service.repo.conflicts()
        if self.case_id is not None:
            conflicts = [conflict for conflict in conflicts if conflict["case_id"] == self.case_id]
        self.conflicts = conflicts
        self.table.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            applied = self.tr("mine") if conflict["winner"] == "mine" else self.tr("theirs")
            cells = [conflict["case_number"] or "", labels.field(conflict["field"]),
                     _text(conflict["mine"]), _text(conflict["theirs"]), applied]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if conflicts:
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
        if rows and self.conflicts:
            self.service.resolve(self.conflicts[rows[0].row()]["id"], side)
            self.resolved += 1
            self.reload()


def _text(value: object) -> str:
    return "" if value is None else str(value)
