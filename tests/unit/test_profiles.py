"""Profiles: create, unlock, wrong passphrase and the growing delay, recovery key,
change of passphrase."""

import json
from pathlib import Path

import pytest

from desktop.domain.enums import Role
from desktop.domain.errors import (
    LockedOut,
    ProfileError,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from desktop.domain.query import CaseQuery
from desktop.domain.settings import Profile
from desktop.services import profiles
from desktop.services.cases import CaseService
from desktop.services.session import Session
from desktop.store import keys as _keys
from desktop.store import schema
from desktop.store.settings_repo import SettingsRepo
from desktop.store.connection import open_database
from sqlcipher3.dbapi2 import ProgrammingError
from desktop.store.connection import rekey as _rekey_db
from desktop.store.profiles import MAX_DELAY_SECONDS, ProfileStore, lockout_delay
from tests.conftest import FAST_KDF, PASSPHRASE, TODAY, Clock

NEW_PASSPHRASE = "harbour lights 1987?"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def clocked_store(tmp_path: Path, clock: Clock) -> ProfileStore:
    return ProfileStore(tmp_path / "data", kdf=FAST_KDF, clock=clock)


def make_profile(store: ProfileStore, profile: Profile) -> str:
    """Create a profile holding one case; return its recovery key."""
    recovery_key, session = profiles.create_profile(store, profile, PASSPHRASE)
    CaseService(session, today=TODAY).create({"given_name": "Zerbinette", "family_name": "Exemplaire"})
    session.close()
    return recovery_key


def names_in(session: Session) -> list[str]:
    return [case.given_name for case in CaseService(session, today=TODAY).page(CaseQuery(), 0, 10)]


# --- create and unlock --------------------------------------------------------------


def test_create_then_unlock_shows_the_data(clocked_store: ProfileStore, profile: Profile) -> None:
    make_profile(clocked_store, profile)
    assert [p.username for p in clocked_store.list()] == ["aminata"]
    session = profiles.unlock(clocked_store, "aminata", PASSPHRASE)
    try:
        assert names_in(session) == ["Zerbinette"]
    finally:
        session.close()
    assert not session.is_open


def test_several_profiles_and_resolve(clocked_store: ProfileStore, profile: Profile) -> None:
    make_profile(clocked_store, profile)
    assert clocked_store.resolve(None).username == "aminata"
    other = Profile(username="omar", display_name="Omar Test", office="Erbil", role=Role.SUPERVISOR)
    make_profile(clocked_store, other)
    assert [p.username for p in clocked_store.list()] == ["aminata", "omar"]
    with pytest.raises(ProfileError) as caught:
        clocked_store.resolve(None)
    assert caught.value.key == "profile.ambiguous"
    assert clocked_store.resolve("omar").role is Role.SUPERVISOR
    with pytest.raises(ProfileError) as caught:
        clocked_store.resolve("nobody")
    assert caught.value.key == "profile.not_found"


def test_no_profile_yet(clocked_store: ProfileStore) -> None:
    with pytest.raises(ProfileError) as caught:
        clocked_store.resolve(None)
    assert caught.value.key == "profile.none"


def test_a_profile_name_is_taken_once(clocked_store: ProfileStore, profile: Profile) -> None:
    make_profile(clocked_store, profile)
    with pytest.raises(ProfileError) as caught:
        profiles.create_profile(clocked_store, profile, PASSPHRASE)
    assert caught.value.key == "profile.exists"


def test_a_weak_passphrase_creates_nothing(clocked_store: ProfileStore, profile: Profile) -> None:
    with pytest.raises(WeakPassphrase) as caught:
        profiles.create_profile(clocked_store, profile, "short")
    assert "passphrase.too_short" in caught.value.params["problems"]
    assert clocked_store.list() == []
    assert not clocked_store.folder("aminata").exists()


def test_a_failed_migration_closes_the_database_and_creates_nothing(
    clocked_store: ProfileStore, profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = []

    def broken(db, path):  # noqa: ANN001, ANN202
        opened.append(db)
        raise RuntimeError("migration failed")

    monkeypatch.setattr(schema, "prepare", broken)
    with pytest.raises(RuntimeError):
        profiles.create_profile(clocked_store, profile, PASSPHRASE)
    with pytest.raises(ProgrammingError):  # the connection was closed, not left open
        opened[0].conn.execute("SELECT 1")
    assert not clocked_store.folder("aminata").exists()


def test_a_session_that_fails_to_open_closes_its_connection(
    clocked_store: ProfileStore, profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_profile(clocked_store, profile)
    opened = []
    monkeypatch.setattr(SettingsRepo, "load", lambda self: opened.append(self.db) or 1 / 0)
    key = clocked_store.unlock("aminata", PASSPHRASE)
    with pytest.raises(ZeroDivisionError):
        Session(profile, clocked_store.db_path("aminata"), key)
    with pytest.raises(ProgrammingError):
        opened[0].conn.execute("SELECT 1")
    assert any(key)  # the key stays the caller's


def test_a_failed_first_save_closes_the_session(
    clocked_store: ProfileStore, profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    sessions = []
    real_save = Session.save_settings

    def failing_save(self: Session, settings: object) -> None:
        sessions.append(self)
        raise RuntimeError("disk full")

    monkeypatch.setattr(Session, "save_settings", failing_save)
    with pytest.raises(RuntimeError):
        profiles.create_profile(clocked_store, profile, PASSPHRASE)
    monkeypatch.setattr(Session, "save_settings", real_save)
    assert not sessions[0].is_open
    with pytest.raises(ProgrammingError):
        sessions[0].db.conn.execute("SELECT 1")
    assert not clocked_store.folder("aminata").exists()


def test_unlock_reads_the_profile_file_once(
    clocked_store: ProfileStore, profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_profile(clocked_store, profile)
    reads = []
    real_read = ProfileStore._read
    monkeypatch.setattr(ProfileStore, "_read", lambda self, name: reads.append(name) or real_read(self, name))
    profiles.unlock(clocked_store, "aminata", PASSPHRASE).close()
    assert reads == ["aminata"]


def test_profile_file_holds_no_key_in_clear(clocked_store: ProfileStore, profile: Profile) -> None:
    make_profile(clocked_store, profile)
    text = (clocked_store.folder("aminata") / "profile.json").read_text(encoding="utf-8")
    assert PASSPHRASE not in text
    assert "Zerbinette" not in text
    assert json.loads(text)["profile"]["display_name"] == "Aminata Test"


# --- wrong passphrase and the growing delay ----------------------------------------


def test_wrong_passphrase(clocked_store: ProfileStore, profile: Profile) -> None:
    make_profile(clocked_store, profile)
    with pytest.raises(WrongPassphrase) as caught:
        profiles.unlock(clocked_store, "aminata", "not the passphrase 1")
    assert caught.value.params["attempts"] == 1


def test_delay_grows_after_repeated_failures(clocked_store: ProfileStore, profile: Profile, clock: Clock) -> None:
    make_profile(clocked_store, profile)
    for _ in range(3):  # three free attempts
        assert clocked_store.seconds_to_wait("aminata") == 0
        with pytest.raises(WrongPassphrase):
            clocked_store.unlock("aminata", "guess 1234567")
    waits = []
    for _ in range(4):
        wait = clocked_store.seconds_to_wait("aminata")
        waits.append(wait)
        # during the delay even the right passphrase is refused, with the time left
        with pytest.raises(LockedOut) as caught:
            clocked_store.unlock("aminata", PASSPHRASE)
        assert caught.value.params["seconds"] == wait
        clock.now += wait - 1
        with pytest.raises(LockedOut) as caught:
            clocked_store.unlock("aminata", PASSPHRASE)
        assert caught.value.params["seconds"] == 1
        clock.now += 1
        with pytest.raises(WrongPassphrase):
            clocked_store.unlock("aminata", "guess 1234567")
    assert waits == [5, 10, 20, 40]


def test_delay_is_capped() -> None:
    assert [lockout_delay(n) for n in range(5)] == [0, 0, 0, 5, 10]
    assert lockout_delay(50) == MAX_DELAY_SECONDS == 300


def test_success_resets_the_failures(clocked_store: ProfileStore, profile: Profile, clock: Clock) -> None:
    make_profile(clocked_store, profile)
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            clocked_store.unlock("aminata", "guess 1234567")
    clock.now += clocked_store.seconds_to_wait("aminata")
    profiles.unlock(clocked_store, "aminata", PASSPHRASE).close()
    # the count starts again: three more free attempts
    for attempt in (1, 2, 3):
        with pytest.raises(WrongPassphrase) as caught:
            clocked_store.unlock("aminata", "guess 1234567")
        assert caught.value.params["attempts"] == attempt
    assert clocked_store.seconds_to_wait("aminata") == 5


def test_delay_holds_across_restarts(tmp_path: Path, clocked_store: ProfileStore, profile: Profile, clock: Clock) -> None:
    make_profile(clocked_store, profile)
    for _ in range(4):
        clock.now += clocked_store.seconds_to_wait("aminata")
        with pytest.raises(WrongPassphrase):
            clocked_store.unlock("aminata", "guess 1234567")
    restarted = ProfileStore(tmp_path / "data", kdf=FAST_KDF, clock=clock)
    assert restarted.seconds_to_wait("aminata") == 10
    with pytest.raises(LockedOut):
        profiles.unlock(restarted, "aminata", PASSPHRASE)


def test_delay_is_per_profile(clocked_store: ProfileStore, profile: Profile) -> None:
    make_profile(clocked_store, profile)
    make_profile(clocked_store, Profile(username="omar", display_name="Omar Test", office="Erbil"))
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            clocked_store.unlock("aminata", "guess 1234567")
    assert clocked_store.seconds_to_wait("omar") == 0
    profiles.unlock(clocked_store, "omar", PASSPHRASE).close()


# --- recovery key -------------------------------------------------------------------


def test_recovery_key_opens_and_sets_a_new_passphrase(clocked_store: ProfileStore, profile: Profile) -> None:
    recovery_key = make_profile(clocked_store, profile)
    assert len(recovery_key) == 39 and recovery_key.count("-") == 7
    session = profiles.recover(clocked_store, "aminata", recovery_key, NEW_PASSPHRASE)
    try:
        assert names_in(session) == ["Zerbinette"]
    finally:
        session.close()
    with pytest.raises(WrongPassphrase):
        clocked_store.unlock("aminata", PASSPHRASE)
    session = profiles.unlock(clocked_store, "aminata", NEW_PASSPHRASE)
    assert names_in(session) == ["Zerbinette"]
    session.close()
    # the recovery key still works after the re-key
    session = profiles.recover(clocked_store, "aminata", recovery_key, PASSPHRASE)
    assert names_in(session) == ["Zerbinette"]
    session.close()


@pytest.mark.parametrize("typed", [str.lower, lambda key: key.replace("-", ""), lambda key: " ".join(key.split("-"))])
def test_recovery_key_as_people_type_it(clocked_store: ProfileStore, profile: Profile, typed) -> None:  # noqa: ANN001
    recovery_key = make_profile(clocked_store, profile)
    key = clocked_store.recover("aminata", typed(recovery_key))
    db = open_database(clocked_store.db_path("aminata"), key)
    assert db.execute("SELECT given_name FROM cases").fetchall() == [("Zerbinette",)]
    db.conn.close()


def test_wrong_recovery_key_is_refused(clocked_store: ProfileStore, profile: Profile) -> None:
    recovery_key = make_profile(clocked_store, profile)
    other_key = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
    assert other_key != recovery_key
    for wrong in (other_key, "", "hello"):
        with pytest.raises(WrongRecoveryKey):
            profiles.recover(clocked_store, "aminata", wrong, NEW_PASSPHRASE)
    # nothing changed: the passphrase still opens the profile
    profiles.unlock(clocked_store, "aminata", PASSPHRASE).close()


def test_recovery_refuses_a_weak_new_passphrase(clocked_store: ProfileStore, profile: Profile) -> None:
    recovery_key = make_profile(clocked_store, profile)
    with pytest.raises(WeakPassphrase):
        profiles.recover(clocked_store, "aminata", recovery_key, "weak")
    profiles.unlock(clocked_store, "aminata", PASSPHRASE).close()


# --- change of passphrase -------------------------------------------------------------


def test_change_passphrase_rekeys_the_database(clocked_store: ProfileStore, profile: Profile) -> None:
    make_profile(clocked_store, profile)
    old_key = bytes(clocked_store.unlock("aminata", PASSPHRASE))
    session = profiles.unlock(clocked_store, "aminata", PASSPHRASE)
    profiles.change_passphrase(clocked_store, session, PASSPHRASE, NEW_PASSPHRASE)
    # the open session goes on working
    assert names_in(session) == ["Zerbinette"]
    session.close()

    path = clocked_store.db_path("aminata")
    with pytest.raises(WrongPassphrase):
        open_database(path, old_key)
    with pytest.raises(WrongPassphrase):
        clocked_store.unlock("aminata", PASSPHRASE)
    session = profiles.unlock(clocked_store, "aminata", NEW_PASSPHRASE)
    try:
        assert names_in(session) == ["Zerbinette"]
        actions = [row[0] for row in session.db.execute("SELECT action FROM audit_log")]
        assert actions.count("passphrase") == 1
        assert session.audit.verify().ok
    finally:
        session.close()


def test_change_passphrase_needs_the_current_one(clocked_store: ProfileStore, profile: Profile) -> None:
    make_profile(clocked_store, profile)
    session = profiles.unlock(clocked_store, "aminata", PASSPHRASE)
    try:
        with pytest.raises(WrongPassphrase):
            profiles.change_passphrase(clocked_store, session, "not it at all 1", NEW_PASSPHRASE)
        with pytest.raises(WeakPassphrase):
            profiles.change_passphrase(clocked_store, session, PASSPHRASE, "weak")
    finally:
        session.close()
    profiles.unlock(clocked_store, "aminata", PASSPHRASE).close()


# --- a passphrase change interrupted by a crash loses nothing ---------------------


@pytest.mark.parametrize("crash_after_rekey", [False, True], ids=["before-rekey", "after-rekey"])
def test_interrupted_passphrase_change_still_opens_with_the_new_passphrase(
    profile_store: ProfileStore, profile: Profile, crash_after_rekey: bool
) -> None:
    recovery_key, session = profiles.create_profile(profile_store, profile, PASSPHRASE)
    kept = CaseService(session).create({"given_name": "Mariama", "family_name": "Crashtest"})
    old_key, new_key = bytes(session._key), _keys.new_data_key()
    profile_store.begin_rekey("aminata", "after the storm 88", bytes(new_key), old_key)
    if crash_after_rekey:
        _rekey_db(session.db, new_key)
    session.db.conn.close()  # the "crash": no finish_rekey, no audit entry

    reopened = profiles.unlock(profile_store, "aminata", "after the storm 88")
    try:
        assert CaseService(reopened).get(kept.id).family_name == "Crashtest"
    finally:
        reopened.close()
    assert profile_store._read("aminata").pending is None
    with pytest.raises(WrongPassphrase):
        open_database(profile_store.db_path("aminata"), old_key)
    recovered = profiles.recover(profile_store, "aminata", recovery_key, "third time lucky 3")
    recovered.close()


def test_interrupted_change_can_be_finished_with_the_recovery_key(profile_store: ProfileStore, profile: Profile) -> None:
    recovery_key, session = profiles.create_profile(profile_store, profile, PASSPHRASE)
    old_key, new_key = bytes(session._key), _keys.new_data_key()
    profile_store.begin_rekey("aminata", "after the storm 88", bytes(new_key), old_key)
    session.db.conn.close()
    recovered = profiles.recover(profile_store, "aminata", recovery_key, "third time lucky 3")
    try:
        assert CaseService(recovered).count(CaseQuery()) == 0
    finally:
        recovered.close()
    profiles.unlock(profile_store, "aminata", "third time lucky 3").close()
