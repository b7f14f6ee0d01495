"""From source documents to the sections of a pack: splitting long pages on
their headings, ids, modules, order, and links between sections.

* A document becomes one section, or one per heading of the split level
  (``auto``: split when the import is a single file, at the highest heading
  level used at least twice, or one level down when that level has more headings). Text before the first such heading becomes an
  introduction section; headings above the split level become modules.
* Ids: the front matter's ``id`` (two equal ones are an error), else the
  heading's anchor, else its title, else the file name, as lower-case ASCII
  words joined by ``-`` (a clash gets ``-2``, ``-3``…; ``section-N`` when no
  letter is left, e.g. an Arabic title). Give sections the ids of the shipped
  field guide (front matter, ``{#id}`` or ``<h2 id=…>``) and the forms' "?"
  buttons open them.
* Modules: the front matter's ``module``, else the page structure (headings
  above the split level, or one sub-folder per module), else an id starting
  ``m<N>-``, else 1.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import unquote

from .pack import SECTION_ID, Problem, ProblemCode
from .source import LINK_PREFIX, Document, Heading, Line, slug

SPLITS = ("auto", "none", "h1", "h2", "h3")
_MODULE_PREFIX = re.compile(r"^m(\d{1,2})-")
_PLACEHOLDER = re.compile(r"\[((?:[^\]\\\n]|\\.)*)\]\(" + re.escape(LINK_PREFIX) + r"([^)]*)\)")
_ID = re.compile(SECTION_ID)


@dataclass
class Draft:
    """A section to write: where it came from, and its Markdown lines."""

    doc: Document
    title: str
    lines: list[Line]
    source_line: int
    anchors: list[str] = field(default_factory=list)
    first_of_doc: bool = False
    id: str = ""
    explicit_id: bool = False
    module: int | None = None
    module_title: str | None = None
    tags: list[str] = field(default_factory=list)
    order_hint: int | None = None
    anchor: str | None = None  # the heading a split section starts with


def split_level(document: Document, split: str, single_file: bool) -> int | None:
    if split == "none":
        return None
    if split != "auto":
        return int(split[1])
    if not single_file:
        return None
    counts = {level: sum(h.level == level for h in document.headings) for level in range(1, 7)}
    for level in range(1, 7):
        if counts[level] >= 2:
            deeper = counts[level + 1] if level < 6 else 0
            # more headings one level down: those are the sections, these group them in modules
            return level + 1 if deeper > counts[level] else level
    return None


def _render(document: Document, start: int, end: int, top: int) -> list[Line]:
    """Lines ``start:end`` with their headings written back, ``top`` becoming ``##``."""
    headings = {heading.index: heading for heading in document.headings}
    lines: list[Line] = []
    for index in range(start, end):
        line = document.lines[index]
        heading = headings.get(index)
        if heading is not None:
            level = min(6, max(2, heading.level - top + 2))
            if lines and lines[-1].text.strip():
                lines.append(Line("", line.source))
            lines.append(Line(f"{'#' * level} {heading.markdown}", line.source))
            lines.append(Line("", line.source))
        else:
            lines.append(line)
    while lines and not lines[0].text.strip():
        lines.pop(0)
    while lines and not lines[-1].text.strip():
        lines.pop()
    return lines


def _anchors(document: Document, start: int, end: int) -> list[str]:
    """Anchors a link may name inside lines ``start:end``: headings first, then other elements' ids."""
    return ([heading.anchor for heading in document.headings if start <= heading.index < end]
            + [anchor for anchor, index in document.anchors if start <= index < end])


def _whole(document: Document) -> Draft:
    """The document as one section, titled by its front matter, first heading, page title or file name."""
    title_heading: Heading | None = None
    if document.headings:
        first = document.headings[0]
        top_level = min(heading.level for heading in document.headings)
        before = any(line.text.strip() for line in document.lines[: first.index])
        if first.level == top_level and not before:
            title_heading = first
    front_title = document.front.get("title")
    title = str(front_title) if front_title else (
        title_heading.title if title_heading else document.title or humanised(document.path.stem))
    start = title_heading.index + 1 if title_heading else 0
    top = title_heading.level + 1 if title_heading else min((h.level for h in document.headings), default=2)
    lines = _render(document, start, len(document.lines), top)
    return Draft(document, title, lines, lines[0].source if lines else document.first_line,
                 _anchors(document, 0, len(document.lines)), first_of_doc=True,
                 anchor=title_heading.anchor if title_heading and title_heading.explicit else None)


def humanised(name: str) -> str:
    """A file or folder name as a title: ``02-case_work`` → ``case work``."""
    return re.sub(r"^[\d\s._-]+(?=\w)", "", name).replace("_", " ").replace("-", " ").strip() or name


def _split(document: Document, level: int) -> list[Draft]:
    drafts: list[Draft] = []
    cuts = [heading for heading in document.headings if heading.level <= level]
    module_title: str | None = None
    modules_used = any(heading.level < level for heading in cuts)
    first_cut = cuts[0].index if cuts else len(document.lines)
    preamble = _render(document, 0, first_cut, level + 1)
    if any(line.text.strip() for line in preamble):
        title = document.title or humanised(document.path.stem)
        drafts.append(Draft(document, title, preamble, preamble[0].source, _anchors(document, 0, first_cut)))
    for number, heading in enumerate(cuts):
        end = cuts[number + 1].index if number + 1 < len(cuts) else len(document.lines)
        if heading.level < level:
            module_title = heading.title
            body = _render(document, heading.index + 1, end, level + 1)
            if any(line.text.strip() for line in body):
                drafts.append(Draft(document, heading.title, body, document.lines[heading.index].source,
                                    _anchors(document, heading.index, end), module_title=module_title))
            continue
        drafts.append(Draft(document, heading.title, _render(document, heading.index + 1, end, level + 1),
                            document.lines[heading.index].source, _anchors(document, heading.index, end),
                            module_title=module_title if modules_used else None, anchor=heading.anchor))
    if drafts:
        drafts[0].first_of_doc = True
    return drafts


def drafts_of(documents: list[Document], split: str) -> list[Draft]:
    single = len(documents) == 1
    drafts: list[Draft] = []
    for document in documents:
        level = split_level(document, split, single)
        drafts.extend(_split(document, level) if level is not None else [_whole(document)])
    return drafts


# --- ids, modules, order ---------------------------------------------------------------------


def assign(drafts: list[Draft], problems: list[Problem]) -> None:
    _front_matter(drafts, problems)
    _ids(drafts, problems)
    _modules(drafts)


def _front_matter(drafts: list[Draft], problems: list[Problem]) -> None:
    for draft in drafts:
        front = draft.doc.front
        if not draft.first_of_doc or not front or len([d for d in drafts if d.doc is draft.doc]) > 1:
            continue
        where = str(draft.doc.path)
        if "id" in front:
            value = str(front["id"])
            if _ID.match(value) and len(value) <= 80:
                draft.id, draft.explicit_id = value, True
            else:
                problems.append(Problem(where, 2, ProblemCode.FRONT_MATTER,
                                        f"id '{value}': use lower-case letters, digits and '-'"))
        if "module" in front:
            if isinstance(front["module"], int) and 1 <= front["module"] <= 99:
                draft.module = front["module"]
            else:
                problems.append(Problem(where, 2, ProblemCode.FRONT_MATTER, "module: a number from 1 to 99"))
        if isinstance(front.get("order"), int):
            draft.order_hint = front["order"]
        tags = front.get("tags")
        if isinstance(tags, list):
            draft.tags = [str(tag) for tag in tags if str(tag).strip()][:30]


def _ids(drafts: list[Draft], problems: list[Problem]) -> None:
    taken: dict[str, Draft] = {}
    for draft in drafts:
        if not draft.explicit_id:
            continue
        first = taken.get(draft.id)
        if first is not None:
            problems.append(Problem(str(draft.doc.path), 2, ProblemCode.DUPLICATE_ID,
                                    f"id '{draft.id}' is already used by {first.doc.relative}"))
        taken[draft.id] = draft
    for number, draft in enumerate(drafts, start=1):
        if draft.explicit_id:
            continue
        if draft.anchor is not None:
            base = slug(draft.anchor) or slug(draft.title)
        else:
            base = slug(draft.doc.path.stem) if draft.first_of_doc else slug(draft.title)
        base = base or f"section-{number}"
        candidate, counter = base, 1
        while candidate in taken:
            counter += 1
            candidate = f"{base}-{counter}"
        draft.id = candidate
        taken[candidate] = draft


def _modules(drafts: list[Draft]) -> None:
    folders = sorted({d.doc.relative.split("/")[0] for d in drafts if "/" in d.doc.relative})
    by_folder = len(folders) >= 2
    titles: dict[str, int] = {}
    for draft in drafts:
        if draft.module is not None:
            continue
        structural = draft.module_title
        if structural is None and by_folder and "/" in draft.doc.relative:
            structural = humanised(draft.doc.relative.split("/")[0])
        if structural is not None:
            draft.module = titles.setdefault(structural, len(titles) + 1)
            draft.module_title = structural
            continue
        prefix = _MODULE_PREFIX.match(draft.id)
        draft.module = int(prefix.group(1)) if prefix and int(prefix.group(1)) >= 1 else 1


def ordered(drafts: list[Draft]) -> list[Draft]:
    """Reading order within each module, a front-matter ``order`` first."""
    keyed = sorted(enumerate(drafts), key=lambda item: (
        item[1].module, item[1].order_hint if item[1].order_hint is not None else 10**9, item[0]))
    return [draft for _, draft in keyed]


# --- links ------------------------------------------------------------------------------


def resolve_links(drafts: list[Draft], warnings: list[str]) -> None:
    """Turn ``@link:FILE#ANCHOR`` into ``section:ID``: the section holding the
    anchor, else the first section of the file; a link to a page that was not
    imported keeps its text only."""
    targets: dict[tuple[str, str], str] = {}
    for draft in drafts:
        if draft.first_of_doc:
            targets.setdefault((draft.doc.relative, ""), draft.id)
        for anchor in draft.anchors:
            targets.setdefault((draft.doc.relative, anchor), draft.id)
    dropped = 0

    def replace(match: re.Match) -> str:
        nonlocal dropped
        text, target = match.group(1), unquote(match.group(2))
        file, _, anchor = target.partition("#")
        section = targets.get((file, anchor)) or targets.get((file, ""))
        if section is None:
            dropped += 1
            return text
        return f"[{text}](section:{section})"

    for draft in drafts:
        for line in draft.lines:
            if LINK_PREFIX in line.text:
                line.text = _PLACEHOLDER.sub(replace, line.text)
    if dropped:
        warnings.append(f"{dropped} link(s) to pages that are not part of the import kept as plain text")
