"""Profiles on this machine: one folder each, holding the encrypted database and
a small clear-text ``profile.json`` (who the profile is, how to unwrap its key,
how many unlock attempts failed). Nothing about returnees is in clear text."""

import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, ValidationError

from ..domain.errors import LockedOut, ProfileError, WrongPassphrase, WrongRecoveryKey
from ..domain.settings import Profile
from . import keys

DB_NAME = "passerelle.db"
FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 300


class Failures(BaseModel):
    count: int = 0
    last: float = 0.0


class ProfileFile(BaseModel):
    profile: Profile
    envelope: keys.Envelope
    failures: Failures = Failures()
    #: during a re-key: the old data key, wrapped like the new one. The database
    #: is under exactly one of the two (SQLCipher re-keys in one transaction), so
    #: a crash at any point leaves it openable with the new passphrase.
    pending: keys.Envelope | None = None


def lockout_delay(failures: int) -> int:
    """Seconds to wait after ``failures`` wrong passphrases in a row: none for the
    first three, then 5 s doubling up to five minutes."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(MAX_DELAY_SECONDS, 5 * 2 ** (failures - FREE_ATTEMPTS))


class ProfileStore:
    """The profile folders under ``root``.

    Args:
        root: the data directory (``profiles/`` is created below it).
        kdf: Argon2id cost for new passphrases.
        clock: seconds since the epoch (injectable for tests of the delay).
    """

    def __init__(self, root: Path, kdf: keys.KdfParams | None = None, clock: Callable[[], float] = time.time):
        self.root = Path(root) / "profiles"
        self.kdf = kdf or keys.KdfParams()
        self.clock = clock

    # --- reading ---------------------------------------------------------------

    def folder(self, username: str) -> Path:
        return self.root / username

    def db_path(self, username: str) -> Path:
        return self.folder(username) / DB_NAME

    def _read(self, username: str) -> ProfileFile:
        path = self.folder(username) / "profile.json"
        try:
            return ProfileFile.model_validate_json(path.read_text(encoding="utf-8"))
        except FileNotFoundError as error:
            raise ProfileError("profile.not_found", name=username) from error
        except (ValidationError, ValueError, OSError) as error:
            raise ProfileError("profile.unreadable", name=username) from error

    def _write(self, username: str, data: ProfileFile) -> None:
        path = self.folder(username) / "profile.json"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(data.model_dump_json(indent=2), encoding="utf-8")
        os.replace(tmp, path)

    def list(self) -> list[Profile]:
        if not self.root.is_dir():
            return []
        found = []
        for folder in sorted(self.root.iterdir()):
            if (folder / "profile.json").is_file():
                try:
                    found.append(self._read(folder.name).profile)
                except ProfileError:
                    continue
        return found

    def get(self, username: str) -> Profile:
        return self._read(username).profile

    def resolve(self, username: str | None) -> Profile:
        """The named profile, or the only one when no name is given."""
        if username:
            return self.get(username)
        profiles = self.list()
        if not profiles:
            raise ProfileError("profile.none")
        if len(profiles) > 1:
            raise ProfileError("profile.ambiguous", names=", ".join(p.username for p in profiles))
        return profiles[0]

    def seconds_to_wait(self, username: str) -> int:
        return self._wait(self._read(username))

    def _wait(self, data: ProfileFile) -> int:
        remaining = data.failures.last + lockout_delay(data.failures.count) - self.clock()
        return max(0, int(remaining + 0.999))

    # --- writing ---------------------------------------------------------------

    def create(self, profile: Profile, passphrase: str) -> tuple[str, bytearray]:
        """Create the folder and key envelope. Returns the one-time recovery key
        and the new data key (the caller creates the database with it)."""
        folder = self.folder(profile.username)
        if folder.exists():
            raise ProfileError("profile.exists", name=profile.username)
        recovery_key = keys.new_recovery_key()
        data_key = keys.new_data_key()
        envelope = keys.make_envelope(passphrase, data_key, self.kdf, keys.recovery_public_key(recovery_key))
        folder.mkdir(parents=True)
        if os.name == "posix":
            folder.chmod(0o700)
        self._write(profile.username, ProfileFile(profile=profile, envelope=envelope))
        return recovery_key, data_key

    def remove(self, username: str) -> None:
        """Delete a profile folder (used when creation fails half-way)."""
        shutil.rmtree(self.folder(username), ignore_errors=True)

    def update(self, profile: Profile) -> None:
        data = self._read(profile.username)
        self._write(profile.username, data.model_copy(update={"profile": profile}))

    def unlock(self, username: str, passphrase: str) -> bytearray:
        """Return the data key, or raise WrongPassphrase / LockedOut (see ``unlock_profile``)."""
        return self.unlock_profile(username, passphrase)[1]

    def unlock_profile(self, username: str, passphrase: str) -> tuple[ProfileFile, bytearray]:
        """The profile file, read once, and the data key; or raise WrongPassphrase / LockedOut.

        Failed attempts are counted in the profile file, so the growing delay
        holds across restarts of the app.
        """
        data = self._read(username)
        wait = self._wait(data)
        if wait:
            raise LockedOut(seconds=wait)
        try:
            key = keys.open_with_passphrase(data.envelope, passphrase)
        except WrongPassphrase:
            failures = Failures(count=data.failures.count + 1, last=self.clock())
            self._write(username, data.model_copy(update={"failures": failures}))
            raise WrongPassphrase(attempts=failures.count, wait=lockout_delay(failures.count)) from None
        if data.failures.count:
            data = data.model_copy(update={"failures": Failures()})
            self._write(username, data)
        return data, key

    def recover(self, username: str, recovery_key: str) -> bytearray:
        data = self._read(username)
        try:
            return keys.open_with_recovery_key(data.envelope, recovery_key)
        except WrongRecoveryKey:
            raise
        except ValueError as error:
            raise WrongRecoveryKey() from error

    def begin_rekey(self, username: str, passphrase: str, new_key: bytes, old_key: bytes) -> None:
        """Before re-keying: store the new key's envelope and, beside it, the old
        key under the same passphrase and recovery key."""
        data = self._read(username)
        public = keys.unb64(data.envelope.recovery_public)
        envelope = keys.make_envelope(passphrase, new_key, self.kdf, public)
        pending = keys.make_envelope(passphrase, old_key, self.kdf, public)
        self._write(username, ProfileFile(profile=data.profile, envelope=envelope, pending=pending))

    def finish_rekey(self, username: str) -> None:
        data = self._read(username)
        if data.pending is not None:
            self._write(username, data.model_copy(update={"pending": None}))

    def pending_key(self, username: str, passphrase: str | None = None, recovery_key: str | None = None) -> bytearray | None:
        """The old data key of an interrupted re-key, if there is one."""
        pending = self._read(username).pending
        if pending is None:
            return None
        if recovery_key is not None:
            return keys.open_with_recovery_key(pending, recovery_key)
        return keys.open_with_passphrase(pending, passphrase or "")
