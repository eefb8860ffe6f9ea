"""Polling from synchronous tests: one feed, with a fresh fetcher, as `monitor poll` does it."""

from __future__ import annotations

import asyncio

from monitor.config import Feed
from monitor.fetch import Fetcher
from monitor.pipeline import PollReport
from monitor.pipeline import poll_feed as poll_feed_async
from monitor.runtime import Runtime


def poll_feed(rt: Runtime, feed: Feed) -> PollReport:
    async def run() -> PollReport:
        async with Fetcher(rt.limits) as fetcher:
            return await poll_feed_async(rt, fetcher, feed)

    return asyncio.run(run())
