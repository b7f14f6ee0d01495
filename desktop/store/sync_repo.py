"""The device's side of sync in the database: what is waiting to be sent, the
version of each row last agreed with headquarters, applying rows received,
pull checkpoints, conflicts and the record of past syncs.

Clocks are kept compact (``{"*": stamp}`` for a row as inserted, plus one
entry per field edited since) and expanded to one stamp per field here.
"""

import hashlib
import json
import uuid
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from ..domain.audit import AuditAction
from ..domain.case import utc_now
from ..domain.enums import ConsentPurpose
from ..domain.merge import FieldConflict, Merged, merge
from .audit_repo import AuditRepo
from .case_repo import SEARCHED_FIELDS, CaseRepo, reindex, search_text
from .erasure_repo import is_erased, purge
from .tracking import BY_TABLE, Synced, applying, columns, tracker_of

DELETED = "_deleted"
#: tables whose rows need a parent row here: the column naming it, and how to find it
_PARENT_OF = {
    **{table: ("case_id", "SELECT 1 FROM cases WHERE id = ?")
       for table in ("household_members", "consents", "submissions", "tasks")},
    "scores": ("submission_id", "SELECT 1 FROM submissions WHERE id = ?"),
}
#: cases whose newest "sharing with headquarters" consent record says no: their rows stay on the device
HELD = (
    "SELECT case_id FROM (SELECT case_id, given, row_number() OVER (PARTITION BY case_id"
    " ORDER BY recorded_on DESC, created_at DESC, rowid DESC) AS n FROM consents"
    f" WHERE purpose = '{ConsentPurpose.HQ_SHARING}')"
    " WHERE n = 1 AND given = 0"
)
#: the sync record of a row received (applied) here
_RECORD_ROW = "INSERT INTO sync_rows (tbl, row_id, case_id, clocks, base, server_ts, dirty, change)"
_RECORD_AGAIN = ("ON CONFLICT (tbl, row_id) DO UPDATE SET case_id = excluded.case_id, clocks = excluded.clocks,"
                 " base = excluded.base, server_ts = excluded.server_ts, deleted = 0, dirty = excluded.dirty")
_SENDABLE = f"dirty = 1 AND (case_id IS NULL OR case_id NOT IN ({HELD}))"


def expand(clocks: dict[str, str], names: list[str]) -> dict[str, str]:
    """One stamp per field from the compact form."""
    whole = clocks.get("*", "")
    expanded = {name: clocks.get(name, whole) for name in names}
    if DELETED in clocks:
        expanded[DELETED] = clocks[DELETED]
    return expanded


def compact(clocks: dict[str, str]) -> dict[str, str]:
    """The smallest compact form: the most common stamp becomes ``*``."""
    if not clocks:
        return {}
    stamps = [stamp for name, stamp in clocks.items() if name != DELETED]
    whole = max(set(stamps), key=lambda s: (stamps.count(s), s)) if stamps else ""
    result = {"*": whole} if whole else {}
    result.update({name: stamp for name, stamp in clocks.items() if stamp != whole or name == DELETED})
    return result


@dataclass
class Outgoing:
    """A row waiting to be sent."""

    synced: Synced
    row_id: str
    case_id: str | None
    values: dict[str, Any] | None  # None: the row was deleted here
    clocks: dict[str, str]
    server_ts: int | None
    change: int
    base: dict[str, str]
    erased: bool  # a row of an erased case: deleted whatever version headquarters holds


@dataclass
class Local:
    values: dict[str, Any] | None
    clocks: dict[str, str]
    base: dict[str, str]
    server_ts: int | None
    deleted: bool


class SyncRepo:
    def __init__(self, db: Database, actor: str):
        self.db = db
        self.actor = actor
        self._columns: dict[str, list[str]] = {}

    def columns(self, synced: Synced) -> list[str]:
        if synced.table not in self._columns:
            self._columns[synced.table] = columns(self.db, synced.table)
        return self._columns[synced.table]

    # --- reading -------------------------------------------------------------------------------

    def _values(self, synced: Synced, row_id: str) -> dict[str, Any] | None:
        cursor = self.db.execute(f"SELECT * FROM {synced.table} WHERE {synced.key} = ?", [row_id])
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cursor.description], row))

    def pending(self) -> int:
        """Rows waiting to be sent (those of cases kept on the device do not wait)."""
        return self.db.execute(f"SELECT count(*) FROM sync_rows WHERE {_SENDABLE}").fetchone()[0]

    def held(self) -> int:
        """Cases kept on this device because the returnee refused sharing with headquarters."""
        return self.db.execute(f"SELECT count(*) FROM ({HELD})").fetchone()[0]

    def outgoing(self, limit: int, after: tuple[str, str] = ("", "")) -> list[Outgoing]:
        rows = self.db.execute(
            "SELECT tbl, row_id, case_id, clocks, server_ts, change, deleted, base,"
            " case_id IN (SELECT case_id FROM erasures) FROM sync_rows"
            f" WHERE {_SENDABLE} AND (tbl, row_id) > (?, ?) ORDER BY tbl, row_id LIMIT ?",
            [*after, limit],
        ).fetchall()
        found = []
        for table, row_id, case_id, clocks, server_ts, change, deleted, base, erased in rows:
            synced = BY_TABLE[table]
            values = None if deleted else self._values(synced, row_id)
            found.append(Outgoing(synced, row_id, case_id, values, expand(json.loads(clocks), self.columns(synced)),
                                  server_ts, change, json.loads(base), bool(erased)))
        return found

    def local(self, synced: Synced, row_id: str) -> Local | None:
        row = self.db.execute(
            "SELECT clocks, base, server_ts, deleted FROM sync_rows WHERE tbl = ? AND row_id = ?",
            [synced.table, row_id],
        ).fetchone()
        if row is None:
            return None
        clocks, base, server_ts, deleted = row
        names = self.columns(synced)
        return Local(None if deleted else self._values(synced, row_id), expand(json.loads(clocks), names),
                     json.loads(base), server_ts, bool(deleted))

    # --- after sending -------------------------------------------------------------------------

    def sent(self, row: Outgoing, server_ts: int) -> None:
        """Headquarters holds this version: it is the new base; clean unless edited meanwhile."""
        self.db.execute(
            "UPDATE sync_rows SET server_ts = ?, base = ?, dirty = CASE WHEN change = ? THEN 0 ELSE 1 END"
            " WHERE tbl = ? AND row_id = ?",
            [server_ts, json.dumps(row.clocks), row.change, row.synced.table, row.row_id],
        )

    # --- applying what was received ------------------------------------------------------------

    def apply(self, synced: Synced, row_id: str, values: dict[str, Any], clocks: dict[str, str],
              base: dict[str, str], server_ts: int, ahead: bool, write: bool = True,
              searched: bool = True) -> None:
        """Write the merged row (untracked, only if ``write``: something here changes) and its
        clocks; it stays to send if ``ahead``. The case it belongs to is read from its own values."""
        case_id = values.get(synced.case) if synced.case else None
        base = dict(base)  # headquarters' version: a renumbering here is not part of it
        if write:
            if synced.table == "cases" and self._renumbered(row_id, values, clocks):
                ahead = True
            with applying(self.db):
                self._write_row(synced, values)
                if synced.table == "cases" and searched:
                    self.reindex(row_id)
        self.db.execute(
            f"{_RECORD_ROW} VALUES (?, ?, ?, ?, ?, ?, ?, 0) {_RECORD_AGAIN}",
            [synced.table, row_id, case_id, json.dumps(compact(clocks)), json.dumps(base), server_ts, int(ahead)],
        )

    def merge_in(self, synced: Synced, row_id: str, local: Local, values: dict[str, Any], clocks: dict[str, str],
                 base: dict[str, str], server_ts: int | None) -> Merged:
        """Merge a version made elsewhere into the row here, field by field: conflicts are recorded
        and what changes is written. ``base`` and ``server_ts``: the version of headquarters the row
        stands on afterwards; it stays to send while it differs from ``base``."""
        merged = merge(local.values or {}, local.clocks, values, clocks, local.base)
        if merged.conflicts:
            self.add_conflicts(synced, row_id, values.get(synced.case) if synced.case else None, merged.conflicts)
        ahead = merged.ahead or any(merged.clocks.get(name) != base.get(name) for name in self.columns(synced))
        self.apply(synced, row_id, merged.values, merged.clocks, base, server_ts, ahead=ahead,  # type: ignore[arg-type]
                   write=bool(merged.taken), searched=bool(SEARCHED_FIELDS.intersection(merged.taken)))
        return merged

    def known(self, synced: Synced, row_ids: list[str]) -> dict[str, int | None]:
        """Which of these rows this device has a sync record of, with the version headquarters
        last gave each (one query for a page)."""
        return {row[0]: row[1] for row in self.db.execute(
            "SELECT row_id, server_ts FROM sync_rows WHERE tbl = ? AND row_id IN (SELECT value FROM json_each(?))",
            [synced.table, json.dumps(row_ids)])}

    def apply_new(self, synced: Synced, rows: list[tuple[str, dict[str, Any], dict[str, str], int]]) -> int:
        """Rows this device never had, ``(row_id, values, clocks, server_ts)``, written together
        (untracked), each with its clocks as its base. A case whose number is taken here (or twice
        in the page) goes through ``apply`` to be renumbered, one by one, until no number clashes
        (a renumbering may take a number another row brings). The number of rows written."""
        clashing = 0
        while synced.table == "cases" and rows:
            numbers = [values.get("case_number") for _, values, _, _ in rows]
            taken = {row[0] for row in self.db.execute(
                "SELECT case_number FROM cases WHERE case_number IN (SELECT value FROM json_each(?))",
                [json.dumps(numbers)])}
            taken.update(number for number, count in Counter(numbers).items() if count > 1)
            if not taken:
                break
            clashes = {row[0] for row in rows if row[1].get("case_number") in taken}  # by id: apply renumbers
            for row_id, values, clocks, server_ts in [row for row in rows if row[0] in clashes]:
                self.apply(synced, row_id, values, clocks, clocks, server_ts, ahead=False)
                clashing += 1
            rows = [row for row in rows if row[0] not in clashes]
        by_names: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for _, values, _, _ in rows:  # a row without some column keeps the table's default for it
            by_names.setdefault(tuple(name for name in self.columns(synced) if name in values), []).append(values)
        with applying(self.db):
            for names, group in by_names.items():
                self.db.conn.executemany(self._write_statement(synced, list(names)),
                                         [[values[name] for name in names] for values in group])
            if synced.table == "cases":
                self.db.conn.executemany(
                    "INSERT INTO cases_fts (rowid, body) SELECT rowid, ? FROM cases WHERE id = ?",
                    [(search_text(values), row_id) for row_id, values, _, _ in rows])
        self.db.conn.executemany(
            f"{_RECORD_ROW} VALUES (?, ?, ?, ?, ?, ?, 0, 0) {_RECORD_AGAIN}",
            [(synced.table, row_id, values.get(synced.case) if synced.case else None, json.dumps(compact(clocks)),
              json.dumps(clocks), server_ts) for row_id, values, clocks, server_ts in rows])
        return len(rows) + clashing

    def erased_among(self, case_ids: set[str]) -> set[str]:
        """Which of these cases were erased (one query for a page)."""
        return {row[0] for row in self.db.execute(
            "SELECT case_id FROM erasures WHERE case_id IN (SELECT value FROM json_each(?))",
            [json.dumps(sorted(case_ids))])}

    def _write_statement(self, synced: Synced, names: list[str]) -> str:
        marks = ", ".join("?" * len(names))
        if synced.append_only:
            return f"INSERT OR IGNORE INTO {synced.table} ({', '.join(names)}) VALUES ({marks})"
        updates = ", ".join(f"{name} = excluded.{name}" for name in names if name != synced.key)
        return (f"INSERT INTO {synced.table} ({', '.join(names)}) VALUES ({marks})"
                f" ON CONFLICT ({synced.key}) DO UPDATE SET {updates}")

    def _write_row(self, synced: Synced, values: dict[str, Any]) -> None:
        names = [name for name in self.columns(synced) if name in values]
        self.db.execute(self._write_statement(synced, names), [values[name] for name in names])

    def _renumbered(self, case_id: str, values: dict[str, Any], clocks: dict[str, str]) -> bool:
        """Two devices gave the same number to different cases: the case with the larger id takes
        a number made from its own id (the same case and the same number on every device, whatever
        each holds), as an edit that syncs. True when the incoming case was the one renumbered."""
        number = values.get("case_number")
        other = self.db.execute("SELECT id FROM cases WHERE case_number = ? AND id != ?",
                                [number, case_id]).fetchone()
        if other is None:
            return False
        renumbered = case_id if case_id > other[0] else other[0]
        free = self._free_number(str(number), renumbered)
        AuditRepo(self.db, self.actor).record(AuditAction.UPDATE, renumbered, ["case_number"],
                                              {"reason": "number_taken_elsewhere"})
        if renumbered == case_id:
            values["case_number"] = free
            clocks["case_number"] = tracker_of(self.db).stamp()
            return True
        self.db.execute("UPDATE cases SET case_number = ? WHERE id = ?", [free, other[0]])  # tracked: it syncs
        self.reindex(other[0])
        return False

    def _free_number(self, number: str, case_id: str) -> str:
        digits = hashlib.sha256(case_id.encode()).hexdigest().upper()
        for length in range(4, len(digits) + 1):
            candidate = f"{number}-{digits[:length]}"
            if not self.db.execute("SELECT 1 FROM cases WHERE case_number = ?", [candidate]).fetchone():
                return candidate
        raise AssertionError("a case id is unique")

    def reindex(self, case_id: str) -> None:
        reindex(self.db, CaseRepo(self.db, None).get(case_id))  # type: ignore[arg-type] - reading needs no audit

    def seen_deleted_here(self, synced: Synced, row_id: str, server_ts: int, clocks: dict[str, str]) -> None:
        """Headquarters has a newer version of a row deleted here: the deletion goes against that one."""
        self.db.execute("UPDATE sync_rows SET server_ts = ?, base = ? WHERE tbl = ? AND row_id = ?",
                        [server_ts, json.dumps(clocks), synced.table, row_id])

    def deleted_there(self, synced: Synced, row_id: str, server_ts: int) -> None:
        """Headquarters deleted a row deleted here too: nothing left to send."""
        self.db.execute("UPDATE sync_rows SET server_ts = ?, dirty = 0 WHERE tbl = ? AND row_id = ?",
                        [server_ts, synced.table, row_id])

    def doom(self, synced: Synced, row_id: str, case_id: str, server_ts: int) -> None:
        """A row of an erased case is on headquarters: delete it there (it is not kept here)."""
        self.db.execute(
            "INSERT INTO sync_rows (tbl, row_id, case_id, clocks, server_ts, dirty, change, deleted)"
            " VALUES (?, ?, ?, json_object('_deleted', sync_stamp()), ?, 1, 1, 1)"
            " ON CONFLICT (tbl, row_id) DO UPDATE SET server_ts = excluded.server_ts, deleted = 1, dirty = 1,"
            " change = change + 1", [synced.table, row_id, case_id, server_ts])

    def remove(self, synced: Synced, row_id: str, server_ts: int) -> None:
        """Headquarters deleted the row: deletion wins over edits made here."""
        with applying(self.db):
            if synced.table == "cases":
                rowid = self.db.execute("SELECT rowid FROM cases WHERE id = ?", [row_id]).fetchone()
                if rowid:
                    self.db.execute("DELETE FROM cases_fts WHERE rowid = ?", [rowid[0]])
            self.db.execute(f"DELETE FROM {synced.table} WHERE {synced.key} = ?", [row_id])
        self.db.execute(
            "UPDATE sync_rows SET deleted = 1, dirty = 0, server_ts = ? WHERE tbl = ? AND row_id = ?",
            [server_ts, synced.table, row_id],
        )

    def delete_here(self, synced: Synced, row_id: str) -> None:
        """Delete a row as an edit of this device (tracked: the deletion is sent)."""
        if synced.table == "cases":
            purge(self.db, row_id)
        else:
            self.db.execute(f"DELETE FROM {synced.table} WHERE {synced.key} = ?", [row_id])

    def touch(self, synced: Synced, row_id: str, name: str) -> None:
        """A new local stamp on a field without changing it: the value here wins at the next sync."""
        self.db.execute(
            "UPDATE sync_rows SET clocks = json_set(clocks, '$.' || ?, sync_stamp()), dirty = 1, change = change + 1"
            " WHERE tbl = ? AND row_id = ?", [name, synced.table, row_id])

    def forget_deleted(self, row: Outgoing, server_ts: int | None = None) -> None:
        """Headquarters holds the deletion (as the version ``server_ts``, when it said)."""
        self.db.execute("UPDATE sync_rows SET dirty = 0, server_ts = coalesce(?, server_ts)"
                        " WHERE tbl = ? AND row_id = ? AND change = ?",
                        [server_ts, row.synced.table, row.row_id, row.change])

    # --- rows received before their parent ----------------------------------------------------

    def orphan(self, synced: Synced, values: dict[str, Any]) -> bool:
        """The row names a parent this device does not have (and whose case was not erased)."""
        parent = _PARENT_OF.get(synced.table)
        key = values.get(parent[0]) if parent else None
        if parent is None or not isinstance(key, str):
            return False
        if self.db.execute(parent[1], [key]).fetchone() is not None:
            return False
        return not is_erased(self.db, str(values.get("case_id") or ""))

    def has_parked(self) -> bool:
        return self.db.execute("SELECT 1 FROM sync_parked LIMIT 1").fetchone() is not None

    def park(self, synced: Synced, record: dict[str, Any]) -> None:
        self.db.execute("INSERT INTO sync_parked (tbl, row_id, record) VALUES (?, ?, ?)"
                        " ON CONFLICT (tbl, row_id) DO UPDATE SET record = excluded.record",
                        [synced.table, str(record["id"]), json.dumps(record)])

    def parked(self) -> list[tuple[Synced, dict[str, Any]]]:
        rows = self.db.execute("SELECT tbl, record FROM sync_parked ORDER BY rowid").fetchall()
        return [(BY_TABLE[table], json.loads(record)) for table, record in rows]

    def unpark(self, synced: Synced, row_id: str) -> None:
        self.db.execute("DELETE FROM sync_parked WHERE tbl = ? AND row_id = ?", [synced.table, row_id])

    # --- checkpoints ---------------------------------------------------------------------------

    def since(self, collection: str) -> int:
        row = self.db.execute("SELECT since FROM sync_checkpoints WHERE collection = ?", [collection]).fetchone()
        return row[0] if row else 0

    def set_since(self, collection: str, since: int) -> None:
        self.db.execute(
            "INSERT INTO sync_checkpoints (collection, since) VALUES (?, ?)"
            " ON CONFLICT (collection) DO UPDATE SET since = excluded.since", [collection, since])

    # --- conflicts -----------------------------------------------------------------------------

    def add_conflicts(self, synced: Synced, row_id: str, case_id: str | None,
                      conflicts: list[FieldConflict]) -> None:
        for conflict in conflicts:
            self.db.execute(
                "INSERT INTO sync_conflicts (id, tbl, row_id, case_id, field, mine, theirs, mine_clock,"
                " theirs_clock, winner, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [uuid.uuid4().hex, synced.table, row_id, case_id, conflict.field, json.dumps(conflict.mine),
                 json.dumps(conflict.theirs), conflict.mine_clock, conflict.theirs_clock, conflict.winner,
                 utc_now()],
            )

    def conflicts(self, open_only: bool = True, conflict_id: str | None = None) -> list[dict[str, Any]]:
        """Conflicts with the case's number (``case_number``), oldest first."""
        clauses, params = [], []
        if open_only:
            clauses.append("k.resolved_at IS NULL")
        if conflict_id is not None:
            clauses.append("k.id = ?")
            params.append(conflict_id)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        cursor = self.db.execute(
            f"SELECT k.*, c.case_number FROM sync_conflicts k LEFT JOIN cases c ON c.id = k.case_id {where}"
            " ORDER BY k.found_at, k.id", params)
        names = [d[0] for d in cursor.description]
        found = [dict(zip(names, row)) for row in cursor.fetchall()]
        for item in found:
            item["mine"], item["theirs"] = json.loads(item["mine"]), json.loads(item["theirs"])
        return found

    def conflict(self, conflict_id: str) -> dict[str, Any] | None:
        found = self.conflicts(open_only=False, conflict_id=conflict_id)
        return found[0] if found else None

    def close_conflict(self, conflict_id: str, kept: str) -> None:
        self.db.execute("UPDATE sync_conflicts SET resolved_at = ?, kept = ?, resolved_by = ? WHERE id = ?",
                        [utc_now(), kept, self.actor, conflict_id])

    def conflicted_case_ids(self) -> set[str]:
        """Cases with open conflicts (few: a person settles them)."""
        return {row[0] for row in self.db.execute(
            "SELECT DISTINCT case_id FROM sync_conflicts WHERE resolved_at IS NULL AND case_id IS NOT NULL")}

    def open_conflicts(self, case_id: str | None = None) -> int:
        """Open conflicts, of one case when ``case_id`` is given."""
        if case_id is None:
            return self.db.execute("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL").fetchone()[0]
        return self.db.execute("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL AND case_id = ?",
                               [case_id]).fetchone()[0]

    # --- runs ----------------------------------------------------------------------------------

    def start_run(self) -> int:
        cursor = self.db.execute("INSERT INTO sync_runs (started_at) VALUES (?)", [utc_now()])
        return cursor.lastrowid

    def finish_run(self, run: int, *, ok: bool, sent: int, received: int, conflicts: int, bytes_sent: int,
                   bytes_received: int, error: str | None) -> None:
        self.db.execute(
            "UPDATE sync_runs SET finished_at = ?, ok = ?, sent = ?, received = ?, conflicts = ?, bytes_sent = ?,"
            " bytes_received = ?, error = ? WHERE id = ?",
            [utc_now(), int(ok), sent, received, conflicts, bytes_sent, bytes_received, error, run])

    def last_run(self, ok_only: bool = False) -> dict[str, Any] | None:
        where = "WHERE ok = 1" if ok_only else "WHERE finished_at IS NOT NULL"
        cursor = self.db.execute(f"SELECT * FROM sync_runs {where} ORDER BY id DESC LIMIT 1")
        row = cursor.fetchone()
        return dict(zip([d[0] for d in cursor.description], row)) if row else None
