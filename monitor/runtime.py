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
from typing import TYPE_CHECKING

from monitor.config import Config, Feed
from monitor.fetch import FetchLimits
from monitor.schedule import Policy
from monitor.store import Store, utcnow
from monitor.store.claim import Role

if TYPE_CHECKING:
    from monitor.matching import Matching
    from monitor.stories.desk import StoryDesk


def fetch_limits(config: Config) -> FetchLimits:
    d, f = config.defaults, config.fetch
    return FetchLimits(
        timeout=d.timeout,
        connect_timeout=f.connect_timeout,
        read_timeout=f.read_timeout,
        max_bytes=d.max_bytes,
        user_agent=d.user_agent,
        max_in_flight=f.max_in_flight,
        per_site=f.per_site,
        allow_networks=tuple(f.allow_networks),
    )


def story_desk(config: Config, matching: Matching, store: Store) -> StoryDesk:
    """The window of recent stories, refilled from the store."""
    from monitor.stories.desk import StoryDesk

    desk = StoryDesk(matching.book, config.stories.window, config.stories.threshold)
    desk.load(store.window_entries(utcnow() - timedelta(seconds=config.stories.window)))
    return desk


def fulltext_limits(config: Config) -> FetchLimits:
    """Limits for article pages: their own size, time and concurrency; the same networks and agent."""
    d, f, t = config.defaults, config.fetch, config.fulltext
    return FetchLimits(
        timeout=t.timeout,
        connect_timeout=min(f.connect_timeout, t.timeout),
        read_timeout=min(f.read_timeout, t.timeout),
        max_bytes=t.max_bytes,
        user_agent=d.user_agent,
        max_in_flight=t.max_in_flight,
        per_site=t.per_site,
        allow_networks=tuple(f.allow_networks),
    )


def schedule_policy(config: Config, feed: Feed) -> Policy:
    """How `feed` is timed (schedule.py), from the config."""
    d, f = config.defaults, config.fetch
    return Policy(
        interval=config.interval_of(feed),
        min_interval=d.min_interval,
        max_interval=max(d.max_interval, d.min_interval),
        max_backoff=f.max_backoff,
        pause_after=f.pause_after,
    )


@dataclass
class Runtime:
    """`matching` is built on first use: a poll where nothing is new (all 304) never loads the
    language stack (spaCy, lingua, the rules' lexicon), which is most of start-up."""

    config: Config
    store: Store
    _matching: Matching | None = None
    _stories: StoryDesk | None = None
    # Matching runs in worker threads; the lock makes a reload's swap of config and
    # rules atomic for a poll in progress (and keeps story placing one poll at a time).
    lock: threading.RLock = field(default_factory=threading.RLock)
    # Parse warnings already logged at WARNING this run, by feed and kind (digits dropped):
    # a feed with a stray byte says so once, not at every poll.
    _warned: set[tuple[str, str]] = field(default_factory=set)

    @classmethod
    def open(cls, config: Config, claim: Role | None = None, *, lazy: bool = False) -> Runtime:
        """Compile the rules (unless `lazy`), open (create, upgrade) the store and, with `claim`,
        become its one writer.

        Raises StoreBusy when another process holds the store (a daemon already running).
        """
        matching = None
        if not lazy:
            from monitor.matching import Matching

            matching = Matching.build(config)
        store = Store(config.database_url())
        try:
            if claim is not None:
                store.claim(claim)
        except BaseException:
            store.close()
            raise
        return cls(config, store, matching)

    @property
    def matching(self) -> Matching:
        with self.lock:
            if self._matching is None:
                from monitor.matching import Matching

                self._matching = Matching.build(self.config)
            return self._matching

    @property
    def stories(self) -> StoryDesk:
        """The window of recent stories, loaded with the rules (it reads their concepts)."""
        with self.lock:
            if self._stories is None:
                self._stories = story_desk(self.config, self.matching, self.store)
            return self._stories

    def policy(self, feed: Feed) -> Policy:
        return schedule_policy(self.config, feed)

    @property
    def limits(self) -> FetchLimits:
        return fetch_limits(self.config)

    def close(self) -> None:
        self.store.close()

    def replace_config(self, config: Config, matching: Matching) -> None:
        """Swap in a new config and the rules compiled for it (`Matching.build`, which may raise)."""
        with self.lock:
            self.config, self._matching = config, matching
            if self._stories is not None:
                self._stories.configure(matching.book, config.stories.window, config.stories.threshold)

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
