"""Reading RSS scoring profiles (YAML) and checking them against the RSS form.

``load_profile`` gives a ``ScoringProfile`` or raises ``ScoringFileError``
listing every problem as ``FILE:LINE: key.path: message``;
``check_profile_against_form`` lists the items that do not fit the form
(unknown questions, unknown choices, a scale on a question that is not a
number). The format is described in ``resources/scoring/README.md``.

As for forms, scalars are read as the text the author wrote and only the
model turns them into numbers or flags: a choice called ``yes`` or ``no``
stays a choice name (plain YAML would make it a boolean).

Report text is English: it is read by M&E officers at the command line.
"""

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ..domain.errors import PasserelleError
from ..domain.scoring import DIMENSIONS, Bands, Dimension, Dimensions, Item, Scale, ScoringProfile
from ..paths import resources_dir
from .definition import FormDefinition, QuestionType
from .loader import SAFE_LOADER

#: Bigger files are refused unread: a profile is a few kilobytes.
MAX_FILE_BYTES = 1_048_576

#: The file name of the profile shipped with the application.
DEFAULT_PROFILE = "rss-provisional-1.yaml"

#: Question types whose answer is a number, and so may be scored with ``scale``.
NUMERIC_TYPES = frozenset({QuestionType.INTEGER, QuestionType.DECIMAL, QuestionType.CALCULATE})

#: Question types whose answer is one name, and so may be scored with ``values``.
NAMED_TYPES = frozenset({QuestionType.SELECT_ONE, QuestionType.YES_NO})

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})

_Path = tuple[str | int, ...]


class ScoringFileError(PasserelleError):
    """A scoring profile that cannot be used; ``problems`` lists everything
    wrong, one line each (``FILE:LINE: key: message``)."""

    key = "scoring.invalid"

    def __init__(self, file: str, problems: list[str]) -> None:
        super().__init__(file=file, problems=len(problems))
        self.file = file
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join(self.problems)


def default_profile_path() -> Path:
    """The profile shipped with the application (provisional, equal weights)."""
    return resources_dir() / "scoring" / DEFAULT_PROFILE


def load_profile(path: str | Path) -> ScoringProfile:
    """The scoring profile in ``path``; raises ``ScoringFileError`` listing
    every problem found."""
    reading = _Reading(str(path))
    data = reading.read(Path(path))
    if reading.problems:
        raise ScoringFileError(reading.file, reading.problems)
    if not isinstance(data, dict):
        reading.add(1, None, "a scoring profile is a mapping with id, provisional, source, "
                             "min_answered_share and dimensions")
        raise ScoringFileError(reading.file, reading.problems)
    try:
        return ScoringProfile.model_validate(data)
    except ValidationError as error:
        found = [(tuple(item["loc"]), item) for item in error.errors(include_url=False)]
        found.sort(key=lambda pair: reading.line_of(pair[0]) or 0)
        for path_, item in found:
            reading.add(reading.line_of(path_), _dotted(path_), _message(item, path_))
        raise ScoringFileError(reading.file, reading.problems) from None


def check_profile_against_form(profile: ScoringProfile, form: FormDefinition) -> list[str]:
    """What in ``profile`` does not fit ``form``, one English line each
    (``dimension.question: message``); empty when the profile fits."""
    questions = {question.name: (question, parent) for question, parent in form.walk()}
    problems: list[str] = []
    for dimension, name, item in profile.items():
        where = f"{dimension}.{name}"
        found = questions.get(name)
        if found is None:
            hint = _suggest(name, list(questions))
            problems.append(f"{where}: '{name}' is not a question of the form '{form.id}'{hint}")
            continue
        question, parent = found
        if parent is not None:
            problems.append(f"{where}: the question is inside the repeat '{parent.name}'; "
                            "its answer is a list and cannot be scored")
            continue
        kind = question.type.value
        if item.scale is not None:
            if question.type not in NUMERIC_TYPES:
                problems.append(f"{where}: 'scale' needs a number question (integer, decimal or calculate), "
                                f"not {kind}")
            continue
        if question.type not in NAMED_TYPES:
            problems.append(f"{where}: 'values' needs a select_one or yes_no question, not {kind}")
            continue
        if question.choices_from is not None:
            problems.append(f"{where}: the choices of this question come from the device "
                            f"({question.choices_from.value}); they cannot be scored with 'values'")
            continue
        choices = ["yes", "no"] if question.type == QuestionType.YES_NO else [
            choice.name for choice in form.choices_for(question)]
        for answer in item.values or {}:
            if answer not in choices:
                problems.append(f"{where}: '{answer}' is not a choice of the question{_suggest(answer, choices)} "
                                f"(choices: {', '.join(choices)})")
    return problems


# --- reading ----------------------------------------------------------------------


@dataclass
class _Reading:
    file: str
    lines: dict[_Path, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def add(self, line: int | None, key: str | None, message: str) -> None:
        where = f"{self.file}:{line}:" if line is not None else f"{self.file}:"
        self.problems.append(f"{where} {key}: {message}" if key else f"{where} {message}")

    def line_of(self, path: _Path) -> int | None:
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return None

    def read(self, path: Path) -> Any:
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                self.add(None, None, f"the file is {size:,} bytes; a scoring profile may hold at most "
                                     f"{MAX_FILE_BYTES:,}")
                return None
            raw = path.read_bytes()
        except OSError as error:
            self.add(None, None, f"cannot read the file ({error.strerror or error})")
            return None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            self.add(raw.count(b"\n", 0, error.start) + 1, None, "the file is not UTF-8 text; save it as UTF-8")
            return None
        try:
            root = yaml.compose(text, Loader=SAFE_LOADER)
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            detail = " ".join(part for part in (error.context, error.problem) if part)
            self.add(mark.line + 1 if mark else None, None, f"YAML syntax: {detail}")
            return None
        except (yaml.YAMLError, RecursionError) as error:
            self.add(None, None, f"YAML syntax: {error}")
            return None
        if root is None:
            self.add(None, None, "the file is empty")
            return None
        try:
            return self._build(root, (), set())
        except RecursionError:
            self.add(root.start_mark.line + 1, None, "the file is nested too deeply")
            return None

    def _build(self, node: yaml.Node, path: _Path, seen: set[int]) -> Any:
        self.lines.setdefault(path, node.start_mark.line + 1)
        if id(node) in seen:
            self.add(self.lines[path], _dotted(path), "YAML anchors and aliases (& and *) are not supported")
            return None
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            return None if node.style is None and node.value in _NULLS else node.value
        if isinstance(node, yaml.SequenceNode):
            return [self._build(item, (*path, index), seen) for index, item in enumerate(node.value)]
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                self.add(key_line, _dotted(path), "a key must be plain text")
                continue
            key = key_node.value
            if key in out:
                self.add(key_line, _dotted((*path, key)), "this key appears twice in the same mapping")
                continue
            self.lines[(*path, key)] = key_line
            out[key] = self._build(value_node, (*path, key), seen)
        return out


# --- messages ---------------------------------------------------------------------

_MODELS = (ScoringProfile, Dimensions, Dimension, Item, Scale, Bands)


def _dotted(path: _Path) -> str | None:
    return ".".join(str(part) for part in path) or None


def _known_keys(path: _Path) -> list[str]:
    """The keys allowed in the mapping that holds ``path[-1]``."""
    depth = len(path)
    if depth == 1:
        return list(ScoringProfile.model_fields)
    if path[0] == "dimensions":
        if depth == 2:
            return list(DIMENSIONS)
        if depth == 3:
            return list(Dimension.model_fields)
        if depth == 5:
            return list(Item.model_fields)
        if depth == 6 and path[4] == "scale":
            return list(Scale.model_fields)
    if path[0] == "bands" and depth == 2:
        return list(Bands.model_fields)
    return sorted({name for model in _MODELS for name in model.model_fields})


def _message(item: Any, path: _Path) -> str:
    kind, last = item["type"], (str(path[-1]) if path else "")
    if kind == "missing":
        return "this key is missing"
    if kind == "extra_forbidden":
        return f"unknown key '{last}'{_suggest(last, _known_keys(path))}"
    if kind == "string_pattern_mismatch":
        return (f"'{item.get('input')}' is not a valid id: it starts with a letter or digit and holds only "
                "letters, digits, _, - and .")
    if kind in ("float_parsing", "float_type"):
        return f"'{item.get('input')}' is not a number"
    if kind in ("bool_parsing", "bool_type"):
        return f"'{item.get('input')}' is not yes/no or true/false"
    if kind == "too_short":
        return "give at least one item"
    if kind in ("dict_type", "model_type"):
        return "this must be a mapping (key: value)"
    text = item["msg"].removeprefix("Value error, ").removeprefix("Input should be ")
    if text != item["msg"] and item["msg"].startswith("Input should be "):
        text = f"should be {text}"
    return text[:1].lower() + text[1:]


def _suggest(word: str, candidates: list[str]) -> str:
    close = difflib.get_close_matches(word, candidates, n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""
