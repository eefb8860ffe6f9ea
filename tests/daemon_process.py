"""The real daemon in a child process, with its log lines readable as events.

Tests wait for a log line (a threading.Condition wakes them), never for a clock.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import Self


class DaemonProcess:
    """`python -m monitor -v run --config PATH`, stopped with SIGTERM on exit.

    `verbose=False` runs it at the default log level, as a service runs.
    """

    def __init__(self, config: Path, env: dict[str, str] | None = None, *, verbose: bool = True) -> None:
        self.config = config
        self.verbose = verbose
        self.env = {**os.environ, **(env or {})}
        self.lines: list[str] = []
        self._cond = threading.Condition()
        self._proc: subprocess.Popen[str] | None = None
        self._reader: threading.Thread | None = None

    def start(self) -> Self:
        self._proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "monitor",
                *(["-v"] if self.verbose else []),
                "run",
                "--config",
                str(self.config),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            text=True,
            env=self.env,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        return self

    def _read(self) -> None:
        assert self._proc is not None and self._proc.stdout is not None
        for line in self._proc.stdout:
            with self._cond:
                self.lines.append(line.rstrip("\n"))
                self._cond.notify_all()
        with self._cond:
            self._cond.notify_all()

    def wait_for_log(self, pattern: str, count: int = 1, timeout: float = 60) -> list[str]:
        """Block until `count` log lines match `pattern` (a regex); return them."""
        regex = re.compile(pattern)

        def found() -> list[str]:
            return [line for line in self.lines if regex.search(line)]

        with self._cond:
            ok = self._cond.wait_for(
                lambda: len(found()) >= count or (self._proc is not None and self._proc.poll() is not None),
                timeout,
            )
            matches = found()
        if not ok or len(matches) < count:
            tail = "\n".join(self.lines[-int(os.environ.get("DAEMON_LOG_TAIL", "40")) :])
            raise AssertionError(f"waited for {count} x {pattern!r}, saw {len(matches)}; log tail:\n{tail}")
        return matches

    def count(self, pattern: str) -> int:
        regex = re.compile(pattern)
        with self._cond:
            return sum(1 for line in self.lines if regex.search(line))

    def send(self, sig: signal.Signals) -> None:
        assert self._proc is not None
        self._proc.send_signal(sig)

    def wait(self, timeout: float = 60) -> int:
        """Wait for the daemon to exit on its own (a refusal, a fatal error); its exit code."""
        assert self._proc is not None
        try:
            code = self._proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
            raise
        if self._reader is not None:
            self._reader.join(timeout)
        assert self._proc.stdout is not None
        self._proc.stdout.close()
        return code

    def stop(self, timeout: float = 60) -> int:
        """SIGTERM, then wait for a clean exit; returns the exit code."""
        assert self._proc is not None
        if self._proc.poll() is None:
            self._proc.send_signal(signal.SIGTERM)
        return self.wait(timeout)

    @property
    def output(self) -> str:
        with self._cond:
            return "\n".join(self.lines)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self.stop()
