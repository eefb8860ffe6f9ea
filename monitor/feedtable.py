"""The `monitor feeds` table: each configured feed with its stored polling state, as people read it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from monitor.config import Config
from monitor.schedule import describe_interval
from monitor.store import FeedRow, as_utc, utcnow
from monitor.urls import masked

COLUMNS = ("name", "url", "last fetch", "status", "items/day", "interval", "next poll", "last error")


def status_of(feed_enabled: bool, row: FeedRow | None) -> str:
    if not feed_enabled:
        return "disabled"
    if row is None or row.last_polled_at is None:
        return "never polled"
    if row.gone:
        return "gone (410)"
    if row.paused_at is not None:
        return f"paused ({row.errors_in_row} failures)"
    if row.last_error:
        return f"failing ({row.errors_in_row}x)" if row.errors_in_row > 1 else "failed"
    if row.retry_after and (as_utc(row.retry_after) or utcnow()) > utcnow():
        return "waiting (Retry-After)"
    return "ok" if row.last_status != 304 else "ok (304)"


def feed_records(
    config: Config, rows: Iterable[FeedRow], now: datetime | None = None
) -> list[dict[str, Any]]:
    """One record per configured feed, in config order."""
    now = now or utcnow()
    by_key = {row.key: row for row in rows}
    records = []
    for feed in config.feeds:
        row = by_key.get(feed.key)
        fixed = config.interval_of(feed)
        interval = row.interval if row is not None and row.interval is not None else fixed
        mode = "auto" if fixed is None else "fixed"
        records.append(
            {
                "name": feed.key,
                "url": masked(row.url if row is not None else feed.url),
                "last_fetch": _iso(row.last_polled_at if row else None),
                "status": status_of(feed.enabled, row),
                "last_error": row.last_error if row else None,
                "items_per_day": round(row.items_per_day, 2)
                if row and row.items_per_day is not None
                else None,
                "interval": interval,
                "interval_mode": mode,
                "floor": row.floor if row else None,
                "next_poll": _iso(row.next_poll_at if row and feed.enabled and not row.gone else None),
            }
        )
    return records


def _iso(value: datetime | None) -> str | None:
    value = as_utc(value)
    return value.isoformat(timespec="seconds") if value else None


def _ago(text: str | None, now: datetime) -> str:
    if not text:
        return "-"
    seconds = (now - datetime.fromisoformat(text)).total_seconds()
    return f"{describe_interval(abs(seconds))} ago" if seconds >= 0 else f"in {describe_interval(-seconds)}"


def _when(text: str | None, now: datetime) -> str:
    if not text:
        return "-"
    seconds = (datetime.fromisoformat(text) - now).total_seconds()
    return "due" if seconds <= 0 else f"in {describe_interval(seconds)}"


def render_table(records: list[dict[str, Any]], now: datetime | None = None) -> str:
    """Aligned columns; URL and error are never cut (they go last and may run long)."""
    now = now or utcnow()
    lines = []
    for r in records:
        interval = describe_interval(r["interval"])
        if r["interval_mode"] == "auto":
            interval += " auto"
        if r["floor"] and r["interval"] and r["floor"] >= r["interval"]:
            interval += " (floor)"
        rate = "-" if r["items_per_day"] is None else f"{r['items_per_day']:g}"
        lines.append(
            [
                r["name"],
                r["status"],
                _ago(r["last_fetch"], now),
                rate,
                interval,
                _when(r["next_poll"], now),
                r["url"],
                r["last_error"] or "",
            ]
        )
    header = ["name", "status", "last fetch", "items/day", "interval", "next poll", "url", "last error"]
    widths = [max(len(str(row[i])) for row in [header, *lines]) for i in range(6)]
    out = []
    for row in [header, *lines]:
        cells = [str(row[i]).ljust(widths[i]) for i in range(6)]
        out.append("  ".join([*cells, str(row[6]), str(row[7])]).rstrip())
    return "\n".join(out)


__all__ = ["COLUMNS", "feed_records", "render_table", "status_of"]
