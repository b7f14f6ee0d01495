"""``main()``: parse, open the GUI or run a command, and map failures to exit codes."""

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from ..domain.errors import PasserelleError
from ..logs import setup_logging
from ..messages import message
from ..paths import data_dir
from ..logs import log_unexpected
from .errors import CliError, report, say_error
from .parser import build_parser

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 130


def _streams_never_fail() -> None:
    """Print what the terminal cannot show as "?" rather than crash on it."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def _start_logging() -> Path | None:
    try:
        return setup_logging()
    except OSError as error:  # an unwritable log folder must not stop the command
        say_error(f"cannot write the log file ({error.strerror}); continuing without it.")
        return None


def run_gui(args: argparse.Namespace) -> int:
    from ..app import run_gui as start  # PySide6 is imported here only

    return start(
        data_dir=data_dir(args.data_dir), profile=args.profile, demo=args.demo, screenshot=args.screenshot, language=args.window_lang
    )


def _command_name(args: argparse.Namespace) -> str:
    return " ".join(part for part in (args.command, getattr(args, "action", None)) if part) or "gui"


def _check_gui_options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.command and (args.demo or args.screenshot is not None or args.window_lang):
        parser.error("--demo, --lang and --screenshot apply to the window only, not to a command")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line. Returns the exit code (0, 1, or 130)."""
    _streams_never_fail()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        _check_gui_options(parser, args)
    except SystemExit as exit_:  # --help, --version, usage errors
        return exit_.code if isinstance(exit_.code, int) else EXIT_ERROR
    log_path = _start_logging()
    command, started = _command_name(args), time.monotonic()
    log.info("Command '%s' started (pid %d)", command, os.getpid())
    try:
        code = args.handler(args) if args.command else run_gui(args)
    except (PasserelleError, CliError) as error:
        log.info("Command '%s' refused: %s", command, getattr(error, "key", "cli"))
        report(error)
        return EXIT_ERROR
    except KeyboardInterrupt:
        log.info("Command '%s' interrupted", command)
        print(file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # e.g. "passerelle cases list | head"
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as error:
        log_unexpected(command, error)
        say_error(message("error.unexpected") + (f" ({log_path})" if log_path else ""))
        return EXIT_ERROR
    log.info("Command '%s' finished with code %d in %.2f s", command, code, time.monotonic() - started)
    return code
