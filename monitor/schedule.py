"""When to poll a feed next: adaptive intervals, the publisher's floors, backoff, Retry-After, pausing.

Pure: every function takes the time and the facts and returns a time or a number, so
the rules read (and are tested) as plain arithmetic; the pipeline records the result
and the daemon's APScheduler jobs follow it.

- **Adaptive interval** (`poll_interval: auto`): the feed's recent publishing rate, read
  from its items' dates (as Miniflux does: a week divided by the items of the last
  week), gives the interval, clamped to `min_interval` .. `max_interval`. A feed that
  lists only its newest items (they all fall inside the week) is measured over the span
  they cover, so a busy feed with 20 items from the last five hours is not taken for
  a feed with 20 items a week.
- **Floors**: the publisher's own word on how often to look, `Cache-Control: max-age`,
  RSS `<ttl>` (minutes) and `sy:updatePeriod` / `sy:updateFrequency`, is never
  undercut, by a fixed interval either; a floor over a day counts as a day, so one
  misconfigured header cannot stop a feed for a year.
- **Failures** back off exponentially from the feed's interval (doubling per
  consecutive failure), capped at `max_backoff` and jittered by +-20 %, so feeds that
  broke together do not come back together.
- **Retry-After** (seconds or an HTTP date) on 429 or 503 is a time before which the
  site is not asked again; a wait over `max_backoff` counts as `max_backoff`.
- **Pausing**: after `pause_after` consecutive failures the feed is paused (0: never).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

DAY = 86400.0
WEEK = 7 * DAY
MAX_FLOOR = DAY  # a floor over a day counts as a day
JITTER = 0.2  # failures back off by +-20 %

_PERIODS = {"hourly": 3600.0, "daily": DAY, "weekly": WEEK, "monthly": 30 * DAY, "yearly": 365 * DAY}


@dataclass(frozen=True)
class Policy:
    """How one feed is timed; `interval` None means adaptive (`poll_interval: auto`)."""

    interval: float | None = None
    min_interval: float = 300.0
    max_interval: float = 6 * 3600.0
    max_backoff: float = 12 * 3600.0
    pause_after: int = 10


@dataclass(frozen=True)
class Plan:
    """The next poll of one feed and why, as recorded on the feed."""

    next_poll_at: datetime
    interval: float  # the interval planned from (before backoff), floors included
    items_per_day: float | None
    floor: float | None  # the publisher's floor in force, if any
    retry_after: datetime | None = None  # the server asked us not to come back before this
    paused: bool = False


def items_per_day(published: Iterable[datetime | None], now: datetime) -> float | None:
    """Items a day over the last week, from the items' dates; None when no item is dated.

    Items dated in the future count as now. When every dated item is from the last week,
    the feed probably lists only its newest items: the rate is measured over the span
    from the oldest of them to now (at least an hour, so a burst is not a flood).
    """
    dates = [min(d, now) for d in published if d is not None]
    if not dates:
        return None
    week_ago = now - timedelta(seconds=WEEK)
    recent = [d for d in dates if d >= week_ago]
    if not recent:
        return 0.0
    # A feed reaching back further than a week shows the whole week.
    span = WEEK if len(recent) < len(dates) else max((now - min(recent)).total_seconds(), 3600.0)
    return len(recent) * DAY / span


def adaptive_interval(rate: float | None, policy: Policy) -> float:
    """One poll per expected new item, clamped to the policy; unknown or zero rate: max_interval."""
    if not rate or rate <= 0:
        return policy.max_interval
    return min(max(DAY / rate, policy.min_interval), policy.max_interval)


def feed_floor(ttl: str | None, update_period: str | None, update_frequency: str | None) -> float | None:
    """The floor a feed document sets: RSS `<ttl>` minutes, or `sy:updatePeriod` / `sy:updateFrequency`."""
    found: list[float] = []
    minutes = _number(ttl)
    if minutes and minutes > 0:
        found.append(minutes * 60)
    period = _PERIODS.get((update_period or "").strip().lower())
    if period:
        frequency = _number(update_frequency) or 1
        found.append(period / max(frequency, 1))
    return min(max(found), MAX_FLOOR) if found else None


def header_floor(headers: Mapping[str, str]) -> float | None:
    """`Cache-Control: max-age=N` as a floor (header names lower-case); no-cache and 0 set none."""
    for directive in headers.get("cache-control", "").split(","):
        name, _, value = directive.strip().partition("=")
        if name.strip().lower() == "max-age":
            seconds = _number(value.strip().strip('"'))
            return min(seconds, MAX_FLOOR) if seconds and seconds > 0 else None
    return None


def retry_after(value: str | None, now: datetime) -> datetime | None:
    """A Retry-After header (delay-seconds or an HTTP date) as a time; None if absent or unreadable."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return now + timedelta(seconds=int(text))
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(when, now)


def backoff(failures: int, interval: float, cap: float, rand: Callable[[], float] = random.random) -> float:
    """Seconds to wait after `failures` consecutive failures: doubling from the interval, capped, +-20 %."""
    exponent = min(max(failures - 1, 0), 60)
    wait = min(interval * 2**exponent, cap)
    return wait * (1 - JITTER + 2 * JITTER * rand())


def base_interval(policy: Policy, rate: float | None, floor: float | None) -> float:
    """The interval before failures: fixed or adaptive, never below the floor."""
    interval = policy.interval if policy.interval is not None else adaptive_interval(rate, policy)
    return max(interval, floor or 0.0)


def plan_success(policy: Policy, now: datetime, rate: float | None, floors: Iterable[float | None]) -> Plan:
    """The next poll after a fetch that worked (200 or 304)."""
    floor = max((f for f in floors if f), default=None)
    interval = base_interval(policy, rate, floor)
    return Plan(now + timedelta(seconds=interval), interval, rate, floor)


def plan_failure(
    policy: Policy,
    now: datetime,
    *,
    failures: int,
    rate: float | None,
    floor: float | None,
    asked: datetime | None = None,
    rand: Callable[[], float] = random.random,
) -> Plan:
    """The next poll after the `failures`-th failure in a row; `asked` is a Retry-After time."""
    interval = base_interval(policy, rate, floor)
    wait = backoff(failures, interval, policy.max_backoff, rand)
    if asked is not None:
        asked = min(asked, now + timedelta(seconds=policy.max_backoff))
        wait = max(wait, (asked - now).total_seconds())
    paused = policy.pause_after > 0 and failures >= policy.pause_after
    return Plan(now + timedelta(seconds=wait), interval, rate, floor, asked, paused)


def plan_deferred(
    policy: Policy, now: datetime, until: datetime, rate: float | None, floor: float | None
) -> Plan:
    """A poll skipped because its site asked to wait (Retry-After on another feed of the site)."""
    interval = base_interval(policy, rate, floor)
    until = min(until, now + timedelta(seconds=policy.max_backoff))
    return Plan(until, interval, rate, floor, until)


def _number(text: str | None) -> float | None:
    try:
        value = float((text or "").strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def describe_interval(seconds: float | None) -> str:
    """`5m`, `1h30m`, `6h`, `2d`: short, for the feeds table."""
    if seconds is None:
        return "-"
    total = round(seconds)
    if total < 120:
        return f"{total}s"
    minutes = round(total / 60)
    if minutes < 120:
        return f"{minutes}m"
    hours, rest = divmod(minutes, 60)
    if hours < 48:
        return f"{hours}h{rest:02d}m" if rest else f"{hours}h"
    return f"{hours / 24:.1f}d".replace(".0d", "d")


__all__ = [
    "Plan",
    "Policy",
    "adaptive_interval",
    "backoff",
    "describe_interval",
    "feed_floor",
    "header_floor",
    "items_per_day",
    "plan_deferred",
    "plan_failure",
    "plan_success",
    "retry_after",
]
