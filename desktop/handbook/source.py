"""What the importer reads, before it becomes sections: a document of Markdown
lines, each remembering the line of the source file it came from, with its
headings and anchors.

Links between source files are written ``[text](@link:FILE#ANCHOR)`` in the
lines (``FILE`` relative to the import folder, empty for the same file); the
importer turns them into ``section:ID`` once it knows which section holds each
anchor.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..domain.text import ascii_slug
from .pack import Problem

LINK_PREFIX = "@link:"
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
PAGE_SUFFIXES = MARKDOWN_SUFFIXES + HTML_SUFFIXES
#: an address on the network (``http:``, ``https:``, ``ftp:`` or protocol-relative ``//``)
REMOTE_URL = re.compile(r"^\s*(?:https?:|ftp:)?//", re.IGNORECASE)


class ImportCode:
    """Problem codes added by the importer (pack problem codes are reused too)."""

    SCRIPT = "script"
    MALFORMED = "malformed"
    NO_SECTIONS = "no_sections"
    NOT_SUPPORTED = "not_supported"
    UNREADABLE = "unreadable"
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
    title: str  # plain text: the section's title
    anchor: str
    index: int  # position in Document.lines
    explicit: bool = False  # the anchor was written in the page (id="…", {#…}), not made from the title
    markdown: str = ""  # the title as Markdown, written back for a heading inside a section

    def __post_init__(self) -> None:
        self.markdown = self.markdown or self.title


@dataclass
class Document:
    """One source file as Markdown lines, headings excluded from ``lines``'s
    text but kept in ``headings`` (``index`` is where each heading stood)."""

    path: Path
    relative: str
    lines: list[Line] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    anchors: list[tuple[str, int]] = field(default_factory=list)  # other elements' ids, with their line index
    front: dict = field(default_factory=dict)
    title: str | None = None  # an HTML page's <title>
    language: str | None = None  # an HTML page's lang attribute
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    first_line: int = 1  # where the text starts (after Markdown front matter)

    def heading(self, level: int, title: str, anchor: str | None, source: int, markdown: str = "") -> None:
        self.headings.append(Heading(level, title, anchor or slug(title), len(self.lines), anchor is not None,
                                     markdown))
        self.lines.append(Line("", source))


def slug(text: str) -> str:
    """An ASCII id from any text ("" when nothing is left, e.g. Arabic only)."""
    return ascii_slug(text, limit=60)


def local_target(href: str, current: str) -> str | None:
    """``FILE#ANCHOR`` of a link to another source page (or an anchor of this one),
    None for a web address, mail link or anything else not inside the import."""
    parts = urlsplit(href.strip())
    if parts.scheme or parts.netloc:
        return None
    path = unquote(parts.path)
    if path and not path.lower().endswith(PAGE_SUFFIXES):
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
