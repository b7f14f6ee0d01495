"""``passerelle bundle export | import | relay``: sync by USB stick.

Exit codes: 0 when the bundle was written, imported or relayed; 1 otherwise
(the reason on stderr). A refused bundle changes nothing.
"""

import argparse
import os
from pathlib import Path

from ..messages import message
from ..services.bundles import BundleService, relay
from .errors import say_error
from .output import print_json
from .sync_cmd import PASSWORD_ENV, ask_password
from .unlock import unlocked


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("bundle", help="carry changes on a USB stick when there is no network")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    export = actions.add_parser(
        "export", parents=[common], help="write every change headquarters has not received to a file",
        description="Every change waiting to be sent (deletions and erasures included), signed by this device "
                    "and encrypted with the office key. A newer bundle holds everything an older one did.",
    )
    export.add_argument("file", metavar="FILE", type=Path)
    export.add_argument("--json", action="store_true", help="print {file, rows, sequence, size, device}")
    export.set_defaults(handler=export_bundle)

    load = actions.add_parser(
        "import", parents=[common], help="merge another device's bundle into this profile",
        description="Merged like a sync (conflicts recorded); what it brings goes to headquarters with this "
                    "profile's next sync. Refused, changing nothing: a bundle of another office, from a device "
                    "headquarters does not list, damaged, cut short, or older than one already imported.",
    )
    load.add_argument("file", metavar="FILE", type=Path)
    load.add_argument("--json", action="store_true", help="print {device, sequence, rows, received, conflicts, waiting}")
    load.set_defaults(handler=import_bundle)

    send = actions.add_parser(
        "relay", help="send another device's bundle to headquarters (no profile needed)",
        description=f"Sends the bundle's changes to headquarters on the writing device's behalf, with an account "
                    f"of the same office. The password comes from {PASSWORD_ENV} or a prompt.",
    )
    send.add_argument("file", metavar="FILE", type=Path)
    send.add_argument("--url", required=True, help="headquarters address, e.g. https://hq.example.org/v1")
    send.add_argument("--user", required=True, help="a headquarters account of the bundle's office")
    send.add_argument("--office", default=None, metavar="BUCKET",
                      help="the office's bucket when the account sees several (office-<code>)")
    send.add_argument("--json", action="store_true", help="print {device, sequence, rows, sent, ok, error}")
    send.set_defaults(handler=relay_bundle)


def export_bundle(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        info = BundleService(session.db, session.profile.username).export(args.file)
    if args.json:
        print_json({"file": str(args.file), "rows": info.count, "sequence": info.sequence, "size": info.size,
                    "device": info.device_id})
    else:
        print(f"{info.count} changes written to {args.file} (bundle {info.sequence} of device {info.device_id})")
    return 0


def import_bundle(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        result = BundleService(session.db, session.profile.username).import_bundle(args.file)
    if args.json:
        print_json(vars(result))
    else:
        conflicts = "1 conflict" if result.conflicts == 1 else f"{result.conflicts} conflicts"
        waiting = (f", {result.waiting} waiting for a case this laptop does not have yet (sync, then import "
                   "a newer bundle)") if result.waiting else ""
        print(f"bundle {result.sequence} of device {result.device}: {result.rows} changes read, "
              f"{result.received} applied here, {conflicts}{waiting}; they go to headquarters at the next sync")
    return 0


def relay_bundle(args: argparse.Namespace) -> int:
    password = os.environ.get(PASSWORD_ENV) or ask_password()
    result = relay(args.file, args.url, args.user, password, args.office)
    if args.json:
        print_json({"device": result.device, "sequence": result.sequence, "rows": result.rows,
                    "sent": result.sent, "ok": result.ok, "error": result.error})
    else:
        print(f"bundle {result.sequence} of device {result.device}: {result.sent} of {result.rows} changes sent")
    if not result.ok:
        say_error(message(result.error or "error.unexpected"))
        return 1
    return 0
