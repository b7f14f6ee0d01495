"""Case use cases for the UI and the CLI."""

from datetime import date
from typing import Any

from pydantic import BaseModel

from ..domain.audit import AuditAction
from ..domain.case import Case, CaseRow, ConsentRecord, HouseholdMember
from ..domain.enums import ClosureReason, ErasureReason, Role, Status
from ..domain.errors import PasserelleError
from ..domain.query import CaseQuery
from ..domain.validation import validate_case
from ..store.sync_repo import SyncRepo
from .session import Session


def office_code_from(office: str) -> str:
    """A default office code for case numbers: the office name's letters, upper-case."""
    return "".join(ch for ch in office.upper() if ch.isascii() and ch.isalnum())[:12] or "OFFICE"


def new_case_defaults(session: Session) -> dict[str, str]:
    """What a new case starts with, however it is made (form, CSV import, demo):
    the office code for its number and the person who made it as its case manager."""
    return {
        "office_code": session.settings.office_code or office_code_from(session.profile.office),
        "assigned_to": session.profile.username,
    }


class TimelineEntry(BaseModel):
    """One thing that happened on a case. ``kind`` is an audit action or
    ``returned`` / ``consent``; ``detail`` holds codes, never personal data."""

    at: str
    kind: str
    actor: str = ""
    fields: list[str] = []
    detail: dict[str, str | int] = {}


class CaseService:
    def __init__(self, session: Session, today: date | None = None):
        self.session = session
        self._today = today

    @property
    def today(self) -> date:
        return self._today or date.today()

    @property
    def pinned_today(self) -> date | None:
        """The date given at construction (tests, demos), or None for the system date."""
        return self._today

    # --- reading ----------------------------------------------------------------

    def page(self, query: CaseQuery, offset: int, limit: int) -> list[CaseRow]:
        return self.session.cases.page(query, self.today, offset, limit)

    def count(self, query: CaseQuery) -> int:
        return self.session.cases.count(query, self.today)

    def get(self, case_id: str) -> Case:
        return self.session.cases.get(case_id)

    def by_number(self, number: str) -> Case:
        return self.session.cases.get_by_number(number)

    def open_file(self, case_id: str) -> Case:
        """Read a case for its case file, recording the view in the audit trail."""
        case = self.session.cases.get(case_id)
        self.session.audit.record(AuditAction.VIEW, case_id)
        return case

    def open_by_number(self, number: str) -> Case:
        """``open_file`` for a case named by its number: one read, one audit entry."""
        case = self.session.cases.get_by_number(number)
        self.session.audit.record(AuditAction.VIEW, case.id)
        return case

    def household(self, case_id: str) -> list[HouseholdMember]:
        return self.session.household.for_case(case_id)

    def consents(self, case_id: str) -> list[ConsentRecord]:
        return self.session.consents.for_case(case_id)

    def current_consent(self, case_id: str) -> dict[str, ConsentRecord]:
        """The newest record for each purpose."""
        current: dict[str, ConsentRecord] = {}
        for record in self.consents(case_id):
            current[record.purpose] = record
        return current

    def conflicted_case_ids(self) -> set[str]:
        """Cases with sync conflicts to look at."""
        return SyncRepo(self.session.db, self.session.profile.username).conflicted_case_ids()

    def open_conflicts(self, case_id: str) -> int:
        return SyncRepo(self.session.db, self.session.profile.username).open_conflicts(case_id)

    def timeline(self, case_id: str) -> list[TimelineEntry]:
        """Everything that happened on the case, newest first. Views of the case
        file are shown to supervisors only; consent appears once, as the record
        with the date the returnee gave it."""
        case = self.get(case_id)
        hidden = {AuditAction.CONSENT}
        if self.session.profile.role is not Role.SUPERVISOR:
            hidden.add(AuditAction.VIEW)
        entries = [
            TimelineEntry(at=e.at, kind=e.action, actor=e.actor, fields=e.fields, detail=e.detail)
            for e in self.session.audit.for_case(case_id)
            if e.action not in hidden
        ]
        if case.return_date:
            entries.append(TimelineEntry(at=case.return_date.isoformat(), kind="returned"))
        for record in self.consents(case_id):
            detail: dict[str, str | int] = {"purpose": str(record.purpose), "given": int(record.given)}
            entries.append(
                TimelineEntry(at=record.recorded_on.isoformat(), kind="consent", actor=record.recorded_by, detail=detail)
            )
        return sorted(entries, key=lambda entry: entry.at, reverse=True)

    # --- writing ----------------------------------------------------------------

    def create(self, data: dict[str, Any]) -> Case:
        case = validate_case({**new_case_defaults(self.session), **data}, self.today)
        return self.session.cases.insert(case, self.session.settings.case_number_pattern, self.today)

    def update(self, case_id: str, changes: dict[str, Any]) -> Case:
        return self.session.cases.update(case_id, changes, self.today)

    def move(self, case_id: str, target: Status) -> Case:
        return self.session.cases.move(case_id, target, self.today)

    def close(self, case_id: str, reason: ClosureReason, note: str = "") -> Case:
        return self.session.cases.move(case_id, Status.CLOSED, self.today, reason, note)

    def erase(self, case_id: str, reason: ErasureReason) -> int:
        """Erase the case everywhere (right to erasure): here now, on headquarters and every
        other device at their next sync. Not undoable; the audit trail keeps that it happened."""
        if self.session.profile.role is Role.ME_OFFICER:
            raise PasserelleError("case.erase_not_allowed")
        return self.session.erasures.erase(case_id, reason, self.today)

    def add_member(self, case_id: str, data: dict[str, Any]) -> HouseholdMember:
        return self.session.household.add({**data, "case_id": case_id})

    def update_member(self, member_id: str, changes: dict[str, Any]) -> HouseholdMember:
        return self.session.household.update(member_id, changes)

    def remove_member(self, member_id: str) -> None:
        self.session.household.remove(member_id)

    def record_consent(self, case_id: str, data: dict[str, Any]) -> ConsentRecord:
        defaults = {"recorded_on": self.today, "recorded_by": self.session.profile.display_name}
        return self.session.consents.add({**defaults, **data, "case_id": case_id})
