"""What the local test servers (feeds, webhook, SMTP) have in common."""

from __future__ import annotations

import threading
from http.server import HTTPServer
from types import TracebackType
from typing import Self


class LocalServer:
    """A server on 127.0.0.1 that `with` starts and always closes, even when a test fails."""

    def start(self) -> Self:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def serve_in_thread(server: HTTPServer, name: str) -> threading.Thread:
    """Serve in a background thread that polls often, so shutdown is quick."""
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=name, daemon=True
    )
    thread.start()
    return thread
