"""Printing results: JSON for scripts, aligned text tables for people."""

import json
import sys
import unicodedata
from collections.abc import Sequence
from datetime import date
from enum import Enum
from typing import Any


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def width(text: str) -> int:
    """Columns a string takes in a terminal: accents take none, wide CJK two."""
    total = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Cf"):
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


def pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def shorten(text: str, columns: int) -> str:
    if width(text) <= columns:
        return text
    out = ""
    for char in text:
        if width(out + char) > columns - 1:
            break
        out += char
    return out + "…"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], max_width: int = 32) -> str:
    """Left-aligned columns separated by two spaces; long cells end with "…"."""
    cells = [[shorten(cell, max_width) for cell in row] for row in rows]
    widths = [max([width(h)] + [width(row[i]) for row in cells]) for i, h in enumerate(headers)]
    lines = ["  ".join(pad(h, widths[i]) for i, h in enumerate(headers)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(pad(cell, widths[i]) for i, cell in enumerate(row)).rstrip() for row in cells]
    return "\n".join(lines)


def text_of(value: Any) -> str:
    """A field value as a person reads it: lists joined, empty values shown as "—"."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(text_of(item) for item in value)
    return str(value)


def labelled(pairs: Sequence[tuple[str, str]], indent: str = "") -> str:
    """``Label:   value`` lines with the values aligned."""
    column = max((width(label) for label, _ in pairs), default=0) + 2
    return "\n".join(f"{indent}{pad(label + ':', column)}{value}".rstrip() for label, value in pairs)
