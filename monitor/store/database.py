"""Where the store lives (a SQLite file by default, or a PostgreSQL database) and the engine onto it.

A SQLite file is always connected to with `mode=rw`, so no connection ever creates a
file: only `ensure_file()` does, under the schema lock, in the commands that may
create the store. The file's identity (device and inode) is pinned when the store
opens and checked before every transaction (one stat): a database removed or
replaced under a running daemon raises StoreGone instead of taking writes into a
deleted file that nobody will read again (issue 8.9).
"""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.pool import NullPool
from sqlmodel import create_engine

from monitor.errors import StoreError, StoreGone, StoreMissing

SQLITE_TIMEOUT = 10  # seconds a writer waits for another one (busy timeout)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def reason(exc: BaseException) -> str:
    """The driver's own message on one line, without SQLAlchemy's statement and link."""
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    return " ".join(str(cause).split())


def process_name(role: str = "") -> str:
    """How this process shows in PostgreSQL's pg_stat_activity (at most 63 bytes are kept)."""
    words = ["news-monitor", role, f"{os.getpid()}@{socket.gethostname()}"]
    return " ".join(w for w in words if w)[:63]


class Database:
    """A parsed database URL: the SQLite file's path, or a server URL shown without its password."""

    def __init__(self, url: str) -> None:
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise StoreError(f"storage.url is not a database URL: {exc}") from None
        self.path: Path | None = None
        if parsed.get_backend_name() == "sqlite":
            if not parsed.database or parsed.database == ":memory:" or parsed.query:
                raise StoreError(
                    f"storage.url {url!r}: news-monitor needs a SQLite file "
                    "(sqlite:///path/news-monitor.db), not an in-memory database or URI options"
                )
            self.path = Path(parsed.database).absolute()
        elif parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")  # the driver the `postgres` extra installs
        self.url = parsed
        self.shown = str(self.path) if self.path else parsed.render_as_string(hide_password=True)
        self._identity: tuple[int, int] | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def beside(self, suffix: str) -> Path:
        """A file beside the SQLite database: `news-monitor.db` + suffix, e.g. `news-monitor.db.lock`.

        Beside the real file, symbolic links followed: two configs whose paths lead to one
        database through a link must take the same locks.
        """
        assert self.path is not None
        real = self.path.resolve()
        return real.with_name(real.name + suffix)

    # The SQLite file ----------------------------------------------------------

    def require_file(self) -> None:
        """For commands that never create a database: say where we looked and why it may be wrong."""
        if self.path is None:
            return
        if not self.path.is_file():
            raise StoreMissing(
                f"no database at {self.path}: nothing has been polled with this config yet, or the database "
                "is kept elsewhere (the config's storage.data_dir decides where; the shipped config uses "
                "$STATE_DIRECTORY, which systemd sets to /var/lib/news-monitor for the service but which is "
                "unset in a shell); run `monitor poll` or `monitor run` first, or run this command with the "
                "service's settings (README: Running under systemd)"
            )
        self.pin()

    def ensure_file(self) -> None:
        """Create the SQLite file and its directory if missing (callers hold the schema lock)."""
        if self.path is None:
            return
        self.path.touch(exist_ok=True)
        self.pin()

    def pin(self) -> None:
        """Remember which file the path names now; `check()` compares against it."""
        assert self.path is not None
        st = os.stat(self.path)
        self._identity = (st.st_dev, st.st_ino)

    def check(self) -> None:
        """Raise StoreGone when the pinned SQLite file is no longer the one at its path."""
        if self.path is None or self._identity is None:
            return
        advice = (
            "nothing more is written to it. Restart news-monitor to use the database now at that path "
            "(a new one is created if there is none); if the removal was a mistake, stop news-monitor "
            "and put the file back first"
        )
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            raise StoreGone(
                f"the database file {self.path} was removed (or its directory was) while in use; {advice}"
            ) from None
        except OSError as exc:
            raise StoreGone(f"the database file {self.path} cannot be reached ({exc}); {advice}") from None
        if (st.st_dev, st.st_ino) != self._identity:
            raise StoreGone(f"the database file {self.path} was replaced while in use; {advice}")

    # Engines ------------------------------------------------------------------

    def engine(self, *, name: str | None = None, pooled: bool = True) -> Engine:
        """An engine onto the database; SQLite gets WAL mode, a busy timeout and the identity check.

        `name` is the PostgreSQL application_name (pg_stat_activity shows it); an engine
        that is not pooled opens one connection per use, e.g. the claim's own.
        """
        options: dict[str, Any] = {} if pooled else {"poolclass": NullPool}
        if self.path is not None:
            engine = create_engine(
                f"sqlite:///{self.path}",
                connect_args={"check_same_thread": False, "timeout": SQLITE_TIMEOUT},
                **options,
            )
            event.listen(engine, "do_connect", self._connect_sqlite)
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", lambda _conn: self.check())
            return engine
        connect_args: dict[str, Any] = {}
        if self.url.get_backend_name() == "postgresql":
            connect_args = {"application_name": name or process_name()}
        try:
            return create_engine(self.url, pool_pre_ping=True, connect_args=connect_args, **options)
        except ModuleNotFoundError as exc:  # the driver of an optional extra is not installed
            hint = (
                "install news-monitor with its `postgres` extra: `make install EXTRAS=postgres` "
                "(or `make run EXTRAS=postgres`)"
                if self.url.get_backend_name() == "postgresql"
                else "install that driver, or use PostgreSQL or the default SQLite file"
            )
            missing = f"needs the Python package {exc.name!r}, which is not installed"
            raise StoreError(f"storage.url {self.shown} {missing}; {hint}") from None

    def _connect_sqlite(self, _dialect: Any, _record: Any, cargs: list[Any], cparams: dict[str, Any]) -> None:
        """Connect by URI with mode=rw (never creating a file), after checking it is still ours."""
        assert self.path is not None
        self.check()
        cargs[:] = [f"file:{quote(str(self.path))}?mode=rw"]
        cparams["uri"] = True
