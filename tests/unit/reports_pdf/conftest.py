"""A profile with one case file (see helpers), built once for the package."""

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from desktop.domain.settings import Profile
from desktop.services import profiles
from desktop.services.forms import FormCatalogue, FormService
from desktop.services.session import Session
from desktop.store.profiles import ProfileStore
from tests.conftest import FAST_KDF, PASSPHRASE, TODAY

from .helpers import CaseFile, make_case_file


@dataclass
class Office:
    session: Session
    forms: FormService
    case: CaseFile


@pytest.fixture(scope="package")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    store = ProfileStore(tmp_path_factory.mktemp("summary") / "data", kdf=FAST_KDF)
    _, session = profiles.create_profile(store, Profile(username="printer", display_name="Print Tester",
                                                        office="Dakar"), PASSPHRASE)
    catalogue = FormCatalogue()
    case = make_case_file(session, catalogue)
    yield Office(session, FormService(session, catalogue, TODAY), case)
    session.close()
