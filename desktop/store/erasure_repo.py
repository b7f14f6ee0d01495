"""Erasing a case (right to erasure): every row of the case goes, on this
device now and, through sync, on headquarters and on every other device. What
stays is that it happened: the erasure record (case id, reason code, date,
who) and the audit trail, which never held values.

Rows go children first. Deleting them with tracking on (an erasure made here)
sends a deletion of each row to headquarters; an erasure received from
headquarters deletes them untracked and marks every row this device knows of
the case to be deleted on the server too, so that a copy pushed by a device
that had not heard of the erasure yet is purged as well.
"""

from datetime import date

from sqlite_utils import Database

from ..domain.audit import AuditAction
from ..domain.enums import ErasureReason
from ..domain.errors import NotFound
from .audit_repo import AuditRepo
from .tracking import applying

#: every table holding a case's rows, children before what they name
CHILD_TABLES = ("scores", "tasks", "drafts", "household_members", "consents", "submissions")


def purge(db: Database, case_id: str) -> int:
    """Delete every row of a case, its search index entry, its conflicts and its rows received
    before it; the number of rows."""
    count = 0
    for table in CHILD_TABLES:  # one statement each: revisions and what they revise go together
        count += db.execute(f"DELETE FROM {table} WHERE case_id = ?", [case_id]).rowcount
    rowid = db.execute("SELECT rowid FROM cases WHERE id = ?", [case_id]).fetchone()
    if rowid is not None:
        db.execute("DELETE FROM cases_fts WHERE rowid = ?", [rowid[0]])
        count += db.execute("DELETE FROM cases WHERE id = ?", [case_id]).rowcount
    db.execute("DELETE FROM sync_conflicts WHERE case_id = ?", [case_id])
    db.execute("DELETE FROM sync_parked WHERE json_extract(record, '$.values.case_id') = ?", [case_id])
    return count


def is_erased(db: Database, case_id: str) -> bool:
    return db.execute("SELECT 1 FROM erasures WHERE case_id = ?", [case_id]).fetchone() is not None


class ErasureRepo:
    def __init__(self, db: Database, audit: AuditRepo):
        self.db = db
        self.audit = audit

    def erase(self, case_id: str, reason: ErasureReason, today: date) -> int:
        """Erase a case made or received here; the number of rows erased."""
        with self.db.atomic():
            if self.db.execute("SELECT 1 FROM cases WHERE id = ?", [case_id]).fetchone() is None:
                raise NotFound()
            count = purge(self.db, case_id)
            self.db.execute("INSERT INTO erasures (case_id, reason, erased_on, erased_by) VALUES (?, ?, ?, ?)",
                            [case_id, str(reason), today.isoformat(), self.audit.actor])
            self.audit.record(AuditAction.ERASE, case_id, detail={"reason": str(reason), "rows": count})
        return count

    def received(self, case_id: str, reason: str, source: str = "headquarters") -> None:
        """An erasure made on another device arrived, from headquarters or a bundle (the caller
        applies its record)."""
        with applying(self.db):
            count = purge(self.db, case_id)
        self.db.execute(
            "UPDATE sync_rows SET deleted = 1, dirty = 1, change = change + 1,"
            " clocks = json_set(clocks, '$._deleted', sync_stamp())"
            " WHERE case_id = ? AND (deleted = 0 OR dirty = 1)", [case_id])
        self.audit.record(AuditAction.ERASE, case_id,
                          detail={"reason": reason, "rows": count, "source": source})
