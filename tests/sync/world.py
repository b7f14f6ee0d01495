"""What the fault and convergence tests look at: each laptop's synced tables as a
person would find them, and the records headquarters holds.

Also a one-office organisation that is cheap to provision (one account: the
server hashes each password once, the slow part of ``make_org``) and devices
that can be closed one example at a time (hypothesis runs many per test).
"""

import dataclasses
import json
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import requests

from desktop.domain.enums import Language, Role
from desktop.domain.settings import Profile
from desktop.hq.layout import account_principal, group_principal, staff_group
from desktop.hq.organisation import Office, Organisation, User
from desktop.hq.provision import provision
from desktop.services import profiles
from desktop.services.cases import CaseService
from desktop.services.sync import SyncService
from desktop.store.profiles import ProfileStore
from desktop.store.tracking import SYNCED
from tests.conftest import FAST_KDF, PASSPHRASE, TODAY
from tests.devices import Device
from tests.kinto_fixtures import USER_PASSWORD, KintoServer, Org, OrgUser

Snapshot = dict[str, dict[str, dict[str, Any]]]  # table -> row id -> column -> value


def through(org: Org, url: str) -> Org:
    """The same organisation, reached at another address (a proxy in front of its server)."""
    return dataclasses.replace(org, server=dataclasses.replace(org.server, url=url))


def one_office(server: KintoServer) -> Org:
    """An office with a single case-manager account (``cm_a``), under names no other test uses."""
    tag = uuid.uuid4().hex[:8]
    code, user = f"Q{tag.upper()}", OrgUser(f"cm-q{tag}", "case_manager", "a")
    organisation = Organisation(offices=[Office(code=code, name=f"Office {code}")],
                                users=[User(username=user.username, role=user.role, office=code,
                                            password=USER_PASSWORD)])
    report = provision(organisation, server.url, server.admin)
    return Org(server, organisation, report, {"a": code}, {"cm_a": user})


class OfficePool:
    """Fresh offices for many short-lived examples, all worked in by one case-manager account.

    Provisioning an account costs the server two password hashes (making it, then the first
    login), about half a second: a hypothesis test making an office per example would spend
    most of its time there. Offices are provisioned here ten at a time, and the one account is
    added to each office's staff group, as the administrator would. Laptops then name their
    office when they set up sync (``configure(bucket=...)``), as people in several offices do.
    """

    def __init__(self, server: KintoServer, chunk: int = 10) -> None:
        self.server = server
        self.chunk = chunk
        tag = uuid.uuid4().hex[:8]
        self.user = OrgUser(f"cm-p{tag}", "case_manager", "a")
        self.tag = tag
        self.free: list[Org] = []
        self.made = 0

    def take(self) -> Org:
        if not self.free:
            self._provision()
        return self.free.pop(0)

    def _provision(self) -> None:
        codes = [f"P{self.tag.upper()}X{self.made + n}" for n in range(self.chunk)]
        self.made += self.chunk
        home = codes[0] if self.made == self.chunk else None  # the account is made with the first chunk
        users = [User(username=self.user.username, role=self.user.role, office=home, password=USER_PASSWORD)] \
            if home else []
        organisation = Organisation(offices=[Office(code=code, name=f"Office {code}") for code in codes], users=users)
        report = provision(organisation, self.server.url, self.server.admin)
        member = {"data": {"members": [account_principal(self.user.username)]}}
        answer = requests.post(f"{self.server.url}/batch", timeout=60,
                               auth=(self.server.admin.user, self.server.admin.password),
                               json={"requests": [{"method": "PATCH", "path": group_principal(staff_group(code)),
                                                   "body": member} for code in codes]})
        answer.raise_for_status()
        assert {r["status"] for r in answer.json()["responses"]} == {200}
        self.free += [Org(self.server, organisation, report, {"a": code}, {"cm_a": self.user}) for code in codes]


def open_device(folder: Path, org: Org, user: str, name: str) -> Device:
    """A laptop with its own encrypted profile, set up to sync as ``user`` in the org's office "a"
    (close its session after)."""
    who = org.users[user]
    store = ProfileStore(folder / name, kdf=FAST_KDF)
    profile = Profile(username=who.username.replace(".", "-")[:40], display_name=f"User {name}",
                      office=org.offices["a"], language=Language.ENGLISH, role=Role.CASE_MANAGER)
    _, session = profiles.create_profile(store, profile, PASSPHRASE)
    sync = SyncService(session.db, session.profile.username)
    sync.configure(org.server.url, who.username, who.password, bucket=org.bucket("a"))
    return Device(name, session, CaseService(session, today=TODAY), sync)


# --- what each laptop holds ---------------------------------------------------------------------


def snapshot(device: Device) -> Snapshot:
    """Every synced table, every column, as stored on the laptop."""
    found: Snapshot = {}
    for synced in SYNCED:
        cursor = device.session.db.execute(f"SELECT * FROM {synced.table}")
        names = [d[0] for d in cursor.description]
        found[synced.table] = {str(row[names.index(synced.key)]): dict(zip(names, row)) for row in cursor.fetchall()}
    return found


def differences(one: Snapshot, other: Snapshot) -> list[str]:
    """Where two laptops disagree: table, row, column (never the values: they are case data)."""
    found = []
    for table in one:
        mine, theirs = one[table], other[table]
        for row_id in sorted(set(mine) ^ set(theirs)):
            found.append(f"{table} {row_id}: only on {'the first' if row_id in mine else 'the second'}")
        for row_id in sorted(set(mine) & set(theirs)):
            found.extend(f"{table} {row_id}.{name}" for name in mine[row_id]
                         if mine[row_id][name] != theirs[row_id].get(name))
    return found


def assert_converged(devices: list[Device]) -> Snapshot:
    """Every laptop holds the same rows with the same values; nothing waits to be sent."""
    first = snapshot(devices[0])
    for device in devices[1:]:
        found = differences(first, snapshot(device))
        assert found == [], f"{devices[0].name} and {device.name} disagree: {found}"
    pending = {device.name: device.sync.repo.pending() for device in devices}
    assert set(pending.values()) == {0}, f"rows still waiting: {pending}"
    return first


def conflicts(devices: list[Device]) -> list[dict[str, Any]]:
    """Every conflict recorded on any laptop, open or resolved."""
    return [item for device in devices for item in device.sync.repo.conflicts(open_only=False)]


# --- what headquarters holds --------------------------------------------------------------------


def server_records(org: Org, collection: str, office: str = "a") -> list[dict[str, Any]]:
    """Every live record of a collection, read as the administrator."""
    answer = requests.get(org.records_url(office, collection), params={"_limit": "100000"},
                          auth=(org.server.admin.user, org.server.admin.password), timeout=30)
    answer.raise_for_status()
    assert "Next-Page" not in answer.headers
    return answer.json()["data"]


def assert_headquarters_holds(org: Org, held: Snapshot, office: str = "a") -> None:
    """One record per row of every synced table, none twice, none missing, with the values the
    laptops hold; and no case number given to two cases."""
    for synced in SYNCED:
        records = server_records(org, synced.collection, office)
        ids = Counter(str(record["id"]) for record in records)
        assert [row_id for row_id, n in ids.items() if n > 1] == [], f"{synced.collection}: a record twice"
        assert sorted(ids) == sorted(held[synced.table]), f"{synced.collection}: rows and records differ"
        for record in records:
            values = record["values"]
            row = held[synced.table][str(record["id"])]
            wrong = [name for name, value in values.items() if name in row and _stored(value) != _stored(row[name])]
            assert wrong == [], f"{synced.collection} {record['id']}: headquarters has other values for {wrong}"
    numbers = Counter(record["values"]["case_number"] for record in server_records(org, "cases", office))
    assert [n for n, count in numbers.items() if count > 1] == [], "two cases with one number"


def _stored(value: Any) -> str:
    return json.dumps(value, sort_keys=True)
