"""``hq provision``: make the server match an organisation file.

Reads the server's state in one batch request (per 100 objects), writes only what
differs (parents first), and reports what it did: running it again with the
same file changes nothing. Accounts that exist keep their password unless
``reset_passwords``; generated passwords are returned once, in the report,
and never logged.
"""

import base64
import logging
import secrets
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

import kinto_http
import requests

from .credentials import Admin
from .desired import CHANGED, CREATED, UNCHANGED, desired_state, group_path, stale_groups
from .errors import HqError
from .layout import HQ_BUCKET, OFFICE_KEY_FIELD, account_principal
from .organisation import Organisation, User

log = logging.getLogger(__name__)

PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read aloud and typed on a laptop
TIMEOUT = 60


@dataclass
class Change:
    kind: str    # account, bucket, group, collection
    name: str
    status: str  # created, changed, unchanged


ACCOUNT_CREATED, ACCOUNT_RESET, ACCOUNT_CHANGED, ACCOUNT_UNCHANGED = "created", "password reset", "changed", "unchanged"
ACCOUNT_CHANGE = {ACCOUNT_CREATED: CREATED, ACCOUNT_RESET: CHANGED, ACCOUNT_CHANGED: CHANGED,
                  ACCOUNT_UNCHANGED: UNCHANGED}


@dataclass
class AccountLine:
    username: str
    role: str
    office: str
    status: str  # created, password reset, changed (own rights restored), unchanged
    password: str | None = None  # set only when generated and written in this run

    def __repr__(self) -> str:
        return f"AccountLine({self.username!r}, {self.status!r}, password={'<hidden>' if self.password else None})"


@dataclass
class Report:
    url: str
    dry_run: bool
    changes: list[Change] = field(default_factory=list)
    accounts: list[AccountLine] = field(default_factory=list)
    #: groups of offices no longer in the file that still have members (emptied with ``prune``)
    stale_groups: list[str] = field(default_factory=list)
    pruned: bool = False

    def count(self, status: str) -> int:
        return sum(change.status == status for change in self.changes)

    def summary(self) -> str:
        text = f"{self.count(CREATED)} created, {self.count(CHANGED)} changed, {self.count(UNCHANGED)} unchanged"
        return text + (" (dry run: nothing written)" if self.dry_run else "")


def generate_password() -> str:
    """Four groups of four, e.g. ``k7mp-2xqa-9dre-hw4n`` (about 79 bits)."""
    return "-".join("".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(4)) for _ in range(4))


def server_root(url: str) -> str:
    """``http://host:8888`` or ``http://host:8888/v1/`` → ``http://host:8888/v1``."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise HqError(f"{url!r} is not a server address (expected e.g. https://hq.example.org/v1)")
    root = url.strip().rstrip("/")
    return root if root.endswith("/v1") else root + "/v1"


def provision(organisation: Organisation, url: str, admin: Admin, *,
              reset_passwords: bool = False, prune: bool = False, dry_run: bool = False) -> Report:
    """Create or update accounts, buckets, groups and collections. ``HqError``
    when the server is unreachable, refuses the administrator or a change.

    Nothing is deleted. An office removed from the file keeps its bucket and
    records; ``prune`` empties its groups (see ``Report.stale_groups``).
    """
    root = server_root(url)
    for index, user in enumerate(organisation.users):
        if user.username == admin.user:
            raise HqError(f"users[{index}].username: {admin.user} is the administrator account; "
                          "use another name")
    client = kinto_http.Client(server_url=root, auth=(admin.user, admin.password), timeout=TIMEOUT)
    server = Server(client, root)
    server.check_admin(admin.user)
    state = desired_state(organisation, admin.user)
    accounts = [f"/accounts/{quote(user.username)}" for user in organisation.users]
    current = server.read([item.path for item in state] + accounts + [f"/buckets/{HQ_BUCKET}/groups"])
    stale = stale_groups(_listed(current.pop(f"/buckets/{HQ_BUCKET}/groups")), state)

    report, writes = Report(root, dry_run, stale_groups=stale, pruned=prune), []
    for user, path in zip(organisation.users, accounts):
        line, write = _account(user, current.get(path), reset_passwords, dry_run)
        report.accounts.append(line)
        report.changes.append(Change("account", user.username, ACCOUNT_CHANGE[line.status]))
        if write:
            writes.append((write[0], path, write[1]))
    for item in state:
        status = item.status(current.get(item.path))
        body = item.body()
        if item.kind == "bucket" and item.path != f"/buckets/{HQ_BUCKET}":
            key = ((current.get(item.path) or {}).get("data") or {}).get(OFFICE_KEY_FIELD)
            if not key:  # made once; kept whenever the office is written again
                status = CREATED if status == CREATED else CHANGED
            body["data"][OFFICE_KEY_FIELD] = key or base64.b64encode(secrets.token_bytes(32)).decode("ascii")
        report.changes.append(Change(item.kind, item.name, status))
        if status != UNCHANGED:
            writes.append(("PUT", item.path, body))
    for group in stale if prune else []:
        report.changes.append(Change("group", f"{HQ_BUCKET}/{group}", CHANGED))
        writes.append(("PATCH", group_path(group), {"data": {"members": []}}))
    if not dry_run:
        server.write(writes)
    log.info("Provisioned %s: %s", root, report.summary())
    return report


def _account(user: User, current: dict[str, Any] | None, reset: bool,
             dry_run: bool) -> tuple[AccountLine, tuple[str, dict[str, Any]] | None]:
    """What to do with one account: create it, set a new password, give the
    user back the right to change their own password, or nothing."""
    own = {"write": [account_principal(user.username)]}
    line = AccountLine(user.username, user.role.value, user.office or "", ACCOUNT_UNCHANGED)
    if current is None or reset:
        password = user.password.get_secret_value() if user.password else generate_password()
        line.status = ACCOUNT_CREATED if current is None else ACCOUNT_RESET
        line.password = None if user.password or dry_run else password
        return line, ("PUT", {"data": {"password": password}, "permissions": own})
    if set(current.get("permissions", {}).get("write", ())) != set(own["write"]):
        line.status = ACCOUNT_CHANGED
        return line, ("PATCH", {"permissions": own})
    return line, None


def _listed(response: dict[str, Any] | None) -> list[dict[str, Any]]:
    return (response or {}).get("data", [])


class Server:
    """The few requests ``provision`` makes, through kinto-http's session."""

    def __init__(self, client: kinto_http.Client, root: str):
        self.client, self.root = client, root
        self.batch_max = 25

    def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            body, _ = self.client.session.request(method, path, **kwargs)
        except requests.RequestException as error:
            raise HqError(f"cannot reach {self.root} ({type(error).__name__})") from None
        except kinto_http.KintoException as error:
            status = getattr(error.response, "status_code", "?")
            raise HqError(f"{method} {self.root}{path}: the server answered {status}") from None
        return body

    def check_admin(self, admin_user: str) -> None:
        info = self._request("get", "/")
        if "accounts" not in info.get("capabilities", {}):
            raise HqError(f"{self.root} is a Kinto server without accounts: is it the headquarters server?")
        user = info.get("user", {}).get("id")
        if user != account_principal(admin_user):
            raise HqError(f"{self.root} refused the administrator account {admin_user} "
                          "(PASSERELLE_HQ_ADMIN_USER / PASSERELLE_HQ_ADMIN_PASSWORD)")
        self.batch_max = int(info.get("settings", {}).get("batch_max_requests", 25))

    def read(self, paths: list[str]) -> dict[str, dict[str, Any] | None]:
        """``GET`` each path; a missing object (404, or 403 under a missing bucket) is ``None``."""
        responses = self._batch([{"method": "GET", "path": path} for path in paths])
        found: dict[str, dict[str, Any] | None] = {}
        for path, response in zip(paths, responses):
            if response["status"] in (403, 404):
                found[path] = None
            elif response["status"] >= 400:
                raise HqError(f"GET {self.root}{path}: the server answered {response['status']}")
            else:
                found[path] = response["body"]
        return found

    def write(self, writes: list[tuple[str, str, dict[str, Any]]]) -> None:
        requests_ = [{"method": method, "path": path, "body": body} for method, path, body in writes]
        failed = [(request, response) for request, response in zip(requests_, self._batch(requests_))
                  if response["status"] >= 400]
        if failed:
            request, response = failed[0]
            reason = response.get("body", {}).get("message", "")
            raise HqError(f"the server refused {len(failed)} of {len(writes)} changes; first: "
                          f"{request['method']} {request['path']} → {response['status']} {reason}".rstrip())

    def _batch(self, requests_: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Sub-requests in order, ``batch_max`` per ``POST /batch``. A batch is
        not atomic: after a failure, running again finishes the job."""
        responses: list[dict[str, Any]] = []
        for start in range(0, len(requests_), self.batch_max):
            chunk = requests_[start:start + self.batch_max]
            responses += self._request("post", "/batch", payload={"requests": chunk})["responses"]
        return responses
