"""Deliver a rendered notification through Apprise, without ever leaking a secret.

Apprise describes every service by a URL, and those URLs carry the secrets: passwords,
bot tokens, webhook tokens in the path, API keys in the query. This module is the one
place that hands them to Apprise, and it keeps them out of everything a person sees:

- `mask_url(url)` is Apprise's own privacy form (`url(privacy=True)`), with the parts
  Apprise leaves readable but that are often secret (path segments, header values,
  `token=`-like query values) also replaced by `****`.
- `send()` returns a `SendResult` whose `error` says *why* delivery failed ("Connection
  refused", "error=500"), built from the log lines Apprise records for the call. Those
  lines are not logged a second time: without `-v` Apprise's own records during a send
  go nowhere else, so each problem is reported once, by the caller, from `error`.
- Every record the `apprise` logger emits passes a redaction filter that replaces each
  configured URL and its secret parts with the masked form, at every level (Apprise's
  TRACE dumps include the plain password).

`send()` is the one entry for every target URL: `log://` is ours (`logtarget.py`) and
never reaches Apprise; `syslog://` is refused where the local syslog socket is missing
(libc's syslog() drops messages silently there); with an `alert_id`, webhook and e-mail
URLs get an `X-News-Monitor-Alert-Id` header through Apprise's own `+Header=value`
parameters. `message_limits(url)` gives the sizes the service accepts, from Apprise.

Behaviour of Apprise 2.3 worth knowing (verified against the installed version):

- `notify()` returns an `AppriseResult`: `bool()` is True only for SUCCESS; `status`
  is SUCCESS, FAILURE, PARTIAL, NOMATCH (no service loaded or matched) or TIMEOUT.
  `timeout=` bounds the whole call; per-service socket timeouts come from the URL
  (`cto=`/`rto=`, 4 s by default; 15 s connect for email).
- The reason for a failure ("[Errno 111] Connection refused") is logged at DEBUG only,
  so during a send the `apprise` logger is lowered to DEBUG; records below the level
  the application configured are not passed on to its handlers (see `_DetailWindow`).
- A plugin instance throttles itself (5.5 s between sends for most services); a fresh
  `Apprise` object per `send()` means no hidden sleeps, so rate limits belong to the
  caller.
"""

from __future__ import annotations

import logging
import re
import stat
import sys
import threading
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote, quote_plus, unquote

import apprise

from monitor.delivery import logtarget
from monitor.delivery.render import MessageLimits

if TYPE_CHECKING:
    from monitor.config import Config

__all__ = [
    "ALERT_ID_HEADER",
    "SendResult",
    "describe_targets",
    "local_syslog_socket",
    "mask_url",
    "message_format",
    "message_limits",
    "send",
    "url_error",
    "validate_urls",
]

ALERT_ID_HEADER = "X-News-Monitor-Alert-Id"
# Apprise services whose `+Name=value` URL parameters become headers: HTTP headers for
# the webhooks, message headers for e-mail. (Elsewhere `+` means other things.)
_HEADER_SCHEMES = frozenset({"json", "jsons", "xml", "xmls", "form", "forms", "mailto", "mailtos"})
# Where libc's syslog() writes (Linux, macOS, BSD). Without one it drops every message.
SYSLOG_SOCKETS = (Path("/dev/log"), Path("/var/run/syslog"), Path("/var/run/log"))

# Apprise's PGP helper (loaded with the email plugin) imports the stdlib `imghdr`,
# deprecated since 3.11. Importing it here first keeps that DeprecationWarning out of
# runs with warnings as errors (our test suite) and changes nothing else.
if sys.version_info < (3, 13):  # pragma: no branch
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import imghdr  # noqa: F401

_LOGGER = logging.getLogger(apprise.LOGGER_NAME)
_MASK = "****"
_MIN_SECRET_LEN = 3  # shorter fragments are not replaced in free text (they'd mangle it)
_MAX_REASON = 300

_URL_PARTS = re.compile(
    r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]*)://(?P<netloc>[^/?#]*)(?P<path>[^?#]*)"
    r"(?:\?(?P<query>[^#]*))?(?:#(?P<fragment>.*))?$",
    re.DOTALL,
)
_SCHEME = re.compile(r"^\s*([A-Za-z][A-Za-z0-9+.\-]{0,31})://")
_SECRET_KEY = re.compile(r"(?i)token|secret|pass|pwd|key|auth|sig|hash|cred|session|bearer|webhook|code")
# Structural patterns, applied to all text whatever URLs were registered:
# `scheme://user:password@` and `password="..."` (Apprise's TRACE dumps).
_USERINFO = re.compile(r"(\b[A-Za-z][A-Za-z0-9+.\-]*://)([^\s:/@?#]*):([^\s@/?#]+)@")
_KEY_VALUE = re.compile(
    r"(?i)\b((?:[a-z_]*_)?(?:password|passwd|pwd|secret|token|apikey|api_key))"
    r"(\s*=\s*)(\"[^\"]*\"|'[^']*')"
)
_ERRNO = re.compile(r"\[Errno -?\d+\] ([^'\"()\]\[]+)")


@dataclass(frozen=True)
class SendResult:
    """The outcome of one `send()`.

    `error` is a person-readable reason when `ok` is False; it never contains an
    unmasked secret of the URLs sent to.
    """

    ok: bool
    error: str | None = None


# -- redaction -----------------------------------------------------------------------


class _Redactor(logging.Filter):
    """Replaces registered secrets in text and in every record of the `apprise` logger.

    Installed once as a filter on the `apprise` logger (a logger filter runs before any
    handler, so Apprise's own per-call log capture sees the redacted text as well).
    """

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._subs: dict[str, str] = {}
        self._pattern: re.Pattern[str] | None = None
        self._local = threading.local()

    def register(self, subs: dict[str, str]) -> None:
        with self._lock:
            new = {s: r for s, r in subs.items() if s and self._subs.get(s) != r}
            if not new:
                return
            self._subs = {**self._subs, **new}
            alternatives = sorted(self._subs, key=len, reverse=True)
            # Whole fragments only: a secret `hook` must not turn "Webhook" into "Web****".
            self._pattern = re.compile(
                "(?<![A-Za-z0-9])(?:" + "|".join(map(re.escape, alternatives)) + ")(?![A-Za-z0-9])"
            )

    def redact(self, text: str) -> str:
        pattern, subs = self._pattern, self._subs
        if pattern is not None:
            text = pattern.sub(lambda m: subs[m.group(0)], text)
        text = _USERINFO.sub(rf"\1\2:{_MASK}@", text)
        return _KEY_VALUE.sub(rf'\1\2"{_MASK}"', text)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: let logging report it as usual
            return True
        redacted = self.redact(message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        if record.exc_info:
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_text, record.exc_info = self.redact(text), None
        elif record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        sink: list[tuple[int, str]] | None = getattr(self._local, "sink", None)
        if sink is not None:
            # Inside `_quietly()` in this thread: keep the raw text, emit nothing.
            sink.append((record.levelno, message))
            return False
        return True

    def quietly(self) -> _Quiet:
        return _Quiet(self._local)


class _Quiet:
    """Collects (and suppresses) this thread's Apprise records while parsing a URL.

    A URL's secrets are only known once Apprise has parsed it (a Telegram bot token is
    the host part, say), so its parse logs are held back and redacted afterwards.
    """

    def __init__(self, local: threading.local) -> None:
        self._local = local
        self.records: list[tuple[int, str]] = []

    def __enter__(self) -> _Quiet:
        self._local.sink = self.records
        return self

    def __exit__(self, *exc: object) -> None:
        self._local.sink = None


# Loggers that see configured URLs: Apprise's own, and urllib3's (under requests), which
# logs request lines such as `"POST /hook/<token> HTTP/1.1" 500` at DEBUG. A logger's
# filter does not apply to its children's records, so each module logger is listed.
_REDACTED_LOGGERS = (
    apprise.LOGGER_NAME,
    "urllib3.connectionpool",
    "urllib3.connection",
    "urllib3.poolmanager",
    "urllib3.response",
    "urllib3.util.retry",
)


def _install_redactor() -> _Redactor:
    redactor = next((f for f in _LOGGER.filters if isinstance(f, _Redactor)), None)
    if redactor is None:  # (a reloaded module keeps the filter already installed)
        redactor = _Redactor()
    for name in _REDACTED_LOGGERS:
        logger = logging.getLogger(name)
        if redactor not in logger.filters:
            logger.addFilter(redactor)
    return redactor


_REDACTOR = _install_redactor()


def _variants(fragment: str) -> set[str]:
    """A fragment as it may appear in text: raw, decoded and re-encoded."""
    plain = unquote(fragment)
    forms = {fragment, plain, quote(plain, safe=""), quote(plain, safe="/:@"), quote_plus(plain)}
    return {f for f in forms if len(f) >= _MIN_SECRET_LEN}


def _fragments(url: str) -> tuple[set[str], set[str]]:
    """(always secret, secret unless Apprise shows it) parts of a URL, by shape alone."""
    match = _URL_PARTS.match(url.strip())
    if match is None:
        return set(), set()
    always: set[str] = set()
    maybe: set[str] = set()
    userinfo, _, hostport = match["netloc"].rpartition("@")
    if userinfo:
        user, has_password, password = userinfo.partition(":")
        if has_password:
            always.add(password)
        maybe.add(user)
    maybe.add(hostport)
    host, _, port = hostport.rpartition(":")
    if host and not port.isdigit():  # `123456:ABC-token` style hosts
        maybe.update((host, port))
    always.update(s for s in match["path"].split("/") if s)
    for pair in (match["query"] or "").split("&"):
        key, _, value = pair.partition("=")
        if not value:
            continue
        if key.startswith("+") or _SECRET_KEY.search(key):  # +Header=value, token=...
            always.add(value)
        elif _token_like(unquote(value)):  # not `mode=insecure`, `format=text`, ...
            maybe.add(value)
    if match["fragment"]:
        always.add(match["fragment"])
    return always, maybe


def _token_like(value: str) -> bool:
    return len(value) >= 16 or (len(value) >= 6 and any(c.isdigit() for c in value))


def _visible(fragment: str, masked: str) -> bool:
    plain = unquote(fragment)
    return any(f in masked for f in (fragment, plain, quote(plain, safe="")))


@dataclass(frozen=True)
class _UrlInfo:
    masked: str  # Apprise's privacy URL, further redacted; or "<invalid apprise URL: ...>"
    short: str  # masked without the query string, for messages
    error: str | None  # why Apprise cannot use the URL
    limits: MessageLimits  # what the service accepts
    native: str = "text"  # the body format the service renders: text, markdown or html


def _limits(plugin: Any) -> MessageLimits:
    """The service's own sizes, as Apprise's plugin declares them."""
    try:
        return MessageLimits(
            title=int(plugin.title_maxlen),
            body=int(plugin.body_maxlen),
            title_in_body=bool(plugin.overflow_amalgamate_title),
        )
    except (AttributeError, TypeError, ValueError):
        return MessageLimits()


_INFO: dict[str, _UrlInfo] = {}
_INFO_LOCK = threading.Lock()


def _asset() -> apprise.AppriseAsset:
    # app_id names the sender where a service shows one (the display name of e-mails).
    return apprise.AppriseAsset(secure_logging=True, app_id="news-monitor")


def _native(plugin: Any, url: str) -> str:
    """The body format a service renders: e-mail HTML (with a text part), else what Apprise declares."""
    if _scheme(url) in ("mailto", "mailtos"):
        return "html"
    declared = getattr(plugin, "notify_format", None)
    if declared == apprise.NotifyFormat.MARKDOWN:
        return "markdown"
    if declared == apprise.NotifyFormat.HTML:
        return "html"
    return "text"


def _scheme(url: str) -> str | None:
    match = _SCHEME.match(url)
    return match.group(1).lower() if match else None


def _info(url: str) -> _UrlInfo:
    """Parse `url` once: register its secrets for redaction and remember its masked form."""
    with _INFO_LOCK:
        cached = _INFO.get(url)
    if cached is not None:
        return cached
    if logtarget.is_log_url(url):  # ours: no secrets, nothing for Apprise to parse
        problem = logtarget.log_url_error(url)
        shown = logtarget.LOG_URL if problem is None else f"<{problem}>"
        return _UrlInfo(masked=shown, short=shown, error=problem, limits=logtarget.LIMITS)

    always, maybe = _fragments(url)
    with _REDACTOR.quietly() as quiet:
        try:
            plugin = apprise.Apprise.instantiate(url, asset=_asset())
        except Exception:
            plugin = None
        privacy_url = plugin.url(privacy=True) if plugin is not None else None

    if privacy_url is not None:  # what Apprise hides is secret (a bot token as host, ...)
        secrets = always | {m for m in maybe if not _visible(m, privacy_url)}
    else:  # nothing to compare with: hide whatever looks like a token
        secrets = always | {m for m in maybe if _token_like(unquote(m))}
    subs = {variant: _MASK for secret in secrets for variant in _variants(secret)}
    _REDACTOR.register(subs)

    error: str | None = None
    if privacy_url is not None:
        masked = _REDACTOR.redact(privacy_url)
        short = masked.split("?", 1)[0]
    else:
        error = _invalid_reason(url, quiet.records)
        masked = short = f"<invalid apprise URL: {error}>"
    # The raw URL itself (and Apprise's `/#` -> `/%23` rewrite of it) reads as the short form.
    _REDACTOR.register({url: short, url.replace("/#", "/%23"): short})

    info = _UrlInfo(
        masked=masked, short=short, error=error, limits=_limits(plugin), native=_native(plugin, url)
    )
    with _INFO_LOCK:
        _INFO[url] = info
    return info


def _invalid_reason(url: str, records: Iterable[tuple[int, str]]) -> str:
    scheme = _scheme(url)
    if scheme is None:
        return "not a URL (expected a service URL such as mailto://... or json://...)"
    if scheme not in apprise.NotificationManager():  # a read-only lookup
        return f"scheme '{scheme}' is not an Apprise service"
    details = [
        _explain(scheme, _REDACTOR.redact(message))
        for level, message in records
        if level >= logging.WARNING
        and not message.startswith(("Could not load", "Unparseable", "Unsupported URL"))
    ]
    detail = " ".join(dict.fromkeys(details))
    prefix = f"scheme '{scheme}': Apprise cannot use this URL"
    return _clip(f"{prefix}: {detail}" if detail else f"{prefix} (missing or malformed parts)")


_FROM = re.compile(r"^Invalid ~From~ email specified: ?(?:.*<(?P<bracketed>[^>]*)>|(?P<plain>.*))$")


def _explain(scheme: str, message: str) -> str:
    """Apprise's message, or ours where Apprise's does not say what to fix."""
    found = _FROM.match(message) if scheme in ("mailto", "mailtos") else None
    if found:
        address = (found["bracketed"] or found["plain"] or "").strip()
        fix = "add from=alerts@your-domain.example to the URL (a sender address your mail server accepts)"
        if not address:
            return f"no sender address: give the URL a user name on a mail domain or {fix}"
        return (
            f"the sender address {address!r} is not a valid e-mail address (Apprise builds it from "
            f"the user name and the host unless the URL has from=); {fix}"
        )
    return message


def _clip(text: str) -> str:
    return text if len(text) <= _MAX_REASON else text[: _MAX_REASON - 3] + "..."


# -- public API ----------------------------------------------------------------------


def mask_url(url: str) -> str:
    """The URL with every secret masked, safe to log and show.

    For a URL Apprise cannot use, a description such as
    `<invalid apprise URL: scheme 'xyz' is not an Apprise service>`, never the URL.
    """
    return _info(url).masked


def url_error(url: str) -> str | None:
    """Why Apprise cannot use `url` (masked, readable), or None when it can."""
    error = _info(url).error
    if error is None or logtarget.is_log_url(url):
        return error
    return f"invalid Apprise URL: {error}"


def message_limits(url: str) -> MessageLimits:
    """The title and body sizes the service behind `url` accepts (Apprise's figures)."""
    return _info(url).limits


def message_format(url: str, configured: str = "auto") -> Literal["text", "markdown", "html"]:
    """The format a message to `url` is written in: the target's `format`, else the service's own."""
    if configured in ("text", "markdown", "html"):
        return configured  # type: ignore[return-value]
    native = _info(url).native
    return native if native in ("markdown", "html") else "text"  # type: ignore[return-value]


def describe_targets(config: Config) -> list[str]:
    """One line per target saying where its alerts go, secrets masked: for the start-up summary.

    A target that cannot deliver here (syslog:// without a syslog socket) says so.
    """
    if not config.targets:
        return [
            "alerts: no targets are configured, so matches are stored but not sent (add one under targets:)"
        ]
    lines = []
    for target in config.targets:
        where = []
        for url in target.urls:
            info = _info(url)
            if logtarget.is_log_url(url) and info.error is None:
                where.append(
                    f"{logtarget.LOG_URL} (this log, at WARNING, until the target has a service URL)"
                )
            else:
                problem = info.error or _unreachable(url)
                where.append(info.short + (f" (will fail: {problem})" if problem else ""))
        lines.append(f"alerts for target {target.name!r} go to {', '.join(where)}")
    return lines


def validate_urls(urls: Sequence[str]) -> list[str]:
    """One message per URL Apprise cannot use (empty when all are fine), secrets masked.

    With more than one URL each message starts with the URL's 1-based position.
    """
    messages = []
    for position, url in enumerate(urls, start=1):
        error = url_error(url)
        if error is not None:
            messages.append(error if len(urls) == 1 else f"URL {position}: {error}")
    return messages


def send(
    urls: Sequence[str],
    title: str,
    body: str,
    *,
    timeout: float = 15.0,
    alert_id: str | None = None,
    body_format: str = "text",
    payload: dict[str, Any] | None = None,
    from_name: str | None = None,
) -> SendResult:
    """Send one notification to every URL; ok only if every service accepted it.

    `body_format` is text, markdown or html (an e-mail in HTML gets a text part from
    Apprise); `payload` goes to JSON webhooks (json://, jsons://) as the field
    `news_monitor` beside Apprise's own title and message; `from_name` is the display
    name of e-mails whose URL gives none.

    Never raises for a delivery problem: an invalid URL, a refused connection, an HTTP
    error or a timeout all come back as `SendResult(ok=False, error=...)`. If any URL is
    invalid nothing is sent. `timeout` bounds the whole call, in seconds. `alert_id`
    goes out as the `X-News-Monitor-Alert-Id` header where the service takes headers.
    """
    urls = list(urls)
    if not urls:
        return SendResult(False, "no notification URLs to send to")
    infos = [_info(url) for url in urls]
    invalid = [error for url in urls if (error := url_error(url)) is not None]
    if invalid:
        return SendResult(False, "; ".join(invalid))

    errors, services = [], []
    for info, url in zip(infos, urls, strict=True):
        if logtarget.is_log_url(url):
            logtarget.write_alert(title, _plain(body, body_format))
        elif problem := _unreachable(url):
            errors.append(f"{info.short}: {problem}")
        else:
            services.append(url)
    if services:
        result = _notify(services, title, body, timeout, alert_id, body_format, payload, from_name)
        if not result.ok:
            errors.append(result.error or "delivery failed")
    return SendResult(not errors, "; ".join(errors) or None)


def _unreachable(url: str) -> str | None:
    """Why a service cannot be reached from this machine before trying, or None."""
    if _scheme(url) == "syslog" and local_syslog_socket() is None:
        return (
            "no local syslog socket (/dev/log) on this machine, so syslog would drop every alert; "
            "use log:// to write alerts to the daemon's log, or another service"
        )
    return None


def local_syslog_socket() -> Path | None:
    """The socket libc's syslog() writes to, if this machine has one."""
    for path in SYSLOG_SOCKETS:
        try:
            if stat.S_ISSOCK(path.stat().st_mode):
                return path
        except OSError:
            continue
    return None


def _with_header(url: str, name: str, value: str) -> str:
    """`url` with Apprise's `+name=value` header parameter added (before any #fragment)."""
    base, hash_, fragment = url.partition("#")
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}+{name}={quote(value, safe='')}{hash_}{fragment}"


_FORMATS = {
    "text": apprise.NotifyFormat.TEXT,
    "markdown": apprise.NotifyFormat.MARKDOWN,
    "html": apprise.NotifyFormat.HTML,
}
_JSON_SCHEMES = frozenset({"json", "jsons"})
PAYLOAD_FIELD = "news_monitor"


def _plain(body: str, body_format: str) -> str:
    """A body for our own log target, which shows text only."""
    if body_format == "text":
        return body
    from apprise.conversion import convert_between

    return str(convert_between(_FORMATS[body_format], apprise.NotifyFormat.TEXT, body))


def _plugin(url: str, payload: dict[str, Any] | None, from_name: str | None) -> Any:
    """The Apprise service object for `url`, with our structured fields and sender name set on it.

    Only this instance is changed (its JSON payload extras, its From display name), never
    Apprise's registry of plugins.
    """
    plugin: Any = apprise.Apprise.instantiate(url, asset=_asset())
    if plugin is None:
        return None
    scheme = _scheme(url)
    if (
        payload is not None
        and scheme in _JSON_SCHEMES
        and isinstance(getattr(plugin, "payload_extras", None), dict)
    ):
        plugin.payload_extras = {**plugin.payload_extras, PAYLOAD_FIELD: payload}
    if from_name and scheme in ("mailto", "mailtos"):
        sender = getattr(plugin, "from_addr", None)
        if (
            isinstance(sender, (list, tuple))
            and len(sender) == 2
            and (not sender[0] or sender[0] == "news-monitor")
        ):
            plugin.from_addr = [from_name, sender[1]]
    return plugin


def _notify(
    urls: list[str],
    title: str,
    body: str,
    timeout: float,
    alert_id: str | None,
    body_format: str = "text",
    payload: dict[str, Any] | None = None,
    from_name: str | None = None,
) -> SendResult:
    """One Apprise call to every URL (all valid and reachable)."""
    with _DETAIL:
        client = apprise.Apprise(asset=_asset())
        for url in urls:
            sent = url
            if alert_id and _scheme(url) in _HEADER_SCHEMES:
                sent = _with_header(url, ALERT_ID_HEADER, alert_id)
            plugin = _plugin(sent, payload, from_name)
            if plugin is None or not client.add(plugin):
                return SendResult(False, f"{_info(url).short}: Apprise could not load this URL")
        try:
            result = client.notify(
                body=body,
                title=title,
                body_format=_FORMATS.get(body_format, apprise.NotifyFormat.TEXT),
                timeout=timeout,
                log_level=logging.DEBUG,
            )
        except Exception as exc:  # Apprise should not raise, but delivery must not crash
            reason = f"Apprise raised {type(exc).__name__}: {exc}"
            return SendResult(False, _clip(_REDACTOR.redact(reason)))
        try:
            return _outcome(result, timeout)
        finally:
            result.close()


# -- outcome -------------------------------------------------------------------------


def _outcome(result: Any, timeout: float) -> SendResult:
    status = apprise.AppriseResultStatus
    if result.status == status.SUCCESS:
        return SendResult(True, None)
    if result.status == status.NOMATCH:
        return SendResult(False, "Apprise had no service to notify")
    reasons = []
    for service in result:
        if not service:
            short = _REDACTOR.redact(service.url).split("?", 1)[0]
            reasons.append(f"{short}: {_reason(service.logs(), service.status, timeout)}")
    if not reasons:  # the call failed before any service ran
        reasons.append(_reason(result.call_logs(), result.status, timeout))
    return SendResult(False, _REDACTOR.redact("; ".join(reasons)))


def _level(name: str) -> int:
    level = logging.getLevelName(name)
    return level if isinstance(level, int) else logging.WARNING


def _reason(entries: Iterable[Any], service_status: Any, timeout: float) -> str:
    """A short reason from the log entries Apprise captured for one service."""
    if service_status == apprise.AppriseResultStatus.TIMEOUT:
        return f"no answer within {timeout:g} s (timed out)"
    warnings_: list[str] = []
    detail = ""
    for entry in entries:
        message = entry.message.strip()
        if _level(entry.level) >= logging.WARNING:
            warnings_.append(message)
        elif not detail and message.startswith(("Socket Exception", "Notification Exception")):
            cause = _ERRNO.search(message)
            if cause:
                detail = cause.group(1).strip()
            elif "timed out" in message.lower():
                detail = "timed out"
            else:
                detail = message.partition(": ")[2]
    parts = list(dict.fromkeys(warnings_))
    if detail and not any(detail in p for p in parts):
        parts.append(f"({_clip(detail)})")
    return _clip(" ".join(parts)) if parts else "delivery failed (no reason given by Apprise)"


class _DetailWindow:
    """While any send() runs, let Apprise create DEBUG records for its per-call capture.

    Reference counted across threads: the first send lowers the `apprise` logger to
    DEBUG (if it was above) and stops its propagation, the last one restores the logger
    exactly. Apprise's records during a send reach its per-call capture (the reasons in
    `SendResult.error`) and nothing else, so a failure is reported once, by the caller;
    with `-v` (the logger already at DEBUG) everything is logged as usual, redacted.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._saved: tuple[int, bool] | None = None

    def __enter__(self) -> None:
        with self._lock:
            if self._depth == 0 and _LOGGER.getEffectiveLevel() > logging.DEBUG:
                self._saved = (_LOGGER.level, _LOGGER.propagate)
                _LOGGER.propagate = False
                _LOGGER.setLevel(logging.DEBUG)
            self._depth += 1

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._depth -= 1
            if self._depth == 0 and self._saved is not None:
                _LOGGER.setLevel(self._saved[0])
                _LOGGER.propagate = self._saved[1]
                self._saved = None


_DETAIL = _DetailWindow()
