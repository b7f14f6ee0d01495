"""``passerelle forms validate`` run as an IM officer runs it: a real process,
no profile, no passphrase; problems as ``FILE:LINE: [question] key: message``."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.paths import resources_dir

EXAMPLE = resources_dir() / "forms" / "example_followup.yaml"

BROKEN = """\
id: broken_form
version: 1
title: Broken
pages:
  - name: main
    title: Main
    questions:
      - name: reached
        type: yes_no
        label: Reached?
      - name: follow_up
        type: date
        label: Next date
        relevant: "${reachd} = 'no'"
        save_to: next_followup
      - name: reached
        type: calculate
"""


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PASSERELLE_DATA_DIR": str(tmp_path / "data"), "PASSERELLE_LOG_DIR": str(tmp_path / "logs"),
           "PYTHONIOENCODING": "utf-8"}
    env.pop("PASSERELLE_PASSPHRASE", None)
    done = subprocess.run([sys.executable, "-m", "desktop", "forms", "validate", *args], env=env, input="",
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    return done


def test_valid_forms_exit_0_with_a_summary(tmp_path: Path) -> None:
    done = run(tmp_path, str(EXAMPLE))
    assert (done.returncode, done.stdout.strip(), done.stderr) == (0, "1 form valid", "")
    shipped = run(tmp_path, str(EXAMPLE.parent))
    assert shipped.returncode == 0 and re.fullmatch(r"\d+ forms? valid", shipped.stdout.strip())
    assert not (tmp_path / "data").exists()  # no profile was needed nor created


def test_a_file_named_twice_is_checked_once(tmp_path: Path) -> None:
    folder = tmp_path / "forms"
    folder.mkdir()
    form = folder / "followup.yaml"
    form.write_bytes(EXAMPLE.read_bytes())
    done = run(tmp_path, str(folder), str(form), str(folder / ".." / "forms" / "followup.yaml"))
    assert (done.returncode, done.stdout.strip(), done.stderr) == (0, "1 form valid", "")
    assert "already used" not in done.stdout + done.stderr


def test_a_broken_file_gives_one_line_per_problem_and_exit_1(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    done = run(tmp_path, str(EXAMPLE), str(broken))
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines == [
        f"{broken}:14: [follow_up] relevant: ${{reachd}} is not a question of this form (did you mean 'reached'?)",
        f"{broken}:15: [follow_up] save_to: 'next_followup' is not a case property a form may update"
        " (did you mean 'next_follow_up'?)",
        f"{broken}:16: [reached] name: the name 'reached' is already used by another question of this form",
        f"{broken}:16: [reached] calculation: a calculate question needs a calculation",
    ]
    assert done.stderr == "passerelle: 4 problems in 1 of 2 forms\n"


@pytest.mark.parametrize("content, expected", [
    (b"id: x\npages: [\n", r":3: YAML syntax: "),
    (b"id: x\ntitle: caf\xe9\n", r":2: the file is not UTF-8 text"),
])
def test_unreadable_yaml_is_reported_with_its_line(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    done = run(tmp_path, str(path))
    assert done.returncode == 1
    assert done.stdout.startswith(str(path)) and re.search(re.escape(expected), done.stdout), done.stdout


def test_a_missing_file_and_a_usage_error(tmp_path: Path) -> None:
    missing = run(tmp_path, str(tmp_path / "nope.yaml"))
    assert missing.returncode == 1 and f"{tmp_path / 'nope.yaml'}: cannot read the file" in missing.stdout
    usage = run(tmp_path)
    assert usage.returncode == 1 and usage.stderr.startswith("passerelle: ")
