"""The binary and unary operators, on values already evaluated.

Each takes plain values and never raises on user data: whatever has no
sensible answer is empty (None) for arithmetic and false for comparisons.
"""

import math
import operator
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from desktop.forms.expressions.values import (
    as_date,
    day_number,
    normalize,
    shift,
    to_bool,
    to_number,
    to_string,
)

_YES = frozenset({"true", "yes", "1"})
_NO = frozenset({"false", "no", "0", ""})


def add(left: Any, right: Any) -> Any:
    """Numbers add; a date plus a number is that many days later."""
    left_day, right_day = as_date(left), as_date(right)
    if left_day is not None or right_day is not None:
        if left_day is not None and right_day is None:
            return shift(left_day, to_number(right))
        if right_day is not None and left_day is None:
            return shift(right_day, to_number(left))
        return None
    return _arithmetic(operator.add, left, right)


def subtract(left: Any, right: Any) -> Any:
    """Numbers subtract; date − number is a date; date − date is days between."""
    left_day, right_day = as_date(left), as_date(right)
    if left_day is not None:
        if right_day is not None:
            return normalize(day_number(left_day) - day_number(right_day))
        number = to_number(right)
        return shift(left_day, -number if number is not None else None)
    if right_day is not None:
        return None
    return _arithmetic(operator.sub, left, right)


def multiply(left: Any, right: Any) -> Any:
    return _arithmetic(operator.mul, left, right)


def divide(left: Any, right: Any) -> Any:
    """``div``: always exact division; by zero is empty (ODK would say Infinity)."""
    a, b = to_number(left), to_number(right)
    if a is None or b is None or b == 0:
        return None
    return normalize(a / b)


def modulo(left: Any, right: Any) -> Any:
    """``mod``: XPath remainder, with the sign of the left side; by zero is empty."""
    a, b = to_number(left), to_number(right)
    if a is None or b is None or b == 0:
        return None
    return normalize(math.fmod(a, b))


def negate(value: Any) -> Any:
    number = to_number(value)
    return None if number is None else normalize(-number)


def _arithmetic(function: Callable[[Any, Any], Any], left: Any, right: Any) -> Any:
    a, b = to_number(left), to_number(right)
    if a is None or b is None:
        return None
    return normalize(function(a, b))


def _yes_no(value: Any) -> bool | None:
    """A side of ``=`` compared with true/false: yes/no text counts as a boolean."""
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _YES:
            return True
        if text in _NO:
            return False
        return None
    return to_bool(value)


def equals(left: Any, right: Any) -> bool:
    """``=``: as dates when either side is a date, as booleans when either is
    true/false, as numbers when either is a number, otherwise as text."""
    if isinstance(left, date) or isinstance(right, date):
        left_day, right_day = as_date(left), as_date(right)
        if left_day is None or right_day is None:
            return False
        return day_number(left_day) == day_number(right_day)
    if isinstance(left, bool) or isinstance(right, bool):
        a, b = _yes_no(left), _yes_no(right)
        return a is not None and a == b
    if _is_number(left) or _is_number(right):
        x, y = to_number(left), to_number(right)
        return x is not None and y is not None and x == y
    return to_string(left) == to_string(right)


def not_equals(left: Any, right: Any) -> bool:
    """``!=`` is exactly ``not(a = b)`` (so an empty number is != 5, as in XPath)."""
    return not equals(left, right)


def _relation(compare: Callable[[Any, Any], bool]) -> Callable[[Any, Any], bool]:
    def relation(left: Any, right: Any) -> bool:
        if isinstance(left, date) or isinstance(right, date):
            left_day, right_day = as_date(left), as_date(right)
            if left_day is None or right_day is None:
                return False
            return compare(day_number(left_day), day_number(right_day))
        a, b = to_number(left), to_number(right)
        if a is None or b is None:
            if isinstance(left, str) and isinstance(right, str):
                left_day, right_day = as_date(left), as_date(right)
                if left_day is not None and right_day is not None:
                    return compare(left_day, right_day)
            return False
        return compare(a, b)

    return relation


less = _relation(operator.lt)
less_equal = _relation(operator.le)
greater = _relation(operator.gt)
greater_equal = _relation(operator.ge)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


BINARY: dict[str, Callable[[Any, Any], Any]] = {
    "+": add,
    "-": subtract,
    "*": multiply,
    "div": divide,
    "mod": modulo,
    "=": equals,
    "!=": not_equals,
    "<": less,
    "<=": less_equal,
    ">": greater,
    ">=": greater_equal,
}

# XPath precedence, loosest first; ``and``/``or`` are handled by the parser.
PRECEDENCE: dict[str, int] = {
    "or": 1,
    "and": 2,
    "=": 3,
    "!=": 3,
    "<": 4,
    "<=": 4,
    ">": 4,
    ">=": 4,
    "+": 5,
    "-": 5,
    "*": 6,
    "div": 6,
    "mod": 6,
}
