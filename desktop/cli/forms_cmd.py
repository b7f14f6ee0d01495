"""``passerelle forms validate FILE…``: check form definition files.

For information-management officers editing forms: every problem of every
file, one per line (``FILE:LINE: [question] key: message``), then a summary.
No profile or passphrase is needed.
"""

import argparse
from pathlib import Path

from ..forms.loader import FORM_SUFFIXES, check_forms
from .errors import say_error


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("forms", help="check form definition files")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    validate = actions.add_parser(
        "validate",
        help="report every problem of form files (YAML)",
        description=(
            "Check form definition files and report every problem as FILE:LINE: [question] key: message. "
            "A folder stands for the .yaml and .yml files in it. "
            "Exit code 0 when every form is valid, 1 otherwise."
        ),
    )
    validate.add_argument("files", nargs="+", metavar="FILE", type=Path, help="form file or folder of form files")
    validate.set_defaults(handler=validate_forms)


def _expand(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.suffix.lower() in FORM_SUFFIXES and p.is_file())
        else:
            files.append(path)
    return files


def validate_forms(args: argparse.Namespace) -> int:
    files = _expand(args.files)
    if not files:
        say_error("no form files found (.yaml or .yml)")
        return 1
    problems = check_forms(files)
    for problem in problems:
        print(problem)
    broken = len({problem.file for problem in problems})
    noun = "form" if len(files) == 1 else "forms"
    if not problems:
        print(f"{len(files)} {noun} valid")
        return 0
    plural = "problem" if len(problems) == 1 else "problems"
    say_error(f"{len(problems)} {plural} in {broken} of {len(files)} {noun}")
    return 1
