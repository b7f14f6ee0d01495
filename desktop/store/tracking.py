"""Change tracking for sync, done by the database itself.

Triggers on every synced table record, for each row, the clock stamp of each
field's last local edit (``sync_rows.clocks``: ``"*"`` for the whole row as
inserted, then one entry per field edited since) and mark the row dirty, so
that no write path of the application can forget to tell sync. Rows written
while applying changes from headquarters are not tracked: ``applying()`` turns
tracking off on that connection only.

Two SQL functions serve the triggers, registered on every connection:
``sync_stamp()`` (a hybrid-clock stamp, from one clock per device shared by
all the connections of the process) and ``sync_tracking()`` (0 while applying).
"""

import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlite_utils import Database

from ..domain.hlc import HybridClock, is_stamp

DEVICE_KEY = "sync.device"


@dataclass(frozen=True)
class Synced:
    """A synced table: its Kinto collection, key column and the column naming its case."""

    table: str
    collection: str
    key: str = "id"
    case: str | None = "case_id"
    append_only: bool = False


SYNCED: tuple[Synced, ...] = (
    # erasures first: a case erased elsewhere is purged before any of its rows is merged
    Synced("erasures", "erasures", key="case_id", case=None, append_only=True),
    Synced("cases", "cases", case="id"),
    Synced("household_members", "people"),
    Synced("consents", "consents"),
    Synced("submissions", "submissions", append_only=True),
    Synced("tasks", "tasks"),
    Synced("providers", "providers", case=None),
    Synced("scores", "scores", key="submission_id"),
)
BY_TABLE = {synced.table: synced for synced in SYNCED}
BY_COLLECTION = {synced.collection: synced for synced in SYNCED}

_clocks: dict[str, HybridClock] = {}
_clocks_lock = threading.Lock()


def clock_for(node: str) -> HybridClock:
    """The one clock of a device in this process."""
    with _clocks_lock:
        if node not in _clocks:
            _clocks[node] = HybridClock(node)
        return _clocks[node]


class Tracker:
    """The state behind one connection's SQL functions."""

    def __init__(self) -> None:
        self.clock: HybridClock | None = None
        self.depth = 0  # > 0 while applying remote changes

    def stamp(self) -> str:
        if self.clock is None:
            raise RuntimeError("sync tracking used before the device clock was started")
        return self.clock.now()

    def tracking(self) -> int:
        return 0 if self.depth else 1


#: one tracker per open database; gone with it
_trackers: "weakref.WeakKeyDictionary[Database, Tracker]" = weakref.WeakKeyDictionary()


def register(db: Database) -> Tracker:
    """Give a fresh connection the functions the triggers call."""
    tracker = Tracker()
    db.conn.create_function("sync_stamp", 0, tracker.stamp)
    db.conn.create_function("sync_tracking", 0, tracker.tracking)
    _trackers[db] = tracker
    return tracker


def tracker_of(db: Database) -> Tracker:
    return _trackers[db]


def start(db: Database) -> HybridClock:
    """Start the device clock once the schema is up to date, never below a stamp already stored
    (read once per process: the clock then keeps what it has seen)."""
    node = db.execute("SELECT value FROM settings WHERE key = ?", [DEVICE_KEY]).fetchone()[0]
    with _clocks_lock:
        known = node in _clocks
    clock = clock_for(node)
    if not known:
        latest = db.execute("SELECT max(value) FROM sync_rows, json_each(sync_rows.clocks)").fetchone()[0]
        if is_stamp(latest):
            clock.observe(latest)
    tracker_of(db).clock = clock
    return clock


@contextmanager
def applying(db: Database) -> Iterator[None]:
    """Writes inside are changes from elsewhere: not stamped, not marked to push."""
    tracker = tracker_of(db)
    tracker.depth += 1
    try:
        yield
    finally:
        tracker.depth -= 1


# --- triggers ----------------------------------------------------------------------------------


def columns(db: Database, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def install(db: Database, synced: Synced) -> None:
    """(Re)create the triggers of a synced table. A later migration that adds a
    column calls this again so that the new column is tracked too."""
    table, key = synced.table, synced.key
    case = f"new.{synced.case}" if synced.case else "NULL"
    old_case = f"old.{synced.case}" if synced.case else "NULL"
    for suffix in ("insert", "update", "delete"):
        db.execute(f"DROP TRIGGER IF EXISTS sync_{table}_{suffix}")
    db.execute(
        f"CREATE TRIGGER sync_{table}_insert AFTER INSERT ON {table} WHEN sync_tracking() BEGIN"
        f" INSERT INTO sync_rows (tbl, row_id, case_id, clocks, dirty, change)"
        f" VALUES ('{table}', new.{key}, {case}, json_object('*', sync_stamp()), 1, 1)"
        f" ON CONFLICT (tbl, row_id) DO UPDATE SET clocks = excluded.clocks, dirty = 1,"
        f" change = change + 1, deleted = 0; END"
    )
    if not synced.append_only:
        pairs = ", ".join(
            f"CASE WHEN old.{name} IS NOT new.{name} THEN '$.{name}' ELSE '$.~' END, sync_stamp()"
            for name in columns(db, table) if name != key
        )
        db.execute(
            f"CREATE TRIGGER sync_{table}_update AFTER UPDATE ON {table} WHEN sync_tracking() BEGIN"
            f" UPDATE sync_rows SET clocks = json_remove(json_set(clocks, {pairs}), '$.~'), dirty = 1,"
            f" change = change + 1, case_id = {case} WHERE tbl = '{table}' AND row_id = new.{key}; END"
        )
    db.execute(
        f"CREATE TRIGGER sync_{table}_delete AFTER DELETE ON {table} WHEN sync_tracking() BEGIN"
        f" UPDATE sync_rows SET deleted = 1, dirty = 1, change = change + 1,"
        f" clocks = json_set(clocks, '$._deleted', sync_stamp()), case_id = coalesce(case_id, {old_case})"
        f" WHERE tbl = '{table}' AND row_id = old.{key}; END"
    )
