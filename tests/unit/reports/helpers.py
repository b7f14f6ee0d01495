"""Building report fixtures by hand through the services: a profile of its own
(module-scoped fixtures share one), cases, and the shipped forms filled in."""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain.enums import ConsentPurpose
from desktop.domain.records import Submission
from desktop.domain.scoring import ScoringProfile
from desktop.domain.settings import Profile
from desktop.services import profiles
from desktop.services.forms import FormCatalogue, FormService
from desktop.services.session import Session
from desktop.store.profiles import ProfileStore
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.unit.forms.test_shipped_forms import RSS_COMPLETE

#: the profile's office "Dakar" numbers its cases with this code
OFFICE = "DAKAR"
OTHER_OFFICE = "THS"

#: A scoring profile whose scores a person can work out by hand: one question
#: per dimension, psychosocial weighted 2, so composite = (e + s + 2p) / 4.
TEST_PROFILE = ScoringProfile.model_validate({
    "id": "rss-test-1", "provisional": True, "min_answered_share": 0.5,
    "dimensions": {
        "economic": {"weight": 1, "items": {"econ_satisfaction": {"weight": 1, "values": {
            "very_satisfied": 1.0, "satisfied": 0.75, "neutral": 0.5, "dissatisfied": 0.25,
            "very_dissatisfied": 0.0}}}},
        "social": {"weight": 1, "items": {"housing": {"weight": 1, "values": {
            "stable_good": 1.0, "stable_poor": 0.5, "temporary": 0.25, "no_housing": 0.0}}}},
        "psychosocial": {"weight": 2, "items": {"belonging": {"weight": 1, "values": {
            "strongly_agree": 1.0, "agree": 0.75, "neutral": 0.5, "disagree": 0.25, "strongly_disagree": 0.0}}}},
    },
})
ECONOMIC = {1.0: "very_satisfied", 0.75: "satisfied", 0.5: "neutral", 0.25: "dissatisfied", 0.0: "very_dissatisfied",
            None: "dont_know"}
SOCIAL = {1.0: "stable_good", 0.5: "stable_poor", 0.25: "temporary", 0.0: "no_housing"}
PSYCHOSOCIAL = {1.0: "strongly_agree", 0.75: "agree", 0.5: "neutral", 0.25: "disagree", 0.0: "strongly_disagree"}
_CASH = {"cash_assistance", "business_start_up", "microcredit_banking"}
_DIMENSION = {
    "business_start_up": "economic", "vocational_training": "economic", "job_placement": "economic",
    "housing": "social", "education": "social", "counselling": "psychosocial",
}


def open_profile(root: Path) -> Session:
    store = ProfileStore(root / "data", kdf=FAST_KDF)
    _, session = profiles.create_profile(
        store, Profile(username="reporter", display_name="Report Tester", office="Dakar"), PASSPHRASE)
    return session


@contextmanager
def office(session: Session, code: str) -> Iterator[None]:
    """Cases made inside belong to another office (as cases synced from it would)."""
    before = session.settings
    session.save_settings(before.model_copy(update={"office_code": code}))
    try:
        yield
    finally:
        session.save_settings(before)


def forms_on(session: Session, today: date, catalogue: FormCatalogue) -> FormService:
    return FormService(session, catalogue, today)


def submit(forms: FormService, form_id: str, case_id: str, answers: dict[str, Any],
           repeats: dict[str, list[dict[str, Any]]] | None = None, revision_of: str | None = None) -> Submission:
    draft = forms.start(form_id, case_id, revision_of)
    run = forms.run(draft)
    for name, value in answers.items():
        run.answer((name,), value)
    for repeat, instances in (repeats or {}).items():
        for values in instances:
            run.add_instance(repeat)
            index = run.instances(repeat) - 1
            for name, value in values.items():
                run.answer((repeat, index, name), value)
    assert run.issues() == [], run.issues()
    return forms.submit(draft, run)


def consent(forms: FormService, case_id: str, *purposes: ConsentPurpose) -> None:
    for purpose in purposes:
        forms.cases.record_consent(case_id, {"purpose": purpose, "given": True})


def item(kind: str, delivery: str, status: str) -> dict[str, Any]:
    """One plan item's answers (the feasibility questions answered, a budget, a target date)."""
    dimension = _DIMENSION[kind]
    answers: dict[str, Any] = {
        "item_dimension": dimension, "item_type": kind, "fg_interest_skills": "yes", "fg_peers_aid": "no",
        "fg_tension": "no", "fg_reliable_providers": "yes", "fg_access": "yes", "delivery": delivery,
        "budget": 100.0, "target_date": "2027-06-01", "item_status": status,
    }
    if dimension == "economic":
        answers["fg_local_demand"] = "yes"
    if kind in _CASH:
        answers["fg_cash_risk"] = "no"
    if delivery == "referral":
        answers.update({"provider_listed": "no", "provider_other": "Centre Exemple"})
    return answers


def plan(forms: FormService, case_id: str, agreed: str, *items: dict[str, Any], revision_of: str | None = None
         ) -> Submission:
    answers = {"agreed_on": agreed, "plan_goal": "Un atelier", "currency": "XOF", "read_back": "yes",
               "returnee_agreement": "yes", "participants": ["none"]}
    if revision_of is not None:
        # a revision starts from the answers it corrects: give the new items in place of the old ones
        draft = forms.start("reintegration_plan", case_id, revision_of)
        run = forms.run(draft)
        run.answer(("agreed_on",), agreed)
        for index, values in enumerate(items):
            for name, value in values.items():
                run.answer(("items", index, name), value)
        assert run.issues() == [], run.issues()
        return forms.submit(draft, run)
    return submit(forms, "reintegration_plan", case_id, answers, {"items": list(items)})


def rss(forms: FormService, case_id: str, day: str, round_: str, economic: float | None, social: float,
        psychosocial: float, revision_of: str | None = None) -> Submission:
    answers = {**RSS_COMPLETE, "survey_date": day, "survey_round": round_, "econ_satisfaction": ECONOMIC[economic],
               "housing": SOCIAL[social], "belonging": PSYCHOSOCIAL[psychosocial]}
    return submit(forms, "rss", case_id, answers, revision_of=revision_of)


def declined(forms: FormService, case_id: str, day: str) -> Submission:
    """A survey the returnee declined: stored and scored, every score empty."""
    return submit(forms, "rss", case_id, {"survey_date": day, "survey_round": "follow_up", "agreed": "no"})
