"""A case as readable text (``passerelle cases show`` without ``--json``)."""

from datetime import date

from ..domain.case import Case, ConsentRecord, HouseholdMember
from ..domain.rules import FollowUp, age_on, days_since, follow_up_state
from .output import labelled, text_of


def _birth(case: Case, today: date) -> str:
    if case.birth_date is None:
        return "—"
    text = f"{case.birth_date.isoformat()} (age {age_on(case.birth_date, today)}"
    return text + (", estimated)" if case.birth_date_estimated else ")")


def _return(case: Case, today: date) -> str:
    parts = []
    if case.host_country:
        parts.append(f"from {case.host_country}")
    if case.return_date:
        parts.append(f"on {case.return_date.isoformat()} ({days_since(case.return_date, today)} days ago)")
    if case.return_type:
        parts.append(f"[{case.return_type.value}]")
    return " ".join(parts) or "—"


def _follow_up(case: Case, today: date) -> str:
    if case.next_follow_up is None:
        return "—"
    state = follow_up_state(case.next_follow_up, case.status, today)
    note = {FollowUp.OVERDUE: " (overdue)", FollowUp.DUE_SOON: " (due this week)"}.get(state, "")
    return case.next_follow_up.isoformat() + note


def _status(case: Case) -> str:
    if case.closure_reason is None:
        return case.status.value
    text = f"{case.status.value} on {text_of(case.closed_on)}: {case.closure_reason.value}"
    return f"{text} ({case.closure_note})" if case.closure_note else text


def _member(member: HouseholdMember) -> str:
    facts = [member.relationship.value, member.sex.value]
    if member.birth_year:
        facts.append(f"born {member.birth_year}")
    if member.returned_too:
        facts.append("returned too")
    line = f"  - {member.name} ({', '.join(facts)})"
    return f"{line}: {member.notes}" if member.notes else line


def _consent(record: ConsentRecord) -> str:
    answer = "given" if record.given else "refused"
    line = f"  - {record.purpose.value}: {answer} on {record.recorded_on.isoformat()}, recorded by {record.recorded_by}"
    return line + (f" (provider: {record.provider})" if record.provider else "")


def render_case(case: Case, household: list[HouseholdMember], consents: list[ConsentRecord], today: date) -> str:
    place = ", ".join(part for part in (case.community, case.district, case.region) if part)
    facts = [
        ("Status", _status(case)),
        ("Sex", case.sex.value),
        ("Birth date", _birth(case, today)),
        ("Nationality", text_of(case.nationality)),
        ("Languages", text_of(case.languages)),
        ("Phone", text_of(case.phone)),
        ("Documents", text_of(case.documents)),
        ("Return", _return(case, today)),
        ("Place of return", place or "—"),
        ("Vulnerabilities", text_of(case.vulnerabilities)),
        ("Assigned to", text_of(case.assigned_to)),
        ("Next follow-up", _follow_up(case, today)),
        ("Updated", f"{case.updated_at} by {case.updated_by or '—'}"),
    ]
    lines = [f"{case.case_number}  {case.full_name}", "", labelled(facts), "", f"Household ({len(household)})"]
    lines += [_member(member) for member in household] or ["  —"]
    lines += ["", f"Consent records ({len(consents)})"]
    lines += [_consent(record) for record in consents] or ["  —"]
    return "\n".join(lines)
