"""``passerelle handbook import``: a folder of Markdown or saved HTML pages (or a
ready-made pack) becomes an installed pack beside the shipped ones.

Everything is read and checked first; the pack is written to a staging folder
next to the installed packs, checked again as a pack, then moved into place in
one rename and indexed for search. Any problem raises ``ImportFailed`` listing
every problem with the source file and line, and leaves the installed packs and
the index as they were.
"""

import logging
import re
import shutil
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..domain.errors import PasserelleError
from .authoring import DEFAULT_MODULES, guess_language, seal
from .html_reader import decode_html, read_html
from .library import SHIPPED, discover, installed_root, open_index, shipped_root
from .markdown_reader import read_markdown
from .pack import (LANGUAGES, MANIFEST, MAX_BODY_BYTES, SECTION_ID, SECTIONS, Manifest, Pack, Problem,
                   ProblemCode, check_pack, open_pack)
from .planning import SPLITS, Draft, assign, drafts_of, ordered, resolve_links
from .source import HTML_SUFFIXES, PAGE_SUFFIXES, Document, ImportCode, slug

log = logging.getLogger(__name__)

MAX_SOURCE_BYTES = 8 * 1024 * 1024
MAX_TOTAL_BYTES = 64 * 1024 * 1024
MAX_FILES = 2000
MAX_SECTIONS = 2000
_STAGING = ".import-"
_OLD = ".replaced-"
_FRENCH = {"le", "la", "les", "des", "et", "est", "une", "pour", "dans", "avec", "qui", "que", "du", "au"}
_ENGLISH = {"the", "and", "is", "of", "to", "for", "with", "in", "that", "are", "this", "you", "be", "on"}
_WORD = re.compile(r"[A-Za-zÀ-ÿ']+")


class ImportFailed(PasserelleError):
    """The import changed nothing; ``problems`` says why, file by file."""

    key = "handbook.import_failed"

    def __init__(self, source: str, problems: list[Problem]) -> None:
        super().__init__(source=source, problems=len(problems))
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join(str(problem) for problem in self.problems)


@dataclass
class ImportOptions:
    pack_id: str | None = None
    title: str | None = None
    language: str | None = None
    version: str | None = None
    licence: str | None = None
    source: str | None = None
    split: str = "auto"
    replace: bool = False


@dataclass
class ImportResult:
    pack: Pack
    sections: int
    warnings: list[str] = field(default_factory=list)
    replaced: bool = False
    seconds: float = 0.0


# --- reading the source ----------------------------------------------------------------------


def _natural(text: str) -> list:
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", text)]


def _source_files(source: Path, problems: list[Problem], warnings: list[str]) -> list[tuple[Path, str]]:
    if source.is_file():
        return [(source, source.name)]
    files, ignored = [], 0
    for path in sorted(source.rglob("*"), key=lambda p: _natural(p.relative_to(source).as_posix())):
        relative = path.relative_to(source).as_posix()
        if not path.is_file() or any(part.startswith(".") for part in relative.split("/")):
            continue
        if path.suffix.lower() in PAGE_SUFFIXES:
            files.append((path, relative))
        elif path.name != MANIFEST:
            ignored += 1
    if ignored:
        warnings.append(f"{ignored} other file(s) ignored (only .md and .html pages are read)")
    if len(files) > MAX_FILES:
        problems.append(Problem(str(source), None, ImportCode.TOO_MANY,
                                f"{len(files)} pages; at most {MAX_FILES} can be imported at once"))
        return []
    return files


def read_documents(source: Path, problems: list[Problem], warnings: list[str]) -> list[Document]:
    documents: list[Document] = []
    total = 0
    for path, relative in _source_files(source, problems, warnings):
        size = path.stat().st_size
        total += size
        if size > MAX_SOURCE_BYTES:
            problems.append(Problem(str(path), None, ProblemCode.TOO_LARGE,
                                    f"the file is {size // (1024 * 1024)} MB; the limit is "
                                    f"{MAX_SOURCE_BYTES // (1024 * 1024)} MB"))
            continue
        if total > MAX_TOTAL_BYTES:
            problems.append(Problem(str(source), None, ProblemCode.TOO_LARGE,
                                    f"the pages add up to more than {MAX_TOTAL_BYTES // (1024 * 1024)} MB"))
            break
        raw = path.read_bytes()
        if b"\x00" in raw:
            problems.append(Problem(str(path), raw[: raw.index(b"\x00")].count(b"\n") + 1, ImportCode.MALFORMED,
                                    "this is not a text file"))
            continue
        if path.suffix.lower() in HTML_SUFFIXES:
            text, reason = decode_html(raw)
            if text is None:
                problems.append(Problem(str(path), None, ProblemCode.NOT_UTF8, reason or ""))
                continue
            document = read_html(path, relative, text)
        else:
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError as error:
                problems.append(Problem(str(path), raw[: error.start].count(b"\n") + 1, ProblemCode.NOT_UTF8,
                                        "the file is not UTF-8 text"))
                continue
            document = read_markdown(path, relative, text)
        problems.extend(document.problems)
        warnings.extend(document.warnings)
        documents.append(document)
    return documents


def _metadata(source: Path) -> dict:
    """Pack keys from a ``manifest.yaml`` beside the pages (optional)."""
    file = source / MANIFEST if source.is_dir() else None
    if file is None or not file.is_file():
        return {}
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError, OSError):
        return {}
    return data if isinstance(data, dict) else {}


def detect_language(documents: list[Document], source: Path) -> tuple[str | None, bool]:
    """``(language, guessed from the text)``: the pages' ``lang``, the folder's
    name (``…-fr``), else the text itself (Arabic letters; French or English words)."""
    declared = [doc.language for doc in documents if doc.language in LANGUAGES]
    if declared:
        return max(set(declared), key=declared.count), False
    named = guess_language(source) if source.is_dir() else (
        guess_language(source.parent) or guess_language(Path(source.stem)))
    if named:
        return named, False
    text = " ".join(line.text for doc in documents[:50] for line in doc.lines[:400])
    arabic = sum("\u0600" <= char <= "\u06ff" for char in text)
    latin = sum(char.isascii() and char.isalpha() for char in text)
    if arabic > latin:
        return "ar", True
    words = [word.lower() for word in _WORD.findall(text)]
    french = sum(word in _FRENCH for word in words)
    english = sum(word in _ENGLISH for word in words)
    if french == english:
        return None, False
    return ("fr" if french > english else "en"), True


# --- writing the pack ------------------------------------------------------------------------


def _write_sections(staging: Path, drafts: list[Draft]) -> dict[str, tuple[Draft, int]]:
    """Write ``sections/<id>.md``; return id → (draft, first body line in the file)."""
    folder = staging / SECTIONS
    folder.mkdir(parents=True)
    written: dict[str, tuple[Draft, int]] = {}
    for order, draft in enumerate(drafts, start=1):
        front = {"id": draft.id, "module": draft.module, "order": order, "title": draft.title[:300],
                 "tags": draft.tags}
        header = "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=1000) + "---\n"
        body = "\n".join(line.text for line in draft.lines) + "\n"
        (folder / f"{draft.id}.md").write_text(header + body, encoding="utf-8", newline="\n")
        written[draft.id] = (draft, header.count("\n") + 1)
    return written


def _modules(drafts: list[Draft], language: str, given: dict) -> dict[int, str]:
    defaults = DEFAULT_MODULES.get(language, {})
    modules: dict[int, str] = {}
    for draft in drafts:
        number = draft.module or 1
        if number not in modules:
            given_title = given.get(number) if isinstance(given, dict) else None
            modules[number] = draft.module_title or given_title or defaults.get(number) or f"Module {number}"
    return dict(sorted(modules.items()))


def _source_problem(problem: Problem, written: dict[str, tuple[Draft, int]], source: Path) -> Problem:
    """A problem found in the written pack, told against the page it came from."""
    entry = written.get(Path(problem.file).stem) if Path(problem.file).name != MANIFEST else None
    if entry is None:  # the manifest: made from the options and the pages as a whole
        return Problem(str(source), None, problem.code, problem.message)
    draft, body_line = entry
    line = draft.source_line
    if problem.line is not None and problem.line >= body_line:
        offset = problem.line - body_line
        if offset < len(draft.lines):
            line = draft.lines[offset].source
    message = problem.message
    if problem.code == ProblemCode.TOO_LARGE:
        message = (f"section '{draft.title}' is larger than {MAX_BODY_BYTES // 1024} KB: split the page on its "
                   "headings (--split h2 or h3)")
    return Problem(str(draft.doc.path), line, problem.code, message)


# --- the import ------------------------------------------------------------------------------


def _from_pages(source: Path, staging: Path, options: ImportOptions, warnings: list[str]) -> str:
    """Write the pack made from the pages into ``staging``; returns its id."""
    problems: list[Problem] = []
    documents = read_documents(source, problems, warnings)
    if not documents and not problems:
        problems.append(Problem(str(source), None, ImportCode.NO_SECTIONS,
                                "no Markdown (.md) or HTML (.html) page found"))
    if problems:
        raise ImportFailed(source.name, problems)
    meta = _metadata(source)
    language = options.language or meta.get("language")
    if language is None:
        language, from_text = detect_language(documents, source)
        if from_text:
            warnings.append(f"language taken as '{language}' from the text; give the language to be sure")
    if language not in LANGUAGES:
        raise ImportFailed(source.name, [Problem(str(source), None, ImportCode.BAD_OPTION,
                                                 "the language of the pages cannot be told: give it (fr, en or ar)")])
    drafts = drafts_of(documents, options.split)
    if not drafts:
        raise ImportFailed(source.name, [Problem(str(source), None, ImportCode.NO_SECTIONS,
                                                 "the pages hold no text")])
    if len(drafts) > MAX_SECTIONS:
        raise ImportFailed(source.name, [Problem(str(source), None, ImportCode.TOO_MANY,
                                                 f"{len(drafts)} sections; at most {MAX_SECTIONS}")])
    assign(drafts, problems)
    if problems:
        raise ImportFailed(source.name, problems)
    drafts = ordered(drafts)
    resolve_links(drafts, warnings)
    base_name = source.name if source.is_dir() else source.stem
    pack_id = options.pack_id or meta.get("id") or _default_id(base_name, language)
    if not re.match(SECTION_ID, str(pack_id)) or len(str(pack_id)) > 80:
        raise ImportFailed(source.name, [Problem(str(source), None, ImportCode.BAD_OPTION,
                                                 f"pack id '{pack_id}': use lower-case letters, digits and '-'")])
    title = options.title or meta.get("title") or next((d.title for d in documents if d.title), None) or pack_id
    written = _write_sections(staging, drafts)
    (staging / MANIFEST).write_text(yaml.safe_dump(
        {"id": str(pack_id), "title": str(title)[:300], "language": language,
         "modules": _modules(drafts, language, meta.get("modules") or {})},
        allow_unicode=True, sort_keys=False), encoding="utf-8")
    seal(staging, version=options.version or _text(meta.get("version")),
         licence=options.licence or _text(meta.get("licence")), source=options.source or _text(meta.get("source")))
    found = check_pack(staging)
    if found:
        raise ImportFailed(source.name, [_source_problem(problem, written, source) for problem in found])
    return str(pack_id)


def _text(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _default_id(name: str, language: str) -> str:
    base = slug(name) or "imported-handbook"
    return base if base.endswith(f"-{language}") else f"{base}-{language}"


def _from_pack(source: Path, staging: Path, options: ImportOptions) -> str:
    """Copy a valid pack into ``staging``; options given replace the manifest's keys."""
    problems = check_pack(source)
    if problems:
        raise ImportFailed(source.name, problems)
    pack = open_pack(source)
    staging.mkdir(parents=True)
    shutil.copy2(source / MANIFEST, staging / MANIFEST)
    (staging / SECTIONS).mkdir()
    for entry in pack.manifest.files:
        shutil.copy2(source / entry.path, staging / entry.path)
    given = {"pack_id": options.pack_id, "title": options.title, "language": options.language,
             "version": options.version, "licence": options.licence, "source": options.source}
    if any(value is not None for value in given.values()):
        seal(staging, **given)
        found = check_pack(staging)
        if found:
            raise ImportFailed(source.name, [Problem(str(source), None, p.code, p.message) for p in found])
        return open_pack(staging).id
    return pack.id


def is_pack(source: Path) -> bool:
    return source.is_dir() and (source / MANIFEST).is_file() and (source / SECTIONS).is_dir()


def _check_options(source: Path, options: ImportOptions) -> None:
    """Options that would make an invalid manifest, refused before anything is read."""
    limits = {"title": options.title, "version": options.version, "licence": options.licence,
              "source": options.source}
    problems = []
    for key, value in limits.items():
        field = Manifest.model_fields[key]
        longest = next((m.max_length for m in field.metadata if hasattr(m, "max_length")), None)
        if value is not None and longest is not None and len(value) > longest:
            problems.append(Problem(str(source), None, ImportCode.BAD_OPTION,
                                    f"{key}: at most {longest} characters"))
    if options.pack_id is not None and (not re.match(SECTION_ID, options.pack_id) or len(options.pack_id) > 80):
        problems.append(Problem(str(source), None, ImportCode.BAD_OPTION,
                                f"pack id '{options.pack_id}': use lower-case letters, digits and '-'"))
    if options.split not in SPLITS:
        problems.append(Problem(str(source), None, ImportCode.BAD_OPTION, f"split: one of {', '.join(SPLITS)}"))
    if problems:
        raise ImportFailed(source.name, problems)


def import_pack(source: str | Path, data_dir: Path, options: ImportOptions | None = None) -> ImportResult:
    """Install the pack made from ``source``; ``ImportFailed`` changes nothing."""
    started = time.perf_counter()
    options = options or ImportOptions()
    source = Path(source)
    if not source.exists():
        raise ImportFailed(source.name, [Problem(str(source), None, ImportCode.NOT_SUPPORTED,
                                                 "no such file or folder")])
    if source.is_file() and source.suffix.lower() not in PAGE_SUFFIXES:
        raise ImportFailed(source.name, [Problem(str(source), None, ImportCode.NOT_SUPPORTED,
                                                 "give a folder, a Markdown (.md) page or an HTML (.html) page")])
    _check_options(source, options)
    root = installed_root(data_dir)
    created = [folder for folder in (Path(data_dir), root.parent, root) if not folder.exists()]
    staging = root / f"{_STAGING}{uuid.uuid4().hex}"
    warnings: list[str] = []
    try:
        root.mkdir(parents=True, exist_ok=True)
        if is_pack(source):
            pack_id = _from_pack(source, staging, options)
        else:
            pack_id = _from_pages(source, staging, options, warnings)
        replaced = _check_replacing(source, pack_id, data_dir, options.replace)
        _install(staging, root / pack_id, data_dir, source.name)
        pack = open_pack(root / pack_id, "installed")
    except BaseException as error:
        shutil.rmtree(staging, ignore_errors=True)
        for folder in reversed(created):  # leave the data folder as it was
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        if isinstance(error, OSError):  # unreadable page, full disk, read-only folder: said, not a traceback
            where = error.filename or source
            raise ImportFailed(source.name, [Problem(str(where), None, ImportCode.UNREADABLE,
                                                     error.strerror or str(error))]) from None
        raise
    log.info("handbook pack %s imported: %d sections", pack.id, len(pack.manifest.files))
    return ImportResult(pack, len(pack.manifest.files), warnings, replaced, time.perf_counter() - started)


def _check_replacing(source: Path, pack_id: str, data_dir: Path, replace: bool) -> bool:
    existing = next((pack for pack in discover(data_dir).packs if pack.id == pack_id), None)
    if existing is None and (installed_root(data_dir) / pack_id).exists():
        existing_text = "an installed pack that cannot be read"
    elif existing is None:
        return False
    else:
        what = "the shipped field guide" if existing.origin == SHIPPED else "an installed pack"
        existing_text = f"{what} (version {existing.version})"
    if not replace:
        raise ImportFailed(source.name, [Problem(str(source), None, ImportCode.EXISTS,
                                                 f"'{pack_id}' is already the id of {existing_text}: "
                                                 "replace it, or give another id")])
    return True


def _install(staging: Path, target: Path, data_dir: Path, name: str) -> None:
    """Move the staged pack into place and index it; on any failure put back what was there."""
    old = target.parent / f"{_OLD}{uuid.uuid4().hex}" if target.exists() else None
    try:
        if old is not None:
            target.replace(old)
        staging.replace(target)
        index, report = open_index(data_dir)
        index.close()
        if target.name in report.failed:
            raise ImportFailed(name, report.failed[target.name])
    except BaseException:
        if not staging.exists():  # the new pack had been moved into place: take it away
            shutil.rmtree(target, ignore_errors=True)
        if old is not None and old.exists():
            old.replace(target)
        open_index(data_dir)[0].close()
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


class NotRemovable(PasserelleError):
    """``handbook.shipped_pack``, ``handbook.no_such_pack`` or ``handbook.pack_in_use``."""


def remove_pack(data_dir: Path, pack_id: str) -> Pack:
    """Remove an installed pack (shipped packs stay) and drop it from the index."""
    target = installed_root(data_dir) / pack_id
    if not re.match(SECTION_ID, pack_id) or not (target / MANIFEST).is_file():
        shipped = (shipped_root() / pack_id / MANIFEST).is_file()
        raise NotRemovable("handbook.shipped_pack" if shipped else "handbook.no_such_pack", pack=pack_id)
    pack = open_pack(target, "installed")
    trash = target.parent / f"{_OLD}{uuid.uuid4().hex}"
    try:
        target.replace(trash)
    except OSError:
        raise NotRemovable("handbook.pack_in_use", pack=pack_id) from None
    shutil.rmtree(trash, ignore_errors=True)
    open_index(data_dir)[0].close()
    return pack
