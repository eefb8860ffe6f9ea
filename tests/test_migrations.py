"""Alembic migrations: the first revision is 0.1's schema, head equals tables.py, upgrades keep every row."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from monitor.errors import StoreError
from monitor.models import Article
from monitor.store import NewMatch, Store, schema, utcnow
from monitor.urls import masked
from tests.legacy import make_legacy_store, rows, statements

SECRETS = ("s3cret-pw", "tok-123", "k3y-456")
PRIVATE = "https://reader:s3cret-pw@private.example/feed?token=tok-123"
SCHEDULE = ("next_poll_at", "interval", "items_per_day", "feed_floor", "floor", "retry_after", "paused_at")


HEAD = schema.head()


def migrated_to(url: str, revision: str) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        command.upgrade(schema.alembic_config(conn), revision)
    engine.dispose()


def test_history_lists_every_revision_with_its_message() -> None:
    revisions = schema.history()
    assert [r.id for r in revisions] == [
        "0001",
        "0002",
        "0003",
        "0004",
        "0005",
        "0006",
    ] and schema.head() == "0006"
    assert revisions[0].message.startswith(
        "The schema of news-monitor 0.1: feeds, articles, matches, deliveries."
    )
    assert revisions[1].message.startswith("Mask credentials in stored feed URLs")
    assert revisions[2].message.startswith("Articles remember a fingerprint of their text")
    assert revisions[3].message.startswith("Stories and digests: every article belongs to a story")
    assert revisions[4].message.startswith("Mask credentials in stored article links")
    assert revisions[5].message.startswith("Feeds remember their schedule")


def test_the_head_read_without_alembic_is_alembics(db_url: str) -> None:
    assert schema.quick_head() == schema.head()
    store = Store(db_url)  # created: at the head revision
    store.close()
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        assert schema._at_head(conn)
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0005'"))
        assert not schema._at_head(conn)
    engine.dispose()


def test_the_newest_revision_creates_exactly_the_tables_of_tables_py(db_url: str) -> None:
    Store(db_url).close()
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    engine.dispose()
    assert differences == [], "tables.py and the migrations differ: add a revision for these"


def test_the_first_revision_is_the_schema_0_1_created(db_url: str) -> None:
    if db_url.startswith("sqlite"):
        Path(db_url.removeprefix("sqlite:///")).parent.mkdir()
    frozen = schema._frozen_first()
    migrated_to(db_url, "0001")
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), frozen) == []
        if engine.dialect.name == "sqlite":  # the very same DDL as the recorded 0.1 file
            found = conn.execute(sa.text("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")).scalars()
            assert {s for s in found if "alembic_version" not in s} == {
                s.rstrip(";") for s in statements("sqlite.sql")
            }
    with engine.begin() as conn:
        command.downgrade(schema.alembic_config(conn), "base")
        conn.execute(sa.text("DROP TABLE alembic_version"))
        assert sa.inspect(conn).get_table_names() == []
    make_legacy_store(db_url, data=False)  # 0.1's recorded DDL for this backend
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), frozen) == []
    engine.dispose()


def expected_after_upgrade(before: dict[str, list[dict[str, object]]]) -> dict[str, list[dict[str, object]]]:
    """0.1's rows as the upgrade leaves them: feed URLs, URL keys and errors masked (0002), articles
    without a fingerprint yet (0003), each article a story of its own whose matches alerted and
    each delivery dated by its next attempt (0004), feeds without a schedule yet (0006), the
    rest as it was."""
    after = {table: [dict(row) for row in found] for table, found in before.items()}
    private, moved = masked(PRIVATE), masked(PRIVATE.replace("/feed?", "/feed-v2?"))
    feeds = {row["id"]: row for row in after["feeds"]}
    feeds[2].update(
        key=private, config_url=private, url=moved, last_error=f"not an RSS or Atom feed (from {moved})"
    )
    feeds[4].update(
        config_url="https://api.example/news.rss?api_key=***", url="https://api.example/news.rss?api_key=***"
    )
    for row in after["feeds"]:
        row.update(dict.fromkeys(SCHEDULE, None))
    for row in after["articles"]:
        if row["feed"] == PRIVATE:
            row["feed"] = private
        row.update(content_hash=None, updated_at=None)
    stories = {row["id"]: n for n, row in enumerate(sorted(after["articles"], key=lambda r: r["id"]), 1)}
    for row in after["articles"]:
        row.update(story_id=stories[row["id"]], story_sig=None, story_reason=None)
    for row in after["matches"]:
        row.update(story_id=stories[row["article_id"]], role="alert")
    for row in after["deliveries"]:
        row.update(reason=None, digest_id=None, created_at=row["next_attempt_at"])
    return after


def test_upgrading_0_1_keeps_every_row_and_masks_credentials(
    db_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    make_legacy_store(db_url)
    before = rows(db_url)
    assert [len(before[t]) for t in ("feeds", "articles", "matches", "deliveries")] == [4, 4, 3, 5]
    assert {r["status"] for r in before["deliveries"]} == {"pending", "sent", "failed"}

    with caplog.at_level(logging.INFO, logger="monitor.store.schema"), Store(db_url) as store:
        assert store.upgraded is not None
        assert (store.upgraded.from_revision, store.upgraded.to_revision) == (None, HEAD)
        backup = store.upgraded.backup
    after = rows(db_url)
    assert after == expected_after_upgrade(before)
    assert not [
        v
        for found in after.values()
        for row in found
        for v in row.values()
        if any(s in str(v) for s in SECRETS)
    ]
    assert after["feeds"][1]["key"] == "https://***@private.example/feed?token=***"
    upgraded_line = next(r.getMessage() for r in caplog.records if "upgraded the database" in r.getMessage())
    assert f"from schema revision none (news-monitor 0.1, before migrations) to {HEAD}" in upgraded_line

    if db_url.startswith("sqlite"):
        path = Path(db_url.removeprefix("sqlite:///"))
        assert backup is not None and backup.parent == path.parent
        assert backup.name.startswith("news-monitor.db.backup-unversioned-") and backup.name.endswith("Z")
        assert f"the database before the upgrade was copied to {backup}" in upgraded_line
        assert rows(f"sqlite:///{backup}") == before  # the copy is the database as it was
        copy = sqlite3.connect(backup)
        assert copy.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
        ).fetchone() == (0,)
        copy.close()
    else:
        assert backup is None

    # The upgraded store goes on: a masked key finds its feed's state, new rows get new ids.
    with Store(db_url, mode="existing") as store:
        state = store.feed(masked(PRIVATE), masked(PRIVATE))
        assert (state.id, state.errors_in_row) == (2, 2) and state.first_polled_at is not None
        assert store.unseen(masked(PRIVATE), [Article("p1", masked(PRIVATE))]) == []
        assert {d.target for d in store.due_deliveries()} == {"hook", "mail", "chat"}
        [view] = store.recent_matches(rule="private-watch")
        assert view.feed == masked(PRIVATE) and view.deliveries == (("hook", "sent"),)
        new = Article("w4", "World", "Later news")
        [match_id] = store.save_poll("World", [new], [NewMatch("w4", "nk-troops", (), "", ("hook",))]).matches
        assert match_id == 4


def test_two_feeds_differing_only_in_their_secrets_stay_apart(db_url: str) -> None:
    make_legacy_store(db_url, data=False)
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        for id_, password in ((1, "one"), (2, "two")):
            url = f"https://u:{password}@h.example/feed"
            conn.execute(
                sa.text(
                    "INSERT INTO feeds (id, key, config_url, url, gone, errors_in_row) "
                    "VALUES (:id, :url, :url, :url, FALSE, 0)"
                ),
                {"id": id_, "url": url},
            )
    engine.dispose()
    Store(db_url).close()
    assert [r["key"] for r in rows(db_url)["feeds"]] == [
        "https://***@h.example/feed",
        "https://***@h.example/feed (#2)",
    ]


def test_a_failed_upgrade_is_rolled_back_whole(db_url: str) -> None:
    make_legacy_store(db_url)
    before = rows(db_url)
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:  # the article update of revision 0002 fails half-way through the upgrade
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql(
                "CREATE TRIGGER refuse BEFORE UPDATE ON articles BEGIN SELECT RAISE(ABORT, 'refused'); END"
            )
        else:
            conn.exec_driver_sql(
                "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ "
                "LANGUAGE plpgsql"
            )
            conn.exec_driver_sql(
                "CREATE TRIGGER refuse BEFORE UPDATE ON articles FOR EACH ROW EXECUTE FUNCTION refuse()"
            )
    engine.dispose()
    with pytest.raises(
        StoreError, match=rf"to {HEAD} failed and was rolled back, so it is as it was: .*refused"
    ):
        Store(db_url)
    assert rows(db_url) == before  # the feeds masked before the failure are back too
    assert schema.read_state(db_url)[1].revision is None  # not even stamped


def test_a_failed_creation_leaves_no_half_made_schema(db_url: str) -> None:
    if db_url.startswith("sqlite"):
        Path(db_url.removeprefix("sqlite:///")).parent.mkdir()
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:  # someone else's index takes a name revision 0001 creates after its tables
        conn.exec_driver_sql("CREATE TABLE other (rule VARCHAR)")
        conn.exec_driver_sql("CREATE INDEX ix_matches_rule ON other (rule)")
    with pytest.raises(
        StoreError, match=rf"from schema revision none \(empty\) to {HEAD} failed and was rolled back"
    ):
        Store(db_url)
    with engine.connect() as conn:
        assert sa.inspect(conn).get_table_names() == ["other"]
    engine.dispose()


def test_links_stored_with_credentials_are_masked(db_url: str) -> None:
    if db_url.startswith("sqlite"):
        Path(db_url.removeprefix("sqlite:///")).parent.mkdir()
    migrated_to(db_url, "0004")
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO feeds (id, key, config_url, url, gone, errors_in_row) "
            "VALUES (1, 'private', 'https://***@p.example/feed', 'https://***@p.example/feed', false, 0)"
        )
        for n, link in enumerate(["https://reader:hunter22@p.example/story/1", "https://p.example/story/2"]):
            conn.exec_driver_sql(
                "INSERT INTO articles (id, feed_id, uid, feed, title, summary, content, link, author, tags, seen_at) "
                f"VALUES ({n + 1}, 1, 'u{n}', 'private', 't', '', '', '{link}', '', '[]', CURRENT_TIMESTAMP)"
            )
    engine.dispose()

    Store(db_url).close()

    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        links = [r[0] for r in conn.exec_driver_sql("SELECT link FROM articles ORDER BY id")]
    engine.dispose()
    assert links == ["https://***@p.example/story/1", "https://p.example/story/2"]


def test_a_0_1_database_still_open_in_an_old_daemon_is_not_upgraded(db_url: str) -> None:
    # A 0.1 daemon takes no lock: the upgrade looks for any other process using the database.
    make_legacy_store(db_url)
    holder = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('SELECT 1 FROM feeds').fetchall()"
        if db_url.startswith("sqlite")
        else "import sqlalchemy as sa, sys; c = sa.create_engine(sys.argv[1]).connect(); c.exec_driver_sql('SELECT 1')"
    )
    target = db_url.removeprefix("sqlite:///") if db_url.startswith("sqlite") else db_url
    with subprocess.Popen(
        [sys.executable, "-c", holder + "; print('ready', flush=True); sys.stdin.read()", target],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as old_daemon:
        assert old_daemon.stdout is not None and old_daemon.stdout.readline().strip() == "ready"
        with pytest.raises(
            StoreError, match=r"it is open in another process \(pid \d+.*news-monitor 0.1 daemon"
        ):
            Store(db_url)
        assert old_daemon.stdin is not None
        old_daemon.stdin.close()
    Store(db_url).close()  # once it has stopped, the upgrade goes ahead
    assert schema.read_state(db_url)[1].revision == HEAD


def test_upgrading_0005_to_the_schedule_keeps_every_row_and_plans_old_feeds_afresh(
    db_url: str, tmp_path: Path
) -> None:
    make_legacy_store(db_url)
    migrated_to(db_url, "0005")
    before = rows(db_url)
    with Store(db_url) as store:
        assert store.upgraded is not None and (store.upgraded.from_revision, store.upgraded.to_revision) == (
            "0005",
            "0006",
        )
        after = rows(db_url)
        assert {t: len(r) for t, r in after.items()} == {t: len(r) for t, r in before.items()}
        for old, new in zip(before["feeds"], after["feeds"], strict=True):
            assert new == {**old, **dict.fromkeys(SCHEDULE)}  # every old value kept, no plan yet
        for table in ("articles", "matches", "deliveries"):
            assert after[table] == before[table]
        # An old feed is due at once and gets its plan from its next poll; pages can be cached.
        plan = {"next_poll_at": utcnow(), "interval": 900.0, "items_per_day": 3.5, "paused_at": None}
        store.update_feed("World", plan)
        store.save_pages({"k" * 64: ("text", None)})
        world = next(row for row in store.feeds() if row.key == "World")
        assert (world.interval, world.items_per_day, world.etag) == (900.0, 3.5, before["feeds"][0]["etag"])
        assert store.pages(["k" * 64], utcnow() - timedelta(days=1)) == {"k" * 64: ("text", None)}
