"""Two laptops of one office syncing through a real Kinto: what each person sees."""

from collections.abc import Callable

from desktop.domain.enums import ConsentPurpose, Sex
from desktop.services.sync import SyncResult
from desktop.services.sync_run import Run
from desktop.sync.transport import HQ, HQError
from tests.kinto_fixtures import Org

from tests.devices import Device

NEW_CASE = {"given_name": "Awa", "family_name": "Ndiaye", "sex": Sex.FEMALE, "region": "Dakar",
            "phone": "+221 77 100 00 00"}


def test_cases_and_household_travel_both_ways(provisioned_org: Org, device_factory: Callable[..., Device]) -> None:
    amy = device_factory(provisioned_org, "cm_a", "amy")
    bob = device_factory(provisioned_org, "sup_a", "bob")
    created = [amy.cases.create({**NEW_CASE, "given_name": name}) for name in ("Awa", "Binta", "Coumba")]
    member = amy.cases.add_member(created[0].id, {"name": "Moussa", "relationship": "child", "sex": Sex.MALE})

    first = amy.run()
    assert (first.sent, first.pending, first.ok) == (4, 0, True)
    second = bob.run()
    assert (second.received, second.sent, second.conflicts) == (4, 0, 0)
    assert sorted(case.given_name for case in map(bob.cases.get, [c.id for c in created])) == ["Awa", "Binta", "Coumba"]
    assert [m.name for m in bob.cases.household(created[0].id)] == ["Moussa"]

    # an edit on Bob's laptop comes back to Amy; the member removed on Amy's goes from Bob's
    bob.cases.update(created[1].id, {"phone": "+221 77 222 22 22"})
    amy.cases.remove_member(member.id)
    assert bob.run().sent == 1
    assert amy.run().received == 1
    assert amy.case_values(created[1].id, "phone") == ("+221 77 222 22 22",)
    bob.run()
    assert bob.cases.household(created[0].id) == []
    assert amy.run().received == 0 and bob.run().received == 0  # nothing echoes back


def test_edits_of_different_fields_merge_and_the_same_field_is_a_conflict(
    provisioned_org: Org, device_factory: Callable[..., Device]
) -> None:
    amy = device_factory(provisioned_org, "cm_a", "amy")
    bob = device_factory(provisioned_org, "sup_a", "bob")
    case = amy.cases.create(NEW_CASE)
    amy.run()
    bob.run()

    amy.cases.update(case.id, {"phone": "+221 77 333 33 33", "district": "Pikine"})
    bob.cases.update(case.id, {"region": "Thiès", "district": "Mbour"})
    amy.run()
    result = bob.run()  # Bob's push meets Amy's newer version first: merged, then sent
    assert result.conflicts == 1
    amy.run()
    for device in (amy, bob):
        assert device.case_values(case.id, "phone", "region", "district") == (
            "+221 77 333 33 33", "Thiès", "Mbour")  # Bob's district edit came last: it wins
    [conflict] = bob.sync.repo.conflicts()
    assert (conflict["field"], conflict["mine"], conflict["theirs"], conflict["winner"]) == (
        "district", "Mbour", "Pikine", "mine")

    bob.sync.resolve(conflict["id"], "theirs")
    assert bob.sync.repo.conflicts() == []
    bob.run()
    amy.run()
    assert amy.case_values(case.id, "district") == bob.case_values(case.id, "district") == ("Pikine",)


def test_a_push_that_meets_a_newer_version_merges_and_retries(
    provisioned_org: Org, device_factory: Callable[..., Device]
) -> None:
    amy = device_factory(provisioned_org, "cm_a", "amy")
    bob = device_factory(provisioned_org, "sup_a", "bob")
    case = amy.cases.create(NEW_CASE)
    amy.run()
    bob.run()
    amy.cases.update(case.id, {"community": "Yoff"})
    amy.run()
    bob.cases.update(case.id, {"region": "Louga"})
    # Bob pushes without pulling first: headquarters answers 412 with Amy's version
    result = SyncResult()
    hq = bob.sync.hq()
    Run(bob.sync, hq, bob.sync.account().bucket, result, lambda _progress: None).push()
    assert (result.sent, result.received, result.conflicts) == (1, 1, 0)
    assert bob.sync.repo.pending() == 0
    assert amy.run().received == 1
    assert amy.case_values(case.id, "community", "region") == bob.case_values(case.id, "community", "region") == (
        "Yoff", "Louga")


def test_a_case_whose_returnee_refused_sharing_stays_on_the_device(
    provisioned_org: Org, device_factory: Callable[..., Device]
) -> None:
    from datetime import date

    amy = device_factory(provisioned_org, "cm_a", "amy")
    bob = device_factory(provisioned_org, "sup_a", "bob")
    shared = amy.cases.create(NEW_CASE)
    private = amy.cases.create({**NEW_CASE, "given_name": "Khady", "phone": "+221 77 999 99 99"})
    amy.cases.record_consent(private.id, {"purpose": "hq_sharing", "given": False, "recorded_on": date(2026, 11, 2)})
    amy.cases.add_member(private.id, {"name": "Ousmane", "relationship": "spouse", "sex": Sex.MALE})

    result = amy.run()
    assert (result.sent, result.pending) == (1, 0)
    assert amy.sync.status()["kept_on_device"] == 1
    bob.run()
    assert [bob.cases.get(shared.id).given_name] == ["Awa"]
    records = provisioned_org.http("me").get(provisioned_org.records_url("a")).json()["data"]
    assert [record["id"] for record in records] == [shared.id]
    for collection in ("people", "consents"):
        assert provisioned_org.http("me").get(provisioned_org.records_url("a", collection)).json()["data"] == []
    # the returnee agrees later: the case and everything recorded on it go at the next sync
    amy.cases.record_consent(private.id, {"purpose": "hq_sharing", "given": True, "recorded_on": date(2026, 11, 20)})
    assert amy.run().sent == 4  # the case, the member and both consent records


def test_a_deletion_here_wins_over_an_edit_made_there_first(
    provisioned_org: Org, device_factory: Callable[..., Device]
) -> None:
    amy = device_factory(provisioned_org, "cm_a", "amy")
    bob = device_factory(provisioned_org, "sup_a", "bob")
    case = amy.cases.create(NEW_CASE)
    member = amy.cases.add_member(case.id, {"name": "Moussa", "relationship": "child", "sex": Sex.MALE})
    amy.run()
    bob.run()
    bob.cases.update_member(member.id, {"notes": "goes to school in Pikine"})
    bob.run()
    amy.cases.remove_member(member.id)
    result = amy.run()  # pulls Bob's edit of a member deleted here, then deletes Bob's version
    assert (result.ok, result.pending) == (True, 0)
    bob.run()
    assert amy.cases.household(case.id) == bob.cases.household(case.id) == []


def test_two_laptops_giving_the_same_case_number_end_with_different_numbers(
    provisioned_org: Org, device_factory: Callable[..., Device]
) -> None:
    amy = device_factory(provisioned_org, "cm_a", "amy")
    bob = device_factory(provisioned_org, "sup_a", "bob")
    first = amy.cases.create(NEW_CASE)  # both laptops number their first case of the year alike
    second = bob.cases.create({**NEW_CASE, "given_name": "Binta"})
    assert first.case_number == second.case_number
    amy.run()
    assert bob.run().ok
    amy.run()
    numbers = {device.name: sorted(device.cases.get(c.id).case_number for c in (first, second))
               for device in (amy, bob)}
    assert numbers["amy"] == numbers["bob"]
    assert numbers["amy"][0] == first.case_number and numbers["amy"][1].startswith(f"{first.case_number}-")
    assert amy.run().pending == bob.run().pending == 0
    # the laptop that found the clash says so in the renumbered case's history
    renumbered = max(first.id, second.id)
    [entry] = [e for e in bob.session.audit.for_case(renumbered) if e.detail.get("reason") == "number_taken_elsewhere"]
    assert entry.fields == ["case_number"]


def test_a_member_pulled_before_its_case_waits_for_it(
    provisioned_org: Org, device_factory: Callable[..., Device]
) -> None:
    from desktop.store.tracking import BY_TABLE

    amy = device_factory(provisioned_org, "cm_a", "amy")
    bob = device_factory(provisioned_org, "sup_a", "bob")
    bob.run()
    late = Run(bob.sync, bob.sync.hq(), bob.sync.account().bucket, SyncResult(), lambda _p: None)
    late._pull(BY_TABLE["cases"])  # Bob's sync has read the cases…
    case = amy.cases.create(NEW_CASE)  # …when Amy sends a case and its household
    amy.cases.add_member(case.id, {"name": "Moussa", "relationship": "child", "sex": Sex.MALE})
    amy.run()
    late._pull(BY_TABLE["household_members"])  # the member arrives without its case: kept aside, no error
    assert bob.sync.repo.parked() and bob.cases.household(case.id) == []
    result = bob.run()
    assert result.ok and bob.sync.repo.parked() == []
    assert [m.name for m in bob.cases.household(case.id)] == ["Moussa"]


def test_a_member_kept_aside_then_removed_does_not_come_back(
    provisioned_org: Org, device_factory: Callable[..., Device]
) -> None:
    from desktop.store.tracking import BY_TABLE

    amy = device_factory(provisioned_org, "cm_a", "amy")
    bob = device_factory(provisioned_org, "sup_a", "bob")
    bob.run()
    late = Run(bob.sync, bob.sync.hq(), bob.sync.account().bucket, SyncResult(), lambda _p: None)
    late._pull(BY_TABLE["cases"])
    case = amy.cases.create(NEW_CASE)
    member = amy.cases.add_member(case.id, {"name": "Moussa", "relationship": "child", "sex": Sex.MALE})
    amy.run()
    late._pull(BY_TABLE["household_members"])  # kept aside: its case has not arrived
    amy.cases.remove_member(member.id)
    amy.run()
    assert bob.run().ok
    assert bob.cases.household(case.id) == [] and bob.sync.repo.parked() == []


def test_after_a_push_the_laptop_does_not_download_its_own_rows_but_gets_edits_made_meanwhile(
    provisioned_org: Org, device_factory: Callable[..., Device], monkeypatch
) -> None:
    amy = device_factory(provisioned_org, "cm_a", "amy")
    bob = device_factory(provisioned_org, "sup_a", "bob")
    case = amy.cases.create(NEW_CASE)
    amy.run()
    bob.run()
    for name in ("Binta", "Coumba", "Dior", "Fatou", "Guedj"):
        amy.cases.create({**NEW_CASE, "given_name": name})
    bob.cases.update(case.id, {"region": "Louga"})
    batch, interleaved = HQ.batch, []

    def bob_pushes_while_amy_pushes(hq: HQ, requests: list) -> list:
        answers = batch(hq, requests)
        if not interleaved and any(request["method"] == "PUT" for request in requests):
            interleaved.append(None)
            interleaved[0] = bob.run()  # Bob's edit reaches headquarters after Amy's new cases
        return answers

    monkeypatch.setattr(HQ, "batch", bob_pushes_while_amy_pushes)
    assert amy.run().sent == 5
    monkeypatch.undo()
    assert interleaved[0].sent == 1
    after = amy.run()
    assert after.received == 1 and amy.case_values(case.id, "region") == ("Louga",)

    for name in ("Hawa", "Issa", "Jeynaba"):
        amy.cases.create({**NEW_CASE, "given_name": name})
    assert amy.run().sent == 3
    idle = amy.run()  # the three cases just sent are not downloaded again
    assert (idle.received, idle.sent) == (0, 0) and idle.bytes_received < 3 * 1000


def test_a_case_renumbered_on_arrival_gets_its_new_number_everywhere(
    provisioned_org: Org, device_factory: Callable[..., Device]
) -> None:
    one = device_factory(provisioned_org, "cm_a", "one")
    two = device_factory(provisioned_org, "sup_a", "two")
    first, second = one.cases.create(NEW_CASE), two.cases.create({**NEW_CASE, "given_name": "Binta"})
    assert first.case_number == second.case_number
    # the sender's case has the larger id: it is the one renumbered when it reaches the keeper
    (sender, sent), (keeper, kept) = sorted([(one, first), (two, second)], key=lambda pair: pair[1].id, reverse=True)
    keeper.cases.record_consent(kept.id, {"purpose": ConsentPurpose.HQ_SHARING, "given": False})  # stays there
    sender.run()
    keeper.run()
    here = keeper.cases.get(sent.id).case_number
    assert here.startswith(f"{sent.case_number}-")
    sender.run()
    assert sender.cases.get(sent.id).case_number == here


def test_a_push_stays_a_success_when_the_look_at_its_own_versions_fails(
    provisioned_org: Org, device_factory: Callable[..., Device], monkeypatch
) -> None:
    amy = device_factory(provisioned_org, "cm_a", "amy")
    case = amy.cases.create(NEW_CASE)
    amy.cases.add_member(case.id, {"name": "Moussa", "relationship": "child", "sex": Sex.MALE})
    page = HQ.page

    def light_pages_fail(hq: HQ, *args, light: bool = False, **kwargs):
        if light:
            raise HQError()
        return page(hq, *args, **kwargs)

    monkeypatch.setattr(HQ, "page", light_pages_fail)
    result = amy.run()
    assert (result.ok, result.sent, result.error) == (True, 2, None)
    monkeypatch.undo()
    assert amy.run().received == 0  # its own versions, read back instead: nothing changes
