"""Where things live: profiles and logs (platform directories, overridable) and
the read-only resources/ and translations/ (source tree or frozen bundle)."""

import os
import sys
from pathlib import Path

import platformdirs

APP = "Passerelle"


def bundle_root() -> Path:
    """The folder holding resources/ and translations/: the PyInstaller bundle
    when frozen, otherwise the source tree's root."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def translations_dir() -> Path:
    return bundle_root() / "translations"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Profiles live here: ``--data-dir``, else ``PASSERELLE_DATA_DIR``, else the
    platform's user data directory."""
    chosen = override or os.environ.get("PASSERELLE_DATA_DIR")
    return Path(chosen).expanduser() if chosen else Path(platformdirs.user_data_dir(APP, appauthor=False))


def log_dir() -> Path:
    chosen = os.environ.get("PASSERELLE_LOG_DIR")
    return Path(chosen).expanduser() if chosen else Path(platformdirs.user_log_dir(APP, appauthor=False))
