"""A saved HTML page as a ``Document`` of Markdown lines.

Refused (a problem naming the file and line): scripts, event handlers and
``javascript:`` addresses, embedded frames and objects, resources loaded from
the network (images, style sheets, fonts), elements left open or closed out of
order, control characters. Kept: headings, paragraphs, lists, quotes, code,
tables, bold/italic, links between the imported pages. Left out with a warning:
local images (a pack holds text only), the target of links to web pages (their
text stays).
"""

import re
from html.parser import HTMLParser
from pathlib import Path

from .pack import Problem, ProblemCode
from .source import REMOTE_URL, Document, ImportCode, Line, link_markdown, local_target

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "keygen"}
OPTIONAL_END = {"p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup",
                "colgroup", "caption", "html", "head", "body", "rt", "rp"}
SKIPPED = {"head", "style", "noscript", "template", "svg", "math", "select", "button", "nav"}
FORBIDDEN = {"script": "scripts are not allowed", "iframe": "embedded frames are not allowed",
             "frame": "frames are not allowed", "frameset": "frames are not allowed",
             "object": "embedded objects are not allowed", "embed": "embedded objects are not allowed",
             "applet": "applets are not allowed"}
BLOCKS = {"p", "div", "section", "article", "main", "header", "footer", "aside", "figure", "figcaption",
          "address", "details", "summary", "dl", "dt", "dd", "form", "fieldset", "center", "body"}
EMPHASIS = {"strong": "**", "b": "**", "em": "*", "i": "*", "code": "`", "kbd": "`", "tt": "`"}
MAX_REPORTED = 20

_CSS_REMOTE = re.compile(r"(?:url\(\s*['\"]?|@import\s+['\"])\s*(?:https?:|ftp:)?//", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"\s+")
_ESCAPE = re.compile(r"([\\`*_\[\]<>|~])")
_BLOCK_START = re.compile(r"^(#|[-+>]|=+\s*$)")
_ORDERED_START = re.compile(r"^(\d+)([.)])")
_PERMALINK = re.compile(r"[\s¶#§🔗]+$")


def _escape(text: str) -> str:
    return _ESCAPE.sub(r"\\\1", text)


def _block_safe(text: str) -> str:
    """A paragraph that Markdown would read as a heading, list, quote or rule, kept a paragraph."""
    if _BLOCK_START.match(text):
        return "\\" + text
    return _ORDERED_START.sub(r"\1\\\2", text, count=1)


class _Reader(HTMLParser):
    def __init__(self, document: Document) -> None:
        super().__init__(convert_charrefs=True)
        self.doc = document
        self.open: list[tuple[str, int]] = []  # (tag, line) of elements not yet closed
        self.skip_depth = 0
        self.inline: list[str] = []
        self.inline_line = 0
        self.marks: list[tuple[str, int, str]] = []  # (tag, position in inline, marker or href)
        self.lists: list[list] = []  # [ordered, counter]
        self.prefix: str | None = None  # list bullet waiting for its first text
        self.in_list_item = False  # the last line written is a list item (no blank line between items)
        self.quote = 0
        self.heading: tuple[int, str | None, int] | None = None  # level, anchor, line
        self.heading_text: list[str] = []  # the heading's plain text (its title)
        self.pre: list[str] | None = None
        self.pre_line = 0
        self.table: list[list[str]] | None = None
        self.table_line = 0
        self.cell: list[str] | None = None
        self.in_title = False
        self.title: list[str] = []
        self.images = 0
        self.web_links = 0
        self.reported = 0

    # --- problems ---

    def problem(self, code: str, message: str, line: int | None = None) -> None:
        if self.reported < MAX_REPORTED:
            self.doc.problems.append(Problem(str(self.doc.path), line or self.getpos()[0], code, message))
        self.reported += 1

    def _check_attributes(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problem(ImportCode.SCRIPT, f"<{tag} {name}=…>: scripts (event handlers) are not allowed")
            elif name in ("href", "src", "action", "formaction", "data", "srcset", "poster", "background") and \
                    value.strip().lower().startswith(("javascript:", "vbscript:")):
                self.problem(ImportCode.SCRIPT, f"<{tag} {name}=\"javascript:…\">: scripts are not allowed")
            elif name == "style" and _CSS_REMOTE.search(value):
                self.problem(ProblemCode.REMOTE, f"<{tag} style=…> loads a resource from the network")

    # --- structure ---

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        self._check_attributes(tag, attrs)
        values = {name: value or "" for name, value in attrs}
        if tag in FORBIDDEN:
            self.problem(ImportCode.SCRIPT, f"<{tag}>: {FORBIDDEN[tag]}")
        if tag == "html" and values.get("lang"):
            self.doc.language = values["lang"].split("-")[0].lower()
        if tag not in VOID:
            self.open.append((tag, line))
        if tag in ("link", "img", "source", "input", "base", "embed") or "src" in values:
            address = values.get("href", "") if tag in ("link", "base") else values.get("src", "")
            if REMOTE_URL.match(address):
                self.problem(ProblemCode.REMOTE, f"<{tag}> loads a resource from the network ({address[:60]})")
        if tag == "title" and any(open_tag == "head" for open_tag, _ in self.open):
            self.in_title = True  # the page's title, not an <svg>'s
        if self.skip_depth or tag in SKIPPED or tag in FORBIDDEN:
            if tag not in VOID:
                self.skip_depth += 1
            return
        self._start(tag, values, line)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if tag == "title":
            self.in_title = False
        if not any(open_tag == tag for open_tag, _ in self.open):
            self.problem(ImportCode.MALFORMED, f"</{tag}> closes an element that is not open")
            return
        while self.open:
            open_tag, opened = self.open.pop()
            if open_tag == tag:
                break
            if open_tag not in OPTIONAL_END:
                self.problem(ImportCode.MALFORMED,
                             f"<{open_tag}> is not closed before </{tag}> on line {self.getpos()[0]}", opened)
            self._end_one(open_tag)
        self._end_one(tag)

    def _end_one(self, tag: str) -> None:
        if self.skip_depth:
            self.skip_depth -= 1
            return
        self._end(tag)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if self.heading is not None and not self.skip_depth:
            self.heading_text.append(data)
        if self.skip_depth:
            return
        if _CONTROL.search(data):
            self.problem(ImportCode.MALFORMED, "the text holds control characters (a binary file?)")
            data = _CONTROL.sub("", data)
        if self.pre is not None:
            self.pre.append(data)
            return
        text = _SPACES.sub(" ", data)
        if not text.strip() and not self.inline:
            return
        if not self.inline:
            self.inline_line = self.getpos()[0]
        self.inline.append(_escape(text))

    def close_document(self) -> None:
        self.close()
        self._flush()
        for tag, opened in reversed(self.open):
            if tag not in OPTIONAL_END:
                self.problem(ImportCode.MALFORMED, f"<{tag}> opened on line {opened} is never closed", opened)
        if self.images:
            self.doc.warnings.append(f"{self.doc.relative}: {self.images} image(s) left out (a pack holds text only)")
        if self.web_links:
            self.doc.warnings.append(
                f"{self.doc.relative}: {self.web_links} link(s) to web pages kept as plain text")
        self.doc.title = _SPACES.sub(" ", "".join(self.title)).strip() or None

    # --- elements ---

    def _start(self, tag: str, values: dict[str, str], line: int) -> None:
        heading = tag in ("h1", "h2", "h3", "h4", "h5", "h6")
        if values.get("id") and not heading and self.heading is None:
            # a link to this id opens the section that holds what follows it
            self.doc.anchors.append((values["id"], len(self.doc.lines)))
        if heading:
            self._flush()
            self.heading = (int(tag[1]), values.get("id") or None, line)
            self.heading_text = []
        elif tag in BLOCKS or tag == "blockquote":
            self._flush()
            self.quote += tag == "blockquote"
        elif tag in ("ul", "ol", "menu"):
            self._flush()
            self.lists.append([tag == "ol", 0])
        elif tag == "li":
            self._flush()
            if not self.lists:
                self.lists.append([False, 0])
            self.lists[-1][1] += 1
            ordered, count = self.lists[-1]
            self.prefix = "   " * (len(self.lists) - 1) + (f"{count}. " if ordered else "- ")
        elif tag == "br":
            if self.cell is not None:
                self.inline.append(" ")
            else:
                self._flush()
        elif tag == "hr":
            self._flush()
            self._blank()
            self._emit("---", line)
            self._blank()
        elif tag == "pre":
            self._flush()
            self.pre, self.pre_line = [], line
        elif tag == "table":
            self._flush()
            if self.table is None:
                self.table, self.table_line = [], line
        elif tag == "tr" and self.table is not None:
            self._end_cell()
            self.table.append([])
        elif tag in ("td", "th") and self.table is not None:
            self._end_cell()
            if not self.table:
                self.table.append([])
            self.cell = []
            self.inline = self.cell
        elif tag in EMPHASIS:
            self.marks.append((tag, len(self.inline), EMPHASIS[tag]))
        elif tag == "a":
            self.marks.append((tag, len(self.inline), values.get("href", "")))
        elif tag == "img":
            self.images += 1

    def _end(self, tag: str) -> None:
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6") and self.heading is not None:
            level, anchor, line = self.heading
            title = _PERMALINK.sub("", _SPACES.sub(" ", "".join(self.heading_text)).strip())
            self.inline = []
            self.marks = []
            self.heading = None
            if title:
                self.doc.heading(level, title, anchor, line, _escape(title))
        elif tag in BLOCKS:
            self._flush()
        elif tag == "blockquote":
            self._flush()
            self.quote = max(0, self.quote - 1)
        elif tag in ("ul", "ol", "menu"):
            self._flush()
            if self.lists:
                self.lists.pop()
            self.prefix = None
            if not self.lists:
                self.in_list_item = False
                self._blank()
        elif tag == "li":
            self._flush()
            self.prefix = None
        elif tag == "pre" and self.pre is not None:
            text = "".join(self.pre)
            if text.startswith("\n"):  # the line break right after <pre> is not part of the text
                text, self.pre_line = text[1:], self.pre_line + 1
            text = text.rstrip("\n")
            self.pre = None
            fence = "````" if "```" in text else "```"
            self._blank()
            self._emit(fence, self.pre_line)
            for offset, code_line in enumerate(text.split("\n")):
                self._emit(code_line, self.pre_line + offset)
            self._emit(fence, self.pre_line)
            self._blank()
        elif tag in ("td", "th"):
            self._end_cell()
        elif tag == "table" and self.table is not None:
            self._end_cell()
            self._emit_table()
        elif tag in EMPHASIS or tag == "a":
            self._close_mark(tag)

    def _close_mark(self, tag: str) -> None:
        for position in range(len(self.marks) - 1, -1, -1):
            if self.marks[position][0] == tag:
                _, start, value = self.marks.pop(position)
                break
        else:
            return
        inner = "".join(self.inline[start:])
        stripped = inner.strip()
        del self.inline[start:]
        if not stripped:
            self.inline.append(inner)
            return
        lead = " " if inner[:1].isspace() else ""
        trail = " " if inner[-1:].isspace() else ""
        if tag == "a":
            target = local_target(value, self.doc.relative) if value else None
            if target is not None:
                wrapped = link_markdown(stripped, target)
            else:
                self.web_links += bool(value) and not value.startswith("#")
                wrapped = stripped
        else:
            wrapped = f"{value}{stripped}{value}"
        self.inline.append(f"{lead}{wrapped}{trail}")

    # --- output ---

    def _emit(self, text: str, line: int) -> None:
        self.doc.lines.append(Line(("> " * self.quote) + text, line))

    def _flush(self) -> None:
        if self.cell is not None:
            return
        text = _SPACES.sub(" ", "".join(self.inline)).strip()
        self.inline = []
        self.marks = [mark for mark in self.marks if mark[1] == 0]
        if not text:
            return
        text = _block_safe(text)
        indent = "   " * len(self.lists)
        bullet = self.prefix
        self.prefix = None
        if bullet is None or not self.in_list_item:
            self._blank()
        self.in_list_item = bullet is not None or bool(self.lists)
        self._emit((bullet or indent) + text, self.inline_line or self.getpos()[0])

    def _blank(self) -> None:
        if self.doc.lines and self.doc.lines[-1].text.strip():
            self.doc.lines.append(Line("", self.doc.lines[-1].source))

    def _end_cell(self) -> None:
        if self.cell is None or self.table is None:
            return
        text = _SPACES.sub(" ", "".join(self.cell)).strip().replace("\n", " ")
        self.table[-1].append(text)
        self.cell = None
        self.inline = []
        self.marks = []

    def _emit_table(self) -> None:
        rows = [row for row in (self.table or []) if row]
        self.table = None
        if not rows:
            return
        width = max(len(row) for row in rows)
        self._blank()
        for number, row in enumerate(rows):
            cells = row + [""] * (width - len(row))
            self._emit("| " + " | ".join(cells) + " |", self.table_line + number)
            if number == 0:
                self._emit("|" + "---|" * width, self.table_line)
        self._blank()


def read_html(path: Path, relative: str, text: str) -> Document:
    """The page ``text`` (already decoded) as a document; problems in ``document.problems``."""
    document = Document(path, relative)
    reader = _Reader(document)
    reader.feed(text)
    reader.close_document()
    return document


_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def decode_html(raw: bytes) -> tuple[str | None, str | None]:
    """``(text, None)``, or ``(None, reason)``: UTF-8 (with or without BOM), else
    the charset the page declares (saved Arabic pages are often windows-1256)."""
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(raw[:4096])
    if not declared:
        return None, "the page is not UTF-8 text and declares no charset"
    charset = declared.group(1).decode("ascii", "replace")
    try:
        return raw.decode(charset), None
    except LookupError:
        return None, f"the page declares an unknown charset '{charset}'"
    except UnicodeDecodeError:
        return None, f"the page is not valid {charset} text"
