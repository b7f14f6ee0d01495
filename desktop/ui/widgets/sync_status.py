"""Sync in the status bar: what waits, the last sync, a button to sync now or
to cancel, an honest account of the result, and a menu for setting up,
conflicts, USB bundles and automatic sync.

Every job that touches headquarters or a bundle (sync, automatic sync, writing
or importing a bundle) runs in the one background runner (``ui/tasks.py``) on
its own database connection, one at a time: they share ``self.worker``.
"""

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMenu, QMessageBox, QToolButton, QWidget
from sqlite_utils import Database

from ...domain.errors import PasserelleError
from ...services.bundles import BundleService, ImportResult
from ...services.session import Session
from ...services.sync import Progress, SyncResult, SyncService
from .. import labels
from ..i18n import isolate
from ..pages.case_tabs import date_text
from ..tasks import Job, Outcome, Worker

log = logging.getLogger(__name__)
REFRESH_MS = 30_000
# automatic sync: try after this long since the last attempt…
AUTO_EVERY_S = 5 * 60
# …or after this long when changes are waiting
AUTO_PENDING_S = 60
BUNDLE_SUFFIX = ".pslbundle"
SYNC, AUTO, EXPORT, IMPORT = "sync", "auto", "export", "import"


# --- the jobs (run in the worker, on its connection; no widgets here) ------------------------


def _sync_job(actor: str) -> Job:
    def job(db: Database, cancel: threading.Event, progress: Callable[[Any], None]) -> SyncResult:
        return SyncService(db, actor, cancel).run(progress)

    return job


def _auto_job(actor: str) -> Job:
    """A quick probe first; a full sync only when headquarters answers (None when it does not)."""

    def job(db: Database, cancel: threading.Event, progress: Callable[[Any], None]) -> SyncResult | None:
        service = SyncService(db, actor, cancel)
        if not service.reachable():
            return None
        return service.run(progress)

    return job


def _export_job(actor: str, path: str) -> Job:
    def job(db: Database, cancel: threading.Event, _progress: Callable[[Any], None]) -> Any:
        return BundleService(db, actor).export(path)  # a BundleInfo

    return job


def _import_job(actor: str, path: str) -> Job:
    def job(db: Database, cancel: threading.Event, _progress: Callable[[Any], None]) -> ImportResult:
        return BundleService(db, actor).import_bundle(path)

    return job


def short_device(device_id: str) -> str:
    return device_id[:8] + "…" if len(device_id) > 8 else device_id


class SyncStatus(QWidget):
    """Signals:
        synced(object): a SyncResult after every sync that reached headquarters or failed
            (manual or automatic; not after an automatic probe that found no one).
        imported(object): an ImportResult after a bundle was imported.
        setup_requested(), conflicts_requested(): menu choices the main window answers.
    """

    synced = Signal(object)
    imported = Signal(object)
    setup_requested = Signal()
    conflicts_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.actor = session.profile.username
        self.service = SyncService(session.db, self.actor)
        self.worker: Worker | None = None
        self.job: str | None = None  # which job the worker runs
        self.last: SyncResult | None = None
        self.note = ""  # the last job's result in a few words, shown first
        self.report: QMessageBox | None = None  # the result of a bundle job, in full
        self.paused = False
        self.bundle_path = ""
        self.last_attempt: float | None = None  # clock() when a sync last started
        self.clock: Callable[[], float] = time.monotonic
        self.text = QLabel()
        self.text.setObjectName("syncText")
        self.button = QToolButton()
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(self.button)
        self.setup_action = menu.addAction(self.tr("Set up headquarters…"))
        self.conflicts_action = menu.addAction(self.tr("Conflicts…"))
        menu.addSeparator()
        self.export_action = menu.addAction(self.tr("Write a bundle for a USB stick…"))
        self.import_action = menu.addAction(self.tr("Import a bundle…"))
        menu.addSeparator()
        self.auto_action = menu.addAction(self.tr("Sync automatically"))
        self.auto_action.setCheckable(True)
        self.auto_action.setChecked(self.service.automatic)
        self.auto_action.setToolTip(self.tr("Sync on its own whenever headquarters can be reached"))
        menu.setToolTipsVisible(True)
        self.setup_action.triggered.connect(self.setup_requested)
        self.conflicts_action.triggered.connect(self.conflicts_requested)
        self.export_action.triggered.connect(self.write_bundle)
        self.import_action.triggered.connect(self.import_bundle)
        self.auto_action.toggled.connect(self._automatic_toggled)
        self.button.setMenu(menu)
        self.button.clicked.connect(self._clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.button)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.refresh()

    @property
    def running(self) -> bool:
        return self.worker is not None

    # --- the idle text -------------------------------------------------------------------

    def refresh(self) -> None:
        """What waits, when the last sync went through, and the last result if any."""
        if self.running:
            return
        status = self.service.status()
        self.button.setText(self.tr("Sync now"))
        self.button.setEnabled(status["configured"])
        for action in (self.setup_action, self.export_action, self.import_action):
            action.setEnabled(True)
        if not status["configured"]:
            self.text.setText(self.tr("Sync not set up"))
            return
        parts = [self.tr("%n change(s) waiting", "", status["pending"])]
        if status["conflicts"]:
            parts.append(self.tr("%n conflict(s) to look at", "", status["conflicts"]))
        if self.note:
            parts.insert(0, self.note)
        if status["last_sync"] and self.last is None:
            parts.append(self.tr("last sync %1").replace("%1", date_text(status["last_sync"])))
        self.text.setText(" · ".join(parts))

    def listed(self, parts: list[str]) -> str:
        """Counts one after the other, with the language's comma."""
        return self.tr(", ", "between counts: 3 sent, 2 received").join(parts)

    def result_text(self, result: SyncResult) -> str:
        sent = self.tr("%n sent", "", result.sent)
        received = self.tr("%n received", "", result.received)
        conflicts = self.tr("%n conflict(s)", "", result.conflicts)
        summary = self.listed([sent, received, conflicts])
        if result.ok:
            return summary
        reason = labels.error_text(PasserelleError(result.error, **result.error_params))
        return self.tr("Not finished: %1 (%2)").replace("%1", reason).replace("%2", summary)

    # --- running one job at a time -------------------------------------------------------

    def _run(self, kind: str, job: Job, busy_text: str) -> bool:
        if self.running:
            return False
        self.worker = Worker(self.session, job, self, kind)
        self.job = kind
        self.worker.progressed.connect(self._progressed)
        self.worker.done.connect(self._done)
        syncing = kind in (SYNC, AUTO)
        if syncing:
            self.last_attempt = self.clock()
        self.button.setText(self.tr("Cancel") if syncing else self.tr("Sync now"))
        self.button.setEnabled(syncing)  # a bundle is written or read in one go
        for action in (self.setup_action, self.export_action, self.import_action):
            action.setEnabled(False)
        self.text.setText(busy_text)
        self.worker.start()
        return True

    def start(self) -> bool:
        """Sync now in the background; False when a job is running or sync is not set up."""
        if self.running or not self.service.configured():
            return False
        return self._run(SYNC, _sync_job(self.actor), self.tr("Syncing…"))

    def _clicked(self) -> None:
        if self.running:
            if self.job in (SYNC, AUTO) and self.worker is not None:
                self.worker.cancel.set()
                self.text.setText(self.tr("Cancelling…"))
        else:
            self.start()

    def _progressed(self, progress: Progress) -> None:
        kib = (progress.bytes_sent + progress.bytes_received) // 1024
        phase = self.tr("receiving") if progress.phase == "pull" else self.tr("sending")
        self.text.setText(self.tr("Syncing… %1: %n row(s), %2 KB", "", progress.rows).replace("%1", phase)
                          .replace("%2", str(kib)))

    def _done(self, outcome: Outcome) -> None:
        kind = self.job
        if self.worker is not None:
            self.worker.finish()  # run() may still be closing its connection
        self.worker = None
        self.job = None
        if kind in (SYNC, AUTO):
            self._sync_done(kind, outcome)
        elif kind == EXPORT:
            self._exported(outcome)
        elif kind == IMPORT:
            self._imported(outcome)

    def _sync_done(self, kind: str, outcome: Outcome) -> None:
        if kind == AUTO and outcome.ok and outcome.value is None:
            self.note = self.tr("Headquarters not reachable; trying again later")
            self.refresh()
            return
        if isinstance(outcome.value, SyncResult):
            result = outcome.value
        else:  # the worker could not even open its connection
            error = outcome.error or PasserelleError()
            unexpected = error.key == "error.unexpected"
            result = SyncResult(error="sync.store" if unexpected else error.key,
                                error_params={} if unexpected else dict(error.params))
        self.last = result
        self.note = self.result_text(result)
        self.refresh()
        self.synced.emit(result)

    # --- automatic sync ------------------------------------------------------------------

    def tick(self) -> None:
        """Every REFRESH_MS: the idle text, then an automatic sync if one is due."""
        self.refresh()
        self.sync_automatically()

    def due(self) -> bool:
        """Automatic sync is on, set up, nothing runs, and the last attempt is old enough:
        five minutes, or one when changes are waiting."""
        if self.running or self.paused or not self.service.automatic or not self.service.configured():
            return False
        if self.last_attempt is None:
            return True
        waited = self.clock() - self.last_attempt
        return waited >= AUTO_EVERY_S or (waited >= AUTO_PENDING_S and self.service.repo.pending() > 0)

    def sync_automatically(self) -> bool:
        """Probe headquarters, and sync if it answers; True when that started."""
        if not self.due():
            return False
        return self._run(AUTO, _auto_job(self.actor), self.tr("Syncing…"))

    def _automatic_toggled(self, on: bool) -> None:
        self.service.automatic = on
        if on:
            self.sync_automatically()

    @contextmanager
    def pause(self) -> Iterator[None]:
        """No automatic sync while this lasts (the setup dialog changes the account)."""
        self.paused = True
        try:
            yield
        finally:
            self.paused = False

    # --- USB bundles ---------------------------------------------------------------------

    def write_bundle(self) -> bool:
        """Ask where to write, then write every change waiting in the background."""
        if self.running:
            return False
        default = Path.home() / f"passerelle-{date.today().isoformat()}{BUNDLE_SUFFIX}"
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Write a bundle for a USB stick"), str(default), self._file_filter())
        if not path:
            return False
        if not Path(path).suffix:
            path += BUNDLE_SUFFIX
        self.bundle_path = path
        return self._run(EXPORT, _export_job(self.actor, path), self.tr("Writing the bundle…"))

    def import_bundle(self) -> bool:
        """Ask which bundle, then merge it here in the background."""
        if self.running:
            return False
        path, _chosen = QFileDialog.getOpenFileName(
            self, self.tr("Import a bundle"), str(Path.home()),
            self._file_filter() + ";;" + self.tr("All files (*)"))
        if not path:
            return False
        return self._run(IMPORT, _import_job(self.actor, path), self.tr("Reading the bundle…"))

    def _file_filter(self) -> str:
        return self.tr("Passerelle bundles (*%1)").replace("%1", BUNDLE_SUFFIX)

    def _exported(self, outcome: Outcome) -> None:
        if outcome.ok:
            info = outcome.value
            self.note = self.tr("Bundle written: %n change(s)", "", info.count)
            text = "\n\n".join([
                self.tr("%n change(s) written to %1.", "", info.count)
                .replace("%1", isolate(QDir.toNativeSeparators(self.bundle_path))),
                self.tr("Import the bundle on another laptop of the office: the changes go on to "
                        "headquarters with that laptop's next sync."),
            ])
            self._report(QMessageBox.Icon.Information, self.tr("Bundle written"), text)
        else:
            self.note = self.tr("Bundle not written")
            self._report(QMessageBox.Icon.Warning, self.tr("Bundle not written"),
                         labels.error_text(outcome.error or PasserelleError()))
        self.refresh()

    def _imported(self, outcome: Outcome) -> None:
        if outcome.ok:
            result: ImportResult = outcome.value
            self.note = self.tr("Bundle imported: %n change(s) applied", "", result.received)
            parts = [self.tr("%n change(s) read", "", result.rows), self.tr("%n applied here", "", result.received),
                     self.tr("%n conflict(s)", "", result.conflicts)]
            if result.waiting:
                parts.append(self.tr("%n waiting for a case this laptop does not have yet", "", result.waiting))
            counts = self.listed(parts)
            head = (self.tr("Bundle %1 from device %2: %3.").replace("%1", str(result.sequence))
                    .replace("%2", isolate(short_device(result.device))).replace("%3", counts))
            text = head + "\n\n" + self.tr("They go to headquarters at the next sync.")
            self._report(QMessageBox.Icon.Information, self.tr("Bundle imported"), text)
        else:
            self.note = self.tr("Bundle not imported")
            self._report(QMessageBox.Icon.Warning, self.tr("Bundle not imported"),
                         labels.error_text(outcome.error or PasserelleError()))
        self.refresh()
        if outcome.ok:
            self.imported.emit(outcome.value)

    def _report(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """The full result, in a box that does not stop the rest of the window."""
        if self.report is None:
            self.report = QMessageBox(self)
            self.report.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.report.setIcon(icon)
        self.report.setWindowTitle(title)
        self.report.setText(text)
        self.report.open()

    # --- shutting down -------------------------------------------------------------------

    def shut_down(self) -> None:
        """Before the profile locks: stop a running job and wait for it."""
        self.timer.stop()
        if self.worker is not None:
            self.worker.stop()  # its answer would come after the database is closed
            self.worker = None
            self.job = None
