"""Handbook content packs: the manifest, the sections, loading and validation.

A pack is a folder::

    <pack-id>/
      manifest.yaml        id, title, language, version, licence, source,
                           modules (number → title), files [{path, sha256}]
      sections/<id>.md     YAML front matter (id, module, order, title, tags)
                           then a Markdown body

``check_pack`` reports every problem of a pack (file and line); ``load_pack``
returns the sections of a valid pack or raises ``PackError``. ``open_pack``
reads only the manifest (cheap: enough to list packs and to decide whether the
search index is up to date). Writing a manifest's file list is in
``desktop.handbook.authoring``.
"""

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from ..domain.errors import PasserelleError

MANIFEST = "manifest.yaml"
SECTIONS = "sections"
SECTION_SUFFIX = ".md"
MAX_BODY_BYTES = 64 * 1024
MAX_MANIFEST_BYTES = 256 * 1024
LANGUAGES = ("fr", "en", "ar")
SECTION_ID = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Text = Annotated[str, BeforeValidator(lambda value: str(value) if isinstance(value, (int, float)) else value)]


class ProblemCode:
    """Machine codes of pack problems (stable strings: scripts may test them)."""

    MANIFEST_MISSING = "manifest_missing"
    MANIFEST_INVALID = "manifest_invalid"
    FILE_MISSING = "file_missing"
    FILE_EXTRA = "file_extra"
    CHECKSUM = "checksum_mismatch"
    NOT_UTF8 = "not_utf8"
    TOO_LARGE = "too_large"
    FRONT_MATTER = "front_matter"
    ID_MISMATCH = "id_mismatch"
    DUPLICATE_ID = "duplicate_id"
    UNKNOWN_MODULE = "unknown_module"
    BROKEN_LINK = "broken_link"
    HTML = "html"
    REMOTE = "remote_resource"
    IMAGE = "image"
    BAD_LINK = "bad_link"


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a pack: ``file`` as found on disk, 1-based ``line`` or None."""

    file: str
    line: int | None
    code: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:" if self.line is not None else f"{self.file}:"
        return f"{where} {self.message}"


class PackError(PasserelleError):
    """A pack that cannot be used; ``problems`` lists everything wrong."""

    key = "handbook.invalid_pack"

    def __init__(self, pack: str, problems: list[Problem]) -> None:
        super().__init__(pack=pack, problems=len(problems))
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join(str(problem) for problem in self.problems)


class FileEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    path: str = Field(pattern=r"^sections/[A-Za-z0-9._-]+\.md$")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class Manifest(BaseModel):
    """``manifest.yaml``. Keys other than these are kept by ``seal`` and ignored here."""

    model_config = ConfigDict(extra="allow", frozen=True)

    id: str = Field(pattern=SECTION_ID, max_length=80)
    title: str = Field(min_length=1, max_length=300)
    language: Literal["fr", "en", "ar"]
    version: _Text = Field(min_length=1, max_length=40)
    licence: str = Field(min_length=1, max_length=1000)
    source: str = Field(min_length=1, max_length=1000)
    modules: dict[int, str] = Field(min_length=1)
    files: list[FileEntry] = Field(default_factory=list)


class SectionMeta(BaseModel):
    """A section's front matter."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=SECTION_ID, max_length=80)
    module: int = Field(ge=1, le=99)
    order: int = Field(ge=0)
    title: _Text = Field(min_length=1, max_length=300)
    tags: list[_Text] = Field(default_factory=list)


@dataclass(frozen=True)
class Section:
    """One section of a loaded pack: its front matter, Markdown body and links."""

    meta: SectionMeta
    body: str
    file: Path
    body_line: int = 1
    links: tuple[tuple[str, int], ...] = ()

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def title(self) -> str:
        return self.meta.title


@dataclass(frozen=True)
class Pack:
    """A pack as listed: its folder, manifest and the manifest's digest.

    ``origin`` is ``"shipped"`` (read-only resources) or ``"installed"``
    (imported into the data folder).
    """

    path: Path
    manifest: Manifest
    digest: str
    origin: str = "shipped"

    @property
    def id(self) -> str:
        return self.manifest.id

    @property
    def language(self) -> str:
        return self.manifest.language

    @property
    def version(self) -> str:
        return self.manifest.version

    @property
    def title(self) -> str:
        return self.manifest.title


@dataclass
class LoadedPack:
    pack: Pack
    sections: list[Section] = field(default_factory=list)

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)


# --- reading ------------------------------------------------------------------------

# Markdown links and images: [text](target) / ![alt](target); autolinks <scheme:…>.
_LINK = re.compile(r"(!?)\[(?:[^\]\\\n]|\\.)*\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
FENCE = re.compile(r"^\s{0,3}(```+|~~~+)")
HTML_TAG = re.compile(r"(?<!\\)</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--")
# Link targets on the web: refused (an address written as text is shown, never followed).
_REMOTE = re.compile(r"\b(?:https?|ftp)://|\bwww\.[A-Za-z0-9-]+\.", re.IGNORECASE)
_SECTION_LINK = "section:"


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read_manifest(path: Path, problems: list[Problem]) -> tuple[Manifest | None, bytes]:
    file = path / MANIFEST
    name = str(file)
    if not file.is_file():
        problems.append(Problem(name, None, ProblemCode.MANIFEST_MISSING,
                                "the pack has no manifest.yaml (write one with: passerelle handbook seal)"))
        return None, b""
    raw = file.read_bytes()
    if len(raw) > MAX_MANIFEST_BYTES:
        problems.append(Problem(name, None, ProblemCode.TOO_LARGE, "the manifest is larger than 256 KB"))
        return None, raw
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        problems.append(Problem(name, raw[: error.start].count(b"\n") + 1, ProblemCode.NOT_UTF8,
                                "the file is not UTF-8 text"))
        return None, raw
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else None
        problems.append(Problem(name, line, ProblemCode.MANIFEST_INVALID, f"YAML syntax: {error.problem}"))
        return None, raw
    except yaml.YAMLError as error:
        problems.append(Problem(name, None, ProblemCode.MANIFEST_INVALID, f"YAML syntax: {error}"))
        return None, raw
    if not isinstance(data, dict):
        problems.append(Problem(name, 1, ProblemCode.MANIFEST_INVALID, "the manifest is not a mapping of keys"))
        return None, raw
    try:
        return Manifest.model_validate(data), raw
    except ValidationError as error:
        for item in error.errors():
            key = str(item["loc"][0]) if item["loc"] else ""
            problems.append(Problem(name, _line_of_key(text, key), ProblemCode.MANIFEST_INVALID,
                                    _pydantic_message(item)))
        return None, raw


def _line_of_key(text: str, key: str, offset: int = 0) -> int | None:
    if not key:
        return None
    match = re.search(rf"^{re.escape(key)}\s*:", text, re.MULTILINE)
    return offset + text.count("\n", 0, match.start()) + 1 if match else None


def _pydantic_message(item: Any) -> str:
    where = ".".join(str(part) for part in item["loc"])
    if item["type"] == "missing":
        return f"{where}: missing (required)"
    if item["type"] == "extra_forbidden":
        return f"{where}: unknown key"
    return f"{where}: {item['msg']}"


def open_pack(path: str | Path, origin: str = "shipped") -> Pack:
    """The pack at ``path`` from its manifest alone; ``PackError`` if the manifest is unusable."""
    path = Path(path)
    problems: list[Problem] = []
    manifest, raw = _read_manifest(path, problems)
    if manifest is None:
        raise PackError(path.name, problems)
    return Pack(path, manifest, hashlib.sha256(raw).hexdigest(), origin)


def split_front_matter(text: str) -> tuple[str, str, int] | None:
    """``(front matter, body, body's first line)``, or None without ``---`` fences."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return None
    for index in range(1, len(lines)):
        if lines[index].rstrip() == "---":
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 2
    return None


def front_matter(front: str, name: str, problems: list[Problem]) -> dict | None:
    """The keys of a front matter (the text between the ``---`` lines), or None with a problem."""
    try:
        data = yaml.load(front, Loader=_Loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error)
        problems.append(Problem(name, mark.line + 2 if mark else 1, ProblemCode.FRONT_MATTER,
                                f"front matter YAML syntax: {problem}"))
        return None
    if not isinstance(data, dict):
        problems.append(Problem(name, 2, ProblemCode.FRONT_MATTER, "the front matter is not a mapping of keys"))
        return None
    return data


def _read_section(file: Path, raw: bytes, problems: list[Problem]) -> Section | None:
    """The section in ``raw``, the bytes of ``file`` (read once by the caller)."""
    name = str(file)
    if len(raw) > MAX_BODY_BYTES:
        problems.append(Problem(name, None, ProblemCode.TOO_LARGE,
                                f"the section is {len(raw) // 1024} KB; the limit is {MAX_BODY_BYTES // 1024} KB"))
        return None
    try:
        text = raw.decode("utf-8").replace("\r\n", "\n")
    except UnicodeDecodeError as error:
        problems.append(Problem(name, raw[: error.start].count(b"\n") + 1, ProblemCode.NOT_UTF8,
                                "the file is not UTF-8 text"))
        return None
    parts = split_front_matter(text)
    if parts is None:
        problems.append(Problem(name, 1, ProblemCode.FRONT_MATTER,
                                "the section must start with front matter between two '---' lines"))
        return None
    front, body, body_line = parts
    data = front_matter(front, name, problems)
    if data is None:
        return None
    try:
        meta = SectionMeta.model_validate(data)
    except ValidationError as error:
        for item in error.errors():
            key = str(item["loc"][0]) if item["loc"] else ""
            problems.append(Problem(name, _line_of_key(front, key, offset=1) or 1, ProblemCode.FRONT_MATTER,
                                    f"front matter {_pydantic_message(item)}"))
        return None
    if meta.id != file.stem:
        problems.append(Problem(name, _line_of_key(front, "id", offset=1), ProblemCode.ID_MISMATCH,
                                f"id '{meta.id}' differs from the file name '{file.stem}{SECTION_SUFFIX}'"))
    links = _check_body(name, body, body_line, problems)
    return Section(meta, body, file, body_line, tuple(links))


def _check_body(name: str, body: str, first_line: int, problems: list[Problem]) -> list[tuple[str, int]]:
    """Refuse HTML, images and remote or non-section links; return (target, line) of section links."""
    links: list[tuple[str, int]] = []
    fenced: str | None = None
    for number, line in enumerate(body.split("\n"), start=first_line):
        fence = FENCE.match(line)
        if fenced is not None or fence:  # code is shown as it is written: nothing in it runs or loads
            if fence and fenced is None:
                fenced = fence.group(1)
            elif fence and fence.group(1)[0] == fenced[0] and len(fence.group(1)) >= len(fenced):
                fenced = None
            continue
        if HTML_TAG.search(line):
            problems.append(Problem(name, number, ProblemCode.HTML, "HTML tags are not allowed (Markdown only)"))
        for match in _LINK.finditer(line):
            image, target = match.group(1), match.group(2)
            if image:
                problems.append(Problem(name, number, ProblemCode.IMAGE, "images are not allowed"))
            elif target.startswith(_SECTION_LINK):
                links.append((target[len(_SECTION_LINK) :], number))
            elif _REMOTE.search(target):
                problems.append(Problem(name, number, ProblemCode.REMOTE,
                                        "links to the web are not allowed (the reader works offline); "
                                        "write the address as text"))
            else:
                problems.append(Problem(name, number, ProblemCode.BAD_LINK,
                                        f"link '{target}': only links to sections (section:ID) are allowed"))
    return links


def _inspect(path: Path, origin: str = "shipped") -> tuple[Pack | None, list[Section], list[Problem]]:
    problems: list[Problem] = []
    manifest, raw = _read_manifest(path, problems)
    pack = Pack(path, manifest, hashlib.sha256(raw).hexdigest(), origin) if manifest else None
    listed: dict[str, str] = {}
    if manifest:
        for entry in manifest.files:
            if entry.path in listed:
                problems.append(Problem(str(path / MANIFEST), _line_of_path(raw, entry.path), ProblemCode.MANIFEST_INVALID,
                                        f"{entry.path} is listed twice"))
            listed[entry.path] = entry.sha256
    on_disk = sorted(
        relative
        for relative in (p.relative_to(path).as_posix() for p in path.rglob("*") if p.is_file())
        if relative != MANIFEST and not any(part.startswith(".") for part in relative.split("/"))
    ) if path.is_dir() else []
    if manifest:
        for relative in on_disk:
            if relative not in listed:
                problems.append(Problem(str(path / relative), None, ProblemCode.FILE_EXTRA,
                                        "this file is not in the manifest (reseal the pack, or remove it)"))
        for relative in listed:
            if relative not in on_disk:
                problems.append(Problem(str(path / relative), None, ProblemCode.FILE_MISSING,
                                        "this file is listed in the manifest but missing"))
    sections: list[Section] = []
    for relative in on_disk:
        file = path / relative
        if not (relative.startswith(f"{SECTIONS}/") and relative.endswith(SECTION_SUFFIX) and relative.count("/") == 1):
            if not manifest:
                problems.append(Problem(str(file), None, ProblemCode.FILE_EXTRA, "not a section file (sections/*.md)"))
            continue
        content = file.read_bytes()  # once: hashed, then parsed
        if relative in listed and hashlib.sha256(content).hexdigest() != listed[relative]:
            problems.append(Problem(str(file), None, ProblemCode.CHECKSUM,
                                    "the file's checksum differs from the manifest: it changed after sealing"))
        section = _read_section(file, content, problems)
        if section:
            sections.append(section)
    stems = {Path(relative).stem for relative in on_disk if relative.endswith(SECTION_SUFFIX)}
    _check_across(manifest, sections, stems, problems)
    sections.sort(key=lambda s: (s.meta.order, s.meta.module, s.id))
    return pack, sections, problems


def _line_of_path(raw: bytes, relative: str) -> int | None:
    text = raw.decode("utf-8", "replace")
    index = text.find(relative)
    return text.count("\n", 0, index) + 1 if index >= 0 else None


def _check_across(manifest: Manifest | None, sections: list[Section], stems: set[str],
                  problems: list[Problem]) -> None:
    """Duplicate ids, unknown modules, links to sections the pack lacks (a section
    file that could not be read still counts as present, by its file name)."""
    seen: dict[str, Section] = {}
    for section in sections:
        first = seen.get(section.id)
        if first:
            problems.append(Problem(str(section.file), 2, ProblemCode.DUPLICATE_ID,
                                    f"id '{section.id}' is already used by {first.file.name}"))
        else:
            seen[section.id] = section
        if manifest and section.meta.module not in manifest.modules:
            problems.append(Problem(str(section.file), None, ProblemCode.UNKNOWN_MODULE,
                                    f"module {section.meta.module} is not among the manifest's modules"))
    for section in sections:
        for target, line in section.links:
            if target not in seen and target not in stems:
                problems.append(Problem(str(section.file), line, ProblemCode.BROKEN_LINK,
                                        f"link to section '{target}', which this pack does not have"))


# --- public API -------------------------------------------------------------------


def check_pack(path: str | Path) -> list[Problem]:
    """Every problem of the pack at ``path`` (an empty list when it is valid)."""
    return _inspect(Path(path))[2]


def load_pack(path: str | Path, origin: str = "shipped") -> LoadedPack:
    """The pack's sections in table-of-contents order; ``PackError`` if anything is wrong."""
    path = Path(path)
    pack, sections, problems = _inspect(path, origin)
    if problems or pack is None:
        raise PackError(path.name, problems)
    return LoadedPack(pack, sections)


def missing_across(packs: list[LoadedPack]) -> dict[str, list[str]]:
    """For packs meant to be translations of each other: section id → pack ids lacking it."""
    everything = sorted({s.id for loaded in packs for s in loaded.sections})
    missing: dict[str, list[str]] = {}
    for section_id in everything:
        lacking = [loaded.pack.id for loaded in packs if loaded.section(section_id) is None]
        if lacking:
            missing[section_id] = lacking
    return missing
