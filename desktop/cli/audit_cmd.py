"""``passerelle audit verify``: check the hash chain of the audit trail."""

import argparse

from ..messages import message
from .errors import say_error
from .unlock import unlocked


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("audit", help="check the audit trail")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify",
        parents=[common],
        help="check that no audit entry was removed or altered",
        description="Check the hash chain of the audit trail. Exit code 0 when intact, 1 when broken.",
    )
    verify.set_defaults(handler=verify_audit)


def verify_audit(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        check = session.audit.verify()
    if check.ok:
        print(message("audit.ok", entries=check.entries))
        return 0
    say_error(message(check.problem, seq=check.broken_at))
    return 1
