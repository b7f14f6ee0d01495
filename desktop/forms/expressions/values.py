"""Values and the XPath-like coercions between them.

A value is one of: ``None`` (unanswered, and the "empty" result of anything
that has no sensible answer, like ODK's NaN), ``str``, ``bool``, ``int``,
``float``, ``datetime.date``, ``datetime.datetime`` or a ``list`` (the codes of
a select-multiple answer, or one value per repeat instance).

Rules (documented for form authors in the package docstring):

* number: ``""``/None/non-numeric text → empty; ``"12"``/``" 3.5 "`` → number
  (no exponents, no "inf"); true/false → 1/0; a date → days since 1970-01-01;
  a list → its first item. Results are normalised: NaN/infinity → empty, a
  whole float → int, an int beyond 2**53 → float.
* text: empty → ``""``; true/false → ``"true"``/``"false"``; whole numbers
  without ``.0``; dates ``YYYY-MM-DD``; a list → its items joined by spaces
  (the ODK form of a select-multiple answer).
* boolean: empty, ``""``, 0, an empty list → false; any other text (even
  ``"false"``, as in XPath), number, date or list → true.
* date: a date; text ``YYYY-MM-DD`` (a time after it is ignored); a number of
  days since 1970-01-01.
"""

import math
import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

EPOCH = date(1970, 1, 1)
MAX_EXACT = 2**53
_NUMBER = re.compile(r"\s*(-?)(\d+(?:\.\d*)?|\.\d+)\s*\Z")
_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*\Z")


def normalize(number: float | int) -> int | float | None:
    """NaN and infinities become empty; whole floats become ints; huge ints floats."""
    if isinstance(number, float):
        if not math.isfinite(number):
            return None
        if number.is_integer() and -MAX_EXACT <= number <= MAX_EXACT:
            return int(number)
        return number
    if -MAX_EXACT <= number <= MAX_EXACT:
        return number
    try:
        return float(number)
    except OverflowError:
        return None


def to_number(value: Any) -> int | float | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return normalize(value)
    if isinstance(value, str):
        match = _NUMBER.match(value)
        if match is None:
            return None
        sign, digits = match.groups()
        if "." in digits or len(digits) > 15:
            return normalize(float(sign + digits))
        return int(sign + digits)
    if isinstance(value, date):
        return day_number(value)
    if isinstance(value, list):
        return to_number(value[0]) if value else None
    if isinstance(value, Decimal):
        return normalize(float(value))
    return None


def to_string(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        number = normalize(value)
        return "" if number is None else str(number)
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return " ".join(to_string(item) for item in value)
    if isinstance(value, Decimal):
        return to_string(float(value))
    return ""


def to_bool(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value != ""
    if isinstance(value, (int, float, Decimal)):
        number = to_number(value)
        return number is not None and number != 0
    if isinstance(value, list):
        return len(value) > 0
    return isinstance(value, date)


def is_empty(value: Any) -> bool:
    """Unanswered: None, ``""`` or an empty list."""
    return value is None or value == "" or (isinstance(value, list) and not value)


def parse_date(text: str) -> date | None:
    """``YYYY-MM-DD`` (optionally followed by a time, which is dropped) or None."""
    match = _DATE.match(text)
    if match is None:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def to_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return parse_date(value)
    if isinstance(value, bool):
        return None
    number = to_number(value)
    if number is None:
        return None
    try:
        return EPOCH + timedelta(days=math.floor(number))
    except OverflowError:
        return None


def as_date(value: Any) -> date | None:
    """A date for arithmetic and comparisons: a date, or text written as one."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return parse_date(value)
    return None


def day_number(value: date) -> int | float:
    """Days since 1970-01-01; a datetime adds the fraction of its day."""
    if isinstance(value, datetime):
        midnight = datetime.combine(value.date(), datetime.min.time(), value.tzinfo)
        fraction = (value - midnight).total_seconds() / 86400
        return normalize((value.date() - EPOCH).days + fraction) or 0
    return (value - EPOCH).days


def shift(day: date, days: int | float | None) -> date | None:
    """``day`` moved by a number of days (a plain date drops the fraction)."""
    if days is None:
        return None
    try:
        if isinstance(day, datetime):
            return day + timedelta(days=days)
        return day + timedelta(days=math.trunc(days))
    except OverflowError:
        return None
