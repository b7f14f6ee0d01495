"""A page of cases received together (``SyncRepo.apply_new``): a case whose number is taken here."""

from desktop.services.cases import CaseService
from desktop.services.session import Session
from desktop.store.sync_repo import SyncRepo
from desktop.store.tracking import BY_TABLE, tracker_of
from tests.conftest import TODAY

NEW_CASE = {"given_name": "Awa", "family_name": "Diop", "sex": "female"}


def incoming_like(session: Session, local_id: str, new_id: str) -> tuple[dict, dict]:
    """A case made on another laptop with the same number as ``local_id`` (all columns)."""
    cursor = session.db.execute("SELECT * FROM cases WHERE id = ?", [local_id])
    values = dict(zip([d[0] for d in cursor.description], cursor.fetchone()))
    values.update(id=new_id, given_name="Binta")
    stamp = tracker_of(session.db).stamp()
    return values, {name: stamp for name in values}


def test_an_incoming_case_renumbered_here_stays_to_send(session: Session) -> None:
    cases = CaseService(session, today=TODAY)
    mine = cases.create(NEW_CASE)
    theirs_id = "f" * 32  # the larger id: the incoming case is the one renumbered
    assert theirs_id > mine.id
    values, clocks = incoming_like(session, mine.id, theirs_id)
    repo = SyncRepo(session.db, session.profile.username)
    with session.db.atomic():
        written = repo.apply_new(BY_TABLE["cases"], [(theirs_id, values, clocks, 1_000)])
    number = session.db.execute("SELECT case_number FROM cases WHERE id = ?", [theirs_id]).fetchone()[0]
    assert number.startswith(f"{mine.case_number}-")  # renumbered here...
    dirty, = session.db.execute("SELECT dirty FROM sync_rows WHERE tbl = 'cases' AND row_id = ?",
                                [theirs_id]).fetchone()
    assert (written, dirty) == (1, 1)  # ...once, as an edit that syncs

