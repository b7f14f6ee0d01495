"""``Expression`` (a parsed expression) and ``evaluate``."""

from collections.abc import Mapping
from datetime import date
from typing import Any

from desktop.forms.expressions.nodes import Context, Current, Node, Reference
from desktop.forms.expressions.parser import parse_tree


class Expression:
    """A parsed expression, ready to evaluate any number of times.

    Attributes:
        source: the text it was parsed from.
        references: names of the questions it reads through ``${name}``.
        uses_current: whether it reads ``.`` (the answer of its own question).
    """

    __slots__ = ("source", "root", "references", "uses_current")

    def __init__(self, source: str, root: Node) -> None:
        self.source = source
        self.root = root
        names: set[str] = set()
        current = False
        stack = [root]
        while stack:
            node = stack.pop()
            if isinstance(node, Reference):
                names.add(node.name)
            elif isinstance(node, Current):
                current = True
            stack.extend(node.children())
        self.references: frozenset[str] = frozenset(names)
        self.uses_current = current

    def evaluate(self, answers: Mapping[str, Any], current: Any = None, today: date | None = None) -> Any:
        return self.root.eval(Context(answers, current, today))

    def __repr__(self) -> str:
        return f"Expression({self.source!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Expression) and other.source == self.source

    def __hash__(self) -> int:
        return hash(self.source)


def parse(source: str) -> Expression:
    """Parse an expression.

    Raises:
        ExpressionError: with the key, 0-based position and offending token.
    """
    return Expression(source, parse_tree(source))


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
    return expr.root.eval(Context(answers, current, today))
