"""The syntax tree: small node classes, each evaluating itself against a context.

The tree is built once by the parser; evaluating walks it with no lookups
beyond the answers mapping (operators and functions are bound at parse time).
"""

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from desktop.forms.expressions.values import to_bool


class Context:
    """What an evaluation can see: the answers, the current answer, today and,
    for a choice filter, the choice being filtered (its ``name`` and attributes)."""

    __slots__ = ("answers", "current", "_today", "choice")

    def __init__(self, answers: Mapping[str, Any], current: Any = None, today: date | None = None,
                 choice: Mapping[str, Any] | None = None) -> None:
        self.answers = answers
        self.current = current
        self._today = today
        self.choice = choice

    @property
    def today(self) -> date:
        if self._today is None:
            self._today = date.today()
        return self._today

    @property
    def today_given(self) -> bool:
        return self._today is not None


class Node(ABC):
    """Base class. ``position`` is the 0-based offset of the node's first token."""

    __slots__ = ("position", "depth")

    def __init__(self, position: int, depth: int = 1) -> None:
        self.position = position
        self.depth = depth

    @abstractmethod
    def eval(self, ctx: Context) -> Any:
        """The node's value for the answers in ``ctx``."""

    def children(self) -> tuple["Node", ...]:
        return ()


class Literal(Node):
    __slots__ = ("value",)

    def __init__(self, position: int, value: Any) -> None:
        super().__init__(position)
        self.value = value

    def eval(self, ctx: Context) -> Any:
        return self.value

    def __repr__(self) -> str:
        return f"Literal({self.value!r})"


class Reference(Node):
    """``${name}``: the answer to question ``name`` (empty when absent)."""

    __slots__ = ("name",)

    def __init__(self, position: int, name: str) -> None:
        super().__init__(position)
        self.name = name

    def eval(self, ctx: Context) -> Any:
        return ctx.answers.get(self.name)

    def __repr__(self) -> str:
        return f"Reference({self.name!r})"


class Current(Node):
    """``.``: the answer of the question the expression belongs to."""

    __slots__ = ()

    def eval(self, ctx: Context) -> Any:
        return ctx.current

    def __repr__(self) -> str:
        return "Current()"


class Attribute(Node):
    """A bare ``name`` in a choice filter (XLSForm style, ``region = ${region}``):
    that key of the choice being filtered (empty when it has none)."""

    __slots__ = ("name",)

    def __init__(self, position: int, name: str) -> None:
        super().__init__(position)
        self.name = name

    def eval(self, ctx: Context) -> Any:
        return ctx.choice.get(self.name) if ctx.choice is not None else None

    def __repr__(self) -> str:
        return f"Attribute({self.name!r})"


class Unary(Node):
    __slots__ = ("operand", "function", "symbol")

    def __init__(self, position: int, symbol: str, function: Callable[[Any], Any], operand: Node) -> None:
        super().__init__(position, operand.depth + 1)
        self.symbol = symbol
        self.function = function
        self.operand = operand

    def eval(self, ctx: Context) -> Any:
        return self.function(self.operand.eval(ctx))

    def children(self) -> tuple[Node, ...]:
        return (self.operand,)

    def __repr__(self) -> str:
        return f"Unary({self.symbol!r}, {self.operand!r})"


class Binary(Node):
    __slots__ = ("symbol", "function", "left", "right")

    def __init__(self, position: int, symbol: str, function: Callable[[Any, Any], Any], left: Node, right: Node) -> None:
        super().__init__(position, max(left.depth, right.depth) + 1)
        self.symbol = symbol
        self.function = function
        self.left = left
        self.right = right

    def eval(self, ctx: Context) -> Any:
        return self.function(self.left.eval(ctx), self.right.eval(ctx))

    def children(self) -> tuple[Node, ...]:
        return (self.left, self.right)

    def __repr__(self) -> str:
        return f"Binary({self.symbol!r}, {self.left!r}, {self.right!r})"


class _Chain(Node):
    """``a and b and …`` / ``a or b or …``, flattened so long chains stay
    shallow, evaluated left to right until one operand decides."""

    __slots__ = ("operands",)
    #: the operand truth value that ends the chain (and its result)
    decides: bool

    def __init__(self, position: int, operands: list[Node]) -> None:
        super().__init__(position, max(node.depth for node in operands) + 1)
        self.operands = operands

    def eval(self, ctx: Context) -> bool:
        for operand in self.operands:
            if to_bool(operand.eval(ctx)) is self.decides:
                return self.decides
        return not self.decides

    def children(self) -> tuple[Node, ...]:
        return tuple(self.operands)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.operands!r})"


class And(_Chain):
    __slots__ = ()
    decides = False


class Or(_Chain):
    __slots__ = ()
    decides = True

class Call(Node):
    """A function call. Eager functions get values; lazy ones (``if``) get nodes."""

    __slots__ = ("name", "args", "function", "lazy")

    def __init__(self, position: int, name: str, function: Callable[..., Any], args: list[Node], lazy: bool) -> None:
        super().__init__(position, max((node.depth for node in args), default=0) + 1)
        self.name = name
        self.function = function
        self.args = args
        self.lazy = lazy

    def eval(self, ctx: Context) -> Any:
        if self.lazy:
            return self.function(ctx, self.args)
        return self.function(ctx, *[arg.eval(ctx) for arg in self.args])

    def children(self) -> tuple[Node, ...]:
        return tuple(self.args)

    def __repr__(self) -> str:
        return f"Call({self.name!r}, {self.args!r})"
