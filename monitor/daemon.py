"""The running daemon: an asyncio loop with a scheduler job per feed, a delivery worker, reload, signals.

APScheduler is the clock: each feed is polled on its own interval with jitter and never
overlaps itself (max_instances=1); missed runs after a pause are coalesced into one.
Fetches run on the event loop, so hundreds can wait on the network at once and
stopping cancels them at once; parsing runs in a parser process (on another core, as
for `monitor poll`), matching and the database in a worker thread (see `pipeline`).
Alerts are sent by a delivery thread, woken as soon as a poll stores a match and every
`DELIVERY_EVERY` seconds for retries.

Editing the config file while the daemon runs reloads it (so does SIGHUP); a config
with errors is reported and the running one is kept. SIGTERM or SIGINT stop it within
a few seconds: fetches in flight are cancelled, what was already fetched is stored,
an alert being sent is given a moment to finish.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import random
import signal
import socket
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from monitor import heap
from monitor.config import Config, load_config
from monitor.delivery.apprise_send import describe_targets
from monitor.delivery.outbox import deliver_due
from monitor.errors import MonitorError, StoreError
from monitor.fetch import Fetcher
from monitor.fulltext import Pages
from monitor.notices import feed_paused
from monitor.pipeline import PollReport, StateWriter, ingest_backlog, parse_pool, poll_feed
from monitor.runtime import Runtime, fulltext_limits
from monitor.store import FeedRow, as_utc
from monitor.wording import count

if TYPE_CHECKING:
    from monitor.matching import Matching

log = logging.getLogger(__name__)

DELIVERY_EVERY = 30.0  # seconds between sweeps for retries; new matches are sent at once
RELOAD_CHECK_EVERY = 2.0
PAUSED_CHECK_EVERY = 300.0  # a paused feed's job looks every 5 minutes whether it was resumed
STOP_GRACE = 5.0  # seconds an alert being sent, or an article being stored, may take to finish


def sd_notify(message: str) -> None:
    """Tell systemd (Type=notify) about our state; a no-op outside systemd."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return
    if address.startswith("@"):
        address = "\0" + address[1:]
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.connect(address)
        sock.sendall(message.encode())


def _matching_summary(rt: Runtime) -> str:
    places = sum(1 for c in rt.matching.book.concepts.values() if c.place)
    concepts = len(rt.matching.book.concepts) - places
    return (
        f"matching: {concepts} concepts, {places} places; {rt.matching.language_summary()}; "
        "each language loads with its first article"
    )


def startup_summary(rt: Runtime) -> list[str]:
    """What a person starting the daemon needs to know, one line each."""
    config = rt.config
    known = {row.key: row for row in rt.store.feeds()}
    gone = {row.key for row in known.values() if row.gone}
    enabled = [f for f in config.feeds if f.enabled and f.key not in gone]
    lines = [
        f"{count(len(enabled), 'feed')} polled ({len(config.feeds) - len(enabled)} disabled or gone), "
        f"{count(len(rt.matching.rules.specs), 'rule')}, {count(len(config.targets), 'target')}",
        f"database: {_safe_db_url(config.database_url())}",
        _matching_summary(rt),
        f"stories: {count(len(rt.stories.window), 'story', 'stories')} of the last "
        f"{_duration(timedelta(seconds=config.stories.window))} in the window; one alert per story and rule",
        *describe_targets(config),
    ]
    new = [
        f for f in enabled if f.key not in gone and (f.key not in known or not known[f.key].first_polled_at)
    ]
    silent = [f.key for f in new if not config.alerts_first(f)]
    loud = [f.key for f in new if config.alerts_first(f)]
    if silent:
        lines.append(
            f"first poll of {count(len(silent), 'new feed')} records their current items without alerting "
            f"(alert_on_first_poll is off): {', '.join(silent)}"
        )
    if loud:
        lines.append(
            f"first poll of {count(len(loud), 'new feed')} alerts on current items: {', '.join(loud)}"
        )
    if gone:
        lines.append(f"feeds disabled after HTTP 410 (change their url to retry): {', '.join(sorted(gone))}")
    keys = {f.key for f in enabled}
    paused = sorted(row.key for row in known.values() if row.paused_at is not None and row.key in keys)
    if paused:
        lines.append(
            "feeds paused after failing too often (`monitor feeds resume NAME` polls one again): "
            + ", ".join(paused)
        )
    return lines


def failing_feeds(rt: Runtime, now: datetime) -> dict[str, tuple[str, str]]:
    """Feeds whose last poll, in an earlier run, failed: feed -> (its error, when it is tried
    again). Said at start-up, since a feed backing off may not be polled for hours."""
    keys = {f.key for f in rt.config.feeds if f.enabled}
    found = {}
    for row in rt.store.feeds():
        if row.key not in keys or row.gone or row.paused_at is not None or not row.last_error:
            continue
        planned = as_utc(row.next_poll_at)
        when = f"next try in {_duration(planned - now)}" if planned and planned > now else "tried again now"
        found[row.key] = (row.last_error, when)
    return found


def _safe_db_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


@dataclass
class Activity:
    """What the daemon did since the last summary line."""

    polled: int = 0
    not_modified: int = 0
    new: int = 0
    matches: int = 0
    failed_feeds: int = 0
    alerts_sent: int = 0
    alerts_failed: int = 0

    def line(self, since: str) -> str:
        failed = f", {self.alerts_failed} failed (will be retried)" if self.alerts_failed else ""
        return (
            f"last {since}: {count(self.polled, 'feed')} polled ({self.not_modified} unchanged, "
            f"{self.failed_feeds} failed), {count(self.new, 'new article')}, "
            f"{count(self.matches, 'match', 'matches')}, {count(self.alerts_sent, 'alert')} sent{failed}"
        )


class _Quieter(logging.Filter):
    """APScheduler warns about conditions that are normal here: a poll still running when
    its next run is due (max_instances), or runs missed while the machine slept (they are
    coalesced). Those become DEBUG records; everything else passes unchanged."""

    NORMAL = ("maximum number of running instances reached", "was missed by")

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno == logging.WARNING and any(s in str(record.msg) for s in self.NORMAL):
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
            return logging.getLogger(record.name).isEnabledFor(logging.DEBUG)
        return True


def quiet_scheduler_logs() -> None:
    for name in ("apscheduler.scheduler", "apscheduler.executors.default"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _Quieter) for f in logger.filters):
            logger.addFilter(_Quieter())


class DeliveryWorker:
    """A thread that sends the alerts the outbox owes, woken by new matches and by a timer.

    A thread of its own because Apprise is blocking; only one sweep runs at a time, so a
    burst of matches never piles up sweeps (or warnings about them).
    """

    def __init__(self, rt: Runtime, activity: Activity, activity_lock: threading.Lock) -> None:
        self.rt = rt
        self.activity = activity
        self.activity_lock = activity_lock
        self.wake_event = threading.Event()
        self.stopping = threading.Event()
        self.failure: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="delivery", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def wake(self) -> None:
        self.wake_event.set()

    def stop(self, grace: float) -> bool:
        """Ask the worker to stop after the alert in hand; False if it is still sending after `grace`."""
        self.stopping.set()
        self.wake_event.set()
        self.thread.join(grace)
        return not self.thread.is_alive()

    def _run(self) -> None:
        while not self.stopping.is_set():
            try:
                deliver_due(
                    self.rt.store,
                    self.rt.config,
                    self.rt.retry_base,
                    stop=self.stopping,
                    progress=self._count,
                )
            except StoreError as exc:
                self.failure = exc
                return
            except Exception:
                log.exception("delivery sweep failed; it runs again in %gs", DELIVERY_EVERY)
            self.wake_event.wait(self._until_due())
            self.wake_event.clear()

    def _count(self, sent: bool) -> None:
        """Each send as it happens, so a summary during a long sweep says what went out."""
        with self.activity_lock:
            if sent:
                self.activity.alerts_sent += 1
            else:
                self.activity.alerts_failed += 1

    def _until_due(self) -> float:
        """Seconds until the outbox's next digest, held alert or retry falls due (at most DELIVERY_EVERY)."""
        try:
            due = self.rt.store.next_due()
        except StoreError:
            return DELIVERY_EVERY
        if due is None:
            return DELIVERY_EVERY
        return min(max((due - datetime.now(UTC)).total_seconds(), 0.2), DELIVERY_EVERY)


class Daemon:
    """Owns the event loop's jobs; `run()` blocks until SIGTERM or SIGINT."""

    def __init__(self, config_path: Path, config: Config) -> None:
        self.config_path = config_path
        self.config_mtime = _mtime(config_path)
        self.rt = Runtime.open(config, claim="daemon")
        self.worker = ThreadPoolExecutor(2, thread_name_prefix="ingest")
        self.parser = parse_pool()  # as `monitor poll`: bodies parsed on another core, started on the first
        self.activity = Activity()
        self.activity_lock = threading.Lock()
        self.activity_since = datetime.now(UTC)
        self.delivery = DeliveryWorker(self.rt, self.activity, self.activity_lock)
        self.polls: set[asyncio.Task[Any]] = set()
        self.told_errors: dict[str, str] = {}  # feed -> the error this run has warned about
        self.failure: BaseException | None = None
        self.fetcher: Fetcher | None = None
        self.pages: Pages | None = None
        self.states: StateWriter | None = None
        self.backlog: asyncio.Semaphore | None = None
        self.scheduler: Any = None
        self.stop_event: asyncio.Event | None = None

    # Jobs ------------------------------------------------------------------

    async def poll(self, key: str) -> PollReport | None:
        feed = self.rt.feed(key)
        if feed is None or not feed.enabled or self.fetcher is None:
            return None
        task = asyncio.current_task()
        assert task is not None
        self.polls.add(task)
        try:
            report = await poll_feed(
                self.rt,
                self.fetcher,
                feed,
                self.worker,
                self.pages,
                states=self.states,
                parser=self.parser,
                backlog=self.backlog,
            )
        except asyncio.CancelledError:
            log.debug("feed %s: poll cancelled (stopping)", key)
            return None
        except StoreError as exc:
            self.fail(exc)
            return None
        finally:
            self.polls.discard(task)
        self._note(report)
        if report.disabled:
            log.error("feed %s is gone (HTTP 410) and will not be polled again: %s", key, report.error)
            self._remove_job(f"feed:{key}")
        elif report.paused:
            self._next_run(key, datetime.now(UTC) + timedelta(seconds=PAUSED_CHECK_EVERY))
        elif report.next_poll_at is not None:
            self._next_run(key, report.next_poll_at)
        if report.newly_paused:
            config = self.rt.config
            loop = asyncio.get_running_loop()
            loop.run_in_executor(None, feed_paused, config, key, report.failures, report.error)
        if report.matches:
            self.delivery.wake()
        return report

    def report_gaps(self) -> None:
        """After start-up and each reload: compile the rules for every monitored language, say
        which rule terms have nothing in one of them (a silent gap otherwise), and settle the heap
        on the compiled rules."""
        try:
            found = self.rt.matching.coverage_gaps()
        except Exception:
            log.exception("could not check the rules' terms against the monitored languages")
            return
        finally:
            heap.settle()
        if not found:
            log.info("every rule term has an equivalent or its own spelling in each monitored language")
            return
        listed = "; ".join(f"{lang}: {', '.join(terms)}" for lang, terms in found.items())
        log.warning(
            "rule terms with nothing to match in a monitored language (%s); `monitor rules check` says more",
            listed,
        )

    def _next_run(self, key: str, when: datetime) -> None:
        """Move the feed's job to `when` (plus its jitter): the plan of the poll that just ended."""
        job = self.scheduler.get_job(f"feed:{key}") if self.scheduler is not None else None
        if job is None:
            return
        jitter = self.rt.config.defaults.jitter
        job.modify(next_run_time=when + timedelta(seconds=random.uniform(0, jitter)) if jitter else when)

    def _note(self, report: PollReport) -> None:
        with self.activity_lock:
            a = self.activity
            a.polled += 1
            a.not_modified += report.not_modified
            a.new += report.new
            a.matches += report.matches
            a.failed_feeds += report.error is not None
        told = self.told_errors.get(report.feed)
        if report.error and not report.disabled and not (report.paused and not report.newly_paused):
            # Once per run and per error: a feed failing since before a restart is said again.
            new = report.first_error or told != report.error
            log.log(logging.WARNING if new else logging.DEBUG, "feed %s: %s", report.feed, report.error)
            self.told_errors[report.feed] = report.error
        elif told is not None and not report.error:
            log.info("feed %s works again", report.feed)
            del self.told_errors[report.feed]

    async def summary(self) -> None:
        with self.activity_lock:
            activity, self.activity = self.activity, Activity()
            self.delivery.activity = self.activity
        now = datetime.now(UTC)
        log.info("%s", activity.line(_duration(now - self.activity_since)))
        self.activity_since = now

    async def check_reload(self) -> None:
        """Every few seconds: is the store still there (a removed data directory stops the daemon
        rather than let it alert from a ghost database), and did the config file change?"""
        if self.delivery.failure is not None:
            self.fail(self.delivery.failure)
            return
        if self.states is not None and self.states.failure is not None:
            self.fail(self.states.failure)
            return
        try:
            self.rt.store.verify()
        except StoreError as exc:
            self.fail(exc)
            return
        mtime = _mtime(self.config_path)
        if mtime == self.config_mtime:
            return
        self.config_mtime = mtime
        await self.reload()

    async def reload(self) -> bool:
        """Load the config again; on any error keep running the old one and say why."""
        loop = asyncio.get_running_loop()
        try:
            config, matching = await loop.run_in_executor(None, self._build, self.config_path)
        except MonitorError as exc:
            log.error("config %s not reloaded, still running the previous one:\n%s", self.config_path, exc)
            return False
        limits_changed = config.fetch != self.rt.config.fetch or _fetch_defaults(config) != _fetch_defaults(
            self.rt.config
        )
        self.rt.replace_config(config, matching)
        if limits_changed:
            old, self.fetcher = self.fetcher, Fetcher(self.rt.limits)
            old_pages, self.pages = self.pages, Pages(fulltext_limits(config))
            if old is not None:
                asyncio.get_running_loop().create_task(_close_when_idle(old, self.polls))
            if old_pages is not None:
                asyncio.get_running_loop().create_task(_close_when_idle(old_pages, self.polls))
        self.schedule_feeds()
        self.schedule_summary()
        log.info("config reloaded: %d feeds, %d rules", len(config.feeds), len(matching.rules.specs))
        loop.run_in_executor(self.worker, self.report_gaps)
        return True

    def _build(self, path: Path) -> tuple[Config, Matching]:
        from monitor.matching import Matching

        config = load_config(path)
        return config, Matching.build(config, self.rt.matching.analyzer)

    # Scheduling ------------------------------------------------------------

    def schedule_feeds(self) -> None:
        """Make the feed jobs agree with the config: add, re-time or remove.

        A new job starts when the feed's stored plan says (a backoff, a Retry-After or an
        adaptive interval survives a restart), but never later than one interval from now
        under the current config, and within a few seconds when the feed is due.
        """
        from apscheduler.triggers.interval import IntervalTrigger

        config = self.rt.config
        wanted = {f"feed:{f.key}": f for f in config.feeds if f.enabled}
        for job in self.scheduler.get_jobs():
            if job.id.startswith("feed:") and job.id not in wanted:
                job.remove()
        rows = {row.key: row for row in self.rt.store.feeds()}
        now = datetime.now(UTC)
        for job_id, feed in wanted.items():
            row = rows.get(feed.key)
            if row is not None and row.gone:
                self._remove_job(job_id)  # disabled by a 410 until its url is changed
                continue
            policy = self.rt.policy(feed)
            interval = policy.interval or policy.max_interval  # the fallback: each poll plans its next run
            trigger = IntervalTrigger(seconds=interval, jitter=config.defaults.jitter or None, timezone=UTC)
            existing = self.scheduler.get_job(job_id)
            if existing is not None:
                if existing.trigger.interval != trigger.interval or existing.trigger.jitter != trigger.jitter:
                    existing.reschedule(trigger)
                    self._resume_plan(existing, row, policy, now)
                continue
            # Stagger first polls a little so a restart does not hit every server at once.
            first = now + timedelta(seconds=random.uniform(0, min(5.0, interval)))
            self.scheduler.add_job(
                self.poll,
                trigger,
                args=[feed.key],
                id=job_id,
                name=f"poll {feed.key}",
                next_run_time=_first_run(row, policy, now, first),
                misfire_grace_time=int(interval),
            )

    def _resume_plan(self, job: Any, row: FeedRow | None, policy: Any, now: datetime) -> None:
        first = now + timedelta(seconds=random.uniform(0, 5.0))
        job.modify(next_run_time=_first_run(row, policy, now, first))

    def schedule_summary(self) -> None:
        every = self.rt.config.log.summary_every
        job = self.scheduler.get_job("summary")
        if job is None:
            self.scheduler.add_job(self.summary, "interval", seconds=every, id="summary")
        elif job.trigger.interval != timedelta(seconds=every):
            job.reschedule("interval", seconds=every)

    def _remove_job(self, job_id: str) -> None:
        if self.scheduler.get_job(job_id) is not None:
            self.scheduler.remove_job(job_id)

    # Life cycle ------------------------------------------------------------

    def fail(self, exc: BaseException) -> None:
        """Stop because the daemon cannot go on safely (its store is gone or unwritable)."""
        if self.failure is None:
            self.failure = exc
            log.critical("stopping: %s", exc)
        if self.stop_event is not None:
            self.stop_event.set()

    async def main(self) -> None:
        """Run until a stop signal (or a fatal store error, which is raised after a clean stop)."""
        from apscheduler.schedulers.asyncio import AsyncIOScheduler

        loop = asyncio.get_running_loop()
        self.stop_event = asyncio.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self._on_stop, sig)
        loop.add_signal_handler(signal.SIGHUP, self.request_reload)
        quiet_scheduler_logs()
        self.fetcher = Fetcher(self.rt.limits)
        self.pages = Pages(fulltext_limits(self.rt.config))
        self.states = StateWriter(self.rt, self.worker)
        self.backlog = ingest_backlog()
        self.scheduler = AsyncIOScheduler(
            event_loop=loop, job_defaults={"coalesce": True, "max_instances": 1}, timezone=UTC
        )
        try:
            for line in startup_summary(self.rt):
                log.info("%s", line)
            for key, (error, when) in failing_feeds(self.rt, datetime.now(UTC)).items():
                log.warning("feed %s: %s (failing since before this start; %s)", key, error, when)
                self.told_errors[key] = error
            self.delivery.start()
            self.scheduler.add_job(self.check_reload, "interval", seconds=RELOAD_CHECK_EVERY, id="reload")
            self.schedule_summary()
            self.schedule_feeds()
            self.scheduler.start()
            sd_notify("READY=1")
            loop.run_in_executor(self.worker, self.report_gaps)
            await self.stop_event.wait()
        finally:
            await self._shutdown()
            for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
                loop.remove_signal_handler(sig)
        if self.failure is not None:
            raise self.failure

    async def _shutdown(self) -> None:
        sd_notify("STOPPING=1")
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.pause()
            await asyncio.sleep(0)  # polls the scheduler just started register themselves, to be cancelled
        log.info("stopping: cancelling %s in flight", count(len(self.polls), "fetch", "fetches"))
        for task in list(self.polls):
            task.cancel()
        await asyncio.gather(*self.polls, return_exceptions=True)
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        loop = asyncio.get_running_loop()
        if self.states is not None:  # the polls that brought nothing new, written before the worker stops
            try:
                await self.states.drain()
            except StoreError as exc:
                log.warning("stopping without the state of the last unchanged polls: %s", exc)
        # Articles already fetched finish storing (whole or not at all); alerts in hand finish sending.
        stored = loop.run_in_executor(None, functools.partial(self.worker.shutdown, cancel_futures=True))
        if self.parser is not None:  # no poll waits for it any more: bodies it was given are dropped
            self.parser.shutdown(wait=False, cancel_futures=True)
        sent = loop.run_in_executor(None, self.delivery.stop, STOP_GRACE)
        try:
            async with asyncio.timeout(STOP_GRACE * 2):
                await stored
        except TimeoutError:
            log.warning("stopping without waiting longer for articles being stored (they are fetched again)")
        if not await sent:
            log.warning(
                "stopping while an alert is being sent: it is retried at the next start, same alert id"
            )
        if self.fetcher is not None:
            await self.fetcher.aclose()
        if self.pages is not None:
            await self.pages.aclose()
        self.rt.close()

    def run(self) -> None:
        """Run until SIGTERM or SIGINT; SIGHUP reloads the config."""
        try:
            asyncio.run(self.main())
        finally:
            log.info("stopped")

    def request_reload(self) -> None:
        """SIGHUP: let the reload job reload, as for an edited file, so reloads never overlap."""
        self.config_mtime = -1.0

    def _on_stop(self, sig: signal.Signals) -> None:
        log.info("received %s", sig.name)
        if self.stop_event is not None:
            self.stop_event.set()


def _first_run(row: FeedRow | None, policy: Any, now: datetime, soon: datetime) -> datetime:
    """When a feed's job first runs: its stored plan if still ahead (capped), else `soon`."""
    planned = as_utc(row.next_poll_at) if row is not None else None
    if planned is None or planned <= soon:
        return soon
    if row is not None and row.paused_at is not None:
        return soon  # a paused feed's job only looks whether it was resumed
    longest = policy.interval or policy.max_interval
    if row is not None and row.errors_in_row:
        longest = max(longest, policy.max_backoff)
    return min(planned, now + timedelta(seconds=longest))


async def _close_when_idle(fetcher: Fetcher | Pages, polls: set[asyncio.Task[Any]]) -> None:
    """Close a replaced fetcher once the polls that were using it are done."""
    running = list(polls)
    if running:
        await asyncio.wait(running)
    await fetcher.aclose()


def _fetch_defaults(config: Config) -> tuple[Any, ...]:
    d = config.defaults
    return d.timeout, d.max_bytes, d.user_agent, config.fulltext


def _duration(delta: timedelta) -> str:
    seconds = round(delta.total_seconds())
    if seconds < 120:
        return f"{seconds}s"
    return f"{seconds // 60}m" if seconds < 7200 else f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"


def _mtime(path: Path) -> float | None:
    try:
        return path.stat().st_mtime
    except OSError:
        return None


__all__ = ["Activity", "Daemon", "DeliveryWorker", "startup_summary"]
