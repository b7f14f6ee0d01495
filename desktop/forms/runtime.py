"""A form being filled in: answers, relevance, calculations, checks, repeats.

``FormRun`` holds the answers typed so far (``raw``: kept even while a
question is hidden, so that nothing typed is lost by a change of mind) and
the *effective* answers the form's logic sees: empty when a question, its
page or its repeat is not relevant, the computed value for a calculation.
After each change only what reads the changed answer is re-evaluated, in the
order of the ``DependencyGraph``.

A question is addressed by a key: ``("name",)`` on a page, ``("repeat", 2,
"name")`` in the third instance of a repeat. Inside a repeat, ``${sibling}``
reads the same instance; from outside, ``${inner}`` is the list of the
answered values of every instance, and ``${repeat}`` one item per instance
(so ``count(${household})`` counts members).

No Qt and no store here: the wizard and the form service use this.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..domain.case import utc_now
from .definition import Choice, FormDefinition, LocalizedText, Page, Question, QuestionType, SELECT_TYPES, as_flag
from .expressions import DependencyGraph, Expression, parse
from .expressions.values import is_empty, to_bool

Key = tuple[Any, ...]

#: Questions that hold no answer of their own.
NO_ANSWER = frozenset({QuestionType.NOTE, QuestionType.REPEAT})

_PAGE = "#page:"

#: Key of a draft's answers that holds who ticked each acknowledgement, and when.
ACKNOWLEDGED = "@acknowledged"


@dataclass(frozen=True)
class Issue:
    """Why an answer cannot be accepted yet.

    ``code`` is ``required`` or ``constraint``; ``message`` is the form's own
    constraint message (translated by the form author), if it has one.
    """

    key: Key
    code: str
    message: LocalizedText | None = None


@dataclass(frozen=True)
class DueTask:
    """A task the submission schedules."""

    name: str
    title: LocalizedText
    due: date


class _Compiled:
    """A question's parsed expressions."""

    __slots__ = ("relevant", "required", "constraint", "calculation", "choice_filter")

    def __init__(self, question: Question) -> None:
        self.relevant = _parse(question.relevant)
        required = question.required
        self.required: Expression | bool = required if isinstance(required, bool) else parse(required)
        self.constraint = _parse(question.constraint)
        self.calculation = _parse(question.calculation)
        self.choice_filter = parse(question.choice_filter, attributes=True) if question.choice_filter else None


def _parse(text: str | None) -> Expression | None:
    return parse(text) if text else None


def _initial(question: Question) -> Any:
    """The answer a question starts with: its ``default``, typed."""
    text = question.default
    if text is None:
        return None
    if question.type == QuestionType.INTEGER:
        return int(text)
    if question.type == QuestionType.DECIMAL:
        return float(text)
    if question.type == QuestionType.SELECT_MULTIPLE:
        return text.split()
    if question.type == QuestionType.YES_NO:
        return "yes" if as_flag(text) else "no"
    return text


class _View(Mapping[str, Any]):
    """The answers as an expression sees them, from the top or from one repeat instance."""

    __slots__ = ("run", "repeat", "index")

    def __init__(self, run: "FormRun", repeat: str | None = None, index: int | None = None) -> None:
        self.run, self.repeat, self.index = run, repeat, index

    def get(self, name: str, default: Any = None) -> Any:
        run = self.run
        holder = run.repeat_of.get(name)
        if holder is not None:
            if holder == self.repeat and self.index is not None:
                return run.instance_values[holder][self.index].get(name)
            return [value for inst in run.instance_values[holder] if not is_empty(value := inst.get(name))]
        if name in run.instance_values:
            return [str(i + 1) for i in range(len(run.instance_values[name]))] if run.relevant(name) else []
        return run.values.get(name, default)

    def __getitem__(self, name: str) -> Any:
        return self.get(name)

    def __iter__(self) -> Any:
        return iter(self.run.questions)

    def __len__(self) -> int:
        return len(self.run.questions)


class FormRun:
    """One filling-in of a form.

    Args:
        form: the definition.
        today: the date ``today()`` reads (and age calculations).
        raw: answers of a draft being resumed (top-level name → answer; a
            repeat's name → list of instance dicts).
        providers: the choices of ``choices_from: providers`` questions.
        actor: who is filling in the form (recorded with each acknowledgement).
        clock: the time recorded with an acknowledgement (UTC text).
    """

    def __init__(self, form: FormDefinition, today: date, raw: Mapping[str, Any] | None = None,
                 providers: Iterable[Choice] = (), actor: str = "", clock: Callable[[], str] = utc_now) -> None:
        self.form = form
        self.today = today
        self.providers = list(providers)
        self.actor, self.clock = actor, clock
        acknowledged = (raw or {}).get(ACKNOWLEDGED)
        self.acknowledged: dict[str, dict[str, str]] = dict(acknowledged) if isinstance(acknowledged, dict) else {}
        self.questions: dict[str, Question] = {}
        self.repeat_of: dict[str, str] = {}
        self.page_of: dict[str, Page] = {}
        self.compiled: dict[str, _Compiled] = {}
        for page in form.pages:
            for question, parent in page.walk():
                self.questions[question.name] = question
                self.page_of[question.name] = page
                self.compiled[question.name] = _Compiled(question)
                if parent is not None:
                    self.repeat_of[question.name] = parent.name
        self.page_relevance = {page.name: parse(page.relevant) for page in form.pages if page.relevant}
        self.task_rules = [(rule, _parse(rule.relevant), parse(rule.due)) for rule in form.tasks]
        self.graph = self._graph()
        self._rank = {node: rank for rank, node in enumerate(self.graph.evaluation_order())}
        self.raw: dict[str, Any] = {}
        self.values: dict[str, Any] = {}
        self.instance_raw: dict[str, list[dict[str, Any]]] = {}
        self.instance_values: dict[str, list[dict[str, Any]]] = {}
        self._relevant: dict[Key, bool] = {}
        self._page_relevant: dict[str, bool] = {}
        self._load(raw or {})

    # --- set-up -------------------------------------------------------------------

    def _graph(self) -> DependencyGraph:
        roles: dict[str, dict[str, Expression | None]] = {}
        parents: dict[str, str] = {}
        for page_name, expression in self.page_relevance.items():
            roles[_PAGE + page_name] = {"relevant": expression}
        for name, compiled in self.compiled.items():
            required = compiled.required if isinstance(compiled.required, Expression) else None
            roles[name] = {"relevant": compiled.relevant, "calculation": compiled.calculation,
                           "constraint": compiled.constraint, "required": required,
                           "choice_filter": compiled.choice_filter}
            if name in self.repeat_of:
                parents[name] = self.repeat_of[name]
            elif self.page_of[name].name in self.page_relevance:
                parents[name] = _PAGE + self.page_of[name].name
        return DependencyGraph(roles, parents)

    def _load(self, raw: Mapping[str, Any]) -> None:
        for name, question in self.questions.items():
            if name in self.repeat_of:
                continue
            if question.type == QuestionType.REPEAT:
                instances = raw.get(name)
                self.instance_raw[name] = [dict(item) for item in instances if isinstance(item, dict)] \
                    if isinstance(instances, list) else []
                self.instance_values[name] = [{} for _ in self.instance_raw[name]]
            elif question.type not in NO_ANSWER:
                self.raw[name] = raw[name] if name in raw else _initial(question)
        self._evaluate(self.graph.evaluation_order())

    # --- reading ----------------------------------------------------------------

    def relevant(self, name: str, index: int | None = None) -> bool:
        """Whether a question (of an instance, inside a repeat) is shown."""
        if name in self.repeat_of:
            return self._relevant.get((self.repeat_of[name], index, name), False)
        return self._relevant.get((name,), False)

    def page_relevant(self, page: Page) -> bool:
        return self._page_relevant.get(page.name, True)

    def relevant_pages(self) -> list[Page]:
        return [page for page in self.form.pages if self.page_relevant(page)]

    def value(self, key: Key) -> Any:
        """The effective answer at ``key`` (empty when not relevant)."""
        if len(key) == 1:
            return self.values.get(key[0])
        repeat, index, name = key
        return self.instance_values[repeat][index].get(name)

    def entered(self, key: Key) -> Any:
        """What was typed at ``key``, relevant or not."""
        if len(key) == 1:
            return self.raw.get(key[0])
        repeat, index, name = key
        return self.instance_raw[repeat][index].get(name)

    def instances(self, repeat: str) -> int:
        return len(self.instance_raw[repeat])

    def choices(self, key: Key) -> list[Choice]:
        """The choices offered at ``key``, after the question's choice filter."""
        question = self.questions[key[-1]]
        options = self.providers if question.choices_from is not None else self.form.choices_for(question)
        expression = self.compiled[question.name].choice_filter
        if expression is None:
            return options
        view = self._view(key)
        return [choice for choice in options
                if to_bool(expression.evaluate(view, None, self.today, {"name": choice.name, **choice.attributes}))]

    def required(self, key: Key) -> bool:
        """Whether the question at ``key`` must be answered (its ``required`` flag or expression)."""
        required = self.compiled[key[-1]].required
        if isinstance(required, bool):
            return required
        return to_bool(required.evaluate(self._view(key), self.value(key), self.today))

    def issue(self, key: Key) -> Issue | None:
        """Why the answer at ``key`` is not acceptable, or None."""
        name = key[-1]
        question = self.questions[name]
        index = key[1] if len(key) == 3 else None
        if question.type in NO_ANSWER or not self.relevant(name, index):
            return None
        compiled = self.compiled[name]
        value = self.value(key)
        empty = is_empty(value) or (question.type == QuestionType.ACKNOWLEDGEMENT and value != "yes")
        if empty:
            return Issue(key, "required") if self.required(key) else None
        if compiled.constraint is not None and compiled.calculation is None:
            if not to_bool(compiled.constraint.evaluate(self._view(key), value, self.today)):
                return Issue(key, "constraint", question.constraint_message)
        if question.type in SELECT_TYPES:
            offered = {choice.name for choice in self.choices(key)}
            picked = value if isinstance(value, list) else [value]
            if any(item not in offered for item in picked):
                return Issue(key, "choice")
        return None

    def page_issues(self, page: Page) -> list[Issue]:
        """Every issue of a relevant page's questions, in order."""
        if not self.page_relevant(page):
            return []
        found: list[Issue] = []
        for question in page.questions:
            if question.type == QuestionType.REPEAT:
                for index in range(self.instances(question.name)):
                    for inner in question.questions or []:
                        issue = self.issue((question.name, index, inner.name))
                        if issue:
                            found.append(issue)
            else:
                issue = self.issue((question.name,))
                if issue:
                    found.append(issue)
        return found

    def issues(self) -> list[Issue]:
        return [issue for page in self.form.pages for issue in self.page_issues(page)]

    # --- changing -----------------------------------------------------------------

    def answer(self, key: Key, value: Any) -> set[str]:
        """Record an answer; returns the names of the questions to refresh (the
        changed one and every one whose relevance, value, choices or checks read it)."""
        if isinstance(value, str) and not value.strip() and self.questions[key[-1]].type not in (
                QuestionType.TEXT, QuestionType.LONG_TEXT):
            value = None
        self._store_raw(key, value)
        if len(key) == 1 and self.questions[key[0]].type == QuestionType.ACKNOWLEDGEMENT:
            if value == "yes":
                self.acknowledged[key[0]] = {"by": self.actor, "at": self.clock()}
            else:
                self.acknowledged.pop(key[0], None)
        return self._changed([key[-1]])

    def add_instance(self, repeat: str) -> set[str]:
        """Add an instance to a repeat (with the inner questions' defaults)."""
        inner = self.questions[repeat].questions or []
        self.instance_raw[repeat].append(
            {q.name: _initial(q) for q in inner if q.type not in NO_ANSWER})
        self.instance_values[repeat].append({})
        return self._changed([repeat, *(q.name for q in inner)])

    def remove_instance(self, repeat: str, index: int) -> set[str]:
        del self.instance_raw[repeat][index]
        del self.instance_values[repeat][index]
        inner = self.questions[repeat].questions or []
        return self._changed([repeat, *(q.name for q in inner)])

    def _changed(self, names: list[str]) -> set[str]:
        affected: list[str] = []
        seen: set[str] = set()
        for name in names:
            for node in [name, *self.graph.affected(name)]:
                if node not in seen:
                    seen.add(node)
                    affected.append(node)
        affected.sort(key=self._rank.__getitem__)
        self._evaluate(affected)
        refresh = {node for node in affected if not node.startswith(_PAGE)}
        dropped = self._drop_unoffered(affected)
        return refresh | self._changed(dropped) if dropped else refresh

    def _drop_unoffered(self, names: list[str]) -> list[str]:
        """Clear cascading answers no longer offered (a district of another region)."""
        dropped = []
        for name in names:
            question = self.questions.get(name)
            if question is None or question.type not in SELECT_TYPES or self.compiled[name].choice_filter is None:
                continue
            for key in self._keys(name):
                answer = self.entered(key)
                if is_empty(answer):
                    continue
                offered = {choice.name for choice in self.choices(key)}
                kept = [item for item in answer if item in offered] if isinstance(answer, list) else (
                    answer if answer in offered else None)
                if kept != answer:
                    self._store_raw(key, kept or None)
                    dropped.append(name)
        return dropped

    def _store_raw(self, key: Key, value: Any) -> None:
        if len(key) == 1:
            self.raw[key[0]] = value
        else:
            self.instance_raw[key[0]][key[1]][key[2]] = value

    def _keys(self, name: str) -> list[Key]:
        repeat = self.repeat_of.get(name)
        if repeat is None:
            return [(name,)]
        return [(repeat, index, name) for index in range(self.instances(repeat))]

    # --- evaluation ------------------------------------------------------------

    def _view(self, key: Key) -> _View:
        return _View(self, key[0], key[1]) if len(key) == 3 else _View(self)

    def _evaluate(self, nodes: Iterable[str]) -> None:
        top = _View(self)
        for node in nodes:
            if node.startswith(_PAGE):
                page = node[len(_PAGE):]
                self._page_relevant[page] = to_bool(self.page_relevance[page].evaluate(top, None, self.today))
                continue
            question = self.questions[node]
            repeat = self.repeat_of.get(node)
            if repeat is None:
                self._compute(question, (node,), self.raw, self.values, top,
                              self._page_relevant.get(self.page_of[node].name, True))
                continue
            outer = self._relevant.get((repeat,), False)
            for index, (raw, values) in enumerate(zip(self.instance_raw[repeat], self.instance_values[repeat])):
                self._compute(question, (repeat, index, node), raw, values, _View(self, repeat, index), outer)

    def _compute(self, question: Question, key: Key, raw: dict[str, Any], values: dict[str, Any],
                 view: _View, outer: bool) -> None:
        compiled = self.compiled[question.name]
        relevant = outer and (compiled.relevant is None or to_bool(compiled.relevant.evaluate(view, None, self.today)))
        self._relevant[key] = relevant
        if question.type in NO_ANSWER:
            return
        if not relevant:
            values[question.name] = None
        elif compiled.calculation is not None:
            values[question.name] = compiled.calculation.evaluate(view, None, self.today)
        else:
            values[question.name] = raw.get(question.name)

    # --- results --------------------------------------------------------------------

    def answers(self) -> dict[str, Any]:
        """The answers a submission keeps: relevant, effective, repeats as lists of dicts."""
        out: dict[str, Any] = {}
        for name, question in self.questions.items():
            if name in self.repeat_of or question.type == QuestionType.NOTE:
                continue
            if question.type == QuestionType.REPEAT:
                if self.relevant(name):
                    inner = [q for q in question.questions or [] if q.type != QuestionType.NOTE]
                    out[name] = [
                        {q.name: values[q.name] for q in inner if not is_empty(values.get(q.name))}
                        for values in self.instance_values[name]
                    ]
            elif not is_empty(self.values.get(name)):
                out[name] = _plain(self.values[name])
        return out

    def draft(self) -> dict[str, Any]:
        """Everything typed, for a draft: ``FormRun(form, today, run.draft())`` resumes it."""
        return {**self.raw, **{name: [dict(item) for item in items] for name, items in self.instance_raw.items()},
                ACKNOWLEDGED: dict(self.acknowledged)}

    def acknowledgements(self) -> dict[str, dict[str, str]]:
        """Who ticked each relevant, ticked acknowledgement, and when."""
        return {name: meta for name, meta in self.acknowledged.items()
                if self.relevant(name) and self.values.get(name) == "yes"}

    def tasks(self) -> list[DueTask]:
        """The tasks the form schedules with the current answers (relevant, with a due date)."""
        top = _View(self)
        due_tasks = []
        for rule, relevant, due_expression in self.task_rules:
            if relevant is not None and not to_bool(relevant.evaluate(top, None, self.today)):
                continue
            due = due_expression.evaluate(top, None, self.today)
            if isinstance(due, str):
                try:
                    due = date.fromisoformat(due)
                except ValueError:
                    continue
            if isinstance(due, date):
                due_tasks.append(DueTask(rule.name, rule.title, due))
        return due_tasks


def _plain(value: Any) -> Any:
    """A value JSON can hold: dates as YYYY-MM-DD."""
    if isinstance(value, date):
        return value.isoformat()
    return value
