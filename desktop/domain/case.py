"""The case and the rows that hang off it.

Every row that syncs carries a stable UUID, created/updated timestamps and its
author (``Tracked``).
"""

import uuid
from collections.abc import Iterable
from datetime import date, datetime, timezone

from pydantic import BaseModel, ConfigDict, Field

from .enums import (
    ClosureReason,
    ConsentPurpose,
    Document,
    Relationship,
    ReturnType,
    Sex,
    Status,
    Vulnerability,
)


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> str:
    """An ISO-8601 UTC timestamp with microseconds, sortable as text."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


class Tracked(BaseModel):
    model_config = ConfigDict(validate_assignment=True, extra="forbid")

    id: str = Field(default_factory=new_id)
    created_at: str = Field(default_factory=utc_now)
    updated_at: str = Field(default_factory=utc_now)
    created_by: str = ""
    updated_by: str = ""


class Case(Tracked):
    case_number: str = ""
    office_code: str = ""
    status: Status = Status.REGISTERED
    closure_reason: ClosureReason | None = None
    closure_note: str = ""
    closed_on: date | None = None
    # returnee
    given_name: str = Field(default="", max_length=120)
    family_name: str = Field(default="", max_length=120)
    sex: Sex = Sex.UNKNOWN
    birth_date: date | None = None
    birth_date_estimated: bool = False
    nationality: str = Field(default="", max_length=80)
    languages: list[str] = Field(default_factory=list)
    phone: str = Field(default="", max_length=40)
    documents: list[Document] = Field(default_factory=list)
    # return
    host_country: str = Field(default="", max_length=80)
    return_date: date | None = None
    return_type: ReturnType | None = None
    region: str = Field(default="", max_length=120)
    district: str = Field(default="", max_length=120)
    community: str = Field(default="", max_length=120)
    # case management
    vulnerabilities: list[Vulnerability] = Field(default_factory=list)
    assigned_to: str = ""
    next_follow_up: date | None = None

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.given_name, self.family_name) if part)


#: Fields a person edits on the profile page, the CLI ``cases set`` and CSV import.
EDITABLE_FIELDS: tuple[str, ...] = (
    "given_name",
    "family_name",
    "sex",
    "birth_date",
    "birth_date_estimated",
    "nationality",
    "languages",
    "phone",
    "documents",
    "host_country",
    "return_date",
    "return_type",
    "region",
    "district",
    "community",
    "vulnerabilities",
    "assigned_to",
    "next_follow_up",
)

#: Fields held as JSON lists in the store and typed as ``;``-separated codes.
LIST_FIELDS: tuple[str, ...] = ("languages", "documents", "vulnerabilities")


def changed_fields(before: BaseModel, after: BaseModel, fields: Iterable[str] | None = None) -> list[str]:
    """Names of the fields (all of the model's, unless given) whose values differ, in order."""
    names = fields if fields is not None else type(before).model_fields
    return [name for name in names if getattr(after, name) != getattr(before, name)]


#: Fields that identify or locate the returnee: never logged, never exported by default.
PERSONAL_FIELDS: frozenset[str] = frozenset(
    {"given_name", "family_name", "birth_date", "phone", "community", "district"}
)


class HouseholdMember(Tracked):
    case_id: str
    name: str = Field(min_length=1, max_length=120)
    relationship: Relationship = Relationship.OTHER
    sex: Sex = Sex.UNKNOWN
    birth_year: int | None = Field(default=None, ge=1900, le=2100)
    returned_too: bool = False
    notes: str = Field(default="", max_length=500)


#: Fields of a household member a person may change; the case it belongs to,
#: its id and its tracking fields are set once, when it is added.
MEMBER_EDITABLE_FIELDS: tuple[str, ...] = ("name", "relationship", "sex", "birth_year", "returned_too", "notes")


class ConsentRecord(Tracked):
    case_id: str
    purpose: ConsentPurpose
    given: bool
    recorded_on: date
    recorded_by: str
    provider: str = Field(default="", max_length=120)
    note: str = Field(default="", max_length=500)


class CaseRow(BaseModel):
    """The light projection of a case that the case list shows."""

    id: str
    case_number: str
    given_name: str
    family_name: str
    sex: Sex
    birth_date: date | None
    phone: str
    community: str
    status: Status
    vulnerabilities: list[Vulnerability]
    next_follow_up: date | None
    return_date: date | None
    assigned_to: str
