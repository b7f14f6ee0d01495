"""Anonymous records of the cases kept on the device (the returnee refused
sharing with headquarters): office, status and months, and the RSS scores —
no name, contact, place, birth date or case number — so that headquarters can
still count them. Each has a random record id of its own, never the case's,
so that it cannot be linked to the case if sharing is agreed or withdrawn
later. The record is sent again only when its content changes, and deleted
from headquarters once the case is shared or erased.
"""

import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from .sync_repo import HELD


@dataclass
class AnonymousChange:
    case_id: str
    record_id: str
    record: dict[str, Any] | None  # None: delete it from headquarters
    digest: str = ""


def _month(text: str | None) -> str | None:
    return text[:7] if text else None


class AnonymousRepo:
    def __init__(self, db: Database):
        self.db = db

    def _record(self, case: tuple) -> dict[str, Any]:
        case_id, office, status, closure_reason, returned, created, closed = case
        scores = self.db.execute(
            "SELECT s.created_at, c.profile_id, c.economic, c.social, c.psychosocial, c.composite"
            " FROM scores c JOIN submissions s ON s.id = c.submission_id WHERE c.case_id = ?"
            " ORDER BY s.created_at, s.id", [case_id]).fetchall()
        return {
            "office": office, "status": status, "closure_reason": closure_reason,
            "returned": _month(returned), "opened": _month(created), "closed": _month(closed),
            "scores": [{"month": _month(at), "profile": profile, "economic": economic, "social": social,
                        "psychosocial": psychosocial, "composite": composite}
                       for at, profile, economic, social, psychosocial, composite in scores],
        }

    def changes(self) -> list[AnonymousChange]:
        """Records to send (new or changed) and records to delete (case shared or gone)."""
        sent = {case_id: (record_id, digest) for case_id, record_id, digest in self.db.execute(
            "SELECT case_id, record_id, digest FROM sync_anonymous").fetchall()}
        changes = []
        for case in self.db.execute(
                "SELECT id, office_code, status, closure_reason, return_date, created_at, closed_on FROM cases"
                f" WHERE id IN ({HELD}) ORDER BY id").fetchall():
            record = self._record(case)
            digest = hashlib.sha256(json.dumps(record, sort_keys=True).encode()).hexdigest()
            record_id, known = sent.pop(case[0], (None, None))
            if digest != known:
                changes.append(AnonymousChange(case[0], record_id or str(uuid.uuid4()), record, digest))
        changes += [AnonymousChange(case_id, record_id, None) for case_id, (record_id, _) in sorted(sent.items())]
        return changes

    def sent(self, change: AnonymousChange) -> None:
        if change.record is None:
            self.db.execute("DELETE FROM sync_anonymous WHERE case_id = ?", [change.case_id])
        else:
            self.db.execute(
                "INSERT INTO sync_anonymous (case_id, record_id, digest) VALUES (?, ?, ?)"
                " ON CONFLICT (case_id) DO UPDATE SET digest = excluded.digest",
                [change.case_id, change.record_id, change.digest])
