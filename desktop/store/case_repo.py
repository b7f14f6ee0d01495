"""Cases in the encrypted store: create, read, update, status moves, and the
paged, filtered, searchable list."""

import json
from datetime import date
from typing import Any

from sqlite_utils import Database

from ..domain import case_number
from ..domain.audit import AuditAction
from ..domain.case import EDITABLE_FIELDS, LIST_FIELDS, Case, CaseRow, changed_fields, utc_now
from ..domain.enums import ClosureReason, Status
from ..domain.errors import FieldError, InvalidTransition, NotFound, ValidationFailed
from ..domain.query import CaseQuery, SortKey
from ..domain.rules import DUE_SOON_DAYS, FollowUp, can_move
from ..domain.text import digits, fold, index_words, tokens
from ..domain.validation import validate_case, validate_model
from .audit_repo import AuditRepo
from .connection import DatabaseError
from .schema import STATUS_RANK

#: the fields ``search_body`` reads: the search index changes only with them
SEARCHED_FIELDS = frozenset({"case_number", "given_name", "family_name", "phone", "community"})
ROW_COLUMNS = tuple(CaseRow.model_fields)
_SORT_SQL = {
    SortKey.ADDED: "c.rowid",
    SortKey.CASE_NUMBER: "case_number",
    SortKey.NAME: "name_key",
    SortKey.STATUS: STATUS_RANK,
    SortKey.COMMUNITY: "community",
    SortKey.RETURN_DATE: "return_date",
    SortKey.NEXT_FOLLOW_UP: "next_follow_up",
    SortKey.UPDATED: "updated_at",
}


def case_to_row(case: Case) -> dict[str, Any]:
    row = case.model_dump(mode="json")
    for field in LIST_FIELDS:
        row[field] = json.dumps(row[field], ensure_ascii=False)
    row["birth_date_estimated"] = int(case.birth_date_estimated)
    row["name_key"] = fold(f"{case.family_name} {case.given_name}")
    return row


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    for field in LIST_FIELDS:
        if field in row:
            row[field] = json.loads(row[field])
    row.pop("name_key", None)
    return row


def search_body(case: Case) -> str:
    """Folded text the search index holds for a case. Phone digits are indexed
    from every position, so any run of digits finds the number, typed whole
    ("771234567") or in the groups it is written in ("77 123 45 67")."""
    return search_text({name: getattr(case, name) for name in SEARCHED_FIELDS})


def search_text(values: dict[str, Any]) -> str:
    """``search_body`` from a row's values (those of ``SEARCHED_FIELDS``), without a ``Case``."""
    number = digits(values.get("phone") or "")
    suffixes = " ".join(number[i:] for i in range(len(number)))
    words = index_words(" ".join(values.get(name) or "" for name in
                                 ("case_number", "given_name", "family_name", "community")))
    return f"{' '.join(words)} {suffixes}"


def reindex(db: Database, case: Case) -> None:
    """Put the case's searchable text in the search index again."""
    rowid = db.execute("SELECT rowid FROM cases WHERE id = ?", [case.id]).fetchone()[0]
    db.execute("DELETE FROM cases_fts WHERE rowid = ?", [rowid])
    db.execute("INSERT INTO cases_fts (rowid, body) VALUES (?, ?)", [rowid, search_body(case)])


def match_expression(search: str) -> str | None:
    """Every word must match as a prefix: "ami dia" finds "Aminata Diallo"."""
    words = tokens(search)
    return " ".join(f'"{word}"*' for word in words) or None


class CaseRepo:
    def __init__(self, db: Database, audit: AuditRepo):
        self.db = db
        self.audit = audit

    @property
    def actor(self) -> str:
        return self.audit.actor

    # --- reading ----------------------------------------------------------------

    def get(self, case_id: str) -> Case:
        rows = list(self.db["cases"].rows_where("id = ?", [case_id]))
        if not rows:
            raise NotFound()
        return Case.model_validate(_decode(rows[0]))

    def get_by_number(self, number: str) -> Case:
        rows = list(self.db["cases"].rows_where("case_number = ?", [number]))
        if not rows:
            raise NotFound(number=number)
        return Case.model_validate(_decode(rows[0]))

    def exists(self, number: str) -> bool:
        return self.db.execute("SELECT 1 FROM cases WHERE case_number = ?", [number]).fetchone() is not None

    def _filters(self, query: CaseQuery, today: date) -> tuple[list[str], list[Any]]:
        """SQL conditions on ``cases c`` for every filter but the search text."""
        clauses: list[str] = []
        params: list[Any] = []
        if query.statuses:
            clauses.append(f"c.status IN ({', '.join('?' * len(query.statuses))})")
            params.extend(sorted(query.statuses))
        if query.vulnerability:
            clauses.append("c.id IN (SELECT case_id FROM case_vulnerabilities WHERE code = ?)")
            params.append(str(query.vulnerability))
        if query.follow_up in (FollowUp.OVERDUE, FollowUp.DUE_SOON):
            clauses.append("c.status != 'closed'")
            if query.follow_up is FollowUp.OVERDUE:
                clauses.append("c.next_follow_up < ?")
                params.append(today.isoformat())
            else:
                clauses.append("c.next_follow_up BETWEEN ? AND date(?, ?)")
                params.extend([today.isoformat(), today.isoformat(), f"+{DUE_SOON_DAYS} days"])
        if query.assigned_to is not None:
            clauses.append("c.assigned_to = ?")
            params.append(query.assigned_to)
        if query.case_ids is not None:
            clauses.append("c.id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(sorted(query.case_ids)))
        return clauses, params

    def count(self, query: CaseQuery, today: date) -> int:
        expression = match_expression(query.search)
        if expression and query.only_search:
            # one index row per case: counting the index alone is much cheaper
            return self.db.execute("SELECT count(*) FROM cases_fts WHERE cases_fts MATCH ?", [expression]).fetchone()[0]
        clauses, params = self._filters(query, today)
        if expression:
            clauses.insert(0, "c.rowid IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)")
            params.insert(0, expression)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        return self.db.execute(f"SELECT count(*) FROM cases c{where}", params).fetchone()[0]

    def page(self, query: CaseQuery, today: date, offset: int, limit: int) -> list[CaseRow]:
        """One page of the list. A search in the default order walks the search
        index newest first and stops at the page's end; other orders sort the
        matches."""
        expression = match_expression(query.search)
        clauses, params = self._filters(query, today)
        direction = "DESC" if query.descending else "ASC"
        columns = ", ".join(f"c.{name}" for name in ROW_COLUMNS)
        if expression and query.sort is SortKey.ADDED:
            source = "cases_fts f JOIN cases c ON c.rowid = f.rowid"
            clauses.insert(0, "cases_fts MATCH ?")
            order = f"f.rowid {direction}"
        else:
            source = "cases c"
            if expression:
                clauses.insert(0, "c.rowid IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)")
            order = f"{_SORT_SQL[query.sort]} {direction}, c.rowid {direction}"
        if expression:
            params.insert(0, expression)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        cursor = self.db.execute(
            f"SELECT {columns} FROM {source}{where} ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset]
        )
        return [CaseRow.model_validate(_decode(dict(zip(ROW_COLUMNS, values)))) for values in cursor]

    # --- writing ----------------------------------------------------------------

    def _next_number(self, pattern: str, office: str, year: int) -> str:
        scope = case_number.sequence_scope(pattern, office, year)
        while True:  # numbers received from other devices are taken: skip them
            self.db.execute(
                "INSERT INTO sequences (scope, last) VALUES (?, 1) ON CONFLICT(scope) DO UPDATE SET last = last + 1",
                [scope],
            )
            seq = self.db.execute("SELECT last FROM sequences WHERE scope = ?", [scope]).fetchone()[0]
            number = case_number.format_number(pattern, office, year, seq)
            if not self.db.execute("SELECT 1 FROM cases WHERE case_number = ?", [number]).fetchone():
                return number

    def insert(self, case: Case, pattern: str, today: date, action: AuditAction = AuditAction.CREATE) -> Case:
        """Insert one validated case, numbering it from ``pattern`` unless it has a number."""
        return self.insert_many([case], pattern, today, action)[0]

    def insert_many(
        self, cases: list[Case], pattern: str, today: date, action: AuditAction = AuditAction.CREATE
    ) -> list[Case]:
        """Insert validated cases in one transaction; one audit entry per case."""
        stored = []
        with self.db.atomic():
            for case in cases:
                if not case.case_number:
                    number = self._next_number(pattern, case.office_code, today.year)
                    case = case.model_copy(update={"case_number": number})
                stored.append(case.model_copy(update={"created_by": case.created_by or self.actor, "updated_by": self.actor}))
            try:
                self.db["cases"].insert_all((case_to_row(case) for case in stored), batch_size=500)
            except DatabaseError as error:
                if "UNIQUE" in str(error) and "case_number" in str(error):
                    raise ValidationFailed([FieldError("case_number", "field.duplicate_number")]) from None
                raise
            self.db.conn.executemany(
                "INSERT INTO cases_fts (rowid, body) SELECT rowid, ? FROM cases WHERE id = ?",
                ((search_body(case), case.id) for case in stored),
            )
            self.audit.record_many(
                [(action, case.id, [name for name in EDITABLE_FIELDS if getattr(case, name)], None) for case in stored]
            )
        return stored

    def _write(self, current: Case, updated: Case, changed: list[str]) -> Case:
        updated = updated.model_copy(update={"updated_at": utc_now(), "updated_by": self.actor})
        row = case_to_row(updated)
        columns = [*changed, "updated_at", "updated_by", "name_key"]
        self.db["cases"].update(current.id, {name: row[name] for name in columns})
        if SEARCHED_FIELDS.intersection(changed):
            reindex(self.db, updated)
        return updated

    def update(self, case_id: str, changes: dict[str, Any], today: date) -> Case:
        """Apply edits to editable fields. Returns the case as stored; records the
        changed field names (not values) in the audit trail."""
        unknown = [name for name in changes if name not in EDITABLE_FIELDS]
        if unknown:
            raise ValidationFailed([FieldError(name, "field.unknown") for name in unknown])
        with self.db.atomic():
            current = self.get(case_id)
            updated = validate_case({**current.model_dump(), **changes}, today)
            changed = changed_fields(current, updated, EDITABLE_FIELDS)
            if not changed:
                return current
            stored = self._write(current, updated, changed)
            self.audit.record(AuditAction.UPDATE, case_id, changed)
        return stored

    def move(
        self, case_id: str, target: Status, today: date, reason: ClosureReason | None = None, note: str = ""
    ) -> Case:
        """Move a case along its lifecycle. Closing needs a reason; reopening clears it."""
        with self.db.atomic():
            current = self.get(case_id)
            if not can_move(current.status, target):
                raise InvalidTransition(current=str(current.status), target=str(target))
            if target is Status.CLOSED:
                if reason is None:
                    raise ValidationFailed([FieldError("closure_reason", "field.required")])
                fields = {"closure_reason": reason, "closure_note": note.strip(), "closed_on": today}
            else:
                fields = {"closure_reason": None, "closure_note": "", "closed_on": None}
            updated = validate_model(Case, {**current.model_dump(), **fields, "status": target})
            stored = self._write(current, updated, ["status", *fields])
            detail: dict[str, str | int] = {"from": str(current.status), "to": str(target)}
            if reason is not None:
                detail["reason"] = str(stored.closure_reason)
            self.audit.record(AuditAction.STATUS, case_id, ["status"], detail)
        return stored
