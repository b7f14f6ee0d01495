"""A loopback HTTP proxy in front of a real server, that breaks the link on command.

Devices talk to ``proxy.url`` instead of the server's; every request goes
through a real TCP hop on 127.0.0.1 and is forwarded unchanged, unless a fault
matches it. A fault says which requests it hits (method, path, every Nth
match, at most N times) and what happens to them:

``drop_request``   the connection is closed before the server sees the request
``drop_headers``   the server handles it; the connection closes in the middle of the status line
``drop_response``  the server handles it; the answer is cut in the middle of its body
``error_before``   500 without forwarding: the server never saw it
``error_after``    the server handles it, the device gets a 500 instead of its answer
``delay``          the server handles it; the answer comes ``seconds`` later

The proxy keeps a log of ``(method, path, outcome)`` and can make the server's
root document announce a smaller ``batch_max_requests`` (as a server configured
so would), so that a push of a few rows takes several batches. Request and
response bodies are never logged (they hold case data).
"""

import http.client
import json
import re
import socket
import socketserver
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

ACTIONS = ("drop_request", "drop_headers", "drop_response", "error_before", "error_after", "delay")
_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-connection",
               "content-length"}


@dataclass
class Request:
    method: str
    target: str  # path and query, as sent
    version: str
    headers: list[tuple[str, str]]
    body: bytes

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)


@dataclass
class Fault:
    action: str
    method: str | None = None  # None: any
    path: str | None = None  # a regular expression searched in the path; None: any
    every: int = 1  # hits the Nth, 2Nth, ... matching request
    times: int | None = None  # at most this many hits; None: no limit
    seconds: float = 0.0  # for "delay"
    seen: int = 0
    hits: int = 0

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise ValueError(f"unknown fault {self.action!r}")

    def matches(self, request: Request) -> bool:
        if self.method and request.method != self.method.upper():
            return False
        return self.path is None or re.search(self.path, request.path) is not None

    def take(self, request: Request) -> bool:
        """Count a matching request; True when this one is hit."""
        if not self.matches(request) or (self.times is not None and self.hits >= self.times):
            return False
        self.seen += 1
        if self.seen % self.every:
            return False
        self.hits += 1
        return True


@dataclass
class Entry:
    method: str
    path: str
    outcome: str  # "ok" or the action applied
    status: int | None  # what the server answered (None: not forwarded)


@dataclass
class FaultProxy:
    """Start with ``FaultProxy.start(upstream_url)``; ``close()`` when done."""

    upstream: str  # http://127.0.0.1:PORT (no path)
    faults: list[Fault] = field(default_factory=list)
    log: list[Entry] = field(default_factory=list)
    batch_limit: int | None = None
    timeout: float = 60.0
    _server: socketserver.ThreadingTCPServer | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _sockets: set[socket.socket] = field(default_factory=set)

    @classmethod
    def start(cls, upstream_url: str, **kwargs: object) -> "FaultProxy":
        parts = urlsplit(upstream_url)
        proxy = cls(f"{parts.scheme}://{parts.netloc}", **kwargs)  # type: ignore[arg-type]
        proxy._server = _Server(("127.0.0.1", 0), _Handler)
        proxy._server.proxy = proxy  # type: ignore[attr-defined]
        threading.Thread(target=proxy._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True,
                         name="fault-proxy").start()
        return proxy

    @property
    def port(self) -> int:
        assert self._server is not None
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        """The address devices use: the server's ``/v1`` root, through the proxy."""
        return f"http://127.0.0.1:{self.port}/v1"

    def close(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            with self._lock:
                for sock in list(self._sockets):
                    _close(sock)

    # --- faults ------------------------------------------------------------------------------------

    def add(self, action: str, method: str | None = None, path: str | None = None, *, every: int = 1,
            times: int | None = None, seconds: float = 0.0) -> Fault:
        fault = Fault(action, method, path, every, times, seconds)
        with self._lock:
            self.faults.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self.faults.clear()

    @contextmanager
    def broken(self, action: str, method: str | None = None, path: str | None = None, **options: object
               ) -> Iterator[Fault]:
        fault = self.add(action, method, path, **options)  # type: ignore[arg-type]
        try:
            yield fault
        finally:
            with self._lock:
                if fault in self.faults:
                    self.faults.remove(fault)

    def _decide(self, request: Request) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.take(request):
                    return fault
        return None

    def outcomes(self, method: str | None = None, path: str | None = None) -> list[str]:
        """What happened to each request so far (``"ok"`` or the fault), oldest first."""
        with self._lock:
            return [e.outcome for e in self.log if (method is None or e.method == method)
                    and (path is None or re.search(path, e.path))]

    def forget(self) -> None:
        """Start the log afresh."""
        with self._lock:
            self.log.clear()

    # --- forwarding ----------------------------------------------------------------------------------

    def forward(self, request: Request) -> tuple[int, str, list[tuple[str, str]], bytes]:
        parts = urlsplit(self.upstream)
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=self.timeout)
        try:
            headers = [(k, v) for k, v in request.headers if k.lower() not in _HOP_BY_HOP]
            conn.putrequest(request.method, request.target, skip_host=True, skip_accept_encoding=True)
            for name, value in headers:
                conn.putheader(name, value)
            if request.body or request.method in ("POST", "PUT", "PATCH"):
                conn.putheader("Content-Length", str(len(request.body)))
            conn.endheaders(request.body or None)
            response = conn.getresponse()
            body = response.read()
            kept = [(k, v) for k, v in response.getheaders() if k.lower() not in _HOP_BY_HOP]
            status, reason = response.status, response.reason
        finally:
            conn.close()
        if self.batch_limit and request.method == "GET" and re.fullmatch(r"/v1/?", request.path) and status == 200:
            body = self._smaller_batches(body)
        return status, reason, kept, body

    def _smaller_batches(self, body: bytes) -> bytes:
        try:
            document = json.loads(body)
            document["settings"]["batch_max_requests"] = self.batch_limit
        except (ValueError, KeyError, TypeError):
            return body
        return json.dumps(document).encode()


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    block_on_close = False

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a connection the proxy or the device broke: expected here


class _Handler(socketserver.StreamRequestHandler):
    """One client connection: requests one after another (keep-alive) until closed."""

    server: _Server

    def handle(self) -> None:
        proxy: FaultProxy = self.server.proxy  # type: ignore[attr-defined]
        with proxy._lock:
            proxy._sockets.add(self.connection)
        try:
            while True:
                request = _read_request(self.rfile)
                if request is None:
                    return
                if not self._serve(proxy, request):
                    return
        except (OSError, ValueError):
            return
        finally:
            with proxy._lock:
                proxy._sockets.discard(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass

    def _serve(self, proxy: FaultProxy, request: Request) -> bool:
        """Answer one request; False when the connection is to be closed."""
        fault = proxy._decide(request)
        action = fault.action if fault else "ok"
        entry = Entry(request.method, request.path, action, None)
        with proxy._lock:
            proxy.log.append(entry)  # logged when decided: a delayed answer is still on its way
        if action == "drop_request":
            _reset(self.connection)
            return False
        if action == "error_before":
            self._send(500, "Internal Server Error", [("Content-Type", "application/json")],
                       _error_body(), close=False)
            return True
        status, reason, headers, body = proxy.forward(request)
        entry.status = status
        if action == "drop_headers":
            self.wfile.write(b"HTTP/1.1 ")
            self.wfile.flush()
            _close(self.connection)
            return False
        if action == "drop_response":
            head = _head(status, reason, headers, len(body))
            self.wfile.write(head + body[: max(1, len(body) // 2)])
            self.wfile.flush()
            _close(self.connection)
            return False
        if action == "error_after":
            self._send(500, "Internal Server Error", [("Content-Type", "application/json")],
                       _error_body(), close=False)
            return True
        if action == "delay":
            time.sleep(fault.seconds)  # type: ignore[union-attr]
        self._send(status, reason, headers, body, close=False)
        return True

    def _send(self, status: int, reason: str, headers: list[tuple[str, str]], body: bytes, close: bool) -> None:
        self.wfile.write(_head(status, reason, headers, len(body), close) + body)
        self.wfile.flush()


def _read_request(rfile) -> Request | None:  # type: ignore[no-untyped-def]
    line = rfile.readline(65537)
    if not line:
        return None
    method, target, version = line.decode("latin-1").rstrip("\r\n").split(" ", 2)
    headers = []
    while True:
        raw = rfile.readline(65537)
        if raw in (b"\r\n", b"\n", b""):
            break
        name, value = raw.decode("latin-1").split(":", 1)
        headers.append((name.strip(), value.strip()))
    request = Request(method.upper(), target, version, headers, b"")
    length = int(request.header("Content-Length") or 0)
    request.body = rfile.read(length) if length else b""
    return request


def _head(status: int, reason: str, headers: list[tuple[str, str]], length: int, close: bool = False) -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}", *(f"{k}: {v}" for k, v in headers), f"Content-Length: {length}"]
    if close:
        lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _error_body() -> bytes:
    return json.dumps({"code": 500, "errno": 999, "error": "Internal Server Error",
                       "message": "injected by the test proxy"}).encode()


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()


def _reset(sock: socket.socket) -> None:
    """Close with a reset, as a link that breaks does."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    sock.close()
