"""The long-lived parts a running monitor shares: config, store, matching, HTTP client.

Built once at start-up and rebuilt in part on reload; the pipeline functions take
a Runtime instead of reaching for globals.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import timedelta

import httpx

from monitor.config import Config, Feed
from monitor.fetch import FetchLimits, make_client
from monitor.matching import Matching
from monitor.store import Store


def fetch_limits(config: Config) -> FetchLimits:
    d = config.defaults
    return FetchLimits(timeout=d.timeout, max_bytes=d.max_bytes, user_agent=d.user_agent)


@dataclass
class Runtime:
    config: Config
    store: Store
    matching: Matching
    client: httpx.Client
    limits: FetchLimits
    # Analysis and matching are CPU-bound (the GIL serialises them anyway); the lock
    # also makes a reload's swap of config and rules atomic for a poll in progress.
    lock: threading.RLock = field(default_factory=threading.RLock)

    @classmethod
    def open(cls, config: Config) -> Runtime:
        matching = Matching.build(config)
        limits = fetch_limits(config)
        return cls(config, Store(config.database_url()), matching, make_client(limits), limits)

    def close(self) -> None:
        self.client.close()
        self.store.close()

    def replace_config(self, config: Config) -> None:
        """Swap in a new config and its rules; raises (keeping the old ones) if rules do not compile."""
        matching = Matching.build(config, self.matching.analyzer)
        with self.lock:
            self.config, self.matching = config, matching
            new_limits = fetch_limits(config)
            if new_limits != self.limits:
                old, self.client, self.limits = self.client, make_client(new_limits), new_limits
                old.close()

    @property
    def retry_base(self) -> timedelta:
        return timedelta(seconds=self.config.defaults.retry_interval)

    def feed(self, key: str) -> Feed | None:
        return next((f for f in self.config.feeds if f.key == key), None)
