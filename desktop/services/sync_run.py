"""One sync run: every collection pulled page by page (a checkpoint after each
page, in the same transaction as the rows it brings), then the rows waiting here
pushed in batches, then the anonymous records of the cases kept here.
``SyncService.run`` makes one and says what happened.
"""

import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from ..domain.hlc import HybridClock, is_stamp
from ..store import tracking
from ..store.anonymous_repo import AnonymousChange, AnonymousRepo
from ..store.erasure_repo import is_erased
from ..store.sync_repo import DELETED, Outgoing, compact, expand
from ..store.tracking import BY_TABLE, SYNCED, Synced
from ..sync.transport import HQ, Answer, HQError

if TYPE_CHECKING:
    from .sync import SyncService

log = logging.getLogger(__name__)

PUSH_ROUNDS = 4
#: the tables other rows name: pulled again when rows came before them
PARENTS = (BY_TABLE["cases"], BY_TABLE["submissions"])


@dataclass
class Progress:
    phase: str  # "pull" or "push"
    collection: str
    rows: int
    bytes_sent: int
    bytes_received: int


@dataclass
class SyncResult:
    sent: int = 0
    received: int = 0
    conflicts: int = 0
    pending: int = 0
    ok: bool = False
    error: str | None = None  # a message key
    error_params: dict[str, Any] = field(default_factory=dict)
    bytes_sent: int = 0
    bytes_received: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class Run:
    """The state of one sync run."""

    def __init__(self, service: "SyncService", hq: HQ, bucket: str, result: SyncResult,
                 progress: Callable[[Progress], None]) -> None:
        self.service = service
        self.repo = service.repo
        self.db = service.db
        self.hq = hq
        self.bucket = bucket
        self.clock: HybridClock = tracking.tracker_of(service.db).clock  # type: ignore[assignment]
        self.result = result
        self.progress = progress

    def _tell(self, phase: str, collection: str, rows: int) -> None:
        self.progress(Progress(phase, collection, rows, self.hq.traffic.sent, self.hq.traffic.received))

    # --- pull ------------------------------------------------------------------------------

    def pull(self) -> None:
        for synced in SYNCED:  # parents before the rows that name them
            self._pull(synced)
        if self.repo.has_parked():  # rows that came before their case: their case may have come since
            for synced in PARENTS:
                self._pull(synced)
            with self.db.atomic():
                for synced, record in self.repo.parked():
                    local = self.repo.local(synced, str(record["id"]))
                    if local is not None and (local.server_ts or 0) >= int(record["last_modified"]):
                        self.repo.unpark(synced, str(record["id"]))  # a newer version came meanwhile
                    elif not self._orphan(synced, record):
                        self.repo.unpark(synced, str(record["id"]))
                        self.result.received += self.receive(synced, record)

    def _pull(self, synced: Synced) -> None:
        collection = synced.collection
        since = self.repo.since(collection)
        while True:
            page = self.hq.page(self.bucket, collection, since)
            if not page.records:
                break
            with self.db.atomic():
                records = []
                for record in page.records:  # oldest first (_sort=last_modified)
                    if self._orphan(synced, record):
                        self.repo.park(synced, record)
                    else:
                        if record.get("deleted"):  # a copy kept aside must not come back later
                            self.repo.unpark(synced, str(record["id"]))
                        records.append(record)
                self.result.received += self.receive_page(synced, records)
                self.repo.set_since(collection, page.last or since)
            since = page.last or since
            self._tell("pull", collection, self.result.received)
            if not page.more:
                break

    def _orphan(self, synced: Synced, record: dict[str, Any]) -> bool:
        """A row naming a case (or a score naming a submission) this device does not have yet:
        pushed there after this device pulled the cases. Kept aside until its parent arrives."""
        values = record.get("values")
        return not record.get("deleted") and isinstance(values, dict) and self.repo.orphan(synced, values)

    def receive_page(self, synced: Synced, records: list[dict[str, Any]]) -> int:
        """Merge a page of records (oldest first); how many changed something here. Rows this
        device never had are written together; every other record goes through ``receive``."""
        if synced.table == "erasures":
            return sum(self.receive(synced, record) for record in records)
        known = self.repo.known(synced, [str(record["id"]) for record in records])
        received, fresh = 0, []
        for record in records:
            if str(record["id"]) in known or record.get("deleted"):
                received += self.receive(synced, record)
            elif (parsed := self._parse(synced, record)) is not None:
                fresh.append((str(record["id"]), *parsed, int(record["last_modified"])))
        erased = self.repo.erased_among({str(case) for _, values, _, _ in fresh if (case := _case_of(synced, values))})
        for row_id, values, _, server_ts in fresh:
            if _case_of(synced, values) in erased:  # pushed before its erasure was known
                self.repo.doom(synced, row_id, str(_case_of(synced, values)), server_ts)
        return received + self.repo.apply_new(synced, [row for row in fresh if _case_of(synced, row[1]) not in erased])

    def _parse(self, synced: Synced, record: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]] | None:
        """A record's values and clocks (one stamp per field), the clock having seen them; None
        when the record is not in the expected form."""
        names = self.repo.columns(synced)
        values, clocks = _known(record.get("values"), record.get("clocks"), names)
        if values is None or clocks is None:
            log.warning("a %s record from headquarters is not in the expected form; left aside", synced.collection)
            return None
        for stamp in clocks.values():
            self.clock.observe(stamp)
        return values, expand(clocks, names)

    def receive(self, synced: Synced, record: dict[str, Any]) -> int:
        """Merge one record from headquarters; 1 when it changed something here."""
        row_id, server_ts = str(record["id"]), int(record["last_modified"])
        local = self.repo.local(synced, row_id)
        if local is not None and local.server_ts == server_ts:
            return 0  # the version this device sent or already has
        if record.get("deleted"):
            if local is None:
                return 0
            if local.deleted:  # deleted on both sides: nothing left to send
                self.repo.deleted_there(synced, row_id, server_ts)
                return 0
            self.repo.remove(synced, row_id, server_ts)
            return 1
        case_id = _case_of(synced, record.get("values"))
        if case_id is not None and is_erased(self.db, case_id):  # pushed before its erasure was known
            self.repo.doom(synced, row_id, case_id, server_ts)
            return 0
        parsed = self._parse(synced, record)
        if parsed is None:
            return 0
        values, remote_clocks = parsed
        if local is None:
            self.repo.apply(synced, row_id, values, remote_clocks, remote_clocks, server_ts, ahead=False)
            if synced.table == "erasures":
                self.service.erasures.received(row_id, str(values.get("reason", "")))
            return 1
        if local.deleted:  # deleted here: the deletion goes out, against this newer version, and wins
            self.repo.seen_deleted_here(synced, row_id, server_ts, remote_clocks)
            return 0
        merged = self.repo.merge_in(synced, row_id, local, values, remote_clocks, remote_clocks, server_ts)
        self.result.conflicts += len(merged.conflicts)
        return 1 if merged.taken else 0

    # --- push ------------------------------------------------------------------------------

    def push(self) -> None:
        pushed: dict[str, Synced] = {}
        self._push_rounds(pushed)
        for synced in pushed.values():  # after a push that went through (an error stops before)
            self.skip_echoes(synced)

    def _push_rounds(self, pushed: dict[str, Synced]) -> None:
        for _round in range(PUSH_ROUNDS):
            retry = False
            after = ("", "")
            while True:
                rows = self.repo.outgoing(self.hq.batch_limit, after)
                if not rows:
                    break
                after = (rows[-1].synced.table, rows[-1].row_id)
                pushed.update((row.synced.table, row.synced) for row in rows)
                answers = self.hq.batch([self._request(row) for row in rows])
                with self.db.atomic():
                    for row, answer in zip(rows, answers):
                        retry |= self._answered(row, answer)
                self._tell("push", rows[-1].synced.collection, self.result.sent)
            if not retry:
                return
        self.result.error = self.result.error or "sync.partial"  # rows still meeting newer versions: next time

    def skip_echoes(self, synced: Synced) -> None:
        """Move the checkpoint past the versions this device just sent, so that the next pull does
        not bring them back: ids and times only, up to the first version made elsewhere."""
        since = self.repo.since(synced.collection)
        while True:
            try:
                page = self.hq.page(self.bucket, synced.collection, since, light=True)
            except HQError as error:  # the push went through: the next pull reads the echoes instead
                log.info("sync: own versions of %s not skipped (%s)", synced.collection, error.key)
                return
            mine = self.repo.known(synced, [str(record["id"]) for record in page.records])
            for record in page.records:  # oldest first
                if mine.get(str(record["id"])) != int(record["last_modified"]):
                    self.repo.set_since(synced.collection, since)
                    return
                since = int(record["last_modified"])
            self.repo.set_since(synced.collection, since)
            if not page.more:
                return

    def _request(self, row: Outgoing) -> dict[str, Any]:
        return record_request(self.bucket, row.synced.collection, row.row_id, row.case_id, row.values,
                              row.clocks, row.server_ts, row.erased)

    def push_anonymous(self) -> None:
        """Anonymous records of the cases kept here: sent when they change, deleted once shared."""
        anonymous = AnonymousRepo(self.db)
        changes = anonymous.changes()
        for start in range(0, len(changes), self.hq.batch_limit):
            chunk = changes[start:start + self.hq.batch_limit]
            answers = self.hq.batch([_anonymous_request(self.bucket, change) for change in chunk])
            with self.db.atomic():
                for change, answer in zip(chunk, answers):
                    if answer.status in (200, 201) or (change.record is None and answer.status == 404):
                        anonymous.sent(change)
                    else:
                        log.warning("headquarters refused an anonymous record: status %s", answer.status)
                        self.result.error = self.result.error or "sync.partial"

    def _answered(self, row: Outgoing, answer: Answer) -> bool:
        """Record one sub-response; True when the row must go again (after a merge)."""
        data = answer.body.get("data") if isinstance(answer.body, dict) else None
        if row.values is None:
            if answer.status in (200, 404) or (answer.status == 412 and row.server_ts is None):
                tombstone = data.get("last_modified") if answer.status == 200 and isinstance(data, dict) else None
                self.repo.forget_deleted(row, tombstone if isinstance(tombstone, int) else None)
                self.result.sent += 1
                return False
            if answer.status == 412:
                return self._merge_existing(row, answer)
        elif answer.status in (200, 201) and isinstance(data, dict) and "last_modified" in data:
            self.repo.sent(row, int(data["last_modified"]))
            self.result.sent += 1
            return False
        elif answer.status == 412:
            if row.synced.append_only:
                existing = (answer.body.get("details") or {}).get("existing") or {}
                if "last_modified" in existing:
                    self.repo.sent(row, int(existing["last_modified"]))  # already there: never twice
                    return False
            return self._merge_existing(row, answer)
        log.warning("headquarters refused a %s row: status %s", row.synced.collection, answer.status)
        self.result.error = self.result.error or ("sync.refused" if answer.status == 403 else "sync.partial")
        return False

    def _merge_existing(self, row: Outgoing, answer: Answer) -> bool:
        existing = (answer.body.get("details") or {}).get("existing")
        if not isinstance(existing, dict) or "last_modified" not in existing:
            self.result.error = self.result.error or "sync.partial"
            return False
        self.result.received += self.receive(row.synced, existing)
        return True


def office_bucket(hq: HQ, bucket: str | None) -> str:
    """The office this account works in: the one given, or the only one it can see."""
    hq.hello()
    visible = [name for name in hq.buckets() if name.startswith("office-")]
    if not visible:
        raise HQError("sync.no_office")
    if bucket is None:
        if len(visible) != 1:
            raise HQError("sync.choose_office", offices=", ".join(visible))
        return visible[0]
    if bucket not in visible:
        raise HQError("sync.no_such_office", office=bucket)
    return bucket


def _anonymous_request(bucket: str, change: AnonymousChange) -> dict[str, Any]:
    path = f"/buckets/{bucket}/collections/anonymous/records/{change.record_id}"
    if change.record is None:
        return {"method": "DELETE", "path": path}
    return {"method": "PUT", "path": path, "body": {"data": change.record}}


def record_request(bucket: str, collection: str, row_id: str, case_id: str | None, values: dict[str, Any] | None,
                   clocks: dict[str, str], server_ts: int | None, erased: bool = False) -> dict[str, Any]:
    """The sub-request sending one row: a PUT that creates it only if new (``If-None-Match``) or
    changes the version last seen (``If-Match``); a DELETE likewise, unconditional for the rows
    of an erased case (erasure wins over every edit)."""
    path = f"/buckets/{bucket}/collections/{collection}/records/{row_id}"
    if values is None:
        headers = {"If-Match": f'"{server_ts}"'} if server_ts and not erased else {}
        return {"method": "DELETE", "path": path, "headers": headers}
    data = {"case": case_id, "values": values,
            "clocks": compact({name: stamp for name, stamp in clocks.items() if name != DELETED})}
    headers = {"If-Match": f'"{server_ts}"'} if server_ts else {"If-None-Match": "*"}
    return {"method": "PUT", "path": path, "body": {"data": data}, "headers": headers}


def _known(values: Any, clocks: Any, names: list[str]) -> tuple[dict | None, dict | None]:
    """The record's values and clocks for the columns this version knows (a newer device may
    send more); None when they are not in the expected form."""
    if not (isinstance(values, dict) and isinstance(clocks, dict)
            and all(isinstance(k, str) and is_stamp(v) for k, v in clocks.items())):
        return None, None
    known = set(names)
    return ({k: v for k, v in values.items() if k in known},
            {k: v for k, v in clocks.items() if k in known or k in ("*", DELETED)})


def _case_of(synced: Synced, values: Any) -> str | None:
    """The case a record's values name (None for tables outside cases, or values not in form)."""
    case_id = values.get(synced.case) if synced.case and isinstance(values, dict) else None
    return None if case_id is None else str(case_id)
