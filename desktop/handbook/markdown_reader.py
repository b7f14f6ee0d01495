"""A Markdown file as a ``Document``: optional front matter, ATX headings
(``## Title`` with an optional ``{#anchor}``), links to other imported files
rewritten for the importer. HTML inside Markdown is refused (scripts first of
all); images are left out with a warning, remote ones refused."""

import re
from pathlib import Path

import yaml

from .pack import HTML_TAG, Problem, ProblemCode, split_front_matter
from .source import Document, ImportCode, Line, link_markdown, local_target

_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+\{#([A-Za-z0-9_.:-]+)\})?\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```+|~~~+)")
_LINK = re.compile(r"(!?)\[((?:[^\]\\\n]|\\.)*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_SCRIPT = re.compile(r"<\s*script\b|\bon[a-z]+\s*=|javascript:", re.IGNORECASE)
_REMOTE_TARGET = re.compile(r"^\s*(?:https?:|ftp:)?//", re.IGNORECASE)


def read_markdown(path: Path, relative: str, text: str) -> Document:
    document = Document(path, relative)
    text = text.replace("\r\n", "\n")
    parts = split_front_matter(text)
    first = 1
    if parts is not None:
        front, text, first = parts
        try:
            data = yaml.load(front, Loader=_Loader)  # noqa: S506 - a safe loader
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            document.problems.append(Problem(str(path), mark.line + 2 if mark else 1, ProblemCode.FRONT_MATTER,
                                             f"front matter YAML syntax: {getattr(error, 'problem', error)}"))
            data = {}
        if not isinstance(data, dict):
            document.problems.append(Problem(str(path), 2, ProblemCode.FRONT_MATTER,
                                             "the front matter is not a mapping of keys"))
            data = {}
        document.front = data
    document.first_line = first
    images = 0
    fenced: str | None = None
    for number, line in enumerate(text.split("\n"), start=first):
        fence = _FENCE.match(line)
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
            document.heading(len(heading.group(1)), title, heading.group(3), number)
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
            if _REMOTE_TARGET.match(target):
                document.problems.append(Problem(str(document.path), number, ProblemCode.REMOTE,
                                                 f"an image is loaded from the network ({target[:60]})"))
            images += 1
            return ""
        if target.startswith("section:"):
            return match.group(0)
        local = local_target(target, relative)
        return link_markdown(text, local) if local is not None else text

    return _LINK.sub(replace, line), images
