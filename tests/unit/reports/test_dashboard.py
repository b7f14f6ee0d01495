"""The caseload dashboard over a small office built by hand through the
services, every number checked against the arithmetic in the comments, and
every number's filter against the cases it must open.

Today is 2026-11-25; "due soon" is 2026-11-25 to 2026-12-02 (7 days).

Office DAKAR (the profile's), seven cases:

==== ============ ========= ============ ====================================================
case status       returned  next visit   forms
==== ============ ========= ============ ====================================================
C1   registered   11-01     11-20        -
C2   assessed     10-15     11-28        2 screenings (11-10, today): health, single parent
C3   plan_agreed  10-01     -            plan agreed 10-20: housing direct planned,
                                         counselling referral in progress
C4   assistance   08-01     -            plan 09-15 (vocational direct delivered, housing
                                         referral cancelled), revised: agreed 09-10, housing
                                         referral planned; vulnerable: elderly
C5   monitoring   06-01     12-01        plan A 06-10 (business direct delivered); plan B
                                         07-01 (business direct delivered, counselling direct
                                         planned); referral 07-05 revised: service received
C6   closed       03-01     11-01        plan 05-01 (job placement referral in progress,
                                         education direct cancelled); referral 05-10 revised:
                                         declined; vulnerable: disability
C7   assessed     11-10     -            referral 11-20 soon (no outcome); referral 11-01
                                         urgent revised: accepted; vulnerable: health
==== ============ ========= ============ ====================================================

Office THS: T1, plan_agreed, returned 11-01, visit 11-01, health, plan 11-05
(cash assistance direct): in no number of DAKAR.
"""

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from desktop.domain.enums import ClosureReason, ConsentPurpose, Status
from desktop.domain.query import CaseQuery
from desktop.domain.records import Provider
from desktop.services.forms import FormCatalogue
from desktop.services.reports import CaseFilter, Dashboard, Figure, ReportService, Subset
from desktop.store.report_schema import PLAN_ITEM_SLOTS
from tests.conftest import TODAY
from tests.unit.reports.helpers import OFFICE, OTHER_OFFICE, consent, forms_on, item, office, open_profile, plan, submit

CALM = {"immediate_safety": "no", "urgent_medical": "no"}


def _referral(provider: str, sent: str, urgency: str) -> dict[str, Any]:
    return {"dimension": "social", "service_type": "housing", "provider": provider, "reason": "Logement",
            "urgency": urgency, "info_shared": ["contact"], "consent_checked": "yes", "sent_how": "phone_call",
            "sent_on": sent}


class Office:
    """The data set: the report service and each case's id by name."""

    def __init__(self, reports: ReportService, ids: dict[str, str]):
        self.reports = reports
        self.ids = ids

    def names(self, case_ids: list[str]) -> set[str]:
        by_id = {case_id: name for name, case_id in self.ids.items()}
        return {by_id[case_id] for case_id in case_ids}

    def opens(self, figure: Figure | CaseFilter) -> set[str]:
        """The names of the cases a figure's filter opens; its count agrees."""
        found = figure.filter if isinstance(figure, Figure) else figure
        ids = self.reports.case_ids(found)
        assert self.reports.count(found) == len(ids)
        resolved = self.reports.resolve(found)
        assert resolved.subset is None and sorted(self.reports.case_ids(resolved)) == sorted(ids)
        return self.names(ids)


@pytest.fixture(scope="module")
def data(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    session = open_profile(tmp_path_factory.mktemp("dashboard"))
    catalogue = FormCatalogue()
    forms = forms_on(session, TODAY, catalogue)
    cases = forms.cases
    provider = session.providers.save(Provider(name="Centre Exemple", dimension="social")).id
    ids: dict[str, str] = {}

    def case(name: str, returned: str, **fields: Any) -> str:
        ids[name] = cases.create({"given_name": name, "family_name": "Test", "sex": "female",
                                  "return_date": returned, **fields}).id
        return ids[name]

    case("C1", "2026-11-01", next_follow_up="2026-11-20")
    c2 = case("C2", "2026-10-15", next_follow_up="2026-11-28")
    cases.move(c2, Status.ASSESSED)
    screening = {**CALM, "vulnerabilities": ["health", "single_parent"], "person_wishes": "accepts_referral"}
    submit(forms_on(session, date(2026, 11, 10), catalogue), "vulnerability_screening", c2,
           {**screening, "screening_date": "2026-11-10"})  # full screening due 11-17
    submit(forms, "vulnerability_screening", c2, {**screening, "screening_date": "2026-11-25"})  # due 12-02

    c3 = case("C3", "2026-10-01")
    consent(forms, c3, ConsentPurpose.ASSISTANCE)
    cases.move(c3, Status.ASSESSED)
    plan(forms, c3, "2026-10-20", item("housing", "direct", "planned"),
         item("counselling", "referral", "in_progress"))  # monitoring visit due 2027-01-18

    c4 = case("C4", "2026-08-01", vulnerabilities=["elderly"])
    consent(forms, c4, ConsentPurpose.ASSISTANCE)
    cases.move(c4, Status.ASSESSED)
    first = plan(forms, c4, "2026-09-15", item("vocational_training", "direct", "delivered"),
                 item("housing", "referral", "cancelled"))
    plan(forms, c4, "2026-09-10", item("vocational_training", "direct", "delivered"),
         item("housing", "referral", "planned"), revision_of=first.id)  # visit due 12-09; the first one's cancelled
    cases.move(c4, Status.ASSISTANCE)

    c5 = case("C5", "2026-06-01", next_follow_up="2026-12-01")
    consent(forms, c5, ConsentPurpose.ASSISTANCE, ConsentPurpose.REFERRAL)
    cases.move(c5, Status.ASSESSED)
    plan(forms, c5, "2026-06-10", item("business_start_up", "direct", "delivered"))  # visit due 09-08
    plan(forms, c5, "2026-07-01", item("business_start_up", "direct", "delivered"),
         item("counselling", "direct", "planned"))  # visit due 09-29
    sent = submit(forms, "referral", c5, _referral(provider, "2026-07-05", "routine"))
    submit(forms, "referral", c5, {"outcome_status": "service_received", "outcome_date": "2026-07-20"},
           revision_of=sent.id)
    cases.move(c5, Status.ASSISTANCE)
    cases.move(c5, Status.MONITORING)

    c6 = case("C6", "2026-03-01", next_follow_up="2026-11-01", vulnerabilities=["disability"])
    consent(forms, c6, ConsentPurpose.ASSISTANCE, ConsentPurpose.REFERRAL)
    cases.move(c6, Status.ASSESSED)
    plan(forms, c6, "2026-05-01", item("job_placement", "referral", "in_progress"),
         item("education", "direct", "cancelled"))
    sent = submit(forms, "referral", c6, _referral(provider, "2026-05-10", "soon"))
    submit(forms, "referral", c6, {"outcome_status": "declined", "outcome_date": "2026-05-20"}, revision_of=sent.id)
    cases.close(c6, ClosureReason.SUPPORT_ENDED)

    c7 = case("C7", "2026-11-10", vulnerabilities=["health"])
    consent(forms, c7, ConsentPurpose.REFERRAL)
    cases.move(c7, Status.ASSESSED)
    submit(forms, "referral", c7, _referral(provider, "2026-11-20", "soon"))  # follow-up due 11-27
    sent = submit(forms, "referral", c7, _referral(provider, "2026-11-01", "urgent"))
    submit(forms, "referral", c7, {"outcome_status": "accepted", "outcome_date": "2026-11-10"},
           revision_of=sent.id)  # the revision's follow-up is due 11-04 again

    with office(session, OTHER_OFFICE):
        t1 = case("T1", "2026-11-01", next_follow_up="2026-11-01", vulnerabilities=["health"])
    consent(forms, t1, ConsentPurpose.ASSISTANCE)
    cases.move(t1, Status.ASSESSED)
    plan(forms, t1, "2026-11-05", item("business_start_up", "direct", "planned"))

    yield Office(ReportService(session, today=TODAY), ids)
    session.close()


@pytest.fixture(scope="module")
def board(data: Office) -> Dashboard:
    return data.reports.dashboard()


def counts(figures: tuple[Figure, ...]) -> dict[str, int]:
    return {figure.code: figure.count for figure in figures}


def test_the_dashboard_is_for_the_profiles_office_and_today(data: Office, board: Dashboard) -> None:
    assert (board.office_code, board.today) == (OFFICE, TODAY)
    assert board.total.count == 7  # C1..C7; T1 is another office's
    assert data.opens(board.total) == {"C1", "C2", "C3", "C4", "C5", "C6", "C7"}


def test_cases_by_status(data: Office, board: Dashboard) -> None:
    assert counts(board.by_status) == {"registered": 1, "assessed": 2, "plan_agreed": 1, "assistance": 1,
                                       "monitoring": 1, "closed": 1}
    assert [figure.code for figure in board.by_status] == [str(status) for status in Status]
    opened = {figure.code: data.opens(figure) for figure in board.by_status}
    assert opened == {"registered": {"C1"}, "assessed": {"C2", "C7"}, "plan_agreed": {"C3"}, "assistance": {"C4"},
                      "monitoring": {"C5"}, "closed": {"C6"}}


def test_follow_up_visits_overdue_and_due_this_week(data: Office, board: Dashboard) -> None:
    # next visit before 11-25 on an open case: C1 (11-20); C6's 11-01 is on a closed case, T1's another office's
    assert board.follow_ups_overdue.count == 1
    assert data.opens(board.follow_ups_overdue) == {"C1"}
    # from 11-25 to 12-02: C2 (11-28), C5 (12-01)
    assert board.follow_ups_due_soon.count == 2
    assert data.opens(board.follow_ups_due_soon) == {"C2", "C5"}
    # the very filters of the case list
    assert board.follow_ups_overdue.filter.query == CaseQuery(follow_up="overdue")


def test_tasks_overdue_and_due_this_week(data: Office, board: Dashboard) -> None:
    # open tasks due before 11-25 on open cases:
    #   C2 full screening 11-10 + 7 = 11-17; C5 monitoring visits 06-10 + 90 = 09-08 and 07-01 + 90 = 09-29;
    #   C7 referral follow-up 11-01 + 3 = 11-04 (made again by the revision, the first one cancelled)
    #   not: C5's referral follow-up (cancelled by the revision, none after "service received"),
    #   C6's visit 07-30 (closed case), C4's first visit (cancelled when the plan was revised)
    assert (board.tasks_overdue.count, board.tasks_overdue.cases) == (4, 3)
    assert data.opens(board.tasks_overdue) == {"C2", "C5", "C7"}
    # due 11-25..12-02: C2 full screening 11-25 + 7 = 12-02; C7 referral 11-20 + 7 = 11-27
    #   not: C4's visit 09-10 + 90 = 12-09, C3's 10-20 + 90 = 2027-01-18
    assert (board.tasks_due_soon.count, board.tasks_due_soon.cases) == (2, 2)
    assert data.opens(board.tasks_due_soon) == {"C2", "C7"}


def test_vulnerability_mix_of_open_cases(data: Office, board: Dashboard) -> None:
    # open: C1 -, C2 health + single parent, C3 -, C4 elderly, C5 -, C7 health (C6 is closed)
    found = {code: n for code, n in counts(board.vulnerabilities).items() if n}
    assert found == {"health": 2, "single_parent": 1, "elderly": 1, "none": 3}
    assert len(board.vulnerabilities) == 12  # every vulnerability, zeros included, then "none"
    opened = {figure.code: data.opens(figure) for figure in board.vulnerabilities if figure.count}
    assert opened == {"health": {"C2", "C7"}, "single_parent": {"C2"}, "elderly": {"C4"}, "none": {"C1", "C3", "C5"}}
    disability = next(figure for figure in board.vulnerabilities if figure.code == "disability")
    assert disability.count == 0 and data.opens(disability) == set()  # C6 has it, but is closed


def test_plan_items_by_assistance_type_and_delivery(data: Office, board: Dashboard) -> None:
    # each case's latest current plan, cancelled items left out:
    #   C3 housing/direct, counselling/referral; C4 (the revision) vocational/direct, housing/referral;
    #   C5 (plan B) business/direct, counselling/direct; C6 job placement/referral (education cancelled)
    assert counts(board.plan_items_by_type) == {"housing": 2, "counselling": 2, "vocational_training": 1,
                                                "business_start_up": 1, "job_placement": 1}
    assert [figure.code for figure in board.plan_items_by_type][:2] == ["counselling", "housing"]  # most, then a-z
    opened = {figure.code: data.opens(figure) for figure in board.plan_items_by_type}
    assert opened == {"housing": {"C3", "C4"}, "counselling": {"C3", "C5"}, "vocational_training": {"C4"},
                      "business_start_up": {"C5"}, "job_placement": {"C6"}}
    # direct: C3 housing, C4 vocational, C5 business + counselling = 4; referral: C3, C4, C6 = 3
    assert counts(board.plan_items_by_delivery) == {"direct": 4, "referral": 3}
    opened = {figure.code: data.opens(figure) for figure in board.plan_items_by_delivery}
    assert opened == {"direct": {"C3", "C4", "C5"}, "referral": {"C3", "C4", "C6"}}


def test_referral_outcomes(data: Office, board: Dashboard) -> None:
    # current referrals: C5 service received, C6 declined, C7 sent (none recorded) and accepted
    assert [(f.code, f.count, f.cases) for f in board.referral_outcomes] == [
        ("sent", 1, 1), ("accepted", 1, 1), ("service_received", 1, 1), ("declined", 1, 1), ("no_response", 0, 0)]
    opened = {figure.code: data.opens(figure) for figure in board.referral_outcomes}
    assert opened == {"sent": {"C7"}, "accepted": {"C7"}, "service_received": {"C5"}, "declined": {"C6"},
                      "no_response": set()}


def test_days_from_return_to_agreed_plan(data: Office, board: Dashboard) -> None:
    timing = board.plan_timing
    # first current plan: C3 10-01 -> 10-20 = 19 days; C4 08-01 -> 09-10 (the revision) = 31 + 9 = 40;
    # C5 06-01 -> 06-10 (plan A) = 9; C6 03-01 -> 05-01 = 31 + 30 = 61
    assert timing.count == 4
    assert timing.median_days == (19 + 40) / 2  # sorted 9, 19, 40, 61
    assert (timing.target_days, timing.within_target, timing.share_within_target) == (30, 2, 0.5)  # 9 and 19
    assert data.opens(timing.filter) == {"C3", "C4", "C5", "C6"}
    assert data.opens(timing.within_filter) == {"C3", "C5"}
    assert data.opens(timing.late_filter) == {"C4", "C6"}


def test_a_shorter_target_is_a_setting(data: Office) -> None:
    timing = ReportService(data.reports.session, today=TODAY, plan_target_days=10).dashboard().plan_timing
    assert (timing.within_target, timing.share_within_target) == (1, 0.25)  # only C5's 9 days
    assert data.opens(timing.within_filter) == {"C5"}


def test_a_filter_narrows_further_with_the_case_lists_own_filters(data: Office, board: Dashboard) -> None:
    housing = next(figure for figure in board.plan_items_by_type if figure.code == "housing")
    narrowed = replace(housing.filter, query=CaseQuery(statuses=frozenset({Status.ASSISTANCE})))
    assert data.names(data.reports.case_ids(narrowed)) == {"C4"}
    everyone = CaseFilter(subset=Subset.PLAN_ITEM_TYPE, value="business_start_up")  # no office: T1 too
    assert data.names(data.reports.case_ids(everyone)) == {"C5", "T1"}
    resolved = data.reports.resolve(narrowed)  # the subset read once as ids; the list's own filters stay
    assert resolved.case_ids == frozenset({data.ids["C3"], data.ids["C4"]})
    assert resolved.query == narrowed.query and data.names(data.reports.case_ids(resolved)) == {"C4"}


def test_a_plan_longer_than_the_index_holds_is_read_whole(tmp_path: Any) -> None:
    session = open_profile(tmp_path)
    try:
        forms = forms_on(session, TODAY, FormCatalogue())
        case_id = forms.cases.create({"given_name": "Long", "family_name": "Plan", "return_date": "2026-10-01"}).id
        consent(forms, case_id, ConsentPurpose.ASSISTANCE)
        forms.cases.move(case_id, Status.ASSESSED)
        items = [item("counselling", "direct", "planned")] * PLAN_ITEM_SLOTS
        items.append(item("education", "referral", "planned"))
        plan(forms, case_id, "2026-10-05", *items)
        board = ReportService(session, today=TODAY).dashboard()
        # 12 counselling items fit in the index; the 13th, education by referral, is read from the answers
        assert counts(board.plan_items_by_type) == {"counselling": PLAN_ITEM_SLOTS, "education": 1}
        assert counts(board.plan_items_by_delivery) == {"direct": PLAN_ITEM_SLOTS, "referral": 1}
        assert board.plan_timing.median_days == 4  # 10-01 -> 10-05
    finally:
        session.close()
