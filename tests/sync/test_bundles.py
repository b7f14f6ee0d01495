"""USB bundles between real encrypted profiles, and relayed to a real Kinto."""

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.domain.enums import ErasureReason, Sex
from desktop.domain.errors import BundleRefused, NotFound, PasserelleError
from desktop.services.bundles import BundleService, relay
from tests.devices import Device
from tests.kinto_fixtures import USER_PASSWORD, Org

NEW_CASE = {"given_name": "Awa", "family_name": "Ndiaye", "sex": Sex.FEMALE, "region": "Dakar",
            "phone": "+221 77 100 00 00"}


def bundles(device: Device) -> BundleService:
    return BundleService(device.session.db, device.session.profile.username)


def live_records(org: Org, collection: str = "cases", office: str = "a") -> list[dict]:
    return org.http("me").get(org.records_url(office, collection)).json()["data"]


def state(device: Device) -> tuple:
    """Everything an import could change, to check that a refused one changed nothing."""
    db = device.session.db
    return tuple(db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
                 for table in ("cases", "household_members", "sync_rows", "sync_conflicts", "sync_devices",
                               "sync_parked", "erasures", "settings", "audit_log"))


@pytest.fixture
def office(provisioned_org: Org, device_factory: Callable[..., Device]) -> tuple[Device, Device]:
    """Two laptops of office a that have each synced once (so each knows the other's key)."""
    amy = device_factory(provisioned_org, "cm_a", "amy")
    bob = device_factory(provisioned_org, "sup_a", "bob")
    amy.run()
    bob.run()
    amy.run()
    return amy, bob


def test_changes_travel_by_bundle_and_reach_headquarters_once(
    provisioned_org: Org, office: tuple[Device, Device], tmp_path: Path
) -> None:
    amy, bob = office
    case = amy.cases.create(NEW_CASE)
    member = amy.cases.add_member(case.id, {"name": "Moussa", "relationship": "child", "sex": Sex.MALE})
    stick = tmp_path / "amy.pslbundle"
    info = bundles(amy).export(stick)
    assert (info.count, info.sequence) == (2, 1)
    assert b"Ndiaye" not in stick.read_bytes()  # encrypted on the stick

    result = bundles(bob).import_bundle(stick)
    assert (result.rows, result.received, result.conflicts) == (2, 2, 0)
    assert bob.case_values(case.id, "given_name", "case_number") == ("Awa", case.case_number)
    assert [m.name for m in bob.cases.household(case.id)] == ["Moussa"]
    assert bob.sync.status()["pending"] == 2  # Bob's laptop carries them on to headquarters

    assert bob.run().sent == 2
    again = amy.run()  # Amy's own copy meets the same rows at headquarters: merged, not duplicated
    assert (again.ok, again.pending) == (True, 0)
    assert [r["id"] for r in live_records(provisioned_org)] == [case.id]
    assert [r["id"] for r in live_records(provisioned_org, "people")] == [member.id]
    # the audit trail records the export and the import, with counts only
    for device, action in ((amy, "export"), (bob, "import")):
        [entry] = [row for row in device.session.db.execute(
            "SELECT detail FROM audit_log WHERE action = ?", [action]).fetchall()]
        assert json.loads(entry[0])["rows"] == 2 and "Awa" not in entry[0]


def test_a_bundle_merges_field_by_field_and_records_a_conflict(office: tuple[Device, Device], tmp_path: Path) -> None:
    amy, bob = office
    case = amy.cases.create(NEW_CASE)
    amy.run()
    bob.run()
    amy.cases.update(case.id, {"district": "Pikine", "community": "Yoff"})
    bob.cases.update(case.id, {"district": "Mbour"})
    bundles(amy).export(tmp_path / "b")
    result = bundles(bob).import_bundle(tmp_path / "b")
    assert result.conflicts == 1
    [conflict] = bob.sync.repo.conflicts()
    assert (conflict["field"], conflict["mine"], conflict["theirs"]) == ("district", "Mbour", "Pikine")
    assert bob.case_values(case.id, "community") == ("Yoff",)


def test_an_erasure_travels_by_bundle(office: tuple[Device, Device], tmp_path: Path) -> None:
    amy, bob = office
    case = amy.cases.create(NEW_CASE)
    amy.run()
    bob.run()
    amy.cases.erase(case.id, ErasureReason.REQUESTED)
    bundles(amy).export(tmp_path / "b")
    bundles(bob).import_bundle(tmp_path / "b")
    with pytest.raises(NotFound):
        bob.cases.get(case.id)
    assert bob.run().ok and amy.run().ok


def test_refused_bundles_change_nothing(
    provisioned_org: Org, office: tuple[Device, Device], device_factory: Callable[..., Device], tmp_path: Path
) -> None:
    amy, bob = office
    amy.cases.create(NEW_CASE)
    tmp_path = tmp_path / "stick"  # the profiles live beside it
    tmp_path.mkdir()
    good = tmp_path / "good"
    bundles(amy).export(good)
    data = good.read_bytes()
    (tmp_path / "cut").write_bytes(data[: len(data) // 2])
    (tmp_path / "changed").write_bytes(data[:-70] + bytes([data[-70] ^ 1]) + data[-69:])
    (tmp_path / "text").write_text("not a bundle")
    # a laptop of another office: its own key and office
    other = device_factory(provisioned_org, "cm_b", "other")
    other.run()
    other.cases.create(NEW_CASE)
    bundles(other).export(tmp_path / "foreign")
    # a new laptop of office a that Bob has not heard of yet
    newcomer = device_factory(provisioned_org, "cm_a", "newcomer")
    newcomer.cases.create(NEW_CASE)
    bundles(newcomer).export(tmp_path / "newcomer")

    before = state(bob)
    expected = {"cut": "bundle.truncated", "changed": "bundle.tampered", "text": "bundle.not_a_bundle",
                "foreign": "bundle.foreign", "newcomer": "bundle.unknown_device"}
    for name, key in expected.items():
        with pytest.raises(BundleRefused) as refused:
            bundles(bob).import_bundle(tmp_path / name)
        assert refused.value.key == key, name
    assert state(bob) == before

    bundles(bob).import_bundle(good)
    after = state(bob)
    with pytest.raises(BundleRefused) as replayed:
        bundles(bob).import_bundle(good)
    assert replayed.value.key == "bundle.replayed" and state(bob) == after
    bob.run()  # now Bob knows the newcomer's key
    assert bundles(bob).import_bundle(tmp_path / "newcomer").received == 1


def test_export_needs_the_office_key_and_something_to_send(
    provisioned_org: Org, office: tuple[Device, Device], tmp_path: Path
) -> None:
    amy, _ = office
    with pytest.raises(PasserelleError) as nothing:
        bundles(amy).export(tmp_path / "b")
    assert nothing.value.key == "bundle.nothing_to_export" and not (tmp_path / "b").exists()
    amy.session.db.execute("DELETE FROM settings WHERE key = 'sync.office_key'")
    amy.cases.create(NEW_CASE)
    with pytest.raises(PasserelleError) as no_key:
        bundles(amy).export(tmp_path / "b")
    assert no_key.value.key == "bundle.no_office_key" and not (tmp_path / "b").exists()


def test_an_office_relays_a_bundle_to_headquarters(
    provisioned_org: Org, office: tuple[Device, Device], tmp_path: Path
) -> None:
    amy, bob = office
    case = amy.cases.create(NEW_CASE)
    amy.run()
    bob.run()
    amy.cases.update(case.id, {"district": "Pikine"})
    amy.cases.add_member(case.id, {"name": "Moussa", "relationship": "child", "sex": Sex.MALE})
    bob.cases.update(case.id, {"community": "Yoff"})
    bob.run()  # headquarters has a newer version than the one Amy's bundle was made against
    bundles(amy).export(tmp_path / "b")

    result = relay(tmp_path / "b", provisioned_org.server.url, provisioned_org.users["sup_a"].username,
                   USER_PASSWORD)
    assert (result.ok, result.rows, result.sent) == (True, 2, 2)
    [record] = live_records(provisioned_org)
    assert (record["values"]["district"], record["values"]["community"]) == ("Pikine", "Yoff")
    assert [r["values"]["name"] for r in live_records(provisioned_org, "people")] == ["Moussa"]
    with pytest.raises(BundleRefused) as replayed:
        relay(tmp_path / "b", provisioned_org.server.url, provisioned_org.users["sup_a"].username, USER_PASSWORD)
    assert replayed.value.key == "bundle.replayed"

    # Amy's next sync finds her changes there: nothing duplicated, nothing left waiting
    final = amy.run()
    assert (final.ok, final.pending) == (True, 0)
    assert len(live_records(provisioned_org, "people")) == 1
    bob.run()
    assert bob.case_values(case.id, "district", "community") == amy.case_values(case.id, "district", "community")


def test_an_account_of_another_office_cannot_relay(
    provisioned_org: Org, office: tuple[Device, Device], tmp_path: Path
) -> None:
    amy, _ = office
    amy.cases.create(NEW_CASE)
    bundles(amy).export(tmp_path / "b")
    with pytest.raises(BundleRefused) as refused:
        relay(tmp_path / "b", provisioned_org.server.url, provisioned_org.users["cm_b"].username, USER_PASSWORD)
    assert refused.value.key == "bundle.foreign"
    assert live_records(provisioned_org) == []


def test_rows_of_a_case_this_laptop_lacks_wait_for_it(
    provisioned_org: Org, office: tuple[Device, Device], tmp_path: Path
) -> None:
    amy, bob = office
    case = amy.cases.create(NEW_CASE)
    amy.run()  # the case is at headquarters; Bob has not pulled it
    amy.cases.add_member(case.id, {"name": "Moussa", "relationship": "child", "sex": Sex.MALE})
    bundles(amy).export(tmp_path / "b")
    result = bundles(bob).import_bundle(tmp_path / "b")
    assert (result.rows, result.received, result.waiting) == (1, 0, 1)
    assert bob.run().ok  # the case arrives; Amy still carries the member
    assert amy.run().ok and bob.run().ok
    assert [m.name for m in bob.cases.household(case.id)] == ["Moussa"]


def test_an_erasure_clears_the_rows_kept_aside_for_the_case(
    provisioned_org: Org, office: tuple[Device, Device], tmp_path: Path
) -> None:
    from desktop.services.sync import SyncResult
    from desktop.services.sync_run import Run
    from desktop.store.tracking import BY_TABLE

    amy, bob = office
    late = Run(bob.sync, bob.sync.hq(), bob.sync.account().bucket, SyncResult(), lambda _p: None)
    late._pull(BY_TABLE["cases"])
    case = amy.cases.create(NEW_CASE)
    amy.cases.add_member(case.id, {"name": "Moussa", "relationship": "child", "sex": Sex.MALE})
    amy.run()
    late._pull(BY_TABLE["household_members"])
    assert len(bob.sync.repo.parked()) == 1  # the member, with its name, waits for its case
    amy.cases.erase(case.id, ErasureReason.REQUESTED)
    bundles(amy).export(tmp_path / "b")
    bundles(bob).import_bundle(tmp_path / "b")
    assert bob.sync.repo.parked() == []
