"""Sync in the status bar: what waits, the last sync, a button to sync now or
to cancel, and an honest account of the result. The sync itself runs in a
worker thread on its own database connection, one at a time."""

import logging
import threading

from PySide6.QtCore import QThread, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from ...domain.errors import PasserelleError
from ...services.session import Session
from ...services.sync import Progress, SyncResult, SyncService
from .. import labels
from ..pages.case_tabs import date_text

log = logging.getLogger(__name__)
REFRESH_MS = 30_000


class SyncWorker(QThread):
    progressed = Signal(object)  # Progress
    done = Signal(object)  # SyncResult

    def __init__(self, session: Session, cancel: threading.Event, parent: QWidget) -> None:
        super().__init__(parent)  # owned by the widget on the Qt side: freed by deleteLater, never by Python
        self.session = session
        self.cancel = cancel

    def run(self) -> None:
        result = SyncResult(error="sync.store")
        try:
            db = self.session.open_connection()
            try:
                result = SyncService(db, self.session.profile.username, self.cancel).run(self.progressed.emit)
            finally:
                db.conn.close()
        except Exception as error:  # noqa: BLE001 - the status bar must always hear back; no row content logged
            log.error("sync worker stopped: %s", type(error).__name__)
        self.done.emit(result)


class SyncStatus(QWidget):
    synced = Signal(object)  # SyncResult, after every run
    setup_requested = Signal()
    conflicts_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.service = SyncService(session.db, session.profile.username)
        self.worker: SyncWorker | None = None
        self.cancel = threading.Event()
        self.last: SyncResult | None = None
        self.text = QLabel()
        self.text.setObjectName("syncText")
        self.button = QToolButton()
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(self.button)
        self.setup_action = menu.addAction(self.tr("Set up headquarters…"))
        self.conflicts_action = menu.addAction(self.tr("Conflicts…"))
        self.setup_action.triggered.connect(self.setup_requested)
        self.conflicts_action.triggered.connect(self.conflicts_requested)
        self.button.setMenu(menu)
        self.button.clicked.connect(self._clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.button)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    @property
    def running(self) -> bool:
        return self.worker is not None

    def refresh(self) -> None:
        """The idle text: what waits, when the last sync went through, and the last failure if any."""
        if self.running:
            return
        status = self.service.status()
        self.button.setText(self.tr("Sync now"))
        self.button.setEnabled(status["configured"])
        if not status["configured"]:
            self.text.setText(self.tr("Sync not set up"))
            return
        parts = [self.tr("%n change(s) waiting", "", status["pending"])]
        if status["conflicts"]:
            parts.append(self.tr("%n conflict(s) to look at", "", status["conflicts"]))
        if self.last is not None:
            parts.insert(0, self.result_text(self.last))
        elif status["last_sync"]:
            parts.append(self.tr("last sync %1").replace("%1", date_text(status["last_sync"])))
        self.text.setText(" · ".join(parts))

    def result_text(self, result: SyncResult) -> str:
        sent = self.tr("%n sent", "", result.sent)
        received = self.tr("%n received", "", result.received)
        conflicts = self.tr("%n conflict(s)", "", result.conflicts)
        summary = f"{sent}, {received}, {conflicts}"
        if result.ok:
            return summary
        reason = labels.error_text(PasserelleError(result.error, **result.error_params))
        return self.tr("Not finished: %1 (%2)").replace("%1", reason).replace("%2", summary)

    def start(self) -> bool:
        """Sync now in the background; False when one is running or sync is not set up."""
        if self.running or not self.service.configured():
            return False
        self.cancel = threading.Event()
        self.worker = SyncWorker(self.session, self.cancel, self)
        self.worker.progressed.connect(self._progressed)
        self.worker.done.connect(self._done)
        self.button.setText(self.tr("Cancel"))
        self.text.setText(self.tr("Syncing…"))
        self.worker.start()
        return True

    def _clicked(self) -> None:
        if self.running:
            self.cancel.set()
            self.text.setText(self.tr("Cancelling…"))
        else:
            self.start()

    def _progressed(self, progress: Progress) -> None:
        kib = (progress.bytes_sent + progress.bytes_received) // 1024
        phase = self.tr("receiving") if progress.phase == "pull" else self.tr("sending")
        self.text.setText(self.tr("Syncing… %1: %n row(s), %2 KB", "", progress.rows).replace("%1", phase)
                          .replace("%2", str(kib)))

    def _done(self, result: SyncResult) -> None:
        if self.worker is not None:
            self.worker.wait()  # run() may still be closing its connection
            self.worker.deleteLater()
        self.worker = None
        self.last = result
        self.refresh()
        self.synced.emit(result)

    def shut_down(self) -> None:
        """Before the profile locks: stop a running sync and wait for it."""
        self.timer.stop()
        if self.worker is not None:
            self.worker.done.disconnect(self._done)  # its answer would come after the database is closed
            self.worker.progressed.disconnect(self._progressed)
            self.cancel.set()
            self.worker.wait()
            self.worker.deleteLater()
            self.worker = None
