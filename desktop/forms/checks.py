"""Checks that look across a whole form: names, choices, ``save_to``,
expressions and what they refer to.

They run on the raw data read from YAML (not on the models), so that they
still report what they can when part of the file does not fit the schema:
nothing stops at the first problem. Each problem goes to a ``Report`` callback
with the path of the place it concerns; the loader turns paths into lines.
"""

import difflib
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any, Protocol

from enum import StrEnum
from typing import get_args

from ..domain.case import EDITABLE_FIELDS, MEMBER_EDITABLE_FIELDS, Case, HouseholdMember
from ..domain.enums import Status
from .definition import HOUSEHOLD, SELECT_TYPES, Question, QuestionType, as_flag
from .expressions import DependencyGraph, Expression, ExpressionError, parse
from .expressions.nodes import Attribute, Node

#: A place in the document: keys and list indexes from the top.
Path_ = tuple[str | int, ...]


class Report(Protocol):
    def __call__(self, path: Path_, code: str, message: str, position: int | None = None) -> None: ...


class ProblemCode:
    """The machine codes of problems (plain strings, stable: scripts may test them)."""

    # reading the file
    FILE_UNREADABLE = "file_unreadable"
    FILE_TOO_LARGE = "file_too_large"
    NOT_UTF8 = "not_utf8"
    YAML_SYNTAX = "yaml_syntax"
    YAML_ALIAS = "yaml_alias"
    DUPLICATE_KEY = "duplicate_key"
    NOT_A_FORM = "not_a_form"
    # the schema (desktop.forms.definition)
    MISSING_KEY = "missing_key"
    UNKNOWN_KEY = "unknown_key"
    INVALID_VALUE = "invalid_value"
    # across the form (this module)
    DUPLICATE_NAME = "duplicate_name"
    DUPLICATE_PAGE = "duplicate_page"
    DUPLICATE_CHOICE = "duplicate_choice"
    NOT_ALLOWED = "not_allowed"
    MISSING_LABEL = "missing_label"
    NO_CHOICES = "no_choices"
    CONFLICTING_CHOICES = "conflicting_choices"
    UNKNOWN_CHOICE_LIST = "unknown_choice_list"
    MISSING_CALCULATION = "missing_calculation"
    MISSING_CONSTRAINT = "missing_constraint"
    EMPTY_REPEAT = "empty_repeat"
    UNKNOWN_CASE_FIELD = "unknown_case_field"
    SAVE_TO_IN_REPEAT = "save_to_in_repeat"
    SAVE_TO_CHOICE = "save_to_choice"
    NESTED_REPEAT = "nested_repeat"
    MISSING_CLOSURE_REASON = "missing_closure_reason"
    INVALID_DEFAULT = "invalid_default"
    EXPRESSION_SYNTAX = "expression_syntax"
    UNKNOWN_REFERENCE = "unknown_reference"
    CYCLE = "cycle"
    # across files
    DUPLICATE_FORM_ID = "duplicate_form_id"
    INTERNAL_ERROR = "internal_error"


#: The attributes of the provider directory's choices, for choice filters.
PROVIDER_ATTRIBUTES = ("dimension", "services", "region")

#: Keys holding an expression, checked for syntax and references.
EXPRESSION_KEYS = ("relevant", "required", "constraint", "calculation", "choice_filter")

_COMMON = {"name", "type", "label", "hint", "relevant", "handbook"}
_ANSWER = _COMMON | {"required", "constraint", "constraint_message", "calculation", "default", "read_only", "save_to"}
_SELECT = _ANSWER | {"choices", "choice_list", "choice_filter"}

#: Case properties a page-level ``save_to`` may name: the editable ones, and
#: the closure reason and note a form with ``sets_status: closed`` records.
FORM_CASE_FIELDS: tuple[str, ...] = (*EDITABLE_FIELDS, "closure_reason", "closure_note")

#: Which keys each type of question may use.
ALLOWED_KEYS: dict[QuestionType, frozenset[str]] = {
    QuestionType.TEXT: frozenset(_ANSWER),
    QuestionType.LONG_TEXT: frozenset(_ANSWER),
    QuestionType.INTEGER: frozenset(_ANSWER),
    QuestionType.DECIMAL: frozenset(_ANSWER),
    QuestionType.DATE: frozenset(_ANSWER),
    QuestionType.YES_NO: frozenset(_ANSWER),
    QuestionType.SELECT_ONE: frozenset(_SELECT | {"choices_from"}),
    QuestionType.SELECT_MULTIPLE: frozenset(_SELECT),
    QuestionType.NOTE: frozenset(_COMMON | {"appearance"}),
    QuestionType.ACKNOWLEDGEMENT: frozenset(_COMMON | {"required", "read_only", "consent_purpose"}),
    QuestionType.REPEAT: frozenset(_COMMON | {"questions", "save_to"}),
    QuestionType.CALCULATE: frozenset({"name", "type", "label", "relevant", "calculation", "save_to"}),
}


_QUESTION_KEYS = frozenset(Question.model_fields)


def _suggest(word: str, options: Any) -> str:
    close = difflib.get_close_matches(word, list(options), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _questions(items: Any, path: Path_, repeat: Path_ | None) -> Iterator[tuple[Path_, dict[str, Any], Path_ | None]]:
    """(path, question, path of the repeat holding it) for every question mapping."""
    if not isinstance(items, list):
        return
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        here = (*path, index)
        yield here, item, repeat
        if item.get("type") == QuestionType.REPEAT:
            yield from _questions(item.get("questions"), (*here, "questions"), here)


def _choice_names(items: Any, path: Path_, report: Report) -> set[str] | None:
    """The names of a list of choices, reporting any used twice; None when not a list."""
    if not isinstance(items, list):
        return None
    names: set[str] = set()
    for index, choice in enumerate(items):
        name = choice.get("name") if isinstance(choice, dict) else None
        if not isinstance(name, str):
            continue
        if name in names:
            report((*path, index, "name"), ProblemCode.DUPLICATE_CHOICE, f"the choice '{name}' appears twice")
        names.add(name)
    return names


class _FormChecker:
    def __init__(self, data: dict[str, Any], report: Report) -> None:
        self.data, self.report = data, report
        pages = data.get("pages") if isinstance(data.get("pages"), list) else []
        self.pages: list[tuple[Path_, dict[str, Any]]] = [
            (("pages", index), page) for index, page in enumerate(pages) if isinstance(page, dict)
        ]
        self.questions = [
            found for path, page in self.pages for found in _questions(page.get("questions"), (*path, "questions"), None)
        ]
        self.names: set[str] = set()
        self.lists: dict[str, set[str] | None] = {}
        #: question name → (its path, its parsed expressions by role), for the dependency graph
        self.expressions: dict[str, tuple[Path_, dict[str, Expression]]] = {}
        #: question name → name of the repeat holding it
        self.parents: dict[str, str] = {}

    def run(self) -> None:
        self.check_names()
        lists = self.data.get("choices")
        if isinstance(lists, dict):
            self.lists = {name: _choice_names(items, ("choices", name), self.report) for name, items in lists.items()}
        for path, page in self.pages:
            expression = self.check_expression(page, path, "relevant")
            if expression is not None and isinstance(page.get("name"), str):
                self.expressions["#page:" + page["name"]] = (path, {"relevant": expression})
        for path, question, repeat in self.questions:
            self.check_question(path, question, repeat)
        self.check_cycles()
        self.check_tasks()
        self.check_closure()

    def check_tasks(self) -> None:
        tasks = self.data.get("tasks")
        if not isinstance(tasks, list):
            return
        for index, task in enumerate(tasks):
            if isinstance(task, dict):
                for key in ("due", "relevant"):
                    self.check_expression(task, ("tasks", index), key)

    def check_closure(self) -> None:
        """A form that closes the case must ask for the reason."""
        if self.data.get("sets_status") != Status.CLOSED:
            return
        if not any(question.get("save_to") == "closure_reason" for _, question, repeat in self.questions if repeat is None):
            self.report(("sets_status",), ProblemCode.MISSING_CLOSURE_REASON,
                        "a form that closes the case needs a question with save_to: closure_reason")

    def check_names(self) -> None:
        pages: set[str] = set()
        for path, page in self.pages:
            name = page.get("name")
            if isinstance(name, str):
                if name in pages:
                    self.report((*path, "name"), ProblemCode.DUPLICATE_PAGE, f"the page name '{name}' is already used")
                pages.add(name)
        first: dict[str, Path_] = {}
        for path, question, _ in self.questions:
            name = question.get("name")
            if not isinstance(name, str):
                continue
            if name in first:
                self.report((*path, "name"), ProblemCode.DUPLICATE_NAME,
                            f"the name '{name}' is already used by another question of this form")
            else:
                first[name] = path
        self.names = set(first)

    def check_question(self, path: Path_, question: dict[str, Any], repeat: Path_ | None) -> None:
        roles: dict[str, Expression] = {}
        for key in EXPRESSION_KEYS:
            expression = self.check_expression(question, path, key)
            if expression is not None:
                roles[key] = expression
        self.add_to_graph(path, question, repeat, roles)
        try:
            kind = QuestionType(question.get("type"))
        except ValueError:
            return  # the schema check reports the type
        present = {key for key, value in question.items() if value is not None}
        for key in sorted((present & _QUESTION_KEYS) - ALLOWED_KEYS[kind]):
            self.report((*path, key), ProblemCode.NOT_ALLOWED, f"'{key}' does not apply to a {kind} question")
        if "label" not in present and kind != QuestionType.CALCULATE:
            self.report((*path, "label"), ProblemCode.MISSING_LABEL, f"a {kind} question needs a label")
        if kind == QuestionType.CALCULATE and "calculation" not in present:
            self.report((*path, "calculation"), ProblemCode.MISSING_CALCULATION, "a calculate question needs a calculation")
        if kind == QuestionType.REPEAT and not question.get("questions"):
            self.report((*path, "questions"), ProblemCode.EMPTY_REPEAT, "a repeat needs a list of questions")
        if kind == QuestionType.REPEAT and repeat is not None:
            self.report((*path, "type"), ProblemCode.NESTED_REPEAT, "a repeat cannot hold another repeat")
        if "constraint_message" in present and "constraint" not in present and "constraint" in ALLOWED_KEYS[kind]:
            self.report((*path, "constraint_message"), ProblemCode.MISSING_CONSTRAINT,
                        "constraint_message is given without a constraint")
        choices = self.check_choices(path, question, kind)
        self.check_save_to(path, question, repeat, kind, choices)
        self.check_default(path, question, kind, choices)

    def check_choices(self, path: Path_, question: dict[str, Any], kind: QuestionType) -> set[str] | None:
        if kind not in SELECT_TYPES:
            return None
        inline, list_name = question.get("choices"), question.get("choice_list")
        if inline is not None and list_name is not None:
            self.report((*path, "choice_list"), ProblemCode.CONFLICTING_CHOICES,
                        "give either choices or choice_list, not both")
            return None
        if list_name is not None:
            if isinstance(list_name, str) and list_name not in self.lists:
                self.report((*path, "choice_list"), ProblemCode.UNKNOWN_CHOICE_LIST,
                            f"there is no choice list '{list_name}' under choices:{_suggest(list_name, self.lists)}")
                return None
            return self.lists.get(list_name) if isinstance(list_name, str) else None
        if question.get("choices_from") is not None:
            if inline is not None:
                self.report((*path, "choices_from"), ProblemCode.CONFLICTING_CHOICES,
                            "give either choices or choices_from, not both")
            return None
        if not inline:
            self.report((*path, "choices"), ProblemCode.NO_CHOICES,
                        f"a {kind} question needs choices or a choice_list")
            return None
        return _choice_names(inline, (*path, "choices"), self.report)

    def check_save_to(self, path: Path_, question: dict[str, Any], repeat: Path_ | None,
                      kind: QuestionType, choices: set[str] | None) -> None:
        target = question.get("save_to")
        if not isinstance(target, str):
            return
        if kind == QuestionType.REPEAT:
            if target != HOUSEHOLD:
                self.report((*path, "save_to"), ProblemCode.UNKNOWN_CASE_FIELD,
                            f"a repeat can only save to '{HOUSEHOLD}' (one household member per instance)")
            return
        holder = _step_path(self.data, repeat) if repeat is not None else None
        if holder is not None and holder.get("save_to") != HOUSEHOLD:
            self.report((*path, "save_to"), ProblemCode.SAVE_TO_IN_REPEAT,
                        f"a question inside a repeat can only save to a household member, in a repeat with save_to: {HOUSEHOLD}")
            return
        model, targets = (HouseholdMember, MEMBER_EDITABLE_FIELDS) if holder is not None else (Case, FORM_CASE_FIELDS)
        if target not in targets:
            what = "a household member's property" if holder is not None else "a case property a form may update"
            self.report((*path, "save_to"), ProblemCode.UNKNOWN_CASE_FIELD,
                        f"'{target}' is not {what}{_suggest(target, targets)}")
            return
        allowed = _enum_values(model.model_fields[target].annotation)
        for name in sorted((choices or set()) - (allowed or set()) if allowed is not None else ()):
            self.report((*path, "save_to"), ProblemCode.SAVE_TO_CHOICE,
                        f"the choice '{name}' is not a value of the case property '{target}' "
                        f"(allowed: {', '.join(sorted(allowed or ()))})")

    def check_default(self, path: Path_, question: dict[str, Any], kind: QuestionType, choices: set[str] | None) -> None:
        value = question.get("default")
        if not isinstance(value, str) or "default" not in ALLOWED_KEYS[kind]:
            return
        problem = _default_problem(value, kind, choices)
        if problem:
            self.report((*path, "default"), ProblemCode.INVALID_DEFAULT, problem)

    def add_to_graph(self, path: Path_, question: dict[str, Any], repeat: Path_ | None,
                     roles: dict[str, Expression]) -> None:
        name = question.get("name")
        if not isinstance(name, str) or name in self.expressions:
            return  # no name, or a duplicate (reported by check_names): the first one stands
        self.expressions[name] = (path, roles)
        if repeat is not None:
            group = _step_path(self.data, repeat).get("name")
            if isinstance(group, str) and group in self.names:
                self.parents[name] = group
        else:
            page = _step_path(self.data, path[:2]).get("name")
            if isinstance(page, str) and "#page:" + page in self.expressions:
                self.parents[name] = "#page:" + page

    def check_cycles(self) -> None:
        """Relevances, calculations and repeats that read each other in a circle
        can never be evaluated: report the circle at its first question."""
        try:
            DependencyGraph({name: roles for name, (_, roles) in self.expressions.items()}, self.parents)
        except ExpressionError as error:
            if error.key != "expr.cycle" or not error.detail:
                raise
            circle = error.detail.split(" → ")
            first, read = circle[0], circle[1]
            path, roles = self.expressions[first]
            key: str | None = None
            for role in ("calculation", "relevant"):  # the role through which ``first`` reads the next one
                expression = roles.get(role)
                if expression is not None and (read in expression.references or (read == first and expression.uses_current)):
                    key = role
                    break
            message = ("relevance, calculations, repeats and pages depend on each other in a circle: "
                       + error.detail.replace("#page:", "page "))
            self.report((*path, key) if key else (*path, "name"), ProblemCode.CYCLE, message)

    def check_expression(self, owner: dict[str, Any], path: Path_, key: str) -> Expression | None:
        """The parsed expression under ``key`` (None when absent, a yes/no or
        broken), after reporting its syntax errors and unknown references."""
        text = owner.get(key)
        if not isinstance(text, str) or (key == "required" and as_flag(text) is not None):
            return None
        try:
            expression = parse(text, attributes=key == "choice_filter")
        except ExpressionError as error:
            self.report((*path, key), ProblemCode.EXPRESSION_SYNTAX, str(error), error.position)
            return None
        if expression.attributes:
            known = self.choice_attributes(owner) | {"name"}
            for node in _attribute_nodes(expression):
                if node.name not in known:  # the error a bare name gives outside a choice filter
                    error = ExpressionError("expr.bare_name", node.position, repr(node.name))
                    self.report((*path, key), ProblemCode.EXPRESSION_SYNTAX, str(error), error.position)
                    return None
        for name in sorted(expression.references - self.names):
            self.report((*path, key), ProblemCode.UNKNOWN_REFERENCE,
                        f"${{{name}}} is not a question of this form{_suggest(name, self.names)}")
        return expression

    def choice_attributes(self, question: dict[str, Any]) -> set[str]:
        """The extra keys carried by a question's choices (``region`` on districts);
        a choice filter may read them, and ``name``, bare."""
        if question.get("choices_from") is not None:
            return set(PROVIDER_ATTRIBUTES)
        items = question.get("choices")
        if items is None and isinstance(question.get("choice_list"), str) and isinstance(self.data.get("choices"), dict):
            items = self.data["choices"].get(question["choice_list"])
        if not isinstance(items, list):
            return set()
        return {key for item in items if isinstance(item, dict) for key in item if key not in ("name", "label")}


def _enum_values(annotation: Any) -> set[str] | None:
    """The values a field typed with an enum (or a list or optional of one) accepts; None for other types."""
    if isinstance(annotation, type) and issubclass(annotation, StrEnum):
        return {str(member) for member in annotation}
    for candidate in get_args(annotation):
        inner = _enum_values(candidate)
        if inner is not None:
            return inner
    return None


def _step_path(data: Any, path: Path_) -> dict[str, Any]:
    """The mapping at ``path`` (every step of it exists: it came from ``_questions``)."""
    for part in path:
        data = data[part]
    return data


def _attribute_nodes(expression: Expression) -> list[Attribute]:
    """The bare choice keys of a choice filter, in the order written."""
    found: list[Attribute] = []
    stack: list[Node] = [expression.root]
    while stack:
        node = stack.pop()
        if isinstance(node, Attribute):
            found.append(node)
        stack.extend(node.children())
    return sorted(found, key=lambda node: node.position)


_DEFAULT_RULES: dict[QuestionType, tuple[Callable[[str], object], str]] = {
    QuestionType.INTEGER: (int, "a whole number"),
    QuestionType.DECIMAL: (float, "a number"),
    QuestionType.DATE: (date.fromisoformat, "a date written YYYY-MM-DD"),
}


def _default_problem(value: str, kind: QuestionType, choices: set[str] | None) -> str | None:
    if kind in _DEFAULT_RULES:
        convert, expected = _DEFAULT_RULES[kind]
        try:
            convert(value.strip())
        except ValueError:
            return f"'{value}' is not {expected}"
    elif kind == QuestionType.YES_NO and as_flag(value) is None:
        return f"'{value}' is not yes or no"
    elif choices is not None and kind in SELECT_TYPES:
        picked = value.split() if kind == QuestionType.SELECT_MULTIPLE else [value.strip()]
        unknown = [name for name in picked if name not in choices]
        if unknown:
            return f"'{unknown[0]}' is not one of the question's choices"
    return None


def check_semantics(data: dict[str, Any], report: Report) -> None:
    """Report every cross-form problem of a form's raw data."""
    _FormChecker(data, report).run()
