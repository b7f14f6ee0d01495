"""``passerelle scoring apply FILE``: use another RSS scoring profile on this
device and recompute the scores of every stored survey."""

import argparse

from ..forms.scoring_file import ScoringFileError, check_profile_against_form, load_profile
from ..services.forms import default_catalogue
from ..services.scoring import ScoringService
from .errors import say_error
from .unlock import unlocked


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("scoring", help="apply an RSS scoring profile")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    apply = actions.add_parser(
        "apply",
        parents=[common],
        help="use a scoring profile from now on and recompute every stored survey",
        description="Check a scoring profile against the RSS form, store it in the profile's encrypted "
        "database, and recompute the scores of every stored survey. Exit code 1 when the file is refused.",
    )
    apply.add_argument("file", metavar="FILE", help="the scoring profile (YAML)")
    apply.set_defaults(handler=apply_profile)


def apply_profile(args: argparse.Namespace) -> int:
    try:
        profile = load_profile(args.file)
    except ScoringFileError as error:
        for problem in error.problems:
            say_error(problem)
        return 1
    catalogue = default_catalogue()
    scored = {form.id for form in catalogue.forms.values() if form.scored}
    problems = [problem for form_id in sorted(scored) for problem in check_profile_against_form(profile, catalogue.get(form_id))]
    if problems:
        for problem in problems:
            say_error(problem)
        say_error(f"{len(problems)} problem(s): the profile '{profile.id}' was not applied")
        return 1
    with unlocked(args) as session:
        count = ScoringService(session, scored).apply(profile)
    note = " (provisional)" if profile.provisional else ""
    print(f"Scoring profile '{profile.id}'{note} applied; {count} survey(s) rescored.")
    return 0
