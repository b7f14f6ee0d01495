"""Writing a finished report (a PDF made by the UI layer) to its file and to the
audit trail, both or neither.

The bytes go to a hidden file beside the destination, readable by this user
only (``0600``), then are renamed into place inside the transaction that
records the audit entry, as ``ExportService`` publishes an export: a failed
write leaves no file, partial or whole, and no entry; a file already at the
destination is replaced.

The audit entry is an ``export`` with the report kind and codes only
(language, whether contacts are in, page count), on the case for a case
summary: never the file's name (it may be a person's) nor any value.
"""

import logging
import os
import secrets
from enum import StrEnum
from pathlib import Path

from sqlite_utils import Database

from ..domain.audit import AuditAction
from ..store.audit_repo import AuditRepo
from .export import ExportError

log = logging.getLogger(__name__)


class ReportKind(StrEnum):
    CASE_PDF = "report.case_pdf"
    CASELOAD_PDF = "report.caseload_pdf"


def _stage(out: Path, data: bytes) -> Path:
    staged = out.with_name(f".{out.name}.{secrets.token_hex(6)}.part")
    descriptor = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    return staged


def publish_report(db: Database, actor: str, out: Path, data: bytes, kind: ReportKind,
                   case_id: str | None = None, detail: dict[str, str | int] | None = None) -> None:
    """Write ``data`` to ``out`` (replacing a file there) and record the report.

    Raises:
        ExportError(export.cannot_write): the folder is missing, read-only or full.
    """
    out = Path(out)
    staged: Path | None = None
    renamed = False
    try:
        staged = _stage(out, data)
        with db.atomic():
            AuditRepo(db, actor).record(AuditAction.EXPORT, case_id, [], {"kind": str(kind), **(detail or {})})
            os.replace(staged, out)
            staged, renamed = None, True
    except BaseException as error:
        if renamed:  # the entry could not be committed: no file without its entry
            out.unlink(missing_ok=True)
        if not isinstance(error, OSError):
            raise
        log.warning("report not written: %s", type(error).__name__)  # no path: it may name a person
        raise ExportError("export.cannot_write") from None
    finally:
        if staged is not None:
            staged.unlink(missing_ok=True)
    log.info("report written: %s, %d bytes", kind, len(data))
