"""Give memory back when a part of the lexicon has not been used for a while.

The dictionary's tables and the sentence encoder serve rule compilation, which happens in
bursts (start-up, a reload); between bursts a daemon only matches, so what they hold is
released once they have been idle for `IDLE_SECONDS` and opened again on next use.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

IDLE_SECONDS = 20.0


class Idle:
    """Calls `release` once nothing has `touch`ed it for `seconds`.

    A touch only notes the time (lookups touch thousands of times a second); one timer thread
    at a time checks, when it fires, whether the last touch is old enough, and waits again if not."""

    def __init__(self, release: Callable[[], None], seconds: float = IDLE_SECONDS) -> None:
        self._release = release
        self.seconds = seconds
        self._last = 0.0
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()

    def touch(self) -> None:
        self._last = time.monotonic()
        if self._timer is None:
            with self._lock:
                if self._timer is None:
                    self._start(self.seconds)

    def _start(self, delay: float) -> None:
        self._timer = threading.Timer(delay, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _fire(self) -> None:
        with self._lock:
            left = self._last + self.seconds - time.monotonic()
            if left > 0:
                self._start(left)
                return
            self._timer = None
        self._release()

    def cancel(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None

    def wait(self, timeout: float | None = None) -> None:
        """Until the pending release has run (for tests and benchmarks)."""
        deadline = time.monotonic() + (timeout if timeout is not None else 1e9)
        while (timer := self._timer) is not None and time.monotonic() < deadline:
            timer.join(max(0.0, deadline - time.monotonic()))
