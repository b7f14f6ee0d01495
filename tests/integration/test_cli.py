"""The ``passerelle`` command line, run as a user runs it: a real process, real
profiles on disk with the default Argon2id cost, and assertions on what the
user sees (stdout, stderr, exit code) and on the data afterwards."""

import json
import logging
import os
import re
import subprocess
import sys
import types
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop.__main__ import main
from desktop.services import profiles
from desktop.store.profiles import ProfileStore

PASSPHRASE = "copper kettle 58!"
RECOVERY_KEY = re.compile(r"\b[A-Z2-9]{4}(?:-[A-Z2-9]{4}){3,}\b")
CREATE = ["profile", "create", "--office", "Dakar", "--role", "case_manager", "--lang", "fr"]


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        assert self.code == 0, self.err
        return json.loads(self.out)


class Cli:
    """``python -m desktop …`` against one data directory."""

    def __init__(self, root: Path):
        self.data, self.logs = root / "data", root / "logs"

    def __call__(self, *args: str, passphrase: str | None = PASSPHRASE, stdin: str | None = None) -> Result:
        env = {**os.environ, "PASSERELLE_DATA_DIR": str(self.data), "PASSERELLE_LOG_DIR": str(self.logs),
               "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
        env.pop("PASSERELLE_PASSPHRASE", None)
        if passphrase is not None:
            env["PASSERELLE_PASSPHRASE"] = passphrase
        done = subprocess.run(
            [sys.executable, "-m", "desktop", *args],
            env=env,
            input=stdin if stdin is not None else "",
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
            start_new_session=True,  # no controlling terminal: getpass reads stdin, never a real tty
        )
        assert "Traceback" not in done.stderr, done.stderr
        return Result(done.returncode, done.stdout, done.stderr)

    def create(self, name: str, *extra: str, passphrase: str = PASSPHRASE) -> Result:
        result = self(*CREATE, "--name", name, *extra, passphrase=passphrase)
        assert result.code == 0, result.err
        return result

    def cases(self, *args: str) -> list[dict[str, Any]]:
        return self("cases", "list", "--json", "--limit", "1000", *args).json()

    def show(self, number: str) -> dict[str, Any]:
        return self("cases", "show", number, "--json").json()

    def audit_entries(self) -> int:
        result = self("audit", "verify")
        assert result.code == 0, result.err
        return int(re.search(r"\((\d+) entries\)", result.out).group(1))


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path)


@pytest.fixture(scope="module")
def caseload(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    """One profile with 60 demo cases, shared by the tests that read it."""
    shared = Cli(tmp_path_factory.mktemp("caseload"))
    shared.create("Aïcha Diallo")
    added = shared("demo-data", "--cases", "60")
    assert added.code == 0, added.err
    assert "Added 60 demo cases" in added.out
    return shared


@pytest.fixture
def log_handlers() -> Iterator[None]:
    """In-process runs attach the file handler to the root logger: remove it after."""
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_passerelle", False)]:
        root.removeHandler(handler)
        handler.close()


def one_line(text: str) -> str:
    lines = text.splitlines()
    assert len(lines) == 1, text
    return lines[0]


# --- start-up ---------------------------------------------------------------------


def test_version(cli: Cli) -> None:
    result = cli("--version")
    assert (result.code, result.out.strip()) == (0, "passerelle 0.1.0")


def test_commands_do_not_load_qt(cli: Cli) -> None:
    code = "import sys; from desktop.__main__ import main; main(['profile', 'list']); print('PySide6' in sys.modules)"
    env = {**os.environ, "PASSERELLE_DATA_DIR": str(cli.data), "PASSERELLE_LOG_DIR": str(cli.logs)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip().splitlines()[-1] == "False"


def test_usage_errors_are_one_line_with_exit_code_1(cli: Cli) -> None:
    bad_choice = cli("cases", "list", "--status", "lost")
    assert bad_choice.code == 1
    assert "invalid choice: 'lost'" in one_line(bad_choice.err)
    missing = cli("cases")
    assert missing.code == 1 and one_line(missing.err).startswith("passerelle: ")
    gui_option = cli("--demo", "cases", "list")
    assert gui_option.code == 1 and "window only" in one_line(gui_option.err)


def test_no_command_opens_the_window_with_the_options(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, log_handlers: None
) -> None:
    calls = []
    fake = types.ModuleType("desktop.app")
    fake.run_gui = lambda **kwargs: calls.append(kwargs) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop.app", fake)
    shot = tmp_path / "shot.png"
    assert main(["--demo", "--lang", "ar", "--screenshot", str(shot), "--data-dir", str(tmp_path / "elsewhere")]) == 0
    assert main(["--profile", "aicha-diallo"]) == 0
    assert calls == [
        {"data_dir": tmp_path / "elsewhere", "profile": None, "demo": True, "screenshot": shot, "language": "ar"},
        {"data_dir": tmp_path / "data", "profile": "aicha-diallo", "demo": False, "screenshot": None, "language": None},
    ]


# --- profiles ---------------------------------------------------------------------


def test_weak_passphrase_is_refused_with_every_problem(cli: Cli) -> None:
    result = cli(*CREATE, "--name", "Aïcha Diallo", passphrase="aicha")
    assert result.code == 1
    line = one_line(result.err)
    assert line.startswith("passerelle: This passphrase is too weak.")
    assert "Use at least 10 characters." in line
    assert "Mix letters with digits or other signs." in line
    assert cli("profile", "list", "--json").json() == []


def test_profile_create_shows_the_recovery_key_once_and_lists_the_profile(cli: Cli) -> None:
    created = cli.create("Aïcha Diallo", "--role", "supervisor", "--lang", "ar", "--office-code", "DKR")
    assert "aicha-diallo" in created.out
    assert "shown only this once" in created.out
    recovery_key = RECOVERY_KEY.search(created.out).group(0)

    listing = cli("profile", "list")
    assert listing.code == 0
    assert re.search(r"aicha-diallo\s+Aïcha Diallo\s+Dakar\s+supervisor\s+ar", listing.out)
    assert cli("profile", "list", "--json").json() == [
        {"username": "aicha-diallo", "display_name": "Aïcha Diallo", "office": "Dakar", "role": "supervisor",
         "language": "ar"}
    ]
    again = cli(*CREATE, "--name", "Aïcha Diallo")
    assert (again.code, one_line(again.err)) == (1, "passerelle: A profile named “aicha-diallo” already exists.")

    # the printed key really opens the profile, and the office code is used for case numbers
    session = profiles.recover(ProfileStore(cli.data), "aicha-diallo", recovery_key, "new copper kettle 59!")
    assert session.settings.office_code == "DKR"
    session.close()


def test_arabic_name_gets_a_generated_user_name(cli: Cli) -> None:
    created = cli.create("فاطمة الزهراء")
    username = re.search(r"--profile (user-[0-9a-f]{4})", created.out).group(1)
    assert [p["username"] for p in cli("profile", "list", "--json").json()] == [username]
    chosen = cli.create("فاطمة الزهراء", "--username", "fatima")
    assert "--profile fatima" in chosen.out


def test_a_bad_user_name_is_refused_like_the_other_options(cli: Cli) -> None:
    refused = cli(*CREATE, "--name", "Awa Ndiaye", "--username", "Awa!", "--office-code", "!!")
    assert refused.code == 1
    assert refused.err.splitlines() == [
        "passerelle: --username: This value does not have the expected form.",
        "passerelle: --office-code: This value does not have the expected form.",
    ]
    assert cli("profile", "list", "--json").json() == []


def test_passphrase_typed_at_the_prompt_must_match(cli: Cli) -> None:
    mismatch = cli(*CREATE, "--name", "Awa Ndiaye", passphrase=None, stdin="copper kettle 58!\ncopper kettle 59!\n")
    assert mismatch.code == 1
    assert mismatch.err.splitlines()[-1] == "passerelle: The two passphrases are not the same."
    assert cli("profile", "list", "--json").json() == []

    typed = cli(*CREATE, "--name", "Awa Ndiaye", passphrase=None, stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n")
    assert typed.code == 0, typed.err
    unlocked = cli("cases", "list", passphrase=None, stdin=f"{PASSPHRASE}\n")
    assert (unlocked.code, unlocked.out.strip()) == (0, "No cases found.")
    no_input = cli("cases", "list", passphrase=None)
    assert no_input.code == 1 and "no passphrase given" in no_input.err.splitlines()[-1]


def test_wrong_passphrase(caseload: Cli) -> None:
    wrong = caseload("cases", "list", passphrase="copper kettle 57!")
    assert (wrong.code, wrong.err, wrong.out) == (1, "passerelle: Wrong passphrase.\n", "")
    assert caseload("cases", "list").code == 0


def test_profile_option_is_needed_when_two_profiles_exist(cli: Cli) -> None:
    cli.create("Awa Ndiaye")
    cli.create("Omar Haddad", passphrase="olive grove 77?")
    cli("demo-data", "--cases", "3", "--profile", "omar-haddad", passphrase="olive grove 77?")

    ambiguous = cli("cases", "list")
    assert ambiguous.code == 1
    assert one_line(ambiguous.err) == (
        "passerelle: Several profiles exist (awa-ndiaye, omar-haddad): choose one with --profile."
    )
    assert len(cli("--profile", "omar-haddad", "cases", "list", "--json", passphrase="olive grove 77?").json()) == 3
    assert cli("cases", "list", "--json", "--profile", "awa-ndiaye").json() == []
    unknown = cli("cases", "list", "--profile", "nobody")
    assert (unknown.code, one_line(unknown.err)) == (1, "passerelle: There is no profile named “nobody”.")


# --- cases ------------------------------------------------------------------------


def test_cases_list_counts_searches_and_filters(caseload: Cli) -> None:
    everything = caseload.cases()
    assert len(everything) == 60
    assert len(caseload("cases", "list", "--json").json()) == 50  # default --limit

    expected = {row["case_number"] for row in everything if row["family_name"] == "Sampleton"}
    found = caseload.cases("--search", "sampleton")
    assert expected and {row["case_number"] for row in found} == expected

    closed = caseload.cases("--status", "closed")
    assert closed and {row["case_number"] for row in closed} == {
        row["case_number"] for row in everything if row["status"] == "closed"
    }
    both = caseload.cases("--status", "closed", "--status", "registered")
    assert len(both) == sum(row["status"] in ("closed", "registered") for row in everything)

    table = caseload("cases", "list", "--limit", "5")
    assert table.code == 0
    assert table.out.splitlines()[0].split()[:3] == ["CASE", "NUMBER", "NAME"]
    assert everything[0]["case_number"] in table.out
    assert "5 of 60 cases shown" in table.out


def test_cases_show_prints_the_case_and_records_the_view(caseload: Cli) -> None:
    row = caseload.cases()[3]
    entries = caseload.audit_entries()

    shown = caseload.show(row["case_number"])
    for name in ("case_number", "given_name", "family_name", "phone", "status", "community", "next_follow_up"):
        assert shown[name] == row[name]
    assert shown["household"] == [] and shown["consents"] == []
    assert caseload.audit_entries() == entries + 1

    text = caseload("cases", "show", row["case_number"])
    assert text.code == 0
    assert text.out.splitlines()[0].split()[0] == row["case_number"]
    assert row["family_name"] in text.out.splitlines()[0]
    assert re.search(r"Status:\s+" + row["status"], text.out)

    missing = caseload("cases", "show", "DAKAR-1999-99999")
    assert (missing.code, missing.err) == (1, "passerelle: No such case.\n")


def test_cases_set_saves_valid_changes(caseload: Cli) -> None:
    number = caseload.cases()[10]["case_number"]
    result = caseload("cases", "set", number, "phone=+221 70 555 12 34", "community=Nouvelleville",
                      "vulnerabilities=health;elderly")
    assert result.code == 0, result.err
    assert f"{number}: changed phone, community, vulnerabilities." in result.out
    assert "community: " in result.out and "→ Nouvelleville" in result.out

    shown = caseload.show(number)
    assert (shown["phone"], shown["community"]) == ("+221 70 555 12 34", "Nouvelleville")
    assert sorted(shown["vulnerabilities"]) == ["elderly", "health"]
    assert shown["updated_by"] == "aicha-diallo"
    assert [row["case_number"] for row in caseload.cases("--search", "nouvelleville")] == [number]

    again = caseload("cases", "set", number, "community=Nouvelleville")
    assert (again.code, again.out.strip()) == (0, f"{number}: nothing changed.")


def test_cases_set_refuses_an_invalid_date_and_changes_nothing(caseload: Cli) -> None:
    number = caseload.cases()[11]["case_number"]
    before = caseload.show(number)
    result = caseload("cases", "set", number, "birth_date=1990-02-30", "phone=+221 70 000 00 00")
    assert result.code == 1
    assert one_line(result.err) == "passerelle: birth_date: Enter a date as YYYY-MM-DD."
    assert caseload.show(number) == before

    future = caseload("cases", "set", number, "return_date=2999-01-01")
    assert (future.code, one_line(future.err)) == (1, "passerelle: return_date: This date is in the future.")
    assert caseload.show(number) == before


def test_cases_set_reports_every_unknown_field_and_bad_pair(caseload: Cli) -> None:
    number = caseload.cases()[12]["case_number"]
    before = caseload.show(number)
    result = caseload("cases", "set", number, "colour=blue", "phone", "status=closed")
    assert result.code == 1
    assert result.err.splitlines() == [
        "passerelle: phone: Write changes as FIELD=VALUE.",
        "passerelle: colour: There is no such field.",
        "passerelle: status: There is no such field.",
    ]
    assert caseload.show(number) == before


def test_audit_verify_reports_an_intact_trail(caseload: Cli) -> None:
    result = caseload("audit", "verify")
    assert result.code == 0
    assert re.fullmatch(r"The audit trail is intact \((\d+) entries\)\.\n", result.out)
    assert caseload.audit_entries() >= 60  # one import entry per demo case at least


def test_audit_verify_detects_an_altered_entry(cli: Cli) -> None:
    cli.create("Awa Ndiaye")
    cli("demo-data", "--cases", "3")
    store = ProfileStore(cli.data)
    session = profiles.unlock(store, "awa-ndiaye", PASSPHRASE)
    session.db.execute("DROP TRIGGER audit_no_update")
    session.db.execute("UPDATE audit_log SET fields = '[]' WHERE seq = 2")
    session.close()
    result = cli("audit", "verify")
    assert (result.code, result.out) == (1, "")
    assert one_line(result.err) == "passerelle: The audit trail is broken: entry 2 was altered."


# --- import -----------------------------------------------------------------------

GOOD_CSV = """\
given_name,family_name,sex,age,phone,community,return_date
Awa,Importée,female,34,+221 77 111 22 33,Pikine,2025-02-01
Koffi,Importé,male,,,Thiès,
نور,الاستيراد,female,28,,Erbil,2024-06-30
"""

BAD_CSV = """\
given_name;family_name;sex;birth_date
Awa;Bonne;female;1990-01-01
Fatou;Mauvaise;female;1990-13-01
Koffi;Bon;male;
Ousmane;Pire;alien;
"""


def test_cases_import_adds_every_row(cli: Cli, tmp_path: Path) -> None:
    cli.create("Awa Ndiaye")
    path = tmp_path / "caseload.csv"
    path.write_text(GOOD_CSV, encoding="utf-8")
    result = cli("cases", "import", str(path))
    assert result.code == 0, result.err
    assert result.out.startswith("Imported 3 cases")
    rows = {row["family_name"]: row for row in cli.cases()}
    assert set(rows) == {"Importée", "Importé", "الاستيراد"}
    assert rows["Importée"]["community"] == "Pikine"
    assert rows["Importée"]["phone"] == "+221 77 111 22 33"


def test_cases_import_reports_every_bad_row_and_imports_nothing(cli: Cli, tmp_path: Path) -> None:
    cli.create("Awa Ndiaye")
    path = tmp_path / "caseload.csv"
    path.write_text(BAD_CSV, encoding="utf-8")
    result = cli("cases", "import", str(path))
    assert result.code == 1
    assert result.err.splitlines() == [
        "line 3: birth_date: Enter a date as YYYY-MM-DD.",
        "line 5: sex: Choose one of the values offered.",
        "passerelle: Nothing was imported. Rows with problems: 2.",
    ]
    assert cli.cases() == []

    missing = cli("cases", "import", str(tmp_path / "nowhere.csv"))
    assert (missing.code, missing.err) == (1, "passerelle: The file cannot be read.\n")


# --- failures ---------------------------------------------------------------------


def test_unexpected_error_is_logged_without_personal_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], log_handlers: None
) -> None:
    monkeypatch.setenv("PASSERELLE_PASSPHRASE", PASSPHRASE)
    assert main([*CREATE, "--name", "Awa Ndiaye"]) == 0

    personal = "Aminata Exemplaire +221 77 123 45 67"

    def broken(self: object, number: str) -> None:
        raise ValueError(f"could not read {personal}")  # as pydantic and others quote their input

    monkeypatch.setattr("desktop.services.cases.CaseService.open_by_number", broken)
    capsys.readouterr()
    assert main(["cases", "show", "DAKAR-2026-00001"]) == 1
    err = capsys.readouterr().err
    assert one_line(err).startswith("passerelle: Something went wrong. Details were written to the log file.")
    log_text = (tmp_path / "logs" / "passerelle.log").read_text(encoding="utf-8")
    assert "Unexpected error in 'cases show': ValueError" in log_text
    assert "in show_case" in log_text  # the stack frames are there for whoever debugs it
    assert "Aminata" not in log_text and "123 45 67" not in log_text


def test_ctrl_c_exits_130_and_creates_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], log_handlers: None
) -> None:
    monkeypatch.delenv("PASSERELLE_PASSPHRASE", raising=False)

    def interrupted(prompt: str = "") -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr("getpass.getpass", interrupted)
    assert main([*CREATE, "--name", "Awa Ndiaye"]) == 130
    assert "Traceback" not in capsys.readouterr().err
    assert main(["profile", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
