"""Who can do what on a real Kinto after ``provision``: what a case manager,
a supervisor, an M&E officer and a stranger see as status codes and data."""

from collections.abc import Iterator

import pytest
import requests

from desktop.hq.layout import SYNCED_COLLECTIONS
from desktop.hq.provision import provision
from tests.kinto_fixtures import KintoServer, Org, provision_org

pytestmark = pytest.mark.kinto
TIMEOUT = 10


@pytest.fixture(scope="module")
def org(kinto_server: KintoServer) -> Iterator[Org]:
    """Offices a and b with a record each, written by their case managers."""
    org = provision_org(kinto_server)
    for office in ("a", "b"):
        created = org.http(f"cm_{office}").put(f"{org.records_url(office)}/case-{office}", timeout=TIMEOUT,
                                               json={"data": {"case_number": f"{office.upper()}-0001"}})
        assert created.status_code == 201, created.text
    yield org


def _ids(response: requests.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [record["id"] for record in response.json()["data"]]


@pytest.mark.parametrize("user", ["cm_a", "sup_a"])
def test_staff_read_and_write_their_office_only(org: Org, user: str) -> None:
    http = org.http(user)
    assert "case-a" in _ids(http.get(org.records_url("a"), timeout=TIMEOUT))  # written by cm_a
    changed = http.patch(f"{org.records_url('a')}/case-a", json={"data": {"status": user}}, timeout=TIMEOUT)
    assert changed.status_code == 200 and changed.json()["data"]["status"] == user
    for collection in SYNCED_COLLECTIONS:
        created = http.post(org.records_url("a", collection), json={"data": {"by": user}}, timeout=TIMEOUT)
        assert created.status_code == 201, (collection, created.text)

    # office b: nothing to read, nothing to write, not even a list
    assert http.get(org.records_url("b"), timeout=TIMEOUT).status_code == 403
    assert http.get(f"{org.records_url('b')}/case-b", timeout=TIMEOUT).status_code == 403
    assert http.get(f"{org.server.url}/buckets/{org.bucket('b')}", timeout=TIMEOUT).status_code == 403
    assert http.post(org.records_url("b"), json={"data": {}}, timeout=TIMEOUT).status_code == 403
    assert http.put(f"{org.records_url('b')}/case-b", json={"data": {}}, timeout=TIMEOUT).status_code == 403
    assert http.delete(f"{org.records_url('b')}/case-b", timeout=TIMEOUT).status_code == 403
    visible = {bucket["id"] for bucket in http.get(f"{org.server.url}/buckets", timeout=TIMEOUT).json()["data"]}
    assert visible == {org.bucket("a")}


def test_me_officer_reads_every_office_and_writes_nothing(org: Org) -> None:
    http = org.http("me")
    for office in ("a", "b"):
        assert "case-" + office in _ids(http.get(org.records_url(office), timeout=TIMEOUT))
        record = f"{org.records_url(office)}/case-{office}"
        assert http.get(record, timeout=TIMEOUT).json()["data"]["case_number"] == f"{office.upper()}-0001"
        assert http.post(org.records_url(office), json={"data": {}}, timeout=TIMEOUT).status_code == 403
        assert http.patch(record, json={"data": {"status": "x"}}, timeout=TIMEOUT).status_code == 403
        assert http.delete(record, timeout=TIMEOUT).status_code == 403
        assert http.patch(f"{org.server.url}/buckets/{org.bucket(office)}", json={"data": {}},
                          timeout=TIMEOUT).status_code == 403
    visible = {bucket["id"] for bucket in http.get(f"{org.server.url}/buckets", timeout=TIMEOUT).json()["data"]}
    assert {org.bucket("a"), org.bucket("b")} <= visible


def test_only_the_admin_creates_accounts_buckets_collections_and_sees_groups(org: Org) -> None:
    url = org.server.url
    account = {"data": {"id": "intruder", "password": "intruder password"}}
    assert org.http(None).post(f"{url}/accounts", json=account, timeout=TIMEOUT).status_code == 401
    assert org.http(None).put(f"{url}/accounts/intruder", json=account, timeout=TIMEOUT).status_code in (401, 403)
    for user in ("cm_a", "sup_a", "me"):
        http = org.http(user)
        assert http.put(f"{url}/accounts/intruder", json=account, timeout=TIMEOUT).status_code == 403
        assert http.put(f"{url}/buckets/mine", json={}, timeout=TIMEOUT).status_code == 403
        assert http.put(f"{url}/buckets/{org.bucket('a')}/collections/mine", json={},
                        timeout=TIMEOUT).status_code == 403
        assert http.get(f"{url}/buckets/hq/groups", timeout=TIMEOUT).status_code == 403
        assert http.get(f"{url}/accounts/{org.users['cm_b'].username}", timeout=TIMEOUT).status_code == 403
    assert requests.get(f"{url}/", auth=("intruder", "intruder password"), timeout=TIMEOUT).json().get("user") is None


def test_a_collection_cannot_be_emptied_or_deleted_in_one_request(org: Org) -> None:
    http = org.http("sup_a")
    assert http.delete(org.records_url("a"), timeout=TIMEOUT).status_code == 405
    collection = f"{org.server.url}/buckets/{org.bucket('a')}/collections/cases"
    assert http.delete(collection, timeout=TIMEOUT).status_code == 405
    assert "case-a" in _ids(http.get(org.records_url("a"), timeout=TIMEOUT))


def test_strangers_read_nothing(org: Org) -> None:
    assert org.http(None).get(org.records_url("a"), timeout=TIMEOUT).status_code == 401
    wrong = requests.get(org.records_url("a"), auth=(org.users["cm_a"].username, "not the password"), timeout=TIMEOUT)
    assert wrong.status_code == 401


def test_the_root_endpoint_tells_a_device_its_limits_and_groups(org: Org) -> None:
    info = org.http("sup_a").get(f"{org.server.url}/", timeout=TIMEOUT).json()
    assert info["settings"]["batch_max_requests"] == 100
    assert info["settings"]["explicit_permissions"] is False
    code = org.offices["a"].lower()
    assert {f"/buckets/hq/groups/{code}-staff", f"/buckets/hq/groups/{code}-supervisors"} <= set(
        info["user"]["principals"])


def test_users_change_their_own_password(org: Org) -> None:
    user = org.users["cm_b"]
    url = f"{org.server.url}/accounts/{user.username}"
    changed = org.http("cm_b").patch(url, json={"data": {"password": "my own password 1"}}, timeout=TIMEOUT)
    assert changed.status_code == 200
    assert requests.get(url, auth=(user.username, "my own password 1"), timeout=TIMEOUT).status_code == 200
    user.password = "my own password 1"
    # the next provision leaves it alone
    again = provision(org.organisation, org.server.url, org.server.admin)
    assert again.summary() == f"0 created, 0 changed, {len(again.changes)} unchanged"
    assert requests.get(url, auth=(user.username, "my own password 1"), timeout=TIMEOUT).status_code == 200
