"""The numbers behind the caseload dashboard and the M&E view.

``ReportService.dashboard()`` counts the cases of the profile's office (its
case-number office code); every number is a ``Figure`` with the
``CaseFilter`` that opens the cases behind it (``ReportService.count`` and
``case_ids`` apply one; ``resolve`` turns a report subset into case ids for a
list to page through). What each number counts:

* ``by_status``: cases per status, every status, zeros included;
* ``follow_ups_*``: open cases whose next follow-up date (the case's
  monitoring schedule, ``next_follow_up``) is past / within the next
  ``DUE_SOON_DAYS`` days, today included: the case list's own follow-up filters;
* ``tasks_*``: open follow-up tasks of open cases (forms schedule them)
  due before today / from today to ``DUE_SOON_DAYS`` ahead; ``count`` is
  tasks, ``cases`` the cases holding them, which the filter opens;
* ``vulnerabilities``: open cases per vulnerability (a case can have several),
  then ``none``: open cases without any;
* ``plan_items_by_type`` / ``_by_delivery``: items of each case's latest plan,
  cancelled items left out; the filter opens the cases with at least one such item;
* ``referral_outcomes``: current referrals per outcome (``sent`` when none is
  recorded), with the cases that have one;
* ``plan_timing``: for cases with a return date and an agreed plan, the days
  from return to the first agreed plan: median, and how many within
  ``plan_target_days`` (the one-month target, read as 30 days).

Closed cases count in ``by_status``, plan items, referrals and plan timing (the
office's record), not in follow-ups, tasks and vulnerabilities (the caseload now).

``ReportService.me_view()`` gives the four RSS scores of every office's
returnees, for **one scoring profile** (scores computed with another profile
are left out, never averaged together; ``MEView.profiles`` says how many
surveys each profile scored, so the view can be asked for another one). See
``MEView`` for the rules.

No Qt here; codes (statuses, vulnerabilities, item types, outcomes, group
codes below) are stored codes that the UI labels.
"""

import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from datetime import date
from itertools import groupby
from operator import itemgetter

from sqlite_utils import Database

from ..domain.enums import Sex, Status, Vulnerability
from ..domain.query import CaseQuery
from ..domain.rules import DUE_SOON_DAYS, FollowUp, age_on
from ..store.audit_repo import AuditRepo
from ..store.case_repo import CaseRepo
from ..store.report_repo import CaseFilter, PlanFacts, ReportRepo, Subset
from .cases import CaseService, new_case_defaults
from .scoring import ScoringService
from .session import Session

__all__ = [
    "AGE_GROUPS", "BREAKDOWNS", "CaseFilter", "Cell", "Breakdown", "ChangeTables", "Dashboard", "DUE_SOON_DAYS",
    "Figure", "MEView", "MIN_CELL", "PLAN_TARGET_DAYS", "PlanTiming", "ReportService", "SCORES", "ScoreStats",
    "ScoreTable", "Subset", "TIME_BANDS", "DELIVERY_GROUPS", "REFERRAL_OUTCOMES",
]

#: the reintegration plan is ideally agreed within one month of return; read as 30 days
PLAN_TARGET_DAYS = 30
#: a cell of fewer returnees than this shows no mean nor distribution
MIN_CELL = 5
#: the RSS scores, in the order they are reported
SCORES: tuple[str, ...] = ("economic", "social", "psychosocial", "composite")
#: Age groups at the survey date: (code, first age, last age or None). Children
#: apart (they get child-specific support), then youth, and adults by stage of
#: working life.
AGE_GROUPS: tuple[tuple[str, int, int | None], ...] = (
    ("0_17", 0, 17), ("18_24", 18, 24), ("25_34", 25, 34), ("35_49", 35, 49), ("50_plus", 50, None))
#: Time from return to the survey date, in whole months: (code, from, up to but
#: not including, or None). A survey exactly 6 months after return is in 6_12.
TIME_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("0_6", 0, 6), ("6_12", 6, 12), ("12_18", 12, 18), ("18_plus", 18, None))
UNKNOWN = "unknown"
NONE = "none"
BEFORE_RETURN = "before_return"  # a survey dated before the return date
#: delivery groups of a returnee, from the items of their latest plan
DELIVERY_GROUPS = ("direct", "referral", "mixed", NONE)
#: the breakdowns of the M&E view, in order
BREAKDOWNS = ("office", "time_since_return", "sex", "age_group", "assistance_type", "delivery")
REFERRAL_OUTCOMES = ("sent", "accepted", "service_received", "declined", "no_response")
_ORDERS: dict[str, tuple[str, ...]] = {
    "time_since_return": (*(code for code, _, _ in TIME_BANDS), BEFORE_RETURN, UNKNOWN),
    "sex": tuple(str(sex) for sex in Sex),
    "age_group": (*(code for code, _, _ in AGE_GROUPS), UNKNOWN),
    "delivery": (*DELIVERY_GROUPS, UNKNOWN),
}


# --- the dashboard ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """One number of the dashboard and the cases behind it.

    Attributes:
        code: what is counted: a status, vulnerability, item type, delivery,
            outcome code, or ``all`` / ``overdue`` / ``due_soon`` / ``none``.
        count: the number shown.
        filter: opens the cases behind the number.
        cases: how many cases that is, when ``count`` counts something else
            (tasks, referrals); None when it counts cases, or plan items.
    """

    code: str
    count: int
    filter: CaseFilter
    cases: int | None = None


@dataclass(frozen=True)
class PlanTiming:
    """Days from return to the first agreed plan."""

    target_days: int
    count: int  # cases with a return date and an agreed plan
    median_days: float | None
    within_target: int
    share_within_target: float | None  # within_target / count
    filter: CaseFilter
    within_filter: CaseFilter
    late_filter: CaseFilter


@dataclass(frozen=True)
class Dashboard:
    office_code: str
    today: date
    total: Figure
    by_status: tuple[Figure, ...]
    follow_ups_overdue: Figure
    follow_ups_due_soon: Figure
    tasks_overdue: Figure
    tasks_due_soon: Figure
    vulnerabilities: tuple[Figure, ...]
    plan_items_by_type: tuple[Figure, ...]
    plan_items_by_delivery: tuple[Figure, ...]
    referral_outcomes: tuple[Figure, ...]
    plan_timing: PlanTiming


#: makes the filter of a number: the office's cases, narrowed by ``query``, ``subset`` and ``value``
FilterMaker = Callable[..., CaseFilter]


def _median(counts: dict[int, int], total: int) -> float:
    """The median of ``total`` values given as value -> how many, as ``statistics.median`` gives it."""
    middle = [(total - 1) // 2, total // 2]  # the positions of the middle value(s), in order
    found: list[int] = []
    seen = 0
    for value in sorted(counts):
        seen += counts[value]
        while middle and middle[0] < seen:
            found.append(value)
            middle.pop(0)
    return found[0] if total % 2 else (found[0] + found[1]) / 2


def _by_count(figures: Iterable[Figure]) -> tuple[Figure, ...]:
    return tuple(sorted(figures, key=lambda figure: (-figure.count, figure.code)))


# --- the M&E view -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ScoreStats:
    """One score over the returnees of a cell. ``n`` returnees have the score;
    when 0 < n < MIN_CELL (or to protect such a cell, see ``MEView``) the cell is
    ``suppressed``: no n, mean nor distribution."""

    n: int | None
    mean: float | None = None
    minimum: float | None = None
    q1: float | None = None
    median: float | None = None
    q3: float | None = None
    maximum: float | None = None
    suppressed: bool = False


SUPPRESSED = ScoreStats(n=None, suppressed=True)
EMPTY = ScoreStats(n=0)


@dataclass(frozen=True)
class Cell:
    group: str  # the group's code (``all`` for a total)
    scores: dict[str, ScoreStats]  # by score name, every one of SCORES


@dataclass(frozen=True)
class Breakdown:
    by: str  # one of BREAKDOWNS
    cells: tuple[Cell, ...]
    #: True when a returnee can be in several cells (assistance types; time since
    #: return in the latest-survey table): the cells do not add up to the total
    overlapping: bool


@dataclass(frozen=True)
class ScoreTable:
    total: Cell
    breakdowns: dict[str, Breakdown]


@dataclass(frozen=True)
class ChangeTables:
    """Returnees with a baseline and a later follow-up survey: the baseline
    scores, the latest follow-up scores and the change (latest − baseline),
    over the same returnees (for each score, those with it in both surveys);
    grouped by what they are at the latest follow-up (its time since return,
    their age then)."""

    baseline: ScoreTable
    latest: ScoreTable
    change: ScoreTable


@dataclass(frozen=True)
class MEView:
    """The RSS scores of one scoring profile, by office, time since return,
    sex, age group, assistance type and direct vs referral.

    Rules:

    * only current surveys (not replaced by a revision) scored with
      ``profile_id`` count, and of those only the ones with a score (a
      declined survey has none); ``profiles`` gives every profile's count;
    * each returnee counts once per cell, with their latest survey (date, then
      round, then time recorded); in ``latest``'s time-since-return breakdown,
      with their latest survey in each band, so a returnee surveyed in two
      bands is in both;
    * assistance types and direct/referral come from the items of the
      returnee's latest plan (cancelled items left out): a returnee is in the
      cell of each type they were given (``none`` without a plan), and in
      ``direct``, ``referral``, ``mixed`` (both) or ``none``;
    * the distribution is min, quartiles (``statistics.quantiles``, inclusive
      method), median and max;
    * **small cells**: a score of a cell with 0 < n < ``min_cell`` returnees
      is suppressed. When exactly one cell of a breakdown is suppressed for a
      score, the cell with the next fewest returnees is suppressed as well, so
      the hidden cell cannot be worked out by subtracting the others from the
      total (n and mean × n). Cells with no returnee with the score (n = 0)
      show n = 0 and no mean; they hide nothing. Limits: each breakdown is
      protected on its own (comparing two breakdowns, or the latest and the
      change tables, is not), and a shown cell's min and max are one
      returnee's score each.
    """

    profile_id: str
    profiles: dict[str, int]
    min_cell: int
    latest: ScoreTable
    change: ChangeTables


def _stats(values: list[float], min_cell: int) -> ScoreStats:
    n = len(values)
    if n == 0:
        return EMPTY
    if n < min_cell:
        return SUPPRESSED
    values.sort()
    # quartiles as statistics.quantiles(values, n=4, method="inclusive") computes them
    m = n - 1
    q1, median, q3 = ((values[j] * (4 - delta) + values[min(j + 1, m)] * delta) / 4
                      for j, delta in (divmod(i * m, 4) for i in (1, 2, 3)))
    return ScoreStats(n=n, mean=statistics.fmean(values), minimum=values[0], q1=q1, median=median, q3=q3,
                      maximum=values[-1])


_Row = tuple[float | None, float | None, float | None, float | None]  # the four scores of a survey


class _Values:
    """Score values gathered per cell (one tuple of the four scores per
    returnee), before they are summarised."""

    def __init__(self) -> None:
        self.total: list[_Row] = []
        self.cells: dict[tuple[str, str], list[_Row]] = defaultdict(list)

    def add(self, values: _Row, cells: Iterable[tuple[str, str]], total: bool = True) -> None:
        if total:
            self.total.append(values)
        for cell in cells:
            self.cells[cell].append(values)

    def table(self, min_cell: int, overlapping: set[str]) -> ScoreTable:
        def columns(rows: list[_Row]) -> list[list[float]]:
            return [[v[i] for v in rows if v[i] is not None] for i in range(len(SCORES))]

        def summary(values: list[list[float]]) -> dict[str, ScoreStats]:
            return {name: _stats(values[i], min_cell) for i, name in enumerate(SCORES)}

        grouped: dict[str, dict[str, list[list[float]]]] = {by: {} for by in BREAKDOWNS}
        for (by, code), rows in self.cells.items():
            grouped[by][code] = columns(rows)
        breakdowns = {}
        for by, found in grouped.items():
            order = _ORDERS.get(by)
            if order is None:  # office, assistance type: by code, unknown and none last
                codes = sorted(found, key=lambda code: (code in (UNKNOWN, NONE), code))
            else:
                codes = [code for code in order if code in found] + sorted(set(found) - set(order))
            sizes = {code: [len(values) for values in found[code]] for code in codes}
            stats = {code: summary(found[code]) for code in codes}
            for i, name in enumerate(SCORES):
                _protect(codes, stats, name, {code: sizes[code][i] for code in codes})
            breakdowns[by] = Breakdown(by, tuple(Cell(code, stats[code]) for code in codes), by in overlapping)
        return ScoreTable(Cell("all", summary(columns(self.total))), breakdowns)


def _protect(codes: list[str], stats: dict[str, dict[str, ScoreStats]], name: str, sizes: dict[str, int]) -> None:
    """Secondary suppression: one hidden cell in a breakdown would be the total
    minus the others, so hide the shown cell with the fewest returnees too."""
    hidden = [code for code in codes if stats[code][name].suppressed]
    if len(hidden) != 1:
        return
    shown = [code for code in codes if not stats[code][name].suppressed and sizes[code] > 0]
    if shown:
        smallest = min(shown, key=lambda code: sizes[code])  # the first of equals, in cell order
        stats[smallest][name] = SUPPRESSED


def _band(returned: date | None, surveyed: date | None) -> str:
    """The time-since-return band of a survey (whole months from the return date)."""
    if returned is None or surveyed is None:
        return UNKNOWN
    if surveyed < returned:
        return BEFORE_RETURN
    months = (surveyed.year - returned.year) * 12 + surveyed.month - returned.month - (surveyed.day < returned.day)
    return next(code for code, first, end in TIME_BANDS if months >= first and (end is None or months < end))


def _age_group(birth: date | None, surveyed: date | None) -> str:
    if birth is None or surveyed is None or birth > surveyed:
        return UNKNOWN
    age = age_on(birth, surveyed)
    return next(code for code, first, last in AGE_GROUPS if age >= first and (last is None or age <= last))


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _assistance(plans: PlanFacts, case_id: str, known: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str]]:
    """The returnee's assistance-type cells and delivery cell, from their latest
    plan (``known``: already worked out, by the plan's items)."""
    words = plans.words(case_id)
    cells = known.get(words)
    if cells is None:
        types, deliveries = plans.kinds(words)
        delivery = NONE if not deliveries else next(iter(deliveries)) if len(deliveries) == 1 else "mixed"
        cells = known[words] = [*(("assistance_type", kind) for kind in sorted(types) or [NONE]),
                                ("delivery", delivery)]
    return cells


_NO_SCORES = (None, None, None, None)


def _gather(surveys: Iterable[tuple], plans: PlanFacts) -> tuple[_Values, _Values, _Values, _Values]:
    """Each returnee's surveys (rows of ``ReportRepo.surveys`` without the
    profile id) into the latest table and the three change tables."""
    latest, baseline, follow_up, change = _Values(), _Values(), _Values(), _Values()
    known: dict[str, list[tuple[str, str]]] = {}
    for case_id, group in groupby(surveys, key=itemgetter(0)):
        rows = [row for row in group if row[7:11] != _NO_SCORES]  # a declined survey has no score
        if not rows:
            continue
        _, office, sex, birth_text, return_text = rows[0][:5]
        birth, returned = _day(birth_text), _day(return_text)
        fixed = [("office", office or UNKNOWN), ("sex", sex or UNKNOWN), *_assistance(plans, case_id, known)]
        dates = [_day(row[5]) for row in rows]
        last = rows[-1]
        latest.add(last[7:11], [*fixed, ("age_group", _age_group(birth, dates[-1]))])
        if len(rows) == 1:  # most returnees: one survey, no change to measure
            latest.add(last[7:11], [("time_since_return", _band(returned, dates[0]))], total=False)
            continue
        bands = [_band(returned, day) for day in dates]
        for band, row in dict(zip(bands, rows)).items():  # in survey order: the last survey of each band stays
            latest.add(row[7:11], [("time_since_return", band)], total=False)
        first = next((i for i, row in enumerate(rows) if row[6] == "baseline"), None)
        later = [i for i in range(first + 1, len(rows)) if rows[i][6] != "baseline"] if first is not None else []
        if not later:
            continue
        end = later[-1]
        assert first is not None
        pairs = [(b, a) if b is not None and a is not None else (None, None)
                 for b, a in zip(rows[first][7:11], rows[end][7:11])]
        cells = [*fixed, ("age_group", _age_group(birth, dates[end])), ("time_since_return", bands[end])]
        baseline.add(tuple(b for b, _ in pairs), cells)
        follow_up.add(tuple(a for _, a in pairs), cells)
        change.add(tuple(None if b is None else a - b for b, a in pairs), cells)
    return latest, baseline, follow_up, change


class ReportService:
    def __init__(self, session: Session, today: date | None = None, plan_target_days: int = PLAN_TARGET_DAYS,
                 min_cell: int = MIN_CELL, db: Database | None = None):
        """``db``: a connection of the worker thread running the report (the session's own by default)."""
        self.session = session
        self.cases = CaseService(session, today)
        cases = session.cases if db is None else CaseRepo(db, AuditRepo(db, session.profile.username))
        self.repo = ReportRepo(db or session.db, cases)
        self.plan_target_days = plan_target_days
        self.min_cell = min_cell

    @property
    def today(self) -> date:
        return self.cases.today

    @property
    def office_code(self) -> str:
        """The profile's office, as its cases carry it."""
        return new_case_defaults(self.session)["office_code"]

    # --- the cases behind a number ----------------------------------------------------------

    def count(self, filter: CaseFilter) -> int:
        return self.repo.count(filter, self.today)

    def case_ids(self, filter: CaseFilter) -> list[str]:
        return self.repo.case_ids(filter, self.today)

    def resolve(self, filter: CaseFilter) -> CaseFilter:
        return self.repo.resolve(filter, self.today)

    # --- the dashboard ------------------------------------------------------------------------

    def dashboard(self) -> Dashboard:
        """Every number of the dashboard, for the profile's office, today."""
        office, today, repo = self.office_code, self.today, self.repo
        cases = partial(CaseFilter, office_code=office)
        statuses = repo.status_counts(office)
        overdue, due_soon = repo.follow_up_counts(office, today)
        tasks_overdue, cases_overdue, tasks_due, cases_due = repo.task_counts(office, today)
        return Dashboard(
            office_code=office,
            today=today,
            total=Figure("all", sum(statuses.values()), cases()),
            by_status=tuple(Figure(str(status), statuses.get(status, 0),
                                   cases(query=CaseQuery(statuses=frozenset({status})))) for status in Status),
            follow_ups_overdue=Figure(str(FollowUp.OVERDUE), overdue,
                                      cases(query=CaseQuery(follow_up=FollowUp.OVERDUE))),
            follow_ups_due_soon=Figure(str(FollowUp.DUE_SOON), due_soon,
                                       cases(query=CaseQuery(follow_up=FollowUp.DUE_SOON))),
            tasks_overdue=Figure(str(FollowUp.OVERDUE), tasks_overdue, cases(subset=Subset.TASK_OVERDUE),
                                 cases_overdue),
            tasks_due_soon=Figure(str(FollowUp.DUE_SOON), tasks_due, cases(subset=Subset.TASK_DUE_SOON), cases_due),
            vulnerabilities=self._vulnerabilities(office, statuses, cases),
            **self._plan_items(repo.plan_item_counts(office), cases),
            referral_outcomes=self._referrals(office, cases),
            plan_timing=self._timing(repo.plan_days(office), cases),
        )

    def _vulnerabilities(self, office: str, statuses: dict[str, int], cases: FilterMaker) -> tuple[Figure, ...]:
        open_statuses = frozenset(status for status in Status if status is not Status.CLOSED)
        open_cases = sum(statuses.get(status, 0) for status in open_statuses)
        counts, with_any = self.repo.vulnerability_counts(office)
        figures = [Figure(str(code), counts.get(code, 0),
                          cases(query=CaseQuery(statuses=open_statuses, vulnerability=code)))
                   for code in Vulnerability]
        figures.append(Figure(NONE, open_cases - with_any,
                              cases(query=CaseQuery(statuses=open_statuses), subset=Subset.NO_VULNERABILITY)))
        return tuple(figures)

    def _plan_items(self, counts: dict[tuple[str, str], int], cases: FilterMaker) -> dict[str, tuple[Figure, ...]]:
        by_type: dict[str, int] = defaultdict(int)
        by_delivery: dict[str, int] = defaultdict(int)
        for (kind, delivery), n in counts.items():
            by_type[kind] += n
            by_delivery[delivery] += n
        return {
            "plan_items_by_type": _by_count(Figure(kind, n, cases(subset=Subset.PLAN_ITEM_TYPE, value=kind))
                                            for kind, n in by_type.items()),
            "plan_items_by_delivery": _by_count(Figure(kind, n, cases(subset=Subset.PLAN_DELIVERY, value=kind))
                                                for kind, n in by_delivery.items()),
        }

    def _referrals(self, office: str, cases: FilterMaker) -> tuple[Figure, ...]:
        outcomes = self.repo.referral_outcomes(office)
        codes = list(REFERRAL_OUTCOMES) + sorted(set(outcomes) - set(REFERRAL_OUTCOMES))
        return tuple(Figure(code, outcomes.get(code, (0, 0))[0], cases(subset=Subset.REFERRAL_OUTCOME, value=code),
                            outcomes.get(code, (0, 0))[1]) for code in codes)

    def _timing(self, days: dict[int, int], cases: FilterMaker) -> PlanTiming:
        """``days``: days from return to the first agreed plan -> cases."""
        target = self.plan_target_days
        count = sum(days.values())
        within = sum(n for value, n in days.items() if value <= target)
        return PlanTiming(
            target_days=target,
            count=count,
            median_days=_median(days, count) if count else None,
            within_target=within,
            share_within_target=within / count if count else None,
            filter=cases(subset=Subset.PLAN_TIMED),
            within_filter=cases(subset=Subset.PLAN_WITHIN, value=str(target)),
            late_filter=cases(subset=Subset.PLAN_LATE, value=str(target)),
        )

    # --- the M&E view -------------------------------------------------------------------------

    def scoring_profile_id(self) -> str:
        """The id of the scoring profile used on this device."""
        return ScoringService(self.session, set()).profile().id

    def me_view(self, profile_id: str | None = None) -> MEView:
        """The M&E view for ``profile_id`` (default: the profile used on this device)."""
        profile_id = profile_id or self.scoring_profile_id()
        surveys = self.repo.surveys()
        profiles = Counter(row[0] for row in surveys)
        chosen = [row[1:] for row in surveys if row[0] == profile_id]
        latest, baseline, follow_up, change = _gather(chosen, self.repo.plans())
        overlapping = {"assistance_type"}
        return MEView(
            profile_id=profile_id,
            profiles=dict(sorted(profiles.items())),
            min_cell=self.min_cell,
            latest=latest.table(self.min_cell, overlapping | {"time_since_return"}),
            change=ChangeTables(baseline=baseline.table(self.min_cell, overlapping),
                                latest=follow_up.table(self.min_cell, overlapping),
                                change=change.table(self.min_cell, overlapping)),
        )
