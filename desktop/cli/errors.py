"""From exceptions to what the user reads on stderr and what the log keeps."""

import logging
import sys
import traceback
from types import TracebackType

from ..domain.errors import FieldError, PasserelleError, ValidationFailed, WeakPassphrase, WrongPassphrase
from ..messages import message
from ..services.csv_import import ImportRejected

log = logging.getLogger(__name__)

PROG = "passerelle"


class CliError(Exception):
    """A user error found by the CLI itself (no message key in the core)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def say_error(text: str) -> None:
    print(f"{PROG}: {text}", file=sys.stderr)


def field_line(error: FieldError, rename: dict[str, str] | None = None) -> str:
    """``"birth_date: Enter a date as YYYY-MM-DD."``; no prefix for a row-wide problem."""
    text = message(error.key, **error.params)
    field = (rename or {}).get(error.field, error.field)
    return f"{field}: {text}" if field else text


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


#: exceptions whose text describes the program or the machine, never a value typed by a user
_SAFE_TEXT = (
    "OperationalError", "DatabaseError", "IntegrityError", "ImportError", "ModuleNotFoundError", "MemoryError",
)


def _describe(error: BaseException) -> str:
    name = type(error).__name__
    if isinstance(error, OSError):
        return f"{name} (errno {error.errno}: {error.strerror})"
    if name in _SAFE_TEXT:
        return f"{name}: {error}"
    return f"{name} (message withheld: it may quote personal data)"


def _frames(tb: TracebackType | None) -> str:
    return "".join(traceback.format_tb(tb))


def log_unexpected(command: str, error: BaseException) -> None:
    """Log an unexpected failure with its traceback.

    Like ``logging.exception``, but the exception's own text is left out unless
    it comes from a type known to describe only the program (SQLite, imports,
    the operating system): pydantic and many others quote the values they were
    given, and those may be a returnee's name or phone number. The stack frames
    (file, line, function, source line) are kept: they hold no values.
    """
    parts = []
    current: BaseException | None = error
    while current is not None and len(parts) < 5:
        parts.append(f"{_describe(current)}\n{_frames(current.__traceback__)}")
        current = current.__cause__ or current.__context__
    log.error("Unexpected error in '%s': %s", command, "caused by:\n".join(parts))
