"""A case's progress, read from its forms: the RSS scores of every current
survey, oldest first, each with the scoring profile that computed them, and
how far its latest reintegration plan has got."""

from collections import Counter
from dataclasses import dataclass, field

from ..domain.records import Submission
from ..store.report_schema import CANCELLED, PLAN_FORM, RSS_FORM
from .forms import FormService
from .scoring import ScoringService

DELIVERED = "delivered"
# item statuses in the order of the plan form
ITEM_STATUSES = ("planned", "in_progress", "delivered", "cancelled")
DIMENSIONS = ("economic", "social", "psychosocial")
#: the RSS scores, in the order they are shown
SCORES = (*DIMENSIONS, "composite")


def current(submissions: list[Submission], form_id: str) -> list[Submission]:
    """The submissions of ``form_id`` that no revision replaces."""
    revised = {s.revision_of for s in submissions if s.revision_of}
    return [s for s in submissions if s.form_id == form_id and s.id not in revised]


@dataclass(frozen=True)
class SurveyPoint:
    """One survey of the case with its scores (None: not enough answers) and
    the id of the scoring profile that computed them (None: not scored)."""

    day: str
    round: str  # baseline, follow_up or ""
    scores: dict[str, float | None]
    profile_id: str | None = None
    #: its number among the case's follow-ups (1, 2…), counted over every survey; 0: not a follow-up
    follow_up: int = 0


def case_surveys(forms: FormService, case_id: str) -> list[SurveyPoint]:
    """The case's current RSS surveys, oldest first (date, round, time recorded), with their stored
    scores and the profile that computed them: scores of different profiles are not comparable."""
    surveys = current(forms.submissions(case_id), RSS_FORM)
    surveys.sort(key=lambda s: (str(s.answers.get("survey_date") or s.created_at[:10]),
                                str(s.answers.get("survey_round") or ""), s.created_at, s.id))
    stored = {scores.submission_id: scores for scores in ScoringService(forms.session, set()).for_case(case_id)}
    points = []
    follow_ups = 0
    for survey in surveys:
        scores = stored.get(survey.id)
        values = {name: getattr(scores, name) if scores else None for name in SCORES}
        round_ = str(survey.answers.get("survey_round") or "")
        follow_ups += round_ == "follow_up"
        points.append(SurveyPoint(str(survey.answers.get("survey_date") or survey.created_at[:10]), round_,
                                  values, scores.profile_id if scores else None,
                                  follow_ups if round_ == "follow_up" else 0))
    return points


def comparable(points: list[SurveyPoint], profile_id: str) -> list[SurveyPoint]:
    """The surveys whose scores can be shown together under the scoring profile ``profile_id``:
    scored with it, or not scored. Follow-ups keep the number they have among every survey."""
    return [point for point in points if point.profile_id in (None, profile_id)]


@dataclass
class PlanProgress:
    """The case's latest plan (greatest ``agreed_on``, then time recorded)."""

    agreed_on: str
    currency: str
    by_status: Counter = field(default_factory=Counter)  # item status -> items
    by_dimension: Counter = field(default_factory=Counter)  # dimension -> items not cancelled
    planned: float = 0.0  # budget of the items not cancelled
    delivered: float = 0.0  # budget of the delivered items
    has_budget: bool = False  # at least one item records a budget


def plan_progress(forms: FormService, case_id: str) -> PlanProgress | None:
    plans = current(forms.submissions(case_id), PLAN_FORM)
    if not plans:
        return None
    latest = max(plans, key=lambda s: (str(s.answers.get("agreed_on") or ""), s.created_at, s.id))
    answers = latest.answers
    progress = PlanProgress(str(answers.get("agreed_on") or ""), str(answers.get("currency") or ""))
    for item in answers.get("items") or []:
        if not isinstance(item, dict):
            continue
        status = str(item.get("item_status") or "planned")
        progress.by_status[status] += 1
        if status == CANCELLED:
            continue
        progress.by_dimension[str(item.get("item_dimension") or "unknown")] += 1
        budget = item.get("budget")
        if isinstance(budget, (int, float)):
            progress.has_budget = True
            progress.planned += budget
            if status == DELIVERED:
                progress.delivered += budget
    return progress
