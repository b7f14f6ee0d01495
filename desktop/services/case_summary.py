"""What a case summary holds, as plain data: the UI lays it out (PDF), the
rules of what goes in it live here, testable without Qt.

The summary: the case profile, vulnerabilities, household, consent, then the
current submission of every form (newest revision of each), grouped in
sections (assessments, plan, sessions, referrals, other), and the RSS scores
of the surveys scored with the device's scoring profile (or not scored), as
the Progress tab shows them: scores of another profile are not comparable.
Form answers read as the export writes them in a language
(``export_sheets.answer_column``): choice labels, yes/no, dates. Questions
that save to a case field are left out of the forms (the profile shows them);
notes are left out; repeats become tables.

Without contacts (``contacts=False``, for a handover to a service provider):
the phone number and the exact address (district, community) go from the
profile; household members' notes go; a form question goes when it saves to
one of those fields, or it is free text, a number or a calculation whose name
says it holds a contact or a place (``CONTACT_NAME``); and in every free-text
answer kept, ``REDACTED`` replaces the case's own district and
community (codes and labels in every language, ignoring case and accents),
the text of its ``place_details`` answer, its phone number however its
digits are grouped, and whatever looks like a phone number (6 digits or
more; not a ``YYYY-MM-DD`` date) or an e-mail address. Names, the region
(first administrative level) and everything coded stay: the person
receiving the file must know who is coming and why.
"""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..domain.case import Case
from ..domain.enums import ConsentPurpose, Language, Relationship, Sex
from ..domain.records import Submission
from ..domain.scoring import ScoringProfile
from ..forms.definition import FormDefinition, Question, QuestionType
from .case_progress import RSS_FORM, SurveyPoint, case_surveys, comparable, current
from .export_sheets import Context, answer_column, case_field_labels
from .forms import FormService
from .scoring import ScoringService

#: Case fields the profile shows, in order.
PROFILE_FIELDS: tuple[str, ...] = (
    "case_number", "status", "sex", "birth_date", "nationality", "languages", "phone", "documents",
    "host_country", "return_date", "return_type", "region", "district", "community", "assigned_to",
    "next_follow_up", "closure_reason", "closed_on",
)
#: Case fields that reach or locate the person: left out without contacts.
CONTACT_FIELDS: frozenset[str] = frozenset({"phone", "district", "community"})
#: ``save_to`` targets of questions left out without contacts (household notes are free text).
CONTACT_TARGETS: frozenset[str] = CONTACT_FIELDS | {"notes"}
#: Question names that announce a contact or an exact place.
CONTACT_NAME = re.compile(r"phone|mail|address|contact|place_details|whatsapp|gps|location", re.IGNORECASE)
#: A ``YYYY-MM-DD`` date (kept), an e-mail address, or a phone number (6 digits or more, with
#: spaces, dots, dashes, slashes, brackets).
CONTACT_TEXT = re.compile(r"(?P<day>(?<!\d)\d{4}-\d{2}-\d{2}(?!\d))|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
                          r"|\+?\(?\d[\d ().\-/]{4,}\d")
#: Fewest digits of a phone number, and of the end of the case's own number masked in any grouping.
PHONE_DIGITS = 6
REDACTED = "[…]"
#: Question types whose answers ``CONTACT_NAME`` can drop: free text, numbers, calculations.
_NAMED = frozenset({QuestionType.TEXT, QuestionType.LONG_TEXT, QuestionType.INTEGER, QuestionType.DECIMAL,
                    QuestionType.CALCULATE})

#: Sections of the summary, in order, and the forms that go in each (other forms: ``other``).
SECTIONS: tuple[str, ...] = ("assessments", "plan", "sessions", "referrals", "other")
FORM_SECTIONS: dict[str, str] = {
    "intake": "assessments", "vulnerability_screening": "assessments", "needs_assessment": "assessments",
    "reintegration_plan": "plan", "counselling_session": "sessions", "monitoring_visit": "sessions",
    "referral": "referrals",
}
#: Answers that date a submission, by form (else the day it was recorded).
_DATE_QUESTIONS = ("screening_date", "assessment_date", "agreed_on", "session_date", "visit_date", "sent_on",
                   "survey_date", "closure_date", "call_date")
_SKIPPED = frozenset({QuestionType.NOTE, QuestionType.REPEAT})
_TEXT = frozenset({QuestionType.TEXT, QuestionType.LONG_TEXT})


def is_contact_question(question: Question) -> bool:
    """Whether a summary without contacts leaves this question's answers out: it
    saves to a contact field, or it is free text, a number or a calculation named
    like a contact or a place (a date of next contact or a coded "sent by phone" stays)."""
    if question.save_to in CONTACT_TARGETS:
        return True
    return question.type in _NAMED and bool(CONTACT_NAME.search(question.name))


def _redacted(match: re.Match[str]) -> str:
    found = match.group(0)
    if match.group("day"):
        return found
    if "@" in found:
        return REDACTED
    return REDACTED if sum(ch.isdigit() for ch in found) >= PHONE_DIGITS else found


def redact(text: str) -> str:
    """``text`` with phone numbers (6 digits or more; not a ``YYYY-MM-DD`` date)
    and e-mail addresses replaced by ``REDACTED``."""
    return CONTACT_TEXT.sub(_redacted, text)


def _folded(text: str) -> tuple[str, list[int]]:
    """``text`` without case nor accents, and for each of its characters the index
    of the character of ``text`` it comes from."""
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for part in unicodedata.normalize("NFKD", char).casefold():
            if not unicodedata.combining(part):
                out.append(part)
                origin.append(index)
    return "".join(out), origin


def _phone_pattern(phone: str) -> re.Pattern[str] | None:
    """The case's phone number, or its last ``PHONE_DIGITS`` digits or more (the
    number without its country code…), however the digits are grouped."""
    digits = [ch for ch in phone if ch.isdigit()]
    if len(digits) < PHONE_DIGITS:
        return None
    ends = ["[\\W_]*".join(digits[start:]) for start in range(len(digits) - PHONE_DIGITS + 1)]
    return re.compile(r"(?<!\d)(?:" + "|".join(ends) + r")(?!\d)")


class Masker:
    """What a summary without contacts masks in the free text of one case."""

    def __init__(self, places: Iterable[str], phone: str | None) -> None:
        folded = {_folded(place.strip())[0] for place in places if place and place.strip()}
        self.places = sorted(folded)
        self.phone = _phone_pattern(phone or "")

    def _spans(self, text: str) -> list[tuple[int, int]]:
        folded, origin = _folded(text)
        spans: list[tuple[int, int]] = []
        for place in self.places:
            start = folded.find(place)
            while start >= 0:
                end = start + len(place)
                alone = ((start == 0 or not folded[start - 1].isalnum())
                         and (end == len(folded) or not folded[end].isalnum()))
                if alone:
                    spans.append((origin[start], origin[end - 1] + 1))
                start = folded.find(place, start + 1)
        return spans

    def __call__(self, text: str) -> str:
        merged: list[list[int]] = []  # overlapping places masked as one
        for start, end in sorted(self._spans(text)):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        parts, at = [], 0
        for start, end in merged:
            parts += [text[at:start], REDACTED]
            at = end
        text = "".join(parts) + text[at:]
        if self.phone is not None:
            text = self.phone.sub(REDACTED, text)
        return redact(text)


@dataclass(frozen=True)
class Row:
    """A label and a value, both already in the summary's language."""

    label: str
    value: str


@dataclass
class Table:
    """A repeat group of a form: its label, column labels and one row per instance."""

    title: str
    header: list[str]
    rows: list[list[str]]


@dataclass
class FormBlock:
    """One current submission: its form's title, its date, answers and repeats."""

    form_id: str
    title: str
    day: str
    revision: int
    rows: list[Row] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)


@dataclass(frozen=True)
class Member:
    name: str
    relationship: Relationship
    sex: Sex
    birth_year: int | None
    returned_too: bool
    notes: str


@dataclass(frozen=True)
class Consent:
    purpose: ConsentPurpose
    given: bool
    recorded_on: date


@dataclass
class CaseSummary:
    """Everything the summary shows. ``profile`` pairs a case field name with
    its typed value (enums, dates, lists of codes) or, for fields held as
    codes of a form's list (region, languages…), with the label as text."""

    case: Case
    language: str
    contacts: bool
    printed_on: date
    profile: list[tuple[str, Any]]
    household: list[Member]
    consents: list[Consent]
    sections: dict[str, list[FormBlock]]
    surveys: list[SurveyPoint]  # those scored with ``scoring`` or not scored (``case_progress.comparable``)
    scoring: ScoringProfile
    other_profiles: int = 0  # surveys left out: scored with another scoring profile, not comparable

    @property
    def has_scores(self) -> bool:
        return any(value is not None for point in self.surveys for value in point.scores.values())


def list_separator(language: str) -> str:
    """Between the items of a list: the Arabic comma in Arabic."""
    return "، " if language == "ar" else ", "


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return ", ".join(_text(item) for item in value)
    return str(value)


class _Reader:
    def __init__(self, forms: FormService, language: str, contacts: bool) -> None:
        self.forms, self.language, self.contacts = forms, language, contacts
        providers = {p.id: p.name for p in forms.session.providers.all(active_only=False)}
        self.context = Context(language, None, forms.today, providers)
        self.mask = Masker((), None)

    def masker(self, case: Case, submissions: list[Submission]) -> Masker:
        """What to mask in this case's free text: its district and community (codes, and labels
        in every language), its ``place_details`` answers, its phone number."""
        places: list[str] = []
        for name in ("district", "community"):
            code = getattr(case, name)
            if not code:
                continue
            places.append(code)
            for language in Language:
                coded = case_field_labels(self.forms.catalogue.forms.values(),
                                          Context(language.value, None, self.forms.today))
                places.append(coded.get(name, {}).get(code, ""))
        places += [str(s.answers["place_details"]) for s in submissions if s.answers.get("place_details")]
        return Masker(places, case.phone)

    def answer(self, form: FormDefinition, question: Question, answers: dict[str, Any]) -> str | None:
        """The answer as text, or None when there is none or it is left out."""
        if question.type in _SKIPPED or question.label is None:
            return None  # notes, repeats, calculations nobody reads (no label)
        if not self.contacts and is_contact_question(question):
            return None
        column = answer_column(form, question, self.context)
        text = _text(column.get(answers)) if column is not None else ""
        if not text:
            return None
        if not self.contacts and question.type in _TEXT:
            text = self.mask(text)
        return text

    def block(self, form: FormDefinition, submission: Submission) -> FormBlock:
        answers = submission.answers
        day = next((str(answers[name]) for name in _DATE_QUESTIONS if answers.get(name)), submission.created_at[:10])
        block = FormBlock(form.id, form.title.get(self.language), day, submission.revision)
        for page in form.pages:
            for question in page.questions:
                if question.type == QuestionType.REPEAT:
                    table = self.table(form, question, answers.get(question.name))
                    if table is not None:
                        block.tables.append(table)
                    continue
                if question.save_to or question.type == QuestionType.ACKNOWLEDGEMENT:
                    continue  # shown in the profile / the consent list
                text = self.answer(form, question, answers)
                if text is not None:
                    block.rows.append(Row(self.context.text(question.label), text))
        return block

    def table(self, form: FormDefinition, repeat: Question, instances: Any) -> Table | None:
        if not isinstance(instances, list) or not instances or repeat.save_to == "household":
            return None
        questions = [q for q in repeat.questions or [] if q.type not in _SKIPPED and q.label is not None
                     and (self.contacts or not is_contact_question(q))]
        rows = [[self.answer(form, q, item if isinstance(item, dict) else {}) or "" for q in questions]
                for item in instances]
        used = [index for index in range(len(questions)) if any(row[index] for row in rows)]
        return Table(self.context.text(repeat.label), [self.context.text(questions[i].label) for i in used],
                     [[row[i] for i in used] for row in rows])

    def profile(self, case: Case) -> list[tuple[str, Any]]:
        coded = case_field_labels(self.forms.catalogue.forms.values(), self.context)
        rows: list[tuple[str, Any]] = []
        for name in PROFILE_FIELDS:
            if not self.contacts and name in CONTACT_FIELDS:
                continue
            value = getattr(case, name)
            if value in (None, "", []):
                continue
            if name in ("region", "district", "community", "nationality", "host_country") and name in coded:
                value = coded[name].get(value, value)
            elif name == "languages":
                value = list_separator(self.language).join(coded.get(name, {}).get(code, code) for code in value)
            rows.append((name, value))
        return rows


def build_case_summary(forms: FormService, case_id: str, language: str, contacts: bool = True) -> CaseSummary:
    """The summary of one case, answers in ``language`` (fr, en, ar).

    Raises:
        PasserelleError(case.not_found): no such case.
    """
    reader = _Reader(forms, language, contacts)
    case = forms.cases.get(case_id)
    submissions = forms.submissions(case_id)
    if not contacts:
        reader.mask = reader.masker(case, submissions)
    sections: dict[str, list[FormBlock]] = {name: [] for name in SECTIONS}
    catalogue = forms.catalogue.forms
    for form_id in dict.fromkeys(s.form_id for s in submissions):
        form = catalogue.get(form_id)
        if form is None or form_id == RSS_FORM:
            continue
        for submission in current(submissions, form_id):
            sections[FORM_SECTIONS.get(form_id, "other")].append(reader.block(form, submission))
    for blocks in sections.values():
        blocks.sort(key=lambda block: block.day)
    household = [Member(m.name, m.relationship, m.sex, m.birth_year, m.returned_too,
                        m.notes if contacts else "")
                 for m in forms.cases.household(case_id)]
    newest: dict[ConsentPurpose, Consent] = {}
    for record in forms.cases.consents(case_id):
        newest[record.purpose] = Consent(record.purpose, record.given, record.recorded_on)
    scoring = ScoringService(forms.session, set()).profile()
    surveys = case_surveys(forms, case_id)
    shown = comparable(surveys, scoring.id)
    return CaseSummary(
        case=case, language=language, contacts=contacts, printed_on=forms.today, profile=reader.profile(case),
        household=household, consents=list(newest.values()), sections=sections,
        surveys=shown, scoring=scoring, other_profiles=len(surveys) - len(shown),
    )
