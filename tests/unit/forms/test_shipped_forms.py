"""The shipped forms (resources/forms/*.yaml) behave as their authors meant,
through the pure-Python form runtime: skip logic (pages and questions that
appear or disappear with an answer), required rules, constraints and their
translated messages, calculations, cascading choices, repeats, and the tasks
a submission schedules.

Every test fills a form the way the wizard does (``run.answer``) with a fixed
``today`` and checks what the person would see: the pages and questions shown,
the issues that block the page, the answers kept, the tasks made.
"""

from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel

from desktop.forms.definition import LANGUAGES, Choice, FormDefinition, LocalizedText, QuestionType
from desktop.forms.loader import load_form
from desktop.forms.runtime import FormRun
from desktop.handbook.pack import split_front_matter
from desktop.paths import resources_dir

TODAY = date(2026, 11, 25)
FORMS_DIR = resources_dir() / "forms"
HANDBOOK_DIR = resources_dir() / "handbook"
SHIPPED = sorted(path.name for path in FORMS_DIR.glob("*.yaml"))
PACKS = [f"field-guide-{language}" for language in ("en", "fr", "ar")]

PROVIDERS = [
    Choice.model_validate({"name": "p1", "label": "Clinic", "dimension": "psychosocial",
                           "services": "counselling", "region": ""}),
    Choice.model_validate({"name": "p2", "label": "Job centre", "dimension": "economic",
                           "services": "job_placement vocational_training", "region": ""}),
]


# --- helpers -------------------------------------------------------------------------


@cache
def form(name: str) -> FormDefinition:
    return load_form(FORMS_DIR / f"{name}.yaml")


def start(name: str, answers: dict[str, Any] | None = None) -> FormRun:
    """A run of the form ``name`` with the given top-level answers typed in order."""
    run = FormRun(form(name), TODAY, providers=PROVIDERS)
    fill(run, answers or {})
    return run


def fill(run: FormRun, answers: dict[str, Any]) -> FormRun:
    for name, value in answers.items():
        run.answer((name,), value)
    return run


def page(run: FormRun, name: str):
    return next(p for p in run.form.pages if p.name == name)


def page_names(run: FormRun) -> list[str]:
    return [p.name for p in run.relevant_pages()]


def issues(run: FormRun) -> dict[tuple, str]:
    """Every issue of the form, key → code."""
    return {issue.key: issue.code for issue in run.issues()}


def page_issue_names(run: FormRun, page_name: str) -> set[str]:
    return {issue.key[-1] for issue in run.page_issues(page(run, page_name))}


def assert_required(run: FormRun, name: str) -> None:
    issue = run.issue((name,))
    assert issue is not None and issue.code == "required", f"{name}: {issue}"


def assert_constraint(run: FormRun, key: tuple) -> None:
    """The answer at ``key`` is refused by its constraint, with a message in every language."""
    issue = run.issue(key)
    assert issue is not None and issue.code == "constraint", f"{key}: {issue}"
    assert issue.message is not None
    for language in LANGUAGES:
        assert getattr(issue.message, language), f"{key}: no {language} constraint message"
    assert issue.message.get("fr").strip()


def assert_hidden_but_kept(run: FormRun, name: str, typed: Any) -> None:
    """A question that became irrelevant: not shown, not submitted, but kept in the draft."""
    assert not run.relevant(name)
    assert name not in run.answers()
    assert run.value((name,)) is None
    assert run.draft()[name] == typed


def task_dues(run: FormRun) -> dict[str, date]:
    return {task.name: task.due for task in run.tasks()}


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


# --- generic checks over every shipped form ---------------------------------------


def localized_texts(value: Any, where: str = "") -> list[tuple[str, LocalizedText]]:
    """Every ``LocalizedText`` inside a form model, with a readable path to it."""
    found: list[tuple[str, LocalizedText]] = []
    if isinstance(value, LocalizedText):
        found.append((where, value))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            label = getattr(item, "name", index)
            found += localized_texts(item, f"{where}[{label}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            found += localized_texts(item, f"{where}.{key}")
    elif isinstance(value, BaseModel):
        for field in type(value).model_fields:
            found += localized_texts(getattr(value, field), f"{where}.{field}")
    return found


@cache
def handbook_ids(pack: str) -> frozenset[str]:
    ids = set()
    for file in sorted((HANDBOOK_DIR / pack / "sections").glob("*.md")):
        parts = split_front_matter(file.read_text(encoding="utf-8"))
        assert parts is not None, f"{file}: no front matter"
        front = yaml.safe_load(parts[0])
        ids.add(str(front["id"]))
    return frozenset(ids)


def test_the_shipped_forms_are_found() -> None:
    expected = {"case_closure", "counselling_session", "intake", "monitoring_visit", "needs_assessment",
                "referral", "reintegration_plan", "rss", "satisfaction_survey", "vulnerability_screening"}
    assert expected <= {Path(name).stem for name in SHIPPED}


@pytest.mark.parametrize("file", SHIPPED)
def test_every_shipped_form_loads_and_runs(file: str) -> None:
    definition = load_form(FORMS_DIR / file)
    run = FormRun(definition, TODAY, providers=PROVIDERS)
    assert run.relevant_pages(), f"{file}: no page is shown at the start"
    assert run.tasks() is not None
    # a draft of an untouched form resumes to the same state
    again = FormRun(definition, TODAY, run.draft(), providers=PROVIDERS)
    assert again.answers() == run.answers()


@pytest.mark.parametrize("pack", PACKS)
def test_the_handbook_packs_are_there(pack: str) -> None:
    assert len(handbook_ids(pack)) > 10


@pytest.mark.parametrize("pack", PACKS)
@pytest.mark.parametrize("file", SHIPPED)
def test_every_handbook_id_of_a_form_is_a_section_of_every_pack(file: str, pack: str) -> None:
    definition = load_form(FORMS_DIR / file)
    sections = handbook_ids(pack)
    missing = sorted({(question.name, section) for question, _ in definition.walk()
                      for section in question.handbook if section not in sections})
    assert not missing, f"{file}: handbook ids missing from {pack}: " + ", ".join(
        f"{section} (question {name})" for name, section in missing)


@pytest.mark.parametrize("file", SHIPPED)
def test_every_text_of_a_form_is_in_french_english_and_arabic(file: str) -> None:
    definition = load_form(FORMS_DIR / file)
    texts = localized_texts(definition, definition.id)
    assert texts
    untranslated = [f"{where} (no {language})" for where, text in texts for language in LANGUAGES
                    if not (getattr(text, language) or "").strip()]
    assert not untranslated, f"{file}: " + "; ".join(untranslated)


@pytest.mark.parametrize("file", SHIPPED)
def test_every_constraint_and_label_is_present(file: str) -> None:
    """Constraints come with a message; every question but a calculation has a label."""
    definition = load_form(FORMS_DIR / file)
    for question, _ in definition.walk():
        if question.constraint:
            assert question.constraint_message is not None, f"{file}: {question.name} has no constraint_message"
        if question.type != QuestionType.CALCULATE:
            assert question.label is not None, f"{file}: {question.name} has no label"
        if question.type in (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE) and question.choices_from is None:
            assert definition.choices_for(question), f"{file}: {question.name} has no choices"


# --- counselling_session -----------------------------------------------------------

COUNSELLING_AGENDAS = {
    "pre_departure": "agenda_pre_departure",
    "arrival": "agenda_arrival",
    "follow_up": "agenda_follow_up",
    "psychosocial": "agenda_psychosocial",
}

COUNSELLING_COMPLETE = {
    "session_date": "2026-11-20",
    "session_type": "follow_up",
    "session_mode": "phone",
    "topics": ["housing", "plan"],
    "session_notes": "Went through the plan; housing is the main worry.",
    "distress_flags": ["none"],
    "actions_agreed": "Caseworker calls the housing office by Friday.",
    "next_follow_up_date": "2026-12-10",
}


def test_counselling_no_agenda_is_shown_before_the_session_type_is_chosen() -> None:
    run = start("counselling_session")
    assert not any(run.relevant(note) for note in COUNSELLING_AGENDAS.values())


@pytest.mark.parametrize("session_type", sorted(COUNSELLING_AGENDAS))
def test_counselling_each_session_type_shows_only_its_own_agenda_aside(session_type: str) -> None:
    run = start("counselling_session", {"session_type": session_type})
    shown = {note for note in COUNSELLING_AGENDAS.values() if run.relevant(note)}
    assert shown == {COUNSELLING_AGENDAS[session_type]}
    assert run.questions[COUNSELLING_AGENDAS[session_type]].appearance == "aside"


def test_counselling_changing_the_session_type_swaps_the_agenda() -> None:
    run = start("counselling_session", {"session_type": "arrival"})
    assert run.relevant("agenda_arrival")
    run.answer(("session_type",), "psychosocial")
    assert not run.relevant("agenda_arrival")
    assert run.relevant("agenda_psychosocial")


def test_counselling_required_questions_block_each_page_until_answered() -> None:
    run = start("counselling_session")
    assert page_issue_names(run, "session") == {"session_date", "session_type", "session_mode"}
    assert page_issue_names(run, "conversation") == {"topics", "session_notes"}
    assert page_issue_names(run, "wellbeing_check") == {"distress_flags"}
    assert page_issue_names(run, "next_steps") == {"actions_agreed", "next_follow_up_date"}
    assert set(issues(run).values()) == {"required"}
    fill(run, {"session_date": "2026-11-20", "session_type": "arrival", "session_mode": "in_person"})
    assert page_issue_names(run, "session") == set()
    assert page_issue_names(run, "conversation") == {"topics", "session_notes"}


def test_counselling_session_date_cannot_be_in_the_future() -> None:
    run = start("counselling_session", {"session_date": "2026-11-26"})
    assert_constraint(run, ("session_date",))
    run.answer(("session_date",), TODAY.isoformat())
    assert run.issue(("session_date",)) is None


def test_counselling_next_follow_up_must_come_after_the_session() -> None:
    run = start("counselling_session", {"session_date": "2026-11-20", "next_follow_up_date": "2026-11-20"})
    assert_constraint(run, ("next_follow_up_date",))
    run.answer(("next_follow_up_date",), "2026-11-10")
    assert_constraint(run, ("next_follow_up_date",))
    run.answer(("next_follow_up_date",), "2026-11-21")
    assert run.issue(("next_follow_up_date",)) is None


def test_counselling_none_noticed_cannot_be_ticked_with_a_sign() -> None:
    run = start("counselling_session", {"distress_flags": ["none", "hopelessness"]})
    assert_constraint(run, ("distress_flags",))
    run.answer(("distress_flags",), ["none"])
    assert run.issue(("distress_flags",)) is None
    assert not run.relevant("referral_suggestion")
    assert not run.relevant("self_harm_alert")
    assert not run.relevant("safety_action")
    assert run.tasks() == []


@pytest.mark.parametrize("flags", [["sleep_problems"], ["withdrawal", "substance_use"], ["fear_anger"]])
def test_counselling_distress_signs_suggest_a_referral_and_schedule_one_in_three_days(flags: list[str]) -> None:
    run = start("counselling_session", {"distress_flags": flags})
    assert run.relevant("referral_suggestion")
    assert not run.relevant("self_harm_alert")
    assert not run.relevant("safety_action")
    tasks = run.tasks()
    assert [(task.name, task.due) for task in tasks] == [("psychosocial_referral", days(3))]
    assert tasks[0].title.get("fr")


def test_counselling_no_referral_task_without_distress_flags() -> None:
    run = start("counselling_session")
    assert run.tasks() == []
    assert not run.relevant("referral_suggestion")


def test_counselling_self_harm_needs_a_safety_action() -> None:
    run = start("counselling_session", {"distress_flags": ["self_harm", "hopelessness"]})
    assert run.relevant("self_harm_alert")
    assert run.relevant("referral_suggestion")
    assert run.relevant("safety_action")
    assert_required(run, "safety_action")
    assert "safety_action" in page_issue_names(run, "wellbeing_check")
    run.answer(("safety_action",), "Supervisor told; call tomorrow at 10.")
    assert run.issue(("safety_action",)) is None
    assert task_dues(run) == {"psychosocial_referral": date(2026, 11, 28)}
    # without the self-harm flag the safety action disappears but stays in the draft
    run.answer(("distress_flags",), ["hopelessness"])
    assert_hidden_but_kept(run, "safety_action", "Supervisor told; call tomorrow at 10.")
    assert not run.relevant("self_harm_alert")
    assert run.relevant("referral_suggestion")


def test_counselling_a_complete_session_has_no_issue() -> None:
    run = start("counselling_session", COUNSELLING_COMPLETE)
    assert run.issues() == []
    assert run.tasks() == []
    answers = run.answers()
    assert answers["session_type"] == "follow_up"
    assert answers["distress_flags"] == ["none"]
    assert "safety_action" not in answers
    # the same filling with distress and a safety action is complete too
    fill(run, {"distress_flags": ["self_harm"], "safety_action": "Safety plan agreed."})
    assert run.issues() == []
    assert task_dues(run) == {"psychosocial_referral": days(3)}


def test_counselling_a_draft_resumes_with_its_answers_and_logic() -> None:
    run = start("counselling_session", {**COUNSELLING_COMPLETE, "distress_flags": ["self_harm"],
                                        "safety_action": "Safety plan agreed."})
    resumed = FormRun(form("counselling_session"), TODAY, run.draft(), providers=PROVIDERS)
    assert resumed.answers() == run.answers()
    assert resumed.relevant("safety_action") and resumed.relevant("agenda_follow_up")
    assert resumed.issues() == []


# --- referral ----------------------------------------------------------------------

SERVICES_BY_DIMENSION = {
    "economic": ["business_support", "job_placement", "vocational_training", "financial_services", "other_economic"],
    "social": ["housing", "health_care", "education", "documentation", "legal_aid", "protection", "other_social"],
    "psychosocial": ["psychosocial_support", "mental_health", "peer_support", "other_psychosocial"],
}

REFERRAL_COMPLETE = {
    "dimension": "psychosocial",
    "service_type": "psychosocial_support",
    "provider": "p1",
    "reason": "Ongoing low mood since the return.",
    "urgency": "soon",
    "info_shared": ["contact", "need_summary"],
    "consent_checked": "yes",
    "sent_how": "phone_call",
    "sent_on": "2026-11-20",
}


def test_referral_no_service_type_is_offered_before_the_dimension() -> None:
    run = start("referral")
    assert run.choices(("service_type",)) == []


@pytest.mark.parametrize("dimension", sorted(SERVICES_BY_DIMENSION))
def test_referral_service_types_are_filtered_by_dimension(dimension: str) -> None:
    run = start("referral", {"dimension": dimension})
    assert [choice.name for choice in run.choices(("service_type",))] == SERVICES_BY_DIMENSION[dimension]


def test_referral_changing_the_dimension_clears_a_service_of_another_dimension() -> None:
    run = start("referral", {"dimension": "economic", "service_type": "job_placement"})
    assert run.value(("service_type",)) == "job_placement"
    run.answer(("dimension",), "social")
    assert run.entered(("service_type",)) is None
    assert "service_type" not in run.answers()
    assert_required(run, "service_type")
    run.answer(("service_type",), "legal_aid")
    assert run.issue(("service_type",)) is None


def test_referral_a_service_of_another_dimension_is_refused() -> None:
    run = FormRun(form("referral"), TODAY, {"dimension": "social", "service_type": "job_placement"},
                  providers=PROVIDERS)
    issue = run.issue(("service_type",))
    assert issue is not None and issue.code == "choice"


@pytest.mark.parametrize("service", ["other_economic", "other_social", "other_psychosocial"])
def test_referral_an_other_service_must_be_described(service: str) -> None:
    dimension = service.removeprefix("other_")
    run = start("referral", {"dimension": dimension, "service_type": service})
    assert run.relevant("service_other")
    assert_required(run, "service_other")
    run.answer(("service_other",), "Support group for returnees")
    assert run.issue(("service_other",)) is None


def test_referral_a_named_service_needs_no_description() -> None:
    run = start("referral", {"dimension": "economic", "service_type": "other_economic", "service_other": "Tools"})
    run.answer(("service_type",), "business_support")
    assert_hidden_but_kept(run, "service_other", "Tools")


def test_referral_providers_come_from_the_directory() -> None:
    run = start("referral")
    assert [choice.name for choice in run.choices(("provider",))] == ["p1", "p2"]
    run.answer(("provider",), "p9")
    issue = run.issue(("provider",))
    assert issue is not None and issue.code == "choice"
    run.answer(("provider",), "p1")
    assert run.issue(("provider",)) is None


def test_referral_required_questions_block_until_answered() -> None:
    run = start("referral")
    assert page_issue_names(run, "need") == {"dimension", "service_type", "provider", "reason", "urgency"}
    assert page_issue_names(run, "sharing") == {"info_shared", "consent_checked", "sent_how", "sent_on"}
    assert page_issue_names(run, "outcome") == set()


def test_referral_consent_must_be_acknowledged() -> None:
    run = start("referral", {"consent_checked": "no"})
    assert_required(run, "consent_checked")
    run.answer(("consent_checked",), "yes")
    assert run.issue(("consent_checked",)) is None
    assert "consent_checked" in run.acknowledgements()


def test_referral_urgent_note_and_shared_information_details() -> None:
    run = start("referral", {"urgency": "urgent", "info_shared": ["contact", "health_info", "other"]})
    assert run.relevant("urgent_note")
    assert run.relevant("health_info_note")
    assert run.relevant("info_other")
    assert_required(run, "info_other")
    fill(run, {"urgency": "routine", "info_other": "Photo", "info_shared": ["contact"]})
    assert not run.relevant("urgent_note")
    assert not run.relevant("health_info_note")
    assert_hidden_but_kept(run, "info_other", "Photo")


def test_referral_sent_date_cannot_be_in_the_future() -> None:
    run = start("referral", {"sent_on": "2026-12-01"})
    assert_constraint(run, ("sent_on",))


@pytest.mark.parametrize(("urgency", "due"), [("urgent", date(2026, 11, 23)), ("soon", date(2026, 11, 27)),
                                                ("routine", date(2026, 12, 4))])
def test_referral_follow_up_task_is_due_by_urgency_after_the_sent_date(urgency: str, due: date) -> None:
    run = start("referral", {**REFERRAL_COMPLETE, "urgency": urgency})
    tasks = run.tasks()
    assert [(task.name, task.due) for task in tasks] == [("referral_follow_up", due)]
    assert tasks[0].title.get("fr")


@pytest.mark.parametrize(("status", "task"), [("sent", True), ("accepted", True), ("no_response", True),
                                              ("service_received", False), ("declined", False)])
def test_referral_no_follow_up_task_once_the_service_is_received_or_declined(status: str, task: bool) -> None:
    run = start("referral", {**REFERRAL_COMPLETE, "outcome_status": status})
    assert ("referral_follow_up" in task_dues(run)) is task


def test_referral_outcome_defaults_to_sent_and_asks_no_date() -> None:
    run = start("referral", REFERRAL_COMPLETE)
    assert run.value(("outcome_status",)) == "sent"
    assert not run.relevant("outcome_date")
    assert not run.relevant("service_satisfied")
    assert not run.relevant("failed_note")


def test_referral_outcome_date_lies_between_sent_date_and_today() -> None:
    run = start("referral", {**REFERRAL_COMPLETE, "outcome_status": "accepted", "outcome_date": "2026-11-19"})
    assert run.relevant("outcome_date")
    assert_constraint(run, ("outcome_date",))
    run.answer(("outcome_date",), "2026-11-26")
    assert_constraint(run, ("outcome_date",))
    run.answer(("outcome_date",), "2026-11-22")
    assert run.issue(("outcome_date",)) is None


def test_referral_satisfaction_only_when_the_service_was_received() -> None:
    run = start("referral", {**REFERRAL_COMPLETE, "outcome_status": "service_received",
                             "service_satisfied": "partly"})
    assert run.relevant("service_satisfied")
    assert run.answers()["service_satisfied"] == "partly"
    run.answer(("outcome_status",), "declined")
    assert_hidden_but_kept(run, "service_satisfied", "partly")
    assert run.relevant("failed_note")


def test_referral_a_complete_referral_has_no_issue() -> None:
    run = start("referral", REFERRAL_COMPLETE)
    assert run.issues() == []
    assert task_dues(run) == {"referral_follow_up": date(2026, 11, 27)}
    fill(run, {"outcome_status": "service_received", "outcome_date": "2026-11-24", "service_satisfied": "yes",
               "outcome_notes": "Seen twice."})
    assert run.issues() == []
    assert run.tasks() == []
    assert run.answers()["outcome_date"] == "2026-11-24"


# --- monitoring_visit --------------------------------------------------------------

MONITORING_COMPLETE = {
    "visit_date": "2026-11-24",
    "visit_type": "office",
    "met_whom": ["household"],
    "economic_progress": "better",
    "social_progress": "same",
    "psychosocial_progress": "not_assessed",
    "plan_overall": "on_track",
    "plan_items_observed": "Shop open; stock bought.",
    "new_risk": "no",
    "adjust_plan": "no",
    "next_contact": "2027-01-15",
}


@pytest.mark.parametrize(("visit_type", "shown"), [("home_visit", True), ("business_visit", True),
                                                    ("phone", False), ("office", False)])
def test_monitoring_permission_note_only_for_visits_on_site(visit_type: str, shown: bool) -> None:
    run = start("monitoring_visit", {"visit_type": visit_type})
    assert run.relevant("permission_note") is shown


def test_monitoring_checklist_is_an_aside_always_shown() -> None:
    run = start("monitoring_visit")
    assert run.relevant("visit_checklist")
    assert run.questions["visit_checklist"].appearance == "aside"


def test_monitoring_required_questions_block_until_answered() -> None:
    run = start("monitoring_visit")
    assert page_issue_names(run, "visit") == {"visit_date", "visit_type", "met_whom"}
    assert page_issue_names(run, "progress") == {"economic_progress", "social_progress", "psychosocial_progress"}
    assert page_issue_names(run, "plan_review") == {"plan_overall", "plan_items_observed", "new_risk"}
    assert page_issue_names(run, "next_steps") == {"adjust_plan", "next_contact"}


@pytest.mark.parametrize("dimension", ["economic", "social", "psychosocial"])
def test_monitoring_a_worse_situation_must_be_described(dimension: str) -> None:
    run = start("monitoring_visit", {f"{dimension}_progress": "better"})
    assert run.issue((f"{dimension}_note",)) is None
    run.answer((f"{dimension}_progress",), "worse")
    assert_required(run, f"{dimension}_note")
    run.answer((f"{dimension}_note",), "Lost the job in October.")
    assert run.issue((f"{dimension}_note",)) is None


def test_monitoring_worse_wellbeing_suggests_counselling() -> None:
    run = start("monitoring_visit", {"psychosocial_progress": "same"})
    assert not run.relevant("psychosocial_worse_note")
    run.answer(("psychosocial_progress",), "worse")
    assert run.relevant("psychosocial_worse_note")


def test_monitoring_no_plan_skips_the_plan_items() -> None:
    run = start("monitoring_visit", {"plan_overall": "delayed", "plan_items_observed": "Item 2 late."})
    assert run.relevant("plan_items_observed")
    assert run.answers()["plan_items_observed"] == "Item 2 late."
    run.answer(("plan_overall",), "no_plan")
    assert_hidden_but_kept(run, "plan_items_observed", "Item 2 late.")
    assert "plan_items_observed" not in page_issue_names(run, "plan_review")


def test_monitoring_the_returnees_view_is_required_when_they_were_met() -> None:
    run = start("monitoring_visit", {"met_whom": ["household", "provider"]})
    assert run.issue(("returnee_view",)) is None
    run.answer(("met_whom",), ["returnee", "household"])
    assert_required(run, "returnee_view")


def test_monitoring_new_risk_note() -> None:
    run = start("monitoring_visit", {"new_risk": "yes"})
    assert run.relevant("new_risk_note")
    run.answer(("new_risk",), "no")
    assert not run.relevant("new_risk_note")


def test_monitoring_adjusting_the_plan_needs_a_note() -> None:
    run = start("monitoring_visit", {"adjust_plan": "yes"})
    assert run.relevant("adjust_note")
    assert_required(run, "adjust_note")
    run.answer(("adjust_note",), "Swap the second item for training.")
    assert run.issue(("adjust_note",)) is None
    run.answer(("adjust_plan",), "no")
    assert_hidden_but_kept(run, "adjust_note", "Swap the second item for training.")


def test_monitoring_dates_are_checked() -> None:
    run = start("monitoring_visit", {"visit_date": "2026-11-30", "next_contact": "2026-11-30"})
    assert_constraint(run, ("visit_date",))
    assert_constraint(run, ("next_contact",))
    fill(run, {"visit_date": "2026-11-25", "next_contact": "2026-12-01"})
    assert run.issue(("visit_date",)) is None and run.issue(("next_contact",)) is None


def test_monitoring_a_complete_visit_has_no_issue_and_schedules_no_task() -> None:
    run = start("monitoring_visit", MONITORING_COMPLETE)
    assert run.issues() == []
    assert run.tasks() == []
    fill(run, {"met_whom": ["returnee"], "returnee_view": "Things are better.", "economic_progress": "worse",
               "economic_note": "Sales down.", "adjust_plan": "yes", "adjust_note": "More stock."})
    assert run.issues() == []
    assert run.answers()["next_contact"] == "2027-01-15"


# --- satisfaction_survey -----------------------------------------------------------

SURVEY_INTRO = {"survey_date": "2026-11-25", "interview_mode": "phone", "interviewer": "other_staff", "agrees": "yes"}


def test_survey_intro_questions_are_required() -> None:
    run = start("satisfaction_survey")
    assert page_issue_names(run, "intro") == {"survey_date", "interview_mode", "interviewer", "agrees"}


def test_survey_refusal_skips_every_other_page() -> None:
    run = start("satisfaction_survey", {**SURVEY_INTRO, "sat_overall": "4", "matched_needs": "yes"})
    assert page_names(run) == ["intro", "ratings", "feedback"]
    assert run.answers()["sat_overall"] == "4"
    run.answer(("agrees",), "no")
    assert page_names(run) == ["intro"]
    assert run.relevant("declined_note")
    assert_hidden_but_kept(run, "sat_overall", "4")
    assert_hidden_but_kept(run, "matched_needs", "yes")
    assert run.issues() == []


def test_survey_no_interviewer_when_self_completed() -> None:
    run = start("satisfaction_survey", {"interview_mode": "in_person"})
    assert_required(run, "interviewer")
    fill(run, {"interviewer": "own_case_manager", "interview_mode": "self_completed"})
    assert_hidden_but_kept(run, "interviewer", "own_case_manager")


def test_survey_date_cannot_be_in_the_future() -> None:
    run = start("satisfaction_survey", {"survey_date": "2027-01-01"})
    assert_constraint(run, ("survey_date",))


def test_survey_every_answer_after_the_agreement_is_optional() -> None:
    run = start("satisfaction_survey", SURVEY_INTRO)
    assert page_names(run) == ["intro", "ratings", "feedback"]
    assert run.issues() == []
    assert [choice.name for choice in run.choices(("sat_overall",))] == ["1", "2", "3", "4", "5"]


def test_survey_referral_rating_only_after_a_referral() -> None:
    run = start("satisfaction_survey", {**SURVEY_INTRO, "was_referred": "no"})
    assert not run.relevant("sat_referral")
    fill(run, {"was_referred": "yes", "sat_referral": "5"})
    assert run.answers()["sat_referral"] == "5"
    run.answer(("was_referred",), "no")
    assert_hidden_but_kept(run, "sat_referral", "5")


@pytest.mark.parametrize(("score", "shown"), [("1", True), ("2", True), ("3", False), ("5", False)])
def test_survey_low_overall_score_note(score: str, shown: bool) -> None:
    run = start("satisfaction_survey", {**SURVEY_INTRO, "sat_overall": score})
    assert run.relevant("low_score_note") is shown


@pytest.mark.parametrize(("matched", "shown"), [("yes", False), ("partly", True), ("no", True)])
def test_survey_what_was_missing_when_needs_were_not_matched(matched: str, shown: bool) -> None:
    run = start("satisfaction_survey", {**SURVEY_INTRO, "matched_needs": matched})
    assert run.relevant("needs_gap") is shown


def test_survey_complaint_questions() -> None:
    run = start("satisfaction_survey", {**SURVEY_INTRO, "has_complaint": "yes", "complaint_text": "Waited 3 months."})
    assert run.relevant("complaint_note") and run.relevant("complaint_text")
    run.answer(("has_complaint",), "no")
    assert not run.relevant("complaint_note")
    assert_hidden_but_kept(run, "complaint_text", "Waited 3 months.")


def test_survey_a_complete_survey_has_no_issue_and_no_task() -> None:
    run = start("satisfaction_survey", {
        **SURVEY_INTRO, "sat_information": "4", "sat_timeliness": "2", "sat_respect": "5", "sat_usefulness": "4",
        "was_referred": "yes", "sat_referral": "3", "felt_listened": "partly", "sat_overall": "4",
        "matched_needs": "partly", "needs_gap": "Tools", "would_recommend": "yes", "what_to_change": "Faster.",
        "has_complaint": "no"})
    assert run.issues() == []
    assert run.tasks() == []
    assert run.answers()["needs_gap"] == "Tools"


# --- case_closure ------------------------------------------------------------------

EARLY_EXITS = ["opted_out", "lost_contact", "remigrated", "moved_away"]
ALL_REASONS = ["support_ended", "not_eligible", "opted_out", "moved_away", "deceased", "lost_contact", "remigrated"]


def closure_complete(reason: str) -> dict[str, Any]:
    """A valid filling of the closure form for ``reason``."""
    answers: dict[str, Any] = {"closure_date": "2026-11-25", "closure_reason": reason}
    if reason == "lost_contact":
        answers |= {"contact_attempts": 4, "last_contact_date": "2026-08-01"}
    if reason in EARLY_EXITS:
        answers |= {"exit_reasons": ["unknown"] if reason == "lost_contact" else ["work_elsewhere"]}
    if reason != "deceased":
        answers |= {"open_risk": "no", "final_survey": "planned"}
    answers["closure_note"] = "All items closed."
    if reason not in ("deceased", "lost_contact"):
        answers |= {"informed_how": "phone", "person_informed": "yes"}
    return answers


@pytest.mark.parametrize("reason", ALL_REASONS)
def test_closure_early_exit_page_only_for_early_exits(reason: str) -> None:
    run = start("case_closure", {"closure_reason": reason})
    assert run.page_relevant(page(run, "early_exit")) is (reason in EARLY_EXITS)


@pytest.mark.parametrize("reason", ALL_REASONS)
def test_closure_informing_page_hidden_for_deceased_and_lost_contact(reason: str) -> None:
    run = start("case_closure", {"closure_reason": reason})
    assert run.page_relevant(page(run, "informing")) is (reason not in ("deceased", "lost_contact"))


def test_closure_required_questions_block_until_answered() -> None:
    run = start("case_closure")
    assert page_issue_names(run, "reason") == {"closure_date", "closure_reason"}
    assert page_issue_names(run, "checklist") == {"open_risk", "final_survey", "closure_note"}
    assert page_issue_names(run, "early_exit") == set()  # not shown yet


@pytest.mark.parametrize("reason", ALL_REASONS)
def test_closure_a_complete_closure_has_no_issue(reason: str) -> None:
    run = start("case_closure", closure_complete(reason))
    assert run.issues() == []
    assert run.tasks() == []
    assert run.answers()["closure_reason"] == reason


def test_closure_lost_contact_asks_for_the_attempts() -> None:
    run = start("case_closure", {"closure_date": "2026-11-20", "closure_reason": "lost_contact"})
    assert run.relevant("lost_contact_note")
    assert_required(run, "contact_attempts")
    assert run.issue(("last_contact_date",)) is None  # optional
    run.answer(("contact_attempts",), 0)
    assert_constraint(run, ("contact_attempts",))
    run.answer(("contact_attempts",), 100)
    assert_constraint(run, ("contact_attempts",))
    run.answer(("contact_attempts",), 3)
    assert run.issue(("contact_attempts",)) is None
    run.answer(("last_contact_date",), "2026-11-21")
    assert_constraint(run, ("last_contact_date",))
    run.answer(("last_contact_date",), "2026-11-20")
    assert run.issue(("last_contact_date",)) is None
    run.answer(("closure_reason",), "remigrated")
    assert_hidden_but_kept(run, "contact_attempts", 3)
    assert_hidden_but_kept(run, "last_contact_date", "2026-11-20")


def test_closure_date_cannot_be_in_the_future() -> None:
    run = start("case_closure", {"closure_date": "2026-11-26"})
    assert_constraint(run, ("closure_date",))


def test_closure_early_exit_reasons() -> None:
    run = start("case_closure", {"closure_reason": "opted_out"})
    assert_required(run, "exit_reasons")
    run.answer(("exit_reasons",), ["unknown", "family"])
    assert_constraint(run, ("exit_reasons",))
    run.answer(("exit_reasons",), ["threats", "other"])
    assert run.issue(("exit_reasons",)) is None
    assert run.relevant("threats_note")
    assert_required(run, "exit_detail")
    run.answer(("exit_reasons",), ["family"])
    assert not run.relevant("threats_note")
    assert run.issue(("exit_detail",)) is None


def test_closure_leaving_the_early_exit_page_drops_its_answers() -> None:
    run = start("case_closure", {"closure_reason": "opted_out", "exit_reasons": ["delays"], "could_address": "yes"})
    assert run.answers()["exit_reasons"] == ["delays"]
    run.answer(("closure_reason",), "support_ended")
    assert_hidden_but_kept(run, "exit_reasons", ["delays"])
    assert_hidden_but_kept(run, "could_address", "yes")


def test_closure_linking_with_services_only_when_moved_away() -> None:
    run = start("case_closure", {"closure_reason": "remigrated"})
    assert not run.relevant("link_new_place")
    run.answer(("closure_reason",), "moved_away")
    assert run.relevant("link_new_place")
    run.answer(("link_new_place",), "yes")
    assert run.relevant("link_new_place_note")


def test_closure_deceased_asks_no_risk_nor_survey() -> None:
    run = start("case_closure", {"closure_reason": "support_ended", "open_risk": "yes", "final_survey": "done"})
    assert run.relevant("handover_to")
    assert_required(run, "handover_to")
    run.answer(("closure_reason",), "deceased")
    assert_hidden_but_kept(run, "open_risk", "yes")
    assert_hidden_but_kept(run, "final_survey", "done")
    assert not run.relevant("handover_to")
    assert page_issue_names(run, "checklist") == {"closure_note"}


def test_closure_an_open_risk_must_be_handed_over() -> None:
    run = start("case_closure", closure_complete("support_ended"))
    run.answer(("open_risk",), "yes")
    assert [(issue.key, issue.code) for issue in run.issues()] == [(("handover_to",), "required")]
    run.answer(("handover_to",), "Child protection unit")
    assert run.issues() == []


@pytest.mark.parametrize(("reason", "required"), [("support_ended", True), ("not_eligible", True),
                                                  ("opted_out", True), ("moved_away", False),
                                                  ("remigrated", False)])
def test_closure_informing_the_person_is_required_for_planned_closures(reason: str, required: bool) -> None:
    run = start("case_closure", {"closure_reason": reason})
    assert run.relevant("informed_how") and run.relevant("person_informed")
    assert (run.issue(("informed_how",)) is not None) is required
    assert (run.issue(("person_informed",)) is not None) is required


def test_closure_no_acknowledgement_when_the_person_could_not_be_reached() -> None:
    run = start("case_closure", {**closure_complete("support_ended"), "informed_how": "not_reached"})
    assert not run.relevant("person_informed")
    assert "person_informed" not in run.answers()
    assert run.acknowledgements() == {}
    assert run.issues() == []


# --- rss ---------------------------------------------------------------------------

RSS_START = {"survey_date": "2026-11-25", "survey_round": "baseline", "agreed": "yes"}
RSS_COMPLETE = {
    **RSS_START,
    "econ_satisfaction": "neutral", "food_cut_days": 2, "can_borrow": "with_difficulty", "has_debt": "no",
    "work_income": "irregular", "job_access": "not_at_all", "productive_assets": "no",
    "housing": "stable_poor", "school_age_children": 0, "id_documents": "valid", "safe_water": "mostly",
    "health_access": "with_difficulty", "justice_access": "dont_know",
    "community_participation": "sometimes", "support_network": "one", "belonging": "agree",
    "physical_safety": "neutral", "tensions": "rarely", "discrimination": "never", "distress_days": 1,
    "wants_support": "no", "able_to_stay": "unsure",
}
RSS_DIMENSION_PAGES = ["economic", "social", "psychosocial"]


def test_rss_refusal_hides_the_three_dimension_pages() -> None:
    run = start("rss", RSS_COMPLETE)
    assert page_names(run) == ["start", *RSS_DIMENSION_PAGES]
    run.answer(("agreed",), "no")
    assert page_names(run) == ["start"]
    assert run.relevant("declined_note")
    for name in ("econ_satisfaction", "housing", "able_to_stay"):
        assert_hidden_but_kept(run, name, RSS_COMPLETE[name])
    assert set(run.answers()) == {"survey_date", "survey_round", "agreed"}
    assert run.issues() == []
    assert run.tasks() == []


def test_rss_required_questions_block_every_page() -> None:
    run = start("rss", RSS_START)
    assert page_issue_names(run, "start") == set()
    assert page_issue_names(run, "economic") == {"econ_satisfaction", "can_borrow", "has_debt", "work_income",
                                                  "job_access", "productive_assets"}
    assert page_issue_names(run, "social") == {"housing", "school_age_children", "id_documents", "safe_water",
                                                "health_access", "justice_access"}
    assert page_issue_names(run, "psychosocial") == {"community_participation", "support_network", "belonging",
                                                      "physical_safety", "tensions", "discrimination",
                                                      "wants_support", "able_to_stay"}
    assert page_issue_names(start("rss"), "start") == {"survey_date", "survey_round", "agreed"}


@pytest.mark.parametrize(("has_debt", "shown"), [("yes", True), ("no", False), ("dont_know", False),
                                                 ("refused", False)])
def test_rss_debt_size_only_when_there_is_debt(has_debt: str, shown: bool) -> None:
    run = start("rss", {**RSS_COMPLETE, "has_debt": has_debt})
    assert run.relevant("debt_vs_spending") is shown
    assert (run.issue(("debt_vs_spending",)) is not None) is shown


def test_rss_debt_size_disappears_with_the_debt() -> None:
    run = start("rss", {**RSS_COMPLETE, "has_debt": "yes", "debt_vs_spending": "larger"})
    assert run.issues() == []
    assert run.answers()["debt_vs_spending"] == "larger"
    run.answer(("has_debt",), "no")
    assert_hidden_but_kept(run, "debt_vs_spending", "larger")


@pytest.mark.parametrize(("children", "shown"), [(0, False), (1, True), (4, True)])
def test_rss_school_attendance_only_with_school_age_children(children: int, shown: bool) -> None:
    run = start("rss", {**RSS_COMPLETE, "school_age_children": children})
    assert run.relevant("school_attendance") is shown
    assert (run.issue(("school_attendance",)) is not None) is shown


def test_rss_school_attendance_disappears_without_children() -> None:
    run = start("rss", {**RSS_COMPLETE, "school_age_children": 2, "school_attendance": "some"})
    assert run.issues() == []
    run.answer(("school_age_children",), 0)
    assert_hidden_but_kept(run, "school_attendance", "some")


@pytest.mark.parametrize(("name", "bad", "good"), [("food_cut_days", 8, 7), ("food_cut_days", -1, 0),
                                                   ("school_age_children", 31, 30), ("distress_days", 9, 0),
                                                   ("survey_date", "2026-12-25", "2026-11-25")])
def test_rss_constraints_refuse_out_of_range_values(name: str, bad: Any, good: Any) -> None:
    run = start("rss", {**RSS_COMPLETE, name: bad})
    assert_constraint(run, (name,))
    run.answer((name,), good)
    assert run.issue((name,)) is None


def test_rss_unknown_day_counts_may_be_left_empty() -> None:
    run = start("rss", {**RSS_COMPLETE, "food_cut_days": None, "distress_days": None})
    assert run.issues() == []
    assert "food_cut_days" not in run.answers()


def test_rss_wanting_support_shows_the_counselling_note() -> None:
    run = start("rss", {**RSS_COMPLETE, "wants_support": "yes"})
    assert run.relevant("support_note")
    run.answer(("wants_support",), "refused")
    assert not run.relevant("support_note")


def test_rss_a_complete_survey_has_no_issue() -> None:
    run = start("rss", RSS_COMPLETE)
    assert run.issues() == []
    assert run.tasks() == []
    assert run.answers()["food_cut_days"] == 2
    assert form("rss").scored


# --- intake ------------------------------------------------------------------------

INTAKE_PAGES = ["consent", "person", "documents_held", "return", "household_page", "vulnerability_page"]
INTAKE_COMPLETE = {
    "consent_assistance": "yes",
    "consent_hq_sharing": "yes",
    "given_name": "Awa",
    "family_name": "Diallo",
    "sex": "female",
    "birth_date_estimated": "no",
    "birth_date": "1990-05-12",
    "nationality": "Senegalese",
    "phone": "+221 77 123 45 67",
    "languages": ["wo", "fr"],
    "has_documents": "yes",
    "documents": ["passport", "birth_certificate"],
    "host_country": "Libya",
    "return_date": "2026-11-10",
    "return_type": "voluntary",
    "region": "north",
    "district": "north_west",
    "community": "north_west_1",
    "has_household": "no",
}
MEMBERS = [
    {"member_name": "Moussa Diallo", "member_relationship": "spouse", "member_sex": "male",
     "member_birth_year": 1985, "member_returned_too": "no"},
    {"member_name": "Fatou Diallo", "member_relationship": "child", "member_sex": "female",
     "member_birth_year": 2015, "member_returned_too": "yes", "member_notes": "Primary school"},
]


def add_members(run: FormRun, members: list[dict[str, Any]]) -> None:
    for member in members:
        run.add_instance("household")
        index = run.instances("household") - 1
        for name, value in member.items():
            run.answer(("household", index, name), value)


def test_intake_nothing_is_asked_before_consent_to_assistance() -> None:
    run = start("intake")
    assert page_names(run) == ["consent"]
    assert run.relevant("no_consent_note")
    assert [(issue.key, issue.code) for issue in run.issues()] == [(("consent_assistance",), "required")]
    run.answer(("consent_assistance",), "no")
    assert page_names(run) == ["consent"]
    assert_required(run, "consent_assistance")
    run.answer(("consent_assistance",), "yes")
    assert page_names(run) == INTAKE_PAGES
    assert not run.relevant("no_consent_note")


def test_intake_sharing_and_referral_consents_are_optional_and_recorded() -> None:
    run = start("intake", {"consent_assistance": "yes", "consent_referral": "yes"})
    assert page_issue_names(run, "consent") == set()
    assert set(run.acknowledgements()) == {"consent_assistance", "consent_referral"}
    assert {run.questions[name].consent_purpose for name in ("consent_assistance", "consent_hq_sharing",
                                                              "consent_referral")} == {
        "assistance", "hq_sharing", "referral"}
    run.answer(("consent_referral",), "no")
    assert set(run.acknowledgements()) == {"consent_assistance"}
    assert run.issue(("consent_referral",)) is None


def test_intake_withdrawing_consent_hides_everything_but_keeps_the_draft() -> None:
    run = start("intake", INTAKE_COMPLETE)
    assert run.answers()["given_name"] == "Awa"
    run.answer(("consent_assistance",), None)
    assert page_names(run) == ["consent"]
    assert_hidden_but_kept(run, "given_name", "Awa")
    assert_hidden_but_kept(run, "region", "north")
    assert run.issues() == [run.issue(("consent_assistance",))]


def test_intake_required_questions_block_each_page() -> None:
    run = start("intake", {"consent_assistance": "yes"})
    assert page_issue_names(run, "person") == {"given_name", "family_name", "sex", "birth_date_estimated",
                                                "birth_date", "nationality"}
    assert page_issue_names(run, "documents_held") == {"has_documents"}
    assert page_issue_names(run, "return") == {"host_country", "return_date", "return_type", "region"}
    assert page_issue_names(run, "household_page") == {"has_household"}
    assert page_issue_names(run, "vulnerability_page") == set()


def test_intake_district_and_community_follow_the_region() -> None:
    run = start("intake", {"consent_assistance": "yes"})
    assert not run.relevant("district") and not run.relevant("community")
    run.answer(("region",), "north")
    assert run.relevant("district") and not run.relevant("community")
    assert [choice.name for choice in run.choices(("district",))] == ["north_east", "north_west"]
    run.answer(("district",), "north_east")
    assert run.relevant("community")
    assert [choice.name for choice in run.choices(("community",))] == ["north_east_1", "north_east_2"]
    run.answer(("community",), "north_east_2")
    assert run.issue(("district",)) is None and run.issue(("community",)) is None
    # another region: the district no longer belongs, and the community goes with it
    run.answer(("region",), "south")
    assert run.entered(("district",)) is None
    assert run.entered(("community",)) is None
    assert not run.relevant("community")
    assert "district" not in run.answers() and "community" not in run.answers()
    assert [choice.name for choice in run.choices(("district",))] == ["south_east", "south_west"]
    run.answer(("district",), "south_west")
    assert [choice.name for choice in run.choices(("community",))] == ["south_west_1", "south_west_2"]


def test_intake_choosing_the_same_region_again_keeps_the_district() -> None:
    run = start("intake", {"consent_assistance": "yes", "region": "north", "district": "north_west",
                           "community": "north_west_2"})
    run.answer(("region",), "north")
    assert run.value(("district",)) == "north_west"
    assert run.value(("community",)) == "north_west_2"


def test_intake_a_district_of_another_region_is_refused() -> None:
    run = FormRun(form("intake"), TODAY, {"consent_assistance": "yes", "region": "north", "district": "south_east"})
    issue = run.issue(("district",))
    assert issue is not None and issue.code == "choice"


def test_intake_household_with_two_members() -> None:
    run = start("intake", {**INTAKE_COMPLETE, "has_household": "yes"})
    assert run.relevant("household")
    add_members(run, MEMBERS)
    assert run.instances("household") == 2
    assert run.issues() == []
    household = run.answers()["household"]
    assert household == MEMBERS
    assert run.questions["household"].save_to == "household"


def test_intake_household_members_need_a_name_and_relationship() -> None:
    run = start("intake", {**INTAKE_COMPLETE, "has_household": "yes"})
    run.add_instance("household")
    run.add_instance("household")
    assert {issue.key for issue in run.page_issues(page(run, "household_page"))} == {
        ("household", 0, "member_name"), ("household", 0, "member_relationship"),
        ("household", 1, "member_name"), ("household", 1, "member_relationship")}
    for index, member in enumerate(MEMBERS):
        for name, value in member.items():
            run.answer(("household", index, name), value)
    assert run.page_issues(page(run, "household_page")) == []


@pytest.mark.parametrize("year", [1899, 2027])
def test_intake_member_birth_year_is_between_1900_and_this_year(year: int) -> None:
    run = start("intake", {**INTAKE_COMPLETE, "has_household": "yes"})
    add_members(run, [{**MEMBERS[0], "member_birth_year": year}])
    assert_constraint(run, ("household", 0, "member_birth_year"))
    run.answer(("household", 0, "member_birth_year"), 2026)
    assert run.issue(("household", 0, "member_birth_year")) is None


def test_intake_no_household_drops_the_members_but_keeps_the_draft() -> None:
    run = start("intake", {**INTAKE_COMPLETE, "has_household": "yes"})
    add_members(run, MEMBERS)
    run.answer(("has_household",), "no")
    assert not run.relevant("household")
    assert "household" not in run.answers()
    assert [member["member_name"] for member in run.draft()["household"]] == ["Moussa Diallo", "Fatou Diallo"]
    assert run.issues() == []
    run.answer(("has_household",), "yes")
    assert len(run.answers()["household"]) == 2


@pytest.mark.parametrize(("birth_date", "age"), [("2010-01-01", 16), ("2008-11-26", 17), ("2008-11-25", 18),
                                                 ("1990-05-12", 36)])
def test_intake_age_is_calculated_and_minors_are_flagged(birth_date: str, age: int) -> None:
    run = start("intake", {"consent_assistance": "yes", "birth_date": birth_date})
    assert run.value(("age_years",)) == age
    assert run.relevant("minor_note") is (age < 18)


def test_intake_no_minor_note_without_a_birth_date() -> None:
    run = start("intake", {"consent_assistance": "yes"})
    assert not run.relevant("minor_note")


@pytest.mark.parametrize(("name", "bad", "good"), [
    ("birth_date", "2026-11-26", "2000-01-01"),
    ("birth_date", "1899-12-31", "1900-01-01"),
    ("phone", "call me", "+221 77 000 00 00"),
    ("phone", "12345", "123456"),
    ("given_name", "A" * 121, "A" * 120),
    ("nationality", "N" * 81, "Malian"),
    ("return_date", "2027-11-26", "2027-11-25"),
])
def test_intake_constraints_refuse_bad_values(name: str, bad: Any, good: Any) -> None:
    run = start("intake", {**INTAKE_COMPLETE, name: bad})
    assert_constraint(run, (name,))
    run.answer((name,), good)
    assert run.issue((name,)) is None


def test_intake_return_must_come_after_birth() -> None:
    run = start("intake", {**INTAKE_COMPLETE, "birth_date": "2000-01-01", "return_date": "1999-06-01"})
    assert_constraint(run, ("return_date",))


def test_intake_other_language_must_be_named() -> None:
    run = start("intake", {"consent_assistance": "yes", "languages": ["fr", "other"]})
    assert_required(run, "languages_other")
    run.answer(("languages_other",), "Soninke")
    assert run.issue(("languages_other",)) is None
    run.answer(("languages",), ["fr"])
    assert_hidden_but_kept(run, "languages_other", "Soninke")


def test_intake_documents_held() -> None:
    run = start("intake", {"consent_assistance": "yes", "has_documents": "yes"})
    assert_required(run, "documents")
    assert not run.relevant("no_documents_note")
    run.answer(("documents",), ["national_id"])
    run.answer(("has_documents",), "no")
    assert_hidden_but_kept(run, "documents", ["national_id"])
    assert run.relevant("no_documents_note")


@pytest.mark.parametrize(("vulnerabilities", "screening", "urgent"), [
    ([], False, False), (["health"], True, False), (["trafficking"], True, True),
    (["elderly", "unaccompanied_child"], True, True)])
def test_intake_vulnerability_notes(vulnerabilities: list[str], screening: bool, urgent: bool) -> None:
    run = start("intake", {"consent_assistance": "yes", "vulnerabilities": vulnerabilities})
    assert run.relevant("screening_needed_note") is screening
    assert run.relevant("urgent_note") is urgent


def test_intake_a_complete_intake_has_no_issue() -> None:
    run = start("intake", {**INTAKE_COMPLETE, "has_household": "yes", "vulnerabilities": ["single_parent"]})
    add_members(run, MEMBERS)
    assert run.issues() == []
    assert run.tasks() == []
    answers = run.answers()
    assert answers["community"] == "north_west_1"
    assert answers["age_years"] == 36
    assert len(answers["household"]) == 2
    assert form("intake").creates_case
    resumed = FormRun(form("intake"), TODAY, run.draft())
    assert resumed.answers() == answers
    assert set(resumed.acknowledgements()) == {"consent_assistance", "consent_hq_sharing"}


# --- vulnerability_screening -------------------------------------------------------

SCREENING_CLEAR = {"screening_date": "2026-11-24", "vulnerabilities": [], "immediate_safety": "no",
                   "urgent_medical": "no"}


def test_screening_required_questions_block_until_answered() -> None:
    run = start("vulnerability_screening")
    assert page_issue_names(run, "screening") == {"screening_date"}
    assert page_issue_names(run, "urgent") == {"immediate_safety", "urgent_medical"}
    assert page_issue_names(run, "outcome") == set()


def test_screening_date_cannot_be_in_the_future() -> None:
    run = start("vulnerability_screening", {"screening_date": "2026-11-26"})
    assert_constraint(run, ("screening_date",))


def test_screening_nothing_flagged_makes_no_task() -> None:
    run = start("vulnerability_screening", SCREENING_CLEAR)
    assert run.value(("flag_count",)) == 0
    assert run.relevant("nothing_found_note")
    assert not run.relevant("full_screening_note")
    assert not run.relevant("person_wishes")
    assert run.issues() == []
    assert run.tasks() == []


@pytest.mark.parametrize(("answers", "count"), [
    ({"vulnerabilities": ["health"]}, 1),
    ({"vulnerabilities": ["disability", "large_family"]}, 2),
    ({"urgent_medical": "yes", "medical_action": "appointment"}, 1),
    ({"vulnerabilities": ["pregnant"], "urgent_medical": "yes", "medical_action": "referred"}, 2),
])
def test_screening_anything_flagged_schedules_a_full_screening_in_a_week(answers: dict[str, Any], count: int) -> None:
    run = start("vulnerability_screening", {**SCREENING_CLEAR, **answers})
    assert run.value(("flag_count",)) == count
    assert run.relevant("full_screening_note")
    assert not run.relevant("nothing_found_note")
    assert task_dues(run) == {"full_screening": days(7)}
    assert_required(run, "person_wishes")
    run.answer(("person_wishes",), "accepts_referral")
    assert run.issues() == []


@pytest.mark.parametrize("answers", [
    {"immediate_safety": "yes", "safety_actions": ["focal_point"]},
    {"vulnerabilities": ["unaccompanied_child"]},
    {"vulnerabilities": ["trafficking", "health"]},
])
def test_screening_urgent_risks_also_schedule_a_protection_follow_up_tomorrow(answers: dict[str, Any]) -> None:
    run = start("vulnerability_screening", {**SCREENING_CLEAR, **answers, "person_wishes": "wants_time"})
    assert run.value(("urgent_risk",)) == 1
    assert run.relevant("urgent_task_note")
    assert task_dues(run) == {"full_screening": days(7), "urgent_protection_follow_up": days(1)}
    assert all(task.title.get("fr") for task in run.tasks())
    assert run.issues() == []


def test_screening_removing_the_flags_removes_the_tasks() -> None:
    run = start("vulnerability_screening", {**SCREENING_CLEAR, "vulnerabilities": ["trafficking"],
                                            "person_wishes": "declines"})
    assert len(run.tasks()) == 2
    run.answer(("vulnerabilities",), [])
    assert run.tasks() == []
    assert_hidden_but_kept(run, "person_wishes", "declines")


def test_screening_danger_needs_the_actions_taken() -> None:
    run = start("vulnerability_screening", {**SCREENING_CLEAR, "immediate_safety": "yes"})
    assert run.relevant("safety_note")
    assert_required(run, "safety_actions")
    run.answer(("safety_actions",), ["not_yet", "police"])
    assert_constraint(run, ("safety_actions",))
    run.answer(("safety_actions",), ["not_yet"])
    assert run.issue(("safety_actions",)) is None
    run.answer(("immediate_safety",), "no")
    assert_hidden_but_kept(run, "safety_actions", ["not_yet"])
    assert not run.relevant("safety_note")


def test_screening_urgent_medical_care_needs_an_action() -> None:
    run = start("vulnerability_screening", {**SCREENING_CLEAR, "urgent_medical": "yes"})
    assert run.relevant("medical_note")
    assert_required(run, "medical_action")
    run.answer(("medical_action",), "accompanied")
    assert run.issue(("medical_action",)) is None
    run.answer(("urgent_medical",), "no")
    assert_hidden_but_kept(run, "medical_action", "accompanied")


@pytest.mark.parametrize(("vulnerability", "note"), [
    ("unaccompanied_child", "child_note"), ("trafficking", "trafficking_note"),
    ("exploitation_risk", "trafficking_note"), ("gbv_survivor", "violence_note"),
    ("torture_survivor", "violence_note"), ("health", "health_note"), ("disability", "health_note"),
    ("pregnant", "health_note"), ("elderly", "health_note"), ("single_parent", "family_note"),
    ("large_family", "family_note")])
def test_screening_each_vulnerability_shows_its_guidance(vulnerability: str, note: str) -> None:
    notes = {"child_note", "trafficking_note", "violence_note", "health_note", "family_note"}
    run = start("vulnerability_screening", {"vulnerabilities": [vulnerability]})
    assert {name for name in notes if run.relevant(name)} == {note}


def test_screening_a_complete_screening_has_no_issue() -> None:
    run = start("vulnerability_screening", {
        **SCREENING_CLEAR, "vulnerabilities": ["gbv_survivor", "single_parent"], "immediate_safety": "yes",
        "safety_actions": ["focal_point", "safe_contact"], "urgent_medical": "yes", "medical_action": "referred",
        "person_wishes": "accepts_referral", "screening_notes": "Focal point called at 11:00."})
    assert run.issues() == []
    assert run.value(("flag_count",)) == 4
    assert task_dues(run) == {"full_screening": days(7), "urgent_protection_follow_up": days(1)}
    assert run.answers()["vulnerabilities"] == ["gbv_survivor", "single_parent"]


# --- needs_assessment --------------------------------------------------------------

NEEDS_COMPLETE = {
    "assessment_date": "2026-11-20",
    "work_situation": "casual_work",
    "income_sources": ["own_work", "family_help"],
    "income_covers": "partly",
    "has_debts": "no",
    "housing": "hosted",
    "documents_needed": ["none"],
    "health_access": "easy",
    "school_age_children": 0,
    "risks": ["none"],
    "safety_worry": "no",
    "education_level": "primary",
    "literacy": "with_difficulty",
    "has_worked": "no",
    "skills": ["driving", "mechanics"],
    "preferred_path": "wage_job",
    "priority": "A steady income for the family.",
}
JOBS = [
    {"job_title": "Mechanic's assistant", "job_sector": "workshop", "job_place": "abroad", "job_years": 2.5},
    {"job_title": "Taxi driver", "job_sector": "transport", "job_place": "here", "job_years": 4.0},
]


def add_jobs(run: FormRun, jobs: list[dict[str, Any]]) -> None:
    for job in jobs:
        run.add_instance("jobs")
        index = run.instances("jobs") - 1
        for name, value in job.items():
            run.answer(("jobs", index, name), value)


def test_needs_required_questions_block_each_page() -> None:
    run = start("needs_assessment")
    assert page_issue_names(run, "session") == {"assessment_date"}
    assert page_issue_names(run, "economic") == {"work_situation", "income_sources", "income_covers", "has_debts"}
    assert page_issue_names(run, "social") == {"housing", "documents_needed", "health_access",
                                                "school_age_children"}
    assert page_issue_names(run, "psychosocial") == set()
    assert page_issue_names(run, "family") == set()
    assert page_issue_names(run, "risks") == {"risks", "safety_worry"}
    assert page_issue_names(run, "education") == {"education_level", "literacy"}
    assert page_issue_names(run, "work_history") == {"has_worked"}
    assert page_issue_names(run, "skills_page") == {"skills"}
    assert page_issue_names(run, "aspirations") == {"preferred_path", "priority"}


def test_needs_a_complete_assessment_has_no_issue() -> None:
    run = start("needs_assessment", NEEDS_COMPLETE)
    assert run.issues() == []
    assert run.tasks() == []
    assert run.value(("total_experience",)) == 0


def test_needs_assessment_date_cannot_be_in_the_future() -> None:
    run = start("needs_assessment", {"assessment_date": "2026-12-01"})
    assert_constraint(run, ("assessment_date",))


@pytest.mark.parametrize(("name", "bad", "good"), [
    ("income_sources", ["none", "aid"], ["none"]),
    ("documents_needed", ["none", "passport"], ["passport", "national_id"]),
    ("distress_signs", ["none", "sleep"], ["sleep", "worry"]),
    ("distress_signs", ["no_answer", "anger"], ["no_answer"]),
    ("risks", ["none", "eviction"], ["eviction"]),
    ("skills", ["none", "cooking"], ["none"]),
])
def test_needs_exclusive_choices_are_ticked_alone(name: str, bad: list[str], good: list[str]) -> None:
    run = start("needs_assessment", {**NEEDS_COMPLETE, name: bad})
    assert_constraint(run, (name,))
    run.answer((name,), good)
    assert run.issue((name,)) is None


def test_needs_debt_questions_only_with_debts() -> None:
    run = start("needs_assessment", {**NEEDS_COMPLETE, "has_debts": "yes"})
    assert run.relevant("debt_reasons") and run.relevant("debt_burden") and run.relevant("creditor_pressure")
    assert [(issue.key, issue.code) for issue in run.issues()] == [(("debt_burden",), "required")]
    fill(run, {"debt_burden": "difficult", "debt_reasons": ["journey"], "creditor_pressure": "yes"})
    assert run.relevant("creditor_note")
    assert run.issues() == []
    run.answer(("has_debts",), "no")
    assert_hidden_but_kept(run, "debt_burden", "difficult")
    assert_hidden_but_kept(run, "creditor_pressure", "yes")
    assert not run.relevant("creditor_note")


@pytest.mark.parametrize(("housing", "condition", "urgent"), [
    ("owned", True, False), ("rented", True, False), ("hosted", True, False),
    ("temporary", False, True), ("no_stable_place", False, True)])
def test_needs_housing_condition_or_urgent_note(housing: str, condition: bool, urgent: bool) -> None:
    run = start("needs_assessment", {"housing": housing})
    assert run.relevant("housing_condition") is condition
    assert run.relevant("housing_note") is urgent


@pytest.mark.parametrize(("access", "shown"), [("easy", False), ("difficult", True), ("no", True)])
def test_needs_health_barriers_when_care_is_hard_to_get(access: str, shown: bool) -> None:
    run = start("needs_assessment", {"health_access": access})
    assert run.relevant("health_barriers") is shown


def test_needs_children_at_school() -> None:
    run = start("needs_assessment", {**NEEDS_COMPLETE, "school_age_children": 3})
    assert run.relevant("children_in_school")
    assert_required(run, "children_in_school")
    assert not run.relevant("school_barriers")
    run.answer(("children_in_school",), 4)
    assert_constraint(run, ("children_in_school",))
    run.answer(("children_in_school",), 2)
    assert run.issue(("children_in_school",)) is None
    assert run.relevant("school_barriers")
    run.answer(("children_in_school",), 3)
    assert not run.relevant("school_barriers")
    run.answer(("school_age_children",), 0)
    assert_hidden_but_kept(run, "children_in_school", 3)
    assert run.issues() == []


@pytest.mark.parametrize(("name", "bad"), [("school_age_children", 31), ("school_age_children", -1),
                                           ("dependants", 31)])
def test_needs_counts_are_bounded(name: str, bad: int) -> None:
    run = start("needs_assessment", {**NEEDS_COMPLETE, name: bad})
    assert_constraint(run, (name,))


@pytest.mark.parametrize(("answers", "shown"), [
    ({"wish_support": "yes"}, True),
    ({"wish_support": "later", "distress_signs": ["sleep", "worry"]}, False),
    ({"wish_support": "no", "distress_signs": ["sleep", "worry", "sadness"]}, True),
    ({}, False)])
def test_needs_support_note(answers: dict[str, Any], shown: bool) -> None:
    run = start("needs_assessment", answers)
    assert run.relevant("support_note") is shown


@pytest.mark.parametrize(("answers", "note"), [
    ({"family_reception": "tense"}, "family_note"),
    ({"family_expectations": "yes"}, "family_note"),
    ({"separated_family": "yes"}, "separated_note"),
    ({"risks": ["recruiters"]}, "risk_note"),
    ({"safety_worry": "yes"}, "safety_worry_note"),
])
def test_needs_family_and_risk_notes(answers: dict[str, Any], note: str) -> None:
    notes = ["family_note", "separated_note", "risk_note", "safety_worry_note"]
    assert not any(start("needs_assessment", {"risks": ["none"]}).relevant(name) for name in notes)
    run = start("needs_assessment", answers)
    assert [name for name in notes if run.relevant(name)] == [note]


def test_needs_work_history_repeat_and_total_experience() -> None:
    run = start("needs_assessment", {**NEEDS_COMPLETE, "has_worked": "yes"})
    assert run.relevant("jobs")
    add_jobs(run, JOBS)
    assert run.instances("jobs") == 2
    assert run.value(("total_experience",)) == 6.5
    assert run.issues() == []
    assert run.answers()["jobs"] == JOBS
    assert run.answers()["total_experience"] == 6.5
    run.answer(("jobs", 1, "job_years"), 1.5)
    assert run.value(("total_experience",)) == 4
    run.remove_instance("jobs", 0)
    assert run.value(("total_experience",)) == 1.5


def test_needs_each_job_needs_a_title_sector_and_years() -> None:
    run = start("needs_assessment", {**NEEDS_COMPLETE, "has_worked": "yes"})
    run.add_instance("jobs")
    assert {issue.key for issue in run.page_issues(page(run, "work_history"))} == {
        ("jobs", 0, "job_title"), ("jobs", 0, "job_sector"), ("jobs", 0, "job_years")}
    run.answer(("jobs", 0, "job_years"), 61.0)
    assert_constraint(run, ("jobs", 0, "job_years"))
    run.answer(("jobs", 0, "job_years"), -0.5)
    assert_constraint(run, ("jobs", 0, "job_years"))
    run.answer(("jobs", 0, "job_years"), 0.5)
    assert run.issue(("jobs", 0, "job_years")) is None


def test_needs_no_work_history_drops_the_jobs() -> None:
    run = start("needs_assessment", {**NEEDS_COMPLETE, "has_worked": "yes"})
    add_jobs(run, JOBS)
    run.answer(("has_worked",), "no")
    assert not run.relevant("jobs")
    assert not run.relevant("job_title", 0)
    assert "jobs" not in run.answers()
    assert run.value(("total_experience",)) == 0
    assert [job["job_title"] for job in run.draft()["jobs"]] == ["Mechanic's assistant", "Taxi driver"]
    assert run.issues() == []


def test_needs_other_skills_must_be_named() -> None:
    run = start("needs_assessment", {**NEEDS_COMPLETE, "skills": ["other"]})
    assert_required(run, "skills_other")
    run.answer(("skills_other",), "Beekeeping")
    assert run.issues() == []


@pytest.mark.parametrize(("path", "sector", "business"), [
    ("wage_job", True, False), ("own_business", True, True), ("training", True, False),
    ("education", False, False), ("not_sure", False, False)])
def test_needs_aspirations_follow_the_preferred_path(path: str, sector: bool, business: bool) -> None:
    run = start("needs_assessment", {"preferred_path": path})
    assert run.relevant("preferred_sector") is sector
    assert run.relevant("business_experience") is business
    assert run.relevant("business_idea") is business


def test_needs_a_full_assessment_with_every_branch_open_has_no_issue() -> None:
    run = start("needs_assessment", {
        **NEEDS_COMPLETE, "has_debts": "yes", "debt_reasons": ["journey", "health"], "debt_burden": "unpayable",
        "creditor_pressure": "yes", "housing": "rented", "housing_condition": "poor", "health_access": "no",
        "health_barriers": ["cost"], "school_age_children": 2, "children_in_school": 1,
        "school_barriers": ["cost"], "distress_signs": ["sleep"], "wish_support": "yes",
        "family_reception": "tense", "dependants": 5, "risks": ["lender_threats"], "has_worked": "yes",
        "skills": ["other", "driving"], "skills_other": "Welding", "preferred_path": "own_business",
        "preferred_sector": "transport", "business_experience": "no", "business_idea": "A moto-taxi."})
    add_jobs(run, JOBS)
    assert run.issues() == []
    assert run.tasks() == []
    assert run.answers()["total_experience"] == 6.5


# --- reintegration_plan ------------------------------------------------------------

ASSISTANCE_BY_DIMENSION = {
    "economic": ["business_start_up", "microcredit_banking", "job_placement", "apprenticeship",
                 "vocational_training", "financial_literacy", "cash_assistance"],
    "social": ["housing", "education", "health", "documentation", "legal"],
    "psychosocial": ["counselling", "clinical_referral", "peer_support"],
}
PLAN_PROVIDERS = [*PROVIDERS, Choice.model_validate({"name": "p3", "label": "Town hall", "dimension": "",
                                                     "services": "documentation", "region": ""})]
PLAN_HEAD = {"agreed_on": "2026-11-20", "plan_goal": "Open a tailoring workshop.", "currency": "XOF"}
PLAN_AGREEMENT = {"read_back": "yes", "returnee_agreement": "yes", "participants": ["family"]}
ITEM_ECONOMIC = {
    "item_dimension": "economic", "item_type": "vocational_training", "item_details": "Tailoring course",
    "fg_interest_skills": "yes", "fg_local_demand": "yes", "fg_peers_aid": "no", "fg_tension": "no",
    "fg_reliable_providers": "yes", "fg_access": "yes", "delivery": "referral", "provider_listed": "yes",
    "provider": "p2", "budget": 1500.0, "target_date": "2027-02-01",
}
ITEM_PSYCHOSOCIAL = {
    "item_dimension": "psychosocial", "item_type": "counselling", "fg_interest_skills": "yes",
    "fg_peers_aid": "unsure", "fg_tension": "no", "fg_reliable_providers": "yes", "fg_access": "yes",
    "delivery": "direct", "budget": 250.5, "target_date": "2026-12-15",
}


def plan(answers: dict[str, Any] | None = None, items: list[dict[str, Any]] | None = None) -> FormRun:
    run = FormRun(form("reintegration_plan"), TODAY, providers=PLAN_PROVIDERS)
    fill(run, answers or {})
    for item in items or []:
        run.add_instance("items")
        index = run.instances("items") - 1
        for name, value in item.items():
            run.answer(("items", index, name), value)
    return run


def test_plan_required_questions_block_until_answered() -> None:
    run = plan()
    assert page_issue_names(run, "plan") == {"agreed_on", "plan_goal", "currency"}
    assert page_issue_names(run, "plan_items") == set()
    assert page_issue_names(run, "agreement") == {"read_back", "returnee_agreement", "participants"}


def test_plan_an_item_asks_for_every_feasibility_criterion() -> None:
    run = plan(PLAN_HEAD)
    run.add_instance("items")
    assert run.value(("items", 0, "item_status")) == "planned"
    assert {issue.key[-1] for issue in run.page_issues(page(run, "plan_items"))} == {
        "item_dimension", "item_type", "fg_interest_skills", "fg_peers_aid", "fg_tension",
        "fg_reliable_providers", "fg_access", "delivery", "budget", "target_date"}


def test_plan_a_complete_plan_has_no_issue() -> None:
    run = plan({**PLAN_HEAD, **PLAN_AGREEMENT}, [ITEM_ECONOMIC, ITEM_PSYCHOSOCIAL])
    assert run.issues() == []
    answers = run.answers()
    assert [item["item_type"] for item in answers["items"]] == ["vocational_training", "counselling"]
    assert answers["items"][0]["provider"] == "p2"
    assert "provider" not in answers["items"][1]
    assert answers["total_budget"] == 1750.5
    assert answers["item_count"] == 2
    assert set(run.acknowledgements()) == {"returnee_agreement"}


@pytest.mark.parametrize("dimension", sorted(ASSISTANCE_BY_DIMENSION))
def test_plan_assistance_types_are_filtered_by_dimension(dimension: str) -> None:
    run = plan(PLAN_HEAD, [{"item_dimension": dimension}])
    assert [choice.name for choice in run.choices(("items", 0, "item_type"))] == ASSISTANCE_BY_DIMENSION[dimension]


def test_plan_each_item_filters_its_own_assistance_types() -> None:
    run = plan(PLAN_HEAD, [{"item_dimension": "social"}, {"item_dimension": "psychosocial"}])
    assert [c.name for c in run.choices(("items", 0, "item_type"))] == ASSISTANCE_BY_DIMENSION["social"]
    assert [c.name for c in run.choices(("items", 1, "item_type"))] == ASSISTANCE_BY_DIMENSION["psychosocial"]


def test_plan_changing_an_items_dimension_clears_its_assistance_type() -> None:
    run = plan(PLAN_HEAD, [ITEM_PSYCHOSOCIAL, {"item_dimension": "social", "item_type": "housing"}])
    run.answer(("items", 1, "item_dimension"), "economic")
    assert run.entered(("items", 1, "item_type")) is None
    assert run.issue(("items", 1, "item_type")).code == "required"
    assert run.entered(("items", 0, "item_type")) == "counselling"  # the other item is untouched


@pytest.mark.parametrize(("delivery", "listed", "provider", "other"), [
    ("direct", None, False, False), ("referral", "yes", True, False), ("referral", "no", False, True)])
def test_plan_provider_only_for_referrals(delivery: str, listed: str | None, provider: bool, other: bool) -> None:
    run = plan(PLAN_HEAD, [{"item_dimension": "social", "delivery": delivery, "provider_listed": listed}])
    assert run.relevant("referral_note", 0) is (delivery == "referral")
    assert run.relevant("provider_listed", 0) is (delivery == "referral")
    assert run.relevant("provider", 0) is provider
    assert run.relevant("provider_other", 0) is other
    if provider:
        assert run.issue(("items", 0, "provider")).code == "required"
    if other:
        assert run.issue(("items", 0, "provider_other")).code == "required"


def test_plan_providers_are_those_of_the_items_dimension_or_of_none() -> None:
    run = plan(PLAN_HEAD, [{"item_dimension": "economic", "delivery": "referral", "provider_listed": "yes"},
                           {"item_dimension": "psychosocial", "delivery": "referral", "provider_listed": "yes"}])
    assert [choice.name for choice in run.choices(("items", 0, "provider"))] == ["p2", "p3"]
    assert [choice.name for choice in run.choices(("items", 1, "provider"))] == ["p1", "p3"]
    run.answer(("items", 0, "provider"), "p2")
    run.answer(("items", 0, "item_dimension"), "psychosocial")
    assert run.entered(("items", 0, "provider")) is None  # p2 is not a psychosocial provider


def test_plan_switching_to_direct_delivery_drops_the_provider() -> None:
    run = plan({**PLAN_HEAD, **PLAN_AGREEMENT}, [ITEM_ECONOMIC])
    assert run.answers()["items"][0]["provider"] == "p2"
    run.answer(("items", 0, "delivery"), "direct")
    assert not run.relevant("provider", 0)
    assert "provider" not in run.answers()["items"][0]
    assert run.draft()["items"][0]["provider"] == "p2"
    assert run.issues() == []


@pytest.mark.parametrize(("item_type", "cash"), [("cash_assistance", True), ("business_start_up", True),
                                                 ("microcredit_banking", True), ("job_placement", False)])
def test_plan_cash_risk_for_money_or_goods(item_type: str, cash: bool) -> None:
    run = plan(PLAN_HEAD, [{"item_dimension": "economic", "item_type": item_type}])
    assert run.relevant("fg_cash_risk", 0) is cash
    assert run.relevant("fg_local_demand", 0)
    assert (run.issue(("items", 0, "fg_cash_risk")) is not None) is cash


def test_plan_local_demand_only_for_economic_items() -> None:
    run = plan(PLAN_HEAD, [{"item_dimension": "social", "item_type": "housing"}])
    assert not run.relevant("fg_local_demand", 0)
    assert not run.relevant("fg_cash_risk", 0)


@pytest.mark.parametrize(("criterion", "value"), [
    ("fg_interest_skills", "no"), ("fg_local_demand", "no"), ("fg_tension", "yes"),
    ("fg_reliable_providers", "no"), ("fg_access", "no"), ("fg_cash_risk", "yes")])
def test_plan_a_feasibility_concern_shows_the_warning(criterion: str, value: str) -> None:
    item = {**ITEM_ECONOMIC, "item_type": "cash_assistance", "fg_cash_risk": "no"}
    run = plan(PLAN_HEAD, [item])
    assert not run.relevant("fg_concern_note", 0)
    run.answer(("items", 0, criterion), value)
    assert run.relevant("fg_concern_note", 0)


def test_plan_total_budget_is_the_sum_of_the_items_budgets() -> None:
    run = plan(PLAN_HEAD)
    assert run.value(("total_budget",)) == 0
    assert run.value(("item_count",)) == 0
    run = plan(PLAN_HEAD, [ITEM_ECONOMIC, ITEM_PSYCHOSOCIAL, {**ITEM_PSYCHOSOCIAL, "budget": 0.0}])
    assert run.value(("total_budget",)) == 1750.5
    assert run.value(("item_count",)) == 3
    run.answer(("items", 2, "budget"), 100.0)
    assert run.value(("total_budget",)) == 1850.5
    run.remove_instance("items", 0)
    assert run.value(("total_budget",)) == 350.5
    assert run.value(("item_count",)) == 2


def test_plan_budgets_and_dates_are_checked() -> None:
    run = plan(PLAN_HEAD, [{**ITEM_PSYCHOSOCIAL, "budget": -1.0, "target_date": "2026-11-20"}])
    assert_constraint(run, ("items", 0, "budget"))
    assert_constraint(run, ("items", 0, "target_date"))
    run.answer(("items", 0, "budget"), 0.0)
    run.answer(("items", 0, "target_date"), "2026-11-21")
    assert run.issue(("items", 0, "budget")) is None
    assert run.issue(("items", 0, "target_date")) is None
    run = plan({"agreed_on": "2026-11-26"})
    assert_constraint(run, ("agreed_on",))


def test_plan_cannot_be_read_back_without_an_item() -> None:
    run = plan({**PLAN_HEAD, **PLAN_AGREEMENT})
    assert_constraint(run, ("read_back",))
    run = plan({**PLAN_HEAD, **PLAN_AGREEMENT}, [ITEM_PSYCHOSOCIAL])
    assert run.issue(("read_back",)) is None


def test_plan_participants() -> None:
    run = plan({**PLAN_HEAD, **PLAN_AGREEMENT, "participants": ["none", "family"]})
    assert_constraint(run, ("participants",))
    run.answer(("participants",), ["interpreter", "other"])
    assert_required(run, "participants_other")
    run.answer(("participants_other",), "Imam")
    assert run.issue(("participants_other",)) is None
    run.answer(("participants",), ["none"])
    assert_hidden_but_kept(run, "participants_other", "Imam")


def test_plan_the_returnee_must_agree() -> None:
    run = plan({**PLAN_HEAD, **PLAN_AGREEMENT, "returnee_agreement": "no"}, [ITEM_PSYCHOSOCIAL])
    assert [(issue.key, issue.code) for issue in run.issues()] == [(("returnee_agreement",), "required")]


def test_plan_schedules_a_monitoring_visit_90_days_after_the_agreement() -> None:
    run = plan()
    assert run.tasks() == []  # no agreement date yet
    run = plan({**PLAN_HEAD, **PLAN_AGREEMENT}, [ITEM_PSYCHOSOCIAL])
    tasks = run.tasks()
    assert [(task.name, task.due) for task in tasks] == [("monitoring_visit", date(2027, 2, 18))]
    assert tasks[0].title.get("fr")
    assert date.fromisoformat(PLAN_HEAD["agreed_on"]) + timedelta(days=90) == date(2027, 2, 18)
    rule = next(rule for rule in form("reintegration_plan").tasks if rule.name == "monitoring_visit")
    assert rule.done_by == "monitoring_visit"


def test_plan_a_review_date_adds_a_plan_review_task() -> None:
    run = plan({**PLAN_HEAD, **PLAN_AGREEMENT, "review_date": "2027-01-10"}, [ITEM_PSYCHOSOCIAL])
    assert task_dues(run) == {"monitoring_visit": date(2027, 2, 18), "plan_review": date(2027, 1, 10)}
    assert run.issues() == []
    run.answer(("review_date",), "2026-11-20")
    assert_constraint(run, ("review_date",))
    run.answer(("review_date",), None)
    assert task_dues(run) == {"monitoring_visit": date(2027, 2, 18)}
