"""``passerelle rss``: score answers with an RSS scoring profile, and check a
profile against the RSS form.

For M&E officers testing a scoring sheet: no profile (user) or passphrase is
needed, nothing is read from or written to a database.

``rss score ANSWERS.json`` prints the four scores as JSON, full precision,
``null`` where there are not enough answers. ``rss check`` lists what in the
profile does not fit the form (exit 1 when anything does).

``--profile`` here names a scoring profile FILE, not a user profile.
"""

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..domain.scoring import ScoringProfile, score
from ..forms.loader import FormFileError, load_form
from ..forms.scoring_file import ScoringFileError, check_profile_against_form, default_profile_path, load_profile
from ..paths import resources_dir
from .errors import CliError, say_error
from .output import print_json

#: Answers files bigger than this are refused unread.
MAX_ANSWERS_BYTES = 10_485_760


def default_form_path() -> Path:
    return resources_dir() / "forms" / "rss.yaml"


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("rss", help="score RSS answers and check scoring profiles")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    scoring = actions.add_parser(
        "score", help="print the RSS scores of a set of answers (JSON)",
        description="Score the answers in ANSWERS.json (a JSON object: question name -> answer, as the form "
                    "stores them; - reads standard input) with a scoring profile and print "
                    '{"economic", "social", "psychosocial", "composite", "profile"} as JSON. A score is null '
                    "when too few of its questions were answered. Exit code 0, or 1 for a broken file.",
    )
    _profile_option(scoring)
    scoring.add_argument("answers", metavar="ANSWERS.json", help="the answers, a JSON object (- for stdin)")
    scoring.set_defaults(handler=score_answers)

    check = actions.add_parser(
        "check", help="check a scoring profile against the RSS form",
        description="Report every item of the scoring profile that does not fit the form: a question the form "
                    "does not have, an answer value that is not one of the question's choices, a scale on a "
                    "question that is not a number. Exit code 0 when the profile fits, 1 otherwise.",
    )
    _profile_option(check)
    check.add_argument("--form", metavar="FILE", type=Path, default=None,
                       help="the form file (default: the shipped resources/forms/rss.yaml)")
    check.set_defaults(handler=check_profile)


def _profile_option(parser: argparse.ArgumentParser) -> None:
    # dest differs from the global --profile (a user name), which it shadows here
    parser.add_argument("--profile", dest="scoring_profile", metavar="FILE", type=Path, default=None,
                        help="the scoring profile, a YAML file (default: the shipped provisional profile)")


def _load(path: Path | None) -> ScoringProfile:
    """The profile, or every problem of its file on stderr and a CliError."""
    try:
        return load_profile(path or default_profile_path())
    except ScoringFileError as error:
        for problem in error.problems[:-1]:
            say_error(problem)
        raise CliError(error.problems[-1] if error.problems else f"{error.file}: not a scoring profile") from None


def _read_answers(name: str) -> dict[str, Any]:
    label = "standard input" if name == "-" else name
    try:
        if name == "-":
            text = sys.stdin.read()
        else:
            path = Path(name)
            size = path.stat().st_size
            if size > MAX_ANSWERS_BYTES:
                raise CliError(f"{label}: the file is {size:,} bytes; an answers file may hold at most "
                               f"{MAX_ANSWERS_BYTES:,}")
            text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise CliError(f"{label}: cannot read the file ({error.strerror or error})") from None
    except UnicodeDecodeError:
        raise CliError(f"{label}: the file is not UTF-8 text") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise CliError(f"{label}:{error.lineno}: not valid JSON ({error.msg})") from None
    except RecursionError:
        raise CliError(f"{label}: the JSON is nested too deeply") from None
    if not isinstance(data, dict):
        raise CliError(f"{label}: the answers must be a JSON object of question name -> answer, "
                       f"not {_json_kind(data)}")
    return data


def _json_kind(data: Any) -> str:
    if isinstance(data, list):
        return "a list"
    if isinstance(data, str):
        return "a string"
    if data is None:
        return "null"
    if isinstance(data, bool):
        return "true/false"
    return "a number"


def score_answers(args: argparse.Namespace) -> int:
    profile = _load(args.scoring_profile)
    answers = _read_answers(args.answers)
    scores = score(profile, answers)
    print_json(scores.model_dump())
    if profile.provisional:
        say_error(f"note: the scoring profile '{profile.id}' is provisional (placeholder weights and values)")
    return 0


def check_profile(args: argparse.Namespace) -> int:
    profile = _load(args.scoring_profile)
    form_path = args.form or default_form_path()
    try:
        form = load_form(form_path)
    except FormFileError as error:
        for problem in error.problems:
            print(problem)
        raise CliError(f"{form_path}: the form has problems; check it with: passerelle forms validate "
                       f"{form_path}") from None
    problems = check_profile_against_form(profile, form)
    for problem in problems:
        print(problem)
    items = sum(1 for _ in profile.items())
    if problems:
        noun = "problem" if len(problems) == 1 else "problems"
        say_error(f"{len(problems)} {noun}: the profile '{profile.id}' does not fit the form '{form.id}'")
        return 1
    print(f"the profile '{profile.id}' fits the form '{form.id}' ({items} items)")
    return 0
