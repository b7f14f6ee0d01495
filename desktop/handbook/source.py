"""What the importer reads, before it becomes sections: a document of Markdown
lines, each remembering the line of the source file it came from, with its
headings and anchors.

Links between source files are written ``[text](@link:FILE#ANCHOR)`` in the
lines (``FILE`` relative to the import folder, empty for the same file); the
importer turns them into ``section:ID`` once it knows which section holds each
anchor.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .pack import Problem

LINK_PREFIX = "@link:"
_NOT_ID = re.compile(r"[^a-z0-9]+")


class ImportCode:
    """Problem codes added by the importer (pack problem codes are reused too)."""

    SCRIPT = "script"
    MALFORMED = "malformed"
    NO_SECTIONS = "no_sections"
    NOT_SUPPORTED = "not_supported"
    TOO_MANY = "too_many"
    EXISTS = "exists"
    BAD_OPTION = "bad_option"


@dataclass
class Line:
    text: str
    source: int  # 1-based line in the source file


@dataclass
class Heading:
    level: int
    title: str
    anchor: str
    index: int  # position in Document.lines
    explicit: bool = False  # the anchor was written in the page (id="…", {#…}), not made from the title


@dataclass
class Document:
    """One source file as Markdown lines, headings excluded from ``lines``'s
    text but kept in ``headings`` (``index`` is where each heading stood)."""

    path: Path
    relative: str
    lines: list[Line] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    front: dict = field(default_factory=dict)
    title: str | None = None  # an HTML page's <title>
    language: str | None = None  # an HTML page's lang attribute
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    first_line: int = 1  # where the text starts (after Markdown front matter)

    def heading(self, level: int, title: str, anchor: str | None, source: int) -> None:
        self.headings.append(Heading(level, title, anchor or slug(title), len(self.lines), anchor is not None))
        self.lines.append(Line("", source))


def slug(text: str, limit: int = 60) -> str:
    """An ASCII id from any text ("" when nothing is left, e.g. Arabic only)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return _NOT_ID.sub("-", ascii_text).strip("-")[:limit].strip("-")


def local_target(href: str, current: str) -> str | None:
    """``FILE#ANCHOR`` of a link to another source page (or an anchor of this one),
    None for a web address, mail link or anything else not inside the import."""
    parts = urlsplit(href.strip())
    if parts.scheme or parts.netloc:
        return None
    path = unquote(parts.path)
    if path and not path.lower().endswith((".html", ".htm", ".md", ".markdown")):
        return None
    if path:
        base = Path(current).parent
        joined = (base / path).as_posix()
        normal: list[str] = []
        for part in joined.split("/"):
            if part in ("", "."):
                continue
            if part == "..":
                if not normal:
                    return None
                normal.pop()
            else:
                normal.append(part)
        path = "/".join(normal)
    else:
        path = current
    return f"{path}#{unquote(parts.fragment)}"


def link_markdown(text: str, target: str) -> str:
    return f"[{text}]({LINK_PREFIX}{target.replace(' ', '%20').replace(')', '%29')})"
