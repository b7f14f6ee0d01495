"""Pure rules of the case: status moves, ages, follow-up states, cross-field checks."""

from datetime import date, timedelta

import pytest

from desktop.domain.case import Case
from desktop.domain.enums import Status
from desktop.domain.rules import (
    ALLOWED_MOVES,
    FollowUp,
    age_on,
    birth_date_from_age,
    can_move,
    check_case,
    days_since,
    follow_up_state,
    next_statuses,
)
from tests.conftest import TODAY

OPEN_STATUSES = [status for status in Status if status is not Status.CLOSED]


# --- status lifecycle -----------------------------------------------------------


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (Status.REGISTERED, Status.ASSESSED),
        (Status.ASSESSED, Status.PLAN_AGREED),
        (Status.PLAN_AGREED, Status.ASSISTANCE),
        (Status.ASSISTANCE, Status.MONITORING),
        (Status.MONITORING, Status.ASSISTANCE),
        (Status.CLOSED, Status.MONITORING),
    ],
)
def test_lifecycle_moves_are_allowed(current: Status, target: Status) -> None:
    assert can_move(current, target)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (Status.REGISTERED, Status.ASSISTANCE),  # skipping the assessment
        (Status.REGISTERED, Status.MONITORING),
        (Status.ASSESSED, Status.REGISTERED),  # going back
        (Status.MONITORING, Status.REGISTERED),
        (Status.CLOSED, Status.REGISTERED),  # reopening goes to monitoring only
        (Status.CLOSED, Status.ASSISTANCE),
        (Status.ASSESSED, Status.ASSESSED),  # staying put is not a move
    ],
)
def test_other_moves_are_refused(current: Status, target: Status) -> None:
    assert not can_move(current, target)


@pytest.mark.parametrize("current", OPEN_STATUSES)
def test_every_open_case_can_be_closed(current: Status) -> None:
    assert can_move(current, Status.CLOSED)


def test_every_status_has_a_way_out() -> None:
    assert set(ALLOWED_MOVES) == set(Status)
    assert all(ALLOWED_MOVES[status] for status in Status)


def test_next_statuses_in_lifecycle_order() -> None:
    assert next_statuses(Status.REGISTERED) == [Status.ASSESSED, Status.CLOSED]
    assert next_statuses(Status.MONITORING) == [Status.ASSISTANCE, Status.CLOSED]
    assert next_statuses(Status.CLOSED) == [Status.MONITORING]


# --- ages -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "today", "age"),
    [
        (date(1990, 6, 15), date(2026, 6, 14), 35),  # the day before the birthday
        (date(1990, 6, 15), date(2026, 6, 15), 36),  # on the birthday
        (date(1990, 6, 15), date(2026, 12, 31), 36),
        (date(1990, 12, 31), date(2026, 1, 1), 35),
        (date(2026, 11, 25), date(2026, 11, 25), 0),  # born today
        # leap-day birthdays: a year older on 1 March in common years, on 29 February in leap years
        (date(2000, 2, 29), date(2001, 2, 28), 0),
        (date(2000, 2, 29), date(2001, 3, 1), 1),
        (date(2000, 2, 29), date(2004, 2, 28), 3),
        (date(2000, 2, 29), date(2004, 2, 29), 4),
    ],
)
def test_age_on(birth: date, today: date, age: int) -> None:
    assert age_on(birth, today) == age


def test_estimated_birth_date_gives_back_the_age() -> None:
    birth = birth_date_from_age(30, TODAY)
    assert birth == date(1996, 1, 1)
    assert age_on(birth, TODAY) == 30


def test_days_since() -> None:
    assert days_since(date(2026, 11, 1), TODAY) == 24
    assert days_since(None, TODAY) is None


# --- follow-up --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days_from_today", "state"),
    [
        (-30, FollowUp.OVERDUE),
        (-1, FollowUp.OVERDUE),
        (0, FollowUp.DUE_SOON),  # due today is not yet overdue
        (7, FollowUp.DUE_SOON),
        (8, FollowUp.LATER),
        (90, FollowUp.LATER),
    ],
)
@pytest.mark.parametrize("status", OPEN_STATUSES)
def test_follow_up_state_on_open_cases(days_from_today: int, state: FollowUp, status: Status) -> None:
    assert follow_up_state(TODAY + timedelta(days=days_from_today), status, TODAY) is state


@pytest.mark.parametrize("days_from_today", [-30, 0, 3, 90])
def test_a_closed_case_is_never_overdue(days_from_today: int) -> None:
    assert follow_up_state(TODAY + timedelta(days=days_from_today), Status.CLOSED, TODAY) is FollowUp.NONE


def test_no_follow_up_date() -> None:
    assert follow_up_state(None, Status.ASSISTANCE, TODAY) is FollowUp.NONE


# --- cross-field checks -----------------------------------------------------------


def problems(**fields: object) -> set[tuple[str, str]]:
    case = Case(**{"given_name": "Awa", **fields})  # type: ignore[arg-type]
    return {(error.field, error.key) for error in check_case(case, TODAY)}


def test_a_plain_case_has_no_problem() -> None:
    assert problems(birth_date=date(1990, 1, 1), return_date=date(2026, 1, 1), phone="+221 77 123 45 67") == set()


def test_a_name_is_required() -> None:
    assert problems(given_name="  ", family_name="") == {("given_name", "field.name_required")}
    assert problems(given_name="", family_name="Diallo") == set()


def test_birth_date_checks() -> None:
    assert problems(birth_date=TODAY + timedelta(days=1)) == {("birth_date", "field.date_in_future")}
    assert problems(birth_date=date(1905, 11, 26)) == set()  # 120 years old
    assert problems(birth_date=date(1905, 11, 25)) == {("birth_date", "field.date_too_old")}  # 121 today


def test_return_date_checks() -> None:
    assert problems(return_date=TODAY + timedelta(days=1)) == {("return_date", "field.date_in_future")}
    assert problems(birth_date=date(2000, 5, 1), return_date=date(1999, 1, 1)) == {
        ("return_date", "field.return_before_birth")
    }
    assert problems(return_date=TODAY) == set()


@pytest.mark.parametrize("phone", ["+221 77 123 45 67", "0612345678", "+964 (750) 123-4567", "77/123/45"])
def test_phone_numbers_accepted(phone: str) -> None:
    assert problems(phone=phone) == set()


@pytest.mark.parametrize("phone", ["call me", "12345", "+221 77 12x 45", "++221771234567", "221-77-abc"])
def test_phone_numbers_refused(phone: str) -> None:
    assert problems(phone=phone) == {("phone", "field.phone")}


def test_every_problem_is_reported_at_once() -> None:
    found = problems(given_name="", birth_date=TODAY + timedelta(days=3), phone="nope")
    assert found == {
        ("given_name", "field.name_required"),
        ("birth_date", "field.date_in_future"),
        ("phone", "field.phone"),
    }
