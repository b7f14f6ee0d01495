"""Sync with headquarters: pull what changed since the last checkpoint, merge
field by field, push what is waiting, and say honestly what happened.

One run: every collection is pulled page by page (a checkpoint after each
page, in the same transaction as the rows it brings), then the rows waiting
here are pushed in batches — ``If-None-Match: *`` for rows headquarters never
had, ``If-Match`` with the version this device last saw for the others. Every
sub-response is checked (batches are not atomic): a 412 means someone else
changed the row first, so their version is merged here and the row is sent
again in the next round. A row is never created twice, and a row edited while
it was being sent stays waiting.
"""

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from ..domain.errors import PasserelleError
from ..store.audit_repo import AuditRepo
from ..store.case_repo import SEARCHED_FIELDS
from ..store.connection import DatabaseError
from ..store.erasure_repo import ErasureRepo
from ..store.settings_repo import SettingsRepo
from ..store.sync_repo import SyncRepo
from ..store.tracking import BY_TABLE
from ..sync.transport import HQ, Cancelled
from .device_identity import DeviceIdentity
from .sync_run import Progress, Run, SyncResult, office_bucket

__all__ = ["Account", "NotConfigured", "Progress", "SyncResult", "SyncService", "office_bucket"]

log = logging.getLogger(__name__)

PROBE_TIMEOUT_S = 5.0
AUTO = "sync.auto"
SETTINGS = ("sync.url", "sync.user", "sync.password", "sync.bucket")


class NotConfigured(PasserelleError):
    key = "sync.not_configured"


@dataclass(frozen=True)
class Account:
    url: str
    user: str
    password: str
    bucket: str


class SyncService:
    """Sync for one profile, on the connection it is given (one per thread)."""

    def __init__(self, db: Database, actor: str, cancel: threading.Event | None = None) -> None:
        self.db = db
        self.repo = SyncRepo(db, actor)
        self.erasures = ErasureRepo(db, AuditRepo(db, actor))
        self.settings = SettingsRepo(db)
        self.cancel = cancel or threading.Event()

    # --- the account -----------------------------------------------------------------------

    def account(self) -> Account:
        values = [self.settings.get_value(key) for key in SETTINGS]
        if not all(values):
            raise NotConfigured()
        return Account(*values)  # type: ignore[arg-type]

    def configured(self) -> bool:
        return all(self.settings.get_value(key) for key in SETTINGS)

    def configure(self, url: str, user: str, password: str, bucket: str | None = None) -> Account:
        """Check the address and login, find the office's bucket, keep them in the encrypted profile."""
        hq = HQ(url, user, password, attempts=2, cancel=self.cancel)
        bucket = office_bucket(hq, bucket)
        account = Account(hq.url, user, password, bucket)
        identity = DeviceIdentity(self.db)
        fetched = identity.fetch(hq, bucket, user)  # the network first: nothing is held meanwhile
        if self.cancel.is_set():
            raise Cancelled()
        with self.db.atomic():
            for key, value in zip(SETTINGS, (account.url, user, password, bucket)):
                self.settings.set_value(key, value)
            identity.store(fetched)
        return account

    def hq(self, account: Account | None = None) -> HQ:
        account = account or self.account()
        return HQ(account.url, account.user, account.password, cancel=self.cancel)

    # --- a run -----------------------------------------------------------------------------

    @property
    def automatic(self) -> bool:
        """Sync on its own whenever headquarters can be reached (a choice of the profile)."""
        return self.settings.get_value(AUTO) == "1"

    @automatic.setter
    def automatic(self, on: bool) -> None:
        self.settings.set_value(AUTO, "1" if on else "0")

    def reachable(self) -> bool:
        """One quick try, for automatic sync: no retries, nothing recorded."""
        try:
            account = self.account()
            HQ(account.url, account.user, account.password, timeout=PROBE_TIMEOUT_S, attempts=1,
               cancel=self.cancel).hello()
        except PasserelleError:
            return False
        return True

    def run(self, progress: Callable[[Progress], None] | None = None) -> SyncResult:
        """Pull then push; never raises for what the network, the server or the database does:
        the result says. One run at a time per connection (the caller runs one worker)."""
        progress = progress or (lambda _progress: None)
        result = SyncResult()
        run_id = self.repo.start_run()
        hq: HQ | None = None
        try:
            account = self.account()
            hq = self.hq(account)
            hq.hello()
            run = Run(self, hq, account.bucket, result, progress)
            DeviceIdentity(self.db).refresh(hq, account.bucket, account.user)
            run.pull()
            run.push()
            run.push_anonymous()
            result.ok = result.error is None
        except PasserelleError as error:
            result.error, result.error_params = error.key, dict(error.params)
        except DatabaseError as error:
            log.error("sync stopped by a database error: %s", type(error).__name__)  # no row content
            result.error = "sync.store"
        finally:
            if hq is not None:
                result.bytes_sent, result.bytes_received = hq.traffic.sent, hq.traffic.received
            result.pending = self.repo.pending()
            self.repo.finish_run(run_id, ok=result.ok, sent=result.sent, received=result.received,
                                 conflicts=result.conflicts, bytes_sent=result.bytes_sent,
                                 bytes_received=result.bytes_received, error=result.error)
        log.info("sync: %d sent, %d received, %d conflicts, %d waiting, error %s",
                 result.sent, result.received, result.conflicts, result.pending, result.error)
        return result

    def status(self) -> dict[str, Any]:
        last = self.repo.last_run()
        good = self.repo.last_run(ok_only=True)
        return {
            "configured": self.configured(),
            "url": self.settings.get_value("sync.url"),
            "user": self.settings.get_value("sync.user"),
            "office": self.settings.get_value("sync.bucket"),
            "pending": self.repo.pending(),
            "kept_on_device": self.repo.held(),
            "conflicts": self.repo.open_conflicts(),
            "last_sync": good["finished_at"] if good else None,
            "last_result": {key: last[key] for key in ("finished_at", "ok", "sent", "received", "conflicts",
                                                       "error")} if last else None,
        }

    # --- conflicts -------------------------------------------------------------------------

    def resolve(self, conflict_id: str, keep: str) -> None:
        """Keep ``mine`` or ``theirs``; the value kept becomes a new edit, so every device gets it."""
        conflict = self.repo.conflict(conflict_id)
        if conflict is None or conflict["resolved_at"] is not None:
            raise PasserelleError("sync.no_such_conflict")
        value = conflict[keep]
        synced = BY_TABLE[conflict["tbl"]]
        with self.db.atomic():
            current = self.db.execute(
                f"SELECT {conflict['field']} FROM {synced.table} WHERE {synced.key} = ?", [conflict["row_id"]]
            ).fetchone()
            if current is not None and current[0] != value:
                self.db.execute(f"UPDATE {synced.table} SET {conflict['field']} = ? WHERE {synced.key} = ?",
                                [value, conflict["row_id"]])
            elif current is not None:  # already shown here: a new stamp makes the choice win everywhere
                self.repo.touch(synced, conflict["row_id"], conflict["field"])
            if current is not None and synced.table == "cases" and conflict["field"] in SEARCHED_FIELDS:
                self.repo.reindex(conflict["row_id"])
            self.repo.close_conflict(conflict_id, keep)
