"""``passerelle forms validate FILE…``: check form definition files.

For information-management officers editing forms: every problem of every
file, one per line (``FILE:LINE: [question] key: message``), then a summary.
No profile or passphrase is needed.
"""

import argparse
from pathlib import Path

from ..forms.loader import check_forms, form_files
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
    """The files named, folders replaced by their form files; a file named
    twice (directly, through its folder, or by another spelling of its path)
    is kept once, where it first appears, so it is not its own duplicate id."""
    files: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        for file in form_files(path) if path.is_dir() else [path]:
            try:
                key = file.resolve()
            except (OSError, RuntimeError):  # a symlink loop: check_forms reports it as unreadable
                key = file.absolute()
            if key not in seen:
                seen.add(key)
                files.append(file)
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
