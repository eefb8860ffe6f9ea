"""Real notification receivers on 127.0.0.1 for tests: a JSON webhook and an SMTP server.

Both are context managers that start in a background thread, pick a free port, record
what they receive and shut down cleanly on exit (no leaked sockets or threads). Waiting
is done on a `threading.Condition`, never by sleeping::

    with WebhookReceiver() as hook:
        send([hook.url], "title", "body")
        [message] = hook.wait_for(1)          # {"title": ..., "message": ..., "type": ...}

    with SmtpReceiver() as smtp:
        send([smtp.apprise_url], "subject", "body")
        [mail] = smtp.wait_for(1)             # email.message.Message
        assert mail["Subject"] == "subject"

`wait_for(n)` raises `AssertionError` (with what did arrive) when fewer than `n`
messages arrive within the timeout, so a test fails with a readable message.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import json
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from tests.localserver import LocalServer, serve_in_thread

__all__ = ["Request", "SmtpReceiver", "WebhookReceiver", "body_text"]


def _wait(cond: threading.Condition, items: list[Any], n: int, timeout: float, what: str) -> list:
    with cond:
        if not cond.wait_for(lambda: len(items) >= n, timeout=timeout):
            raise AssertionError(f"expected {n} {what} within {timeout} s, got {len(items)}: {items!r}")
        return list(items)


@dataclass(frozen=True)
class Request:
    """One HTTP request the webhook answered: its path, headers, raw body and status."""

    path: str
    headers: dict[str, str]
    body: bytes
    status: int

    def json(self) -> Any:
        return json.loads(self.body)


class _QuietServer(ThreadingHTTPServer):
    # Join request threads on server_close() so nothing outlives the receiver.
    daemon_threads = False
    block_on_close = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A sender that hangs up (killed while held) is expected; anything else is not."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class WebhookReceiver(LocalServer):
    """An HTTP server on 127.0.0.1 that records POSTed JSON bodies.

    - `url`: the Apprise URL that posts here, `json://127.0.0.1:PORT/hook`.
    - `http_url`: the same endpoint as a plain `http://` URL.
    - `messages`: the decoded JSON bodies of accepted POSTs (Apprise's json:// sends
      `{"version", "title", "message", "type", ...}`), in arrival order.
    - `requests`: every request answered, accepted or not (`Request` records).
    - `fail_with(status)`: answer every following request with `status` (not recorded in
      `messages`) until `recover()`; `fail_first(n, status)`: only the next `n` requests.
    - `hold()`: record every following request in `requests` (status 0) as soon as it
      is read, then leave the sender waiting for an answer until `release()`, which
      answers 200 if the sender is still there (a test kills it in between).
    - `wait_for(n, timeout=60)`: block until `n` messages were accepted; returns them.
    """

    def __init__(self, path: str = "/hook") -> None:
        self.path = path
        self.messages: list[Any] = []
        self.requests: list[Request] = []
        self._fail_status: int | None = None
        self._fail_left: int | None = None  # with fail_first: failures still to give
        self._holding = False
        self._cond = threading.Condition()
        self._server: _QuietServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------

    def start(self) -> Self:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                receiver._record(self, body)

            do_PUT = do_POST

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep test output clean

        self._server = _QuietServer(("127.0.0.1", 0), Handler)
        self._thread = serve_in_thread(self._server, "WebhookReceiver")
        return self

    def close(self) -> None:
        self.release()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    # -- addresses ---------------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("WebhookReceiver is not running; use it as a context manager")
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """The Apprise URL that posts JSON here."""
        return f"json://127.0.0.1:{self.port}{self.path}"

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.path}"

    # -- behaviour ---------------------------------------------------------------------

    def fail_with(self, status: int = 500) -> None:
        """Answer every following request with `status` until `recover()`."""
        with self._cond:
            self._fail_status = status

    def recover(self) -> None:
        """Accept requests again (answer 200)."""
        with self._cond:
            self._fail_status = None
            self._fail_left = None

    def fail_first(self, n: int, status: int = 500) -> None:
        """Answer the next `n` requests with `status`, then accept again."""
        with self._cond:
            self._fail_status, self._fail_left = status, n

    def hold(self) -> None:
        """Read and record each following request, then keep the sender waiting until `release()`."""
        with self._cond:
            self._holding = True

    def release(self) -> None:
        """Answer the held requests (200) and stop holding."""
        with self._cond:
            self._holding = False
            self._cond.notify_all()

    def wait_for(self, n: int, timeout: float = 60) -> list[Any]:
        """Wait until at least `n` messages were accepted; return all accepted so far."""
        return _wait(self._cond, self.messages, n, timeout, "webhook messages")

    def wait_for_requests(self, n: int, timeout: float = 60) -> list[Request]:
        """Wait until at least `n` requests were answered (accepted or failed)."""
        return _wait(self._cond, self.requests, n, timeout, "webhook requests")

    def _record(self, handler: BaseHTTPRequestHandler, body: bytes) -> None:
        with self._cond:
            if self._holding:
                held = Request(handler.path, dict(handler.headers.items()), body, 0)
                self.requests.append(held)
                self._cond.notify_all()
                self._cond.wait_for(lambda: not self._holding)
                with contextlib.suppress(OSError):  # the sender is gone (killed while held)
                    _answer(handler, 200, b'{"ok": true}')
                return
            status = self._fail_status or 200
            if self._fail_left is not None:
                self._fail_left -= 1
                if self._fail_left <= 0:
                    self._fail_status = self._fail_left = None
        reply = b'{"ok": true}' if status < 300 else b'{"error": "receiver told to fail"}'
        request = Request(handler.path, dict(handler.headers.items()), body, status)
        with self._cond:  # recorded before answering: a sender that got its answer finds it here
            self.requests.append(request)
            if status < 300:
                try:
                    self.messages.append(json.loads(body))
                except ValueError:
                    self.messages.append({"raw": body.decode("utf-8", "replace")})
            self._cond.notify_all()
        _answer(handler, status, reply)


def _answer(handler: BaseHTTPRequestHandler, status: int, reply: bytes) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(reply)))
    handler.end_headers()
    handler.wfile.write(reply)
    handler.wfile.flush()


class _FreePortController(Controller):
    """An aiosmtpd Controller that binds port 0 and reads back the port it got."""

    def _trigger_server(self) -> None:
        sockets = getattr(self.server, "sockets", None)
        if self.port == 0 and sockets:
            self.port = sockets[0].getsockname()[1]
        super()._trigger_server()


class SmtpReceiver(LocalServer):
    """A plain (no TLS) SMTP server on 127.0.0.1 that records every message.

    - `apprise_url`: a `mailto://` URL that makes Apprise deliver here, logging in
      with `user`/`password` (any credentials are accepted; see `logins`).
    - `messages`: the received messages as `email.message.Message` (`msg["Subject"]`,
      `msg.get_content()` or `body_text(msg)`); `envelopes` holds (mail_from, rcpt_tos).
    - `wait_for(n, timeout=60)`: block until `n` messages arrived; returns them.
    """

    def __init__(
        self,
        *,
        user: str = "monitor",
        password: str = "smtp-pass",
        to: str = "alerts@example.org",
        sender: str = "monitor@example.org",
    ) -> None:
        self.user = user
        self.password = password
        self.to = to
        self.sender = sender
        self.messages: list[Message] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.logins: list[tuple[str, str]] = []
        self._cond = threading.Condition()
        self._controller: _FreePortController | None = None

    def start(self) -> Self:
        self._controller = _FreePortController(
            _Handler(self._store),
            hostname="127.0.0.1",
            port=0,
            server_hostname="localhost",  # skip socket.getfqdn(), which can be slow
            authenticator=self._authenticate,
            auth_require_tls=False,
        )
        self._controller.start()
        return self

    def close(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    @property
    def port(self) -> int:
        if self._controller is None:
            raise RuntimeError("SmtpReceiver is not running; use it as a context manager")
        return int(self._controller.port)

    @property
    def apprise_url(self) -> str:
        """The Apprise URL for plain SMTP (no TLS) with login to this receiver."""
        return (
            f"mailto://{self.user}:{self.password}@127.0.0.1:{self.port}"
            f"?to={self.to}&from={self.sender}&mode=insecure"
        )

    def wait_for(self, n: int, timeout: float = 60) -> list[Message]:
        """Wait until at least `n` messages arrived; return all received so far."""
        return _wait(self._cond, self.messages, n, timeout, "emails")

    def _authenticate(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        mechanism: str,
        auth_data: Any,
    ) -> AuthResult:
        if isinstance(auth_data, LoginPassword):
            login = (auth_data.login.decode(), auth_data.password.decode())
            with self._cond:
                self.logins.append(login)
        return AuthResult(success=True)

    def _store(self, envelope: Envelope) -> None:
        content = envelope.original_content or envelope.content or b""
        if isinstance(content, str):
            content = content.encode()
        message = email.message_from_bytes(content, policy=email.policy.default)
        with self._cond:
            self.messages.append(message)
            self.envelopes.append((envelope.mail_from or "", list(envelope.rcpt_tos)))
            self._cond.notify_all()


class _Handler:
    def __init__(self, store: Callable[[Envelope], None]) -> None:
        self._store = store

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self._store(envelope)
        return "250 Message accepted for delivery"


def body_text(message: Message) -> str:
    """The plain-text body of a received email (its first text/plain part), decoded."""
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return payload.decode(part.get_content_charset() or "utf-8")
    return ""
