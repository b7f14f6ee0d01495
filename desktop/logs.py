"""Logging to a rotating file in the platform log directory.

Log lines carry codes, counts and timings, never names, phone numbers, places
or passphrases. ``PersonalDataFilter`` is a last line of defence: it drops the
arguments of any record whose message mentions a personal field.
"""

import logging
import logging.handlers
from pathlib import Path

from .domain.case import PERSONAL_FIELDS
from .paths import log_dir

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
    logging.getLogger("kinto_http").setLevel(logging.ERROR)
    return path
