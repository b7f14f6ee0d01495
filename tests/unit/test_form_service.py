"""Filling in the shipped forms on a real encrypted profile: the case they
create or update, revisions, consent, tasks, status, scores and drafts."""

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.enums import ConsentPurpose, Status
from desktop.domain.errors import ValidationFailed
from desktop.domain.records import Provider, TaskStatus
from desktop.domain.scoring import ScoringProfile
from desktop.forms.runtime import FormRun
from desktop.services.cases import CaseService
from desktop.services.forms import FormCatalogue, FormError, FormService
from desktop.services.session import Session
from tests.conftest import PASSPHRASE, TODAY
from tests.unit.forms.test_shipped_forms import RSS_COMPLETE

INTAKE = {
    "consent_assistance": "yes",
    "consent_hq_sharing": "yes",
    "given_name": "Awa",
    "family_name": "Ndiaye",
    "sex": "female",
    "birth_date_estimated": "no",
    "birth_date": "1994-03-02",
    "nationality": "Senegalese",
    "phone": "+221 77 123 45 67",
    "has_documents": "yes",
    "documents": ["passport"],
    "host_country": "Libya",
    "return_date": "2026-11-02",
    "return_type": "voluntary",
    "region": "north",
    "district": "north_east",
    "community": "north_east_1",
    "has_household": "yes",
    "vulnerabilities": ["single_parent"],
}


@pytest.fixture(scope="module")
def catalogue() -> FormCatalogue:
    return FormCatalogue()


@pytest.fixture
def forms(session: Session, catalogue: FormCatalogue) -> FormService:
    return FormService(session, catalogue, TODAY)


def fill(run: FormRun, answers: dict[str, Any], repeats: dict[str, list[dict[str, Any]]] | None = None) -> FormRun:
    for name, value in answers.items():
        run.answer((name,), value)
    for repeat, instances in (repeats or {}).items():
        for values in instances:
            run.add_instance(repeat)
            index = run.instances(repeat) - 1
            for name, value in values.items():
                run.answer((repeat, index, name), value)
    return run


def submit(forms: FormService, form_id: str, case_id: str | None, answers: dict[str, Any],
           repeats: dict[str, list[dict[str, Any]]] | None = None, revision_of: str | None = None):  # noqa: ANN201
    draft = forms.start(form_id, case_id, revision_of)
    run = fill(forms.run(draft), answers, repeats)
    assert run.issues() == [], run.issues()
    return forms.submit(draft, run)


def register(forms: FormService) -> str:
    members = [{"member_name": "Moussa", "member_relationship": "child", "member_sex": "male", "member_birth_year": 2019}]
    return submit(forms, "intake", None, INTAKE, {"household": members}).case_id


def test_intake_registers_the_case_with_household_and_consent(forms: FormService, cases: CaseService) -> None:
    case = cases.get(register(forms))
    assert (case.given_name, case.family_name, case.sex, case.birth_date) == ("Awa", "Ndiaye", "female", date(1994, 3, 2))
    assert (case.region, case.district, case.community) == ("north", "north_east", "north_east_1")
    assert case.documents == ["passport"] and case.vulnerabilities == ["single_parent"]
    assert case.status is Status.REGISTERED and case.case_number
    assert [(m.name, m.relationship, m.birth_year) for m in cases.household(case.id)] == [("Moussa", "child", 2019)]
    consent = cases.current_consent(case.id)
    assert consent[ConsentPurpose.ASSISTANCE].given and consent[ConsentPurpose.HQ_SHARING].given
    assert not consent[ConsentPurpose.REFERRAL].given  # asked, not ticked: recorded as refused
    assert consent[ConsentPurpose.ASSISTANCE].recorded_by == "Aminata Test"
    assert forms.drafts(None) == []


def test_missing_answers_are_refused_and_nothing_is_stored(forms: FormService, session: Session) -> None:
    draft = forms.start("intake", None)
    run = fill(forms.run(draft), {"consent_assistance": "yes", "given_name": "Awa"})
    with pytest.raises(ValidationFailed) as failure:
        forms.submit(draft, run)
    assert {"family_name", "sex", "return_date"} <= {error.field for error in failure.value.errors}
    assert session.db.execute("SELECT count(*) FROM cases").fetchone()[0] == 0
    assert session.db.execute("SELECT count(*) FROM submissions").fetchone()[0] == 0


def test_a_failure_midway_leaves_the_case_and_the_draft_untouched(forms: FormService, cases: CaseService,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = register(forms)
    before = cases.get(case_id)
    draft = forms.start("monitoring_visit", case_id)
    run = fill(forms.run(draft), _visit(TODAY))
    draft = forms.autosave(draft, run, 3)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(forms, "_tasks", broken)
    with pytest.raises(RuntimeError):
        forms.submit(draft, run)
    assert cases.get(case_id) == before  # next_follow_up not saved either
    assert forms.submissions(case_id)[-1].form_id == "intake"
    assert [d.id for d in forms.drafts(case_id)] == [draft.id]


def _visit(day: date) -> dict[str, Any]:
    return {
        "visit_date": day.isoformat(), "visit_type": "phone", "met_whom": ["returnee"],
        "economic_progress": "better", "social_progress": "same", "psychosocial_progress": "same",
        "plan_overall": "on_track", "plan_items_observed": "Shop open", "new_risk": "no", "adjust_plan": "no",
        "returnee_view": "Going well",
        "next_contact": (day + timedelta(days=30)).isoformat(),
    }


def test_a_correction_is_a_new_revision_and_the_timeline_shows_both(forms: FormService, cases: CaseService,
                                                                     session: Session) -> None:
    case_id = register(forms)
    cases.move(case_id, Status.ASSESSED)
    cases.move(case_id, Status.PLAN_AGREED)
    cases.move(case_id, Status.ASSISTANCE)
    first = submit(forms, "monitoring_visit", case_id, _visit(TODAY))
    assert cases.get(case_id).status is Status.MONITORING
    assert cases.get(case_id).next_follow_up == TODAY + timedelta(days=30)
    second = submit(forms, "monitoring_visit", case_id, {"next_contact": "2027-02-01"}, revision_of=first.id)
    assert (second.revision, second.revision_of, second.chain_id) == (2, first.id, first.id)
    assert second.answers["next_contact"] == "2027-02-01" and second.answers["visit_type"] == "phone"
    assert forms.submission(first.id).answers["next_contact"] == (TODAY + timedelta(days=30)).isoformat()
    assert cases.get(case_id).next_follow_up == date(2027, 2, 1)
    assert not forms.revisable(first.id) and forms.revisable(second.id)
    with pytest.raises(FormError):
        forms.start("monitoring_visit", case_id, revision_of=first.id)
    kinds = [entry.kind for entry in cases.timeline(case_id)]
    assert kinds.count("revise") == 1 and kinds.count("submit") == 2  # the intake and the visit
    with pytest.raises(Exception, match="immutable"):
        session.db.execute("UPDATE submissions SET answers = '{}' WHERE id = ?", [first.id])


def test_a_referral_is_blocked_without_referral_consent(forms: FormService, cases: CaseService,
                                                       session: Session) -> None:
    clinic = session.providers.save(Provider(name="Clinique Espoir", dimension="psychosocial", services=["counselling"]))
    case_id = register(forms)
    with pytest.raises(FormError) as refused:
        forms.start("referral", case_id)
    assert refused.value.key == "forms.needs_consent.referral"
    cases.record_consent(case_id, {"purpose": ConsentPurpose.REFERRAL, "given": True})
    draft = forms.start("referral", case_id)
    run = forms.run(draft)
    run.answer(("dimension",), "psychosocial")
    service = next(c.name for c in run.choices(("service_type",)) if not c.name.startswith("other"))
    referral = {"dimension": "psychosocial", "service_type": service, "provider": clinic.id, "reason": "Sleep",
                "urgency": "soon", "info_shared": ["contact"], "consent_checked": "yes",
                "sent_how": "phone_call", "sent_on": TODAY.isoformat()}
    fill(run, referral)
    assert [choice.name for choice in run.choices(("provider",))] == [clinic.id]
    assert run.issues() == []
    cases.record_consent(case_id, {"purpose": ConsentPurpose.REFERRAL, "given": False})  # withdrawn meanwhile
    with pytest.raises(FormError):
        forms.submit(draft, run)
    assert forms.submissions(case_id)[-1].form_id == "intake"
    cases.record_consent(case_id, {"purpose": ConsentPurpose.REFERRAL, "given": True})
    forms.submit(draft, run)
    [task] = forms.case_tasks(case_id)
    assert (task.kind, task.due_on) == ("referral_follow_up", TODAY + timedelta(days=7))


def test_screening_schedules_a_full_screening_only_when_something_is_found(forms: FormService) -> None:
    case_id = register(forms)
    calm = {"screening_date": TODAY.isoformat(), "immediate_safety": "no", "urgent_medical": "no"}
    submit(forms, "vulnerability_screening", case_id, calm)
    assert forms.case_tasks(case_id) == []
    submit(forms, "vulnerability_screening", case_id,
           {**calm, "vulnerabilities": ["health"], "person_wishes": "accepts_referral"})
    tasks = forms.case_tasks(case_id)
    assert [(t.kind, t.due_on, t.status) for t in tasks] == [("full_screening", TODAY + timedelta(days=7), TaskStatus.OPEN)]
    due = forms.tasks_due(7)
    assert [(task.kind, number) for task, number, _ in due] == [("full_screening", forms.cases.get(case_id).case_number)]


def test_the_plan_schedules_monitoring_and_the_visit_completes_it(forms: FormService, cases: CaseService) -> None:
    case_id = register(forms)
    cases.move(case_id, Status.ASSESSED)
    agreed = TODAY - timedelta(days=2)
    item = {"item_dimension": "economic", "item_type": "vocational_training", "fg_interest_skills": "yes",
            "fg_local_demand": "yes", "fg_peers_aid": "no", "fg_tension": "no", "fg_reliable_providers": "yes",
            "fg_access": "yes", "delivery": "direct", "budget": 250.0,
            "target_date": (TODAY + timedelta(days=60)).isoformat(), "item_status": "planned"}
    plan = {"agreed_on": agreed.isoformat(), "plan_goal": "Tailoring", "currency": "XOF", "read_back": "yes",
            "returnee_agreement": "yes", "participants": ["none"]}
    submission = submit(forms, "reintegration_plan", case_id, plan, {"items": [item, {**item, "budget": 100.5}]})
    assert submission.answers["total_budget"] == 350.5
    assert cases.get(case_id).status is Status.PLAN_AGREED
    assert submission.acknowledgements["returnee_agreement"]["by"] == "Aminata Test"
    [task] = forms.case_tasks(case_id)
    assert (task.kind, task.due_on, task.done_by) == ("monitoring_visit", agreed + timedelta(days=90), "monitoring_visit")
    cases.move(case_id, Status.ASSISTANCE)
    submit(forms, "monitoring_visit", case_id, _visit(TODAY))
    assert [t.status for t in forms.case_tasks(case_id)] == [TaskStatus.DONE]


def test_closure_closes_the_case_with_its_reason(forms: FormService, cases: CaseService) -> None:
    case_id = register(forms)
    submit(forms, "case_closure", case_id, {
        "closure_date": TODAY.isoformat(), "closure_reason": "moved_away", "exit_reasons": ["family"],
        "open_risk": "no", "final_survey": "not_possible", "closure_note": "Moved to the capital"})
    case = cases.get(case_id)
    assert (case.status, case.closure_reason, case.closure_note, case.closed_on) == (
        Status.CLOSED, "moved_away", "Moved to the capital", TODAY)


def test_rss_scores_are_stored_with_the_profile_and_recomputed_when_it_changes(forms: FormService) -> None:
    case_id = register(forms)
    submission = submit(forms, "rss", case_id, RSS_COMPLETE)
    [stored] = forms.scoring.for_case(case_id)
    assert stored.submission_id == submission.id and stored.profile_id == "rss-provisional-1"
    assert stored.composite is not None and 0 <= stored.composite <= 1
    shipped = forms.scoring.profile()
    heavier = ScoringProfile.model_validate({**shipped.model_dump(), "id": "rss-test-2",
                                             "min_answered_share": 1.0})
    assert forms.scoring.apply(heavier) == 1
    [again] = forms.scoring.for_case(case_id)
    assert again.profile_id == "rss-test-2"
    # every item must now be scored: "don't know" about justice leaves social unscored, and so the composite;
    # every psychosocial item was answered, so that score stays
    assert stored.social is not None and again.social is None and again.composite is None
    assert again.psychosocial == stored.psychosocial


DRAFT_SCRIPT = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import date
    from desktop.store.profiles import ProfileStore
    from desktop.services import profiles
    from desktop.services.forms import FormCatalogue, FormService
    from tests.conftest import FAST_KDF
    store = ProfileStore(sys.argv[1], kdf=FAST_KDF)
    session = profiles.unlock(store, "aminata", sys.argv[2])
    forms = FormService(session, FormCatalogue(), date(2026, 11, 25))
    draft = forms.start("intake", None)
    run = forms.run(draft)
    run.answer(("consent_assistance",), "yes")
    run.answer(("given_name",), "Fatou")
    forms.autosave(draft, run, 1)
    print("saved", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_a_draft_survives_a_killed_process(profile_store, session: Session, catalogue: FormCatalogue) -> None:  # noqa: ANN001
    session.close()
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", DRAFT_SCRIPT, str(profile_store.root.parent), PASSPHRASE],
                            cwd=root, capture_output=True, text=True, timeout=120, env={**os.environ})
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert "saved" in result.stdout
    from desktop.services import profiles

    reopened = profiles.unlock(profile_store, "aminata", PASSPHRASE)
    try:
        [draft] = FormService(reopened, catalogue, TODAY).drafts(None)
        assert (draft.form_id, draft.page, draft.answers["given_name"]) == ("intake", 1, "Fatou")
    finally:
        reopened.close()
