"""``passerelle hq``: run the headquarters server (Kinto) and provision an
organisation on it. See docs/hq.md.

The administrator account comes from ``PASSERELLE_HQ_ADMIN_USER`` and
``PASSERELLE_HQ_ADMIN_PASSWORD``. ``hq serve`` needs the ``hq`` extra; in a
program without it (the desktop bundle) it says so in one line and exits 1.
"""

import argparse
import functools
import logging
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from ..hq import HqError, server
from ..hq.config import DEFAULT_HOST, DEFAULT_PORT, ServeConfig, read_ini, write_memory_ini
from ..hq.credentials import admin_from_env
from ..hq.layout import ADMIN_PASSWORD_ENV, ADMIN_USER_ENV
from .errors import CliError
from .output import print_json, table

if TYPE_CHECKING:
    from ..hq.provision import Report

EPILOG = f"""\
environment:
  {ADMIN_USER_ENV}      the administrator account (created by hq serve when missing)
  {ADMIN_PASSWORD_ENV}  its password, at least 12 characters
"""


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("hq", help="headquarters server: run Kinto, provision offices and accounts",
                                description="The headquarters server (Kinto) that devices sync with. "
                                            "See docs/hq.md.", epilog=EPILOG,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    serve = actions.add_parser(
        "serve", help="run the server until Ctrl-C", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Run Kinto with our configuration, after creating the administrator account when it is "
                    "missing. --memory: memory backend, for trying out (everything is lost when it stops). "
                    "--ini FILE: a configuration made from resources/hq/kinto-production.ini.template.",
    )
    serve.add_argument("--memory", action="store_true", help="memory backend, for trying out and tests")
    serve.add_argument("--ini", type=Path, metavar="PATH", default=None,
                       help="the configuration to run; with --memory, the folder where the generated "
                            "kinto.ini is written (default: a temporary folder, removed at the end)")
    serve.add_argument("--host", default=None, metavar="H",
                       help=f"address to listen on (default: the configuration's, else {DEFAULT_HOST})")
    serve.add_argument("--port", type=int, default=None, metavar="N",
                       help=f"port to listen on (default: the configuration's, else {DEFAULT_PORT})")
    serve.set_defaults(handler=serve_hq)

    prov = actions.add_parser(
        "provision", help="create or update offices, accounts, groups and permissions from a YAML file",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Make the server match an organisation file (see resources/hq/organisation.example.yaml): "
                    "accounts, one bucket per office with its collections, groups, permissions. Running it "
                    "again changes nothing. Generated passwords are printed once, here, and nowhere else.",
    )
    prov.add_argument("file", type=Path, metavar="FILE", help="the organisation file (YAML)")
    prov.add_argument("--url", required=True, help="the server, e.g. https://hq.example.org/v1")
    prov.add_argument("--reset-passwords", action="store_true",
                      help="give every user of the file a new password (from the file, or generated)")
    prov.add_argument("--prune", action="store_true",
                      help="empty the groups of offices no longer in the file (their buckets and records are kept)")
    prov.add_argument("--dry-run", action="store_true", help="say what would change; write nothing")
    prov.add_argument("--json", action="store_true", help="print JSON instead of tables")
    prov.set_defaults(handler=provision_hq)


def _refuse(error: HqError) -> CliError:
    for line in error.details:
        print(line, file=sys.stderr)
    return CliError(error.text)


def serve_hq(args: argparse.Namespace) -> int:
    if not server.installed():
        raise CliError(server.NOT_INSTALLED)
    if args.port is not None and not 0 < args.port < 65536:
        raise CliError("--port must be between 1 and 65535")
    if not args.memory and args.ini is None:
        raise CliError("choose --memory (trying out) or --ini FILE (production, see docs/hq.md)")
    try:
        admin = admin_from_env()
        with tempfile.TemporaryDirectory(prefix="passerelle-hq-") as scratch:
            ini = args.ini
            if args.memory:
                ini = write_memory_ini(args.ini or Path(scratch), admin.user, args.host or DEFAULT_HOST,
                                       args.port or DEFAULT_PORT)
            config = read_ini(ini, admin.user, args.host, args.port)
            server.run(config, admin, functools.partial(_announce, config, admin.user))
    except HqError as error:
        raise _refuse(error) from None
    print("headquarters server stopped")
    return 0


def _announce(config: ServeConfig, admin_user: str, admin_state: str) -> None:
    backend = "memory backend: everything is lost when it stops" if config.memory else str(config.ini)
    print(f"headquarters server on {config.url} ({backend})")
    if admin_state == server.OTHER_PASSWORD:
        print(f"warning: the account {admin_user} exists with another password than {ADMIN_PASSWORD_ENV}; "
              "it was left unchanged", file=sys.stderr)
    else:
        print(f"administrator account {admin_user}: {admin_state}")
    print("Ctrl-C stops it", flush=True)


def provision_hq(args: argparse.Namespace) -> int:
    # imported here: kinto-http and requests are not needed to start the program
    from ..hq.organisation import load_organisation
    from ..hq.provision import provision

    logging.getLogger("kinto_http").setLevel(logging.ERROR)  # it logs every batch sub-response
    try:
        admin = admin_from_env()
        organisation = load_organisation(args.file)
        report = provision(organisation, args.url, admin, reset_passwords=args.reset_passwords,
                           prune=args.prune, dry_run=args.dry_run)
    except HqError as error:
        raise _refuse(error) from None
    if args.json:
        print_json(_as_json(report))
    else:
        print(_text(report, args.file))
    return 0


def _as_json(report: "Report") -> dict:
    return {
        "url": report.url,
        "dry_run": report.dry_run,
        **{status: report.count(status) for status in ("created", "changed", "unchanged")},
        "accounts": [vars(line) for line in report.accounts],
        "stale_groups": report.stale_groups,
        "objects": [vars(change) for change in report.changes if change.kind != "account"],
    }


def _text(report: "Report", file: Path) -> str:
    blocks = []
    touched = [line for line in report.accounts if line.status != "unchanged"]
    if touched:
        with_password = any(line.password for line in touched)
        headers = ["USER", "ROLE", "OFFICE", "ACCOUNT"] + (["PASSWORD"] if with_password else [])
        rows = [[line.username, line.role, line.office or "—", line.status]
                + ([line.password or "—"] if with_password else []) for line in touched]
        blocks.append(table(headers, rows, max_width=64))
        if with_password:
            blocks.append("Generated passwords are shown this once and kept nowhere else: hand them over now.")
    kinds = Counter((change.kind, change.status) for change in report.changes)
    lines = []
    for kind in ("account", "bucket", "group", "collection"):
        parts = [f"{kinds[kind, status]} {status}" for status in ("created", "changed", "unchanged")
                 if kinds[kind, status]]
        if parts:
            lines.append(f"{kind}s: {', '.join(parts)}")
    blocks.append("\n".join(lines))
    if report.stale_groups and not report.pruned:
        blocks.append(f"note: offices no longer in {file} still give access through these groups: "
                      f"{', '.join(report.stale_groups)} (--prune empties them; buckets and records are kept)")
    summary = report.summary()
    if not report.count("created") and not report.count("changed"):
        summary += f": the server already matches {file}"
    blocks.append(summary)
    return "\n\n".join(blocks)
