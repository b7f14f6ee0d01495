"""Devices for the sync tests: real encrypted profiles syncing with a real Kinto
(a pytest plugin, registered in tests/conftest.py: ``device_factory``)."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.domain.enums import Language, Role
from desktop.domain.settings import Profile
from desktop.services import profiles
from desktop.services.cases import CaseService
from desktop.services.session import Session
from desktop.services.sync import SyncResult, SyncService
from desktop.store.profiles import ProfileStore
from tests.conftest import FAST_KDF, PASSPHRASE, TODAY
from tests.kinto_fixtures import Org


@dataclass
class Device:
    """One laptop: a profile, its cases and its sync."""

    name: str
    session: Session
    cases: CaseService
    sync: SyncService

    def run(self) -> SyncResult:
        result = self.sync.run()
        assert result.error is None, f"{self.name}: {result.error}"
        return result

    def case_values(self, case_id: str, *fields: str) -> tuple:
        case = self.cases.get(case_id)
        return tuple(getattr(case, name) for name in fields)


@pytest.fixture
def device_factory(tmp_path: Path) -> Iterator[Callable[..., Device]]:
    opened: list[Session] = []

    def make(org: Org, user: str, name: str | None = None) -> Device:
        who = org.users[user]
        store = ProfileStore(tmp_path / (name or user), kdf=FAST_KDF)
        profile = Profile(username=who.username.replace(".", "-")[:40], display_name=f"User {user}",
                          office=org.offices.get(who.office or "a", ""), language=Language.ENGLISH,
                          role=Role.CASE_MANAGER)
        _, session = profiles.create_profile(store, profile, PASSPHRASE)
        opened.append(session)
        sync = SyncService(session.db, session.profile.username)
        sync.configure(org.server.url, who.username, who.password)
        return Device(name or user, session, CaseService(session, today=TODAY), sync)

    yield make
    for session in opened:
        session.close()
