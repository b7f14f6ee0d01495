"""Sync over a link that breaks, and a headquarters that dies mid-push.

Laptops talk to a real Kinto through a loopback proxy (``tests/sync/proxy.py``)
that cuts connections, delays answers and answers 500, before or after the
server did the work. Whatever happens, after enough runs every laptop holds the
same cases, nothing anyone recorded is missing, headquarters holds each row
once, and a run that could not finish says so (``ok`` False and an error key).

The transport's pauses between attempts are shortened (same number of
attempts), and one test shortens its timeout; nothing else is changed.
"""

import functools
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import desktop.services.sync as sync_service
import desktop.sync.transport as transport
from desktop.domain.enums import Sex
from desktop.services.sync import Progress, SyncResult
from tests.devices import Device
from tests.kinto_fixtures import KintoServer, Org, PostgresCluster, provision_org, start_kinto
from tests.sync.proxy import FaultProxy
from tests.sync.world import assert_converged, assert_headquarters_holds, conflicts, one_office, server_records, through

pytestmark = pytest.mark.kinto

GIVEN = ("Awa", "Binta", "Coumba", "Dieynaba", "Fatou", "Khady", "Mariama", "Ndeye")
CASE = {"family_name": "Ndiaye", "sex": Sex.FEMALE, "region": "Dakar", "phone": "+221 77 100 00 00"}


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same six attempts, with pauses of milliseconds instead of seconds."""
    monkeypatch.setattr(transport, "BACKOFF_S", (0.01, 0.02, 0.05, 0.1, 0.2))


@pytest.fixture
def proxy(kinto_server: KintoServer) -> Iterator[FaultProxy]:
    started = FaultProxy.start(kinto_server.url)
    yield started
    started.close()


@pytest.fixture
def org(kinto_server: KintoServer) -> Org:
    """One office on the shared Kinto, one case-manager account that every laptop uses (what the
    tests read headquarters through)."""
    return one_office(kinto_server)


@pytest.fixture
def office(org: Org, proxy: FaultProxy) -> Org:
    """The same office as the laptops reach it: through the proxy."""
    return through(org, proxy.url)


def fill(device: Device, cases: int, first: int = 0) -> dict[tuple[str, str, str], Any]:
    """Cases, household members and consent records; what each row must hold everywhere."""
    expected: dict[tuple[str, str, str], Any] = {}
    for n in range(first, first + cases):
        case = device.cases.create({**CASE, "given_name": GIVEN[n % len(GIVEN)], "community": f"{device.name}-{n}"})
        expected["cases", case.id, "community"] = f"{device.name}-{n}"
        for m in range(n % 3):
            member = device.cases.add_member(case.id, {"name": f"Member {m}", "relationship": "child",
                                                       "sex": Sex.MALE})
            expected["household_members", member.id, "case_id"] = case.id
        consent = device.cases.record_consent(case.id, {"purpose": "assistance", "given": True,
                                                        "recorded_on": date(2026, 11, 2)})
        expected["consents", consent.id, "case_id"] = case.id
    return expected


def honest(device: Device, result: SyncResult) -> SyncResult:
    """What any run must say of itself, whatever the link did."""
    assert result.ok == (result.error is None), f"{device.name}: ok {result.ok} with error {result.error}"
    if result.ok:
        assert result.pending == 0
    last = device.sync.status()["last_result"]
    assert (last["ok"], last["error"]) == (int(result.ok), result.error)
    return result


def settle(devices: list[Device], max_rounds: int = 12) -> list[SyncResult]:
    """Sync each laptop in turn, as people press the button again after an error, until a whole
    round ends well with nothing left to send or receive; every result along the way."""
    results = []
    for _ in range(max_rounds):
        round_results = [honest(device, device.sync.run()) for device in devices]
        results += round_results
        if all(r.ok and not r.sent and not r.received for r in round_results):
            return results
    raise AssertionError(f"not settled in {max_rounds} rounds: {[r.error for r in results]}")


def holds(device: Device, expected: dict[tuple[str, str, str], Any], removed: set[tuple[str, str]]) -> None:
    """Every edit is there, every removed row is gone (checked one by one: nothing lost)."""
    db = device.session.db
    for (table, row_id, name), value in expected.items():
        if (table, row_id) in removed:
            continue
        found = db.execute(f"SELECT {name} FROM {table} WHERE id = ?", [row_id]).fetchone()
        assert found is not None, f"{device.name}: {table} {row_id} is missing"
        assert found[0] == value, f"{device.name}: {table} {row_id}.{name} is not the last value written"
    for table, row_id in removed:
        assert db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]).fetchone() is None, (
            f"{device.name}: removed {table} {row_id} is back")


# --- (a) a link that drops, delays and fails --------------------------------------------------


def test_three_laptops_converge_through_a_link_that_drops_delays_and_fails(
    org: Org, office: Org, proxy: FaultProxy, device_factory: Callable[..., Device]
) -> None:
    amy = device_factory(office, "cm_a", "amy")
    bob = device_factory(office, "cm_a", "bob")
    cid = device_factory(office, "cm_a", "cid")  # a second laptop of the same case manager
    devices = [amy, bob, cid]
    proxy.batch_limit = 4  # as a server allowing 4 requests per batch: a push takes many batches
    expected: dict[tuple[str, str, str], Any] = {}
    for n, device in enumerate(devices):
        expected.update(fill(device, 4, first=4 * n))
    # pushes: answers lost after the server stored the rows, 500s before and after, cut requests
    proxy.add("drop_response", "POST", "/batch", every=5)
    proxy.add("error_after", "POST", "/batch", every=3)
    proxy.add("error_before", "POST", "/batch", every=4)
    proxy.add("drop_request", "POST", "/batch", every=7)
    proxy.add("delay", "POST", "/batch", every=2, seconds=0.05)
    # pulls: cut before the status line or in the middle, 500s, slow pages
    proxy.add("drop_headers", "GET", "/records$", every=3)
    proxy.add("drop_response", "GET", "/records$", every=8, times=3)
    proxy.add("error_before", "GET", "/records$", every=5)
    proxy.add("delay", "GET", "/records$", every=2, seconds=0.05)

    settle(devices)
    # edits on every laptop, each of different things; one removal
    all_cases = [row[0] for row in amy.session.db.execute("SELECT id FROM cases ORDER BY id")]
    for n, case_id in enumerate(all_cases):
        editor, name = [(amy, "phone"), (bob, "district"), (cid, "community")][n % 3]
        value = f"+221 77 {300 + n} 00 00" if name == "phone" else f"{name} {editor.name} {n}"
        editor.cases.update(case_id, {name: value})
        expected["cases", case_id, name] = value
    members = [row[0] for row in amy.session.db.execute("SELECT id FROM household_members ORDER BY id")]
    bob.cases.remove_member(members[0])
    cid.cases.update_member(members[1], {"notes": "goes to school"})
    expected["household_members", members[1], "notes"] = "goes to school"
    expected.update(fill(bob, 2, first=20))  # new cases too, while the link is still bad
    settle(devices)

    faults = [outcome for outcome in proxy.outcomes() if outcome != "ok"]
    assert len(faults) >= 20 and {"drop_response", "error_after", "drop_headers"} <= set(faults)
    held = assert_converged(devices)
    for device in devices:
        holds(device, expected, removed={("household_members", members[0])})
    assert_headquarters_holds(org, held)
    # nobody edited one field on two laptops: no conflict to show
    assert conflicts(devices) == []


@pytest.mark.parametrize("method, path", [("GET", "/records$"), ("POST", "/batch")], ids=["pull", "push"])
def test_an_answer_cut_short_is_tried_again(
    office: Org, proxy: FaultProxy, device_factory: Callable[..., Device], method: str, path: str
) -> None:
    amy = device_factory(office, "cm_a", "amy")
    bob = device_factory(office, "cm_a", "bob")
    fill(bob, 3)
    bob.run()
    fill(amy, 3)
    with proxy.broken("drop_response", method, path, times=1):
        result = amy.sync.run()
    assert proxy.outcomes(method, path).count("drop_response") == 1
    assert (result.error, result.ok, result.pending) == (None, True, 0)


def test_a_push_refused_at_every_attempt_says_so_and_keeps_the_rows(
    org: Org, office: Org, proxy: FaultProxy, device_factory: Callable[..., Device]
) -> None:
    amy = device_factory(office, "cm_a", "amy")
    fill(amy, 3)
    waiting = amy.sync.repo.pending()
    with proxy.broken("error_before", "POST", "/batch"):
        result = amy.sync.run()
    assert (result.ok, result.error, result.sent, result.pending) == (False, "sync.unreachable", 0, waiting)
    status = amy.sync.status()
    assert (status["last_sync"], status["last_result"]["ok"], status["pending"]) == (None, 0, waiting)
    assert server_records(org, "cases") == []
    healed = amy.sync.run()
    assert (healed.ok, healed.sent, healed.pending) == (True, waiting, 0)


def test_a_pull_failing_at_every_attempt_says_so_and_resumes(
    office: Org, proxy: FaultProxy, device_factory: Callable[..., Device]
) -> None:
    amy = device_factory(office, "cm_a", "amy")
    bob = device_factory(office, "cm_a", "bob")
    fill(amy, 4)
    amy.run()
    with proxy.broken("drop_headers", "GET", "/records$"):
        result = bob.sync.run()
    assert (result.ok, result.error, result.received) == (False, "sync.unreachable", 0)
    assert bob.cases.session.db.execute("SELECT count(*) FROM cases").fetchone()[0] == 0
    healed = bob.run()
    assert healed.ok and healed.received == amy.sync.repo.db.execute(
        "SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM household_members)"
        " + (SELECT count(*) FROM consents)").fetchone()[0]
    assert_converged([amy, bob])


def test_rows_stored_by_headquarters_whose_answers_were_lost_are_not_sent_twice(
    org: Org, office: Org, proxy: FaultProxy, device_factory: Callable[..., Device]
) -> None:
    amy = device_factory(office, "cm_a", "amy")
    bob = device_factory(office, "cm_a", "bob")
    fill(amy, 4)
    waiting = amy.sync.repo.pending()
    with proxy.broken("error_after", "POST", "/batch"):  # stored at headquarters; the laptop sees 500
        result = amy.sync.run()
    assert (result.ok, result.error, result.pending) == (False, "sync.unreachable", waiting)
    assert len(server_records(org, "cases")) == 4
    again = amy.sync.run()
    assert (again.ok, again.pending, again.conflicts) == (True, 0, 0)
    assert bob.run().received == waiting
    assert_headquarters_holds(org, assert_converged([amy, bob]))


def test_an_edit_after_a_push_whose_answer_was_lost_is_not_a_conflict(
    office: Org, proxy: FaultProxy, device_factory: Callable[..., Device]
) -> None:
    amy = device_factory(office, "cm_a", "amy")
    bob = device_factory(office, "cm_a", "bob")
    case = amy.cases.create({**CASE, "given_name": "Awa"})
    with proxy.broken("error_after", "POST", "/batch"):
        assert amy.sync.run().error == "sync.unreachable"
    amy.cases.update(case.id, {"phone": "+221 77 200 00 00"})  # the same person, later
    result = amy.sync.run()
    assert (result.ok, result.pending) == (True, 0)
    bob.run()
    assert amy.case_values(case.id, "phone") == bob.case_values(case.id, "phone") == ("+221 77 200 00 00",)
    assert (result.conflicts, amy.sync.status()["conflicts"]) == (0, 0)


def test_an_answer_slower_than_the_timeout_is_retried_without_duplicates(
    org: Org, office: Org, proxy: FaultProxy, device_factory: Callable[..., Device], monkeypatch: pytest.MonkeyPatch
) -> None:
    amy = device_factory(office, "cm_a", "amy")
    bob = device_factory(office, "cm_a", "bob")
    monkeypatch.setattr(sync_service, "HQ", functools.partial(transport.HQ, timeout=0.5))
    fill(amy, 3)
    proxy.forget()
    with proxy.broken("delay", "POST", "/batch", times=1, seconds=1.0):
        result = amy.sync.run()
    assert proxy.outcomes("POST") == ["delay", "ok"]  # timed out, then tried again
    assert (result.ok, result.pending, result.conflicts) == (True, 0, 0)
    bob.run()
    assert_headquarters_holds(org, assert_converged([amy, bob]))


# --- (b) headquarters killed in the middle of a push ------------------------------------------

TEMPLATE_DB = "postgresql://passerelle:CHANGE-ME-DB-PASSWORD@127.0.0.1:5432/passerelle_hq"


@pytest.mark.postgres
def test_headquarters_killed_mid_push_then_restarted_loses_and_doubles_nothing(
    tmp_path: Path, postgres_cluster: PostgresCluster, device_factory: Callable[..., Device]
) -> None:
    from tests.integration.test_hq_postgres import production_ini

    ini = production_ini(tmp_path, postgres_cluster.create_database(f"hq_kill_{os.getpid()}"))
    migrate = subprocess.run([str(Path(sys.executable).with_name("kinto")), "migrate", "--ini", str(ini)],
                             capture_output=True, text=True, timeout=120)
    assert migrate.returncode == 0, migrate.stderr
    server = start_kinto(tmp_path / "run1", ini=ini)
    restarted = None
    try:
        org = provision_org(server, offices=1)
        amy = device_factory(org, "cm_a", "amy")
        bob = device_factory(org, "cm_a", "bob")
        for n in range(240):
            case = amy.cases.create({**CASE, "given_name": GIVEN[n % len(GIVEN)], "community": f"c{n}"})
            if n % 4 == 0:
                amy.cases.add_member(case.id, {"name": "Member", "relationship": "child", "sex": Sex.MALE})
        waiting = amy.sync.repo.pending()
        assert waiting == 300

        killed = threading.Event()

        def kill_soon(progress: Progress) -> None:  # after the first batch: the second is under way
            if progress.phase == "push" and not killed.is_set():
                killed.set()
                threading.Timer(0.1, server.process.send_signal, [signal.SIGKILL]).start()

        result = amy.sync.run(progress=kill_soon)
        server.process.wait(10)
        assert server.process.returncode == -signal.SIGKILL
        assert (result.ok, result.error) == (False, "sync.unreachable")
        assert 0 < result.sent < waiting and result.pending == waiting - result.sent
        assert amy.sync.status()["last_result"]["ok"] == 0 and amy.sync.status()["last_sync"] is None

        port = int(server.url.rsplit(":", 1)[1].split("/")[0])
        restarted = start_kinto(tmp_path / "run2", ini=ini, port=port)
        stored = len(server_records(org, "cases")) + len(server_records(org, "people"))
        assert result.sent <= stored < waiting  # the batch in flight: stored whole or not at all
        after = amy.run()
        assert (after.ok, after.pending, after.conflicts) == (True, 0, 0)
        assert bob.run().received == waiting
        assert_headquarters_holds(org, assert_converged([amy, bob]))
    finally:
        server.stop()
        if restarted is not None:
            restarted.stop()
