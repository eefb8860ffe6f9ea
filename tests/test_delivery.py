"""Rendering and Apprise delivery, against real receivers on 127.0.0.1."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.delivery.apprise_send import (
    ALERT_ID_HEADER,
    SendResult,
    local_syslog_socket,
    mask_url,
    message_limits,
    send,
    url_error,
    validate_urls,
)
from monitor.delivery.messages import Entry, Message
from monitor.delivery.render import MessageLimits, format_published, render_test_alert
from monitor.delivery.templates import render_message
from tests.receivers import SmtpReceiver, WebhookReceiver, body_text

NO_SYSLOG = local_syslog_socket() is None

ALERT = Entry(
    rule="Ukraine grain",
    title="Ships leave Odesa\nunder new corridor deal",
    feed="Reuters World",
    link="https://example.org/a/1",
    published=datetime(2026, 11, 29, 8, 30, tzinfo=timezone(timedelta(hours=2))),
    terms=(("grain", ()), ("Odesa", ())),
    snippet="The first ships left the port of **Odesa** on Sunday.",
    language="en",
    alert_id="nm-0123456789abcdef01234567",
)


def render_alert(entry: Entry, limits: MessageLimits | None = None) -> tuple[str, str]:
    """The plain-text alert of one story, as the outbox renders it (built-in template)."""
    return render_message(Message("alert", entry.alert_id or "nm-1", "out", (entry,)), "text", limits)


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def hook() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as receiver:
        yield receiver


# -- render ---------------------------------------------------------------------------


def test_render_alert_has_every_field() -> None:
    title, body = render_alert(ALERT)

    assert title == "[Ukraine grain] Ships leave Odesa under new corridor deal"
    lines = body.splitlines()
    assert lines[0] == "Ships leave Odesa under new corridor deal"
    assert "Feed:      Reuters World (en)" in lines
    assert "Published: 2026-11-29 06:30 UTC" in lines  # 08:30+02:00 in UTC
    assert "Link:      https://example.org/a/1" in lines
    assert "Matched:   grain; Odesa" in lines
    assert "The first ships left the port of Odesa on Sunday." in lines  # the snippet, its mark gone
    assert lines[-1] == "Alert id:  nm-0123456789abcdef01234567"


def test_render_alert_without_optional_parts() -> None:
    alert = Entry(rule="r", title="", feed="f")

    title, body = render_alert(alert)

    assert title == "[r] (untitled)"
    assert "Feed:      f\n" in body
    assert "Published: unknown" in body
    assert "Link:      (none)" in body
    assert "Matched:   (none)" in body
    assert body.endswith("Matched:   (none)\n\nAlert id:  nm-1")  # no snippet paragraph


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (None, "unknown"),
        (datetime(2026, 1, 2, 3, 4), "2026-01-02 03:04 UTC"),  # naive = UTC
        (datetime(2026, 1, 2, 3, 4, tzinfo=UTC), "2026-01-02 03:04 UTC"),
        (datetime(2026, 1, 1, 23, 0, tzinfo=timezone(timedelta(hours=-5))), "2026-01-02 04:00 UTC"),
    ],
)
def test_format_published(published: datetime | None, expected: str) -> None:
    assert format_published(published) == expected


def test_render_test_alert_names_the_target() -> None:
    title, body = render_test_alert("ops-mail")

    assert "Test notification" in title
    assert "ops-mail" in title
    assert "'ops-mail'" in body


HUGE = "North Korea sends troops to Russia, officials say " * 100_000  # 5 MB


def test_a_huge_alert_is_capped_to_a_headline_and_a_short_body() -> None:
    alert = Entry(
        rule="nk", title=HUGE, feed=HUGE, link="https://n.example/1", snippet=HUGE, terms=((HUGE, ()),)
    )

    title, body = render_alert(alert)

    assert len(title) <= 250 and "\n" not in title
    assert title.startswith("[nk] North Korea sends troops") and title.endswith("…")
    assert len(body) < 3_000
    assert "Link:      https://n.example/1" in body.splitlines()
    assert "Alert id:  nm-1" in body.splitlines()
    snippet = body.splitlines()[-3]
    assert snippet.endswith("…") and len(snippet) <= 500


@pytest.mark.parametrize(
    "limits",
    [
        MessageLimits(title=250, body=1024),  # Pushover
        MessageLimits(title=0, body=4096),  # Telegram: the title goes into the body
        MessageLimits(title=250, body=2000, title_in_body=True),  # Discord
        MessageLimits(title=200, body=300, title_in_body=True),  # something tiny
    ],
)
def test_the_message_fits_what_the_service_accepts_keeping_link_and_id(limits: MessageLimits) -> None:
    alert = Entry(
        rule="nk", title=HUGE[:900], feed="World", link="https://n.example/1", snippet=HUGE, alert_id="nm-42"
    )

    title, body = render_alert(alert, limits)

    shared = limits.title <= 0 or limits.title_in_body
    assert len(title) <= (limits.title or 250)
    assert len(body) + (len(title) + 2 if shared else 0) <= limits.body
    assert "https://n.example/1" in body
    assert body.splitlines()[-1].endswith("nm-42")


def test_a_short_alert_is_not_cut_for_a_small_service() -> None:
    title, body = render_alert(ALERT, MessageLimits(title=250, body=1024))

    assert (title, body) == render_alert(ALERT)


def test_message_limits_come_from_apprise() -> None:
    assert message_limits("json://127.0.0.1:1/hook") == MessageLimits(title=250, body=32768)
    assert message_limits("ntfy://ntfy.sh/topic") == MessageLimits(title=200, body=7800, title_in_body=True)
    assert message_limits("tgram://123456789:abcdefg_hijklmnop/12315544/").title == 0
    assert message_limits("log://") == MessageLimits(title=250, body=4000)


# -- send: success --------------------------------------------------------------------


def test_send_to_webhook_delivers_the_rendered_message(hook: WebhookReceiver) -> None:
    title, body = render_alert(ALERT)

    result = send([hook.url], title, body)

    assert result == SendResult(ok=True, error=None)
    [message] = hook.wait_for(1)
    assert message["title"] == title
    assert message["message"] == body
    assert message["type"] == "info"
    assert hook.requests[0].path == "/hook"


def test_send_to_smtp_arrives_as_an_email() -> None:
    title, body = render_alert(ALERT)
    with SmtpReceiver() as smtp:
        result = send([smtp.apprise_url], title, body)

        assert result.ok, result.error
        [mail] = smtp.wait_for(1)
    assert mail["Subject"] == title
    assert mail["To"] == "alerts@example.org"
    assert "monitor@example.org" in mail["From"]
    assert "https://example.org/a/1" in body_text(mail)
    assert "Published: 2026-11-29 06:30 UTC" in body_text(mail)
    assert smtp.logins == [("monitor", "smtp-pass")]
    assert smtp.envelopes == [("monitor@example.org", ["alerts@example.org"])]


@pytest.mark.parametrize("scheme", ["json", "xml", "form"])
def test_the_alert_id_goes_to_webhooks_as_a_header(hook: WebhookReceiver, scheme: str) -> None:
    url = hook.url.replace("json://", f"{scheme}://")

    result = send([url], "t", "b", alert_id="nm-0123456789abcdef01234567")

    assert result.ok, result.error
    [request] = hook.wait_for_requests(1)
    assert request.headers[ALERT_ID_HEADER] == "nm-0123456789abcdef01234567"
    assert request.path == "/hook"


def test_the_alert_id_goes_to_email_as_a_header() -> None:
    with SmtpReceiver() as smtp:
        result = send([smtp.apprise_url], "t", "b", alert_id="nm-0123456789abcdef01234567")

        assert result.ok, result.error
        [mail] = smtp.wait_for(1)
    assert mail[ALERT_ID_HEADER] == "nm-0123456789abcdef01234567"


def test_send_to_several_urls_reaches_each(hook: WebhookReceiver) -> None:
    with WebhookReceiver("/second") as other:
        result = send([hook.url, other.url], "t", "b")

        assert result.ok, result.error
        assert other.wait_for(1)[0]["title"] == "t"
    assert hook.wait_for(1)[0]["title"] == "t"


# -- send: failures -------------------------------------------------------------------


def test_http_500_is_a_failure_with_the_status_then_a_retry_succeeds(
    hook: WebhookReceiver,
) -> None:
    hook.fail_with(500)

    failed = send([hook.url], "t", "b")

    assert not failed.ok
    assert failed.error is not None
    assert "error=500" in failed.error
    assert failed.error.startswith(f"json://127.0.0.1:{hook.port}/")
    assert [r.status for r in hook.wait_for_requests(1)] == [500]
    assert hook.messages == []

    hook.recover()
    retried = send([hook.url], "t", "b")

    assert retried.ok, retried.error
    assert [m["title"] for m in hook.wait_for(1)] == ["t"]


def test_connection_refused_is_a_failure_with_the_reason(closed_port: int) -> None:
    result = send([f"json://127.0.0.1:{closed_port}/hook"], "t", "b")

    assert not result.ok
    assert result.error is not None
    assert "connection refused" in result.error.lower()


def test_smtp_connection_refused_is_a_failure(closed_port: int) -> None:
    url = f"mailto://127.0.0.1:{closed_port}?to=a@example.org&from=m@example.org&mode=insecure"

    result = send([url], "t", "b")

    assert not result.ok
    assert result.error is not None
    assert "connection refused" in result.error.lower()


def test_one_failing_url_fails_the_send_and_names_it(hook: WebhookReceiver, closed_port: int) -> None:
    result = send([hook.url, f"json://127.0.0.1:{closed_port}/down"], "t", "b")

    assert not result.ok
    assert result.error is not None
    assert f"127.0.0.1:{closed_port}" in result.error
    assert f"127.0.0.1:{hook.port}" not in result.error
    assert hook.wait_for(1)[0]["title"] == "t"  # the working one still got it


def test_no_answer_within_timeout_is_a_failure() -> None:
    with socket.socket() as listener:  # accepts connections (backlog), never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        port = listener.getsockname()[1]

        result = send([f"json://127.0.0.1:{port}/hook?rto=2"], "t", "b", timeout=0.2)

    assert not result.ok
    assert result.error is not None
    assert "timed out" in result.error


def test_invalid_url_is_a_failure_and_nothing_is_sent(hook: WebhookReceiver) -> None:
    result = send([hook.url, "xyz://user:Sup3rSecretPw@example.org/tok"], "t", "b")

    assert not result.ok
    assert result.error == "invalid Apprise URL: scheme 'xyz' is not an Apprise service"
    assert hook.requests == []  # all-or-nothing: the valid URL was not notified


def test_no_urls_is_a_failure() -> None:
    result = send([], "t", "b")

    assert result == SendResult(ok=False, error="no notification URLs to send to")


# -- secrets --------------------------------------------------------------------------


def test_secrets_never_leak_into_results_logs_or_masks(
    hook: WebhookReceiver, closed_port: int, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(1)  # every level, Apprise's TRACE (5) included
    caplog.set_level(1, logger="apprise")  # whatever an earlier command set it to
    password, path_token, header_token = "Pa55word-4-json", "t0kenInPath9", "Hdr-T0ken-77"
    smtp_password = "Smtp-Pa55-xyz"
    json_url = f"json://bot:{password}@127.0.0.1:{hook.port}/hook/{path_token}?+X-Token={header_token}"
    mail_url = (
        f"mailto://bot:{smtp_password}@127.0.0.1:{closed_port}"
        "?to=a@example.org&from=m@example.org&mode=insecure"
    )
    secrets = [password, path_token, header_token, smtp_password]
    hook.fail_with(500)

    result = send([json_url, mail_url], "t", "b", alert_id="nm-99")
    masks = [mask_url(json_url), mask_url(mail_url)]

    # The secrets were really used: the receiver saw the token path and header.
    [request] = hook.wait_for_requests(1)
    assert request.path == f"/hook/{path_token}"
    assert request.headers["X-Token"] == header_token
    assert request.headers[ALERT_ID_HEADER] == "nm-99"  # our header beside the user's
    # Delivery failed for a stated reason, and Apprise logged plenty.
    assert not result.ok
    assert result.error is not None
    assert "error=500" in result.error
    assert "connection refused" in result.error.lower()
    assert any("error=500" in r.getMessage() for r in caplog.records)
    assert any(r.levelno < logging.DEBUG for r in caplog.records)  # TRACE was captured
    # ...and no secret appears anywhere a person or a log file could see it.
    seen = [result.error, caplog.text, *masks, *(r.getMessage() for r in caplog.records)]
    for secret in secrets:
        assert not any(secret in text for text in seen), secret
    assert masks[0].startswith(f"json://bot:****@127.0.0.1:{hook.port}/")
    assert masks[1].startswith(f"mailto://bot:****@127.0.0.1:{closed_port}/")


def test_invalid_url_messages_do_not_leak_secrets() -> None:
    urls = [
        "xyz://user:Sup3rSecretPw@example.org/tok3nValue",
        "discord://1234567890",  # webhook token missing
        "not a url at all with s3cretWord99",
    ]

    messages = [mask_url(u) for u in urls] + validate_urls(urls)

    assert messages[0] == "<invalid apprise URL: scheme 'xyz' is not an Apprise service>"
    assert "discord" in messages[1]
    assert "not a URL" in messages[2]
    for secret in ("Sup3rSecretPw", "tok3nValue", "1234567890", "s3cretWord99"):
        assert not any(secret in m for m in messages), secret


@settings(max_examples=40, deadline=None)
@given(
    password=st.text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~", min_size=1),
    token=st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=40),
)
def test_mask_url_hides_any_password_and_path_token(password: str, token: str) -> None:
    # Prefixes that occur nowhere else in Apprise's URL, so a match can only be a leak.
    password, token = f"Pw{password}", f"Tk{token}"
    url = f"json://user:{password}@127.0.0.1:8080/{token}"

    masked = mask_url(url)

    assert masked.startswith("json://user:****@127.0.0.1:8080/****")
    assert password not in masked.removeprefix("json://user:****@127.0.0.1:8080/****")
    assert f"/{token}" not in masked


# -- validate_urls --------------------------------------------------------------------


def test_validate_urls_accepts_good_urls(hook: WebhookReceiver) -> None:
    with SmtpReceiver() as smtp:
        assert validate_urls([hook.url, smtp.apprise_url]) == []
    assert url_error(hook.url) is None


def test_validate_urls_reports_each_bad_url_by_position() -> None:
    messages = validate_urls(["json://127.0.0.1:1/ok", "xyz://a", "json://"])

    assert messages == [
        "URL 2: invalid Apprise URL: scheme 'xyz' is not an Apprise service",
        "URL 3: invalid Apprise URL: scheme 'json': Apprise cannot use this URL (missing or malformed parts)",
    ]


def test_validate_single_url_has_no_position() -> None:
    assert validate_urls(["nope"]) == [
        "invalid Apprise URL: not a URL (expected a service URL such as mailto://... or json://...)"
    ]


# -- logging hygiene ------------------------------------------------------------------


def test_send_reports_each_problem_once_and_leaves_the_apprise_logger_as_it_was(
    hook: WebhookReceiver, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    apprise_logger = logging.getLogger("apprise")
    before = (apprise_logger.level, apprise_logger.propagate, list(apprise_logger.handlers))
    hook.fail_with(500)

    failed = send([hook.url], "t", "b")
    hook.recover()
    sent = send([hook.url], "t", "b")

    assert not failed.ok and sent.ok
    assert (apprise_logger.level, apprise_logger.propagate, apprise_logger.handlers) == before
    # Apprise's own lines ("Failed to send ... error=500", "Sent JSON notification") are
    # not logged beside ours: the reason is in the result, for the caller to report once.
    assert failed.error is not None and "error=500" in failed.error
    assert [r.getMessage() for r in caplog.records if r.name.startswith("apprise")] == []


def test_with_verbose_logging_apprise_detail_is_logged_redacted(
    hook: WebhookReceiver, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="apprise")  # as -v sets it, whatever an earlier command did
    hook.fail_with(500)

    send([hook.url.replace("/hook", "/hook/t0ken-Secret-99")], "t", "b")

    messages = [r.getMessage() for r in caplog.records if r.name == "apprise"]
    assert any("error=500" in m for m in messages)
    assert not any("t0ken-Secret-99" in m for m in messages)


# -- log:// and unreachable services --------------------------------------------------


def test_log_target_writes_the_alert_to_the_log_at_warning(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    title, body = render_alert(ALERT, message_limits("log://"))

    result = send(["log://"], title, body)

    assert result == SendResult(ok=True, error=None)
    [record] = [r for r in caplog.records if r.name == "monitor.alerts"]
    assert record.levelno == logging.WARNING
    first, *rest = record.getMessage().splitlines()
    assert first == f"alert: {title}"
    assert all(line.startswith("    ") for line in rest)  # feed text cannot pass for a log line
    assert "    Alert id:  nm-0123456789abcdef01234567" in rest


def test_log_urls_are_valid_and_only_bare() -> None:
    assert url_error("log://") is None and url_error("LOG://") is None
    assert mask_url("log://") == "log://"
    assert validate_urls(["log://somewhere"]) == [
        "invalid log:// URL: it takes nothing after log:// (it writes alerts to the daemon's log)"
    ]


@pytest.mark.skipif(not NO_SYSLOG, reason="this machine has a syslog socket")
def test_syslog_without_a_socket_fails_instead_of_dropping_alerts() -> None:
    result = send(["syslog://"], "t", "b")

    assert not result.ok
    assert result.error is not None
    assert "no local syslog socket (/dev/log)" in result.error and "log://" in result.error


@pytest.mark.parametrize(
    ("url", "message"),
    [
        (
            "mailto://127.0.0.1:25?to=a@example.org",
            "no sender address: give the URL a user name on a mail domain",
        ),
        (
            "mailto://user:Pw-s3cret@127.0.0.1:2525?to=a@example.org",
            "the sender address 'user@127.0.0.1' is not a valid e-mail address",
        ),
    ],
)
def test_a_mailto_url_without_a_usable_sender_says_how_to_fix_it(url: str, message: str) -> None:
    error = url_error(url)

    assert error is not None
    assert message in error
    assert "add from=" in error
    assert "Invalid ~From~" not in error
    assert "Pw-s3cret" not in error
