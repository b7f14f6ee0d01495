"""Audit trail entries: who did what to which case, and when. Field names only,
never values."""

from enum import StrEnum

from pydantic import BaseModel


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    VIEW = "view"
    STATUS = "status"
    HOUSEHOLD = "household"
    CONSENT = "consent"
    IMPORT = "import"
    EXPORT = "export"
    ERASE = "erase"
    SETTINGS = "settings"
    PASSPHRASE = "passphrase"
    SUBMIT = "submit"
    REVISE = "revise"
    DISCARD_DRAFT = "discard_draft"
    TASK = "task"
    PROVIDER = "provider"
    SCORING = "scoring"


class AuditEntry(BaseModel):
    seq: int
    at: str
    actor: str
    action: AuditAction
    case_id: str | None
    fields: list[str]
    #: codes only (statuses, reasons, counts); never personal data
    detail: dict[str, str | int]


class AuditCheck(BaseModel):
    ok: bool
    entries: int
    #: first sequence number where the chain breaks, when it does
    broken_at: int | None = None
    problem: str = ""
