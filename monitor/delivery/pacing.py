"""When alerts go out: at once or in digests, under a rate cap, outside quiet hours; what a match owes.

Pure: every function takes the time it decides for (`now`), so tests drive digests and
quiet hours with a clock of their own, and the outbox (`outbox.py`) does the I/O.

Each (rule, target) pair has a `Pacing`, from the rule's own keys, else the target's,
else `defaults`:

- `delivery: immediate` sends a story's alert when it is stored; `digest` keeps it for
  the next digest;
- the digest's schedule, `every: 1h` (aligned to the clock: on the hour, or every 15
  minutes past it) or `cron: "0 8 * * *"` in `timezone`; updates of stories already
  alerted (`updates: digest`), alerts over the rate cap and alerts of quiet hours go out
  in it too;
- `max_per_hour`: at most this many alerts an hour (to the target, or of the rule when
  the rule sets it); the excess waits for the next digest, never dropped;
- `quiet: "22:00-07:00 Europe/Berlin"`: nothing is sent then; what came in goes out as
  one digest when the quiet hours end.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from monitor.store import NewMatch, Owed

if TYPE_CHECKING:
    from monitor.config import Config, Rule

__all__ = ["ConfigPolicy", "Pacing", "Quiet", "burst_of", "pacing_for", "parse_quiet", "parse_sources"]

_QUIET = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})(?:\s+(\S+))?\s*$")
_SOURCES = re.compile(r"^\s*(\d+)(?:\s+within\s+(\S+))?\s*$")


def zone(name: str) -> ZoneInfo:
    """A time zone by IANA name; ValueError naming it when unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{name!r} is not a time zone; write e.g. Europe/Berlin or UTC") from None


@dataclass(frozen=True)
class Quiet:
    """Daily quiet hours [start, end) in a time zone; start > end spans midnight."""

    start: time
    end: time
    tz: ZoneInfo

    def contains(self, now: datetime) -> bool:
        local = now.astimezone(self.tz).time()
        if self.start <= self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end

    def ends_after(self, now: datetime) -> datetime:
        """The end of the quiet hours `now` is in (or the next end, if it is not in them)."""
        local = now.astimezone(self.tz)
        end = datetime.combine(local.date(), self.end, tzinfo=self.tz)
        if end <= local:
            end = datetime.combine(local.date() + timedelta(days=1), self.end, tzinfo=self.tz)
        return end


def parse_quiet(text: str, default_tz: str = "UTC") -> Quiet:
    """`22:00-07:00 Europe/Berlin` -> Quiet; ValueError saying what is wrong."""
    found = _QUIET.match(text)
    if not found:
        raise ValueError(f'{text!r} is not quiet hours; write e.g. "22:00-07:00 Europe/Berlin"')
    h1, m1, h2, m2, tz = found.groups()
    try:
        start, end = time(int(h1), int(m1)), time(int(h2), int(m2))
    except ValueError:
        raise ValueError(f"{text!r}: hours are 00-23 and minutes 00-59") from None
    if start == end:
        raise ValueError(f"{text!r}: quiet hours must start and end at different times")
    return Quiet(start, end, zone(tz or default_tz))


def parse_sources(value: int | str, default_within: float) -> tuple[int, timedelta]:
    """`3` or `3 within 2h` -> (3, 2 hours); ValueError saying what is wrong."""
    from monitor.config import parse_duration

    if isinstance(value, int) and not isinstance(value, bool):
        count, within = value, default_within
    else:
        found = _SOURCES.match(str(value))
        if not found:
            raise ValueError(f'{value!r} is not a number of sources; write e.g. 3 or "3 within 2h"')
        count = int(found.group(1))
        within = parse_duration(found.group(2)) if found.group(2) else default_within
    if count < 1:
        raise ValueError(f"{value!r}: at least 1 source")
    return count, timedelta(seconds=float(within))


@lru_cache(maxsize=256)
def _cron(expression: str, tz: str) -> Any:
    from apscheduler.triggers.cron import CronTrigger

    return CronTrigger.from_crontab(expression, timezone=tz)


def check_cron(expression: str, tz: str = "UTC") -> str:
    try:
        _cron(expression, tz)
    except ValueError as exc:
        raise ValueError(f'{expression!r} is not a cron schedule ({exc}); write e.g. "0 8 * * *"') from None
    return expression


@dataclass(frozen=True)
class Pacing:
    """How alerts of one rule reach one target (see the module docstring)."""

    delivery: Literal["immediate", "digest"] = "immediate"
    every: float = 3600.0
    cron: str | None = None
    timezone: str = "UTC"
    max_per_hour: int | None = None
    cap_per_rule: bool = False  # the cap counts this rule's alerts only (the rule set it)
    quiet: Quiet | None = None

    def next_digest(self, now: datetime) -> datetime:
        """When the next digest goes out after `now`: the schedule's next time, after any quiet hours."""
        if self.cron:
            found: datetime = _cron(self.cron, self.timezone).get_next_fire_time(None, now)
        else:
            found = _next_step(now, max(self.every, 1.0), ZoneInfo(self.timezone))
        if self.quiet is not None and self.quiet.contains(found):
            found = self.quiet.ends_after(found)
        return found

    def quiet_now(self, now: datetime) -> datetime | None:
        """When the quiet hours `now` falls in end, or None outside them."""
        if self.quiet is not None and self.quiet.contains(now):
            return self.quiet.ends_after(now)
        return None


def _next_step(now: datetime, step: float, zone: ZoneInfo) -> datetime:
    """The next multiple of `step` after `now` on the zone's wall clock (`every: 1d` in
    Europe/Berlin is local midnight), at the zone's offset then."""
    offset = (now.astimezone(zone).utcoffset() or timedelta()).total_seconds()
    local = math.floor((now.timestamp() + offset) / step) * step + step
    found = datetime.fromtimestamp(local - offset, tz=now.tzinfo)
    later = (found.astimezone(zone).utcoffset() or timedelta()).total_seconds()
    if later != offset:  # a clock change in between: the same wall-clock time at the new offset
        found = datetime.fromtimestamp(local - later, tz=now.tzinfo)
    return found if found > now else found + timedelta(seconds=step)


def _pick(name: str, rule: Any, target: Any, defaults: Any) -> Any:
    for source in (rule, target):
        value = getattr(source, name, None) if source is not None else None
        if value is not None:
            return value
    return getattr(defaults, name)


def pacing_for(config: Config, rule: Rule | None, target: str) -> Pacing:
    """The pacing of `rule`'s alerts to `target`: the rule's keys, else the target's, else defaults."""
    found = config.target(target)
    d = config.defaults
    tz = _pick("timezone", rule, found, d)
    quiet = _pick("quiet", rule, found, d)
    return Pacing(
        delivery=_pick("delivery", rule, found, d),
        every=float(_pick("every", rule, found, d)),
        cron=_pick("cron", rule, found, d),
        timezone=tz,
        max_per_hour=_pick("max_per_hour", rule, found, d),
        cap_per_rule=rule is not None and rule.max_per_hour is not None,
        quiet=parse_quiet(quiet, tz) if quiet else None,
    )


def burst_of(config: Config, rule: Rule) -> tuple[int, timedelta] | None:
    """(sources, within) when the rule alerts only once that many sources report a story."""
    if rule.min_sources is None:
        return None
    count, within = parse_sources(rule.min_sources, config.stories.window)
    return (count, within) if count > 1 else None


class ConfigPolicy:
    """What each match owes each target under a config (the store's `Policy`)."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.rules = {r.name: r for r in config.rules}

    def owed(self, match: NewMatch, role: str, now: datetime) -> list[Owed]:
        rule = self.rules.get(match.rule)
        targets = match.targets if rule is None else tuple(self.config.targets_of(rule))
        updates = rule.updates if rule is not None else "digest"
        if role == "update" and updates == "none":
            return []
        owed = []
        for target in targets:
            pacing = pacing_for(self.config, rule, target)
            if role == "update" and updates == "digest":
                owed.append(Owed(target, "update", pacing.next_digest(now)))
            elif role == "alert" and rule is not None and burst_of(self.config, rule):
                owed.append(Owed(target, "sources", now))
            elif pacing.delivery == "digest":
                owed.append(Owed(target, "digest", pacing.next_digest(now)))
            else:
                owed.append(Owed(target))
        return owed

    def burst(self, rule: str) -> tuple[int, timedelta] | None:
        found = self.rules.get(rule)
        return burst_of(self.config, found) if found is not None else None
