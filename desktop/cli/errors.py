"""From exceptions to what the user reads on stderr and what the log keeps."""

import sys

from ..domain.errors import (
    FieldError,
    ImportRejected,
    PasserelleError,
    ValidationFailed,
    WeakPassphrase,
    WrongPassphrase,
)
from ..messages import message

PROG = "passerelle"


class CliError(Exception):
    """A user error found by the CLI itself (no message key in the core)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def say_error(text: str) -> None:
    print(f"{PROG}: {text}", file=sys.stderr)


def field_line(error: FieldError) -> str:
    """``"birth_date: Enter a date as YYYY-MM-DD."``; no prefix for a row-wide problem."""
    text = message(error.key, **error.params)
    return f"{error.field}: {text}" if error.field else text


def error_lines(error: BaseException) -> list[str]:
    """The lines to print, without the ``passerelle:`` prefix.

    Most errors give one line. A form-like check gives one line per field, and
    a rejected import one line per problem (``line N: FIELD: message``) and a
    closing summary.
    """
    if isinstance(error, CliError):
        return [error.text]
    if isinstance(error, ImportRejected):
        lines = [f"line {problem.line}: {field_line(item)}" for problem in error.problems for item in problem.errors]
        return [*lines, message(error.key, **error.params)]
    if isinstance(error, ValidationFailed):
        return [field_line(item) for item in error.errors] or [message(error.key)]
    if isinstance(error, WeakPassphrase):
        problems = error.params.get("problems") or [error.key]
        return [" ".join([message("passphrase.weak"), *(message(key) for key in problems if key != "passphrase.weak")])]
    if isinstance(error, WrongPassphrase) and error.params.get("wait"):
        return [f'{message(error.key)} {message("unlock.locked_out", seconds=error.params["wait"])}']
    if isinstance(error, PasserelleError):
        return [message(error.key, **error.params)]
    return [message("error.unexpected")]


def report(error: BaseException) -> None:
    lines = error_lines(error)
    if isinstance(error, ImportRejected):
        for line in lines[:-1]:
            print(line, file=sys.stderr)
        lines = lines[-1:]
    for line in lines:
        say_error(line)
