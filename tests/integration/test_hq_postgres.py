"""End to end on PostgreSQL, as in production: the shipped ini template
filled in, ``kinto migrate``, ``hq serve --ini``, ``hq provision``, then a
case manager writes and reads a record; everything survives a restart."""

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from desktop.paths import resources_dir
from tests.kinto_fixtures import ADMIN, PostgresCluster, admin_env, start_kinto

pytestmark = [pytest.mark.kinto, pytest.mark.postgres]

TEMPLATE = resources_dir() / "hq" / "kinto-production.ini.template"
TEMPLATE_DB = "postgresql://passerelle:CHANGE-ME-DB-PASSWORD@127.0.0.1:5432/passerelle_hq"
EXAMPLE = resources_dir() / "hq" / "organisation.example.yaml"


def production_ini(folder: Path, database_url: str) -> Path:
    text = TEMPLATE.read_text(encoding="utf-8")
    assert text.count(TEMPLATE_DB) == 3
    text = text.replace(TEMPLATE_DB, database_url).replace("CHANGE-ME-ADMIN", ADMIN.user)
    text = text.replace("CHANGE-ME-SECRET", "5e" * 32).replace("CHANGE-ME-HOST", "hq.example.org")
    path = folder / "hq.ini"
    path.write_text(text, encoding="utf-8")
    return path


def test_case_manager_round_trip_on_postgresql(tmp_path: Path, postgres_cluster: PostgresCluster) -> None:
    ini = production_ini(tmp_path, postgres_cluster.create_database("passerelle_hq"))
    kinto = Path(sys.executable).with_name("kinto")
    migrate = subprocess.run([str(kinto), "migrate", "--ini", str(ini)], capture_output=True, text=True, timeout=120)
    assert migrate.returncode == 0, migrate.stderr

    server = start_kinto(tmp_path / "run1", ini=ini)
    try:
        assert f"administrator account {ADMIN.user}: created" in server.output()
        assert server.errors() == ""
        provisioned = subprocess.run(
            [sys.executable, "-m", "desktop", "hq", "provision", str(EXAMPLE), "--url", server.url, "--json"],
            env=admin_env(PASSERELLE_LOG_DIR=str(tmp_path / "logs")), capture_output=True, text=True, timeout=120)
        assert provisioned.returncode == 0, provisioned.stderr
        passwords = {a["username"]: a["password"] for a in json.loads(provisioned.stdout)["accounts"]}

        awa = ("awa.diallo", passwords["awa.diallo"])
        record = f"{server.url}/buckets/office-dkr/collections/cases/records/case-0001"
        written = requests.put(record, json={"data": {"case_number": "DKR-2026-0001"}}, auth=awa, timeout=10)
        assert written.status_code == 201, written.text
        read = requests.get(record, auth=awa, timeout=10)
        assert read.json()["data"]["case_number"] == "DKR-2026-0001"
        other_office = ("ousmane.ba", passwords["ousmane.ba"])
        assert requests.get(record, auth=other_office, timeout=10).status_code == 403
        me_officer = ("fatou.kane", passwords["fatou.kane"])
        assert requests.get(record, auth=me_officer, timeout=10).status_code == 200
        assert requests.patch(record, json={"data": {}}, auth=me_officer, timeout=10).status_code == 403
    finally:
        assert server.stop() == 0

    # restarted with another administrator password in the environment: warned, data kept
    port = int(server.url.rsplit(":", 1)[1].split("/")[0])
    env = admin_env(PASSERELLE_HQ_ADMIN_PASSWORD="another admin password", PASSERELLE_LOG_DIR=str(tmp_path / "logs"))
    again = start_kinto(tmp_path / "run2", ini=ini, port=port, env=env)
    try:
        assert again.errors().strip() == (f"warning: the account {ADMIN.user} exists with another password than "
                                          "PASSERELLE_HQ_ADMIN_PASSWORD; it was left unchanged")
        assert requests.get(record, auth=awa, timeout=10).json()["data"]["case_number"] == "DKR-2026-0001"
        info = requests.get(f"{again.url}/", auth=(ADMIN.user, ADMIN.password), timeout=10).json()
        assert info["user"]["id"] == f"account:{ADMIN.user}"
        assert info["config"]["hash"] == hashlib.sha256(ini.read_bytes()).hexdigest()
    finally:
        assert again.stop() == 0
