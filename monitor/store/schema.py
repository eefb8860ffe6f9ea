"""The schema's revisions (Alembic, in `migrations/`) and bringing a database to the newest one.

Creating and upgrading are one path: an empty database is upgraded from nothing to
the head revision, a database of news-monitor 0.1 (its four tables, no
alembic_version) is stamped at the first revision and upgraded from there. The
whole upgrade is one transaction under a lock that dies with the process (SQLite: an
flock on `<db>.schema.lock` plus BEGIN IMMEDIATE; PostgreSQL: pg_advisory_xact_lock),
so processes starting together on a new data directory take turns instead of racing
to create the same tables (issue 8.5). Before an existing database is changed, the
upgrade claims the store like a daemon would (a running daemon makes it refuse) and a
SQLite file is copied beside itself with the sqlite3 backup API.

A new revision: change `tables.py`, then add `versions/NNNN_what.py` (copy the last
one; `tests/test_migrations.py` fails until the migrated schema equals the tables,
and names what differs). Alembic can draft it:
`alembic.command.revision(schema.alembic_config(conn), "what", autogenerate=True)`
on a connection to a database at the head revision.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING
from urllib.parse import quote

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from monitor.errors import StoreError, StoreMissing, StoreOutdated, StoreTooNew
from monitor.store import claim
from monitor.store.database import Database, reason

if TYPE_CHECKING:  # Alembic is imported when a schema is created, upgraded or listed, not to open one at head
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
FIRST = "0001"  # the schema of news-monitor 0.1, which databases without alembic_version have


@dataclass(frozen=True)
class Revision:
    id: str
    message: str


@dataclass(frozen=True)
class SchemaState:
    """What a database holds: its revision (None without alembic_version) and which of our tables."""

    revision: str | None
    tables: frozenset[str]

    @property
    def empty(self) -> bool:
        return self.revision is None and not self.tables

    def label(self) -> str:
        if self.revision is not None:
            return self.revision
        return "none (empty)" if self.empty else "none (news-monitor 0.1, before migrations)"


@dataclass(frozen=True)
class Upgrade:
    """What `migrate()` did: from which revision (None: created) to which, and the SQLite copy taken."""

    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration without an ini file; env.py runs the migrations on `connection`."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


@cache
def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head() -> str:
    found = _scripts().get_current_head()
    assert found is not None, "monitor/store/migrations/versions has no revision"
    return found


def history() -> list[Revision]:
    """Every revision this news-monitor knows, oldest first."""
    revisions = [Revision(r.revision, (r.doc or "").strip()) for r in _scripts().walk_revisions()]
    return revisions[::-1]


def _frozen_first() -> sa.MetaData:
    module: ModuleType = _scripts().get_revision(FIRST).module
    metadata: sa.MetaData = module.frozen_tables()
    return metadata


@cache
def quick_head() -> str | None:
    """The head revision read from the scripts' `revision =` lines without Alembic (~0.3 s of imports),
    or None when they do not form one plain chain (Alembic decides then)."""
    found: dict[str, str | None] = {}
    for path in (MIGRATIONS / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        revision = re.search(r'^revision\s*=\s*"(\w+)"', text, re.M)
        down = re.search(r'^down_revision\s*=\s*(?:"(\w+)"|None)\s*$', text, re.M)
        if revision is None or down is None:
            return None
        found[revision.group(1)] = down.group(1)
    heads = set(found) - set(found.values())
    return heads.pop() if len(heads) == 1 else None


def _at_head(conn: Connection) -> bool:
    """Whether the database is at the head revision, asked without Alembic."""
    head = quick_head()
    if head is None or not sa.inspect(conn).has_table("alembic_version"):
        return False
    return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars().all() == [head]


def state(conn: Connection) -> SchemaState:
    from alembic.runtime.migration import MigrationContext

    revision = MigrationContext.configure(conn).get_current_revision()
    ours = set(_frozen_first().tables)
    return SchemaState(revision, frozenset(ours & set(sa.inspect(conn).get_table_names())))


def inspect(engine: Engine) -> SchemaState:
    """The database's schema state, read without changing anything."""
    with engine.connect() as conn:
        return state(conn)


def read_state(url: str) -> tuple[Database, SchemaState]:
    """Where the database at `url` is and its schema state, without creating or changing anything.

    Raises StoreMissing where there is no SQLite file, StoreError where it cannot be read.
    """
    database = Database(url)
    database.require_file()
    engine = database.engine()
    try:
        return database, inspect(engine)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read the database at {database.shown}: {reason(exc)}") from exc
    finally:
        engine.dispose()


def require_current(database: Database, found: SchemaState) -> None:
    """For commands that only read: the database must be at the head revision; say why not."""
    _refuse_unusable(database, found)
    if found.empty:
        raise StoreMissing(
            f"the database at {database.shown} is empty: nothing has been polled with this config yet; "
            "run `monitor poll` or `monitor run` first"
        )
    if found.revision != head():
        raise StoreOutdated(
            f"the database at {database.shown} has schema revision {found.label()}, older than this "
            f"news-monitor's {head()}: run `monitor db upgrade` (with the same --config) first; "
            "`monitor run` and `monitor poll` upgrade it too when they start"
        )


def _refuse_unusable(database: Database, found: SchemaState) -> None:
    """A revision we do not know (a newer news-monitor wrote it), or tables that are not ours."""
    from alembic.util.exc import CommandError

    if found.revision is not None:
        try:
            _scripts().get_revision(found.revision)
        except CommandError:
            backups = f" ({database.path}.backup-*)" if database.path else ""
            raise StoreTooNew(
                f"the database at {database.shown} was last written by a newer news-monitor (schema revision "
                f"{found.revision}; this one knows up to {head()}): you are running an older news-monitor "
                f"than the one that last wrote this database; upgrade news-monitor, or restore the copy "
                f"taken before that upgrade{backups}"
            ) from None
        return
    if found.empty:
        return
    frozen = _frozen_first()
    missing = sorted(set(frozen.tables) - found.tables)
    if missing:
        raise StoreError(
            f"the database at {database.shown} has some of news-monitor's tables but not "
            f"{', '.join(missing)}: it is not a news-monitor database, or one damaged by hand; "
            "point storage at another location or move it away"
        )


def _check_first_columns(conn: Connection, database: Database) -> None:
    """A database without alembic_version must have 0.1's columns before it is stamped as 0.1."""
    inspector = sa.inspect(conn)
    for table in _frozen_first().sorted_tables:
        have = {c["name"] for c in inspector.get_columns(table.name)}
        lacking = [c.name for c in table.columns if c.name not in have]
        if lacking:
            raise StoreError(
                f"the database at {database.shown} has a table {table.name} without the column(s) "
                f"{', '.join(lacking)}: it was made by a development version older than news-monitor 0.1; "
                "move it away and let news-monitor create a new one"
            )


@contextmanager
def _schema_lock(database: Database, engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction that no other process can be in at the same time."""
    with ExitStack() as stack:
        if database.path is not None:
            database.path.parent.mkdir(parents=True, exist_ok=True)
            lock = database.beside(".schema.lock")
            fd = claim.flock(lock, wait=False)
            if fd is None:
                log.info("waiting for another process creating or upgrading %s", database.shown)
                fd = claim.flock(lock, wait=True)
            assert fd is not None
            stack.callback(claim.unlock, fd)
            database.ensure_file()
        conn = stack.enter_context(engine.connect())
        stack.enter_context(conn.begin())
        if database.path is not None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # pysqlite leaves DDL outside transactions otherwise
        else:
            keys = {"ns": claim.NAMESPACE, "key": claim.SCHEMA_KEY}
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:ns, :key)"), keys)
        yield conn


def migrate(database: Database, engine: Engine) -> Upgrade | None:
    """Bring the database to the head revision (creating it if empty); None if it already was.

    Refuses (StoreBusy) to change an existing database while another process holds
    the store, and (StoreTooNew) a database from a newer news-monitor.
    """
    with ExitStack() as held, _schema_lock(database, engine) as conn:
        if _at_head(conn):
            return None
        from alembic import command
        from alembic.runtime.migration import MigrationContext

        found = state(conn)
        if found.revision == head():
            return None
        _refuse_unusable(database, found)
        backup = None
        if not found.empty:
            held.callback(claim.claim(database, "upgrade").release)  # released after the commit
            if found.revision is None:
                _check_first_columns(conn, database)
                _refuse_old_daemon(database, conn)
            backup = _backup(database, found)
            if found.revision is None:
                MigrationContext.configure(conn).stamp(_scripts(), FIRST)
        try:
            command.upgrade(alembic_config(conn), "head")
        except SQLAlchemyError as exc:
            raise StoreError(
                f"upgrading the database at {database.shown} from schema revision {found.label()} to "
                f"{head()} failed and was rolled back, so it is as it was: {reason(exc)}"
            ) from exc
    done = Upgrade(found.revision, head(), backup)
    if found.empty:
        log.info("created the database at %s (schema revision %s)", database.shown, head())
    else:
        kept = f"; the database before the upgrade was copied to {backup}" if backup else ""
        log.warning(
            "upgraded the database at %s from schema revision %s to %s%s",
            database.shown,
            found.label(),
            head(),
            kept,
        )
    return done


def _refuse_old_daemon(database: Database, conn: Connection) -> None:
    """A 0.1 database may still be used by a 0.1 daemon, which takes no claim: look for it."""
    users = claim.unclaimed_users(database, conn)
    if users:
        raise StoreError(
            f"cannot upgrade the database at {database.shown}: it is open in another process "
            f"({', '.join(users)}), most likely a news-monitor 0.1 daemon, which takes no lock this "
            "upgrade could see; stop it (systemctl stop news-monitor), then start news-monitor again"
        )


def _backup(database: Database, found: SchemaState) -> Path | None:
    """Copy a SQLite file beside itself before it is upgraded: `news-monitor.db.backup-REV-TIME`."""
    if database.path is None:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = database.beside(f".backup-{found.revision or 'unversioned'}-{stamp}")
    try:
        source = sqlite3.connect(f"file:{quote(str(database.path))}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(target)
            try:
                source.backup(copy)
            finally:
                copy.close()
        finally:
            source.close()
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise StoreError(
            f"cannot copy {database.path} to {target} before upgrading it ({exc}); nothing was changed. "
            "Free some space (the copy is as large as the database) and try again"
        ) from None
    return target
