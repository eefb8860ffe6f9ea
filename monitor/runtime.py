"""The long-lived parts a running monitor shares: config, store, matching, fetch limits.

Built once at start-up and rebuilt in part on reload; the pipeline functions take
a Runtime instead of reaching for globals. The HTTP side (`Fetcher`) lives on the
event loop and is owned by whoever runs it (the daemon, `monitor poll`).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from datetime import timedelta

from monitor.config import Config, Feed
from monitor.fetch import FetchLimits
from monitor.matching import Matching
from monitor.store import Store, utcnow
from monitor.store.claim import Role
from monitor.stories.desk import StoryDesk


def fetch_limits(config: Config) -> FetchLimits:
    d, f = config.defaults, config.fetch
    return FetchLimits(
        timeout=d.timeout,
        max_bytes=d.max_bytes,
        user_agent=d.user_agent,
        max_in_flight=f.max_in_flight,
        per_site=f.per_site,
        allow_networks=tuple(f.allow_networks),
    )


def story_desk(config: Config, matching: Matching, store: Store) -> StoryDesk:
    """The window of recent stories, refilled from the store."""
    desk = StoryDesk(matching.book, config.stories.window, config.stories.threshold)
    desk.load(store.window_entries(utcnow() - timedelta(seconds=config.stories.window)))
    return desk


@dataclass
class Runtime:
    config: Config
    store: Store
    matching: Matching
    stories: StoryDesk
    # Matching runs in worker threads; the lock makes a reload's swap of config and
    # rules atomic for a poll in progress (and keeps story placing one poll at a time).
    lock: threading.RLock = field(default_factory=threading.RLock)
    # Parse warnings already logged at WARNING this run, by feed and kind (digits dropped):
    # a feed with a stray byte says so once, not at every poll.
    _warned: set[tuple[str, str]] = field(default_factory=set)

    @classmethod
    def open(cls, config: Config, claim: Role | None = None) -> Runtime:
        """Compile the rules, open (create, upgrade) the store and, with `claim`, become its one writer.

        Raises StoreBusy when another process holds the store (a daemon already running).
        """
        matching = Matching.build(config)
        store = Store(config.database_url())
        try:
            if claim is not None:
                store.claim(claim)
            desk = story_desk(config, matching, store)
        except BaseException:
            store.close()
            raise
        return cls(config, store, matching, desk)

    @property
    def limits(self) -> FetchLimits:
        return fetch_limits(self.config)

    def close(self) -> None:
        self.store.close()

    def replace_config(self, config: Config, matching: Matching) -> None:
        """Swap in a new config and the rules compiled for it (`Matching.build`, which may raise)."""
        with self.lock:
            self.config, self.matching = config, matching
            self.stories.configure(matching.book, config.stories.window, config.stories.threshold)

    @property
    def retry_base(self) -> timedelta:
        return timedelta(seconds=self.config.defaults.retry_interval)

    def first_warning(self, feed: str, warning: str) -> bool:
        """True the first time this run that `feed` has a warning of this kind."""
        kind = (feed, re.sub(r"\d+", "#", warning))
        seen = kind in self._warned
        self._warned.add(kind)
        return not seen

    def feed(self, key: str) -> Feed | None:
        return next((f for f in self.config.feeds if f.key == key), None)
