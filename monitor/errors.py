"""The one exception tree of news-monitor.

Only the CLI turns these into messages and exit codes; everything below it raises
them with enough context for a person to act on.

    MonitorError
    ├── ConfigError          one or more problems in a config file (each with file:line:column)
    ├── QuerySyntaxError     a watch rule that does not parse (with the position of the problem)
    ├── FeedError            a feed that could not be fetched or parsed (never escapes a poll)
    ├── DeliveryError        a notification target that did not accept an alert
    └── StoreError           the database cannot be opened or migrated
"""

from __future__ import annotations

from dataclasses import dataclass


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
        where = f"{self.file}:{self.line}:{self.column}"
        key = f" {self.path}:" if self.path else ""
        return f"{where}:{key} {self.message}"


class ConfigError(MonitorError):
    """A config file with one or more problems; all of them are reported at once."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


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
