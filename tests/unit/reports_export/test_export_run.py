"""Running an export: progress, cancel (no file, not even a part of one),
a folder that cannot be written, nothing in the system's temporary folder,
and the audit entry (codes and counts only)."""

import json
import os
import stat
import tempfile
import threading
import zipfile
from pathlib import Path

import pytest

from desktop.domain.audit import AuditAction
from desktop.services.export import ExportCancelled, ExportError, ExportFormat, ExportOptions

from .conftest import BIRTH_DATES, NAMES, PHONES, Caseload

FORMATS = [ExportFormat.XLSX, ExportFormat.CSV]


def export_entries(caseload: Caseload) -> list[dict]:
    rows = caseload.session.db.execute(
        "SELECT case_id, fields, detail FROM audit_log WHERE action = ? ORDER BY seq", [str(AuditAction.EXPORT)]
    ).fetchall()
    return [{"case_id": case_id, "fields": json.loads(fields), "detail": json.loads(detail)}
            for case_id, fields, detail in rows]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("stop_at", ["cases", "rss", "save"])
def test_a_cancelled_export_leaves_no_file(caseload: Caseload, tmp_path: Path, fmt: ExportFormat, stop_at: str) -> None:
    cancel = threading.Event()
    seen: list[str] = []

    def progress(done: int, total: int, label: str) -> None:
        seen.append(label)
        if label == stop_at:
            cancel.set()

    entries = len(export_entries(caseload))
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ExportCancelled) as stopped:
        caseload.service().export(folder / "export.file", ExportOptions(format=fmt), progress, cancel)
    assert stopped.value.key == "export.cancelled"
    assert list(folder.iterdir()) == []  # no file, no temporary file, no staged parts
    assert len(export_entries(caseload)) == entries  # nothing was exported, nothing to record
    assert seen[-1] == stop_at


def test_a_cancelled_export_keeps_the_file_it_would_have_replaced(caseload: Caseload, tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    path.write_bytes(b"last week's export")
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ExportCancelled):
        caseload.service().export(path, ExportOptions(), cancel=cancel)
    assert path.read_bytes() == b"last week's export"
    assert [p.name for p in tmp_path.iterdir()] == ["export.xlsx"]
    caseload.export(path)  # a finished export replaces it
    assert path.read_bytes()[:2] == b"PK"


def test_progress_counts_every_case_and_submission(caseload: Caseload, tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    caseload.service().export(tmp_path / "e.xlsx", ExportOptions(), lambda *call: calls.append(call))
    total = 3 + 2 + 2 + 1 + 1  # cases, intakes, current RSS surveys, plan, referral
    assert {t for _, t, _ in calls} == {total}
    assert calls[0] == (0, total, "cases") and calls[-1] == (total, total, "save")
    assert [d for d, _, _ in calls] == sorted(d for d, _, _ in calls)
    assert {"intake", "rss", "reintegration_plan"} <= {label for _, _, label in calls}


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_folder_that_cannot_be_written_gives_a_message_key(caseload: Caseload, tmp_path: Path,
                                                             fmt: ExportFormat) -> None:
    entries = len(export_entries(caseload))
    with pytest.raises(ExportError) as failed:
        caseload.export(tmp_path / "missing" / "export.xlsx", format=fmt)
    assert failed.value.key == "export.cannot_write"
    blocker = tmp_path / "export.xlsx"
    blocker.mkdir()  # a folder where the file should go: the final rename fails
    with pytest.raises(ExportError):
        caseload.export(blocker, format=fmt)
    assert [p.name for p in tmp_path.iterdir()] == ["export.xlsx"] and list(blocker.iterdir()) == []
    assert len(export_entries(caseload)) == entries  # no file, no entry


@pytest.mark.parametrize("fmt", FORMATS)
def test_nothing_goes_through_the_system_temporary_folder(caseload: Caseload, tmp_path: Path, fmt: ExportFormat,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    during: list[list[str]] = []
    out = tmp_path / "out"
    out.mkdir()

    def progress(_done: int, _total: int, label: str) -> None:
        during.append(sorted(p.name for p in system_tmp.iterdir()))

    caseload.service().export(out / "e.bin", ExportOptions(format=fmt), progress)
    assert during and all(names == [] for names in during)
    assert [p.name for p in out.iterdir()] == ["e.bin"]


def test_every_export_is_in_the_audit_trail_with_codes_only(caseload: Caseload, tmp_path: Path) -> None:
    before = len(export_entries(caseload))
    path = tmp_path / "Mariétou-Ndiayekoro.xlsx"  # a file named after a person: the name stays out of the trail
    result = caseload.export(path, format="xlsx", pseudonymise=True, language="ar", forms=("intake", "rss"))
    caseload.export(tmp_path / "all.zip", format="csv")
    entries = export_entries(caseload)
    assert len(entries) == before + 2
    first, second = entries[-2:]
    assert first["case_id"] is None
    assert first["detail"] == {
        "format": "xlsx", "forms": "intake rss", "pseudonymised": 1, "labels": "ar", "skipped_forms": 0,
        "rows.cases": 3, "rows.intake": 2, "rows.intake_household": 2, "rows.rss": 2,
    }
    assert result.sheets == {"cases": 3, "intake": 2, "intake_household": 2, "rss": 2}
    assert "given_name" not in first["fields"] and "age_at_export" in first["fields"]
    assert second["detail"]["format"] == "csv" and second["detail"]["pseudonymised"] == 0
    assert second["detail"]["labels"] == "codes" and second["detail"]["rows.reintegration_plan_items"] == 2
    assert "given_name" in second["fields"]  # which columns left the device: names, never values
    text = json.dumps(entries[-2:], ensure_ascii=False)
    for secret in [*NAMES[:-1], *PHONES, *(d.isoformat() for d in BIRTH_DATES), *caseload.numbers.values(),
                   str(tmp_path), "Mariétou"]:
        assert secret not in text, secret
    assert caseload.session.audit.verify().ok


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize("fmt", FORMATS)
def test_the_file_is_readable_by_its_owner_only(caseload: Caseload, tmp_path: Path, fmt: ExportFormat) -> None:
    caseload.export(tmp_path / "e.bin", format=fmt)
    assert stat.S_IMODE((tmp_path / "e.bin").stat().st_mode) == 0o600


def test_xlsx_header_stays_in_view(caseload: Caseload, tmp_path: Path) -> None:
    caseload.export(tmp_path / "e.xlsx")
    with zipfile.ZipFile(tmp_path / "e.xlsx") as archive:
        first = archive.read("xl/worksheets/sheet1.xml").decode()
    assert 'state="frozen"' in first and 'topLeftCell="A2"' in first
