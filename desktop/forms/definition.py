"""Form definitions: the pydantic models a form file is validated into.

A form is one YAML file (see ``resources/forms/README.md`` for the reference of
keys). These models check the *shape* of a form: which keys exist, their
types, names that are well formed. Checks that look across the whole form
(duplicate names, expressions and their references, choice lists, ``save_to``)
live in ``desktop.forms.loader``, which also maps every problem back to a line
of the file.

No Qt here: the wizard UI reads these models.
"""

from collections.abc import Iterator, Sequence
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..domain.enums import ConsentPurpose, Status

#: The languages a form's text may be written in.
LANGUAGES: tuple[str, ...] = ("fr", "en", "ar")

#: After the language asked for, the order in which other languages are tried.
DEFAULT_FALLBACK: tuple[str, ...] = ("en", "fr", "ar")

#: A question, page or choice-list name: usable as ``${name}`` in expressions.
NAME_PATTERN = r"^[A-Za-z_][A-Za-z0-9_]*$"

#: A choice name: no spaces, since a select_multiple answer is the chosen names
#: separated by spaces (XLSForm); numeric codes such as ``01`` are allowed.
CHOICE_NAME_PATTERN = r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$"

#: A form id: lower case, digits, ``_``, ``-`` and ``.``; stored with every submission.
FORM_ID_PATTERN = r"^[a-z][a-z0-9_.-]*$"

_YES = frozenset({"yes", "true"})
_NO = frozenset({"no", "false"})


class QuestionType(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    DATE = "date"
    YES_NO = "yes_no"
    SELECT_ONE = "select_one"
    SELECT_MULTIPLE = "select_multiple"
    NOTE = "note"
    ACKNOWLEDGEMENT = "acknowledgement"
    REPEAT = "repeat"
    CALCULATE = "calculate"


SELECT_TYPES = frozenset({QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE})


class Appearance(StrEnum):
    """How a question is shown, beyond its type."""

    #: a note shown in a panel beside the page (a session's agenda, a checklist)
    ASIDE = "aside"


class ChoiceSource(StrEnum):
    """Choice lists that come from the device's data rather than the form."""

    #: the office's directory of service providers (attributes ``services``,
    #: ``dimension``, ``region``, for choice filters)
    PROVIDERS = "providers"


#: ``save_to`` of a repeat: each instance becomes a household member, from the
#: repeat's questions whose ``save_to`` names a member field.
HOUSEHOLD = "household"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def as_flag(value: Any) -> bool | None:
    """``True``/``False`` for a boolean or yes/no/true/false text, else None."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _YES | _NO:
        return value.strip().lower() in _YES
    return None


class LocalizedText(_Strict):
    """Text in French, English and/or Arabic.

    Written in YAML either as a mapping (``{fr: …, en: …, ar: …}``, at least one
    language) or as a plain string, which means the same text in every language.
    """

    fr: str | None = None
    en: str | None = None
    ar: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _plain_string(cls, value: Any) -> Any:
        if isinstance(value, str):
            return {language: value for language in LANGUAGES}
        return value

    @model_validator(mode="after")
    def _at_least_one(self) -> "LocalizedText":
        texts = [getattr(self, language) for language in LANGUAGES]
        if any(text is not None and not text.strip() for text in texts):
            raise ValueError("a text must not be empty")
        if all(text is None for text in texts):
            raise ValueError("give the text in at least one of fr, en, ar")
        return self

    def get(self, language: str, fallback: Sequence[str] = DEFAULT_FALLBACK) -> str:
        """The text in ``language``, else in the first language of ``fallback``
        that has one."""
        for candidate in (language, *fallback):
            text = getattr(self, str(candidate), None) if candidate in LANGUAGES else None
            if text is not None:
                return text
        return next(text for text in (self.fr, self.en, self.ar) if text is not None)


class Choice(BaseModel):
    """One answer of a select question.

    Keys other than ``name`` and ``label`` are attributes that a
    ``choice_filter`` tests (cascading choices, XLSForm style): a district
    carries ``region: dakar`` and the question's filter is
    ``region = ${region}``.
    """

    model_config = ConfigDict(extra="allow", frozen=True)

    name: str = Field(pattern=CHOICE_NAME_PATTERN, max_length=64)
    label: LocalizedText

    @model_validator(mode="after")
    def _attributes_are_text(self) -> "Choice":
        for key, value in (self.model_extra or {}).items():
            if not isinstance(value, (str, int, float, bool)):
                raise ValueError(f"the choice attribute '{key}' must be a single value, not a list or mapping")
        return self

    @property
    def attributes(self) -> dict[str, Any]:
        """The extra attributes used by choice filters (e.g. ``{"region": "dakar"}``)."""
        return dict(self.model_extra or {})


class Question(_Strict):
    """One question (or note, calculation, repeat group) of a page."""

    name: str = Field(pattern=NAME_PATTERN)
    type: QuestionType
    label: LocalizedText | None = None
    hint: LocalizedText | None = None
    choices: list[Choice] | None = None
    choice_list: str | None = None
    choice_filter: str | None = None
    required: bool | str = False
    relevant: str | None = None
    constraint: str | None = None
    constraint_message: LocalizedText | None = None
    calculation: str | None = None
    default: str | None = None
    read_only: bool = False
    save_to: str | None = None
    consent_purpose: ConsentPurpose | None = None
    appearance: Appearance | None = None
    choices_from: ChoiceSource | None = None
    handbook: list[str] = Field(default_factory=list)
    questions: list["Question"] | None = None

    @field_validator("required", mode="plain")
    @classmethod
    def _required(cls, value: Any) -> bool | str:
        flag = as_flag(value)
        if flag is not None:
            return flag
        if isinstance(value, str) and value.strip():
            return value
        raise ValueError("write yes, no or an expression")

    @field_validator("read_only", mode="plain")
    @classmethod
    def _read_only(cls, value: Any) -> bool:
        flag = as_flag(value)
        if flag is None:
            raise ValueError("write yes or no")
        return flag

    @field_validator("default", mode="before")
    @classmethod
    def _default_as_text(cls, value: Any) -> Any:
        if isinstance(value, bool):
            return "yes" if value else "no"
        return str(value) if isinstance(value, (int, float)) else value

    @field_validator("handbook", mode="before")
    @classmethod
    def _one_section(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


class Page(_Strict):
    """A group of questions shown together; one wizard page."""

    name: str = Field(pattern=NAME_PATTERN)
    title: LocalizedText
    relevant: str | None = None
    questions: list[Question] = Field(min_length=1)

    def walk(self) -> Iterator[tuple[Question, Question | None]]:
        """The page's questions in order, repeats' questions included, with
        the repeat that holds each (``None`` at page level)."""
        for question in self.questions:
            yield question, None
            for inner in question.questions or []:
                yield inner, question


class TaskRule(_Strict):
    """A follow-up task a submission schedules (monitoring visit, full screening).

    ``due`` is an expression giving the due date (``${plan_date} + 90``,
    ``today() + 7``); ``relevant`` decides whether the task is made at all;
    ``done_by`` names the form that completes it (a monitoring visit).
    """

    name: str = Field(pattern=NAME_PATTERN)
    title: LocalizedText
    due: str
    relevant: str | None = None
    #: the id of a form whose submission on the case completes the task
    done_by: str | None = Field(default=None, pattern=FORM_ID_PATTERN)


class FormDefinition(_Strict):
    """A whole form, as loaded from one YAML file.

    ``version`` is a positive integer, raised by one at every change that
    alters the questions; a submission keeps the form id and version it was
    made with.
    """

    id: str = Field(pattern=FORM_ID_PATTERN, max_length=64)
    version: int = Field(ge=1)
    title: LocalizedText
    description: LocalizedText | None = None
    pages: list[Page] = Field(min_length=1)
    choices: dict[str, list[Choice]] = Field(default_factory=dict)
    #: submitting it registers a new case (the intake form)
    creates_case: bool = False
    #: the case must hold this consent, given, before the form can be filled in
    requires_consent: ConsentPurpose | None = None
    #: where the case moves on submission, when its lifecycle allows the move
    sets_status: Status | None = None
    #: its submissions are scored with the RSS scoring profile
    scored: bool = False
    tasks: list[TaskRule] = Field(default_factory=list)

    @field_validator("creates_case", "scored", mode="plain")
    @classmethod
    def _flag(cls, value: Any) -> bool:
        flag = as_flag(value)
        if flag is None:
            raise ValueError("write yes or no")
        return flag

    def walk(self) -> Iterator[tuple[Question, Question | None]]:
        """Every question in order, repeats' questions included, with the
        repeat that holds it (``None`` at page level)."""

        for page in self.pages:
            yield from page.walk()

    def question(self, name: str) -> Question:
        """The question called ``name``; ``KeyError`` when there is none."""
        for question, _ in self.walk():
            if question.name == name:
                return question
        raise KeyError(name)

    def choices_for(self, question: Question) -> list[Choice]:
        """The question's choices: inline, or from its ``choice_list``."""
        if question.choices is not None:
            return list(question.choices)
        if question.choice_list is not None:
            return list(self.choices.get(question.choice_list, []))
        return []
