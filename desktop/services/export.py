"""Exporting the caseload to XLSX or CSV, for M&E officers and headquarters.

One file per export: an XLSX workbook (one sheet per table), or a ZIP holding
one CSV file per table (UTF-8 with a byte-order mark, comma-separated, named
``<sheet>.csv``) — a single file either way, so it is written whole or not at
all. The sheets are described in ``desktop.services.export_sheets``; what a
pseudonymised export leaves out or replaces, in ``desktop.domain.pseudonym``.

Rows stream from the database to the file (openpyxl write-only mode, CSV
writers), so 100,000 cases never sit in memory together. The parts are
staged in a hidden folder beside the destination (readable by this user only)
where the file is assembled, then renamed into place: a cancelled or failed
export leaves nothing behind. The file is readable by this user only
(``0600`` where the system has such permissions). A file already at the
destination is replaced. The export reads one snapshot of the database.

A finished export is recorded in the audit trail (``export``): the format,
the forms, whether it was pseudonymised, the language of labels, the case
columns written (names) and the row count of each sheet. Never the file's
name (it may be a person's) nor any value.

No Qt: the UI runs ``ExportService.export`` in a worker thread on its own
connection, with a ``(done, total, label)`` progress callback (``label`` is
the sheet being written, or ``save`` while the file is being assembled) and a
``threading.Event`` to cancel.
"""

import logging
import os
import secrets
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlite_utils import Database

from ..domain.audit import AuditAction
from ..domain.errors import PasserelleError
from ..domain.pseudonym import Pseudonymiser
from ..forms.definition import LANGUAGES, FormDefinition
from ..store.audit_repo import AuditRepo
from ..store.export_repo import ExportRepo
from .export_sheets import CASES_SHEET, CODEBOOK_SHEET, Context, Sheet, cases_sheet, codebook_rows, form_sheet
from .export_sheets import repeat_names
from .export_writers import CsvWriter, SheetWriter, XlsxWriter, sheet_name
from .forms import FormCatalogue, FormError, default_catalogue

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]

#: rows between two progress reports and cancel checks
STEP = 500


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


class ExportError(PasserelleError):
    """The export could not be written (``export.*`` message keys)."""

    key = "export.cannot_write"


class ExportCancelled(PasserelleError):
    """The export was stopped; nothing was written."""

    key = "export.cancelled"


@dataclass(frozen=True)
class ExportOptions:
    format: ExportFormat = ExportFormat.XLSX
    #: form ids to export (None: every installed form); the cases sheet is always there
    forms: tuple[str, ...] | None = None
    #: language of choice labels (fr, en, ar); None: choice codes
    language: str | None = None
    pseudonymise: bool = False

    def __post_init__(self) -> None:
        if self.language is not None and self.language not in LANGUAGES:
            raise ValueError(f"labels can be in {', '.join(LANGUAGES)}, not {self.language!r}")
        object.__setattr__(self, "format", ExportFormat(self.format))


@dataclass
class ExportResult:
    path: Path
    format: ExportFormat
    pseudonymised: bool
    #: sheet name → data rows, in the order of the file
    sheets: dict[str, int] = field(default_factory=dict)
    #: forms with submissions that are not installed here, so not exported
    skipped_forms: list[str] = field(default_factory=list)

    @property
    def cases(self) -> int:
        return self.sheets.get(CASES_SHEET, 0)


class _Run:
    """One export in progress: counts rows, reports progress, checks for cancel."""

    def __init__(self, total: int, progress: Progress, cancel: threading.Event) -> None:
        self.total, self.progress, self.cancel = total, progress, cancel
        self.done = 0

    def step(self, label: str) -> None:
        self.done += 1
        if self.done % STEP == 0:
            self.check(label)

    def check(self, label: str) -> None:
        if self.cancel.is_set():
            raise ExportCancelled()
        self.progress(self.done, self.total, label)


class ExportService:
    """Exports of one profile, on the connection it is given (one per thread)."""

    def __init__(self, db: Database, actor: str, catalogue: FormCatalogue | None = None,
                 today: date | None = None) -> None:
        self.db = db
        self.actor = actor
        self.catalogue = catalogue or default_catalogue()
        self.repo = ExportRepo(db)
        self._today = today

    @property
    def today(self) -> date:
        return self._today or date.today()

    def forms(self, ids: tuple[str, ...] | None) -> list[FormDefinition]:
        """The forms asked for, in catalogue order; every installed form for None.

        Raises:
            FormError(forms.unknown): a form is not installed.
        """
        if ids is None:
            return list(self.catalogue.forms.values())
        for form_id in ids:
            self.catalogue.get(form_id)
        return [form for form in self.catalogue.forms.values() if form.id in ids]

    def export(self, out: Path, options: ExportOptions, progress: Progress | None = None,
               cancel: threading.Event | None = None) -> ExportResult:
        """Write the export to ``out`` (replacing a file there) and record it in the audit trail.

        Raises:
            FormError(forms.unknown): a form asked for is not installed.
            ExportError(export.cannot_write): the folder is missing, read-only or full.
            ExportCancelled: ``cancel`` was set; no file was written.
        """
        out = Path(out)
        forms = self.forms(options.forms)
        progress = progress or (lambda _done, _total, _label: None)
        cancel = cancel or threading.Event()
        context = Context(options.language, Pseudonymiser() if options.pseudonymise else None, self.today)
        token = secrets.token_hex(6)
        staging = out.with_name(f".{out.name}.{token}.parts")
        temporary = staging / "export.part"
        writer: SheetWriter | None = None
        result = ExportResult(out, options.format, options.pseudonymise)
        try:
            staging.mkdir(mode=0o700)  # readable by this user only, like the file it becomes
            writer = XlsxWriter(staging) if options.format is ExportFormat.XLSX else CsvWriter(staging)
            with self.db.atomic():  # one snapshot for every sheet
                context.providers = self.repo.provider_names()
                sheets = self._sheets(forms, context)
                total = self.repo.count_cases() + sum(self.repo.count_submissions(form.id) for form in forms)
                run = _Run(total, progress, cancel)
                run.check(CASES_SHEET)
                self._write(writer, sheets, forms, run, result, context.pseudonymiser)
                installed = set(self.catalogue.forms)
                result.skipped_forms = [form_id for form_id in self.repo.form_ids() if form_id not in installed]
            run.check("save")
            writer.save(temporary)
            writer.close()
            os.chmod(temporary, 0o600)
            if cancel.is_set():  # stopped while the file was assembled: it is thrown away
                raise ExportCancelled()
            self._publish(temporary, out, options, forms, sheets[0], result)
        except OSError as error:
            log.warning("export not written: %s", type(error).__name__)  # no path: it may name a person
            raise ExportError("export.cannot_write") from None
        finally:
            if writer is not None:
                writer.close()
            shutil.rmtree(staging, ignore_errors=True)
        log.info("export written: %s, %d sheets, %d rows%s", options.format, len(result.sheets),
                 sum(result.sheets.values()), ", pseudonymised" if options.pseudonymise else "")
        return result

    def _publish(self, temporary: Path, out: Path, options: ExportOptions, forms: list[FormDefinition],
                 cases: Sheet, result: ExportResult) -> None:
        """Rename the file into place and record the export, both or neither: the
        entry is rolled back when the rename fails, the file removed when the
        entry cannot be committed."""
        renamed = False
        try:
            with self.db.atomic():
                self._audit(options, forms, cases, result)
                os.replace(temporary, out)
                renamed = True
        except BaseException:
            if renamed:
                out.unlink(missing_ok=True)
            raise

    def _sheets(self, forms: list[FormDefinition], context: Context) -> list[Sheet]:
        """The cases sheet, then each form's sheet (its repeats' sheets in its ``children``)."""
        taken = {CASES_SHEET, CODEBOOK_SHEET.lower()}
        sheets = [cases_sheet(list(self.catalogue.forms.values()), context)]
        for form in forms:
            name = sheet_name(form.id, taken)
            children = {repeat: sheet_name(f"{form.id}_{repeat}", taken) for repeat in repeat_names(form)}
            sheets.append(form_sheet(form, name, children, context))
        return sheets

    def _write(self, writer: SheetWriter, sheets: list[Sheet], forms: list[FormDefinition], run: _Run,
               result: ExportResult, pseudonymiser: Pseudonymiser | None) -> None:
        """Every sheet; pseudonymised, rows go in the order of their pseudonyms."""
        cases, form_sheets = sheets[0], sheets[1:]
        handle = writer.add_sheet(cases.name, cases.header)
        written = 0
        for row in self.repo.cases(pseudonymiser.case_number if pseudonymiser else None):
            writer.append(handle, cases.row(row))
            written += 1
            run.step(cases.name)
        result.sheets[cases.name] = written
        for form, sheet in zip(forms, form_sheets):
            self._write_form(writer, form, sheet, run, result, pseudonymiser)
        codebook = writer.add_sheet(CODEBOOK_SHEET, ["sheet", "column", "type", "label"])
        ordered = [cases] + [s for sheet in form_sheets for s in (sheet, *sheet.children)]
        for line in codebook_rows(ordered):
            writer.append(codebook, line)

    def _write_form(self, writer: SheetWriter, form: FormDefinition, sheet: Sheet, run: _Run,
                    result: ExportResult, pseudonymiser: Pseudonymiser | None) -> None:
        run.check(sheet.name)
        handle = writer.add_sheet(sheet.name, sheet.header)
        children = [(child, writer.add_sheet(child.name, child.header)) for child in sheet.children]
        counts = [0] * len(children)
        index = 0
        for row in self.repo.submissions(form.id, form.scored, pseudonymiser.record_id if pseudonymiser else None):
            index += 1
            row["_index"] = index
            answers = row["answers"]
            writer.append(handle, sheet.row(row, answers))
            for position, (child, child_handle) in enumerate(children):
                instances = answers.get(child.repeat or "")
                for instance in instances if isinstance(instances, list) else ():
                    counts[position] += 1
                    source = {"_index": counts[position], "_parent_index": index, "submission": row}
                    writer.append(child_handle, child.row(source, instance if isinstance(instance, dict) else {}))
            run.step(sheet.name)
        result.sheets[sheet.name] = index
        for (child, _), count in zip(children, counts):
            result.sheets[child.name] = count

    def _audit(self, options: ExportOptions, forms: list[FormDefinition], cases: Sheet, result: ExportResult) -> None:
        detail: dict[str, str | int] = {
            "format": str(options.format),
            "forms": " ".join(form.id for form in forms),
            "pseudonymised": int(options.pseudonymise),
            "labels": options.language or "codes",
            "skipped_forms": len(result.skipped_forms),
        }
        detail.update({f"rows.{name}": count for name, count in result.sheets.items()})
        fields = [column.header for column in cases.columns]
        AuditRepo(self.db, self.actor).record(AuditAction.EXPORT, None, fields, detail)


__all__ = ["ExportCancelled", "ExportError", "ExportFormat", "ExportOptions", "ExportResult", "ExportService",
           "FormError"]
