"""What the forms store: drafts, submissions and their revisions, follow-up
tasks, the directory of service providers, and RSS scores.

Submissions are immutable: a correction is a new submission that names the
one it revises (``revision_of``) and shares its ``chain_id`` (the id of the
first submission of the chain), so the case timeline can show both.
"""

from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field

from .case import Tracked


class Submission(Tracked):
    case_id: str
    form_id: str
    form_version: int = Field(ge=1)
    #: question name → answer (repeats: a list of dicts); only relevant answers
    answers: dict[str, Any]
    #: acknowledgement question → {"by": display name, "at": UTC time}
    acknowledgements: dict[str, dict[str, str]] = Field(default_factory=dict)
    revision_of: str | None = None
    chain_id: str = ""
    revision: int = Field(default=1, ge=1)


class Draft(Tracked):
    """Answers being typed: everything typed, relevant or not, and the page shown."""

    case_id: str | None = None
    form_id: str
    form_version: int = Field(ge=1)
    answers: dict[str, Any] = Field(default_factory=dict)
    page: int = Field(default=0, ge=0)
    revision_of: str | None = None


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class Task(Tracked):
    """A follow-up a submission scheduled (``kind`` is the form's task name).

    ``title`` keeps the form's title in each language at the time it was
    made, so the task reads the same after the form changes.
    """

    case_id: str
    kind: str
    form_id: str
    source_id: str
    title: dict[str, str]
    due_on: date
    status: TaskStatus = TaskStatus.OPEN
    done_on: date | None = None
    #: a form whose submission on the case completes the task
    done_by: str | None = None


class Provider(Tracked):
    """A service provider of the office's directory, offered by referral forms."""

    name: str = Field(min_length=1, max_length=120)
    dimension: str = Field(default="", pattern=r"^(|economic|social|psychosocial)$")
    services: list[str] = Field(default_factory=list)
    region: str = Field(default="", max_length=120)
    contact: str = Field(default="", max_length=200)
    notes: str = Field(default="", max_length=500)
    active: bool = True


class StoredScores(BaseModel):
    """The RSS scores of one submission, with the profile they were computed with."""

    submission_id: str
    case_id: str
    profile_id: str
    economic: float | None = None
    social: float | None = None
    psychosocial: float | None = None
    composite: float | None = None
    computed_at: str
