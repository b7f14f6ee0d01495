"""Aggregate queries behind the caseload dashboard and the M&E view, and the
case filters that open the cases behind each number.

Everything here counts in SQL or over a few compact values per case, so that a
dashboard over 100,000 cases stays under a few hundred milliseconds. That needs
the indexes and report tables of ``report_schema``. Queries name the indexes
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
from .report_schema import RSS_FORM, SURVEY_DATE_SQL, SURVEY_ROUND_SQL


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


#: separates an item's type from its delivery, and two items, in ``PlanFacts`` words
_UNIT, _RECORD = "\x1f", "\x1e"


class PlanFacts:
    """The items of each case's latest plan (cancelled ones left out), by type
    and delivery, as one compact text per case: equal texts, equal items."""

    def __init__(self, latest: dict[str, str]):
        self._latest = latest  # case id -> type/delivery pairs, sorted

    def words(self, case_id: str) -> str:
        """The items of the case's latest plan as one compact text ("" without a plan or items)."""
        return self._latest.get(case_id, "")

    @staticmethod
    def kinds(words: str) -> tuple[set[str], set[str]]:
        """The assistance types and deliveries of ``words``' items."""
        pairs = [pair.split(_UNIT) for pair in words.split(_RECORD) if pair]
        return {pair[0] for pair in pairs}, {pair[-1] for pair in pairs}

    def cases(self) -> list[str]:
        """The cases with at least one item (not cancelled) in their latest plan."""
        return list(self._latest)


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
        ``case_vulnerabilities`` rows the case list filters on). Cases are
        counted per distinct list: a few hundred lists, read once each."""
        counts: Counter[str] = Counter()
        with_any = 0
        for codes, n in self._rows(
                "SELECT c.vulnerabilities, count(*) FROM cases c INDEXED BY idx_report_cases_office"
                " WHERE c.office_code = ? AND c.status != 'closed' GROUP BY c.vulnerabilities", [office]):
            found = json.loads(codes)
            if isinstance(found, dict):
                found = list(found.values())
            elif not isinstance(found, list):
                continue
            for code in found:
                counts[code] += n
            with_any += n if found else 0
        return dict(counts), with_any

    def referral_outcomes(self, office: str) -> dict[str, tuple[int, int]]:
        """Outcome -> (current referrals, cases) over the office's cases."""
        rows = self._rows(
            "SELECT outcome, sum(n), count(*) FROM report_referrals INDEXED BY idx_report_referrals_office"
            " WHERE office_code = ? GROUP BY outcome", [office])
        return {outcome: (n, cases) for outcome, n, cases in rows}

    def plan_item_counts(self, office: str) -> dict[tuple[str, str], int]:
        """(type, delivery) -> items of the office's cases' latest plans, cancelled ones left out."""
        rows = self._rows(
            "SELECT item_type, delivery, sum(n) FROM report_plan_items INDEXED BY idx_report_plan_items_office"
            " WHERE office_code = ? GROUP BY item_type, delivery", [office])
        return {(kind, delivery): n for kind, delivery, n in rows}

    def plan_days(self, office: str) -> dict[int, int]:
        """Days from return to the first agreed plan -> cases of the office, for the
        cases with both dates (whole days from the return date to ``agreed_on``)."""
        return dict(self._rows(
            "SELECT days, count(*) FROM report_plans INDEXED BY idx_report_plans_days"
            " WHERE office_code = ? AND days IS NOT NULL GROUP BY days", [office]))

    def plans(self) -> PlanFacts:
        """The items of every office's cases' latest plans."""
        return PlanFacts(dict(self._rows(
            "SELECT case_id, group_concat(item_type || char(31) || delivery, char(30))"
            " FROM report_plan_items GROUP BY case_id", [])))

    # --- the M&E view ---------------------------------------------------------------------

    def surveys(self) -> list[tuple]:
        """Current RSS surveys with their scores, case by case in survey order
        (date, then round, time recorded and id): (profile id, case id,
        office, sex, birth date, return date, survey date, round, economic,
        social, psychosocial, composite). The scores of a survey are those of
        the profile it was last scored with. A survey without a date is dated
        (and ordered) by the day it was recorded, as the case's progress tab
        orders it (the index gives the case order, each case's few surveys are
        sorted)."""
        dated = f"coalesce({SURVEY_DATE_SQL}, substr(s.created_at, 1, 10))"
        return self._rows(
            f"SELECT sc.profile_id, s.case_id, c.office_code, c.sex, c.birth_date, c.return_date,"
            f" {dated}, {SURVEY_ROUND_SQL},"
            " sc.economic, sc.social, sc.psychosocial, sc.composite"
            f" FROM submissions s INDEXED BY idx_report_surveys"
            f" JOIN scores sc INDEXED BY idx_report_scores ON sc.submission_id = s.id"
            f" JOIN cases c INDEXED BY idx_report_case_facts ON c.id = s.case_id"
            f" WHERE s.form_id = '{RSS_FORM}' AND {self._current('s')}"
            f" ORDER BY s.case_id, {dated}, {SURVEY_ROUND_SQL}, s.created_at, s.id", [])

    # --- the cases behind a number -------------------------------------------------------

    def _subset(self, filter: CaseFilter) -> tuple[str, list[Any]]:
        """The cases of a subset counted over the report tables (as the dashboard counts it)."""
        subset, value = filter.subset, filter.value
        if subset is Subset.PLAN_ITEM_TYPE:
            return "SELECT case_id FROM report_plan_items WHERE item_type = ?", [value]
        if subset is Subset.PLAN_DELIVERY:
            return "SELECT case_id FROM report_plan_items WHERE delivery = ?", [value]
        if subset is Subset.REFERRAL_OUTCOME:
            return "SELECT case_id FROM report_referrals WHERE outcome = ?", [value]
        timed = "SELECT case_id FROM report_plans WHERE days IS NOT NULL"
        if subset is Subset.PLAN_TIMED:
            return timed, []
        return f"{timed} AND days {'<=' if subset is Subset.PLAN_WITHIN else '>'} ?", [int(value)]

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
        elif subset is not None:
            sql, values = self._subset(filter)
            clauses.append(f"c.id IN ({sql})")
            params.extend(values)
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
