"""``passerelle hq`` run as an administrator runs it: real processes, a real
Kinto on 127.0.0.1, assertions on what is printed and on the server."""

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from desktop.hq.layout import SYNCED_COLLECTIONS
from desktop.paths import resources_dir
from tests.kinto_fixtures import ADMIN, KintoServer, admin_env, start_kinto

pytestmark = pytest.mark.kinto

EXAMPLE = resources_dir() / "hq" / "organisation.example.yaml"
TEMPLATE = resources_dir() / "hq" / "kinto-production.ini.template"
NOT_INSTALLED = "passerelle: the headquarters server is not installed: pip install 'passerelle[hq]'"
OBJECTS = 7 + 4 + 7 + 3 * len(SYNCED_COLLECTIONS)  # accounts, buckets (3 offices + hq), groups, collections


@dataclass
class Result:
    code: int
    out: str
    err: str


def hq(*args: str, env: dict[str, str] | None = None, logs: Path | None = None) -> Result:
    environment = dict(env if env is not None else admin_env())
    if logs is not None:
        environment["PASSERELLE_LOG_DIR"] = str(logs)
    done = subprocess.run([sys.executable, "-m", "desktop", "hq", *args], env=environment, capture_output=True,
                          text=True, encoding="utf-8", timeout=120, stdin=subprocess.DEVNULL)
    assert "Traceback" not in done.stderr, done.stderr
    return Result(done.returncode, done.stdout, done.stderr)


def _without_admin(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PASSERELLE_HQ_")}
    return {**env, **extra}


# --- hq serve ----------------------------------------------------------------------------


@pytest.mark.parametrize(("env", "expected"), [
    ({}, "passerelle: PASSERELLE_HQ_ADMIN_USER and PASSERELLE_HQ_ADMIN_PASSWORD not set: "
         "they name the administrator account of the server"),
    ({"PASSERELLE_HQ_ADMIN_USER": "boss", "PASSERELLE_HQ_ADMIN_PASSWORD": "eleven char"},
     "passerelle: PASSERELLE_HQ_ADMIN_PASSWORD is too short: at least 12 characters"),
])
def test_serve_refuses_to_start_without_a_proper_admin(tmp_path: Path, env: dict[str, str], expected: str) -> None:
    result = hq("serve", "--memory", "--ini", str(tmp_path), env=_without_admin(**env))
    assert (result.code, result.err.strip(), result.out) == (1, expected, "")
    assert not (tmp_path / "kinto.ini").exists()


def test_serve_says_what_it_needs(tmp_path: Path) -> None:
    neither = hq("serve")
    assert (neither.code, neither.err.strip()) == (
        1, "passerelle: choose --memory (trying out) or --ini FILE (production, see docs/hq.md)")
    template = hq("serve", "--ini", str(TEMPLATE))
    assert template.code == 1 and len(template.err.splitlines()) == 1
    assert f"{TEMPLATE}:" in template.err and "replace CHANGE-ME with a real value first" in template.err


def test_serve_in_a_program_without_kinto_says_how_to_install_it() -> None:
    """As in the desktop bundle, which carries no Kinto: the import fails."""
    code = ("import sys; sys.modules['kinto'] = None; from desktop.__main__ import main; "
            "sys.exit(main(['hq', 'serve', '--memory']))")
    done = subprocess.run([sys.executable, "-c", code], env=admin_env(), capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stderr.strip()) == (1, NOT_INSTALLED)


def test_serve_memory_serves_until_ctrl_c(tmp_path: Path) -> None:
    server = start_kinto(tmp_path / "hq")
    try:
        assert requests.get(f"{server.url}/__heartbeat__", timeout=5).status_code == 200
        info = requests.get(f"{server.url}/", auth=(ADMIN.user, ADMIN.password), timeout=5).json()
        assert info["user"]["id"] == f"account:{ADMIN.user}"
        assert info["settings"]["batch_max_requests"] == 100
        assert (tmp_path / "hq" / "kinto.ini").is_file()
        assert server.output().splitlines() == [
            f"headquarters server on {server.url}/ (memory backend: everything is lost when it stops)",
            f"administrator account {ADMIN.user}: created",
            "Ctrl-C stops it",
        ]
    finally:
        code = server.stop()
    assert code == 0 and server.output().splitlines()[-1] == "headquarters server stopped"
    assert server.errors() == ""  # no warnings, no request log
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{server.url}/__heartbeat__", timeout=2)


def test_serve_on_a_port_in_use_is_one_line(tmp_path: Path, kinto_server: KintoServer) -> None:
    port = kinto_server.url.rsplit(":", 1)[1].split("/")[0]
    result = hq("serve", "--memory", "--ini", str(tmp_path), "--port", port)
    assert result.code == 1 and result.err.startswith(f"passerelle: cannot listen on 127.0.0.1:{port}")
    assert len(result.err.splitlines()) == 1


# --- hq provision --------------------------------------------------------------------------


def test_provision_prints_passwords_once_then_has_nothing_to_do(tmp_path: Path, fresh_kinto: KintoServer) -> None:
    logs = tmp_path / "logs"
    first = hq("provision", str(EXAMPLE), "--url", fresh_kinto.url, logs=logs)
    assert first.code == 0, first.err
    lines = first.out.splitlines()
    assert lines[0].split() == ["USER", "ROLE", "OFFICE", "ACCOUNT", "PASSWORD"]
    rows = [line.split() for line in lines[2:9]]
    passwords = {row[0]: row[4] for row in rows}
    assert {row[3] for row in rows} == {"created"} and len(set(passwords.values())) == 7
    assert ["fatou.kane", "me_officer", "—"] == rows[-1][:3]
    assert lines[-1] == f"{OBJECTS} created, 0 changed, 0 unchanged"
    for user, password in passwords.items():
        whoami = requests.get(f"{fresh_kinto.url}/", auth=(user, password), timeout=5).json()
        assert whoami["user"]["id"] == f"account:{user}"

    again = hq("provision", str(EXAMPLE), "--url", fresh_kinto.url, logs=logs)
    assert again.code == 0 and "PASSWORD" not in again.out
    assert again.out.splitlines()[-1] == (f"0 created, 0 changed, {OBJECTS} unchanged: "
                                          f"the server already matches {EXAMPLE}")
    as_json = hq("provision", str(EXAMPLE), "--url", fresh_kinto.url, "--json", logs=logs)
    report = json.loads(as_json.out)
    assert (report["created"], report["changed"], report["unchanged"]) == (0, 0, OBJECTS)
    assert {(a["status"], a["password"]) for a in report["accounts"]} == {("unchanged", None)}
    assert {o["kind"] for o in report["objects"]} == {"bucket", "group", "collection"}

    logged = "".join(path.read_text(encoding="utf-8") for path in logs.glob("*.log*"))
    assert "Command 'hq provision' finished" in logged
    assert not any(password in logged for password in passwords.values())
    assert ADMIN.password not in logged


def test_provision_json_carries_generated_passwords(fresh_kinto: KintoServer, tmp_path: Path) -> None:
    org = tmp_path / "org.yaml"
    org.write_text("offices: [{code: K1, name: Kolda}]\n"
                   "users:\n  - {username: new.user, role: case_manager, office: K1}\n"
                   "  - {username: set.user, role: supervisor, office: k1, password: 'twelve chars ok'}\n")
    report = json.loads(hq("provision", str(org), "--url", fresh_kinto.url, "--json").out)
    accounts = {a["username"]: a for a in report["accounts"]}
    assert accounts["new.user"]["status"] == "created" and len(accounts["new.user"]["password"]) == 19
    assert accounts["set.user"]["password"] is None  # the administrator wrote it in the file
    assert requests.get(f"{fresh_kinto.url}/", auth=("set.user", "twelve chars ok"), timeout=5).json()["user"]


def test_an_invalid_file_is_reported_and_nothing_is_written(tmp_path: Path, kinto_server: KintoServer) -> None:
    org = tmp_path / "org.yaml"
    org.write_text("offices:\n  - code: ZZ9\n    name: Nowhere\nusers:\n"
                   "  - username: zz.one\n    role: case_manager\n    office: XX\n"
                   "  - username: zz.two\n    role: director\n    office: ZZ9\n")
    result = hq("provision", str(org), "--url", kinto_server.url)
    assert result.code == 1 and result.out == ""
    assert result.err.splitlines() == [
        f"{org}:9: users[1].role: Input should be 'case_manager', 'supervisor' or 'me_officer'",
        f"passerelle: {org}: 1 problem; nothing was written",
    ]
    assert requests.get(f"{kinto_server.url}/buckets/office-zz9", timeout=5,
                        auth=(ADMIN.user, ADMIN.password)).status_code in (403, 404)


def test_provision_with_the_wrong_admin_password_is_one_line(kinto_server: KintoServer) -> None:
    env = admin_env(PASSERELLE_HQ_ADMIN_PASSWORD="not the right one")
    result = hq("provision", str(EXAMPLE), "--url", kinto_server.url, env=env)
    assert (result.code, result.out) == (1, "")
    assert result.err.strip() == (f"passerelle: {kinto_server.url} refused the administrator account {ADMIN.user} "
                                  "(PASSERELLE_HQ_ADMIN_USER / PASSERELLE_HQ_ADMIN_PASSWORD)")
