"""``Expression`` (a parsed expression) and ``evaluate``."""

from collections.abc import Mapping
from datetime import date
from typing import Any

from desktop.forms.expressions.nodes import Attribute, Context, Current, Node, Reference
from desktop.forms.expressions.parser import parse_tree


class Expression:
    """A parsed expression, ready to evaluate any number of times.

    Attributes:
        source: the text it was parsed from.
        references: names of the questions it reads through ``${name}``.
        uses_current: whether it reads ``.`` (the answer of its own question).
        attributes: the bare choice keys a choice filter reads (``parse(…, attributes=True)``).
    """

    __slots__ = ("source", "root", "references", "uses_current", "attributes")

    def __init__(self, source: str, root: Node) -> None:
        self.source = source
        self.root = root
        names: set[str] = set()
        keys: set[str] = set()
        current = False
        stack = [root]
        while stack:
            node = stack.pop()
            if isinstance(node, Reference):
                names.add(node.name)
            elif isinstance(node, Current):
                current = True
            elif isinstance(node, Attribute):
                keys.add(node.name)
            stack.extend(node.children())
        self.references: frozenset[str] = frozenset(names)
        self.uses_current = current
        self.attributes: frozenset[str] = frozenset(keys)

    def evaluate(self, answers: Mapping[str, Any], current: Any = None, today: date | None = None,
                 choice: Mapping[str, Any] | None = None) -> Any:
        """See ``evaluate``; ``choice`` is the choice a choice filter is tried on."""
        return self.root.eval(Context(answers, current, today, choice))

    def __repr__(self) -> str:
        return f"Expression({self.source!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Expression) and other.source == self.source

    def __hash__(self) -> int:
        return hash(self.source)


def parse(source: str, attributes: bool = False) -> Expression:
    """Parse an expression; with ``attributes`` (a choice filter), bare names
    read keys of the choice being filtered: ``region = ${region}``.

    Raises:
        ExpressionError: with the key, 0-based position and offending token.
    """
    return Expression(source, parse_tree(source, attributes))


def evaluate(expr: Expression, answers: Mapping[str, Any], current: Any = None, today: date | None = None) -> Any:
    """The value of ``expr`` given the answers so far.

    Args:
        expr: a parsed expression.
        answers: question name → answer (absent, None or ``""`` = unanswered).
        current: the answer that ``.`` stands for.
        today: the date ``today()`` and ``age()`` use (default: the system date).

    Returns:
        None (empty), bool, int, float, str, date, datetime or list. Never
        raises because of the answers: nonsense gives empty or false.
    """
    return expr.evaluate(answers, current, today)
