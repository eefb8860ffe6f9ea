"""One alert per story, digests, rate caps, quiet hours and bursts: real feeds on loopback, a real
SQLite store, real receivers; the outbox is driven by a clock of the test's own (`now=`)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import Message as Email
from pathlib import Path

import pytest

from monitor.config import load_config
from monitor.delivery.apprise_send import ALERT_ID_HEADER, PAYLOAD_FIELD
from monitor.delivery.outbox import deliver_due
from monitor.runtime import Runtime
from monitor.store import utcnow
from tests.conftest import write_config
from tests.feedserver import FeedServer, rss
from tests.polling import poll_feed
from tests.receivers import SmtpReceiver, WebhookReceiver

# One story (a quake near Izmir) told by five feeds in three languages.
STORY = {
    "reuters": (
        "en",
        {
            "guid": "r1",
            "title": "Magnitude 6.1 earthquake strikes western Turkey near Izmir",
            "description": "The quake hit the Seferihisar district at 4:12 a.m., the disaster agency AFAD said; "
            "two buildings collapsed and 3 people died.",
            "link": "https://www.reuters.example/world/izmir-quake-2026-11-17/",
        },
    ),
    "bbc": (  # the Reuters story republished, its link with tracking parameters
        "en",
        {
            "guid": "b1",
            "title": "Magnitude 6.1 earthquake strikes western Turkey near Izmir",
            "description": "The quake hit the Seferihisar district at 4:12 a.m., the disaster agency AFAD said.",
            "link": "https://reuters.example/world/izmir-quake-2026-11-17?utm_source=rss&fbclid=x1",
        },
    ),
    "tagesschau": (
        "de",
        {
            "guid": "t1",
            "title": "Erdbeben der Stärke 6,1 erschüttert Westtürkei nahe Izmir",
            "description": "Nach Angaben der Behörde AFAD stürzten in Seferihisar zwei Gebäude ein, "
            "mindestens drei Menschen kamen ums Leben.",
            "link": "https://tagesschau.example/ausland/erdbeben-izmir-100.html",
        },
    ),
    "spiegel": (
        "de",
        {
            "guid": "s1",
            "title": "Türkei: Schweres Erdbeben bei Izmir: AFAD meldet Tote",
            "description": "Das Beben der Stärke 6,1 hatte sein Zentrum im Bezirk Seferihisar.",
            "link": "https://spiegel.example/ausland/tuerkei-erdbeben-a-1.html",
        },
    ),
    "lemonde": (
        "fr",
        {
            "guid": "m1",
            "title": "Un séisme de magnitude 6,1 frappe l'ouest de la Turquie près d'Izmir",
            "description": "Selon l'agence AFAD, deux immeubles se sont effondrés à Seferihisar.",
            "link": "https://lemonde.example/international/seisme-izmir_1.html",
        },
    ),
}
OTHER = {
    "guid": "o1",
    "title": "Magnitude 6.4 earthquake off Iwate, Japan; tsunami advisory issued",
    "description": "A strong earthquake with a magnitude of 6.4 struck off Iwate Prefecture at 2:27 p.m.",
    "link": "https://nhk.example/news/iwate-quake",
}
T0 = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)


def config_text(feeds: FeedServer, urls: list[str], rule_extra: str = "", target_extra: str = "") -> str:
    listed = ", ".join(f"'{u}'" for u in urls)
    feed_lines = "".join(
        f"  - name: {name}\n    url: {feeds.url('/' + name)}\n    language: {lang}\n"
        for name, (lang, _) in STORY.items()
    )
    return (
        "defaults:\n  alert_on_first_poll: true\n"
        f"targets:\n  - name: out\n    urls: [{listed}]\n{target_extra}"
        f"feeds:\n{feed_lines}"
        "rules:\n  - name: quakes\n    query: earthquake\n" + rule_extra
    )


@pytest.fixture
def serve(feeds: FeedServer) -> FeedServer:
    for name, (lang, item) in STORY.items():
        feeds.route(f"/{name}", body=rss([item], language=lang))
    return feeds


def runtime(tmp_path: Path, text: str) -> Runtime:
    return Runtime.open(load_config(write_config(tmp_path, text)))


@pytest.fixture
def rt_hook(tmp_path: Path, serve: FeedServer, hook: WebhookReceiver) -> Iterator[Runtime]:
    rt = runtime(tmp_path, config_text(serve, [hook.url]))
    yield rt
    rt.close()


def poll(rt: Runtime, *names: str) -> None:
    for feed in rt.config.feeds:
        if feed.key in names:
            poll_feed(rt, feed)


def test_five_feeds_in_three_languages_make_one_alert_then_one_digest(
    rt_hook: Runtime, hook: WebhookReceiver
) -> None:
    rt = rt_hook
    poll(rt, "reuters")
    first = deliver_due(rt.store, rt.config, rt.retry_base)
    poll(rt, "bbc", "tagesschau", "spiegel", "lemonde")
    held = [a for m in rt.store.recent_matches() for a in m.alerts if a.status == "held"]
    due = min(a.next_attempt_at for a in held if a.next_attempt_at)
    assert len(held) == 4 and {a.reason for a in held} == {"update"}
    quiet = deliver_due(rt.store, rt.config, rt.retry_base, now=due - timedelta(seconds=1))
    later = deliver_due(rt.store, rt.config, rt.retry_base, now=due)

    assert (first.sent, quiet.sent, later.sent, later.digests) == (1, 0, 1, 1)
    alert, digest = hook.wait_for(2)
    assert alert["title"] == "[quakes] Magnitude 6.1 earthquake strikes western Turkey near Izmir"
    assert digest["title"] == "news-monitor: 1 story in this digest"
    body = digest["message"]
    for source in ("bbc (en)", "tagesschau (de)", "spiegel (de)", "lemonde (fr)"):
        assert source in body
    fields = digest[PAYLOAD_FIELD]
    assert fields["kind"] == "digest" and len(fields["alerts"]) == 1
    assert fields["alerts"][0]["story_id"] == alert[PAYLOAD_FIELD]["alerts"][0]["story_id"]
    [story] = rt.store.stories()
    assert len(story.articles) == 5 and story.sources == (
        "reuters",
        "bbc",
        "tagesschau",
        "spiegel",
        "lemonde",
    )
    assert [a.reason for a in story.articles] == ["new", "link", "evidence", "evidence", "evidence"]
    roles = sorted(m.role for m in rt.store.recent_matches())
    assert roles == ["alert", "update", "update", "update", "update"]
    assert len(hook.requests) == 2  # nothing else was sent


def test_a_lookalike_story_alerts_on_its_own(
    rt_hook: Runtime, serve: FeedServer, hook: WebhookReceiver
) -> None:
    serve.route("/bbc", body=rss([STORY["bbc"][1], OTHER], language="en"))
    poll(rt_hook, "reuters", "bbc")
    report = deliver_due(rt_hook.store, rt_hook.config, rt_hook.retry_base)
    assert report.sent == 2
    titles = sorted(m["title"] for m in hook.wait_for(2))
    assert titles == [f"[quakes] {STORY['reuters'][1]['title']}", f"[quakes] {OTHER['title']}"]


def test_the_webhook_gets_structured_fields(rt_hook: Runtime, hook: WebhookReceiver) -> None:
    poll(rt_hook, "tagesschau")
    deliver_due(rt_hook.store, rt_hook.config, rt_hook.retry_base)
    [message] = hook.wait_for(1)
    fields = message[PAYLOAD_FIELD]
    [alert] = fields["alerts"]
    assert (
        fields["kind"] == "alert"
        and fields["id"] == alert["alert_id"] == hook.requests[0].headers[ALERT_ID_HEADER]
    )
    assert alert["rule"] == "quakes" and alert["feed"] == "tagesschau" and alert["language"] == "de"
    assert (
        alert["title"] == STORY["tagesschau"][1]["title"] and alert["link"] == STORY["tagesschau"][1]["link"]
    )
    assert isinstance(alert["story_id"], int) and isinstance(alert["article_id"], int)
    assert {"term": "earthquake", "words": ["Erdbeben"]} in alert["terms"]
    assert "Erdbeben" in alert["snippet"] and "**" not in alert["snippet"]
    assert alert["sources"] == [] and alert["published"] is None
    assert "Matched:   earthquake -> Erdbeben\n" in message["message"]


def test_updates_none_and_each(tmp_path: Path, serve: FeedServer, hook: WebhookReceiver) -> None:
    for updates, expected in (("none", 1), ("each", 3)):
        with WebhookReceiver(f"/{updates}") as receiver:
            (tmp_path / updates).mkdir()
            rt = runtime(tmp_path / updates, config_text(serve, [receiver.url], f"    updates: {updates}\n"))
            try:
                poll(rt, "reuters", "tagesschau", "lemonde")
                report = deliver_due(rt.store, rt.config, rt.retry_base, now=utcnow() + timedelta(days=1))
                assert report.sent == expected, updates
                assert len(receiver.wait_for(expected)) == expected
            finally:
                rt.close()


def test_digest_delivery_on_a_cron_schedule(tmp_path: Path, serve: FeedServer, hook: WebhookReceiver) -> None:
    extra = "    delivery: digest\n    cron: '0 8 * * *'\n    timezone: Europe/Berlin\n"
    rt = runtime(tmp_path, config_text(serve, [hook.url], target_extra=extra))
    try:
        serve.route("/bbc", body=rss([OTHER], language="en"))
        poll(rt, "reuters", "bbc", "tagesschau")
        local = utcnow().astimezone(berlin())
        due = local.replace(hour=8, minute=0, second=0, microsecond=0)
        if due <= local:
            due += timedelta(days=1)
        before = deliver_due(rt.store, rt.config, rt.retry_base, now=due - timedelta(minutes=1))
        at = deliver_due(rt.store, rt.config, rt.retry_base, now=due)
        assert before.sent == 0 and before.held == 0  # held at storing time already
        assert (at.sent, at.digests) == (1, 1)
        [digest] = hook.wait_for(1)
        assert digest["title"] == "news-monitor: 2 stories in this digest"
    finally:
        rt.close()


def berlin():  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    return ZoneInfo("Europe/Berlin")


def test_quiet_hours_hold_alerts_until_they_end_then_send_one_digest(
    tmp_path: Path, serve: FeedServer, hook: WebhookReceiver
) -> None:
    extra = "    quiet: '22:00-07:00 Europe/Berlin'\n"
    rt = runtime(tmp_path, config_text(serve, [hook.url], target_extra=extra))
    try:
        serve.route("/bbc", body=rss([OTHER], language="en"))
        poll(rt, "reuters", "bbc")
        tomorrow = utcnow().astimezone(berlin()).date() + timedelta(days=1)
        night = datetime.combine(tomorrow, datetime.min.time(), tzinfo=berlin()).replace(hour=23, minute=30)
        held = deliver_due(rt.store, rt.config, rt.retry_base, now=night)
        still = deliver_due(rt.store, rt.config, rt.retry_base, now=night + timedelta(hours=7, minutes=29))
        morning = deliver_due(rt.store, rt.config, rt.retry_base, now=night + timedelta(hours=7, minutes=30))
        assert (held.sent, held.held, still.sent, morning.sent, morning.digests) == (0, 2, 0, 1, 1)
        [digest] = hook.wait_for(1)
        assert digest["title"] == "news-monitor: 2 stories in this digest"
        views = rt.store.recent_matches()
        assert {a.status for v in views for a in v.alerts} == {"sent"}
    finally:
        rt.close()


def test_over_the_rate_cap_alerts_roll_into_the_next_digest(
    tmp_path: Path, serve: FeedServer, hook: WebhookReceiver
) -> None:
    rt = runtime(tmp_path, config_text(serve, [hook.url], target_extra="    max_per_hour: 1\n"))
    try:
        serve.route("/bbc", body=rss([OTHER], language="en"))
        albania = {
            "guid": "x",
            "title": "Erdbeben in Albanien: Stärke 5,3 bei Durrës",
            "description": "Das Beben traf die Küstenstadt Durrës am Morgen; Berichte über Verletzte gibt es nicht.",
            "link": "https://x.example/2",
        }
        serve.route("/spiegel", body=rss([albania], language="de"))
        poll(rt, "reuters", "bbc", "spiegel")
        now = utcnow()
        first = deliver_due(rt.store, rt.config, rt.retry_base, now=now)
        later = deliver_due(rt.store, rt.config, rt.retry_base, now=now + timedelta(hours=1, minutes=1))
        assert (first.sent, first.held) == (1, 2)
        assert (later.sent, later.digests) == (1, 1)
        _, digest = hook.wait_for(2)
        assert digest["title"] == "news-monitor: 2 stories in this digest"
        assert rt.store.delivery_counts() == {"sent": 3}  # none dropped
    finally:
        rt.close()


def test_a_burst_rule_alerts_once_three_sources_report_the_story(
    tmp_path: Path, serve: FeedServer, hook: WebhookReceiver
) -> None:
    rt = runtime(tmp_path, config_text(serve, [hook.url], "    min_sources: 3 within 2h\n"))
    try:
        poll(rt, "reuters", "tagesschau")
        waiting = deliver_due(rt.store, rt.config, rt.retry_base)
        assert {a.reason for m in rt.store.recent_matches() for a in m.alerts} == {"sources"}
        poll(rt, "lemonde")
        released = deliver_due(rt.store, rt.config, rt.retry_base)
        assert (waiting.sent, released.sent) == (0, 1)
        [alert] = hook.wait_for(1)
        assert "Also:      tagesschau (de), lemonde (fr)" in alert["message"]
        assert alert["title"].startswith("[quakes] Magnitude 6.1 earthquake")
    finally:
        rt.close()


def test_a_receiver_failing_its_first_requests_gets_the_alert_exactly_once(
    rt_hook: Runtime, hook: WebhookReceiver
) -> None:
    hook.fail_first(3)
    poll(rt_hook, "reuters")
    now = utcnow()
    reports = [
        deliver_due(rt_hook.store, rt_hook.config, rt_hook.retry_base, now=now + timedelta(hours=h))
        for h in range(6)
    ]
    assert [r.sent for r in reports] == [0, 0, 0, 1, 0, 0]  # three failures, retried, then accepted
    assert [r.status for r in hook.requests] == [500, 500, 500, 200] and len(hook.messages) == 1
    reports = [
        deliver_due(rt_hook.store, rt_hook.config, rt_hook.retry_base, now=now + timedelta(minutes=m))
        for m in (1, 3, 7)
    ]
    assert len(hook.messages) == 1


def test_an_html_email_with_a_text_part_and_a_display_name(tmp_path: Path, serve: FeedServer) -> None:
    hostile = {
        **STORY["reuters"][1],
        "title": "Earthquake near Izmir <script>alert(1)</script> **bold** [click](http://evil.example) @everyone",
    }
    serve.route("/reuters", body=rss([hostile], language="en"))
    with SmtpReceiver() as smtp:
        rt = runtime(tmp_path, config_text(serve, [smtp.apprise_url]))
        try:
            poll(rt, "reuters")
            assert deliver_due(rt.store, rt.config, rt.retry_base).sent == 1
            [mail] = smtp.wait_for(1)
        finally:
            rt.close()
    assert mail["From"].startswith("news-monitor <monitor@example.org>")
    assert mail.get_content_type() == "multipart/alternative"
    html, text = part(mail, "text/html"), part(mail, "text/plain")
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert "<b>Earthquake</b>" in html  # the snippet's hits, marked in HTML
    assert 'href="http://evil' not in html and "http:\u200b//evil.example" in html
    assert '<a href="https://www.reuters.example/world/izmir-quake-2026-11-17/">' in html
    assert "@\u200beveryone" in html
    assert "https://www.reuters.example/world/izmir-quake-2026-11-17/" in text
    assert "Alert id" in text


def part(mail: Email, content_type: str) -> str:
    for piece in mail.walk():
        if piece.get_content_type() == content_type:
            payload = piece.get_payload(decode=True)
            assert isinstance(payload, bytes)
            return payload.decode(piece.get_content_charset() or "utf-8")
    raise AssertionError(f"no {content_type} part")


def test_a_delivery_failing_for_days_is_reported_to_admin_and_retried_by_hand(
    tmp_path: Path, serve: FeedServer, hook: WebhookReceiver
) -> None:
    with WebhookReceiver("/admin") as admin:
        text = config_text(serve, [hook.url]) + f"  - name: admin\n    urls: ['{admin.url}']\n"
        text = text.replace("rules:\n", "rules:\n", 1)
        path_text = text.replace(f"  - name: admin\n    urls: ['{admin.url}']\n", "")
        path_text = path_text.replace(
            "targets:\n", f"targets:\n  - name: admin\n    urls: ['{admin.url}']\n", 1
        )
        rt = runtime(tmp_path, path_text)
        try:
            hook.fail_with(503)
            poll(rt, "reuters")
            now = utcnow()
            for hours in (0, 1, 2, 30, 60):
                deliver_due(rt.store, rt.config, rt.retry_base, now=now + timedelta(hours=hours))
            assert admin.messages == []
            report = deliver_due(rt.store, rt.config, rt.retry_base, now=now + timedelta(days=3, hours=1))
            assert report.given_up == 1
            [notice] = admin.wait_for(1)
            assert notice["title"] == "news-monitor notice"
            assert (
                "stopped retrying 1 message(s)" in notice["message"]
                and "A1 to target out" in notice["message"]
            )
            later = deliver_due(rt.store, rt.config, rt.retry_base, now=now + timedelta(days=5))
            assert later.sent == 0 and len(admin.messages) == 1  # given up: no more tries, no second notice
            [entry] = rt.store.outbox(failed=True)
            assert entry.ref == "A1" and entry.status == "given_up" and "503" in (entry.last_error or "")
            hook.recover()
            assert rt.store.retry("A1", now + timedelta(days=5)) is not None
            assert deliver_due(rt.store, rt.config, rt.retry_base, now=now + timedelta(days=5)).sent == 1
            assert len(hook.messages) == 1
        finally:
            rt.close()


# -- a daemon killed with a digest built and not yet delivered ---------------------------


def test_a_digest_built_before_a_kill_is_sent_once_after_the_restart(
    tmp_path: Path, feeds: FeedServer, hook: WebhookReceiver
) -> None:
    """The daemon builds a digest (one transaction), starts sending it and is killed (SIGKILL) while
    the receiver holds the request. After the restart that same digest (same id, same stories) is
    delivered, and no second digest is built."""
    import signal
    import sqlite3

    from tests.daemon_process import DaemonProcess

    feeds.route("/reuters", body=rss([STORY["reuters"][1], OTHER], language="en"))
    text = (
        "defaults:\n  poll_interval: 1h\n  jitter: 0\n  alert_on_first_poll: true\n"
        f"targets:\n  - name: out\n    urls: ['{hook.url}']\n    delivery: digest\n    every: 2s\n"
        f"feeds:\n  - name: reuters\n    url: {feeds.url('/reuters')}\n    language: en\n"
        "rules:\n  - name: quakes\n    query: earthquake\n"
    )
    config = write_config(tmp_path, text)
    hook.hold()
    with DaemonProcess(config) as daemon:
        [held] = hook.wait_for_requests(1)
        daemon.send(signal.SIGKILL)
        assert daemon.stop() == -signal.SIGKILL
    hook.release()
    assert hook.messages == []  # the held request was never answered to the daemon

    with DaemonProcess(config) as daemon:
        daemon.wait_for_log(r"digest sent: target out \(2 stories\)")
        assert daemon.stop() == 0
    [delivered] = hook.wait_for(1)
    assert hook.requests[-1].headers[ALERT_ID_HEADER] == held.headers[ALERT_ID_HEADER]
    assert delivered["message"] == held.json()["message"]
    assert delivered["title"] == "news-monitor: 2 stories in this digest"
    db = sqlite3.connect(tmp_path / "data" / "news-monitor.db")
    with db:
        assert db.execute("SELECT count(*), min(status) FROM digests").fetchone() == (1, "sent")
        assert db.execute("SELECT status, count(*) FROM deliveries GROUP BY status").fetchall() == [
            ("sent", 2)
        ]
    db.close()


@pytest.mark.parametrize(
    ("every", "zone", "now", "expected"),
    [
        (
            86400,
            "Europe/Berlin",
            datetime(2026, 12, 6, 12, 0, tzinfo=UTC),
            datetime(2026, 12, 6, 23, 0, tzinfo=UTC),
        ),
        (
            86400,
            "Europe/Berlin",
            datetime(2026, 7, 6, 12, 0, tzinfo=UTC),
            datetime(2026, 7, 6, 22, 0, tzinfo=UTC),
        ),
        (
            3600,
            "Asia/Kolkata",
            datetime(2026, 12, 6, 12, 10, tzinfo=UTC),
            datetime(2026, 12, 6, 12, 30, tzinfo=UTC),
        ),
        (3600, "UTC", datetime(2026, 12, 6, 12, 10, tzinfo=UTC), datetime(2026, 12, 6, 13, 0, tzinfo=UTC)),
        # the night the clocks go back: local midnight after it, at the winter offset
        (
            86400,
            "Europe/Berlin",
            datetime(2026, 10, 25, 0, 30, tzinfo=UTC),
            datetime(2026, 10, 25, 23, 0, tzinfo=UTC),
        ),
    ],
)
def test_every_follows_the_wall_clock_of_its_time_zone(
    every: float, zone: str, now: datetime, expected: datetime
) -> None:
    from monitor.delivery.pacing import Pacing

    assert Pacing(delivery="digest", every=every, timezone=zone).next_digest(now) == expected


def test_a_rules_own_pacing_holds_its_alerts_while_other_rules_alert_at_once(
    tmp_path: Path, serve: FeedServer, hook: WebhookReceiver
) -> None:
    rules = "    delivery: digest\n    every: 1h\n  - name: japan\n    query: Japan\n"
    rt = runtime(tmp_path, config_text(serve, [hook.url], rule_extra=rules))
    try:
        serve.route("/bbc", body=rss([OTHER], language="en"))
        poll(rt, "reuters", "bbc")
        now = utcnow()
        first = deliver_due(rt.store, rt.config, rt.retry_base, now=now)
        assert first.sent == 1 and rt.store.delivery_counts() == {"sent": 1, "held": 2}
        later = deliver_due(rt.store, rt.config, rt.retry_base, now=now + timedelta(hours=1, minutes=1))
        assert (later.sent, later.digests) == (1, 1)
        alert, digest = hook.wait_for(2)
        assert alert["title"].startswith("[japan] Magnitude 6.4 earthquake off Iwate")
        assert (
            digest["title"] == "news-monitor: 2 stories in this digest"
            and "== quakes (2) ==" in digest["message"]
        )
    finally:
        rt.close()
