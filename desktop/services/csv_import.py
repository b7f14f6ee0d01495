"""Import a caseload kept in a spreadsheet (CSV, header row = field names).

All or nothing: every row is checked first and every bad row is reported with
its line number; nothing is written unless all rows are valid.
"""

import csv
from datetime import date
from pathlib import Path

from ..domain.audit import AuditAction
from ..domain.case import Case
from ..domain.errors import FieldError, ImportRejected, PasserelleError, RowProblem, ValidationFailed
from ..domain.validation import validate_case
from .case_input import parse_fields
from .cases import new_case_defaults
from .session import Session

MAX_ROWS = 200_000


def _read(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            sample = handle.read(4096)
            handle.seek(0)
            try:
                dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
            except csv.Error:
                dialect = csv.excel
            reader = csv.DictReader(handle, dialect=dialect)
            rows, ragged = [], []
            for row in reader:
                if len(rows) >= MAX_ROWS:
                    raise PasserelleError("import.too_many_rows", limit=MAX_ROWS)
                if None in row:
                    ragged.append(RowProblem(reader.line_num, [FieldError("", "import.extra_cells")]))
                    continue
                if any((value or "").strip() for value in row.values()):
                    rows.append((reader.line_num, {k.strip(): (v or "") for k, v in row.items()}))
            if ragged:
                raise ImportRejected(ragged)
            return list(reader.fieldnames or []), rows
    except UnicodeDecodeError as error:
        raise PasserelleError("import.not_utf8") from error
    except OSError as error:
        raise PasserelleError("import.cannot_read") from error


def import_cases(session: Session, path: Path, today: date) -> list[Case]:
    """Validate every row, then insert all cases in one transaction."""
    header, rows = _read(path)
    if not header:
        raise PasserelleError("import.empty")
    defaults = new_case_defaults(session)
    cases, problems, seen_numbers = [], [], set()
    for line, values in rows:
        try:
            case = validate_case({**defaults, **parse_fields(values, today, allow_import_only=True)}, today)
        except ValidationFailed as failure:
            problems.append(RowProblem(line, failure.errors))
            continue
        if case.case_number:
            if case.case_number in seen_numbers:
                problems.append(RowProblem(line, [FieldError("case_number", "field.duplicate_number")]))
                continue
            seen_numbers.add(case.case_number)
        cases.append((line, case))
    if problems:
        raise ImportRejected(problems)
    existing = [line for line, case in cases if case.case_number and session.cases.exists(case.case_number)]
    if existing:
        raise ImportRejected([RowProblem(line, [FieldError("case_number", "field.duplicate_number")]) for line in existing])
    pattern = session.settings.case_number_pattern
    return session.cases.insert_many([case for _, case in cases], pattern, today, AuditAction.IMPORT)
