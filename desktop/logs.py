"""Logging to a rotating file in the platform log directory.

Log lines carry codes, counts and timings, never names, phone numbers, places
or passphrases. ``PersonalDataFilter`` is a last line of defence: it drops the
arguments of any record whose message mentions a personal field.
"""

import logging
import logging.handlers
import traceback
from pathlib import Path
from types import TracebackType

from .domain.case import PERSONAL_FIELDS
from .paths import log_dir

log = logging.getLogger(__name__)
LOG_FILE = "passerelle.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class PersonalDataFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        text = str(record.msg)
        if record.args and any(name in text for name in PERSONAL_FIELDS):
            record.msg, record.args = f"{text} [arguments withheld]", None
        return True


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the package's logs to ``passerelle.log`` (1 MB × 5 files). Returns the path."""
    directory = directory or log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / LOG_FILE
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(PersonalDataFilter())
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_passerelle", False)]:
        root.removeHandler(old)
        old.close()
    handler._passerelle = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path


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
