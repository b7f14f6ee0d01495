"""Sync with headquarters, measured against a real Kinto (``passerelle hq serve``)
on 127.0.0.1, with ratios and floors taken in the same run (this machine is noisy).

    python tests/bench/bench_sync.py [--cases 10000] [--changes 20] [--repeat 2] [--postgres]
                                     [--profile DIR] [--out tests/bench/results/sync.json]

Two laptops of one office, real encrypted profiles, the demo generator's
fictional cases (inserted through the case repository with the tracking
triggers on, so every row waits to be sent as after a day of data entry):

- initial push: laptop A sends its N cases (one ``SyncService.run()``) ÷ the
  same record bodies (read back from headquarters afterwards) sent with plain
  ``kinto_http.Client.batch`` (same ``If-None-Match: *``, same batch size) to a
  fresh server of the same kind; goal ≤ 1.2. Each push has a server of its own
  because the memory backend slows as it fills;
- pulling N cases onto a fresh laptop B (one run); goal ≤ 3 s; beside it, the
  same pages fetched with plain kinto-http (the wire and the server);
- incremental: B edits 20 cases and runs (pull + push), then A runs (pulls them;
  as its checkpoint was set before its initial push, this run also brings back the
  N records it sent itself, skipped one by one), then A edits 20 and runs, B runs;
  goal ≤ 2 s each;
- bytes on the wire (``SyncResult.bytes_sent`` / ``bytes_received``) for one
  field changed on one case, and for the 20 changes, per changed field.

Every run goes as the window's sync worker does it (``desktop/ui/tasks.py``): on
a connection of its own, opened for the run and closed after. One more fresh
laptop C pulls on the connection that created its profile, as ``tests/devices.py``
does: shown for information (the migrations fill that connection's statement
cache, after which statements used in turn are prepared again at every execute).

The push, its floor and the fresh pull are each taken --repeat times (every push
on fresh servers) and the fastest kept. Wall time and the CPU time of this process
(the client) and of the Kinto process (the server) are kept for each run: their
sum (c+s) is about the wall time on an idle machine, and what to compare when the
machine is busy. ``--postgres`` runs the servers on a throwaway PostgreSQL cluster
(as ``tests/kinto_fixtures.py``'s ``postgres_cluster``; needs the Debian
``postgresql`` package; pushing 10,000 takes minutes there; PostgreSQL's own CPU
is not in "server"). ``--profile DIR``
runs cProfile on the client during the push, the fresh pull and the first
incremental runs, writes ``DIR/*.pstats`` and prints the hotspots; its timings
are inflated, so it writes no JSON unless ``--out`` is given.
"""

import argparse
import cProfile
import io
import json
import logging
import os
import pstats
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


from desktop.domain.enums import Language, Role  # noqa: E402
from desktop.domain.settings import Profile  # noqa: E402
from desktop.paths import resources_dir  # noqa: E402
from desktop.services import profiles  # noqa: E402
from desktop.services.cases import CaseService  # noqa: E402
from desktop.services.demo import add_demo_cases  # noqa: E402
from desktop.services.session import Session  # noqa: E402
from desktop.services.sync import SyncResult, SyncService  # noqa: E402
from desktop.store.keys import KdfParams  # noqa: E402
from desktop.store.profiles import ProfileStore  # noqa: E402
from tests.kinto_fixtures import (  # noqa: E402
    ADMIN, KintoServer, Org, _as_postgres, free_port, postgres_bin_dir, provision_org, start_kinto,
)

logging.getLogger("kinto_http").setLevel(logging.ERROR)  # it logs every batch sub-response at WARNING

PUSH_RATIO_GOAL, PULL_GOAL_S, INCREMENTAL_GOAL_S = 1.2, 3.0, 2.0
TODAY = date(2026, 11, 25)
PASSPHRASE = "quiet harbour 2026"
CHEAP_KDF = KdfParams(time_cost=1, memory_kib=8192, parallelism=1)  # the key derivation is not measured
TEMPLATE_DB = "postgresql://passerelle:CHANGE-ME-DB-PASSWORD@127.0.0.1:5432/passerelle_hq"
SERVER_FIELDS = ("id", "last_modified")  # what Kinto adds to a record body
PLACES = ["Thiaroye", "Guédiawaye", "Keur Massar", "Saly", "Joal", "Rawanduz", "Martil", "المنصور"]


# --- servers -------------------------------------------------------------------------------


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process so far (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextmanager
def postgres_cluster(folder: Path) -> Iterator[tuple[Path, int]]:
    """A throwaway cluster as tests/kinto_fixtures.py's fixture makes it: (bin dir, port)."""
    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        raise SystemExit("--postgres: PostgreSQL server binaries not found (apt-get install postgresql)")
    folder.mkdir(parents=True)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data, port = folder / "data", free_port()
    subprocess.run(_as_postgres([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust"]),
                   check=True, capture_output=True, timeout=120, cwd=folder)
    ctl = [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log")]
    subprocess.run(_as_postgres([*ctl, "-o", f"-c listen_addresses=127.0.0.1 -p {port} -k {folder}", "-w", "start"]),
                   check=True, capture_output=True, timeout=120, cwd=folder)
    try:
        yield bin_dir, port
    finally:
        subprocess.run(_as_postgres([*ctl, "-m", "fast", "-w", "stop"]), capture_output=True, timeout=120, cwd=folder)


def postgres_server(folder: Path, bin_dir: Path, port: int, name: str) -> KintoServer:
    """The shipped production template on its own database, served without the TLS proxy."""
    subprocess.run([str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", name],
                   check=True, capture_output=True, timeout=60)
    text = (resources_dir() / "hq" / "kinto-production.ini.template").read_text(encoding="utf-8")
    text = text.replace(TEMPLATE_DB, f"postgresql://postgres@127.0.0.1:{port}/{name}")
    text = text.replace("CHANGE-ME-ADMIN", ADMIN.user).replace("CHANGE-ME-SECRET", "5e" * 32)
    # no reverse proxy here: paging links must point back at this server
    text = "\n".join(line for line in text.splitlines()
                     if not line.startswith(("kinto.http_scheme", "kinto.http_host")))
    folder.mkdir(parents=True)
    ini = folder / "hq.ini"
    ini.write_text(text, encoding="utf-8")
    subprocess.run([str(Path(sys.executable).with_name("kinto")), "migrate", "--ini", str(ini)], check=True,
                   capture_output=True, timeout=120)
    return start_kinto(folder / "run", ini=ini)


# --- laptops -------------------------------------------------------------------------------


@dataclass
class Device:
    name: str
    session: Session
    cases: CaseService
    sync: SyncService


def make_device(folder: Path, org: Org, user: str, name: str) -> Device:
    who = org.users[user]
    store = ProfileStore(folder / name, kdf=CHEAP_KDF)
    profile = Profile(username=name, display_name=f"Bench {name}", office="Dakar", language=Language.FRENCH,
                      role=Role.CASE_MANAGER)
    _, session = profiles.create_profile(store, profile, PASSPHRASE)
    sync = SyncService(session.db, profile.username)
    sync.configure(org.server.url, who.username, who.password)
    return Device(name, session, CaseService(session, today=TODAY), sync)


@dataclass
class Timed:
    result: SyncResult
    wall_s: float
    client_cpu_s: float
    server_cpu_s: float

    def row(self) -> dict[str, Any]:
        r = self.result
        return {"wall_s": round(self.wall_s, 3), "client_cpu_s": round(self.client_cpu_s, 3),
                "server_cpu_s": round(self.server_cpu_s, 3), "sent": r.sent, "received": r.received,
                "conflicts": r.conflicts, "pending": r.pending, "bytes_sent": r.bytes_sent,
                "bytes_received": r.bytes_received}


class Runner:
    """Timed sync runs against ``server`` (set it before a run)."""

    def __init__(self, profile_dir: Path | None) -> None:
        self.server: KintoServer | None = None
        self.profile_dir = profile_dir
        self.hotspots: dict[str, str] = {}

    def run(self, device: Device, label: str, profiled: bool = False, own_connection: bool = True) -> Timed:
        """One ``SyncService.run()``; on a connection opened for it (as the window's worker) unless
        ``own_connection`` is False (then on the session's)."""
        assert self.server is not None
        profiler = cProfile.Profile() if profiled and self.profile_dir else None
        server_cpu = cpu_seconds(self.server.process.pid)
        cpu, started = time.process_time(), time.perf_counter()
        if profiler:
            profiler.enable()
        db = device.session.open_connection() if own_connection else device.session.db
        try:
            result = SyncService(db, device.session.profile.username).run()
        finally:
            if own_connection:
                db.conn.close()
        if profiler:
            profiler.disable()
        timed = Timed(result, time.perf_counter() - started, time.process_time() - cpu,
                      cpu_seconds(self.server.process.pid) - server_cpu)
        if result.error:
            raise SystemExit(f"{label}: sync ended with {result.error} {result.error_params}")
        if profiler and self.profile_dir:
            self.profile_dir.mkdir(parents=True, exist_ok=True)
            path = self.profile_dir / f"{label}.pstats"
            profiler.dump_stats(path)
            self.hotspots[label] = hotspots(profiler, timed.wall_s)
        return timed


def hotspots(profiler: cProfile.Profile, wall_s: float, top: int = 22) -> str:
    out = io.StringIO()
    out.write(f"(profiled wall {wall_s:.2f} s)\n")
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(r"sync|store|tracking|transport|merge|hlc", top)
    return out.getvalue()


def edit(device: Device, case_ids: list[str], rng: random.Random) -> int:
    """One field changed per case through the case service (the update also stamps updated_at);
    the fields a case manager edits most: phone, community (in the search index), next follow-up."""
    for index, case_id in enumerate(case_ids):
        kind = index % 3
        if kind == 0:
            changes: dict[str, Any] = {"phone": f"+221 77 {rng.randint(100, 999)} {rng.randint(10, 99)} "
                                                f"{rng.randint(10, 99)}"}
        elif kind == 1:
            changes = {"community": rng.choice(PLACES) + f" {rng.randint(1, 99)}"}
        else:
            changes = {"next_follow_up": date(2027, rng.randint(1, 12), rng.randint(1, 28))}
        device.cases.update(case_id, changes)
    return len(case_ids)


# --- floors --------------------------------------------------------------------------------


def all_records(org: Org, collection: str = "cases") -> tuple[list[dict[str, Any]], float]:
    """Every record, in the device's page size and order, with plain kinto-http; and the time it took."""
    client = org.client("cm_a", collection=collection)
    started = time.perf_counter()
    records = client.get_records(_sort="last_modified", _limit=1000, pages=float("inf"))
    return records, time.perf_counter() - started


def floor_push(org: Org, records: list[dict[str, Any]]) -> tuple[float, float, float]:
    """The same bodies in ``Client.batch`` (it splits by the server's ``batch_max_requests``):
    wall seconds, client and server CPU seconds."""
    client = org.client("cm_a")
    client.server_info()  # what batch() reads first; the device's run reads it too (hello)
    bodies = [(record["id"], {k: v for k, v in record.items() if k not in SERVER_FIELDS}) for record in records]
    server_cpu = cpu_seconds(org.server.process.pid)
    cpu, started = time.process_time(), time.perf_counter()
    with client.batch() as batch:
        for record_id, data in bodies:
            batch.create_record(id=record_id, data=data, safe=True)  # If-None-Match: *
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    created = batch.results()  # a refused sub-request would have raised KintoBatchException
    if len(created) != len(bodies):
        raise SystemExit(f"floor push: {len(created)} of {len(bodies)} answered")
    return wall, cpu, cpu_seconds(org.server.process.pid) - server_cpu


# --- the run -------------------------------------------------------------------------------


def fastest(timings: list[Timed]) -> Timed:
    return min(timings, key=lambda timed: timed.wall_s)


def measure(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    rng = random.Random(11)
    figures: dict[str, Any] = {}
    with (postgres_cluster(work / "pg") if args.postgres else _nothing()) as cluster:
        def new_server(name: str) -> KintoServer:
            if cluster:
                return postgres_server(work / name, *cluster, name=name)
            return start_kinto(work / name)

        servers: list[KintoServer] = []
        try:
            # the initial push and its floor, each on a fresh server, --repeat times: the fastest of each
            pushes, floors, pull_floors, setups = [], [], [], []
            runner = Runner(args.profile)
            for round_ in range(args.repeat):
                product = new_server(f"hq_product{round_}")
                servers.append(product)
                org = provision_org(product, offices=1)
                runner.server = product
                amy = make_device(work, org, "cm_a", f"amy{round_}")
                started = time.perf_counter()
                add_demo_cases(amy.session, args.cases, today=TODAY)
                setups.append(time.perf_counter() - started)
                push = runner.run(amy, "push", profiled=round_ == 0)
                assert push.result.sent == args.cases, push.result
                pushes.append(push)
                records, pull_floor_s = all_records(org)
                assert len(records) == args.cases
                pull_floors.append(pull_floor_s)
                floor = new_server(f"hq_floor{round_}")
                servers.append(floor)
                floors.append(floor_push(provision_org(floor, offices=1), records))
                floor.stop()
                print(f"round {round_ + 1}: {args.cases} cases made in {setups[-1]:.1f} s; push {push.wall_s:.2f} s, "
                      f"kinto-http floor {floors[-1][0]:.2f} s", flush=True)
                if round_ < args.repeat - 1:
                    amy.session.close()
                    product.stop()
            figures["setup_s"] = round(min(setups), 2)
            body_bytes = len(json.dumps(records).encode()) / len(records)
            push = fastest(pushes)
            floor_s, floor_client_cpu, floor_server_cpu = min(floors)
            cpu_ratio = (push.client_cpu_s + push.server_cpu_s) / (floor_client_cpu + floor_server_cpu)
            figures["push"] = {**push.row(), "floor_s": round(floor_s, 3),
                               "floor_client_cpu_s": round(floor_client_cpu, 3),
                               "floor_server_cpu_s": round(floor_server_cpu, 3),
                               "ratio": round(push.wall_s / floor_s, 3), "cpu_ratio": round(cpu_ratio, 3),
                               "goal_ratio": PUSH_RATIO_GOAL, "ok": push.wall_s / floor_s <= PUSH_RATIO_GOAL,
                               "all_wall_s": [round(t.wall_s, 3) for t in pushes],
                               "all_floor_s": [round(f[0], 3) for f in floors], "record_json_bytes": round(body_bytes)}

            # pulling everything onto fresh laptops: the fastest of --repeat
            pulls = []
            for round_ in range(args.repeat):
                bob = make_device(work, org, "sup_a", f"bob{round_}")
                pulls.append(runner.run(bob, "pull", profiled=round_ == 0))
                assert pulls[-1].result.received == args.cases, pulls[-1].result
                if round_ < args.repeat - 1:
                    bob.session.close()
            print(f"pull onto a fresh laptop: {', '.join(f'{t.wall_s:.2f}' for t in pulls)} s", flush=True)
            pull, pull_floor_s = fastest(pulls), min(pull_floors)
            figures["pull"] = {**pull.row(), "floor_s": round(pull_floor_s, 3),
                               "ratio": round(pull.wall_s / pull_floor_s, 3), "goal_s": PULL_GOAL_S,
                               "ok": pull.wall_s <= PULL_GOAL_S, "all_wall_s": [round(t.wall_s, 3) for t in pulls]}

            cleo = make_device(work, org, "sup_a", "cleo")
            pull_session = runner.run(cleo, "pull_session_connection", own_connection=False)
            assert pull_session.result.received == args.cases, pull_session.result
            cleo.session.close()
            print(f"pull onto a fresh laptop, on the profile's first connection: {pull_session.wall_s:.2f} s",
                  flush=True)
            figures["pull_session_connection"] = {**pull_session.row(), "goal_s": PULL_GOAL_S,
                                                  "ok": pull_session.wall_s <= PULL_GOAL_S}

            ids = [row[0] for row in bob.session.db.execute("SELECT id FROM cases ORDER BY case_number")]
            picked = rng.sample(ids, 2 * args.changes + 1)
            first, second, single = picked[:args.changes], picked[args.changes:-1], picked[-1:]
            incremental = {}
            edit(bob, first, rng)
            incremental["B edits 20, runs (push 20)"] = runner.run(bob, "incremental_push", profiled=True)
            incremental["A: first run after its initial push, pulls 20"] = runner.run(
                amy, "incremental_first_pull", profiled=True)
            edit(amy, second, rng)
            incremental["A edits 20, runs (push 20)"] = runner.run(amy, "steady_push")
            incremental["B runs (pulls 20)"] = runner.run(bob, "steady_pull", profiled=True)
            changes = args.changes
            labels = list(incremental)
            for label, expect in zip(labels, [("sent", changes), ("received", changes), ("sent", changes),
                                              ("received", changes)]):
                got = getattr(incremental[label].result, expect[0])
                assert got == expect[1], (label, expect, incremental[label].result)
            figures["incremental"] = {
                label.replace("20", str(changes)): {
                    **timed.row(), "goal_s": INCREMENTAL_GOAL_S, "ok": timed.wall_s <= INCREMENTAL_GOAL_S}
                for label, timed in incremental.items()}

            edit(bob, single[:1], random.Random(3))  # phone: 1 field (+ updated_at)
            one_push = runner.run(bob, "one_field_push")
            one_pull = runner.run(amy, "one_field_pull")
            assert (one_push.result.sent, one_pull.result.received) == (1, 1)
            idle = runner.run(bob, "idle")  # nothing changed anywhere: what an automatic sync costs
            assert (idle.result.sent, idle.result.received) == (0, 0), idle.result
            steady_push, steady_pull = incremental[labels[2]].result, incremental[labels[3]].result
            figures["bytes"] = {
                "one_field": {"sender_sent": one_push.result.bytes_sent,
                              "sender_received": one_push.result.bytes_received,
                              "receiver_sent": one_pull.result.bytes_sent,
                              "receiver_received": one_pull.result.bytes_received},
                f"{changes}_changes": {"sender_sent": steady_push.bytes_sent,
                                       "sender_received": steady_push.bytes_received,
                                       "receiver_sent": steady_pull.bytes_sent,
                                       "receiver_received": steady_pull.bytes_received},
            }
            per_field = {}
            for name, fields in (("one_field", 1), (f"{changes}_changes", changes)):
                b = figures["bytes"][name]
                total = b["sender_sent"] + b["sender_received"] + b["receiver_sent"] + b["receiver_received"]
                per_field[name] = round(total / fields)
            figures["bytes"]["per_changed_field_both_laptops"] = per_field
            figures["bytes"]["idle_run"] = {"sent": idle.result.bytes_sent, "received": idle.result.bytes_received,
                                            "wall_s": round(idle.wall_s, 3)}
            figures["bytes"]["record_json_bytes"] = round(body_bytes)
            figures["hotspots"] = runner.hotspots
            for device in (amy, bob):
                device.session.close()
        finally:
            for server in servers:
                server.stop()
    return figures


@contextmanager
def _nothing() -> Iterator[None]:
    yield None


def report(figures: dict[str, Any], args: argparse.Namespace) -> bool:
    backend = "PostgreSQL" if args.postgres else "memory"
    print(f"\nsync with a real Kinto on 127.0.0.1 ({backend} backend), {args.cases} cases, "
          f"{figures['push']['record_json_bytes']} B per case record")
    print(f"{'figure':<52}{'wall s':>8}{'client':>8}{'server':>8}{'c+s':>7}{'floor':>8}{'ratio':>7}  "
          f"{'goal':<8}result")
    push, pull = figures["push"], figures["pull"]
    rows = [("initial push of N ÷ kinto-http batches", push, push["floor_s"], push["ratio"],
             f"≤ {PUSH_RATIO_GOAL}", push["ok"]),
            ("pull N onto a fresh laptop", pull, pull["floor_s"], pull["ratio"], f"≤ {PULL_GOAL_S:.0f} s",
             pull["ok"])]
    info = figures["pull_session_connection"]
    rows.append(("  (info) same, on the profile's first connection", info, None, None, f"≤ {PULL_GOAL_S:.0f} s",
                 info["ok"]))
    rows += [(label, row, None, None, f"≤ {INCREMENTAL_GOAL_S:.0f} s", row["ok"])
             for label, row in figures["incremental"].items()]
    for label, row, floor, ratio, goal, ok in rows:
        print(f"{label:<52}{row['wall_s']:>8.2f}{row['client_cpu_s']:>8.2f}{row['server_cpu_s']:>8.2f}"
              f"{row['client_cpu_s'] + row['server_cpu_s']:>7.2f}"
              f"{'' if floor is None else f'{floor:.2f}':>8}{'' if ratio is None else f'{ratio:.2f}':>7}  "
              f"{goal:<8}{'ok' if ok else 'MISSED'}")
    print(f"(client/server: CPU seconds of this process and of the Kinto process, c+s their sum: about the wall "
          f"time on an idle machine; push and pull: the fastest of "
          f"{args.repeat}, walls {push['all_wall_s']} vs floor {push['all_floor_s']}, pulls {pull['all_wall_s']};\n"
          f" floor push CPU client {push['floor_client_cpu_s']:.2f} s + server {push['floor_server_cpu_s']:.2f} s; "
          f"push CPU ÷ floor CPU {push['cpu_ratio']:.2f})")
    print(f"\n{'bytes on the wire':<22}{'A sent':>9}{'A recv':>9}{'B sent':>9}{'B recv':>9}{'per field':>11}")
    per = figures["bytes"]["per_changed_field_both_laptops"]
    for name in per:
        b = figures["bytes"][name]
        print(f"{name:<22}{b['sender_sent']:>9}{b['sender_received']:>9}{b['receiver_sent']:>9}"
              f"{b['receiver_received']:>9}{per[name]:>11}")
    idle = figures["bytes"]["idle_run"]
    print(f"{'idle run':<22}{idle['sent']:>9}{idle['received']:>9}   (nothing to send or receive; "
          f"{idle['wall_s']:.2f} s)")
    print("(A: the laptop that edits and pushes; B: the one that pulls; every run also sends GET / and one "
          "GET per collection)")
    return push["ok"] and pull["ok"] and all(row["ok"] for row in figures["incremental"].values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--changes", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=2, help="initial push, its floor and the fresh pull: "
                        "the fastest of this many (each push on fresh servers)")
    parser.add_argument("--postgres", action="store_true", help="Kinto on a throwaway PostgreSQL cluster")
    parser.add_argument("--profile", type=Path, default=None, help="cProfile the client; .pstats files here")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    if args.cases < 2 * args.changes + 1:
        parser.error("--cases must be more than twice --changes")
    out = args.out or (None if args.profile else ROOT / "tests/bench/results/sync.json")
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as folder:
        work = Path(folder)
        if args.postgres and os.geteuid() == 0:
            work.chmod(0o755)  # the postgres user must reach the cluster's folder
        figures = measure(args, work)
    ok = report(figures, args)
    for label, text in figures.pop("hotspots", {}).items():
        print(f"\n=== client profile: {label} ===\n{text}")
    if out is not None:
        result = {"cases": args.cases, "changes": args.changes, "repeat": args.repeat,
                  "backend": "postgresql" if args.postgres else "memory", "python": sys.version.split()[0],
                  "goals": {"push_ratio": PUSH_RATIO_GOAL, "pull_s": PULL_GOAL_S,
                            "incremental_s": INCREMENTAL_GOAL_S}, **figures}
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
