"""The schema the reports read: the covering indexes of ``REPORT_INDEXES``
(migration ``m007_report_indexes``) and the **report tables** of
``REPORT_TABLES`` (migration ``m008_report_tables``): what the reports need of
each case's plans and referrals, worked out from the answers when a submission
is written (by triggers, so every write path keeps them: forms, sync, bundles,
erasure) rather than at every refresh. ``report_repo`` reads them.

As shipped, never edit a statement here: a change is a new migration.
"""

PLAN_FORM = "reintegration_plan"
REFERRAL_FORM = "referral"
RSS_FORM = "rss"
CANCELLED = "cancelled"
#: a referral without a recorded outcome is waiting (the form's default)
DEFAULT_OUTCOME = "sent"
#: how many plan items the plan index of m007 held per plan (the report tables of m008 hold every item)
PLAN_ITEM_SLOTS = 12
#: a missing item property, as held in the report tables
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


_CURRENT_S = "NOT EXISTS (SELECT 1 FROM submissions r INDEXED BY idx_report_revisions WHERE r.revision_of = s.id)"
_ITEM_FIELD = "coalesce(json_extract(j.value, '$.{name}'), '{missing}')"
#: whole days from the return date to the first agreed plan
_DAYS = "CAST(julianday({agreed}) - julianday({returned}) AS INTEGER)"


def _plans_of(cases: str, by_case: str = "") -> list[str]:
    """Statements that write the report rows of the plans of ``cases`` (an SQL
    condition on ``case_id``), whose rows must be gone already. ``by_case``
    names the index to read one case's submissions by (the planner, without
    statistics, would read every plan's: a trigger would then cost as much as
    the number of plans). The latest plan is the last in (``agreed_on``, time
    recorded, id) order, the first ``agreed_on`` the least (a plan without one
    sorts first, and leaves the case without a time to its plan, as before);
    a plan's items are its ``items`` that are objects, cancelled ones left out."""
    first = "nullif(p.first, '')"
    return [
        "INSERT INTO report_plans (case_id, office_code, return_date, first_agreed, latest_id, days)"
        f" SELECT p.case_id, c.office_code, c.return_date, {first}, p.id,"
        f" {_DAYS.format(agreed=first, returned='c.return_date')} FROM ("
        f"  SELECT s.case_id, s.id, row_number() OVER (PARTITION BY s.case_id"
        f"   ORDER BY {PLAN_AGREED_SQL} DESC, s.created_at DESC, s.id DESC) AS n,"
        f"   min({PLAN_AGREED_SQL}) OVER (PARTITION BY s.case_id) AS first"
        f"  FROM submissions s{by_case} WHERE s.form_id = '{PLAN_FORM}' AND s.{cases} AND {_CURRENT_S}"
        " ) p JOIN cases c ON c.id = p.case_id WHERE p.n = 1",
        "INSERT INTO report_plan_items (case_id, office_code, item_type, delivery, n)"
        f" SELECT p.case_id, p.office_code, {_ITEM_FIELD.format(name='item_type', missing=MISSING)},"
        f" {_ITEM_FIELD.format(name='delivery', missing=MISSING)}, count(*)"
        " FROM report_plans p JOIN submissions s ON s.id = p.latest_id, json_each(s.answers, '$.items') j"
        f" WHERE p.{cases} AND json_type(s.answers, '$.items') = 'array' AND j.type = 'object'"
        f" AND json_extract(j.value, '$.item_status') IS NOT '{CANCELLED}'"
        " GROUP BY p.case_id, 3, 4",
    ]


def _referrals_of(cases: str, by_case: str = "") -> list[str]:
    """The statement that writes the report rows of the current referrals of ``cases``."""
    return [
        "INSERT INTO report_referrals (case_id, office_code, outcome, n)"
        f" SELECT s.case_id, c.office_code, {REFERRAL_OUTCOME_SQL}, count(*)"
        f" FROM submissions s{by_case} JOIN cases c ON c.id = s.case_id"
        f" WHERE s.form_id = '{REFERRAL_FORM}' AND s.{cases} AND {_CURRENT_S} GROUP BY s.case_id, 3",
    ]


def _refresh(form_id: str, row: str) -> str:
    """A trigger body that writes again the report rows of the case of ``row`` (new or old)."""
    case, by_case = f"case_id = {row}.case_id", " INDEXED BY idx_submissions_case"
    if form_id == PLAN_FORM:
        statements = [f"DELETE FROM report_plan_items WHERE {case}", f"DELETE FROM report_plans WHERE {case}",
                      *_plans_of(case, by_case)]
    else:
        statements = [f"DELETE FROM report_referrals WHERE {case}", *_referrals_of(case, by_case)]
    return " ".join(f"{statement};" for statement in statements)


_CASE_FACTS_CHANGED = "old.office_code IS NOT new.office_code OR old.return_date IS NOT new.return_date"

#: The report tables, made and filled by migration ``m008_report_tables``: as shipped, never edit
#: them (a change is a new migration). Each case with a current plan has one ``report_plans`` row
#: (its office and return date copied from the case, the first ``agreed_on`` of its plans, its
#: latest plan, and the whole days from return to the first agreed plan: a column, not a generated
#: one, so that the index holds it), one ``report_plan_items`` row per item type and delivery of
#: the latest plan's items not cancelled (``n`` items), and one ``report_referrals`` row per
#: outcome of its current referrals (``n`` referrals). Submissions are
#: never updated (a revision is a new row); every insert or delete of a plan or referral writes the
#: case's rows again, and a change of a case's office or return date is copied to them. The
#: expression indexes over plans and referrals are not needed any more: they go.
REPORT_TABLES: list[str] = [
    "CREATE TABLE report_plans (case_id TEXT PRIMARY KEY, office_code TEXT NOT NULL, return_date TEXT,"
    " first_agreed, latest_id TEXT NOT NULL, days INTEGER) WITHOUT ROWID",
    "CREATE TABLE report_plan_items (case_id TEXT NOT NULL, office_code TEXT NOT NULL, item_type NOT NULL,"
    " delivery NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (case_id, item_type, delivery)) WITHOUT ROWID",
    "CREATE TABLE report_referrals (case_id TEXT NOT NULL, office_code TEXT NOT NULL, outcome NOT NULL,"
    " n INTEGER NOT NULL, PRIMARY KEY (case_id, outcome)) WITHOUT ROWID",
    *_plans_of("case_id IS NOT NULL"),
    *_referrals_of("case_id IS NOT NULL"),
    "CREATE INDEX idx_report_plans_days ON report_plans(office_code, days)",
    "CREATE INDEX idx_report_plan_items_office ON report_plan_items(office_code, item_type, delivery, n)",
    "CREATE INDEX idx_report_referrals_office ON report_referrals(office_code, outcome, n)",
    *(f"CREATE TRIGGER report_{name}_{event.lower()} AFTER {event} ON submissions"
      f" WHEN {row}.form_id = '{form_id}' BEGIN {_refresh(form_id, row)} END"
      for name, form_id in (("plans", PLAN_FORM), ("referrals", REFERRAL_FORM))
      for event, row in (("INSERT", "new"), ("DELETE", "old"))),
    "CREATE TRIGGER report_case_facts AFTER UPDATE OF office_code, return_date ON cases"
    f" WHEN {_CASE_FACTS_CHANGED} BEGIN"
    " UPDATE report_plans SET office_code = new.office_code, return_date = new.return_date,"
    f" days = {_DAYS.format(agreed='first_agreed', returned='new.return_date')} WHERE case_id = new.id;"
    " UPDATE report_plan_items SET office_code = new.office_code WHERE case_id = new.id;"
    " UPDATE report_referrals SET office_code = new.office_code WHERE case_id = new.id; END",
    "CREATE TRIGGER report_case_delete AFTER DELETE ON cases BEGIN"
    " DELETE FROM report_plans WHERE case_id = old.id; DELETE FROM report_plan_items WHERE case_id = old.id;"
    " DELETE FROM report_referrals WHERE case_id = old.id; END",
    "DROP INDEX IF EXISTS idx_report_plans",
    "DROP INDEX IF EXISTS idx_report_referrals",
]
