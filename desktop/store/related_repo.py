"""Rows that hang off a case: household members and consent records."""

from typing import Any, Generic, TypeVar

from sqlite_utils import Database

from ..domain.audit import AuditAction
from ..domain.case import MEMBER_EDITABLE_FIELDS, changed_fields, ConsentRecord, HouseholdMember, Tracked, utc_now
from ..domain.errors import FieldError, NotFound, ValidationFailed
from ..domain.validation import validate_model
from .audit_repo import AuditRepo

T = TypeVar("T", bound=Tracked)


class _CaseChildRepo(Generic[T]):
    table: str
    model: type[T]
    action: AuditAction
    order: str

    def __init__(self, db: Database, audit: AuditRepo):
        self.db = db
        self.audit = audit

    def for_case(self, case_id: str) -> list[T]:
        rows = self.db[self.table].rows_where("case_id = ?", [case_id], order_by=self.order)
        return [self.model.model_validate(row) for row in rows]

    def get(self, row_id: str) -> T:
        rows = list(self.db[self.table].rows_where("id = ?", [row_id]))
        if not rows:
            raise NotFound()
        return self.model.model_validate(rows[0])

    def add(self, data: dict[str, Any]) -> T:
        item = validate_model(self.model, {**data, "created_by": self.audit.actor, "updated_by": self.audit.actor})
        with self.db.atomic():
            self.db[self.table].insert(item.model_dump(mode="json"))
            self.audit.record(self.action, getattr(item, "case_id"), [], {"op": "add"})
        return item


class HouseholdRepo(_CaseChildRepo[HouseholdMember]):
    table = "household_members"
    model = HouseholdMember
    action = AuditAction.HOUSEHOLD
    order = "created_at"

    def update(self, member_id: str, changes: dict[str, Any]) -> HouseholdMember:
        """Apply edits to the member's editable fields; any other field (its case,
        id or author) is refused."""
        unknown = [name for name in changes if name not in MEMBER_EDITABLE_FIELDS]
        if unknown:
            raise ValidationFailed([FieldError(name, "field.unknown") for name in unknown])
        with self.db.atomic():
            current = self.get(member_id)
            data = {**current.model_dump(), **changes, "updated_at": utc_now(), "updated_by": self.audit.actor}
            member = validate_model(HouseholdMember, data)
            self.db[self.table].update(member_id, member.model_dump(mode="json"))
            changed = changed_fields(current, member, sorted(changes))
            self.audit.record(self.action, member.case_id, changed, {"op": "update"})
        return member

    def remove(self, member_id: str) -> None:
        with self.db.atomic():
            member = self.get(member_id)
            self.db[self.table].delete(member_id)
            self.audit.record(self.action, member.case_id, [], {"op": "remove"})


class ConsentRepo(_CaseChildRepo[ConsentRecord]):
    """Consent is a history: a withdrawal is a new record, the newest per purpose counts."""

    table = "consents"
    model = ConsentRecord
    action = AuditAction.CONSENT
    order = "recorded_on, created_at"
