"""Real Kinto servers on 127.0.0.1 for tests, started with ``passerelle hq serve``.

Fixtures (a pytest plugin, registered in tests/conftest.py: ask for them by name)::

``kinto_server``     one memory-backend Kinto for the whole session (shared; started on first use)
``fresh_kinto``      a Kinto of its own for one test: empty but for the administrator account
``make_org``         ``make_org(server=None, offices=2)`` provisions an organisation with unique
                     office codes and user names (isolated from other tests on a shared server)
``provisioned_org``  ``make_org()`` on the shared server: offices "a" and "b", users "cm_a", "sup_a",
                     "cm_b", "sup_b" (case manager, supervisor of each office) and "me" (M&E officer)
``postgres_cluster`` a throwaway PostgreSQL cluster (session); skips when the server binaries are absent

Each server runs as a subprocess of the real command; it is stopped with
SIGINT (as Ctrl-C) at the end.
"""

import itertools
import logging
import os
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import kinto_http
import pytest
import requests

from desktop.hq.credentials import Admin
from desktop.hq.layout import ADMIN_PASSWORD_ENV, ADMIN_USER_ENV, bucket_id
from desktop.hq.organisation import Office, Organisation, User
from desktop.hq.provision import Report, provision

logging.getLogger("kinto_http").setLevel(logging.ERROR)  # it logs every batch sub-response at WARNING

ADMIN = Admin("hq-admin", "admin passphrase 2026")
USER_PASSWORD = "field laptop 2026!"  # every user made by make_org
STARTUP_TIMEOUT = 30.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def admin_env(admin: Admin = ADMIN, **extra: str) -> dict[str, str]:
    return {**os.environ, ADMIN_USER_ENV: admin.user, ADMIN_PASSWORD_ENV: admin.password, **extra}


@dataclass
class KintoServer:
    """A running ``passerelle hq serve``."""

    url: str  # http://127.0.0.1:PORT/v1
    admin: Admin
    process: subprocess.Popen
    folder: Path
    started_in: float  # seconds from launch to a healthy /__heartbeat__

    def client(self, user: str | None = None, password: str = USER_PASSWORD, **kwargs: object) -> kinto_http.Client:
        auth = (self.admin.user, self.admin.password) if user is None else (user, password)
        return kinto_http.Client(server_url=self.url, auth=auth, **kwargs)

    def http(self, user: str | None = None, password: str = USER_PASSWORD) -> requests.Session:
        """Plain HTTP as ``user`` (``None``: anonymous), to see status codes as a device would."""
        session = requests.Session()
        if user is not None:
            session.auth = (user, password)
        return session

    def output(self) -> str:
        return (self.folder / "stdout.txt").read_text(encoding="utf-8")

    def errors(self) -> str:
        return (self.folder / "stderr.txt").read_text(encoding="utf-8")

    def stop(self, timeout: float = 15) -> int:
        """Ctrl-C, then wait; the exit code."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        return self.process.returncode


def start_kinto(folder: Path, *, ini: Path | None = None, admin: Admin = ADMIN, env: dict[str, str] | None = None,
                port: int | None = None) -> KintoServer:
    """``hq serve --memory`` (its ini written in ``folder``) or ``hq serve --ini INI``; returns once healthy."""
    folder.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    where = ["--ini", str(ini)] if ini else ["--memory", "--ini", str(folder)]
    environment = env or admin_env(admin, PASSERELLE_LOG_DIR=str(folder / "logs"))
    started = time.monotonic()
    with open(folder / "stdout.txt", "w") as out, open(folder / "stderr.txt", "w") as err:
        process = subprocess.Popen([sys.executable, "-m", "desktop", "hq", "serve", *where, "--port", str(port)],
                                   env=environment, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
    server = KintoServer(f"http://127.0.0.1:{port}/v1", admin, process, folder, 0.0)
    while time.monotonic() - started < STARTUP_TIMEOUT:
        if process.poll() is not None:
            raise RuntimeError(f"hq serve exited with {process.returncode}:\n{server.errors()}")
        try:
            if requests.get(f"{server.url}/__heartbeat__", timeout=2).status_code == 200:
                server.started_in = time.monotonic() - started
                return server
        except requests.ConnectionError:
            pass
        time.sleep(0.02)
    server.stop()
    raise RuntimeError(f"hq serve not healthy after {STARTUP_TIMEOUT} s:\n{server.errors()}")


@pytest.fixture(scope="session")
def kinto_server() -> Iterator[KintoServer]:
    """One memory-backend Kinto for the session. Tests on it must not depend on
    it being empty: use ``make_org``/``provisioned_org`` for isolated offices."""
    server = start_kinto(Path(tempfile.mkdtemp(prefix="passerelle-kinto-")))
    yield server
    server.stop()
    shutil.rmtree(server.folder, ignore_errors=True)


@pytest.fixture
def fresh_kinto(tmp_path: Path) -> Iterator[KintoServer]:
    """A Kinto of its own (about 1 s to start): nothing on it but the administrator."""
    server = start_kinto(tmp_path / "kinto")
    yield server
    server.stop()


_unique = itertools.count(1)


@dataclass
class OrgUser:
    username: str
    role: str
    office: str | None  # office label ("a", "b"), None for the M&E officer
    password: str = USER_PASSWORD


@dataclass
class Org:
    """A provisioned organisation; offices and users are addressed by label."""

    server: KintoServer
    organisation: Organisation
    report: Report
    offices: dict[str, str]  # label ("a") -> office code ("A7")
    users: dict[str, OrgUser] = field(default_factory=dict)

    def bucket(self, office: str) -> str:
        return bucket_id(self.offices[office])

    def records_url(self, office: str, collection: str = "cases") -> str:
        return f"{self.server.url}/buckets/{self.bucket(office)}/collections/{collection}/records"

    def client(self, user: str, office: str | None = None, collection: str = "cases") -> kinto_http.Client:
        """kinto-http as ``user``, aimed at ``office``'s bucket (default: the user's own)."""
        who = self.users[user]
        office = office or who.office or "a"
        return self.server.client(who.username, who.password, bucket=self.bucket(office), collection=collection)

    def http(self, user: str | None) -> requests.Session:
        """``requests`` as ``user`` (``None``: anonymous)."""
        if user is None:
            return self.server.http()
        return self.server.http(self.users[user].username, self.users[user].password)


def provision_org(server: KintoServer, offices: int = 2) -> Org:
    """Provision offices a, b, … each with a case manager and a supervisor, and
    one M&E officer, under names no other call uses."""
    n = next(_unique)
    labels = "abcdefgh"[:offices]
    codes = {label: f"{label.upper()}{n}" for label in labels}
    users = {"me": OrgUser(f"me-{n}", "me_officer", None)}
    for label in labels:
        users[f"cm_{label}"] = OrgUser(f"cm-{label}{n}", "case_manager", label)
        users[f"sup_{label}"] = OrgUser(f"sup-{label}{n}", "supervisor", label)
    organisation = Organisation(
        offices=[Office(code=code, name=f"Office {code}") for code in codes.values()],
        users=[User(username=u.username, role=u.role, office=codes[u.office] if u.office else None,
                    password=u.password) for u in users.values()],
    )
    report = provision(organisation, server.url, server.admin)
    return Org(server, organisation, report, codes, users)


@pytest.fixture
def make_org(kinto_server: KintoServer) -> Callable[..., Org]:
    def make(server: KintoServer | None = None, offices: int = 2) -> Org:
        return provision_org(server or kinto_server, offices)

    return make


@pytest.fixture
def provisioned_org(make_org: Callable[..., Org]) -> Org:
    """Two offices (a, b) on the shared server, each with a case manager and a
    supervisor, and an M&E officer; every password is ``USER_PASSWORD``."""
    return make_org()


# --- PostgreSQL -------------------------------------------------------------------------


@dataclass
class PostgresCluster:
    port: int
    bin_dir: Path
    folder: Path

    def url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        subprocess.run([str(self.bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                        name], check=True, capture_output=True, timeout=60)
        return self.url(name)


def postgres_bin_dir() -> Path | None:
    """Debian keeps the server out of PATH: /usr/lib/postgresql/<version>/bin."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    if found:
        return found[-1].parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def _as_postgres(command: list[str]) -> list[str]:
    """initdb and pg_ctl refuse to run as root: run them as the postgres user then."""
    if os.geteuid() != 0:
        return command
    runuser = shutil.which("runuser")
    return [runuser, "-u", "postgres", "--", *command] if runuser else ["su", "postgres", "-c", shlex.join(command)]


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        pytest.skip("PostgreSQL server binaries not found (initdb, pg_ctl): apt-get install postgresql")
    folder = Path(tempfile.mkdtemp(prefix="passerelle-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data, port = folder / "data", free_port()
    subprocess.run(_as_postgres([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust"]),
                   check=True, capture_output=True, timeout=120, cwd=folder)
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {folder}"
    ctl = [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log")]
    subprocess.run(_as_postgres([*ctl, "-o", options, "-w", "start"]), check=True, capture_output=True,
                   timeout=120, cwd=folder)
    try:
        yield PostgresCluster(port, bin_dir, folder)
    finally:
        subprocess.run(_as_postgres([*ctl, "-m", "fast", "-w", "stop"]), capture_output=True, timeout=120, cwd=folder)
        shutil.rmtree(folder, ignore_errors=True)
