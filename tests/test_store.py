"""The store's queries, on a real SQLite file and on a real PostgreSQL database alike."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from monitor.errors import StoreError
from monitor.models import Article, FetchResult
from monitor.store import NewMatch, Store

T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
RETRY = timedelta(seconds=60)


def article(uid: str, title: str, **more: object) -> Article:
    return Article(uid=uid, feed="World", title=title, link=f"https://w.example/{uid}", **more)  # type: ignore[arg-type]


@pytest.fixture
def store(db_url: str):  # type: ignore[no-untyped-def]
    with Store(db_url) as opened:
        yield opened


def test_feed_state_keeps_what_the_server_said(store: Store) -> None:
    row = store.feed("World", "https://w.example/rss")
    assert (row.key, row.url, row.etag, row.errors_in_row, row.gone) == (
        "World",
        "https://w.example/rss",
        None,
        0,
        False,
    )
    ok = FetchResult("https://w.example/rss", 200, etag='"v1"', last_modified="Tue, 01 Dec 2026 07:55:00 GMT")
    store.record_fetch("World", ok, now=T0)
    moved = FetchResult("https://w.example/new", 200, new_url="https://w.example/new", etag='"v2"')
    store.record_fetch("World", moved, now=T0 + timedelta(minutes=1))
    failed = FetchResult("https://w.example/new", 503, etag='"v2"', error="HTTP 503")
    store.record_fetch("World", failed, now=T0 + timedelta(minutes=2))
    store.record_error("World", "not an RSS or Atom feed")
    [row] = store.feeds()
    assert (row.url, row.etag, row.last_modified) == ("https://w.example/new", None, None)
    assert (row.last_status, row.last_error, row.errors_in_row) == (503, "not an RSS or Atom feed", 2)
    assert row.last_ok_at == T0 + timedelta(minutes=1) and row.last_polled_at == T0 + timedelta(minutes=2)

    store.record_fetch("World", FetchResult("https://w.example/new", 410, gone=True, error="gone"), now=T0)
    assert store.feed("World", "https://w.example/rss").gone  # same configured URL: still gone
    fresh = store.feed("World", "https://w.example/elsewhere")  # a new URL starts afresh
    assert (fresh.gone, fresh.url, fresh.etag) == (False, "https://w.example/elsewhere", None)


def test_articles_matches_and_the_outbox(store: Store) -> None:
    store.feed("World", "https://w.example/rss")
    first = [
        article("a1", "North Korea sends troops", published=T0, language="en", tags=("world", "asia")),
        article("a2", "Markets are calm"),
        article("a1", "a repeated uid counts once"),
    ]
    fresh = store.unseen("World", first)
    assert [a.uid for a in fresh] == ["a1", "a2"]
    match = NewMatch(
        "a1", "nk", ("North Korea", "troops"), "**troops**", ("hook", "mail"), {"title": ["troops"]}
    )
    [match_id] = store.save_poll("World", fresh, [match], now=T0).matches
    assert store.unseen("World", [*first, article("a3", "new")]) == [article("a3", "new")]
    assert store.feeds()[0].first_polled_at == T0

    assert [a.uid for _, a in store.articles()] == ["a2", "a1"]  # newest first
    by_id = {a.uid: i for i, a in store.articles()}
    assert store.article(by_id["a1"]) == fresh[0]  # tags, language and the aware UTC time come back
    assert store.article(10_000) is None
    assert [a.uid for _, a in store.articles(since=T0 + timedelta(seconds=1))] == []

    [view] = store.recent_matches(rule="nk")
    assert (view.id, view.rule, view.title, view.terms) == (
        match_id,
        "nk",
        "North Korea sends troops",
        ("North Korea", "troops"),
    )
    assert view.matched_at == T0 and view.matched_at.utcoffset() == timedelta(0)  # printed as UTC
    assert sorted(view.deliveries) == [("hook", "pending"), ("mail", "pending")]
    assert store.recent_matches(rule="other") == []

    due = {d.target: d for d in store.due_deliveries(now=T0)}
    assert (
        set(due) == {"hook", "mail"}
        and due["hook"].article == fresh[0]
        and due["hook"].snippet == "**troops**"
    )
    assert store.due_deliveries(now=T0 - timedelta(seconds=1)) == []
    sent = store.delivery_done(due["hook"].id, None, retry_base=RETRY, now=T0, sent_urls=["fp1"])
    assert (sent.status, sent.attempts, sent.sent_at) == ("sent", 1, T0)
    for attempt in (1, 2):
        failed = store.delivery_done(
            due["mail"].id, "SMTP 451", retry_base=RETRY, now=T0, sent_urls=[f"fp{attempt}"]
        )
    assert (failed.status, failed.attempts, failed.last_error) == ("failed", 2, "SMTP 451")
    assert failed.next_attempt_at == T0 + 2 * RETRY  # the wait doubles
    [retry] = store.due_deliveries(now=T0 + 2 * RETRY)
    assert retry.target == "mail" and retry.sent_urls == {"fp1", "fp2"}
    assert store.delivery_counts() == {"sent": 1, "failed": 1}
    with pytest.raises(StoreError, match="no delivery with id 999"):
        store.delivery_done(999, None, retry_base=RETRY)


def test_stories_roles_digests_and_giving_up(store: Store) -> None:
    """The story and outbox queries on each backend: placing, roles, holding, a digest, giving up."""
    from monitor.store import Owed, StoryPlace

    class Policy:
        def owed(self, match: NewMatch, role: str, now: datetime) -> list[Owed]:
            if role == "update":
                return [Owed("hook", "update", now + timedelta(hours=1))]
            return [Owed("hook", "sources", now)] if match.rule == "burst" else [Owed("hook")]

        def burst(self, rule: str) -> tuple[int, timedelta] | None:
            return (2, timedelta(hours=2)) if rule == "burst" else None

    store.feed("World", "https://w.example/rss")
    store.feed("Welt", "https://welt.example/rss")
    first = [article("a1", "Quake near Izmir"), article("a2", "Quake copy")]
    places = {
        "a1": StoryPlace("new:a1", '{"l":"en","u":"","s":0,"k":["n:izmir"]}'),
        "a2": StoryPlace("new:a1", reason="copy"),
    }
    matches = [NewMatch(u, r, (), "", ("hook",)) for u in ("a1", "a2") for r in ("quakes", "burst")]
    saved = store.save_poll("World", first, matches, now=T0, stories=places, policy=Policy())
    [story_id] = set(saved.story_of.values())
    assert saved.stories == {"new:a1": story_id}
    views = {(v.title, v.rule): v for v in store.recent_matches()}
    assert (
        views[("Quake near Izmir", "quakes")].role == "alert"
        and views[("Quake copy", "quakes")].role == "update"
    )
    assert views[("Quake near Izmir", "quakes")].deliveries == (("hook", "pending"),)
    assert views[("Quake copy", "quakes")].alerts[0].reason == "update"
    assert views[("Quake near Izmir", "burst")].alerts[0].reason == "sources"
    assert views[("Quake copy", "burst")].alerts == ()  # a source of the waiting alert, not a digest item

    welt = Article(uid="w1", feed="Welt", title="Beben bei Izmir", link="https://welt.example/w1")
    store.save_poll(
        "Welt",
        [welt],
        [NewMatch("w1", "burst", (), "", ("hook",))],
        now=T0,
        stories={"w1": StoryPlace(story_id)},
        policy=Policy(),
    )
    assert {d.rule for d in store.due_deliveries(now=T0)} == {"quakes", "burst"}  # two sources: released
    [view] = store.stories()
    assert view.sources == ("World", "Welt") and view.rules == ("burst", "quakes") and len(view.articles) == 3
    assert [e.story_id for e in store.window_entries(T0 - timedelta(hours=1))] == [story_id]
    assert store.story_sources(story_id, "burst") == [("World", None), ("Welt", None)]

    assert store.held_due(T0) == {}
    held = store.held_due(T0 + timedelta(hours=1))
    [digest_id] = [store.build_digest("hook", ids, T0 + timedelta(hours=1)) for ids in held.values()]
    [digest] = store.due_digests(T0 + timedelta(hours=1))
    assert digest.id == digest_id and [(i.rule, i.article.uid) for i in digest.items] == [("quakes", "a2")]
    failed = store.digest_done(digest_id, "HTTP 503", retry_base=RETRY, now=T0 + timedelta(hours=1))
    assert failed.status == "failed"
    gone = store.give_up(T0 + timedelta(days=3), T0 + timedelta(days=3))
    assert [g.ref for g in gone] == [f"D{digest_id}"]
    [entry] = store.outbox(failed=True)
    assert entry.ref == f"D{digest_id}" and entry.status == "given_up" and entry.last_error == "HTTP 503"
    assert store.retry(f"D{digest_id}", T0 + timedelta(days=3)) is not None
    store.digest_done(digest_id, None, retry_base=RETRY, now=T0 + timedelta(days=3))
    assert store.held_due(T0 + timedelta(days=9)) == {}
    assert store.delivery_counts().get("sent") == 1  # the digest's item
    assert store.next_due() is not None
    with pytest.raises(ValueError, match="not a delivery id"):
        store.retry("Z1", T0)
