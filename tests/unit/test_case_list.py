"""The case list: search as you type, filters, sorting and paging."""

from datetime import timedelta

import pytest

from desktop.domain.case import Case
from desktop.domain.enums import ClosureReason, Status, Vulnerability
from desktop.domain.query import CaseQuery, SortKey
from desktop.domain.rules import FollowUp
from desktop.services.cases import CaseService
from tests.conftest import TODAY


@pytest.fixture
def caseload(cases: CaseService) -> dict[str, Case]:
    """A small caseload, by a short label."""
    people = {
        "elodie": {"given_name": "Élodie", "family_name": "Exemplaire", "phone": "+221 77 123 45 67", "community": "Guédiawaye"},
        "helene": {"given_name": "Hélène", "family_name": "Fictif", "phone": "+221 78 555 00 11", "community": "Thiaroye"},
        "ahmad1": {"given_name": "أحمد", "family_name": "الخيالي", "phone": "+964 750 111 2233", "community": "المنصور"},
        "ahmad2": {"given_name": "إحمد", "family_name": "التجريبي", "phone": "+964 750 444 5566", "community": "الكاظمية"},
        "ahmad3": {"given_name": "احمد", "family_name": "Sampleton", "phone": "", "community": "Erbil"},
        "fatima": {"given_name": "فاطمة", "family_name": "الوهمي", "phone": "", "community": ""},
        "grace": {"given_name": "Grace", "family_name": "Testwood", "phone": "0698765432", "community": "Adama"},
    }
    return {label: cases.create(data) for label, data in people.items()}


def found(cases: CaseService, text: str) -> set[str]:
    return {row.id for row in cases.page(CaseQuery(search=text), 0, 100)}


def ids(caseload: dict[str, Case], *labels: str) -> set[str]:
    return {caseload[label].id for label in labels}


# --- search -----------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["elodie", "Elodie", "ÉLODIE", "élo", "exemplaire", "guediawaye", "élodie exemp"])
def test_search_ignores_accents_and_case(cases: CaseService, caseload: dict[str, Case], typed: str) -> None:
    assert found(cases, typed) == ids(caseload, "elodie")


@pytest.mark.parametrize("typed", ["احمد", "أحمد", "إحمد", "آحمد", "أحـمد", "أَحْمَد"])
def test_search_unifies_arabic_letter_variants(cases: CaseService, caseload: dict[str, Case], typed: str) -> None:
    assert found(cases, typed) == ids(caseload, "ahmad1", "ahmad2", "ahmad3")


def test_search_arabic_teh_marbuta(cases: CaseService, caseload: dict[str, Case]) -> None:
    assert found(cases, "فاطمه") == found(cases, "فاطمة") == ids(caseload, "fatima")


def test_search_without_the_arabic_article(cases: CaseService, caseload: dict[str, Case]) -> None:
    assert found(cases, "خيالي") == ids(caseload, "ahmad1")
    assert found(cases, "الخيالي") == ids(caseload, "ahmad1")
    assert found(cases, "منصور") == ids(caseload, "ahmad1")


def test_all_words_must_match(cases: CaseService, caseload: dict[str, Case]) -> None:
    assert found(cases, "احمد التجريبي") == ids(caseload, "ahmad2")
    assert found(cases, "élodie fictif") == set()


@pytest.mark.parametrize(
    ("typed", "label"),
    [
        ("123 45 67", "elodie"),  # as the number is written
        ("77 123 45 67", "elodie"),
        ("1234567", "elodie"),
        ("4567", "elodie"),
        ("+221 78", "helene"),
        ("5566", "ahmad2"),
        ("0698", "grace"),
        ("06 98 76 54 32", "grace"),
    ],
)
def test_search_phone_substrings(cases: CaseService, caseload: dict[str, Case], typed: str, label: str) -> None:
    assert found(cases, typed) == ids(caseload, label)


def test_search_case_number(cases: CaseService, caseload: dict[str, Case]) -> None:
    number = caseload["grace"].case_number
    assert number == "DAKAR-2026-00007"
    assert found(cases, number) == ids(caseload, "grace")
    assert found(cases, "00007") == ids(caseload, "grace")
    assert found(cases, "dakar") == set(case.id for case in caseload.values())


def test_search_follows_edits(cases: CaseService, caseload: dict[str, Case]) -> None:
    cases.update(caseload["grace"].id, {"family_name": "Mockford", "community": "Wonji"})
    assert found(cases, "testwood") == set()
    assert found(cases, "mockford wonji") == ids(caseload, "grace")


def test_the_search_index_is_rewritten_only_when_a_searched_field_changes(
    cases: CaseService, caseload: dict[str, Case]
) -> None:
    statements: list[str] = []
    cases.session.db.conn.set_trace_callback(statements.append)
    try:
        grace = caseload["grace"].id
        cases.move(grace, Status.ASSESSED)
        cases.update(grace, {"nationality": "ET", "vulnerabilities": ["health"]})
        assert not [sql for sql in statements if "cases_fts" in sql]
        cases.update(grace, {"phone": "0611112222"})
        assert [sql for sql in statements if "cases_fts" in sql]
    finally:
        cases.session.db.conn.set_trace_callback(None)
    assert found(cases, "grace 1111") == ids(caseload, "grace")
    assert found(cases, "98765") == set()


@pytest.mark.parametrize("typed", ['"', "*", "(", "^", "'", "-", ":", '" * ( ^'])
def test_search_of_punctuation_alone_lists_every_case(cases: CaseService, caseload: dict[str, Case], typed: str) -> None:
    # a stray quote or star is not a search word: the list stays whole
    assert cases.count(CaseQuery(search=typed)) == len(caseload)
    assert found(cases, typed) == set(case.id for case in caseload.values())


@pytest.mark.parametrize("typed", ["AND", "NOT grace", "a OR b", "grace AND", "NOT"])
def test_search_operator_words_are_plain_words(cases: CaseService, caseload: dict[str, Case], typed: str) -> None:
    # AND / OR / NOT are looked for like any other word; nobody is called "not"
    # or "and", so nothing matches (NOT grace does not list everyone but Grace)
    assert found(cases, "grace") == ids(caseload, "grace")
    assert cases.count(CaseQuery(search=typed)) == 0
    assert found(cases, typed) == set()


def test_empty_search_lists_everything(cases: CaseService, caseload: dict[str, Case]) -> None:
    assert cases.count(CaseQuery(search="   ")) == len(caseload)


# --- filters ------------------------------------------------------------------------------


def test_filter_by_status(cases: CaseService, caseload: dict[str, Case]) -> None:
    cases.move(caseload["grace"].id, Status.ASSESSED)
    cases.close(caseload["helene"].id, ClosureReason.OPTED_OUT)
    assert {r.id for r in cases.page(CaseQuery(statuses=frozenset({Status.ASSESSED})), 0, 50)} == ids(caseload, "grace")
    both = CaseQuery(statuses=frozenset({Status.ASSESSED, Status.CLOSED}))
    assert {r.id for r in cases.page(both, 0, 50)} == ids(caseload, "grace", "helene")
    assert cases.count(both) == 2
    assert cases.count(CaseQuery(statuses=frozenset({Status.REGISTERED}))) == len(caseload) - 2


def test_filter_by_vulnerability(cases: CaseService, caseload: dict[str, Case]) -> None:
    cases.update(caseload["fatima"].id, {"vulnerabilities": ["health", "single_parent"]})
    cases.update(caseload["grace"].id, {"vulnerabilities": ["health"]})
    cases.update(caseload["elodie"].id, {"vulnerabilities": ["disability"]})
    query = CaseQuery(vulnerability=Vulnerability.HEALTH)
    assert {r.id for r in cases.page(query, 0, 50)} == ids(caseload, "fatima", "grace")
    assert cases.count(CaseQuery(vulnerability=Vulnerability.TRAFFICKING)) == 0


def test_filter_by_follow_up(cases: CaseService, caseload: dict[str, Case]) -> None:
    dates = {"elodie": -1, "helene": -40, "ahmad1": 0, "ahmad2": 7, "ahmad3": 8, "grace": -3}
    for label, days in dates.items():
        cases.update(caseload[label].id, {"next_follow_up": TODAY + timedelta(days=days)})
    cases.close(caseload["grace"].id, ClosureReason.SUPPORT_ENDED)  # closed: never overdue
    overdue = CaseQuery(follow_up=FollowUp.OVERDUE)
    due_soon = CaseQuery(follow_up=FollowUp.DUE_SOON)
    assert {r.id for r in cases.page(overdue, 0, 50)} == ids(caseload, "elodie", "helene")
    assert {r.id for r in cases.page(due_soon, 0, 50)} == ids(caseload, "ahmad1", "ahmad2")
    assert cases.count(overdue) == 2


def test_filter_assigned_to_me(cases: CaseService, caseload: dict[str, Case]) -> None:
    cases.update(caseload["grace"].id, {"assigned_to": "colleague"})
    mine = CaseQuery(assigned_to="aminata")
    assert cases.count(mine) == len(caseload) - 1
    assert {r.id for r in cases.page(CaseQuery(assigned_to="colleague"), 0, 50)} == ids(caseload, "grace")


def test_filters_combine_with_search(cases: CaseService, caseload: dict[str, Case]) -> None:
    cases.move(caseload["ahmad2"].id, Status.ASSESSED)
    query = CaseQuery(search="احمد", statuses=frozenset({Status.ASSESSED}))
    assert {r.id for r in cases.page(query, 0, 50)} == ids(caseload, "ahmad2")


# --- sorting and paging ---------------------------------------------------------------------


def test_sort_by_name_ignores_accents(cases: CaseService) -> None:
    for given, family in [("Zoé", "Ébène"), ("Awa", "Diallo"), ("Marc", "Eboué"), ("Ali", "Fall")]:
        cases.create({"given_name": given, "family_name": family})
    query = CaseQuery(sort=SortKey.NAME, descending=False)
    assert [r.family_name for r in cases.page(query, 0, 10)] == ["Diallo", "Ébène", "Eboué", "Fall"]
    backwards = query.model_copy(update={"descending": True})
    assert [r.family_name for r in cases.page(backwards, 0, 10)] == ["Fall", "Eboué", "Ébène", "Diallo"]


def test_sort_by_case_number(cases: CaseService, caseload: dict[str, Case]) -> None:
    query = CaseQuery(sort=SortKey.CASE_NUMBER, descending=False)
    numbers = [r.case_number for r in cases.page(query, 0, 50)]
    assert numbers == sorted(numbers) and len(numbers) == len(caseload)
    descending = [r.case_number for r in cases.page(query.model_copy(update={"descending": True}), 0, 50)]
    assert descending == numbers[::-1]


def test_sort_by_status_follows_the_lifecycle(cases: CaseService, caseload: dict[str, Case]) -> None:
    cases.close(caseload["elodie"].id, ClosureReason.DECEASED)
    for target in (Status.ASSESSED, Status.PLAN_AGREED):
        cases.move(caseload["helene"].id, target)
    cases.move(caseload["grace"].id, Status.ASSESSED)
    statuses = [r.status for r in cases.page(CaseQuery(sort=SortKey.STATUS, descending=False), 0, 50)]
    order = list(Status)
    assert statuses == sorted(statuses, key=order.index)
    assert statuses[-2:] == [Status.PLAN_AGREED, Status.CLOSED]


def test_sort_by_follow_up(cases: CaseService, caseload: dict[str, Case]) -> None:
    for offset, label in enumerate(["grace", "elodie", "fatima"]):
        cases.update(caseload[label].id, {"next_follow_up": TODAY + timedelta(days=10 - offset)})
    rows = cases.page(CaseQuery(sort=SortKey.NEXT_FOLLOW_UP, descending=True), 0, 3)
    assert [r.id for r in rows] == [caseload[label].id for label in ("grace", "elodie", "fatima")]


def test_most_recently_added_first_by_default_also_while_searching(cases: CaseService, caseload: dict[str, Case]) -> None:
    newest = cases.create({"given_name": "Helene", "family_name": "Nouvelle"})
    cases.update(caseload["helene"].id, {"community": "Saly"})
    assert cases.page(CaseQuery(), 0, 1)[0].id == newest.id
    found = cases.page(CaseQuery(search="helene"), 0, 10)
    assert [row.id for row in found] == [newest.id, caseload["helene"].id]
    assert cases.count(CaseQuery(search="helene")) == 2


def test_recently_updated_first_when_asked(cases: CaseService, caseload: dict[str, Case]) -> None:
    cases.update(caseload["helene"].id, {"community": "Saly"})
    assert cases.page(CaseQuery(sort=SortKey.UPDATED), 0, 1)[0].id == caseload["helene"].id
    searched = cases.page(CaseQuery(search="helene", sort=SortKey.UPDATED), 0, 1)
    assert searched[0].id == caseload["helene"].id


def test_pages_do_not_overlap(cases: CaseService) -> None:
    for index in range(23):
        cases.create({"given_name": f"Personne{index}", "family_name": "Exemplaire"})
    for sort in SortKey:
        query = CaseQuery(sort=sort)
        seen: list[str] = []
        for offset in range(0, 30, 5):
            seen += [row.id for row in cases.page(query, offset, 5)]
        assert len(seen) == len(set(seen)) == 23 == cases.count(query)
    assert cases.page(CaseQuery(), 23, 5) == []
