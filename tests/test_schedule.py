"""When a feed is polled next: tables of cases for the pure rules of schedule.py."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from monitor.schedule import (
    DAY,
    Policy,
    adaptive_interval,
    backoff,
    describe_interval,
    feed_floor,
    header_floor,
    items_per_day,
    plan_failure,
    plan_success,
    retry_after,
)

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
AUTO = Policy()  # 5 min .. 6 h, backoff up to 12 h, pause after 10


def hours_ago(*hours: float) -> list[datetime]:
    return [NOW - timedelta(hours=h) for h in hours]


@pytest.mark.parametrize(
    ("dates", "rate"),
    [
        ([], None),  # no dated item: unknown
        (hours_ago(24 * 8, 24 * 9), 0.0),  # nothing in the last week
        (hours_ago(*[24 * d for d in range(1, 15)]), 1.0),  # one a day, the feed reaches back 2 weeks
        (hours_ago(*[i * 0.25 for i in range(20)]), 20 * 24 / 4.75),  # 20 items over the last 4.75 h
        (hours_ago(0.1, 0.2), 48.0),  # a burst counts over at least an hour
    ],
)
def test_items_per_day_from_the_items_dates(dates: list[datetime], rate: float | None) -> None:
    found = items_per_day([*dates, None], NOW)
    assert found == (pytest.approx(rate) if rate is not None else None)


@pytest.mark.parametrize(
    ("rate", "interval"),
    [
        (None, 6 * 3600),  # unknown: the longest interval
        (0.0, 6 * 3600),
        (1.0, 6 * 3600),  # one a day: capped at max_interval
        (24.0, 3600),  # one an hour: hourly
        (96.0, 900),
        (1000.0, 300),  # a flood: min_interval
    ],
)
def test_adaptive_interval_is_one_poll_per_item_clamped(rate: float | None, interval: float) -> None:
    assert adaptive_interval(rate, AUTO) == pytest.approx(interval)


@pytest.mark.parametrize(
    ("ttl", "period", "frequency", "floor"),
    [
        (None, None, None, None),
        ("60", None, None, 3600),
        ("abc", None, None, None),
        (None, "hourly", "2", 1800),
        (None, "daily", None, DAY),
        ("30", "hourly", "1", 3600),  # the larger wins
        (None, "yearly", "1", DAY),  # capped at a day
    ],
)
def test_feed_floor_from_ttl_and_syndication(
    ttl: str, period: str, frequency: str, floor: float | None
) -> None:
    assert feed_floor(ttl, period, frequency) == floor


@pytest.mark.parametrize(
    ("header", "floor"),
    [
        ("max-age=600", 600),
        ("public, max-age=1200, must-revalidate", 1200),
        ("no-cache", None),
        ("max-age=0", None),
        ("max-age=31536000", DAY),
        ("", None),
    ],
)
def test_cache_control_max_age_is_a_floor(header: str, floor: float | None) -> None:
    assert header_floor({"cache-control": header}) == floor


def test_floors_are_never_undercut_by_a_fixed_or_adaptive_interval() -> None:
    fixed = plan_success(Policy(interval=60), NOW, 1000.0, [None, 1800])
    assert (fixed.interval, fixed.floor, fixed.next_poll_at) == (1800, 1800, NOW + timedelta(seconds=1800))
    auto = plan_success(AUTO, NOW, 1000.0, [3600, 600])
    assert auto.interval == 3600


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", NOW + timedelta(seconds=120)),
        ("Sat, 05 Dec 2026 13:00:00 GMT", NOW + timedelta(hours=1)),
        ("Sat, 05 Dec 2026 11:00:00 GMT", NOW),  # a date in the past: now
        ("soon", None),
        (None, None),
    ],
)
def test_retry_after_in_seconds_or_as_a_date(value: str | None, expected: datetime | None) -> None:
    assert retry_after(value, NOW) == expected


def test_backoff_doubles_from_the_interval_is_capped_and_jittered() -> None:
    waits = [backoff(n, 600, 4 * 3600, rand=lambda: 0.5) for n in range(1, 8)]
    assert waits == [600, 1200, 2400, 4800, 9600, 14400, 14400]
    assert backoff(1, 600, 3600, rand=lambda: 0.0) == pytest.approx(480)  # -20 %
    assert backoff(1, 600, 3600, rand=lambda: 1.0) == pytest.approx(720)  # +20 %


def test_failure_plan_honours_retry_after_within_the_cap_and_pauses_at_the_limit() -> None:
    policy = Policy(interval=300, max_backoff=3600, pause_after=3)
    asked = NOW + timedelta(minutes=30)
    plan = plan_failure(policy, NOW, failures=1, rate=None, floor=None, asked=asked, rand=lambda: 0.5)
    assert (plan.next_poll_at, plan.retry_after, plan.paused) == (asked, asked, False)
    far = plan_failure(policy, NOW, failures=1, rate=None, floor=None, asked=NOW + timedelta(days=3))
    assert far.next_poll_at == NOW + timedelta(seconds=3600)  # a week-long Retry-After counts as max_backoff
    assert plan_failure(policy, NOW, failures=3, rate=None, floor=None).paused
    assert not plan_failure(Policy(pause_after=0), NOW, failures=99, rate=None, floor=None).paused


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (None, "-"),
        (45, "45s"),
        (300, "5m"),
        (5400, "90m"),
        (6 * 3600, "6h"),
        (9000 * 3, "7h30m"),
        (3 * DAY, "3d"),
    ],
)
def test_intervals_read_short(seconds: float | None, text: str) -> None:
    assert describe_interval(seconds) == text
