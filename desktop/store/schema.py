"""Named, append-only migrations, a copy of the file before migrating, and a
refusal to open a database that a newer Passerelle has written.

Add a migration by appending a function below; never edit or reorder one that
has shipped.
"""

import shutil
import uuid
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from ..domain import hlc
from ..domain.errors import StoreError
from ..domain.enums import Status
from . import tracking
from .connection import checkpoint
from .report_schema import REPORT_INDEXES, REPORT_TABLES

#: lifecycle order of statuses, as SQL; indexed so the list sorts by it quickly
STATUS_RANK = "CASE status " + " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(Status)) + " END"

migrations = Migrations("passerelle")


@migrations()
def m001_cases(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE cases (
            id TEXT PRIMARY KEY,
            case_number TEXT NOT NULL UNIQUE,
            office_code TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            closure_reason TEXT,
            closure_note TEXT NOT NULL DEFAULT '',
            closed_on TEXT,
            given_name TEXT NOT NULL DEFAULT '',
            family_name TEXT NOT NULL DEFAULT '',
            sex TEXT NOT NULL DEFAULT 'unknown',
            birth_date TEXT,
            birth_date_estimated INTEGER NOT NULL DEFAULT 0,
            nationality TEXT NOT NULL DEFAULT '',
            languages TEXT NOT NULL DEFAULT '[]',
            phone TEXT NOT NULL DEFAULT '',
            documents TEXT NOT NULL DEFAULT '[]',
            host_country TEXT NOT NULL DEFAULT '',
            return_date TEXT,
            return_type TEXT,
            region TEXT NOT NULL DEFAULT '',
            district TEXT NOT NULL DEFAULT '',
            community TEXT NOT NULL DEFAULT '',
            vulnerabilities TEXT NOT NULL DEFAULT '[]',
            assigned_to TEXT NOT NULL DEFAULT '',
            next_follow_up TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            created_by TEXT NOT NULL DEFAULT '',
            updated_by TEXT NOT NULL DEFAULT '',
            name_key TEXT NOT NULL DEFAULT ''
        )
        """
    )
    # name_key: folded "family given", so names sort the same with or without accents.
    for column in ("status", "next_follow_up", "name_key", "community", "return_date", "updated_at", "assigned_to"):
        db.execute(f"CREATE INDEX idx_cases_{column} ON cases({column})")
    # covers the follow-up filters (date range on open cases) without reading rows
    db.execute("CREATE INDEX idx_cases_follow_up ON cases(next_follow_up, status)")
    # vulnerabilities as rows, kept in step with cases.vulnerabilities by triggers
    db.execute(
        "CREATE TABLE case_vulnerabilities (code TEXT NOT NULL, case_id TEXT NOT NULL,"
        " PRIMARY KEY (code, case_id)) WITHOUT ROWID"
    )
    fill = "INSERT INTO case_vulnerabilities (code, case_id) SELECT value, new.id FROM json_each(new.vulnerabilities);"
    db.execute(f"CREATE TRIGGER cases_vuln_insert AFTER INSERT ON cases BEGIN {fill} END")
    db.execute(
        "CREATE TRIGGER cases_vuln_update AFTER UPDATE OF vulnerabilities ON cases BEGIN"
        f" DELETE FROM case_vulnerabilities WHERE case_id = old.id; {fill} END"
    )
    db.execute(
        "CREATE TRIGGER cases_vuln_delete AFTER DELETE ON cases BEGIN"
        " DELETE FROM case_vulnerabilities WHERE case_id = old.id; END"
    )
    db.execute(f"CREATE INDEX idx_cases_status_rank ON cases({STATUS_RANK})")
    # Search index over folded text (see desktop.domain.text.fold); rowid = cases.rowid.
    db.execute(
        "CREATE VIRTUAL TABLE cases_fts USING fts5(body, content='', contentless_delete=1,"
        " tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
    )
    db.execute(
        """
        CREATE TABLE household_members (
            id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            relationship TEXT NOT NULL,
            sex TEXT NOT NULL,
            birth_year INTEGER,
            returned_too INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            created_by TEXT NOT NULL DEFAULT '', updated_by TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX idx_household_case ON household_members(case_id)")
    db.execute(
        """
        CREATE TABLE consents (
            id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            purpose TEXT NOT NULL,
            given INTEGER NOT NULL,
            recorded_on TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            provider TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            created_by TEXT NOT NULL DEFAULT '', updated_by TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX idx_consents_case ON consents(case_id)")
    db.execute("CREATE TABLE sequences (scope TEXT PRIMARY KEY, last INTEGER NOT NULL)")
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migrations()
def m002_audit(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            case_id TEXT,
            fields TEXT NOT NULL DEFAULT '[]',
            detail TEXT NOT NULL DEFAULT '{}',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX idx_audit_case ON audit_log(case_id)")
    db.execute(
        "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log"
        " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
    )
    db.execute(
        "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log"
        " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
    )


@migrations()
def m003_handbook_notes(db: Database) -> None:
    """Bookmarks and personal notes on handbook sections (ids are shared by all languages)."""
    db.execute("CREATE TABLE handbook_bookmarks (section_id TEXT PRIMARY KEY, created_at TEXT NOT NULL)")
    db.execute(
        "CREATE TABLE handbook_notes (section_id TEXT PRIMARY KEY, text TEXT NOT NULL, updated_at TEXT NOT NULL)"
    )


def known_names() -> set[str]:
    return {migration.name for migration in migrations._migrations}


_TRACKED = """
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            created_by TEXT NOT NULL DEFAULT '',
            updated_by TEXT NOT NULL DEFAULT ''
"""


@migrations()
def m004_forms(db: Database) -> None:
    """Form submissions (immutable, revisions chained), drafts, follow-up tasks,
    the provider directory and RSS scores."""
    db.execute(
        f"""
        CREATE TABLE submissions (
            id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id),
            form_id TEXT NOT NULL,
            form_version INTEGER NOT NULL,
            answers TEXT NOT NULL,
            acknowledgements TEXT NOT NULL DEFAULT '{{}}',
            revision_of TEXT UNIQUE REFERENCES submissions(id),
            chain_id TEXT NOT NULL,
            revision INTEGER NOT NULL,
            {_TRACKED}
        )
        """
    )
    db.execute("CREATE INDEX idx_submissions_case ON submissions(case_id, created_at)")
    db.execute("CREATE INDEX idx_submissions_form ON submissions(form_id)")
    db.execute(
        "CREATE TRIGGER submissions_immutable BEFORE UPDATE ON submissions"
        " BEGIN SELECT RAISE(ABORT, 'submissions are immutable: make a revision'); END"
    )
    db.execute(
        f"""
        CREATE TABLE drafts (
            id TEXT PRIMARY KEY,
            case_id TEXT REFERENCES cases(id),
            form_id TEXT NOT NULL,
            form_version INTEGER NOT NULL,
            answers TEXT NOT NULL,
            page INTEGER NOT NULL DEFAULT 0,
            revision_of TEXT,
            {_TRACKED}
        )
        """
    )
    db.execute("CREATE INDEX idx_drafts_case ON drafts(case_id)")
    db.execute(
        f"""
        CREATE TABLE tasks (
            id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id),
            kind TEXT NOT NULL,
            form_id TEXT NOT NULL,
            source_id TEXT NOT NULL,
            title TEXT NOT NULL,
            due_on TEXT NOT NULL,
            status TEXT NOT NULL,
            done_on TEXT,
            done_by TEXT,
            {_TRACKED}
        )
        """
    )
    db.execute("CREATE INDEX idx_tasks_due ON tasks(status, due_on)")
    db.execute("CREATE INDEX idx_tasks_case ON tasks(case_id)")
    db.execute(
        f"""
        CREATE TABLE providers (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            dimension TEXT NOT NULL DEFAULT '',
            services TEXT NOT NULL DEFAULT '[]',
            region TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1,
            {_TRACKED}
        )
        """
    )
    db.execute(
        """
        CREATE TABLE scores (
            submission_id TEXT PRIMARY KEY REFERENCES submissions(id),
            case_id TEXT NOT NULL,
            profile_id TEXT NOT NULL,
            economic REAL,
            social REAL,
            psychosocial REAL,
            composite REAL,
            computed_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX idx_scores_case ON scores(case_id)")


M005_TABLES = ("cases", "household_members", "consents", "submissions", "tasks", "providers", "scores")


@migrations()
def m005_sync(db: Database) -> None:
    """Sync bookkeeping: per-row field clocks and dirty marks kept by triggers
    (``desktop.store.tracking``), pull checkpoints, conflicts, past syncs. Rows
    that exist already are stamped now, as this device's."""
    db.execute(
        """
        CREATE TABLE sync_rows (
            tbl TEXT NOT NULL,
            row_id TEXT NOT NULL,
            case_id TEXT,
            clocks TEXT NOT NULL DEFAULT '{}',
            base TEXT NOT NULL DEFAULT '{}',
            server_ts INTEGER,
            dirty INTEGER NOT NULL DEFAULT 1,
            change INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (tbl, row_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX idx_sync_dirty ON sync_rows(dirty) WHERE dirty = 1")
    db.execute("CREATE INDEX idx_sync_case ON sync_rows(case_id)")
    db.execute("CREATE TABLE sync_checkpoints (collection TEXT PRIMARY KEY, since INTEGER NOT NULL)")
    db.execute(
        """
        CREATE TABLE sync_conflicts (
            id TEXT PRIMARY KEY,
            tbl TEXT NOT NULL,
            row_id TEXT NOT NULL,
            case_id TEXT,
            field TEXT NOT NULL,
            mine TEXT,
            theirs TEXT,
            mine_clock TEXT NOT NULL,
            theirs_clock TEXT NOT NULL,
            winner TEXT NOT NULL,
            found_at TEXT NOT NULL,
            resolved_at TEXT,
            kept TEXT,
            resolved_by TEXT
        )
        """
    )
    db.execute("CREATE INDEX idx_sync_conflicts_open ON sync_conflicts(case_id) WHERE resolved_at IS NULL")
    db.execute(
        """
        CREATE TABLE sync_runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            ok INTEGER NOT NULL DEFAULT 0,
            sent INTEGER NOT NULL DEFAULT 0,
            received INTEGER NOT NULL DEFAULT 0,
            conflicts INTEGER NOT NULL DEFAULT 0,
            bytes_sent INTEGER NOT NULL DEFAULT 0,
            bytes_received INTEGER NOT NULL DEFAULT 0,
            error TEXT
        )
        """
    )
    node = uuid.uuid4().hex[:12]
    db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", [tracking.DEVICE_KEY, node])
    stamp = hlc.encode(hlc.wall_ms(), 0, node)
    for synced in [synced for synced in tracking.SYNCED if synced.table in M005_TABLES]:
        case = synced.case or "NULL"
        db.execute(
            f"INSERT INTO sync_rows (tbl, row_id, case_id, clocks, dirty, change)"
            f" SELECT ?, {synced.key}, {case}, json_object('*', ?), 1, 1 FROM {synced.table}",
            [synced.table, stamp],
        )
        tracking.install(db, synced)


@migrations()
def m006_erasures_bundles(db: Database) -> None:
    """Erased cases (synced: every device purges them), device keys known for
    bundles and the last bundle imported from each, rows received before their
    case, anonymous records sent."""
    db.execute(
        "CREATE TABLE erasures (case_id TEXT PRIMARY KEY, reason TEXT NOT NULL, erased_on TEXT NOT NULL,"
        " erased_by TEXT NOT NULL)"
    )
    tracking.install(db, tracking.BY_TABLE["erasures"])
    db.execute(
        """
        CREATE TABLE sync_devices (
            device_id TEXT PRIMARY KEY,
            public_key TEXT NOT NULL,
            username TEXT NOT NULL DEFAULT '',
            registered INTEGER NOT NULL DEFAULT 0,
            last_sequence INTEGER NOT NULL DEFAULT 0,
            last_import_at TEXT
        )
        """
    )
    db.execute("CREATE TABLE sync_parked (tbl TEXT NOT NULL, row_id TEXT NOT NULL, record TEXT NOT NULL,"
               " PRIMARY KEY (tbl, row_id))")
    db.execute(
        "CREATE TABLE sync_anonymous (case_id TEXT PRIMARY KEY, record_id TEXT NOT NULL UNIQUE,"
        " digest TEXT NOT NULL)"
    )




@migrations()
def m007_report_indexes(db: Database) -> None:
    """Indexes of the dashboard and M&E reports (``report_schema.REPORT_INDEXES``)."""
    for sql in REPORT_INDEXES:
        db.execute(sql)


@migrations()
def m008_report_tables(db: Database) -> None:
    """What the reports need of each case's plans and referrals, worked out once from
    the answers and kept by triggers (``report_schema.REPORT_TABLES``), filled for the
    submissions there are."""
    for sql in REPORT_TABLES:
        db.execute(sql)


def prepare(db: Database, path: Path) -> Path | None:
    """Bring the schema up to date. Returns the path of the pre-migration copy,
    if one was made.

    Raises:
        StoreError(store.newer_schema): the file was written by a newer version.
    """
    applied = {migration.name for migration in migrations.applied(db)}
    if applied - known_names():
        raise StoreError("store.newer_schema")
    pending = migrations.pending(db)
    if not pending:
        return None
    backup = None
    if applied:
        checkpoint(db)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
        backup = path.with_name(f"{path.name}.before-{pending[0].name}-{stamp}")
        shutil.copy2(path, backup)
    migrations.apply(db)
    return backup
