"""Open a SQLCipher database with a raw key and wrap it in sqlite-utils.

sqlcipher3 is registered as ``pysqlite3`` before sqlite_utils is imported, so
that sqlite-utils' own ``except sqlite3.OperationalError`` clauses catch
sqlcipher3's exceptions. sqlite-utils is never given a path: it would open the
file without a key, unencrypted.
"""

import sys
from pathlib import Path

import sqlcipher3

sys.modules.setdefault("pysqlite3", sqlcipher3)
sys.modules.setdefault("pysqlite3.dbapi2", sqlcipher3.dbapi2)

import sqlite_utils  # noqa: E402  (must come after the alias above)

from ..domain.errors import StoreError, WrongPassphrase  # noqa: E402
from . import tracking  # noqa: E402

DatabaseError = sqlcipher3.dbapi2.DatabaseError
CACHE_KIB = 32768  # 32 MiB page cache: enough for the indexes the list uses, bounded memory
#: prepared statements kept per connection. sqlcipher3's cache (default 100) evicts its least-used
#: entry, the newest: once full (a new profile's migrations fill it) statements used in turn push
#: each other out and every execute prepares again; an upsert on cases, with its triggers, then
#: costs about 10 times its run
STATEMENT_CACHE = 1024


def key_pragma(key: bytes | bytearray) -> str:
    return f"\"x'{bytes(key).hex()}'\""


def open_database(path: Path, key: bytes | bytearray) -> sqlite_utils.Database:
    """Open (or create) the encrypted database at ``path`` with a 32-byte raw key.

    Raises:
        WrongPassphrase: the key does not open this file.
        StoreError: the file cannot be opened at all.
    """
    if len(key) != 32:
        raise ValueError("a raw SQLCipher key is 32 bytes")
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=True,
                                  cached_statements=STATEMENT_CACHE)
    except DatabaseError as error:
        raise StoreError("store.cannot_open") from error
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key_pragma(key)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as error:
        conn.close()
        raise WrongPassphrase() from error
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")
    # no sqlite-utils plugins: third-party code must not touch the encrypted connection
    db = sqlite_utils.Database(conn, execute_plugins=False)
    db.enable_wal()
    tracking.register(db)
    return db


def rekey(db: sqlite_utils.Database, new_key: bytes | bytearray) -> None:
    """Re-encrypt every page of the database with a new raw key."""
    db.execute(f"PRAGMA rekey = {key_pragma(new_key)}")


def checkpoint(db: sqlite_utils.Database) -> None:
    """Fold the WAL into the main file, so that a file copy is complete."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
