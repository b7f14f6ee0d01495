"""Right to erasure and anonymous records, on two laptops and a real Kinto."""

import json
from collections.abc import Callable
from datetime import date

import pytest

from desktop.domain.enums import ErasureReason, Sex, Status
from desktop.domain.errors import NotFound, PasserelleError
from desktop.services.forms import FormCatalogue, FormService
from desktop.services.sync import SyncResult
from desktop.services.sync_run import Run
from tests.devices import Device
from tests.kinto_fixtures import Org
from tests.unit.test_form_service import RSS_COMPLETE, submit

NEW_CASE = {"given_name": "Awa", "family_name": "Ndiaye", "sex": Sex.FEMALE, "region": "Dakar",
            "phone": "+221 77 100 00 00"}
COLLECTIONS = ("cases", "people", "consents", "submissions", "tasks", "scores")


def live_records(org: Org, collection: str) -> list[dict]:
    return org.http("me").get(org.records_url("a", collection)).json()["data"]


def server_text(org: Org) -> str:
    return json.dumps({name: live_records(org, name) for name in (*COLLECTIONS, "erasures", "anonymous")})


def test_an_erased_case_goes_from_headquarters_and_every_laptop(
    provisioned_org: Org, device_factory: Callable[..., Device]
) -> None:
    amy = device_factory(provisioned_org, "cm_a", "amy")
    bob = device_factory(provisioned_org, "sup_a", "bob")
    kept = amy.cases.create({**NEW_CASE, "given_name": "Binta", "family_name": "Sow", "phone": "+221 70 555 55 55"})
    case = amy.cases.create(NEW_CASE)
    amy.cases.add_member(case.id, {"name": "Moussa", "relationship": "child", "sex": Sex.MALE})
    amy.cases.record_consent(case.id, {"purpose": "hq_sharing", "given": True, "recorded_on": date(2026, 11, 2)})
    amy.run()
    bob.run()
    bob.cases.update(case.id, {"district": "Pikine"})  # an edit made before Bob hears of the erasure
    bob.cases.add_member(case.id, {"name": "Fatou", "relationship": "spouse", "sex": Sex.FEMALE})

    assert amy.cases.erase(case.id, ErasureReason.REQUESTED) == 3  # the case, the member, the consent
    with pytest.raises(NotFound):
        amy.cases.get(case.id)
    assert amy.run().ok
    result = bob.run()
    assert result.ok and result.pending == 0
    with pytest.raises(NotFound):
        bob.cases.get(case.id)
    assert bob.cases.household(case.id) == [] and bob.sync.repo.conflicts() == []

    # nothing of the case is left at headquarters: only that it was erased, and why
    text = server_text(provisioned_org)
    for trace in ("Awa", "Ndiaye", "Moussa", "Fatou", "Pikine", "+221 77 100 00 00", case.case_number):
        assert trace not in text
    assert [r["id"] for r in live_records(provisioned_org, "cases")] == [kept.id]
    [erasure] = live_records(provisioned_org, "erasures")
    assert erasure["values"]["reason"] == "requested" and erasure["id"] == case.id
    # and nothing comes back on either side
    assert amy.run().received == 0 and bob.run().received == 0
    assert amy.cases.get(kept.id).given_name == bob.cases.get(kept.id).given_name == "Binta"
    # the audit trail keeps that it happened, on both laptops, with a reason code and no content
    for device in (amy, bob):
        [entry] = [e for e in device.session.audit.for_case(case.id) if e.action == "erase"]
        assert entry.detail["reason"] == "requested" and "Awa" not in json.dumps(entry.detail)


def test_a_copy_pushed_after_the_erasure_is_purged_by_the_next_sync(
    provisioned_org: Org, device_factory: Callable[..., Device]
) -> None:
    amy = device_factory(provisioned_org, "cm_a", "amy")
    bob = device_factory(provisioned_org, "sup_a", "bob")
    case = amy.cases.create(NEW_CASE)
    amy.run()
    bob.run()
    amy.cases.erase(case.id, ErasureReason.DUPLICATE)
    amy.run()
    # Bob, who has not pulled yet, pushes a new member of the erased case (a push without a pull)
    bob.cases.add_member(case.id, {"name": "Fatou", "relationship": "spouse", "sex": Sex.FEMALE})
    Run(bob.sync, bob.sync.hq(), bob.sync.account().bucket, SyncResult(), lambda _p: None).push()
    assert [r["values"]["name"] for r in live_records(provisioned_org, "people")] == ["Fatou"]
    assert bob.run().ok  # hears of the erasure: purges here, and the copy it had sent
    assert live_records(provisioned_org, "people") == [] and live_records(provisioned_org, "cases") == []
    with pytest.raises(NotFound):
        bob.cases.get(case.id)


def test_an_me_officer_cannot_erase(provisioned_org: Org, device_factory: Callable[..., Device]) -> None:
    from desktop.domain.enums import Role

    amy = device_factory(provisioned_org, "cm_a", "amy")
    case = amy.cases.create(NEW_CASE)
    amy.session.profile = amy.session.profile.model_copy(update={"role": Role.ME_OFFICER})
    with pytest.raises(PasserelleError) as refused:
        amy.cases.erase(case.id, ErasureReason.REQUESTED)
    assert refused.value.key == "case.erase_not_allowed"
    assert amy.cases.get(case.id).given_name == "Awa"


def test_a_case_kept_on_the_device_is_counted_at_headquarters_anonymously(
    provisioned_org: Org, device_factory: Callable[..., Device]
) -> None:
    amy = device_factory(provisioned_org, "cm_a", "amy")
    forms = FormService(amy.session, FormCatalogue(), date(2026, 11, 25))
    private = amy.cases.create({**NEW_CASE, "given_name": "Khady", "phone": "+221 77 999 99 99",
                                "return_date": date(2026, 3, 14), "community": "Yoff"})
    amy.cases.record_consent(private.id, {"purpose": "hq_sharing", "given": False, "recorded_on": date(2026, 11, 2)})
    submit(forms, "rss", private.id, RSS_COMPLETE)
    assert amy.run().ok
    [record] = live_records(provisioned_org, "anonymous")
    assert record["id"] != private.id
    assert (record["office"], record["status"], record["returned"]) == (private.office_code, private.status, "2026-03")
    [scores] = record["scores"]
    [stored] = forms.scoring.for_case(private.id)
    assert (scores["profile"], scores["composite"]) == (stored.profile_id, stored.composite)
    text = json.dumps(record)
    for trace in ("Khady", "Ndiaye", "+221 77 999 99 99", "Yoff", "Dakar", private.case_number, private.id):
        assert trace not in text
    assert live_records(provisioned_org, "cases") == []

    # a change of status updates the same record; an unchanged case sends nothing again
    amy.cases.move(private.id, Status.ASSESSED)
    amy.run()
    [again] = live_records(provisioned_org, "anonymous")
    assert again["id"] == record["id"] and again["status"] == "assessed"
    assert again["last_modified"] > record["last_modified"]
    amy.run()
    assert live_records(provisioned_org, "anonymous")[0]["last_modified"] == again["last_modified"]

    # the returnee agrees to sharing: the anonymous record goes, the case arrives
    amy.cases.record_consent(private.id, {"purpose": "hq_sharing", "given": True, "recorded_on": date(2026, 11, 20)})
    amy.run()
    assert live_records(provisioned_org, "anonymous") == []
    assert [r["id"] for r in live_records(provisioned_org, "cases")] == [private.id]
