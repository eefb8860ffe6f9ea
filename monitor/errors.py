"""The one exception tree of news-monitor.

Only the CLI turns these into messages and exit codes; everything below it raises
them with enough context for a person to act on.

    MonitorError
    ├── ConfigError          one or more problems in a config file (each with file:line:column)
    ├── QuerySyntaxError     a watch rule that does not parse (with the position of the problem)
    ├── FeedError            a feed that could not be fetched or parsed (never escapes a poll)
    ├── OpmlError            an OPML file that cannot be read (with file:line:column)
    ├── DeliveryError        a notification target that did not accept an alert
    └── StoreError           the database cannot be opened, created or migrated
        ├── StoreMissing     no database where the config points (read-only commands never create one)
        ├── StoreOutdated    the database's schema is older than this news-monitor: `monitor db upgrade`
        ├── StoreTooNew      the database was written by a newer news-monitor than this one
        ├── StoreBusy        another process holds the database (the daemon, a poll, an upgrade)
        └── StoreGone        the database file was removed or replaced while open (or the claim was lost)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from monitor.store.claim import Holder


class MonitorError(Exception):
    """Base of every error news-monitor raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a config file, located for a person to find and fix."""

    file: str
    line: int
    column: int
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}" if self.line else self.file  # line 0: the whole file
        key = f" {self.path}:" if self.path else ""
        return f"{where}:{key} {self.message}"


class ConfigError(MonitorError):
    """A config file with one or more problems; all of them are reported at once."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class OpmlError(MonitorError):
    """An OPML file (a feed list from another reader) that cannot be read; the message says where."""


class QuerySyntaxError(MonitorError):
    """A query that does not parse; `position` is the 0-based offset of the problem."""

    def __init__(self, message: str, query: str, position: int) -> None:
        self.message = message
        self.query = query
        self.position = position
        super().__init__(f"{message} at column {position + 1}\n{self.context()}")

    def context(self) -> str:
        """The query's line with a caret under the offending character (its end: after the last)."""
        end = len(self.query.rstrip())  # a folded YAML query ends with a newline
        position = min(self.position, end) if end else self.position
        start = self.query.rfind("\n", 0, position) + 1
        end = self.query.find("\n", position)
        line = self.query[start : end if end >= 0 else len(self.query)]
        return f"  {line}\n  {' ' * (position - start)}^"


class FeedError(MonitorError):
    """A feed that could not be fetched or parsed."""

    def __init__(self, url: str, message: str) -> None:
        self.url = url
        self.message = message
        super().__init__(f"{url}: {message}")


class DeliveryError(MonitorError):
    """A notification target that did not accept an alert."""


class StoreError(MonitorError):
    """The database cannot be opened, created or migrated."""


class StoreMissing(StoreError):
    """A command that only reads found no database where the config points; it creates none."""


class StoreOutdated(StoreError):
    """The database's schema is older than this news-monitor's; reading it needs `monitor db upgrade`."""


class StoreTooNew(StoreError):
    """The database was last written by a newer news-monitor: this one cannot use it safely."""


class StoreBusy(StoreError):
    """Another process holds the store (one daemon per database, no poll beside it).

    `holder` describes that process as far as it could be read (pid, role, host, since).
    """

    def __init__(self, message: str, holder: Holder | None = None) -> None:
        self.holder = holder
        super().__init__(message)


class StoreGone(StoreError):
    """The database file in use was removed or replaced, or the claim on the database was lost.

    Writing on would go into a file nobody will ever read again: the process must stop.
    """
