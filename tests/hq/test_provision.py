"""``provision`` against a real Kinto: creates what is missing, changes what
differs, and a second run changes nothing."""

from pathlib import Path

import pytest
import requests

from desktop.hq import HqError
from desktop.hq.credentials import Admin
from desktop.hq.layout import SYNCED_COLLECTIONS
from desktop.hq.organisation import load_organisation
from desktop.hq.provision import provision
from desktop.paths import resources_dir
from tests.kinto_fixtures import KintoServer, Org

pytestmark = pytest.mark.kinto

EXAMPLE = resources_dir() / "hq" / "organisation.example.yaml"


def _whoami(server: KintoServer, user: str, password: str) -> str | None:
    info = requests.get(server.url + "/", auth=(user, password), timeout=10).json()
    return info.get("user", {}).get("id")


def test_example_org_then_nothing_to_do(fresh_kinto: KintoServer) -> None:
    organisation = load_organisation(EXAMPLE)
    first = provision(organisation, fresh_kinto.url, fresh_kinto.admin)
    assert (first.count("created"), first.count("changed")) == (7 + 4 + 7 + 3 * len(SYNCED_COLLECTIONS), 0)
    passwords = {line.username: line.password for line in first.accounts}
    assert all(passwords.values()) and len(set(passwords.values())) == 7
    assert _whoami(fresh_kinto, "awa.diallo", passwords["awa.diallo"]) == "account:awa.diallo"

    again = provision(organisation, fresh_kinto.url + "/", fresh_kinto.admin)
    assert again.summary() == f"0 created, 0 changed, {len(again.changes)} unchanged"
    assert not any(line.password for line in again.accounts)
    assert _whoami(fresh_kinto, "awa.diallo", passwords["awa.diallo"]) == "account:awa.diallo"  # kept

    reset = provision(organisation, fresh_kinto.url, fresh_kinto.admin, reset_passwords=True)
    assert reset.count("changed") == 7 and reset.count("created") == 0
    new = next(line.password for line in reset.accounts if line.username == "awa.diallo")
    assert new and new != passwords["awa.diallo"]
    assert _whoami(fresh_kinto, "awa.diallo", new) == "account:awa.diallo"
    assert _whoami(fresh_kinto, "awa.diallo", passwords["awa.diallo"]) is None


def test_dry_run_writes_nothing(fresh_kinto: KintoServer) -> None:
    report = provision(load_organisation(EXAMPLE), fresh_kinto.url, fresh_kinto.admin, dry_run=True)
    assert report.count("created") > 0 and report.summary().endswith("(dry run: nothing written)")
    assert not any(line.password for line in report.accounts)
    assert fresh_kinto.client().get_buckets() == []


def test_edits_to_the_file_and_tampering_on_the_server_are_put_right(tmp_path: Path, provisioned_org: Org) -> None:
    org, server = provisioned_org, provisioned_org.server
    admin = server.client()
    # someone opened office a to every user on the server
    admin.patch_bucket(id=org.bucket("a"), permissions={"read": ["system.Authenticated"]})
    # and the case manager of b moves to a
    moved = org.organisation.model_copy(update={"users": [
        user.model_copy(update={"office": org.offices["a"]}) if user.username == org.users["cm_b"].username else user
        for user in org.organisation.users]})
    report = provision(moved, server.url, server.admin)
    changed = {(change.kind, change.name) for change in report.changes if change.status == "changed"}
    groups = {f"hq/{code.lower()}-staff" for code in org.offices.values()}
    assert changed == {("bucket", org.bucket("a"))} | {("group", name) for name in groups}
    assert "system.Authenticated" not in admin.get_bucket(id=org.bucket("a"))["permissions"]["read"]
    cm_b = org.users["cm_b"].username
    cm_b_sees = server.client(cm_b).get_buckets()
    assert [bucket["id"] for bucket in cm_b_sees] == [org.bucket("a")]


def test_an_office_removed_from_the_file_keeps_its_data_and_prune_ends_access(make_org, fresh_kinto) -> None:
    org = make_org(server=fresh_kinto)
    record = org.client("cm_b").create_record(data={"title": "kept"})["data"]
    code_b = org.offices["b"].lower()
    only_a = org.organisation.model_copy(update={
        "offices": [office for office in org.organisation.offices if office.code == org.offices["a"]],
        "users": [user for user in org.organisation.users if user.office != org.offices["b"]]})

    report = provision(only_a, fresh_kinto.url, fresh_kinto.admin)
    assert report.stale_groups == [f"{code_b}-staff", f"{code_b}-supervisors"]
    assert report.count("changed") == 0
    assert org.http("cm_b").get(org.records_url("b"), timeout=10).status_code == 200  # not pruned yet

    pruned = provision(only_a, fresh_kinto.url, fresh_kinto.admin, prune=True)
    assert {c.name for c in pruned.changes if c.status == "changed"} == {f"hq/{g}" for g in report.stale_groups}
    assert org.http("cm_b").get(org.records_url("b"), timeout=10).status_code == 403
    assert fresh_kinto.client().get_record(id=record["id"], bucket=org.bucket("b"), collection="cases")
    again = provision(only_a, fresh_kinto.url, fresh_kinto.admin, prune=True)
    assert (again.stale_groups, again.count("changed"), again.count("created")) == ([], 0, 0)


def test_refusals_name_the_problem(kinto_server: KintoServer) -> None:
    organisation = load_organisation(EXAMPLE)
    with pytest.raises(HqError, match="refused the administrator account hq-admin"):
        provision(organisation, kinto_server.url, Admin("hq-admin", "wrong password!!"))
    with pytest.raises(HqError, match=r"cannot reach http://127\.0\.0\.1:9/v1"):
        provision(organisation, "http://127.0.0.1:9", kinto_server.admin)
    with pytest.raises(HqError, match="not a server address"):
        provision(organisation, "hq.example.org", kinto_server.admin)
    with_admin = organisation.model_copy(update={"users": [
        organisation.users[0].model_copy(update={"username": kinto_server.admin.user})]})
    with pytest.raises(HqError, match="is the administrator account"):
        provision(with_admin, kinto_server.url, kinto_server.admin)
