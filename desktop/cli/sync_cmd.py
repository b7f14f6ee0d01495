"""``passerelle sync``: send and receive changes, set up the account, see the
state; ``passerelle conflicts``: list and settle the edits both sides made.

Exit codes: 0 when the sync went through, 1 when it did not (the reason on
stderr, and in ``error`` with ``--json``); what was waiting stays waiting.
"""

import argparse
import getpass
import os

from ..messages import message
from ..services.sync import SyncResult, SyncService
from .errors import CliError, say_error
from .output import print_json, table, text_of
from .unlock import unlocked

PASSWORD_ENV = "PASSERELLE_HQ_PASSWORD"


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "sync", parents=[common], help="send and receive changes with headquarters",
        description="Without an action: pull what headquarters has that this profile lacks, merge it, and push "
                    "what is waiting here. Prints what was sent, received, the conflicts found and what still waits.",
    )
    group.add_argument("--json", action="store_true",
                       help="print {sent, received, conflicts, pending, ok, error, bytes_sent, bytes_received}")
    group.set_defaults(handler=run_sync)
    actions = group.add_subparsers(dest="action", metavar="ACTION")

    configure = actions.add_parser(
        "configure", parents=[common], help="set the headquarters address and account",
        description=f"Check the address and the account, find the office, and keep them in the profile's "
                    f"encrypted database. The password comes from {PASSWORD_ENV} or a prompt.",
    )
    configure.add_argument("--url", required=True, help="headquarters address, e.g. https://hq.example.org/v1")
    configure.add_argument("--user", required=True, help="your headquarters user name")
    configure.add_argument("--office", default=None, metavar="BUCKET",
                           help="the office's bucket when the account sees several (office-<code>)")
    configure.set_defaults(handler=configure_sync)

    status = actions.add_parser("status", parents=[common], help="what waits, the last sync, open conflicts")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.set_defaults(handler=sync_status)

    conflicts = commands.add_parser("conflicts", help="edits made on both sides: list them, keep one")
    conflict_actions = conflicts.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = conflict_actions.add_parser("list", parents=[common], help="open conflicts")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--all", action="store_true", help="also the conflicts already settled")
    listing.set_defaults(handler=list_conflicts)
    resolve = conflict_actions.add_parser(
        "resolve", parents=[common], help="keep one side of a conflict",
        description="Keep this device's value (mine) or the other one (theirs); the value kept reaches every "
                    "device at the next sync.",
    )
    resolve.add_argument("conflict_id", metavar="ID", help="the conflict's id (see conflicts list)")
    resolve.add_argument("--keep", required=True, choices=("mine", "theirs"))
    resolve.set_defaults(handler=resolve_conflict)


def ask_password() -> str:
    try:
        return getpass.getpass("Headquarters password: ")
    except EOFError:
        raise CliError(f"no password given: set {PASSWORD_ENV} or run in a terminal.") from None


def _summary(result: SyncResult) -> str:
    conflicts = "1 conflict" if result.conflicts == 1 else f"{result.conflicts} conflicts"
    return f"{result.sent} sent, {result.received} received, {conflicts}, {result.pending} waiting"


def run_sync(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        result = SyncService(session.db, session.profile.username).run()
    if args.json:
        print_json(result.as_dict())
    else:
        print(_summary(result))
    if not result.ok:
        say_error(message(result.error or "error.unexpected", **result.error_params))
        return 1
    return 0


def configure_sync(args: argparse.Namespace) -> int:
    password = os.environ.get(PASSWORD_ENV) or ask_password()
    with unlocked(args) as session:
        account = SyncService(session.db, session.profile.username).configure(args.url, args.user, password,
                                                                               args.office)
    print(f"Sync set up: {account.user} at {account.url}, office {account.bucket}")
    return 0


def sync_status(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        status = SyncService(session.db, session.profile.username).status()
    if args.json:
        print_json(status)
        return 0
    if not status["configured"]:
        print(message("sync.not_configured"))
    else:
        print(f"Headquarters: {status['user']} at {status['url']}, office {status['office']}")
    print(f"Waiting to be sent: {status['pending']}")
    print(f"Cases kept on this device (sharing with headquarters refused): {status['kept_on_device']}")
    print(f"Open conflicts: {status['conflicts']}")
    print(f"Last successful sync: {status['last_sync'] or 'never'}")
    last = status["last_result"]
    if last and not last["ok"]:
        print(f"Last attempt ({last['finished_at']}) failed: {message(last['error'] or 'error.unexpected')}")
    return 0


def list_conflicts(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        service = SyncService(session.db, session.profile.username)
        found = service.repo.conflicts(open_only=not args.all)
    rows = [{"id": c["id"], "case_number": c["case_number"], "table": c["tbl"], "field": c["field"],
             "mine": c["mine"], "theirs": c["theirs"], "winner": c["winner"], "found_at": c["found_at"],
             "resolved_at": c["resolved_at"], "kept": c["kept"]} for c in found]
    if args.json:
        print_json(rows)
    elif not rows:
        print("no conflicts")
    else:
        print(table(["ID", "CASE", "FIELD", "MINE", "THEIRS", "APPLIED"],
                    [[r["id"], r["case_number"] or "", r["field"], text_of(r["mine"]), text_of(r["theirs"]),
                      r["winner"]] for r in rows], max_width=30))
    return 0


def resolve_conflict(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        SyncService(session.db, session.profile.username).resolve(args.conflict_id, args.keep)
    print(f"kept {args.keep}; it reaches the other devices at the next sync")
    return 0
