"""Case numbers from an organisation-chosen pattern such as ``{office}-{year}-{seq:5}``."""

import re

from .errors import FieldError

DEFAULT_PATTERN = "{office}-{year}-{seq:5}"
_TOKEN = re.compile(r"\{(office|year|seq)(?::(\d))?\}")
_ALLOWED_TEXT = re.compile(r"^[A-Za-z0-9_./ -]*$")


def check_pattern(pattern: str) -> None:
    """Raise FieldError unless the pattern holds ``{seq}`` and only known tokens."""
    literal = _TOKEN.sub("", pattern)
    if "{" in literal or "}" in literal:
        raise FieldError("case_number_pattern", "pattern.unknown_token")
    if not _ALLOWED_TEXT.match(literal):
        raise FieldError("case_number_pattern", "pattern.bad_characters")
    if not any(m.group(1) == "seq" for m in _TOKEN.finditer(pattern)):
        raise FieldError("case_number_pattern", "pattern.needs_seq")
    if len(format_number(pattern, "OFFICE", 2026, 1)) > 40:
        raise FieldError("case_number_pattern", "pattern.too_long")


def format_number(pattern: str, office: str, year: int, seq: int) -> str:
    def token(match: re.Match[str]) -> str:
        name, width = match.group(1), int(match.group(2) or 0)
        if name == "office":
            return office
        if name == "year":
            return str(year)
        return str(seq).zfill(width)

    return _TOKEN.sub(token, pattern)


def sequence_scope(pattern: str, office: str, year: int) -> str:
    """Numbering restarts whenever the parts around ``{seq}`` change (office, year)."""
    return _TOKEN.sub(lambda m: "#" if m.group(1) == "seq" else format_number(m.group(0), office, year, 0), pattern)
