"""A Markdown file as a ``Document``: optional front matter, ATX headings
(``## Title`` with an optional ``{#anchor}``), links to other imported files
rewritten for the importer. HTML inside Markdown is refused (scripts first of
all); images are left out with a warning, remote ones refused."""

import re
from pathlib import Path

from .pack import FENCE, HTML_TAG, Problem, ProblemCode, front_matter, split_front_matter
from .source import REMOTE_URL, Document, ImportCode, Line, link_markdown, local_target

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+\{#([A-Za-z0-9_.:-]+)\})?\s*#*\s*$")
_LINK = re.compile(r"(!?)\[((?:[^\]\\\n]|\\.)*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_SCRIPT = re.compile(r"<\s*script\b", re.IGNORECASE)  # other HTML is refused as HTML; javascript: links lose their target
_INLINE_LINK = re.compile(r"\[((?:[^\]\\\n]|\\.)*)\]\([^)]*\)")
_MARKS = re.compile(r"\*\*|__|`|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")


def read_markdown(path: Path, relative: str, text: str) -> Document:
    document = Document(path, relative)
    text = text.replace("\r\n", "\n")
    parts = split_front_matter(text)
    first = 1
    if parts is not None:
        front, text, first = parts
        document.front = front_matter(front, str(path), document.problems) or {}
    document.first_line = first
    images = 0
    fenced: str | None = None
    for number, line in enumerate(text.split("\n"), start=first):
        fence = FENCE.match(line)
        if fenced is not None:
            if fence and fence.group(1)[0] == fenced[0] and len(fence.group(1)) >= len(fenced):
                fenced = None
            document.lines.append(Line(line, number))
            continue
        if fence:
            fenced = fence.group(1)
            document.lines.append(Line(line, number))
            continue
        if _SCRIPT.search(line):
            document.problems.append(Problem(str(path), number, ImportCode.SCRIPT, "scripts are not allowed"))
            continue
        if HTML_TAG.search(line):
            document.problems.append(Problem(str(path), number, ProblemCode.HTML,
                                             "HTML tags are not allowed in Markdown"))
            continue
        heading = _HEADING.match(line)
        if heading:
            title = heading.group(2).strip()
            plain = _MARKS.sub("", _INLINE_LINK.sub(r"\1", title)).strip() or title
            document.heading(len(heading.group(1)), plain, heading.group(3), number, title)
            continue
        rewritten, removed = _rewrite_links(line, relative, number, document)
        images += removed
        document.lines.append(Line(rewritten, number))
    if images:
        document.warnings.append(f"{relative}: {images} image(s) left out (a pack holds text only)")
    return document


def _rewrite_links(line: str, relative: str, number: int, document: Document) -> tuple[str, int]:
    images = 0

    def replace(match: re.Match) -> str:
        nonlocal images
        image, text, target = match.group(1), match.group(2), match.group(3)
        if image:
            if REMOTE_URL.match(target):
                document.problems.append(Problem(str(document.path), number, ProblemCode.REMOTE,
                                                 f"an image is loaded from the network ({target[:60]})"))
            images += 1
            return ""
        if target.startswith("section:"):
            return match.group(0)
        local = local_target(target, relative)
        return link_markdown(text, local) if local is not None else text

    return _LINK.sub(replace, line), images
