"""The append-only, hash-chained audit trail.

Each entry's hash covers its content and the previous entry's hash, so editing
or removing an entry (even with triggers dropped) breaks the chain from there
on. Removing the newest entries is caught through SQLite's AUTOINCREMENT
counter, which remembers the highest sequence number ever used.
"""

import hashlib
import json

from sqlite_utils import Database

from ..domain.audit import AuditAction, AuditCheck, AuditEntry
from ..domain.case import utc_now

GENESIS = "0" * 64


def _digest(prev_hash: str, at: str, actor: str, action: str, case_id: str | None, fields: str, detail: str) -> str:
    payload = json.dumps([prev_hash, at, actor, action, case_id, fields, detail], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class AuditRepo:
    def __init__(self, db: Database, actor: str):
        self.db = db
        self.actor = actor

    def record(
        self,
        action: AuditAction,
        case_id: str | None = None,
        fields: list[str] | tuple[str, ...] = (),
        detail: dict[str, str | int] | None = None,
    ) -> None:
        self.record_many([(action, case_id, fields, detail)])

    def record_many(
        self,
        entries: list[tuple[AuditAction, str | None, list[str] | tuple[str, ...], dict[str, str | int] | None]],
    ) -> None:
        """Append entries in order, chaining each to the one before."""
        at = utc_now()
        with self.db.atomic():
            last = self.db.execute("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
            prev = last[0] if last else GENESIS
            rows = []
            for action, case_id, fields, detail in entries:
                fields_json = json.dumps(sorted(fields))
                detail_json = json.dumps(detail or {}, sort_keys=True)
                digest = _digest(prev, at, self.actor, str(action), case_id, fields_json, detail_json)
                rows.append((at, self.actor, str(action), case_id, fields_json, detail_json, prev, digest))
                prev = digest
            self.db.conn.executemany(
                "INSERT INTO audit_log (at, actor, action, case_id, fields, detail, prev_hash, hash)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    def for_case(self, case_id: str) -> list[AuditEntry]:
        rows = self.db.execute(
            "SELECT seq, at, actor, action, case_id, fields, detail FROM audit_log WHERE case_id = ? ORDER BY seq",
            [case_id],
        ).fetchall()
        return [
            AuditEntry(
                seq=seq,
                at=at,
                actor=actor,
                action=AuditAction(action),
                case_id=cid,
                fields=json.loads(fields),
                detail=json.loads(detail),
            )
            for seq, at, actor, action, cid, fields, detail in rows
        ]

    def verify(self) -> AuditCheck:
        prev, expected_seq, count = GENESIS, 1, 0
        cursor = self.db.execute(
            "SELECT seq, at, actor, action, case_id, fields, detail, prev_hash, hash FROM audit_log ORDER BY seq"
        )
        for seq, at, actor, action, case_id, fields, detail, prev_hash, digest in cursor:
            if seq != expected_seq:
                return AuditCheck(ok=False, entries=count, broken_at=expected_seq, problem="audit.missing_entry")
            if prev_hash != prev or _digest(prev, at, actor, action, case_id, fields, detail) != digest:
                return AuditCheck(ok=False, entries=count, broken_at=seq, problem="audit.altered_entry")
            prev, expected_seq, count = digest, seq + 1, count + 1
        highest = self.db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()
        if highest and highest[0] >= expected_seq:
            return AuditCheck(ok=False, entries=count, broken_at=expected_seq, problem="audit.missing_entry")
        return AuditCheck(ok=True, entries=count)
