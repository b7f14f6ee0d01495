"""Writing a report's file: whole, owner-only, with its audit entry (codes only),
or nothing at all."""

import os
import stat
from pathlib import Path

import pytest

from desktop.domain.audit import AuditAction
from desktop.services.export import ExportError
from desktop.services.report_output import ReportKind, publish_report

from .conftest import Office

PDF = b"%PDF-1.4 fictional\n%%EOF\n"


def entries(office: Office) -> list[tuple[str, str | None, str]]:
    rows = office.session.db.execute("SELECT action, case_id, detail FROM audit_log ORDER BY seq").fetchall()
    return [tuple(row) for row in rows]


def test_the_file_is_private_and_the_report_recorded(office: Office, tmp_path: Path) -> None:
    out = tmp_path / "Mariétou Ndiayekoro.pdf"
    out.write_bytes(b"an older file")
    before = len(entries(office))
    publish_report(office.session.db, "printer", out, PDF, ReportKind.CASE_PDF, office.case.case_id,
                   {"contacts": 0, "language": "fr", "pages": 3})
    assert out.read_bytes() == PDF
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # nothing staged is left
    added = entries(office)[before:]
    assert added == [(str(AuditAction.EXPORT), office.case.case_id,
                      '{"contacts": 0, "kind": "report.case_pdf", "language": "fr", "pages": 3}')]
    assert "Mari" not in added[0][2]  # never the file's name
    assert office.session.audit.verify().ok


def test_an_unwritable_place_leaves_no_file_and_no_entry(office: Office, tmp_path: Path) -> None:
    before = entries(office)
    with pytest.raises(ExportError) as raised:
        publish_report(office.session.db, "printer", tmp_path / "missing" / "report.pdf", PDF, ReportKind.CASELOAD_PDF)
    assert raised.value.key == "export.cannot_write"
    assert entries(office) == before
    assert list(tmp_path.iterdir()) == []


def test_a_failed_rename_rolls_the_entry_back(office: Office, tmp_path: Path) -> None:
    before = entries(office)
    (tmp_path / "folder.pdf").mkdir()  # a folder where the file should go: the rename fails
    with pytest.raises(ExportError):
        publish_report(office.session.db, "printer", tmp_path / "folder.pdf", PDF, ReportKind.CASELOAD_PDF)
    assert entries(office) == before
    assert [p.name for p in tmp_path.iterdir()] == ["folder.pdf"]
