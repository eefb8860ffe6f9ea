"""Give memory back when a part of the lexicon has not been used for a while.

The dictionary's tables and the sentence encoder serve rule compilation, which happens in
bursts (start-up, a reload); between bursts a daemon only matches, so what they hold is
released once they have been idle for `IDLE_SECONDS` and opened again on next use.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

IDLE_SECONDS = 20.0


class Idle:
    """Calls `release` once nothing has `touch`ed it for `seconds`."""

    def __init__(self, release: Callable[[], None], seconds: float = IDLE_SECONDS) -> None:
        self._release = release
        self.seconds = seconds
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()

    def touch(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self.seconds, self._release)
            self._timer.daemon = True
            self._timer.start()

    def cancel(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None

    def wait(self, timeout: float | None = None) -> None:
        """Until the pending release has run (for tests and benchmarks)."""
        timer = self._timer
        if timer is not None:
            timer.join(timeout)
