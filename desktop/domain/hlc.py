"""Hybrid logical clock: the order of edits across devices whose clocks disagree.

A stamp is ``MMMMMMMMMMMMM.CCCCC.NODE``: wall time in milliseconds, a counter
for edits within one millisecond (or while the wall clock lags behind a stamp
already seen), and the device's id. Stamps compare as strings; two devices
never make the same stamp, so the larger stamp is a deterministic winner.
"""

import re
import threading
import time
from collections.abc import Callable

_STAMP = re.compile(r"^(\d{13})\.(\d{5})\.([0-9a-z]{1,32})$")
MAX_COUNTER = 99999


def encode(ms: int, counter: int, node: str) -> str:
    return f"{ms:013d}.{counter:05d}.{node}"


def decode(stamp: str) -> tuple[int, int, str]:
    match = _STAMP.match(stamp)
    if not match:
        raise ValueError(f"not a clock stamp: {stamp!r}")
    return int(match.group(1)), int(match.group(2)), match.group(3)


def is_stamp(value: object) -> bool:
    return isinstance(value, str) and bool(_STAMP.match(value))


def wall_ms() -> int:
    return int(time.time() * 1000)


class HybridClock:
    """Stamps for one device; safe to share between threads."""

    def __init__(self, node: str, wall: Callable[[], int] = wall_ms) -> None:
        if not re.match(r"^[0-9a-z]{1,32}$", node):
            raise ValueError("a node id is 1 to 32 lower-case letters or digits")
        self.node = node
        self._wall = wall
        self._ms = 0
        self._counter = 0
        self._lock = threading.Lock()

    def now(self) -> str:
        with self._lock:
            wall = self._wall()
            if wall > self._ms:
                self._ms, self._counter = wall, 0
            elif self._counter < MAX_COUNTER:
                self._counter += 1
            else:  # more than 100,000 stamps in one millisecond: borrow the next one
                self._ms, self._counter = self._ms + 1, 0
            return encode(self._ms, self._counter, self.node)

    def observe(self, stamp: str) -> None:
        """Never stamp below what was seen: a later edit here wins over an earlier one anywhere."""
        ms, counter, _ = decode(stamp)
        with self._lock:
            if (ms, counter) > (self._ms, self._counter):
                self._ms, self._counter = ms, counter
