"""``passerelle demo-data --cases N``: fictional cases for training and demos."""

import argparse

from ..services.demo import add_demo_cases
from .cases_cmd import positive_int
from .unlock import unlocked

MAX_CASES = 1_000_000


def _count(text: str) -> int:
    value = positive_int(text)
    if value > MAX_CASES:
        raise argparse.ArgumentTypeError(f"at most {MAX_CASES:,} cases at a time")
    return value


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    demo = commands.add_parser(
        "demo-data",
        parents=[common],
        help="add fictional demo cases to a profile",
        description="Add synthetic cases with clearly fictional names (French, Arabic, English) to the profile.",
    )
    demo.add_argument("--cases", type=_count, required=True, metavar="N", help="how many cases to add")
    demo.set_defaults(handler=demo_data)


def demo_data(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        added = add_demo_cases(session, args.cases)
        username = session.profile.username
    print(f"Added {added} demo cases to profile “{username}”.")
    return 0
