"""Opening a store: what each mode may do, one writer at a time between real processes, no ghost store."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from monitor.errors import StoreBusy, StoreError, StoreGone, StoreMissing, StoreOutdated, StoreTooNew
from monitor.store import Store, schema
from tests.legacy import make_legacy_store
from tests.pg import PASSWORD

ROOT = Path(__file__).parent.parent


class Child:
    """`python -m tests.store_child URL ACTION ARG`: ready, then acts on `go()`."""

    def __init__(self, url: str, action: str, arg: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.store_child", url, action, arg],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=ROOT,
        )

    def ready(self) -> None:
        assert self.proc.stdout is not None
        assert self.proc.stdout.readline() == "ready\n"

    def go(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("go\n")
        self.proc.stdin.flush()

    def outcome(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def finish(self) -> int:
        """Close stdin (the child lets go of what it holds) and wait for its exit code."""
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        return self.proc.wait(60)

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(60)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.kill()
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()


@pytest.fixture
def children() -> Iterator[list[Child]]:
    started: list[Child] = []
    yield started
    for child in started:
        child.close()


def start(children: list[Child], url: str, action: str, arg: str) -> Child:
    child = Child(url, action, arg)
    children.append(child)
    child.ready()
    return child


def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'data' / 'news-monitor.db'}"


# Modes ----------------------------------------------------------------------------------


def test_create_mode_creates_the_directory_and_the_schema_once(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path)
    with Store(url) as store:
        assert store.upgraded is not None and store.upgraded.from_revision is None
        assert store.upgraded.to_revision == schema.head() and store.upgraded.backup is None
    with Store(url) as store:
        assert store.upgraded is None
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == [
        "news-monitor.db",
        "news-monitor.db.schema.lock",
    ]


@pytest.mark.parametrize("mode", ["existing", "upgrade"])
def test_a_missing_sqlite_file_is_never_created(tmp_path: Path, mode: str) -> None:
    path = tmp_path / "etc" / "data" / "news-monitor.db"
    with pytest.raises(StoreMissing) as caught:
        Store(f"sqlite:///{path}", mode=mode)  # type: ignore[arg-type]
    assert f"no database at {path}: nothing has been polled with this config yet" in str(caught.value)
    assert "STATE_DIRECTORY" in str(caught.value)
    assert not (tmp_path / "etc").exists()


def test_read_only_mode_refuses_an_empty_database(db_url: str) -> None:
    if db_url.startswith("sqlite"):
        path = Path(db_url.removeprefix("sqlite:///"))
        path.parent.mkdir()
        path.touch()
    with pytest.raises(
        StoreMissing, match="is empty: nothing has been polled with this config yet"
    ) as caught:
        Store(db_url, mode="existing")
    assert PASSWORD not in str(caught.value)
    if db_url.startswith("postgresql"):
        assert "postgres:***@127.0.0.1" in str(caught.value)
    with Store(db_url) as store:  # a writer creates the tables
        assert store.upgraded is not None
    Store(db_url, mode="existing").close()


def test_read_only_mode_asks_for_an_upgrade_and_changes_nothing(db_url: str) -> None:
    make_legacy_store(db_url)
    with pytest.raises(StoreOutdated, match=r"older than this news-monitor's \w+: run `monitor db upgrade`"):
        Store(db_url, mode="existing")
    _, found = schema.read_state(db_url)
    assert found.revision is None and len(found.tables) == 4


def test_a_database_from_a_newer_news_monitor_is_refused(db_url: str) -> None:
    Store(db_url).close()
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    for mode in ("create", "existing", "upgrade"):
        with pytest.raises(StoreTooNew) as caught:
            Store(db_url, mode=mode)  # type: ignore[arg-type]
        assert "you are running an older news-monitor than the one that last wrote this database" in str(
            caught.value
        )
        assert "upgrade news-monitor, or restore the copy taken before that upgrade" in str(caught.value)


def test_tables_that_are_not_news_monitors_are_left_alone(db_url: str) -> None:
    if db_url.startswith("sqlite"):
        Path(db_url.removeprefix("sqlite:///")).parent.mkdir()
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE feeds (id INTEGER PRIMARY KEY, whatever VARCHAR)"))
    engine.dispose()
    with pytest.raises(
        StoreError, match="has some of news-monitor's tables but not articles, deliveries, matches"
    ):
        Store(db_url)


def test_a_pre_release_schema_is_not_stamped_as_0_1(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path)
    make_legacy_store(url, data=False)
    db = sqlite3.connect(tmp_path / "data" / "news-monitor.db")
    db.execute("ALTER TABLE deliveries DROP COLUMN sent_urls")
    db.close()
    with pytest.raises(StoreError, match=r"a table deliveries without the column\(s\) sent_urls"):
        Store(url)
    assert schema.read_state(url)[1].revision is None


def test_an_in_memory_database_is_refused() -> None:
    with pytest.raises(StoreError, match="needs a SQLite file"):
        Store("sqlite://")


# Concurrency ---------------------------------------------------------------------------------


def test_eight_processes_create_a_new_store_together(db_url: str, children: list[Child]) -> None:
    group = [start(children, db_url, "open", f"feed{i}") for i in range(8)]
    for child in group:
        child.go()
    outcomes = [child.outcome() for child in group]
    assert [o.split()[0] for o in outcomes] == ["done"] * 8, outcomes
    assert [child.finish() for child in group] == [0] * 8
    with Store(db_url, mode="existing") as store:
        assert sorted(f.key for f in store.feeds()) == [f"feed{i}" for i in range(8)]


# One writer ---------------------------------------------------------------------------------


def test_a_second_daemon_and_a_poll_are_refused_while_the_daemon_runs(
    db_url: str, children: list[Child]
) -> None:
    daemon = start(children, db_url, "claim", "daemon")
    daemon.go()
    done, pid = daemon.outcome().split()
    assert done == "done"
    with Store(db_url) as store:
        with pytest.raises(StoreBusy) as second:
            store.claim("daemon")
        assert f"the daemon (pid {pid}, since " in str(second.value)
        assert "is already running on the database at" in str(second.value)
        assert "only one daemon may run per database" in str(second.value)
        assert second.value.holder is not None and second.value.holder.pid == int(pid)
        with pytest.raises(StoreBusy) as poll:
            store.claim("poll")
        assert str(poll.value).startswith(f"the daemon (pid {pid}, since ")
        assert str(poll.value).endswith(
            "is running on this database and polls on its own; stop it to poll by hand"
        )
        assert PASSWORD not in str(second.value)

        daemon.kill()  # the lock dies with the process
        claimed = store.claim("poll")
        assert claimed.role == "poll"
        store.verify()
    with Store(db_url) as store:  # closing released it
        store.claim("daemon")


def test_a_poll_holding_the_store_is_named(db_url: str, children: list[Child]) -> None:
    poll = start(children, db_url, "claim", "poll")
    poll.go()
    pid = poll.outcome().split()[1]
    with (
        Store(db_url) as store,
        pytest.raises(StoreBusy, match=rf"a `monitor poll` \(pid {pid}, since .*\) is writing"),
    ):
        store.claim("daemon")
    assert poll.finish() == 0
    with Store(db_url) as store:
        store.claim("daemon")


def test_an_upgrade_is_refused_while_the_daemon_holds_the_store(db_url: str, children: list[Child]) -> None:
    make_legacy_store(db_url)
    daemon = start(children, db_url, "hold", "daemon")  # an older daemon, running on the 0.1 schema
    daemon.go()
    pid = daemon.outcome().split()[1]
    with pytest.raises(StoreBusy) as caught:
        Store(db_url)
    assert "cannot upgrade the database at " in str(caught.value)
    assert f"while the daemon (pid {pid}, since " in str(caught.value) and "stop it first" in str(
        caught.value
    )
    assert schema.read_state(db_url)[1].revision is None  # untouched
    if db_url.startswith("sqlite"):
        assert not list(Path(db_url.removeprefix("sqlite:///")).parent.glob("*.backup-*"))
    daemon.kill()
    with Store(db_url) as store:
        assert store.upgraded is not None and store.upgraded.from_revision is None


def test_verify_notices_a_lost_postgresql_claim(pg_url: str) -> None:
    with Store(pg_url) as store:
        store.claim("daemon")
        store.verify()
        with store.engine.connect() as conn:
            killed = (
                conn.execute(
                    sa.text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE application_name LIKE 'news-monitor daemon %' AND datname = current_database()"
                    )
                )
                .scalars()
                .all()
            )
        assert killed == [True]
        with pytest.raises(StoreGone, match="another process could now claim the database"):
            store.verify()


# No ghost store ---------------------------------------------------------------------------------


def test_removing_the_data_directory_stops_the_writes(tmp_path: Path) -> None:
    with Store(sqlite_url(tmp_path)) as store:
        store.feed("World", "https://w.example/rss")
        shutil.rmtree(tmp_path / "data")
        with pytest.raises(
            StoreGone, match=r"news-monitor.db was removed \(or its directory was\) while in use"
        ):
            store.feed("Other", "https://o.example/rss")
        with pytest.raises(StoreGone):
            store.verify()
        (tmp_path / "data").mkdir()  # even with the directory back, no new file appears
        with pytest.raises(StoreGone):
            store.feeds()
    assert not (tmp_path / "data" / "news-monitor.db").exists()


def test_replacing_the_file_stops_the_writes(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path)
    other = tmp_path / "other" / "news-monitor.db"
    Store(f"sqlite:///{other}").close()
    with Store(url) as store:
        store.feed("World", "https://w.example/rss")
        store.verify()
        os.replace(other, tmp_path / "data" / "news-monitor.db")
        with pytest.raises(StoreGone, match=r"news-monitor\.db was replaced while in use"):
            store.feed("Other", "https://o.example/rss")
        with pytest.raises(StoreGone, match="replaced"):
            store.verify()


def test_a_lock_file_that_cannot_be_opened_is_a_clear_error(tmp_path: Path) -> None:
    with Store(sqlite_url(tmp_path)) as store:
        (tmp_path / "data" / "news-monitor.db.lock").mkdir()
        with pytest.raises(StoreError, match=r"cannot claim the database through .*news-monitor\.db\.lock: "):
            store.claim("daemon")


def test_a_removed_lock_file_loses_the_claim(tmp_path: Path) -> None:
    with Store(sqlite_url(tmp_path)) as store:
        store.claim("daemon")
        (tmp_path / "data" / "news-monitor.db.lock").unlink()
        with pytest.raises(StoreGone, match=r"lock file .* was removed or replaced"):
            store.verify()


def test_a_second_path_to_the_same_database_through_a_link_takes_the_same_claim(tmp_path: Path) -> None:
    real = tmp_path / "real" / "news-monitor.db"
    Store(f"sqlite:///{real}").close()
    linked = tmp_path / "other" / "news-monitor.db"
    linked.parent.mkdir()
    linked.symlink_to(real)
    with Store(f"sqlite:///{real}") as first:
        first.claim("daemon")
        with Store(f"sqlite:///{linked}") as second, pytest.raises(StoreBusy):
            second.claim("daemon")
