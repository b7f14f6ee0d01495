"""The one background runner: a job runs in a thread on its own connection to the
profile, and its answer comes back by signal.

A job is a plain callable ``job(db, cancel, progress) -> value``: ``db`` is a
connection opened for it (closed after), ``cancel`` a ``threading.Event`` it
may check, ``progress`` a callable taking whatever the job reports. It never
touches widgets. A ``PasserelleError`` it raises comes back as the outcome's
error; anything else is logged without its text (it may quote personal data)
and comes back as ``error.unexpected``.

Who starts a worker owns it: one worker at a time per owner, ``stop()``
before the profile locks, ``abandon()`` when the widget that started it goes
away first (a dialog closed while its check runs).
"""

import logging
import threading
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal
from sqlite_utils import Database

from ..domain.errors import PasserelleError
from ..logs import log_unexpected
from ..services.session import Session

log = logging.getLogger(__name__)

Job = Callable[[Database, threading.Event, Callable[[Any], None]], Any]


@dataclass
class Outcome:
    """What a job gave back: its value, or the error it stopped on."""

    value: Any = None
    error: PasserelleError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


#: workers whose owner went away while they ran: kept until they end
_abandoned: list["Worker"] = []


class Worker(QThread):
    """Runs one job off the UI thread.

    Signals:
        progressed(object): what the job reports as it goes.
        done(object): an Outcome, exactly once, at the end.
    """

    progressed = Signal(object)
    done = Signal(object)

    def __init__(self, session: Session, job: Job, parent: QObject, name: str = "job") -> None:
        super().__init__(parent)  # owned on the Qt side: freed by deleteLater, never by Python
        self.session = session
        self.job = job
        self.name = name
        self.cancel = threading.Event()
        _reap()

    def run(self) -> None:
        outcome = Outcome()
        try:
            db = self.session.open_connection()
            try:
                outcome.value = self.job(db, self.cancel, self.progressed.emit)
            finally:
                db.conn.close()
        except PasserelleError as error:
            outcome.error = error
        except Exception as error:  # noqa: BLE001 - the owner must always hear back
            log_unexpected(f"background {self.name}", error)
            outcome.error = PasserelleError("error.unexpected")
        self.done.emit(outcome)

    def _disconnect(self) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # PySide warns when nothing was connected
            self.done.disconnect()
            self.progressed.disconnect()

    def finish(self) -> None:
        """After ``done`` arrived: let ``run()`` close its connection, then free the thread."""
        self.wait()
        self.deleteLater()

    def stop(self) -> None:
        """Before the profile locks: no answer wanted any more; ask the job to stop and wait for it."""
        self._disconnect()
        self.cancel.set()
        self.wait()
        self.deleteLater()

    def abandon(self) -> None:
        """The widget that started it is going away: ask the job to stop, and keep the
        thread alive elsewhere until it ends (a running QThread must not be destroyed)."""
        self._disconnect()
        self.cancel.set()
        if self.isFinished() or not self.isRunning():
            self.wait()
            self.deleteLater()
            return
        self.setParent(None)  # Python holds it now, in the list below
        _abandoned.append(self)


def _reap() -> None:
    """Drop the abandoned workers that have ended."""
    for worker in [w for w in _abandoned if w.isFinished()]:
        worker.wait()
        _abandoned.remove(worker)


def wait_abandoned() -> None:
    """Before the application quits: let abandoned jobs end (they were asked to stop)."""
    for worker in list(_abandoned):
        worker.wait()
    _abandoned.clear()
