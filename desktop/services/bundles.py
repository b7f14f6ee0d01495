"""USB bundles: sync by hand when there is no network.

``export``: every change headquarters has not acknowledged yet (the rows
waiting to be sent, deletions and erasures included), signed by this device
and encrypted with the office key. Bundles are cumulative: a newer bundle
holds everything an older one did, so only the newest needs to travel.

``import_bundle``: another device of the office brought a bundle; its rows are
merged here with the same field-by-field rules as sync (conflicts recorded),
in one transaction, and go on to headquarters with this device's next sync.
Refused, changing nothing: a bundle from a device headquarters does not list,
for another office, tampered with, truncated, or older than one imported.

``relay``: an office with a connection sends a bundle to headquarters on the
writer's behalf, without importing it anywhere: the rows go exactly as the
writer would have sent them, and a row changed meanwhile at headquarters is
merged there. The writer finds the result at its own next sync.
"""

import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ..domain.audit import AuditAction
from ..domain.errors import BundleRefused, PasserelleError
from ..domain.hlc import is_stamp
from ..domain.merge import merge
from ..hq.layout import OFFICE_KEY_FIELD
from ..store import tracking
from ..store.audit_repo import AuditRepo
from ..store.erasure_repo import ErasureRepo, is_erased
from ..store.settings_repo import SettingsRepo
from ..store.sync_repo import DELETED, Outgoing, SyncRepo, compact, expand
from ..store.tracking import BY_COLLECTION, SYNCED, Synced
from ..sync.bundle import BundleInfo, peek_bundle, read_bundle, write_bundle
from ..sync.transport import HQ, Answer
from .device_identity import DEVICES, DeviceIdentity, decode_key
from .sync_run import PUSH_ROUNDS, office_bucket, record_request

SEQUENCE = "bundle.sequence"
PAGE = 1000


@dataclass
class ImportResult:
    device: str
    sequence: int
    created_at: str
    rows: int = 0
    received: int = 0
    conflicts: int = 0
    #: rows of cases this laptop does not have yet (not kept: they come again with the case)
    waiting: int = 0


@dataclass
class RelayResult:
    device: str
    sequence: int
    rows: int = 0
    sent: int = 0
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class Row:
    """A row as a bundle carries it: what the writer would have sent, and what it knew of
    headquarters' version (``server_ts``, ``base``)."""

    synced: Synced
    row_id: str
    case_id: str | None
    values: dict[str, Any] | None  # None: deleted
    clocks: dict[str, str]
    base: dict[str, str]
    server_ts: int | None
    erased: bool

    def as_record(self) -> dict[str, Any]:
        return {"collection": self.synced.collection, "id": self.row_id, "case": self.case_id,
                "values": self.values, "clocks": compact(self.clocks), "base": compact(self.base),
                "server_ts": self.server_ts, "erased": self.erased}

    def request(self, bucket: str) -> dict[str, Any]:
        return record_request(bucket, self.synced.collection, self.row_id, self.case_id, self.values,
                              self.clocks, self.server_ts, self.erased)


def _row(outgoing: Outgoing) -> Row:
    clocks = {name: stamp for name, stamp in outgoing.clocks.items() if name != DELETED}
    return Row(outgoing.synced, outgoing.row_id, outgoing.case_id, outgoing.values, clocks, outgoing.base,
               outgoing.server_ts, outgoing.erased)


def _stamps(value: Any) -> dict[str, str] | None:
    if isinstance(value, dict) and all(isinstance(k, str) and is_stamp(v) for k, v in value.items()):
        return value
    return None


def parse_rows(records: list[dict[str, Any]]) -> list[Row]:
    """The rows of a bundle, parents first; rows of collections this version does not know are
    left aside (a newer writer). A row not in the expected form refuses the whole bundle."""
    rows = []
    for record in records:
        synced = BY_COLLECTION.get(record.get("collection"))  # type: ignore[arg-type]
        if synced is None:
            continue
        values, clocks, base = record.get("values"), _stamps(record.get("clocks")), _stamps(record.get("base"))
        server_ts, case_id = record.get("server_ts"), record.get("case")
        if (not isinstance(record.get("id"), str) or not (values is None or isinstance(values, dict))
                or clocks is None or base is None or not (server_ts is None or isinstance(server_ts, int))
                or not (case_id is None or isinstance(case_id, str))):
            raise BundleRefused("bundle.tampered")
        names = sorted(set(values or {}) | set(clocks) | set(base) - {"*", DELETED})
        rows.append(Row(synced, record["id"], case_id, values, expand(clocks, names), expand(base, names),
                        server_ts, bool(record.get("erased"))))
    order = {synced.table: index for index, synced in enumerate(SYNCED)}
    return sorted(rows, key=lambda row: order[row.synced.table])


class BundleService:
    """Bundles of one profile, on the connection it is given."""

    def __init__(self, db: Database, actor: str):
        self.db = db
        self.repo = SyncRepo(db, actor)
        self.audit = AuditRepo(db, actor)
        self.erasures = ErasureRepo(db, self.audit)
        self.identity = DeviceIdentity(db)
        self.settings = SettingsRepo(db)

    def office(self) -> str:
        bucket = self.settings.get_value("sync.bucket")
        if not bucket:
            raise PasserelleError("bundle.no_office_key")
        return bucket

    def waiting(self) -> list[Row]:
        rows: list[Row] = []
        after = ("", "")
        while page := self.repo.outgoing(PAGE, after):
            rows += [_row(outgoing) for outgoing in page]
            after = (page[-1].synced.table, page[-1].row_id)
        return rows

    # --- writing ---------------------------------------------------------------------------

    def export(self, path: str | Path) -> BundleInfo:
        """Write every change not yet acknowledged by headquarters to ``path``."""
        office, office_key = self.office(), self.identity.office_key()
        rows = self.waiting()
        if not rows:
            raise PasserelleError("bundle.nothing_to_export")
        with self.db.atomic():  # the number is used up even if the write fails: never twice
            sequence = int(self.settings.get_value(SEQUENCE) or 0) + 1
            self.settings.set_value(SEQUENCE, str(sequence))
        info = write_bundle(path, [row.as_record() for row in rows], keys=self.identity.keys(),
                            office_key=office_key, office=office, sequence=sequence)
        self.audit.record(AuditAction.EXPORT, detail={"kind": "bundle", "rows": len(rows), "sequence": sequence})
        return info

    # --- reading ---------------------------------------------------------------------------

    def import_bundle(self, path: str | Path) -> ImportResult:
        """Merge another device's bundle here, all or nothing."""
        office, office_key = self.office(), self.identity.office_key()
        header = peek_bundle(path)
        known = self.identity.known(header.device_id)
        if known is None:  # the clear-text header only chooses which refusal to show
            raise BundleRefused("bundle.foreign" if header.office != office else "bundle.unknown_device",
                                device=header.device_id)
        public_key, last_sequence = known
        bundle = read_bundle(path, office_key=office_key, office=office, last_sequence=last_sequence or None,
                             known_device=public_key)
        rows = parse_rows(bundle.records)
        result = ImportResult(bundle.device_id, bundle.sequence, bundle.created_at, rows=len(rows))
        clock = tracking.tracker_of(self.db).clock
        with self.db.atomic():
            for row in rows:
                for stamp in row.clocks.values():
                    clock.observe(stamp)  # type: ignore[union-attr]
                result.received += self._take(row, result)
            self.identity.imported(bundle.device_id, bundle.sequence, datetime.now(UTC).isoformat(timespec="seconds"))
            self.audit.record(AuditAction.IMPORT, detail={"kind": "bundle", "rows": len(rows),
                                                          "sequence": bundle.sequence, "device": bundle.device_id})
        return result

    def _take(self, row: Row, result: ImportResult) -> int:
        """Merge one row; 1 when it changed something here. What changes here is sent at the next sync."""
        synced, local = row.synced, self.repo.local(row.synced, row.row_id)
        if row.case_id is not None and is_erased(self.db, row.case_id):
            return 0
        if row.values is None:
            if local is None:  # deleted there, never here: the deletion still goes to headquarters
                self.repo.doom(synced, row.row_id, row.case_id, row.server_ts)  # type: ignore[arg-type]
                return 0
            if local.deleted:
                return 0
            self.repo.delete_here(synced, row.row_id)
            return 1
        names = self.repo.columns(synced)
        values = {name: value for name, value in row.values.items() if name in names}
        if local is None and self.repo.orphan(synced, values):
            result.waiting += 1  # its case reaches this laptop with a sync; the writer still holds the row
            return 0
        if local is None:
            self.repo.apply(synced, row.row_id, values, row.clocks, row.base, row.server_ts, ahead=True)  # type: ignore[arg-type]
            if synced.table == "erasures":
                self.erasures.received(row.row_id, str(values.get("reason", "")), source="bundle")
            return 1
        if local.deleted:  # deleted here: the deletion wins
            return 0
        merged = self.repo.merge_in(synced, row.row_id, local, values, row.clocks, local.base, local.server_ts)
        result.conflicts += len(merged.conflicts)
        return 1 if merged.taken else 0


# --- relaying --------------------------------------------------------------------------------


def relay(path: str | Path, url: str, user: str, password: str, office: str | None = None,
          cancel: threading.Event | None = None) -> RelayResult:
    """Send another device's bundle to headquarters with this account (of the same office)."""
    hq = HQ(url, user, password, cancel=cancel)
    bucket = office_bucket(hq, office)
    office_key = decode_key(hq.bucket_data(bucket).get(OFFICE_KEY_FIELD))
    if office_key is None:
        raise PasserelleError("bundle.no_office_key")
    header = peek_bundle(path)
    if header.office != bucket:
        raise BundleRefused("bundle.foreign")
    device_path = f"/buckets/{bucket}/collections/{DEVICES}/records/{header.device_id}"
    answer = hq.batch([{"method": "GET", "path": device_path}])[0]
    device = answer.body.get("data") if answer.status == 200 else None
    public_key = decode_key(device.get("public_key")) if isinstance(device, dict) else None
    if public_key is None:
        raise BundleRefused("bundle.unknown_device", device=header.device_id)
    relayed = device.get("relayed_sequence")  # type: ignore[union-attr]
    bundle = read_bundle(path, office_key=office_key, office=bucket,
                         last_sequence=relayed if isinstance(relayed, int) and relayed > 0 else None,
                         known_device=public_key)
    rows = parse_rows(bundle.records)
    result = RelayResult(bundle.device_id, bundle.sequence, rows=len(rows))
    pending = rows
    for _round in range(PUSH_ROUNDS):
        again: list[Row] = []
        for start in range(0, len(pending), hq.batch_limit):
            chunk = pending[start:start + hq.batch_limit]
            for row, answer in zip(chunk, hq.batch([row.request(bucket) for row in chunk])):
                outcome = _relayed(row, answer)
                result.sent += outcome == "sent"
                if outcome == "again":
                    again.append(row)
                elif outcome == "refused":
                    result.error = result.error or ("sync.refused" if answer.status == 403 else "sync.partial")
        pending = again
        if not pending:
            break
    else:
        result.error = result.error or "sync.partial"
    if result.error is None:
        hq.batch([{"method": "PATCH", "path": device_path, "body": {"data": {"relayed_sequence": bundle.sequence}}}])
    return result


def _relayed(row: Row, answer: Answer) -> str:
    """``sent``, ``done`` (headquarters had it already), ``again`` (merged: send once more) or ``refused``."""
    if answer.status in (200, 201):
        return "sent"
    if answer.status == 404 and row.values is None:
        return "done"
    if answer.status != 412:
        return "refused"
    existing = (answer.body.get("details") or {}).get("existing") if isinstance(answer.body, dict) else None
    if not isinstance(existing, dict) or existing.get("deleted") or "last_modified" not in existing:
        return "done"  # deleted at headquarters: deletion wins over the edit carried
    if row.values is None or row.synced.append_only:
        if row.values is None:
            row.server_ts = int(existing["last_modified"])
            return "again"
        return "done"
    theirs, clocks = existing.get("values"), _stamps(existing.get("clocks"))
    if not isinstance(theirs, dict) or clocks is None:
        return "refused"
    names = sorted(set(row.values) | set(theirs))
    merged = merge(row.values, row.clocks, theirs, expand(clocks, names), row.base)
    if not merged.ahead:
        return "done"
    row.values, row.clocks, row.server_ts = merged.values, merged.clocks, int(existing["last_modified"])
    return "again"

