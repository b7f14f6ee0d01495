"""The function library, XLSForm/ODK compatible plus ``age()``.

Every function takes evaluated values (``if`` takes nodes, to evaluate only
the branch it needs) and never raises on user data. ``FUNCTIONS`` maps each
name to its ``Function`` entry: arity, implementation, and an optional check
the parser runs on literal arguments (a bad ``regex`` pattern or ``date``
text is reported when the form loads, not when someone fills it in).
"""

import math
import re

try:  # the parser behind re.compile; public as sre_parse before 3.11
    from re._parser import parse as _sre_parse
except ImportError:  # pragma: no cover
    from sre_parse import parse as _sre_parse  # type: ignore[no-redef]
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, DecimalException
from functools import lru_cache
from typing import Any

from desktop.forms.expressions.errors import ExpressionError
from desktop.forms.expressions.nodes import Context, Literal, Node
from desktop.forms.expressions.values import (
    as_date,
    day_number,
    is_empty,
    normalize,
    to_bool,
    to_date,
    to_number,
    to_string,
)

MAX_PATTERN = 200
MAX_REGEX_INPUT = 5_000
MAX_ROUND_DIGITS = 15


@dataclass(frozen=True, slots=True)
class Function:
    name: str
    min_args: int
    max_args: int | None  # None: any number
    implementation: Callable[..., Any]
    lazy: bool = False
    check: Callable[[list[Node]], None] | None = None

    def expected(self) -> str:
        """How an arity error states what is expected, e.g. "1 or 2 arguments"."""
        if self.max_args is None:
            return f"at least {self.min_args} argument{'s' if self.min_args != 1 else ''}"
        if self.min_args == self.max_args:
            count = self.min_args
            return "no arguments" if count == 0 else f"{count} argument{'s' if count != 1 else ''}"
        if self.max_args == self.min_args + 1:
            return f"{self.min_args} or {self.max_args} arguments"
        return f"{self.min_args} to {self.max_args} arguments"


# --- logic -----------------------------------------------------------------


def _not(ctx: Context, value: Any) -> bool:
    return not to_bool(value)


def _if(ctx: Context, args: list[Node]) -> Any:
    condition, then, otherwise = args
    return then.eval(ctx) if to_bool(condition.eval(ctx)) else otherwise.eval(ctx)


def _coalesce(ctx: Context, *values: Any) -> Any:
    """The first value that is not empty (XLSForm takes two; more are allowed)."""
    for value in values:
        if not is_empty(value):
            return value
    return None


def _true(ctx: Context) -> bool:
    return True


def _false(ctx: Context) -> bool:
    return False


def _boolean(ctx: Context, value: Any) -> bool:
    return to_bool(value)


# --- select multiple and repeats ------------------------------------------


def _choices(value: Any) -> list[str]:
    """The codes of a select-multiple answer: a list, or space-separated text."""
    if isinstance(value, list):
        return [to_string(item).strip() for item in value]
    return to_string(value).split()


def _selected(ctx: Context, multi: Any, code: Any) -> bool:
    return to_string(code).strip() in _choices(multi)


def _count_selected(ctx: Context, multi: Any) -> int:
    return len([code for code in _choices(multi) if code])


def _count(ctx: Context, value: Any) -> int:
    """Repeat instances: the length of a list; one for a single answer; 0 if empty."""
    if isinstance(value, list):
        return len(value)
    return 0 if is_empty(value) else 1


def _numbers(values: tuple[Any, ...]) -> list[int | float] | None:
    """Numbers from the arguments, lists flattened; unanswered items skipped.
    None when any answered item is not a number."""
    numbers: list[int | float] = []
    for value in values:
        for item in value if isinstance(value, list) else [value]:
            if is_empty(item):
                continue
            number = to_number(item)
            if number is None:
                return None
            numbers.append(number)
    return numbers


def _sum(ctx: Context, value: Any) -> Any:
    """Sum over a repeat's answers; unanswered items count for nothing."""
    numbers = _numbers((value,))
    if numbers is None:
        return None
    return normalize(math.fsum(numbers)) if any(isinstance(n, float) for n in numbers) else normalize(sum(numbers))


def _min(ctx: Context, *values: Any) -> Any:
    numbers = _numbers(values)
    return min(numbers) if numbers else None


def _max(ctx: Context, *values: Any) -> Any:
    numbers = _numbers(values)
    return max(numbers) if numbers else None


# --- numbers ----------------------------------------------------------------


def _number(ctx: Context, value: Any) -> Any:
    return to_number(value)


def _int(ctx: Context, value: Any) -> Any:
    """Truncates toward zero, as XPath ``int()``."""
    number = to_number(value)
    return None if number is None else normalize(math.trunc(number))


def _round(ctx: Context, value: Any, digits: Any = 0) -> Any:
    """Half away from zero (2.5 → 3, -2.5 → -3, 2.675 to 2 digits → 2.68)."""
    number, places = to_number(value), to_number(digits)
    if number is None or places is None:
        return None
    places = int(places)
    if places > MAX_ROUND_DIGITS:
        return number
    if places < -400:  # beyond any finite float
        return 0
    try:
        exponent = Decimal(1).scaleb(-places)
        rounded = Decimal(repr(number) if isinstance(number, float) else number).quantize(exponent, ROUND_HALF_UP)
    except DecimalException:
        return number
    return normalize(float(rounded))


# --- text -------------------------------------------------------------------


def _string(ctx: Context, value: Any) -> str:
    return to_string(value)


def _string_length(ctx: Context, value: Any) -> int:
    return len(to_string(value))


def _concat(ctx: Context, *values: Any) -> str:
    return "".join(to_string(value) for value in values)


_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}


def _nested_repeat(items: Any, inside_repeat: bool = False) -> bool:
    """True when a repeated group holds another unbounded repetition, as in
    ``(a+)+`` or ``(x*)*``: the shape that makes a backtracking engine run
    for ever on a short input. Python's ``re`` has no timeout, so such
    patterns are refused."""
    for op, arg in items:
        name = str(op)
        if name in _REPEATS:
            low, high, sub = arg
            if inside_repeat and high > 1:
                return True
            if _nested_repeat(sub, inside_repeat or high > 1):
                return True
        elif name == "SUBPATTERN":
            if _nested_repeat(arg[-1], inside_repeat):
                return True
        elif name == "BRANCH":
            if any(_nested_repeat(branch, inside_repeat) for branch in arg[1]):
                return True
        elif name in {"ATOMIC_GROUP", "ASSERT", "ASSERT_NOT"}:
            if _nested_repeat(arg if name == "ATOMIC_GROUP" else arg[1], inside_repeat):
                return True
    return False


def _regex_problem(pattern: str) -> str | None:
    """Why a pattern is refused, or None when it can be used."""
    if len(pattern) > MAX_PATTERN:
        return f"longer than {MAX_PATTERN} characters"
    try:
        parsed = _sre_parse(pattern)
    except (re.error, RecursionError, OverflowError) as error:
        return error.msg if isinstance(error, re.error) else "too complex"
    if _nested_repeat(parsed):
        return "a repetition inside a repetition can hang"
    try:  # the parser accepts what compiling refuses (a variable-width look-behind)
        re.compile(pattern)
    except (re.error, RecursionError, OverflowError) as error:
        return error.msg if isinstance(error, re.error) else "too complex"
    return None


@lru_cache(maxsize=256)
def _compile(pattern: str) -> re.Pattern[str] | None:
    if _regex_problem(pattern):
        return None
    return re.compile(pattern)


def _regex(ctx: Context, value: Any, pattern: Any) -> bool:
    """True when the pattern matches somewhere in the text (ODK: search, not
    full match; anchor with ``^…$`` to match the whole answer). Patterns
    longer than 200 characters or with nested repetition, and text longer than
    5,000, never match: guards against runaway backtracking, since Python's
    ``re`` has no timeout."""
    compiled = _compile(to_string(pattern))
    text = to_string(value)
    if compiled is None or len(text) > MAX_REGEX_INPUT:
        return False
    return compiled.search(text) is not None


def _check_regex(args: list[Node]) -> None:
    pattern = args[1]
    if isinstance(pattern, Literal) and isinstance(pattern.value, str):
        problem = _regex_problem(pattern.value)
        if problem:
            raise ExpressionError("expr.bad_regex", pattern.position, problem)


# --- dates ------------------------------------------------------------------


def _today(ctx: Context) -> date:
    return ctx.today


def _now(ctx: Context) -> datetime:
    """Local date and time (on the ``today`` given to ``evaluate``, if any)."""
    now = datetime.now()
    return datetime.combine(ctx.today, now.time()) if ctx.today_given else now


def _date(ctx: Context, value: Any) -> Any:
    return to_date(value)


def _check_date(args: list[Node]) -> None:
    text = args[0]
    if isinstance(text, Literal) and isinstance(text.value, str) and to_date(text.value) is None:
        raise ExpressionError("expr.bad_date", text.position, repr(text.value[:40]))


def _decimal_date_time(ctx: Context, value: Any) -> Any:
    """Days since 1970-01-01, with the time of day as a fraction."""
    if isinstance(value, date):
        return day_number(value)
    day = as_date(value)
    return None if day is None else day_number(day)


def _age(ctx: Context, birth: Any) -> Any:
    """Whole years from a birth date to today; empty for no date or a future one.

    Not part of XLSForm (write ``int((today() - ${dob}) div 365.25)`` there):
    a convenience, exact on birthdays. Someone born on 29 February gains a
    year on 1 March in years without that day.
    """
    born = to_date(birth) if not isinstance(birth, (int, float)) else None
    if born is None:
        return None
    today = ctx.today
    if born > today:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


_DATE_FORMATS: dict[str, Callable[[datetime], str]] = {
    "Y": lambda d: f"{d.year:04d}",
    "y": lambda d: f"{d.year % 100:02d}",
    "m": lambda d: f"{d.month:02d}",
    "n": lambda d: str(d.month),
    "d": lambda d: f"{d.day:02d}",
    "e": lambda d: str(d.day),
    "H": lambda d: f"{d.hour:02d}",
    "h": lambda d: str(d.hour),
    "M": lambda d: f"{d.minute:02d}",
    "S": lambda d: f"{d.second:02d}",
    "%": lambda d: "%",
}


def _format_date(ctx: Context, value: Any, pattern: Any) -> str:
    """ODK's numeric codes: %Y %y %m %n %d %e %H %h %M %S %% (month and day
    names are left out: they belong to the translated UI)."""
    if isinstance(value, datetime):
        moment = value
    else:
        day = to_date(value) if not is_empty(value) else None
        if day is None:
            return ""
        moment = datetime.combine(day, datetime.min.time())
    text = to_string(pattern)
    out: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "%" and i + 1 < len(text) and text[i + 1] in _DATE_FORMATS:
            out.append(_DATE_FORMATS[text[i + 1]](moment))
            i += 2
        else:
            out.append(char)
            i += 1
    return "".join(out)


def _lazy(name: str, count: int, implementation: Callable[..., Any]) -> Function:
    return Function(name, count, count, implementation, lazy=True)


FUNCTIONS: dict[str, Function] = {
    function.name: function
    for function in (
        Function("not", 1, 1, _not),
        _lazy("if", 3, _if),
        Function("coalesce", 2, None, _coalesce),
        Function("true", 0, 0, _true),
        Function("false", 0, 0, _false),
        Function("boolean", 1, 1, _boolean),
        Function("selected", 2, 2, _selected),
        Function("count-selected", 1, 1, _count_selected),
        Function("count", 1, 1, _count),
        Function("sum", 1, 1, _sum),
        Function("min", 1, None, _min),
        Function("max", 1, None, _max),
        Function("number", 1, 1, _number),
        Function("int", 1, 1, _int),
        Function("round", 1, 2, _round),
        Function("string", 1, 1, _string),
        Function("string-length", 1, 1, _string_length),
        Function("concat", 0, None, _concat),
        Function("regex", 2, 2, _regex, check=_check_regex),
        Function("today", 0, 0, _today),
        Function("now", 0, 0, _now),
        Function("date", 1, 1, _date, check=_check_date),
        Function("decimal-date-time", 1, 1, _decimal_date_time),
        Function("age", 1, 1, _age),
        Function("format-date", 2, 2, _format_date),
    )
}
