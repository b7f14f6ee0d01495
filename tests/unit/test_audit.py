"""The audit trail is append-only, and tampering is detected by its hash chain."""

import pytest

from desktop.domain.audit import AuditAction
from desktop.domain.enums import Status
from desktop.services import profiles
from desktop.services.cases import CaseService
from desktop.services.session import Session
from desktop.store.audit_repo import AuditRepo, _digest
from desktop.store.connection import DatabaseError
from desktop.store.profiles import ProfileStore
from tests.conftest import PASSPHRASE, TODAY


@pytest.fixture
def trail(session: Session, cases: CaseService) -> AuditRepo:
    """Six entries: create, update, view, status, create, update."""
    first = cases.create({"given_name": "Awa"})
    cases.update(first.id, {"phone": "+221 77 000 00 00"})
    cases.open_file(first.id)
    cases.move(first.id, Status.ASSESSED)
    second = cases.create({"given_name": "Moussa"})
    cases.update(second.id, {"community": "Pikine"})
    return session.audit


def count(session: Session) -> int:
    return session.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def test_an_untouched_trail_verifies(trail: AuditRepo, session: Session) -> None:
    check = trail.verify()
    assert (check.ok, check.entries, check.broken_at) == (True, 6, None)
    assert count(session) == 6


def test_an_empty_trail_verifies(session: Session) -> None:
    assert session.audit.verify().ok


def test_updates_and_deletes_are_blocked(trail: AuditRepo, session: Session) -> None:
    with pytest.raises(DatabaseError, match="append-only"):
        session.db.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2")
    with pytest.raises(DatabaseError, match="append-only"):
        session.db.execute("DELETE FROM audit_log WHERE seq = 2")
    with pytest.raises(DatabaseError, match="append-only"):
        session.db.execute("DELETE FROM audit_log")
    assert trail.verify().ok and count(session) == 6


def test_an_altered_entry_is_found(trail: AuditRepo, session: Session) -> None:
    session.db.execute("DROP TRIGGER audit_no_update")
    session.db.execute("""UPDATE audit_log SET fields = '["given_name"]' WHERE seq = 2""")
    check = trail.verify()
    assert (check.ok, check.broken_at, check.problem) == (False, 2, "audit.altered_entry")


def test_a_rewritten_entry_with_a_fresh_hash_is_found_at_the_next_one(trail: AuditRepo, session: Session) -> None:
    session.db.execute("DROP TRIGGER audit_no_update")
    seq, at, action, case_id, fields, detail, prev = session.db.execute(
        "SELECT seq, at, action, case_id, fields, detail, prev_hash FROM audit_log WHERE seq = 3"
    ).fetchone()
    forged = _digest(prev, at, "someone_else", action, case_id, fields, detail)
    session.db.execute("UPDATE audit_log SET actor = 'someone_else', hash = ? WHERE seq = 3", [forged])
    check = trail.verify()
    assert (check.ok, check.broken_at, check.problem) == (False, 4, "audit.altered_entry")


def test_a_removed_entry_in_the_middle_is_found(trail: AuditRepo, session: Session) -> None:
    session.db.execute("DROP TRIGGER audit_no_delete")
    session.db.execute("DELETE FROM audit_log WHERE seq = 3")
    check = trail.verify()
    assert (check.ok, check.broken_at, check.problem, check.entries) == (False, 3, "audit.missing_entry", 2)


def test_a_removed_first_entry_is_found(trail: AuditRepo, session: Session) -> None:
    session.db.execute("DROP TRIGGER audit_no_delete")
    session.db.execute("DELETE FROM audit_log WHERE seq = 1")
    check = trail.verify()
    assert (check.ok, check.broken_at, check.problem) == (False, 1, "audit.missing_entry")


def test_a_removed_last_entry_is_found(trail: AuditRepo, session: Session) -> None:
    session.db.execute("DROP TRIGGER audit_no_delete")
    session.db.execute("DELETE FROM audit_log WHERE seq = 6")
    check = trail.verify()
    assert (check.ok, check.broken_at, check.problem, check.entries) == (False, 6, "audit.missing_entry", 5)


def test_the_trail_goes_on_after_a_reopen(trail: AuditRepo, session: Session, profile_store: ProfileStore) -> None:
    session.close()
    reopened = profiles.unlock(profile_store, "aminata", PASSPHRASE)
    try:
        CaseService(reopened, today=TODAY).create({"given_name": "Binta"})
        check = reopened.audit.verify()
        assert (check.ok, check.entries) == (True, 7)
    finally:
        reopened.close()


def test_settings_changes_are_audited_by_name(session: Session) -> None:
    before = count(session)
    session.save_settings(session.settings.model_copy(update={"idle_lock_minutes": 20, "office_code": "TMB"}))
    session.save_settings(session.settings)  # nothing changed: nothing recorded
    rows = session.db.execute(
        "SELECT case_id, fields, detail FROM audit_log WHERE action = ?", [str(AuditAction.SETTINGS)]
    ).fetchall()
    assert count(session) == before + 1
    assert rows == [(None, '["idle_lock_minutes", "office_code"]', "{}")]
    assert session.audit.verify().ok
