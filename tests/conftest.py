"""Shared fixtures: a real encrypted profile on disk with a cheap key derivation."""

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.domain.enums import Language  # noqa: E402
from desktop.domain.settings import Profile  # noqa: E402
from desktop.services import profiles  # noqa: E402
from desktop.services.cases import CaseService  # noqa: E402
from desktop.services.session import Session  # noqa: E402
from desktop.store.keys import KdfParams  # noqa: E402
from desktop.store.profiles import ProfileStore  # noqa: E402

#: Argon2id at its cheapest: the tests exercise the same code, only faster.
FAST_KDF = KdfParams(time_cost=1, memory_kib=8192, parallelism=1)
PASSPHRASE = "river stone 2024!"
TODAY = date(2026, 11, 25)

#: Real Kinto servers and syncing devices, for every test that asks for them by name.
pytest_plugins = ["tests.kinto_fixtures", "tests.devices"]


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = 1_800_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user data or log directories."""
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PASSERELLE_LOG_DIR", str(tmp_path / "logs"))


@pytest.fixture
def profile_store(tmp_path: Path) -> ProfileStore:
    return ProfileStore(tmp_path / "data", kdf=FAST_KDF)


@pytest.fixture
def profile() -> Profile:
    return Profile(username="aminata", display_name="Aminata Test", office="Dakar", language=Language.ENGLISH)


@pytest.fixture
def session(profile_store: ProfileStore, profile: Profile) -> Iterator[Session]:
    _, opened = profiles.create_profile(profile_store, profile, PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def cases(session: Session) -> CaseService:
    return CaseService(session, today=TODAY)
