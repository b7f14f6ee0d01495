"""``passerelle export``: the handler through a parser holding only this
command (the real parser registers it with one line), and the real program in
a subprocess once that line is in."""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import export_cmd
from desktop.cli.errors import error_lines
from desktop.cli.parser import build_parser
from desktop.services.forms import FormError
from tests.conftest import PASSPHRASE

from .conftest import USERNAME, Caseload, read_export

ROOT = Path(__file__).resolve().parents[3]


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--profile", default=None)
    common.add_argument("--data-dir", default=None)
    export_cmd.register(parser.add_subparsers(dest="command"), common)
    return parser.parse_args(list(argv))


@pytest.fixture
def unlocked_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PASSERELLE_PASSPHRASE", PASSPHRASE)


def test_export_command_writes_the_file(caseload: Caseload, tmp_path: Path, unlocked_env: None,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "caseload.zip"
    args = parse("export", "--format", "csv", "--out", str(out), "--pseudonymise", "--form", "rss",
                 "--lang", "fr", "--data-dir", str(caseload.root), "--profile", USERNAME)
    assert args.handler(args) == 0
    printed = capsys.readouterr().out
    assert str(out) in printed and "pseudonymised" in printed and "rss" in printed
    sheets = read_export(out, "csv")
    assert list(sheets) == ["cases", "rss", "_columns"]
    assert all(row["case_number"].startswith("P-") for row in sheets["cases"])
    assert "given_name" not in sheets["cases"][0]


def test_export_command_json_and_codes(caseload: Caseload, tmp_path: Path, unlocked_env: None,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "caseload.xlsx"
    args = parse("export", "--format", "xlsx", "--out", str(out), "--json", "--data-dir", str(caseload.root))
    assert args.handler(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["path"] == str(out) and report["format"] == "xlsx" and report["pseudonymised"] is False
    assert report["sheets"]["cases"] == 3 and report["sheets"]["reintegration_plan_items"] == 2
    assert read_export(out, "xlsx")["cases"][0]["sex"] in ("female", "male")


def test_export_command_refuses_an_unknown_form(caseload: Caseload, tmp_path: Path, unlocked_env: None) -> None:
    args = parse("export", "--format", "xlsx", "--out", str(tmp_path / "x.xlsx"), "--form", "nope",
                 "--data-dir", str(caseload.root))
    with pytest.raises(FormError) as refused:
        args.handler(args)
    assert error_lines(refused.value) == ["The form “nope” is not installed on this computer."]
    assert list(tmp_path.iterdir()) == []


def test_export_command_options_are_checked(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["export", "--format", "pdf", "--out", "x"], ["export", "--format", "csv"],
                 ["export", "--format", "csv", "--out", "x", "--lang", "de"]):
        with pytest.raises(SystemExit):
            parse(*argv)
    capsys.readouterr()


REGISTERED = "export" in build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]


@pytest.mark.skipif(not REGISTERED, reason="desktop/cli/parser.py does not register export_cmd yet")
def test_passerelle_export_runs_as_a_program(caseload: Caseload, tmp_path: Path) -> None:
    out = tmp_path / "caseload.xlsx"
    env = {**os.environ, "PASSERELLE_PASSPHRASE": PASSPHRASE, "PASSERELLE_LOG_DIR": str(tmp_path / "logs"),
           "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "export", "--format", "xlsx", "--out", str(out), "--pseudonymise",
         "--lang", "ar", "--data-dir", str(caseload.root)],
        env=env, capture_output=True, text=True, encoding="utf-8", timeout=120, cwd=ROOT, stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert len(read_export(out, "xlsx")["cases"]) == 3
    log = (tmp_path / "logs" / "passerelle.log").read_text(encoding="utf-8")
    assert "export written" in log and str(tmp_path) not in log and "Ndiayekoro" not in log
    missing = subprocess.run(
        [sys.executable, "-m", "desktop", "export", "--format", "csv", "--out", str(tmp_path / "no" / "x.zip"),
         "--data-dir", str(caseload.root)],
        env=env, capture_output=True, text=True, encoding="utf-8", timeout=120, cwd=ROOT, stdin=subprocess.DEVNULL,
    )
    assert missing.returncode == 1 and missing.stderr.startswith("passerelle: ")


def test_the_command_line_starts_without_loading_openpyxl() -> None:
    code = "import sys, desktop.cli.export_cmd, desktop.services.export; print('openpyxl' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.stdout.strip() == "False", done.stderr
