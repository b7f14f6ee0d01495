"""The database file is useless without the key, and migrations are careful."""

import sqlite3
from pathlib import Path

import pytest

from desktop.domain.errors import StoreError, WrongPassphrase
from desktop.domain.settings import Profile
from desktop.services.cases import CaseService
from desktop.services.session import Session
from desktop.store import keys, schema
from desktop.store.connection import open_database
from desktop.store.profiles import ProfileStore
from tests.conftest import PASSPHRASE


@pytest.fixture
def db_file(session: Session, cases: CaseService) -> Path:
    """A profile database holding one case with unusual names, closed cleanly."""
    cases.create(
        {
            "given_name": "Zerbinette",
            "family_name": "Quasimodeau",
            "phone": "+221 77 987 65 43",
            "community": "Ouakamblanc",
        }
    )
    session.close()
    return session.path


def test_plain_sqlite3_cannot_read_the_file(db_file: Path) -> None:
    conn = sqlite3.connect(db_file)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def test_raw_bytes_hold_no_personal_data(db_file: Path) -> None:
    raw = b"".join(path.read_bytes() for path in db_file.parent.glob(db_file.name + "*"))
    assert len(raw) > 4096
    assert not raw.startswith(b"SQLite format 3")
    for secret in ("Zerbinette", "Quasimodeau", "zerbinette", "Ouakamblanc", "987 65 43", "987654"):
        assert secret.encode("utf-8") not in raw
        assert secret.encode("utf-16-le") not in raw


def test_another_key_is_a_wrong_passphrase(db_file: Path) -> None:
    with pytest.raises(WrongPassphrase):
        open_database(db_file, keys.new_data_key())


def test_the_right_key_reads_it(profile_store: ProfileStore, db_file: Path) -> None:
    key = profile_store.unlock("aminata", PASSPHRASE)
    db = open_database(db_file, key)
    try:
        assert db.execute("SELECT family_name FROM cases").fetchall() == [("Quasimodeau",)]
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        db.conn.close()


def test_a_damaged_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(WrongPassphrase):
        open_database(path, keys.new_data_key())


def test_a_missing_folder_cannot_be_opened(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as caught:
        open_database(tmp_path / "nowhere" / "x.db", keys.new_data_key())
    assert caught.value.key == "store.cannot_open"


# --- migrations -----------------------------------------------------------------------


def applied_names(db) -> set[str]:  # noqa: ANN001
    return {migration.name for migration in schema.migrations.applied(db)}


def test_prepare_applies_every_migration_to_a_new_database(tmp_path: Path) -> None:
    path, key = tmp_path / "new.db", keys.new_data_key()
    db = open_database(path, key)
    assert schema.prepare(db, path) is None  # nothing to back up in a new file
    assert applied_names(db) == schema.known_names()
    assert {"cases", "cases_fts", "household_members", "consents", "audit_log", "settings"} <= set(db.table_names())
    assert schema.prepare(db, path) is None  # a second run has nothing to do
    db.conn.close()
    assert not list(tmp_path.glob("*.before-*"))


def test_a_newer_schema_is_refused(profile_store: ProfileStore, db_file: Path) -> None:
    key = profile_store.unlock("aminata", PASSPHRASE)
    db = open_database(db_file, key)
    db["_sqlite_migrations"].insert(
        {"migration_set": "passerelle", "name": "m999_from_the_future", "applied_at": "2030-01-01"}
    )
    with pytest.raises(StoreError) as caught:
        schema.prepare(db, db_file)
    assert caught.value.key == "store.newer_schema"
    db.conn.close()
    # opening the profile says the same, and leaves the file alone
    with pytest.raises(StoreError) as caught:
        Session(profile_store.get("aminata"), db_file, profile_store.unlock("aminata", PASSPHRASE))
    assert caught.value.key == "store.newer_schema"
    assert not list(db_file.parent.glob("*.before-*"))


def test_the_file_is_copied_before_migrating(tmp_path: Path) -> None:
    names = [migration.name for migration in schema.migrations._migrations]
    assert len(names) >= 2
    path, key = tmp_path / "old.db", keys.new_data_key()
    db = open_database(path, key)
    schema.migrations.apply(db, stop_before=names[1])  # as an older version left it
    db["cases"].insert(
        {"id": "c1", "case_number": "OLD-1", "status": "registered", "created_at": "x", "updated_at": "x"}
    )
    db.conn.close()

    db = open_database(path, key)
    backup = schema.prepare(db, path)
    assert applied_names(db) == schema.known_names()
    db.conn.close()

    assert backup is not None and backup.exists()
    assert backup.name.startswith(f"old.db.before-{names[1]}-")
    copy = open_database(backup, key)  # the copy is encrypted with the same key
    try:
        assert applied_names(copy) == {names[0]}
        assert copy.execute("SELECT case_number FROM cases").fetchall() == [("OLD-1",)]
    finally:
        copy.conn.close()
    with pytest.raises(WrongPassphrase):
        open_database(backup, keys.new_data_key())


def test_opening_an_older_database_logs_the_copy_by_file_name(
    tmp_path: Path, profile: Profile, caplog: pytest.LogCaptureFixture
) -> None:
    names = [migration.name for migration in schema.migrations._migrations]
    path, key = tmp_path / "old.db", keys.new_data_key()
    db = open_database(path, key)
    schema.migrations.apply(db, stop_before=names[1])
    db.conn.close()

    with caplog.at_level("INFO", logger="desktop.services.session"):
        session = Session(profile, path, key)
    try:
        assert session.backup_path is not None
        assert session.backup_path.name in caplog.text
        assert str(tmp_path) not in caplog.text  # the name only, not the folder (it holds the user name)
    finally:
        session.close()
