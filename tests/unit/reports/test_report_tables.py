"""The report tables (migration m008) stay right whatever writes the
submissions: a form submitted or revised, a row received by sync or deleted
there, a case erased, a case's office or return date changed; and the
migration fills them for the data a profile already holds as the triggers
would have.

One case, returned 2026-10-01, throughout: its plan rows are checked by hand,
and after every step the tables equal what the migration's own statements
work out from the submissions then (``rebuilt``).
"""

import json
from collections.abc import Iterator
from typing import Any

import pytest

from desktop.domain.case import new_id, utc_now
from desktop.domain.enums import ConsentPurpose, ErasureReason, Status
from desktop.domain.records import Provider
from desktop.services.forms import FormCatalogue, FormService
from desktop.services.reports import ReportService
from desktop.services.session import Session
from desktop.store import schema
from desktop.store.report_schema import REPORT_TABLES
from desktop.store.sync_repo import SyncRepo
from desktop.store.tracking import BY_TABLE
from tests.conftest import TODAY
from tests.unit.reports.helpers import OFFICE, consent, forms_on, item, open_profile, plan, submit

TABLES = ("report_plans", "report_plan_items", "report_referrals")


def rows(db: Any) -> dict[str, set[tuple]]:
    return {table: set(db.execute(f"SELECT * FROM {table}").fetchall()) for table in TABLES}


def rebuilt(db: Any) -> dict[str, set[tuple]]:
    """The report rows the migration's statements work out from the submissions there are now."""
    db.execute("SAVEPOINT rebuild")
    try:
        for table in TABLES:
            db.execute(f"DELETE FROM {table}")
        for sql in REPORT_TABLES:
            if sql.startswith("INSERT"):
                db.execute(sql)
        return rows(db)
    finally:
        db.execute("ROLLBACK TO rebuild")
        db.execute("RELEASE rebuild")


def plan_row(db: Any, case_id: str) -> tuple | None:
    """(office, return date, first agreed, days) of the case's plans."""
    return db.execute("SELECT office_code, return_date, first_agreed, days FROM report_plans WHERE case_id = ?",
                      [case_id]).fetchone()


def items(db: Any, case_id: str) -> dict[tuple[str, str], int]:
    return {(kind, delivery): n for kind, delivery, n in db.execute(
        "SELECT item_type, delivery, n FROM report_plan_items WHERE case_id = ?", [case_id])}


def outcomes(db: Any, case_id: str) -> dict[str, int]:
    return dict(db.execute("SELECT outcome, n FROM report_referrals WHERE case_id = ?", [case_id]).fetchall())


@pytest.fixture
def session(tmp_path: Any) -> Iterator[Session]:
    session = open_profile(tmp_path)
    yield session
    session.close()


@pytest.fixture
def forms(session: Session) -> FormService:
    return forms_on(session, TODAY, FormCatalogue())


@pytest.fixture
def case_id(forms: FormService) -> str:
    case_id = forms.cases.create({"given_name": "Awa", "family_name": "Test", "return_date": "2026-10-01"}).id
    consent(forms, case_id, ConsentPurpose.ASSISTANCE, ConsentPurpose.REFERRAL)
    forms.cases.move(case_id, Status.ASSESSED)
    return case_id


def _referral(session: Session, sent: str) -> dict[str, Any]:
    provider = session.providers.save(Provider(name="Centre Exemple", dimension="social")).id
    return {"dimension": "social", "service_type": "housing", "provider": provider, "reason": "Logement",
            "urgency": "soon", "info_shared": ["contact"], "consent_checked": "yes", "sent_how": "phone_call",
            "sent_on": sent}


def test_plans_submitted_and_revised(session: Session, forms: FormService, case_id: str) -> None:
    db = session.db
    assert plan_row(db, case_id) is None and rebuilt(db) == rows(db)
    first = plan(forms, case_id, "2026-10-20", item("housing", "direct", "planned"),
                 item("counselling", "referral", "cancelled"), item("housing", "direct", "delivered"))
    assert plan_row(db, case_id) == (OFFICE, "2026-10-01", "2026-10-20", 19)
    assert items(db, case_id) == {("housing", "direct"): 2}  # the cancelled one left out
    # a revision replaces it: agreed earlier, the counselling item no longer cancelled
    plan(forms, case_id, "2026-10-10", item("housing", "direct", "planned"),
         item("counselling", "referral", "planned"), revision_of=first.id)
    assert plan_row(db, case_id) == (OFFICE, "2026-10-01", "2026-10-10", 9)
    assert items(db, case_id) == {("housing", "direct"): 2, ("counselling", "referral"): 1}
    # a second plan, agreed later: the latest gives the items, the first the days
    plan(forms, case_id, "2026-11-02", item("education", "referral", "planned"))
    assert plan_row(db, case_id) == (OFFICE, "2026-10-01", "2026-10-10", 9)
    assert items(db, case_id) == {("education", "referral"): 1}
    assert rebuilt(db) == rows(db)


def test_referrals_and_their_outcomes(session: Session, forms: FormService, case_id: str) -> None:
    db = session.db
    sent = submit(forms, "referral", case_id, _referral(session, "2026-11-01"))
    submit(forms, "referral", case_id, _referral(session, "2026-11-03"))
    assert outcomes(db, case_id) == {"sent": 2}
    submit(forms, "referral", case_id, {"outcome_status": "accepted", "outcome_date": "2026-11-10"},
           revision_of=sent.id)
    assert outcomes(db, case_id) == {"sent": 1, "accepted": 1}
    assert rebuilt(db) == rows(db)


def test_a_change_of_return_date_or_office_is_copied(session: Session, forms: FormService, case_id: str) -> None:
    db = session.db
    plan(forms, case_id, "2026-10-20", item("housing", "direct", "planned"))
    submit(forms, "referral", case_id, _referral(session, "2026-11-01"))
    forms.cases.update(case_id, {"return_date": "2026-10-15"})
    assert plan_row(db, case_id) == (OFFICE, "2026-10-15", "2026-10-20", 5)
    db.execute("UPDATE cases SET office_code = 'THS' WHERE id = ?", [case_id])  # as a synced edit would
    assert plan_row(db, case_id)[0] == "THS"
    assert db.execute("SELECT DISTINCT office_code FROM report_plan_items").fetchall() == [("THS",)]
    assert db.execute("SELECT DISTINCT office_code FROM report_referrals").fetchall() == [("THS",)]
    board = ReportService(session, today=TODAY).dashboard()  # no longer the profile's office's
    assert board.plan_timing.count == 0 and board.plan_items_by_type == ()
    assert rebuilt(db) == rows(db)


def _received_plan(case_id: str, agreed: str, kind: str) -> dict[str, Any]:
    """A plan submission as another device made it and sync brings it."""
    row_id, now = new_id(), utc_now()
    answers = {"agreed_on": agreed, "items": [item(kind, "referral", "in_progress")]}
    return {"id": row_id, "case_id": case_id, "form_id": "reintegration_plan", "form_version": 1,
            "answers": json.dumps(answers), "acknowledgements": "{}", "revision_of": None, "chain_id": row_id,
            "revision": 1, "created_at": now, "updated_at": now, "created_by": "other", "updated_by": "other"}


def test_a_plan_received_by_sync_and_deleted_there(session: Session, forms: FormService, case_id: str) -> None:
    db = session.db
    plan(forms, case_id, "2026-10-20", item("housing", "direct", "planned"))
    sync = SyncRepo(db, "reporter")
    received = _received_plan(case_id, "2026-11-01", "job_placement")
    sync.apply_new(BY_TABLE["submissions"], [(received["id"], received, {}, 1)])
    assert items(db, case_id) == {("job_placement", "referral"): 1}  # the latest plan now
    assert plan_row(db, case_id)[2:] == ("2026-10-20", 19)
    assert rebuilt(db) == rows(db)
    sync.remove(BY_TABLE["submissions"], received["id"], 2)
    assert items(db, case_id) == {("housing", "direct"): 1}
    assert rebuilt(db) == rows(db)


def test_an_erased_case_leaves_no_report_row(session: Session, forms: FormService, case_id: str) -> None:
    db = session.db
    plan(forms, case_id, "2026-10-20", item("housing", "direct", "planned"))
    submit(forms, "referral", case_id, _referral(session, "2026-11-01"))
    assert plan_row(db, case_id) is not None and outcomes(db, case_id)
    session.erasures.erase(case_id, ErasureReason.REQUESTED, TODAY)
    assert rows(db) == {table: set() for table in TABLES}


def test_the_migration_fills_the_tables_for_existing_data(session: Session, forms: FormService,
                                                          case_id: str) -> None:
    db = session.db
    first = plan(forms, case_id, "2026-10-20", item("housing", "direct", "planned"))
    plan(forms, case_id, "2026-10-12", item("housing", "referral", "planned"), revision_of=first.id)
    other = forms.cases.create({"given_name": "Binta", "family_name": "Test", "return_date": "2026-09-01"}).id
    consent(forms, other, ConsentPurpose.ASSISTANCE, ConsentPurpose.REFERRAL)
    forms.cases.move(other, Status.ASSESSED)
    plan(forms, other, "2026-09-05", item("education", "direct", "planned"))
    submit(forms, "referral", other, _referral(session, "2026-11-01"))
    kept = rows(db)
    # the profile as an older version left it: no report tables, no triggers
    for name, kind in db.execute("SELECT name, type FROM sqlite_master WHERE name LIKE 'report_%'"
                                 " AND type IN ('table', 'trigger')").fetchall():
        db.execute(f"DROP {kind.upper()} IF EXISTS {name}")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm008_report_tables'")
    schema.migrations.apply(db)
    assert rows(db) == kept
    assert plan_row(db, case_id) == (OFFICE, "2026-10-01", "2026-10-12", 11)
    assert plan_row(db, other) == (OFFICE, "2026-09-01", "2026-09-05", 4)
