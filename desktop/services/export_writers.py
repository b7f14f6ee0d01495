"""Writing export sheets as they come, row by row: an XLSX workbook (openpyxl
write-only mode) or a ZIP of CSV files.

Both stage their parts in a folder the caller chooses (beside the destination,
so that nothing personal lands in the system's temporary folder) and write
the final file only in ``save``. Values arrive as Python values: text,
numbers, dates, or None for an empty cell.

Spreadsheet safety: the XLSX writer never writes a formula (text starting with
``=`` stays text) and removes the control characters XML cannot hold. The CSV
writer puts a ``'`` before text that a spreadsheet would read as a formula
(starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return), unless it
is only digits, spaces and punctuation such as a phone number ``+221 77 …``
or a negative number, which cannot call anything.

openpyxl is imported when an XLSX export starts, not with this module (it
adds a tenth of a second to every start of the program).
"""

import csv
import re
import zipfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any, Protocol

#: CSV files are UTF-8 with a byte-order mark: Excel then reads Arabic and accents right.
CSV_ENCODING = "utf-8-sig"

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_HARMLESS = re.compile(r"^[+\-]?[0-9 ().,/+\-]*$")
#: Excel's limit on a sheet name.
MAX_SHEET_NAME = 31


class SheetWriter(Protocol):
    def add_sheet(self, name: str, header: Sequence[str]) -> int:
        """Start a sheet with its header row; returns its handle."""

    def append(self, sheet: int, row: Sequence[Any]) -> None: ...

    def save(self, path: Path) -> None:
        """Write the finished file to ``path``."""

    def close(self) -> None:
        """Release open files (after ``save``, or instead of it)."""


def sheet_name(base: str, taken: set[str]) -> str:
    """``base`` cut to Excel's 31 characters, made unique (ignoring case) with ``~2``, ``~3``…"""
    name, number = base[:MAX_SHEET_NAME], 2
    while name.lower() in taken:
        suffix = f"~{number}"
        name, number = base[: MAX_SHEET_NAME - len(suffix)] + suffix, number + 1
    taken.add(name.lower())
    return name


class XlsxWriter:
    """One workbook in write-only mode: rows go straight to each sheet's part
    file in ``staging``; ``save`` zips the parts into the workbook."""

    def __init__(self, staging: Path) -> None:
        from openpyxl import Workbook
        from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
        from openpyxl.worksheet import _writer

        self._openpyxl_writer, self._cell, self._errors, self._illegal = _writer, Cell, ERROR_CODES, ILLEGAL_CHARACTERS_RE
        self.staging = staging
        self.workbook = Workbook(write_only=True)
        self.sheets: list[Any] = []

    def add_sheet(self, name: str, header: Sequence[str]) -> int:
        sheet = self.workbook.create_sheet(name)
        # openpyxl would put the part in the system's temporary folder: put it in ours
        part = str(self.staging / f"sheet{len(self.sheets) + 1}.xml")
        Path(part).touch()
        self._openpyxl_writer.ALL_TEMP_FILES.append(part)  # its cleanup() expects to find it there
        sheet.freeze_panes = "A2"  # the header stays in view (written with the sheet's top, so set first)
        sheet._writer = self._openpyxl_writer.WorksheetWriter(sheet, out=part)
        sheet._writer.write_top()
        sheet.append(list(header))
        self.sheets.append(sheet)
        return len(self.sheets) - 1

    def append(self, sheet: int, row: Sequence[Any]) -> None:
        target = self.sheets[sheet]
        target.append([self._value(target, value) if isinstance(value, str) else value for value in row])

    def save(self, path: Path) -> None:
        self.workbook.save(path)

    def close(self) -> None:
        for sheet in self.sheets:
            writer = sheet._writer
            if not sheet.closed:
                try:
                    sheet.close()
                except Exception:  # noqa: BLE001 - only releasing the part file; it is deleted below
                    pass
            if writer is not None and writer.out in self._openpyxl_writer.ALL_TEMP_FILES:
                self._openpyxl_writer.ALL_TEMP_FILES.remove(writer.out)

    def _value(self, sheet: Any, value: str) -> Any:
        if self._illegal.search(value):
            value = self._illegal.sub("", value)
        if value.startswith("=") or value in self._errors:
            cell = self._cell(sheet, row=1, column=1, value=value)
            cell.data_type = "s"  # text, never a formula or an error value
            return cell
        return value


class CsvWriter:
    """One CSV file per sheet in ``staging``; ``save`` puts them in one ZIP,
    in the order the sheets were added, as ``<sheet>.csv``."""

    def __init__(self, staging: Path) -> None:
        self.staging = staging
        self.files: list[tuple[str, IO[str], Any]] = []

    def add_sheet(self, name: str, header: Sequence[str]) -> int:
        handle = open(self.staging / f"{len(self.files) + 1}.csv", "w", encoding=CSV_ENCODING, newline="")
        writer = csv.writer(handle)
        self.files.append((name, handle, writer))
        writer.writerow(header)
        return len(self.files) - 1

    def append(self, sheet: int, row: Sequence[Any]) -> None:
        self.files[sheet][2].writerow([_csv_value(value) for value in row])

    def save(self, path: Path) -> None:
        for _, handle, _ in self.files:
            handle.close()
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for _, (name, handle, _) in enumerate(self.files):
                archive.write(handle.name, f"{name}.csv")

    def close(self) -> None:
        for _, handle, _ in self.files:
            handle.close()


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _HARMLESS.match(value):
        return "'" + value
    return value
