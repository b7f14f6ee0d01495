"""Create, unlock, recover and re-key profiles."""

from ..domain.audit import AuditAction
from ..domain.errors import WeakPassphrase
from ..domain.passphrase import passphrase_problems
from ..domain.settings import Profile, Settings
from ..store import keys
from ..store.connection import rekey
from ..store.profiles import ProfileStore
from .session import Session


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
        session.save_settings(settings or Settings())
    except Exception:
        store.remove(profile.username)
        raise
    return recovery_key, session


def unlock(store: ProfileStore, username: str, passphrase: str) -> Session:
    profile = store.get(username)
    key = store.unlock(username, passphrase)
    return Session(profile, store.db_path(username), key)


def _rekey(store: ProfileStore, session: Session, new_passphrase: str) -> None:
    new_key = keys.new_data_key()
    rekey(session.db, new_key)
    store.set_key(session.profile.username, new_passphrase, bytes(new_key))
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
    session = Session(profile, store.db_path(username), key)
    _rekey(store, session, new_passphrase)
    return session
