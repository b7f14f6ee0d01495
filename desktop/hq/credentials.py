"""The administrator account, from ``PASSERELLE_HQ_ADMIN_USER`` and
``PASSERELLE_HQ_ADMIN_PASSWORD``: ``hq serve`` creates it when missing,
``hq provision`` authenticates with it."""

import os
from collections.abc import Mapping
from typing import NamedTuple

from .errors import HqError
from .layout import ACCOUNT_ID, ADMIN_PASSWORD_ENV, ADMIN_USER_ENV

MIN_PASSWORD = 12


class Admin(NamedTuple):
    user: str
    password: str

    def __repr__(self) -> str:  # never print the password by accident
        return f"Admin(user={self.user!r}, password=<hidden>)"


def admin_from_env(environ: Mapping[str, str] | None = None) -> Admin:
    """The administrator's name and password, or ``HqError`` naming what is wrong."""
    environ = os.environ if environ is None else environ
    user, password = environ.get(ADMIN_USER_ENV, "").strip(), environ.get(ADMIN_PASSWORD_ENV, "")
    missing = [name for name, value in ((ADMIN_USER_ENV, user), (ADMIN_PASSWORD_ENV, password)) if not value]
    if missing:
        raise HqError(f"{' and '.join(missing)} not set: they name the administrator account of the server")
    if not ACCOUNT_ID.match(user):
        raise HqError(f"{ADMIN_USER_ENV} is not a valid account name "
                      "(letters, digits and + . @ _ -, starting with a letter or a digit)")
    if len(password) < MIN_PASSWORD:
        raise HqError(f"{ADMIN_PASSWORD_ENV} is too short: at least {MIN_PASSWORD} characters")
    return Admin(user, password)
