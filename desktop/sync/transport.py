"""Talking to headquarters (Kinto) over a slow or breaking link.

Built on ``kinto_http``'s session (authentication, JSON); on top of it:
timeouts, retries with growing pauses after network errors and 5xx answers,
a cancel flag checked between attempts, a count of bytes each way, and one
clear ``HQError`` (a message key, never a traceback) for everything that can
go wrong, including a server that answers something that is not Kinto.

Pulls ask for ``_since=<checkpoint>&_sort=last_modified``: Kinto's timestamps
grow strictly within a collection, so every page ends at a checkpoint from
which the next pull resumes, with no paging token to lose.
"""

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import requests
from kinto_http import Client, KintoException

from ..domain.errors import PasserelleError

log = logging.getLogger(__name__)
logging.getLogger("kinto_http").setLevel(logging.ERROR)

PAGE_SIZE = 1000
DEFAULT_BATCH = 25
BACKOFF_S = (0.5, 1, 2, 4, 8)


class HQError(PasserelleError):
    """Headquarters could not be reached or refused; ``key`` says which."""

    key = "sync.unreachable"


class Cancelled(PasserelleError):
    key = "sync.cancelled"


@dataclass
class Traffic:
    sent: int = 0
    received: int = 0


@dataclass
class Page:
    records: list[dict[str, Any]]
    last: int | None  # last_modified of the newest record in the page
    more: bool


@dataclass
class Answer:
    """One sub-response of a batch."""

    status: int
    body: dict[str, Any] = field(default_factory=dict)


class HQ:
    def __init__(self, url: str, user: str, password: str, *, timeout: float = 30.0,
                 attempts: int = len(BACKOFF_S) + 1, cancel: threading.Event | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.url = url.rstrip("/")
        if not self.url.endswith("/v1"):
            self.url += "/v1"
        self.client = Client(server_url=self.url, auth=(user, password), timeout=timeout, retry=0)
        self.attempts = attempts
        self.cancel = cancel or threading.Event()
        self.sleep = sleep
        self.traffic = Traffic()
        self._batch_limit: int | None = None

    # --- the one place requests go out --------------------------------------------------------

    def _request(self, method: str, endpoint: str, **kwargs: Any) -> tuple[Any, Any]:
        payload = kwargs.get("payload") or kwargs.get("data")
        self.traffic.sent += len(json.dumps(payload).encode()) if payload is not None else 0
        for attempt in range(self.attempts):
            if self.cancel.is_set():
                raise Cancelled()
            try:
                body, headers = self.client.session.request(method, endpoint, **kwargs)
            except KintoException as error:
                status = getattr(getattr(error, "response", None), "status_code", None)
                if status in (401, 403):
                    raise HQError("sync.refused" if status == 403 else "sync.bad_login") from None
                if status == 404:
                    raise HQError("sync.not_found") from None
                if status is None or status >= 500 or status == 429:
                    self._pause(attempt, f"answer {status}")
                    continue
                raise HQError("sync.rejected", status=status) from None
            except (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError) as error:
                # ChunkedEncodingError: the connection broke in the middle of the answer's body
                self._pause(attempt, type(error).__name__)
                continue
            except (ValueError, requests.RequestException):  # not JSON, not HTTP: not a Kinto server
                raise HQError("sync.not_kinto") from None
            size = headers.get("Content-Length") if headers else None
            self.traffic.received += int(size) if size and size.isdigit() else len(json.dumps(body or {}))
            return body, headers
        raise HQError("sync.unreachable")

    def _pause(self, attempt: int, why: str) -> None:
        if attempt + 1 >= self.attempts:
            return
        pause = BACKOFF_S[min(attempt, len(BACKOFF_S) - 1)]
        log.info("headquarters: %s; trying again in %.1f s", why, pause)
        waited = 0.0
        while waited < pause and not self.cancel.is_set():
            step = min(0.1, pause - waited)
            self.sleep(step)
            waited += step

    # --- what sync needs ----------------------------------------------------------------------

    def hello(self) -> dict[str, Any]:
        """The server's root: checks it is Kinto and that the login works."""
        body, _ = self._request("get", "/")
        if not isinstance(body, dict) or "project_name" not in body or "settings" not in body:
            raise HQError("sync.not_kinto")
        if not body.get("user"):
            raise HQError("sync.bad_login")
        self._batch_limit = int(body["settings"].get("batch_max_requests") or DEFAULT_BATCH)
        return body

    @property
    def batch_limit(self) -> int:
        if self._batch_limit is None:
            self.hello()
        return self._batch_limit or DEFAULT_BATCH

    def buckets(self) -> list[str]:
        body, _ = self._request("get", "/buckets")
        return sorted(item["id"] for item in _data(body))

    def bucket_data(self, bucket: str) -> dict[str, Any]:
        body, _ = self._request("get", f"/buckets/{bucket}")
        data = body.get("data") if isinstance(body, dict) else None
        if not isinstance(data, dict):
            raise HQError("sync.not_kinto")
        return data

    def page(self, bucket: str, collection: str, since: int, limit: int = PAGE_SIZE, light: bool = False) -> Page:
        """Records changed after ``since``, oldest first; ``light``: only their id and ``last_modified``."""
        # _since always, even 0: without it Kinto leaves out tombstones, and a device that has pulled
        # nothing from a collection yet would never learn of deletions made there before
        params = {"_sort": "last_modified", "_limit": str(limit), "_since": str(since)}
        if light:
            params["_fields"] = "last_modified"
        body, headers = self._request("get", f"/buckets/{bucket}/collections/{collection}/records", params=params)
        records = _data(body)
        last = max((int(r["last_modified"]) for r in records), default=None)
        return Page(records, last, bool(headers.get("Next-Page")) if headers else False)

    def batch(self, requests_: list[dict[str, Any]]) -> list[Answer]:
        """Send sub-requests (at most ``batch_limit``); one answer per sub-request, in order."""
        body, _ = self._request("post", "/batch", payload={"requests": requests_})
        responses = body.get("responses") if isinstance(body, dict) else None
        if not isinstance(responses, list) or len(responses) != len(requests_):
            raise HQError("sync.not_kinto")
        return [Answer(int(item.get("status", 0)), item.get("body") or {}) for item in responses]


def _data(body: Any) -> list[dict[str, Any]]:
    data = body.get("data") if isinstance(body, dict) else None
    if not isinstance(data, list) or not all(isinstance(item, dict) and "id" in item for item in data):
        raise HQError("sync.not_kinto")
    return data
