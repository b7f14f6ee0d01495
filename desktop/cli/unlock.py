"""Choosing the profile, reading the passphrase and opening the session."""

import argparse
import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager

from ..domain.errors import LockedOut, PasserelleError
from ..paths import data_dir
from ..services import profiles
from ..services.session import Session
from ..store.profiles import ProfileStore
from .errors import CliError

PASSPHRASE_ENV = "PASSERELLE_PASSPHRASE"


def profile_store(args: argparse.Namespace) -> ProfileStore:
    """The profiles under ``--data-dir`` / ``PASSERELLE_DATA_DIR`` / the platform
    directory, with the default (real) Argon2id cost."""
    return ProfileStore(data_dir(args.data_dir))


def _prompt(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise CliError(f"no passphrase given: set {PASSPHRASE_ENV} or run in a terminal.") from None


def read_passphrase(prompt: str = "Passphrase: ") -> str:
    """``PASSERELLE_PASSPHRASE`` when set and not empty, otherwise a hidden prompt."""
    return os.environ.get(PASSPHRASE_ENV) or _prompt(prompt)


def read_new_passphrase(display_name: str) -> str:
    """A new passphrase: from the environment, or typed twice at a prompt. A weak
    one is refused before asking for the confirmation."""
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    first = _prompt("New passphrase: ")
    profiles.check_passphrase(first, display_name)
    if _prompt("Type it again: ") != first:
        raise PasserelleError("passphrase.mismatch")
    return first


@contextmanager
def unlocked(args: argparse.Namespace) -> Iterator[Session]:
    """The session of the chosen profile, closed (key wiped) on the way out."""
    store = profile_store(args)
    profile = store.resolve(args.profile)
    wait = store.seconds_to_wait(profile.username)
    if wait:
        raise LockedOut(seconds=wait)
    passphrase = read_passphrase(f"Passphrase for {profile.username}: ")
    session = profiles.unlock(store, profile.username, passphrase)
    try:
        yield session
    finally:
        session.close()
