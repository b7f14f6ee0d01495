"""What each export sheet holds: its columns, and how a stored row becomes a
row of cells (labels or codes, ages instead of birth dates, pseudonyms).

Sheets, as ODK Central and KoboToolbox lay them out:

- ``cases``: one row per case; columns are the case fields, plus
  ``age_at_export`` after the birth date.
- one sheet per form (named by its id): one row per submission, newest
  revision of each only. ``_index`` numbers the rows; ``_uuid`` is the
  submission; ``_case_number`` links to the cases sheet; then the answers
  (one column per question, named by the question; notes and repeats have
  none); then, for a scored form, ``_score_profile_id`` and the four scores.
- one child sheet per repeat group (``<form>_<repeat>``): one row per
  instance, with ``_index``, ``_parent_index`` (the ``_index`` of its
  submission's row), ``_parent_table_name`` and ``_submission__uuid``.
- ``_columns``: the codebook: every sheet's columns, their type (the question
  type, ``case`` for a case field, ``age`` for an age in years on the day of
  the export computed from a birth date or year, ``system``) and the label of
  the question (in the language of the labels, else English).

Choice answers are codes (``select_multiple``: codes separated by spaces, as
XLSForm stores them) or, in a chosen language, labels (several separated by
``; ``). Case fields use the labels of the form questions that save to them
(sex, region, documents, vulnerabilities…); a value no list knows stays a code.
Answers to questions a newer version of the form no longer has are left out.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..domain.pseudonym import (
    DROPPED_CASE_FIELDS,
    AnswerRule,
    Pseudonymiser,
    age_from_date,
    age_from_year,
    answer_rule,
)
from ..forms.definition import SELECT_TYPES, ChoiceSource, FormDefinition, Question, QuestionType
from ..store.export_repo import CASE_COLUMNS

CASES_SHEET = "cases"
CODEBOOK_SHEET = "_columns"
SCORE_FIELDS = ("profile_id", "economic", "social", "psychosocial", "composite", "computed_at")
YES_NO_LABELS = {
    "yes": {"fr": "Oui", "en": "Yes", "ar": "نعم"},
    "no": {"fr": "Non", "en": "No", "ar": "لا"},
}
_DATE_FIELDS = frozenset({"closed_on", "birth_date", "return_date", "next_follow_up"})
_NO_COLUMN = frozenset({QuestionType.NOTE, QuestionType.REPEAT})

Getter = Callable[[dict[str, Any]], Any]


@dataclass
class Column:
    header: str
    get: Getter
    #: for the codebook: a question type, ``case``, ``age`` or ``system``
    kind: str = "system"
    label: str = ""
    #: the getter reads the answers (of the submission, or of one repeat instance)
    answers: bool = False


@dataclass
class Sheet:
    name: str
    columns: list[Column]
    #: for a repeat's sheet: the question holding the instances
    repeat: str | None = None
    children: list["Sheet"] = field(default_factory=list)

    @property
    def header(self) -> list[str]:
        return [column.header for column in self.columns]

    def row(self, source: dict[str, Any], answers: dict[str, Any] | None = None) -> list[Any]:
        return [column.get(answers if column.answers else source) for column in self.columns]  # type: ignore[arg-type]


@dataclass
class Context:
    """What every sheet needs: the language of labels (None: codes), the
    pseudonymiser (None: not pseudonymised), the export date, provider names."""

    language: str | None
    pseudonymiser: Pseudonymiser | None
    today: date
    providers: dict[str, str] = field(default_factory=dict)

    @property
    def separator(self) -> str:
        return " " if self.language is None else "; "

    def case_number(self, number: str) -> str:
        return self.pseudonymiser.case_number(number) if self.pseudonymiser else number

    def record_id(self, record_id: str) -> str:
        return self.pseudonymiser.record_id(record_id) if self.pseudonymiser else record_id

    def timestamp(self, value: str | None) -> Any:
        """A stored UTC time; pseudonymised, only its date (times to the
        microsecond would match one export's rows to another's)."""
        return as_date(value[:10]) if self.pseudonymiser is not None and value else value

    def text(self, localized: Any) -> str:
        return localized.get(self.language or "en") if localized is not None else ""


# --- value conversions ------------------------------------------------------------------


def as_date(value: Any) -> Any:
    """A ``YYYY-MM-DD`` answer as a date (a real date cell in XLSX); anything else as it is."""
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    return value


def one(value: Any, labels: dict[str, str] | None) -> Any:
    if value is None or labels is None:
        return value
    return labels.get(str(value), value)


def many(value: Any, labels: dict[str, str] | None, separator: str) -> Any:
    if value is None:
        return None
    codes = value.split() if isinstance(value, str) else [str(item) for item in value]
    if not codes:
        return None
    return separator.join(labels.get(code, code) for code in codes) if labels is not None else " ".join(codes)


def _yes_no_labels(language: str | None) -> dict[str, str] | None:
    return {code: texts[language] for code, texts in YES_NO_LABELS.items()} if language else None


# --- labels -------------------------------------------------------------------------------


def choice_labels(form: FormDefinition, question: Question, context: Context) -> dict[str, str] | None:
    if context.language is None:
        return None
    if question.choices_from == ChoiceSource.PROVIDERS:
        return context.providers
    return {choice.name: choice.label.get(context.language) for choice in reversed(form.choices_for(question))}


def case_field_labels(forms: Iterable[FormDefinition], context: Context) -> dict[str, dict[str, str]]:
    """Case field → {code: label}, from the select questions (outside repeats) that save to it."""
    found: dict[str, dict[str, str]] = {}
    for form in forms:
        for question, repeat in form.walk():
            if repeat is None and question.save_to and question.type in SELECT_TYPES:
                labels = choice_labels(form, question, context) or {}
                found[question.save_to] = {**labels, **found.get(question.save_to, {})}
    return found


def case_field_titles(forms: Iterable[FormDefinition], context: Context) -> dict[str, str]:
    """Case field → the label of the first question that saves to it, for the codebook."""
    titles: dict[str, str] = {}
    for form in forms:
        for question, repeat in form.walk():
            if repeat is None and question.save_to and question.label is not None:
                titles.setdefault(question.save_to, context.text(question.label))
    return titles


# --- the cases sheet ----------------------------------------------------------------------


def cases_sheet(forms: list[FormDefinition], context: Context) -> Sheet:
    labels = case_field_labels(forms, context) if context.language else {}
    titles = case_field_titles(forms, context)
    yes_no = _yes_no_labels(context.language)
    separator = context.separator
    dropped = DROPPED_CASE_FIELDS if context.pseudonymiser else frozenset()
    columns: list[Column] = []
    for name in CASE_COLUMNS:
        if name == "birth_date":
            today = context.today
            age = Column("age_at_export", lambda row: age_from_date(row["birth_date"], today), "age",
                         titles.get("birth_date", ""))
        if name in dropped:
            if name == "birth_date":
                columns.append(age)
            continue
        getter: Getter
        if name == "case_number":
            getter = lambda row: context.case_number(row["case_number"])  # noqa: E731
        elif name in ("created_at", "updated_at"):
            getter = lambda row, name=name: context.timestamp(row[name])  # noqa: E731
        elif name in _DATE_FIELDS:
            getter = lambda row, name=name: as_date(row[name])  # noqa: E731
        elif name in ("languages", "documents", "vulnerabilities"):
            getter = lambda row, name=name, found=labels.get(name): many(row[name], found, separator)  # noqa: E731
        elif name == "birth_date_estimated":
            getter = lambda row: one("yes" if row["birth_date_estimated"] else "no", yes_no)  # noqa: E731
        elif name in labels:
            getter = lambda row, name=name, found=labels[name]: one(row[name], found)  # noqa: E731
        else:
            getter = lambda row, name=name: row[name]  # noqa: E731
        columns.append(Column(name, getter, "case", titles.get(name, "")))
        if name == "birth_date":
            columns.append(age)
    return Sheet(CASES_SHEET, columns)


# --- form sheets ----------------------------------------------------------------------------


def _number(value: object) -> int | float | None:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def answer_column(form: FormDefinition, question: Question, context: Context) -> Column | None:
    """The column of one question's answers (None: left out of this export)."""
    name = question.name
    label = context.text(question.label)
    kind = str(question.type)
    if context.pseudonymiser is not None:
        rule = answer_rule(str(question.type), question.save_to)
        today = context.today
        if rule is AnswerRule.DROP:
            return None
        if rule is AnswerRule.AGE_FROM_DATE:
            return Column(f"{name}_age_at_export", lambda a: age_from_date(a.get(name), today), "age", label)
        if rule is AnswerRule.AGE_FROM_YEAR:
            return Column(f"{name}_age_at_export", lambda a: age_from_year(a.get(name), today), "age", label)
        if rule is AnswerRule.NUMBERS_ONLY:
            return Column(name, lambda a: _number(a.get(name)), kind, label)
    getter: Getter
    if question.type in SELECT_TYPES:
        labels = choice_labels(form, question, context)
        if question.type == QuestionType.SELECT_MULTIPLE:
            separator = context.separator
            getter = lambda a: many(a.get(name), labels, separator)  # noqa: E731
        else:
            getter = lambda a: one(a.get(name), labels)  # noqa: E731
    elif question.type in (QuestionType.YES_NO, QuestionType.ACKNOWLEDGEMENT):
        yes_no = _yes_no_labels(context.language)
        getter = lambda a: one(a.get(name), yes_no)  # noqa: E731
    elif question.type == QuestionType.DATE:
        getter = lambda a: as_date(a.get(name))  # noqa: E731
    else:
        getter = lambda a: a.get(name)  # noqa: E731
    return Column(name, getter, kind, label)


def _answers(questions: Iterable[Question], form: FormDefinition, context: Context) -> list[Column]:
    columns = []
    for question in questions:
        if question.type in _NO_COLUMN:
            continue
        column = answer_column(form, question, context)
        if column is not None:
            column.answers = True
            columns.append(column)
    return columns


def form_sheet(form: FormDefinition, name: str, child_names: dict[str, str], context: Context) -> Sheet:
    """The form's sheet and, in ``children``, one sheet per repeat group
    (``child_names``: repeat question → sheet name)."""
    columns = [
        Column("_index", lambda s: s["_index"]),
        Column("_uuid", lambda s: context.record_id(s["id"])),
        Column("_case_number", lambda s: context.case_number(s["case_number"])),
        Column("_form_version", lambda s: s["form_version"]),
        Column("_revision", lambda s: s["revision"]),
        Column("_submitted_at", lambda s: context.timestamp(s["created_at"])),
    ]
    if context.pseudonymiser is None:
        columns.append(Column("_submitted_by", lambda s: s["created_by"]))
    top = [question for page in form.pages for question in page.questions]
    columns += _answers(top, form, context)
    if form.scored:
        columns += [Column(f"_score_{score}", lambda s, score=score: s[score]) for score in SCORE_FIELDS[:-1]]
        columns.append(Column("_score_computed_at", lambda s: context.timestamp(s["computed_at"])))
    sheet = Sheet(name, columns)
    for question in top:
        if question.type == QuestionType.REPEAT:
            child = [
                Column("_index", lambda i: i["_index"]),
                Column("_parent_index", lambda i: i["_parent_index"]),
                Column("_parent_table_name", lambda i, parent=name: parent),
                Column("_submission__uuid", lambda i: context.record_id(i["submission"]["id"])),
                Column("_case_number", lambda i: context.case_number(i["submission"]["case_number"])),
                *_answers(question.questions or [], form, context),
            ]
            sheet.children.append(Sheet(child_names[question.name], child, repeat=question.name))
    return sheet


def repeat_names(form: FormDefinition) -> list[str]:
    return [q.name for page in form.pages for q in page.questions if q.type == QuestionType.REPEAT]


def codebook_rows(sheets: Iterable[Sheet]) -> Iterable[list[str]]:
    """(sheet, column, kind, label) for every column of every sheet."""
    for sheet in sheets:
        for column in sheet.columns:
            yield [sheet.name, column.header, column.kind, column.label]
