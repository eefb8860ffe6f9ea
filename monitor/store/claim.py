"""One writer per store: the daemon, or a `monitor poll`, or an upgrade, never two at once.

Two daemons on one database send every alert twice; a poll beside the daemon races it
into duplicates (issue 8.4). A claim is a lock that dies with its process, so a crash
never leaves a stale lock behind: on SQLite an flock on `<db>.lock` (the file also
says who holds it), on PostgreSQL a session advisory lock on a connection of its own
(pg_stat_activity names the holder through the connection's application_name).
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, Protocol

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from monitor.errors import StoreBusy, StoreError, StoreGone
from monitor.store.database import Database, process_name, reason

Role = Literal["daemon", "poll", "upgrade"]

# PostgreSQL advisory lock keys: (NAMESPACE, SCHEMA_KEY) serialises schema changes,
# (NAMESPACE, CLAIM_KEY) is the claim. Advisory locks are per database.
NAMESPACE = 0x6E6D6F6E  # "nmon"
SCHEMA_KEY = 1
CLAIM_KEY = 2


@dataclass(frozen=True)
class Holder:
    """The process holding a claim, as far as it could be read."""

    role: str | None = None
    pid: int | None = None
    host: str | None = None
    since: datetime | None = None

    def describe(self) -> str:
        what = {
            "daemon": "the daemon",
            "poll": "a `monitor poll`",
            "upgrade": "a schema upgrade",
        }.get(self.role or "", "another news-monitor process")
        details = []
        if self.pid is not None:
            details.append(f"pid {self.pid}")
        if self.host and self.host != socket.gethostname():
            details.append(f"on {self.host}")
        if self.since is not None:
            details.append(f"since {self.since.astimezone(UTC):%Y-%m-%d %H:%M:%S} UTC")
        return f"{what} ({', '.join(details)})" if details else what


def busy(database: Database, role: Role, holder: Holder) -> StoreBusy:
    """The message for a refused claim: who holds the store, and what to do about it."""
    who = holder.describe()
    setting = "storage.data_dir" if database.is_sqlite else "storage.url"
    if role == "upgrade":
        message = (
            f"cannot upgrade the database at {database.shown} while {who} is using it: stop it first "
            "(an older news-monitor must not run on an upgraded database), then start this one again"
        )
    elif holder.role == "daemon" and role == "poll":
        message = f"{who} is running on this database and polls on its own; stop it to poll by hand"
    elif holder.role == "daemon":
        message = (
            f"{who} is already running on the database at {database.shown}; only one daemon may run "
            f"per database (stop it first, or give this config its own {setting})"
        )
    else:
        message = f"{who} is writing to the database at {database.shown}; wait for it to finish"
    return StoreBusy(message, holder)


class Claim(Protocol):
    """A held claim; `release()` is idempotent and also happens when the process dies."""

    role: Role

    def check(self) -> None:
        """Raise StoreGone if the claim is no longer held (its lock file replaced, its connection lost)."""

    def release(self) -> None: ...


def claim(database: Database, role: Role) -> Claim:
    """Claim the store for `role`, or raise StoreBusy naming the process that holds it."""
    try:
        if database.path is not None:
            return FileClaim.acquire(database, role)
        return AdvisoryClaim.acquire(database, role)
    except (OSError, SQLAlchemyError) as exc:
        if database.path is None:
            raise StoreError(f"cannot claim the database at {database.shown}: {reason(exc)}") from exc
        raise StoreError(
            f"cannot claim the database through {database.beside('.lock')}: {reason(exc)} (if the file "
            "belongs to another user, run news-monitor as the user that owns the data directory)"
        ) from exc


# SQLite: an flock on a file beside the database --------------------------------------


def flock(path: Path, *, wait: bool) -> int | None:
    """An open fd holding an exclusive flock on `path` (created if missing); None if busy and not waiting."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    except BaseException:
        os.close(fd)
        raise
    return fd


def unlock(fd: int) -> None:
    """Release an flock taken by `flock()` (closing the fd releases it)."""
    os.close(fd)


class FileClaim:
    """An flock on `<db>.lock`, whose content (JSON) names the holder."""

    def __init__(self, role: Role, path: Path, fd: int) -> None:
        self.role: Role = role
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, database: Database, role: Role) -> FileClaim:
        path = database.beside(".lock")
        fd = flock(path, wait=False)
        if fd is None:
            raise busy(database, role, cls._holder(path))
        record = {"pid": os.getpid(), "role": role, "host": socket.gethostname(), "since": _now().isoformat()}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(record).encode() + b"\n", 0)
        return cls(role, path, fd)

    @staticmethod
    def _holder(path: Path) -> Holder:
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            since = datetime.fromisoformat(record["since"])
            return Holder(record["role"], record["pid"], record["host"], since)
        except (OSError, ValueError, KeyError, TypeError):
            return Holder()  # being written this very moment, or not ours

    def check(self) -> None:
        if self._fd is None:
            raise StoreGone(f"the claim on {self.path} was released")
        held = os.fstat(self._fd)
        try:
            now = os.stat(self.path)
        except OSError:
            now = None
        if now is None or (now.st_dev, now.st_ino) != (held.st_dev, held.st_ino):
            raise StoreGone(
                f"the lock file {self.path} was removed or replaced while this process held it, so another "
                "process could now claim the database; stopping. Restart news-monitor"
            )

    def release(self) -> None:
        if self._fd is not None:
            unlock(self._fd)
            self._fd = None


# PostgreSQL: a session advisory lock on a dedicated connection -------------------------

_NAME = re.compile(r"^news-monitor (?P<role>\w+) (?P<pid>\d+)@(?P<host>.*)$")


class AdvisoryClaim:
    """pg_try_advisory_lock on a connection of its own, held in autocommit mode until released."""

    def __init__(self, role: Role, database: Database, conn: Connection) -> None:
        self.role: Role = role
        self.database = database
        self._conn: Connection | None = conn

    @classmethod
    def acquire(cls, database: Database, role: Role) -> AdvisoryClaim:
        engine = database.engine(name=process_name(role), pooled=False)
        conn = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        try:
            got = conn.execute(
                text("SELECT pg_try_advisory_lock(:ns, :key)"), {"ns": NAMESPACE, "key": CLAIM_KEY}
            ).scalar_one()
            if not got:
                raise busy(database, role, holder(conn, CLAIM_KEY))
        except BaseException:
            conn.close()
            engine.dispose()
            raise
        return cls(role, database, conn)

    def check(self) -> None:
        try:
            if self._conn is None:
                raise StoreGone("the claim on the database was released")
            held = self._conn.execute(
                text(
                    "SELECT count(*) FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'advisory' "
                    "AND classid = :ns AND objid = :key AND objsubid = 2 AND granted"
                ),
                {"ns": NAMESPACE, "key": CLAIM_KEY},
            ).scalar_one()
        except StoreGone:
            raise
        except Exception as exc:  # the connection is gone: so is the lock
            raise StoreGone(
                f"lost the connection that held this process's claim on {self.database.shown} ({exc}); "
                "another process could now claim the database, so this one stops. Restart news-monitor"
            ) from None
        if not held:
            raise StoreGone(
                f"this process no longer holds its claim on {self.database.shown}; restart news-monitor"
            )

    def release(self) -> None:
        if self._conn is None:
            return
        conn, self._conn = self._conn, None
        try:
            conn.execute(text("SELECT pg_advisory_unlock(:ns, :key)"), {"ns": NAMESPACE, "key": CLAIM_KEY})
        except Exception:  # closing the connection below releases it anyway
            pass
        finally:
            conn.close()
            conn.engine.dispose()


def holder(conn: Connection, key: int) -> Holder:
    """Who holds the advisory lock `key` in this database, from pg_locks and pg_stat_activity."""
    row = conn.execute(
        text(
            "SELECT a.application_name, a.backend_start, host(a.client_addr) FROM pg_locks l "
            "JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = :ns AND l.objid = :key "
            "AND l.objsubid = 2 "
            "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        ),
        {"ns": NAMESPACE, "key": key},
    ).first()
    if row is None:
        return Holder()
    name, since, address = row
    found = _NAME.match(name or "")
    if found is None:
        return Holder(host=address, since=since)
    return Holder(found["role"], int(found["pid"]), found["host"], since)


def _now() -> datetime:
    return datetime.now(UTC)


def unclaimed_users(database: Database, conn: Connection) -> list[str]:
    """Other processes using the database without a claim: a news-monitor 0.1 daemon took none.

    SQLite: processes that have the file open (Linux `/proc/*/fd`; elsewhere nothing is
    found). PostgreSQL: other sessions on the database that are not news-monitor's own
    (ours set an `application_name` starting `news-monitor`).
    """
    if database.path is not None:
        return [f"pid {pid}" for pid in _processes_with_open(database.path)]
    rows = conn.execute(
        text(
            "SELECT pid, coalesce(application_name, '') FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND coalesce(application_name, '') NOT LIKE 'news-monitor%'"
        )
    ).all()
    return [f"pid {pid}" + (f" ({name})" if name else "") for pid, name in rows]


def _processes_with_open(path: Path) -> list[int]:
    target = path.resolve()
    found = []
    for fd_dir in Path("/proc").glob("[0-9]*/fd"):
        pid = int(fd_dir.parent.name)
        if pid == os.getpid():
            continue
        try:
            if any(Path(os.readlink(fd)) == target for fd in fd_dir.iterdir()):
                found.append(pid)
        except OSError:  # gone, or not ours to look at
            continue
    return sorted(found)
