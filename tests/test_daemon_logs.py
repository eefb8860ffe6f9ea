"""What the daemon logs: warnings only for what needs a person."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC

import pytest

from monitor.daemon import Activity, quiet_scheduler_logs


def test_a_poll_still_running_at_its_next_run_is_not_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    from apscheduler.schedulers.asyncio import AsyncIOScheduler

    quiet_scheduler_logs()
    caplog.set_level(logging.DEBUG, logger="apscheduler.scheduler")
    skipped = asyncio.Event()

    class Watch(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if "maximum number of running instances reached" in record.getMessage():
                skipped.set()

    finished = asyncio.Event()
    seen: list[logging.LogRecord] = []

    async def slow_poll() -> None:
        await skipped.wait()  # still running when the next run is due
        finished.set()

    async def main() -> None:
        scheduler = AsyncIOScheduler(event_loop=asyncio.get_running_loop(), timezone=UTC)
        scheduler.add_job(slow_poll, "interval", seconds=0.05, max_instances=1)
        scheduler.start()
        await asyncio.wait_for(finished.wait(), 30)
        seen.extend(caplog.records)  # before the shutdown, which cancels a run that may have started
        scheduler.shutdown(wait=False)

    handler = Watch()
    logging.getLogger("apscheduler.scheduler").addHandler(handler)
    try:
        asyncio.run(main())
    finally:
        logging.getLogger("apscheduler.scheduler").removeHandler(handler)

    skips = [r for r in seen if "maximum number of running instances" in r.getMessage()]
    assert skips and all(r.levelno == logging.DEBUG for r in skips)
    assert not [r for r in seen if r.levelno >= logging.WARNING]


def test_the_summary_line_reads_as_a_sentence() -> None:
    quiet = Activity(polled=1, new=1, matches=1, alerts_sent=1)
    busy = Activity(
        polled=40, not_modified=30, new=12, matches=3, failed_feeds=2, alerts_sent=2, alerts_failed=1
    )

    assert (
        quiet.line("10m")
        == "last 10m: 1 feed polled (0 unchanged, 0 failed), 1 new article, 1 match, 1 alert sent"
    )
    assert busy.line("10m") == (
        "last 10m: 40 feeds polled (30 unchanged, 2 failed), 12 new articles, 3 matches, "
        "2 alerts sent, 1 failed (will be retried)"
    )
