"""Create, unlock, recover and re-key profiles."""

import logging
from collections.abc import Callable

from ..domain.audit import AuditAction
from ..domain.errors import WeakPassphrase, WrongPassphrase
from ..domain.passphrase import passphrase_problems
from ..domain.settings import Profile, Settings
from ..store import keys
from ..store.connection import rekey
from ..store.profiles import ProfileStore
from .session import Session

log = logging.getLogger(__name__)


def check_passphrase(passphrase: str, display_name: str) -> None:
    problems = passphrase_problems(passphrase, display_name)
    if problems:
        raise WeakPassphrase(problems[0], problems=problems)


def create_profile(store: ProfileStore, profile: Profile, passphrase: str, settings: Settings | None = None) -> tuple[str, Session]:
    """Create a profile and its encrypted database. Returns the one-time recovery
    key (to show once) and the open session."""
    check_passphrase(passphrase, profile.display_name)
    recovery_key, data_key = store.create(profile, passphrase)
    try:
        session = Session(profile, store.db_path(profile.username), data_key)
    except BaseException:
        keys.wipe(data_key)  # Session closed its connection
        store.remove(profile.username)
        raise
    try:
        session.save_settings(settings or Settings())
    except BaseException:
        session.close()  # closes the database and wipes the key, so the folder can go
        store.remove(profile.username)
        raise
    return recovery_key, session


def _open(
    store: ProfileStore,
    profile: Profile,
    key: bytearray,
    old_key: Callable[[], bytearray | None],
    rekey_pending: bool = True,
) -> Session:
    """Open the database; if a re-key was interrupted before it reached the
    database, open it with the old key and finish the re-key now.
    ``rekey_pending=False`` (the profile file, just read, holds no old key)
    spares reading the file again to finish a re-key there is none of."""
    path = store.db_path(profile.username)
    try:
        session = Session(profile, path, key)
    except WrongPassphrase:
        previous = old_key()
        if previous is None:
            raise
        session = Session(profile, path, previous)
        rekey(session.db, key)
        keys.wipe(previous)
        session._key = key
        log.warning("an interrupted passphrase change was completed")
        rekey_pending = True
    if rekey_pending:
        store.finish_rekey(profile.username)
    return session


def unlock(store: ProfileStore, username: str, passphrase: str) -> Session:
    data, key = store.unlock_profile(username, passphrase)
    return _open(
        store, data.profile, key, lambda: store.pending_key(username, passphrase=passphrase), data.pending is not None
    )


def _rekey(store: ProfileStore, session: Session, new_passphrase: str) -> None:
    """Crash-safe: the key file learns the new key (keeping the old one) before
    the database is re-encrypted, and forgets the old one after."""
    new_key = keys.new_data_key()
    username = session.profile.username
    store.begin_rekey(username, new_passphrase, bytes(new_key), bytes(session._key or b""))
    rekey(session.db, new_key)
    store.finish_rekey(username)
    keys.wipe(session._key)
    session._key = new_key
    session.audit.record(AuditAction.PASSPHRASE)


def change_passphrase(store: ProfileStore, session: Session, current: str, new_passphrase: str) -> None:
    """Check the current passphrase, then re-key the database with a new data key."""
    check_passphrase(new_passphrase, session.profile.display_name)
    keys.wipe(store.unlock(session.profile.username, current))
    _rekey(store, session, new_passphrase)


def recover(store: ProfileStore, username: str, recovery_key: str, new_passphrase: str) -> Session:
    """Open a profile with its recovery key and set a new passphrase (re-keying)."""
    profile = store.get(username)
    check_passphrase(new_passphrase, profile.display_name)
    key = store.recover(username, recovery_key)
    session = _open(store, profile, key, lambda: store.pending_key(username, recovery_key=recovery_key))
    _rekey(store, session, new_passphrase)
    return session
