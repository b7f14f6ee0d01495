"""Reading form files: YAML with line numbers, validation, and a report of
every problem (file, line, question, key) rather than the first one.

``load_form`` gives a ``FormDefinition`` or raises ``FormFileError`` with all
the problems; ``check_form`` only lists them; ``load_directory`` loads every
form of a folder and skips (and reports) the broken ones, for the app.

Report text is English: it is read by information-management officers at the
command line. Each problem also carries a machine ``code`` (``ProblemCode``).
"""

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ..domain.errors import PasserelleError
from .definition import (
    CHOICE_NAME_PATTERN,
    FORM_ID_PATTERN,
    NAME_PATTERN,
    FormDefinition,
    LocalizedText,
    Page,
    Question,
    TaskRule,
)
from .checks import Path_, ProblemCode, Report, _suggest, check_semantics

log = logging.getLogger(__name__)

#: libyaml's parser when PyYAML was built with it (ten times faster), else the pure-Python one.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: Bigger files are refused unread: a form is a few dozen kilobytes.
MAX_FILE_BYTES = 1_048_576

#: The suffixes ``load_directory`` picks up.
FORM_SUFFIXES = (".yaml", ".yml")

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})

_PATTERN_HELP = {
    NAME_PATTERN: "a name starts with a letter or _ and holds only letters, digits and _",
    CHOICE_NAME_PATTERN: "a choice name holds only letters, digits, _, - and . (no spaces)",
    FORM_ID_PATTERN: "a form id starts with a lower-case letter and holds only a-z, 0-9, _, - and .",
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a form file.

    Attributes:
        file: the file as it was named to the loader.
        line: 1-based line, or None when the problem concerns the whole file.
        question: the question's name (``question 3`` when it has none), or None.
        column: the YAML key concerned (``relevant``, ``choices``…), or None.
        code: a ``ProblemCode`` value.
        message: one English sentence for the person fixing the file.
        position: for an expression, the 0-based character offset in it.
    """

    file: str
    line: int | None
    question: str | None
    column: str | None
    code: str
    message: str
    position: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:" if self.line is not None else f"{self.file}:"
        parts = [where]
        if self.question:
            parts.append(f"[{self.question}]")
        parts.append(f"{self.column}: {self.message}" if self.column else self.message)
        return " ".join(parts)


class FormFileError(PasserelleError):
    """A form file that cannot be used; ``problems`` lists everything wrong."""

    key = "forms.invalid"

    def __init__(self, problems: list[Problem]) -> None:
        file = problems[0].file if problems else ""
        super().__init__(file=file, problems=len(problems))
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join(str(problem) for problem in self.problems)


@dataclass
class _Inspection:
    file: str
    data: Any = None
    lines: dict[Path_, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    #: the form, once the data fits the schema (even if other checks found problems)
    definition: FormDefinition | None = None

    def add(self, line: int | None, code: str, message: str) -> None:
        self.problems.append(Problem(self.file, line, None, None, code, message))

    def at(self, path: Path_, code: str, message: str, position: int | None = None) -> None:
        """A problem at a place of the document, given as a path of keys and indexes."""
        question, column = _locate(self.data, path)
        self.problems.append(Problem(self.file, self.line_of(path), question, column, code, message, position))

    def line_of(self, path: Path_) -> int | None:
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return None


# --- public API -------------------------------------------------------------------


def check_form(path: str | Path) -> list[Problem]:
    """Every problem of one form file (an empty list when it is valid)."""
    return _inspect(path).problems


def load_form(path: str | Path) -> FormDefinition:
    """The form in ``path``; raises ``FormFileError`` listing every problem."""
    inspection = _inspect(path)
    if inspection.problems or inspection.definition is None:
        raise FormFileError(inspection.problems)
    return inspection.definition


def check_forms(paths: Iterable[str | Path]) -> list[Problem]:
    """Every problem of several files, plus a form id used by two of them."""
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for path in paths:
        inspection = _inspect(path)
        problems += inspection.problems
        problems += _duplicate_id(inspection, seen)
    return problems


def form_files(folder: Path) -> list[Path]:
    """The form files of a folder (``*.yaml``, ``*.yml``), sorted by name."""
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in FORM_SUFFIXES and p.is_file())


def load_directory(path: str | Path) -> tuple[list[FormDefinition], list[Problem]]:
    """Every valid form of a folder (``*.yaml``, ``*.yml``, sorted by file name)
    and the problems of the files skipped. Never raises for a bad file: a
    broken form must not stop the app."""
    folder = Path(path)
    forms: list[FormDefinition] = []
    problems: list[Problem] = []
    if not folder.is_dir():
        log.warning("Form folder %s is missing; no forms loaded", folder)
        return forms, problems
    seen: dict[str, str] = {}
    for file in form_files(folder):
        try:
            inspection = _inspect(file)
            found = inspection.problems + (_duplicate_id(inspection, seen) if not inspection.problems else [])
            if not found and inspection.definition is not None:
                forms.append(inspection.definition)
        except Exception:  # a bug in a check must not stop the app either
            log.exception("Checking form file %s failed", file.name)
            found = [Problem(str(file), None, None, None, ProblemCode.INTERNAL_ERROR,
                             "this file could not be checked (see the log)")]
        if found:
            log.warning("Form file %s skipped: %d problem(s), first: %s", file.name, len(found), found[0].code)
            problems += found
    return forms, problems


# --- reading ----------------------------------------------------------------------


def _inspect(path: str | Path) -> _Inspection:
    inspection = _Inspection(str(path))
    text = _read(Path(path), inspection)
    if text is None:
        return inspection
    root = _compose(text, inspection)
    if root is None:
        return inspection
    try:
        inspection.data = _Builder(inspection).build(root, ())
    except RecursionError:
        inspection.add(root.start_mark.line + 1, ProblemCode.YAML_SYNTAX, "the file is nested too deeply")
        return inspection
    if inspection.problems:  # aliases or duplicate keys: the data is not what the author sees
        return inspection
    if not isinstance(inspection.data, dict):
        inspection.add(1, ProblemCode.NOT_A_FORM, "a form file is a mapping with id, version, title and pages")
        return inspection
    _check_schema(inspection)
    report: Report = inspection.at
    check_semantics(inspection.data, report)
    inspection.problems.sort(key=lambda p: (p.line is None, p.line or 0))
    return inspection


def _read(path: Path, inspection: _Inspection) -> str | None:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            inspection.add(None, ProblemCode.FILE_TOO_LARGE,
                           f"the file is {size:,} bytes; a form file may hold at most {MAX_FILE_BYTES:,}")
            return None
        raw = path.read_bytes()
    except OSError as error:
        inspection.add(None, ProblemCode.FILE_UNREADABLE, f"cannot read the file ({error.strerror or error})")
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        inspection.add(line, ProblemCode.NOT_UTF8, "the file is not UTF-8 text; save it as UTF-8")
        return None


def _compose(text: str, inspection: _Inspection) -> yaml.Node | None:
    try:
        root = yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        detail = " ".join(part for part in (error.context, error.problem) if part)
        inspection.add(mark.line + 1 if mark else None, ProblemCode.YAML_SYNTAX, f"YAML syntax: {detail}")
        return None
    except yaml.YAMLError as error:
        inspection.add(None, ProblemCode.YAML_SYNTAX, f"YAML syntax: {error}")
        return None
    except RecursionError:
        inspection.add(None, ProblemCode.YAML_SYNTAX, "the file is nested too deeply")
        return None
    if root is None:
        inspection.add(None, ProblemCode.NOT_A_FORM, "the file is empty")
    return root


class _Builder:
    """Python data from the YAML node tree, with the line of every key and item.

    Scalars stay the text the author wrote (``yes``, ``01``, ``No``); only an
    empty value or ``~``/``null`` becomes None. The models then read numbers and
    yes/no where a number or a flag is expected, so a choice called ``no`` or a
    label reading "No" never turns into ``False``.
    """

    def __init__(self, inspection: _Inspection) -> None:
        self.inspection = inspection
        self.seen: set[int] = set()

    def build(self, node: yaml.Node, path: Path_) -> Any:
        line = node.start_mark.line + 1
        self.inspection.lines.setdefault(path, line)
        if id(node) in self.seen:  # an alias: the tree keeps only its anchor's place, so give the key's
            self.inspection.add(self.inspection.lines[path], ProblemCode.YAML_ALIAS,
                                "YAML anchors and aliases (& and *) are not supported; use choice_list for shared choices")
            return None
        self.seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            return None if node.style is None and node.value in _NULLS else node.value
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                self.inspection.add(key_line, ProblemCode.YAML_SYNTAX, "a key must be plain text")
                continue
            key = key_node.value
            if key in out:
                self.inspection.add(key_line, ProblemCode.DUPLICATE_KEY,
                                    f"the key '{key}' appears twice in the same mapping")
                continue
            self.inspection.lines[(*path, key)] = key_line
            out[key] = self.build(value_node, (*path, key))
        return out


# --- schema -----------------------------------------------------------------------

def _all_keys() -> list[str]:
    models = (FormDefinition, Page, Question, LocalizedText, TaskRule)
    return sorted({name for model in models for name in model.model_fields})


def _check_schema(inspection: _Inspection) -> None:
    try:
        inspection.definition = FormDefinition.model_validate(inspection.data)
    except ValidationError as error:
        for item in error.errors(include_url=False):
            path = tuple(item["loc"])
            code, text = _schema_message(item, path)
            inspection.at(path, code, text)


def _schema_message(item: Any, path: Path_) -> tuple[str, str]:
    kind, last = item["type"], (path[-1] if path else "")
    if kind == "missing":
        return ProblemCode.MISSING_KEY, f"the key '{last}' is missing"
    if kind == "extra_forbidden":
        return ProblemCode.UNKNOWN_KEY, f"unknown key '{last}'{_suggest(str(last), _all_keys())}"
    if kind == "string_pattern_mismatch":
        text = _PATTERN_HELP.get(item.get("ctx", {}).get("pattern"), item["msg"])
        return ProblemCode.INVALID_VALUE, f"'{item.get('input')}' is not valid: {text}"
    text = item["msg"].removeprefix("Value error, ")
    return ProblemCode.INVALID_VALUE, text[:1].lower() + text[1:]


def _locate(data: Any, path: Path_) -> tuple[str | None, str | None]:
    """(question name, YAML key) for a place in the document.

    The question is the innermost question the path goes through; the key is
    the first key below that question (or below the page, or at the top).
    """
    question: str | None = None
    column: str | None = None
    current = data
    index = 0
    while index < len(path):
        part = path[index]
        following = path[index + 1] if index + 1 < len(path) else None
        if part in ("questions", "pages") and isinstance(following, int):
            items = current.get(part) if isinstance(current, dict) else None
            item = items[following] if isinstance(items, list) and following < len(items) else None
            if part == "questions":
                name = item.get("name") if isinstance(item, dict) else None
                question = name if isinstance(name, str) else f"question {following + 1}"
            column, current, index = None, item, index + 2
            continue
        if column is None and isinstance(part, str):
            column = part
        current = _step(current, part)
        index += 1
    return question, column


def _step(current: Any, part: str | int) -> Any:
    if isinstance(current, dict) and isinstance(part, str):
        return current.get(part)
    if isinstance(current, list) and isinstance(part, int) and part < len(current):
        return current[part]
    return None


def _duplicate_id(inspection: _Inspection, seen: dict[str, str]) -> list[Problem]:
    form_id = inspection.data.get("id") if isinstance(inspection.data, dict) else None
    if not isinstance(form_id, str):
        return []
    if form_id in seen:
        return [Problem(inspection.file, inspection.line_of(("id",)), None, "id", ProblemCode.DUPLICATE_FORM_ID,
                        f"the form id '{form_id}' is already used by {seen[form_id]}")]
    seen[form_id] = inspection.file
    return []
