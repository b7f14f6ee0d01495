"""The argument parser: global options, the GUI options and the sub-commands."""

import argparse
import sys
from pathlib import Path
from typing import NoReturn

from .. import __version__
from . import audit_cmd, bundle_cmd, cases_cmd, demo_cmd, forms_cmd, handbook_cmd, hq_cmd, profile_cmd
from . import export_cmd, report_cmd, rss_cmd, scoring_cmd, sync_cmd
from .errors import PROG, say_error

EPILOG = """\
Without a command, the application window opens.

environment:
  PASSERELLE_PASSPHRASE  passphrase of the profile (otherwise it is asked)
  PASSERELLE_DATA_DIR    where profiles live (same as --data-dir)
  PASSERELLE_LOG_DIR     where the log file is written

exit codes: 0 success, 1 error (one line on stderr), 130 interrupted
"""


class Parser(argparse.ArgumentParser):
    """Usage errors as one ``passerelle: …`` line and exit code 1, like every
    other user error."""

    def error(self, message: str) -> NoReturn:
        say_error(f"{message} (see: {self.prog} --help)")
        sys.exit(1)


def _selection_options(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument("--profile", metavar="NAME", default=default,
                        help="user name of the profile to use (default: the only one)")
    parser.add_argument("--data-dir", metavar="DIR", default=default,
                        help="folder holding the profiles (default: PASSERELLE_DATA_DIR or the platform data folder)")


def build_parser() -> Parser:
    parser = Parser(
        prog=PROG,
        description="Passerelle: offline-first case management for reintegration assistance.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _selection_options(parser, None)
    gui = parser.add_argument_group("window options (without a command)")
    gui.add_argument("--demo", action="store_true", help="open on a throwaway demo profile with fictional cases")
    gui.add_argument("--lang", dest="window_lang", choices=["fr", "en", "ar"], default=None,
                     help="language of the window (default: the profile's, or the system's)")
    gui.add_argument("--screenshot", metavar="PATH", type=Path, default=None,
                     help="save a screenshot of the first window and quit (for CI and documentation)")

    # The same options after the command ("passerelle cases list --profile x"):
    # SUPPRESS keeps a value given before the command when none is given after.
    common = argparse.ArgumentParser(add_help=False)
    _selection_options(common, argparse.SUPPRESS)

    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    profile_cmd.register(commands, common)
    demo_cmd.register(commands, common)
    cases_cmd.register(commands, common)
    audit_cmd.register(commands, common)
    forms_cmd.register(commands, common)
    handbook_cmd.register(commands, common)
    rss_cmd.register(commands, common)
    scoring_cmd.register(commands, common)
    hq_cmd.register(commands, common)
    sync_cmd.register(commands, common)
    bundle_cmd.register(commands, common)
    export_cmd.register(commands, common)
    report_cmd.register(commands, common)
    return parser
