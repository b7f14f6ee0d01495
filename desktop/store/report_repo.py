"""Aggregate queries behind the caseload dashboard and the M&E view, and the
case filters that open the cases behind each number.

Everything here counts in SQL or over a few compact values per case, so that a
dashboard over 100,000 cases stays under a few hundred milliseconds. That needs
the indexes of ``REPORT_INDEXES`` (expression indexes over the answers of the
plan, referral and RSS forms, and covering indexes over cases and tasks),
made by migration ``m007_report_indexes``. Queries name these indexes
(``INDEXED BY``: the planner would otherwise read the answers of every
submission of a form).

What the queries read from the forms (the shipped definitions in
``resources/forms/``):

* **current** submission: one that no revision replaces (``revision_of``);
* a case's **plan**: its current ``reintegration_plan`` submissions; the
  *latest* one (greatest ``agreed_on``, then time recorded, then id) gives
  the case's plan items, the *first* ``agreed_on`` the days from return to
  an agreed plan;
* a plan **item**: one instance of the repeat ``items`` (``item_type``,
  ``delivery``, ``item_status``); items whose status is ``cancelled`` are
  left out of every count;
* a **referral**: a current ``referral`` submission; its outcome is
  ``outcome_status``, ``sent`` when not recorded (the form's default);
* an RSS **survey**: a current ``rss`` submission with its ``survey_date``,
  ``survey_round`` and its stored scores.
"""

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlite_utils import Database

from ..domain.query import CaseQuery
from ..domain.rules import DUE_SOON_DAYS
from .case_repo import CaseRepo, match_expression

PLAN_FORM = "reintegration_plan"
REFERRAL_FORM = "referral"
RSS_FORM = "rss"
CANCELLED = "cancelled"
#: a referral without a recorded outcome is waiting (the form's default)
DEFAULT_OUTCOME = "sent"
#: how many plan items the plan index holds per plan; a plan with more is read whole
PLAN_ITEM_SLOTS = 12
#: a missing item property, as held in the plan index
MISSING = "-"

_ITEM = (
    "iif(json_type(answers, '$.items[{i}]') IS NULL, '',"
    " coalesce(json_extract(answers, '$.items[{i}].item_type'), '-') || '/'"
    " || coalesce(json_extract(answers, '$.items[{i}].delivery'), '-') || '/'"
    " || coalesce(json_extract(answers, '$.items[{i}].item_status'), '-') || ' ')"
)
#: a plan's items as "type/delivery/status " words (the first PLAN_ITEM_SLOTS items)
PLAN_ITEMS_SQL = " || ".join(_ITEM.format(i=i) for i in range(PLAN_ITEM_SLOTS))
PLAN_ITEM_COUNT_SQL = "coalesce(json_array_length(answers, '$.items'), 0)"
PLAN_AGREED_SQL = "coalesce(json_extract(answers, '$.agreed_on'), '')"
REFERRAL_OUTCOME_SQL = f"coalesce(json_extract(answers, '$.outcome_status'), '{DEFAULT_OUTCOME}')"
SURVEY_DATE_SQL = "json_extract(answers, '$.survey_date')"
SURVEY_ROUND_SQL = "coalesce(json_extract(answers, '$.survey_round'), '')"

#: Indexes the reports need, made by migration ``m007_report_indexes``: as shipped, never edit
#: them (a change is a new migration that drops and remakes one). The expressions must stay
#: exactly as the queries below write them.
REPORT_INDEXES: list[str] = [
    # status counts, follow-up dates and vulnerabilities of one office
    "CREATE INDEX IF NOT EXISTS idx_report_cases_office ON cases(office_code, status, next_follow_up, vulnerabilities)",
    # what a report needs of a case it reaches by id, without reading the row
    "CREATE INDEX IF NOT EXISTS idx_report_case_facts ON cases(id, office_code, status, return_date, sex, birth_date)",
    "CREATE INDEX IF NOT EXISTS idx_report_tasks ON tasks(status, due_on, case_id)",
    # the few submissions that revise another: "is this one current?" reads a small index
    "CREATE INDEX IF NOT EXISTS idx_report_revisions ON submissions(revision_of) WHERE revision_of IS NOT NULL",
    "CREATE INDEX IF NOT EXISTS idx_report_scores ON scores(submission_id, profile_id, economic, social, psychosocial,"
    " composite)",
    f"CREATE INDEX IF NOT EXISTS idx_report_plans ON submissions(case_id, {PLAN_AGREED_SQL}, created_at, id,"
    f" {PLAN_ITEM_COUNT_SQL}, {PLAN_ITEMS_SQL}) WHERE form_id = '{PLAN_FORM}'",
    f"CREATE INDEX IF NOT EXISTS idx_report_referrals ON submissions({REFERRAL_OUTCOME_SQL}, case_id, id)"
    f" WHERE form_id = '{REFERRAL_FORM}'",
    f"CREATE INDEX IF NOT EXISTS idx_report_surveys ON submissions(case_id, {SURVEY_DATE_SQL}, {SURVEY_ROUND_SQL},"
    f" created_at, id) WHERE form_id = '{RSS_FORM}'",
]


def _due_soon_end(today: date) -> str:
    return (today + timedelta(days=DUE_SOON_DAYS)).isoformat()


class Subset(StrEnum):
    """Sets of cases a report counts that the case list's own filters cannot say.
    ``CaseFilter.value`` completes some of them."""

    TASK_OVERDUE = "task_overdue"  # an open task due before today
    TASK_DUE_SOON = "task_due_soon"  # an open task due from today to DUE_SOON_DAYS ahead
    NO_VULNERABILITY = "no_vulnerability"
    PLAN_ITEM_TYPE = "plan_item_type"  # value: the item type
    PLAN_DELIVERY = "plan_delivery"  # value: direct or referral
    REFERRAL_OUTCOME = "referral_outcome"  # value: the outcome
    PLAN_TIMED = "plan_timed"  # a return date and an agreed plan
    PLAN_WITHIN = "plan_within"  # value: days; first plan agreed at most that many days after return
    PLAN_LATE = "plan_late"  # value: days; first plan agreed later than that


@dataclass(frozen=True)
class CaseFilter:
    """The cases behind a number of a report, for the case list to open.

    ``query`` is what the case list filters on already (status, vulnerability,
    follow-up, search); the rest narrows it further: the office, a report
    subset, or (after ``ReportRepo.resolve``) an explicit set of case ids.
    """

    query: CaseQuery = field(default_factory=CaseQuery)
    office_code: str | None = None
    subset: Subset | None = None
    value: str = ""
    case_ids: frozenset[str] | None = None


@dataclass(frozen=True)
class PlanItem:
    type: str
    delivery: str
    status: str


def _items(words: str) -> list[PlanItem]:
    """Items from "type/delivery/status" words (a malformed word is skipped:
    choice names hold neither spaces nor slashes)."""
    return [PlanItem(*parts) for parts in (word.rsplit("/", 2) for word in words.split()) if len(parts) == 3]


class PlanFacts:
    """The plans of a set of cases: the days from return to the first agreed
    plan, and the items of the latest plan."""

    def __init__(self, first_days: dict[str, int | None], latest: dict[str, str]):
        self.first_days = first_days
        self._latest = latest  # case id -> "type/delivery/status " words

    def item_counts(self) -> Counter[tuple[str, str]]:
        """(type, delivery) -> number of items not cancelled, over every case."""
        words = Counter(" ".join(self._latest.values()).split())
        counts: Counter[tuple[str, str]] = Counter()
        for word, n in words.items():
            for item in _items(word):
                if item.status != CANCELLED:
                    counts[(item.type, item.delivery)] += n
        return counts

    def words(self, case_id: str) -> str:
        """The items of the case's latest plan as compact words (equal words, equal items)."""
        return self._latest.get(case_id, "")

    @staticmethod
    def kinds(words: str) -> tuple[set[str], set[str]]:
        """The assistance types and deliveries of ``words``' items, cancelled ones left out."""
        parts = [word.rsplit("/", 2) for word in words.split()]
        kept = [part for part in parts if len(part) == 3 and part[2] != CANCELLED]
        return {part[0] for part in kept}, {part[1] for part in kept}

    def items(self, case_id: str) -> list[PlanItem]:
        """The items of the case's latest plan, cancelled ones left out."""
        return [item for item in _items(self._latest.get(case_id, "")) if item.status != CANCELLED]

    def cases(self) -> list[str]:
        return list(self._latest)

    def days(self) -> list[int]:
        """Days from return to the first agreed plan, of every case with both dates."""
        return [days for days in self.first_days.values() if days is not None]

    def timed(self) -> dict[str, int]:
        """Case id -> days from return to the first agreed plan, for cases with both dates."""
        return {case_id: days for case_id, days in self.first_days.items() if days is not None}


class ReportRepo:
    def __init__(self, db: Database, cases: CaseRepo):
        self.db = db
        self.cases = cases

    def _current(self, alias: str) -> str:
        """The submission ``alias`` is current: no revision replaces it."""
        return (f"NOT EXISTS (SELECT 1 FROM submissions r INDEXED BY idx_report_revisions"
                f" WHERE r.revision_of = {alias}.id)")

    def _rows(self, sql: str, params: list[Any]) -> list[tuple]:
        return self.db.execute(sql, params).fetchall()

    def _office(self, office: str | None, alias: str = "c") -> tuple[str, list[Any]]:
        return (f" AND {alias}.office_code = ?", [office]) if office is not None else ("", [])

    # --- the dashboard --------------------------------------------------------------------

    def status_counts(self, office: str) -> dict[str, int]:
        rows = self._rows(
            "SELECT status, count(*) FROM cases c INDEXED BY idx_report_cases_office"
            " WHERE c.office_code = ? GROUP BY status", [office])
        return dict(rows)

    def follow_up_counts(self, office: str, today: date) -> tuple[int, int]:
        """Open cases whose next follow-up date is past, and within DUE_SOON_DAYS
        from today (the case list's follow-up filters)."""
        overdue, soon = self._rows(
            "SELECT coalesce(sum(next_follow_up < ?), 0), coalesce(sum(next_follow_up BETWEEN ? AND ?), 0)"
            " FROM cases c INDEXED BY idx_report_cases_office"
            " WHERE c.office_code = ? AND c.status != 'closed' AND c.next_follow_up IS NOT NULL",
            [today.isoformat(), today.isoformat(), _due_soon_end(today), office])[0]
        return overdue, soon

    def task_counts(self, office: str, today: date) -> tuple[int, int, int, int]:
        """Open tasks of open cases: (overdue tasks, their cases, tasks due from
        today to DUE_SOON_DAYS ahead, their cases)."""
        day = today.isoformat()
        row = self._rows(
            "SELECT coalesce(sum(t.due_on < ?), 0), count(DISTINCT CASE WHEN t.due_on < ? THEN t.case_id END),"
            " coalesce(sum(t.due_on >= ?), 0), count(DISTINCT CASE WHEN t.due_on >= ? THEN t.case_id END)"
            " FROM tasks t INDEXED BY idx_report_tasks JOIN cases c INDEXED BY idx_report_case_facts"
            " ON c.id = t.case_id"
            " WHERE t.status = 'open' AND t.due_on <= ? AND c.office_code = ? AND c.status != 'closed'",
            [day, day, day, day, _due_soon_end(today), office])[0]
        return row[0], row[1], row[2], row[3]

    def vulnerability_counts(self, office: str) -> tuple[dict[str, int], int]:
        """Open cases per vulnerability code, and open cases with at least one
        (read from the case's list, which triggers keep in step with the
        ``case_vulnerabilities`` rows the case list filters on)."""
        cases = "cases c INDEXED BY idx_report_cases_office"
        where = "c.office_code = ? AND c.status != 'closed'"
        counts = dict(self._rows(
            f"SELECT j.value, count(*) FROM {cases}, json_each(c.vulnerabilities) j WHERE {where} GROUP BY 1",
            [office]))
        with_any = self._rows(
            f"SELECT count(*) FROM {cases} WHERE {where} AND json_array_length(c.vulnerabilities) > 0", [office])[0][0]
        return counts, with_any

    def referral_outcomes(self, office: str) -> dict[str, tuple[int, int]]:
        """Outcome -> (current referrals, cases) over the office's cases."""
        rows = self._rows(
            f"SELECT {REFERRAL_OUTCOME_SQL}, count(*), count(DISTINCT s.case_id)"
            f" FROM submissions s INDEXED BY idx_report_referrals"
            f" JOIN cases c INDEXED BY idx_report_case_facts ON c.id = s.case_id"
            f" WHERE s.form_id = '{REFERRAL_FORM}' AND c.office_code = ? AND {self._current('s')} GROUP BY 1",
            [office])
        return {outcome: (n, cases) for outcome, n, cases in rows}

    def plans(self, office: str | None) -> PlanFacts:
        """The plans of the office's cases (every office's when None). Rows come
        in index order, case by case and oldest agreement first: the first row
        of a case is its first plan, the last its latest. Days are whole days
        from the return date to the plan's ``agreed_on``."""
        where, params = self._office(office)
        rows = self._rows(
            f"SELECT s.case_id, CAST(julianday(nullif({PLAN_AGREED_SQL}, '')) - julianday(c.return_date) AS INTEGER),"
            f" iif({PLAN_ITEM_COUNT_SQL} > {PLAN_ITEM_SLOTS}, s.id, NULL), {PLAN_ITEMS_SQL}"
            f" FROM submissions s INDEXED BY idx_report_plans"
            f" JOIN cases c INDEXED BY idx_report_case_facts ON c.id = s.case_id"
            f" WHERE s.form_id = '{PLAN_FORM}'{where} AND {self._current('s')}"
            f" ORDER BY s.case_id, {PLAN_AGREED_SQL}, s.created_at, s.id",
            params)
        if not rows:
            return PlanFacts({}, {})
        ids, days, long_plans, words = zip(*rows)
        first_days = dict(zip(reversed(ids), reversed(days)))  # the first row of each case stays
        latest = dict(zip(ids, words))  # the last row of each case stays
        latest_long = dict(zip(ids, long_plans))
        for case_id in [case_id for case_id, long_plan in latest_long.items() if long_plan is not None]:
            latest[case_id] = self._all_items(latest_long[case_id])
        return PlanFacts(first_days, latest)

    def _all_items(self, submission_id: str) -> str:
        """The words of every item of a plan longer than the index holds (rare)."""
        answers = json.loads(self._rows("SELECT answers FROM submissions WHERE id = ?", [submission_id])[0][0])
        return " ".join(
            "/".join(str(item.get(key) or MISSING) for key in ("item_type", "delivery", "item_status"))
            for item in answers.get("items") or [] if isinstance(item, dict))

    # --- the M&E view ---------------------------------------------------------------------

    def surveys(self) -> list[tuple]:
        """Current RSS surveys with their scores, case by case in survey order
        (date, then round, time recorded and id): (profile id, case id,
        office, sex, birth date, return date, survey date, round, economic,
        social, psychosocial, composite). The scores of a survey are those of
        the profile it was last scored with."""
        return self._rows(
            f"SELECT sc.profile_id, s.case_id, c.office_code, c.sex, c.birth_date, c.return_date,"
            f" coalesce({SURVEY_DATE_SQL}, substr(s.created_at, 1, 10)), {SURVEY_ROUND_SQL},"
            " sc.economic, sc.social, sc.psychosocial, sc.composite"
            f" FROM submissions s INDEXED BY idx_report_surveys"
            f" JOIN scores sc INDEXED BY idx_report_scores ON sc.submission_id = s.id"
            f" JOIN cases c INDEXED BY idx_report_case_facts ON c.id = s.case_id"
            f" WHERE s.form_id = '{RSS_FORM}' AND {self._current('s')}"
            f" ORDER BY s.case_id, {SURVEY_DATE_SQL}, {SURVEY_ROUND_SQL}, s.created_at, s.id", [])

    # --- the cases behind a number -------------------------------------------------------

    def _subset_ids(self, filter: CaseFilter) -> set[str]:
        """The cases of a subset that is counted over plan facts (as the dashboard counts it)."""
        facts = self.plans(filter.office_code)
        subset, value = filter.subset, filter.value
        if subset is Subset.PLAN_ITEM_TYPE:
            return {case_id for case_id in facts.cases() if any(item.type == value for item in facts.items(case_id))}
        if subset is Subset.PLAN_DELIVERY:
            return {case_id for case_id in facts.cases()
                    if any(item.delivery == value for item in facts.items(case_id))}
        timed = facts.timed()
        if subset is Subset.PLAN_TIMED:
            return set(timed)
        limit = int(value)
        if subset is Subset.PLAN_WITHIN:
            return {case_id for case_id, days in timed.items() if days <= limit}
        return {case_id for case_id, days in timed.items() if days > limit}

    def where(self, filter: CaseFilter, today: date) -> tuple[str, list[Any]]:
        """SQL conditions on ``cases c`` selecting the filter's cases. The
        query's part is the case list's own SQL (``CaseRepo._filters``), so a
        number and the list it opens count alike."""
        clauses, params = self.cases._filters(filter.query, today)
        expression = match_expression(filter.query.search)
        if expression:
            clauses.append("c.rowid IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)")
            params.append(expression)
        if filter.office_code is not None:
            clauses.append("c.office_code = ?")
            params.append(filter.office_code)
        if filter.case_ids is not None:
            clauses.append("c.id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(sorted(filter.case_ids)))
        day = today.isoformat()
        subset = filter.subset
        if subset in (Subset.TASK_OVERDUE, Subset.TASK_DUE_SOON):
            due = "due_on < ?" if subset is Subset.TASK_OVERDUE else "due_on BETWEEN ? AND date(?, ?)"
            clauses.append(
                f"c.status != 'closed' AND c.id IN (SELECT case_id FROM tasks WHERE status = 'open' AND {due})")
            params.extend([day] if subset is Subset.TASK_OVERDUE else [day, day, f"+{DUE_SOON_DAYS} days"])
        elif subset is Subset.NO_VULNERABILITY:
            clauses.append("c.id NOT IN (SELECT case_id FROM case_vulnerabilities)")
        elif subset is Subset.REFERRAL_OUTCOME:
            clauses.append(
                f"c.id IN (SELECT s.case_id FROM submissions s WHERE s.form_id = '{REFERRAL_FORM}'"
                f" AND {REFERRAL_OUTCOME_SQL} = ? AND {self._current('s')})")
            params.append(filter.value)
        elif subset is not None:
            clauses.append("c.id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(sorted(self._subset_ids(filter))))
        return " AND ".join(clauses) or "1 = 1", params

    def count(self, filter: CaseFilter, today: date) -> int:
        where, params = self.where(filter, today)
        return self._rows(f"SELECT count(*) FROM cases c WHERE {where}", params)[0][0]

    def case_ids(self, filter: CaseFilter, today: date) -> list[str]:
        """The filter's cases, in the order they were added."""
        where, params = self.where(filter, today)
        return [row[0] for row in self._rows(f"SELECT c.id FROM cases c WHERE {where} ORDER BY c.rowid", params)]

    def resolve(self, filter: CaseFilter, today: date) -> CaseFilter:
        """The same cases, with a report subset replaced by their ids (read once,
        so that a list can page through them without counting again)."""
        if filter.subset is None:
            return filter
        ids = frozenset(self.case_ids(CaseFilter(office_code=filter.office_code, subset=filter.subset,
                                                 value=filter.value), today))
        if filter.case_ids is not None:
            ids &= filter.case_ids
        return CaseFilter(query=filter.query, office_code=filter.office_code, case_ids=ids)
