"""Pure rules of the case: status moves, ages, follow-up states, validation."""

import re
from datetime import date, timedelta
from enum import StrEnum

from .case import Case
from .enums import Status
from .errors import FieldError

#: Where a case may go from each status. Closing is possible from any open status
#: (with a reason); a closed case can be reopened into monitoring.
ALLOWED_MOVES: dict[Status, frozenset[Status]] = {
    Status.REGISTERED: frozenset({Status.ASSESSED, Status.CLOSED}),
    Status.ASSESSED: frozenset({Status.PLAN_AGREED, Status.CLOSED}),
    Status.PLAN_AGREED: frozenset({Status.ASSISTANCE, Status.CLOSED}),
    Status.ASSISTANCE: frozenset({Status.MONITORING, Status.CLOSED}),
    Status.MONITORING: frozenset({Status.ASSISTANCE, Status.CLOSED}),
    Status.CLOSED: frozenset({Status.MONITORING}),
}

DUE_SOON_DAYS = 7
PHONE_RE = re.compile(r"^\+?[0-9 ()./-]{6,40}$")


def can_move(current: Status, target: Status) -> bool:
    return target in ALLOWED_MOVES[current]


def next_statuses(current: Status) -> list[Status]:
    """Moves offered to the user, in lifecycle order."""
    return [status for status in Status if status in ALLOWED_MOVES[current]]


def age_on(birth_date: date, today: date) -> int:
    years = today.year - birth_date.year
    if (today.month, today.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def birth_date_from_age(age: int, today: date) -> date:
    """An estimated birth date (1 January) for someone who gives only an age."""
    return date(today.year - age, 1, 1)


class FollowUp(StrEnum):
    NONE = "none"
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    LATER = "later"


def follow_up_state(next_follow_up: date | None, status: Status, today: date) -> FollowUp:
    """Overdue when the date has passed on an open case; due soon within 7 days."""
    if next_follow_up is None or status is Status.CLOSED:
        return FollowUp.NONE
    if next_follow_up < today:
        return FollowUp.OVERDUE
    if next_follow_up <= today + timedelta(days=DUE_SOON_DAYS):
        return FollowUp.DUE_SOON
    return FollowUp.LATER


def days_since(day: date | None, today: date) -> int | None:
    return None if day is None else (today - day).days


def check_case(case: Case, today: date) -> list[FieldError]:
    """Rules pydantic's types cannot express. Returns every problem found."""
    errors: list[FieldError] = []
    if not case.given_name.strip() and not case.family_name.strip():
        errors.append(FieldError("given_name", "field.name_required"))
    if case.birth_date is not None:
        if case.birth_date > today:
            errors.append(FieldError("birth_date", "field.date_in_future"))
        elif age_on(case.birth_date, today) > 120:
            errors.append(FieldError("birth_date", "field.date_too_old"))
    if case.return_date is not None:
        if case.return_date > today:
            errors.append(FieldError("return_date", "field.date_in_future"))
        elif case.birth_date is not None and case.return_date < case.birth_date:
            errors.append(FieldError("return_date", "field.return_before_birth"))
    if case.phone and not PHONE_RE.match(case.phone):
        errors.append(FieldError("phone", "field.phone"))
    return errors
