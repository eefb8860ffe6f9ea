"""The running daemon: a scheduler job per feed, a delivery job, config reload, signals.

Each feed is polled on its own interval with jitter and never overlaps itself
(max_instances=1); missed runs after a pause are coalesced into one. Editing the
config file while the daemon runs reloads it; a config with errors is reported
and the running one is kept.
"""

from __future__ import annotations

import logging
import os
import random
import signal
import socket
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from monitor.config import Config, load_config
from monitor.delivery.outbox import deliver_due
from monitor.errors import MonitorError
from monitor.pipeline import PollReport, poll_feed
from monitor.runtime import Runtime

log = logging.getLogger(__name__)

DELIVERY_EVERY = 30.0  # seconds between sweeps for retries; new matches are sent at once
RELOAD_CHECK_EVERY = 2.0


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
    enabled = [f for f in config.feeds if f.enabled]
    lines = [
        f"{len(enabled)} feeds enabled ({len(config.feeds) - len(enabled)} disabled), "
        f"{len(rt.matching.rules.specs)} rules, {len(config.targets)} targets",
        f"database: {_safe_db_url(config.database_url())}",
        _matching_summary(rt),
    ]
    known = {row.key: row for row in rt.store.feeds()}
    new = [f for f in enabled if known.get(f.key) is None or known[f.key].first_polled_at is None]
    silent = [f.key for f in new if not config.alerts_first(f)]
    loud = [f.key for f in new if config.alerts_first(f)]
    if silent:
        lines.append(
            f"first poll of {len(silent)} new feeds records their current items without alerting "
            f"(alert_on_first_poll is off): {', '.join(silent)}"
        )
    if loud:
        lines.append(f"first poll of {len(loud)} new feeds alerts on current items: {', '.join(loud)}")
    gone = [row.key for row in known.values() if row.gone]
    if gone:
        lines.append(f"feeds disabled after HTTP 410 (change their url to retry): {', '.join(gone)}")
    return lines


def _safe_db_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


class Daemon:
    """Owns the scheduler; `run()` blocks until SIGTERM or SIGINT."""

    def __init__(self, config_path: Path, config: Config) -> None:
        from apscheduler.executors.pool import ThreadPoolExecutor
        from apscheduler.schedulers.background import BackgroundScheduler

        self.config_path = config_path
        self.config_mtime = _mtime(config_path)
        self.rt = Runtime.open(config)
        self.stop_event = threading.Event()
        self.scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(4)},
            job_defaults={"coalesce": True, "max_instances": 1},
            timezone=UTC,
        )

    # Jobs ------------------------------------------------------------------

    def poll(self, key: str) -> PollReport | None:
        feed = self.rt.feed(key)
        if feed is None or not feed.enabled:
            return None
        report = poll_feed(self.rt, feed)
        if report.disabled:
            log.error("feed %s is gone (HTTP 410) and will not be polled again: %s", key, report.error)
            self._remove_job(f"feed:{key}")
        if report.matches:
            self.wake_delivery()
        return report

    def deliver(self) -> None:
        try:
            deliver_due(self.rt.store, self.rt.config, self.rt.retry_base)
        except Exception:
            log.exception("delivery sweep failed; it runs again in %ss", DELIVERY_EVERY)

    def wake_delivery(self) -> None:
        job = self.scheduler.get_job("deliver")
        if job is not None:
            job.modify(next_run_time=datetime.now(UTC))

    def check_reload(self) -> None:
        mtime = _mtime(self.config_path)
        if mtime == self.config_mtime:
            return
        self.config_mtime = mtime
        self.reload()

    def reload(self) -> bool:
        """Load the config again; on any error keep running the old one and say why."""
        try:
            config = load_config(self.config_path)
            self.rt.replace_config(config)
        except MonitorError as exc:
            log.error("config %s not reloaded, still running the previous one:\n%s", self.config_path, exc)
            return False
        self.schedule_feeds()
        log.info("config reloaded: %d feeds, %d rules", len(config.feeds), len(self.rt.matching.rules.specs))
        return True

    # Scheduling ------------------------------------------------------------

    def schedule_feeds(self) -> None:
        """Make the feed jobs agree with the config: add, re-time or remove."""
        from apscheduler.triggers.interval import IntervalTrigger

        config = self.rt.config
        wanted = {f"feed:{f.key}": f for f in config.feeds if f.enabled}
        for job in self.scheduler.get_jobs():
            if job.id.startswith("feed:") and job.id not in wanted:
                job.remove()
        gone = {row.key: row.config_url for row in self.rt.store.feeds() if row.gone}
        for job_id, feed in wanted.items():
            if gone.get(feed.key) == feed.url:
                continue  # disabled by a 410 until its url is changed
            interval = feed.poll_interval or config.defaults.poll_interval
            trigger = IntervalTrigger(seconds=interval, jitter=config.defaults.jitter or None, timezone=UTC)
            existing = self.scheduler.get_job(job_id)
            if existing is not None:
                if existing.trigger.interval != trigger.interval or existing.trigger.jitter != trigger.jitter:
                    existing.reschedule(trigger)
                continue
            # Stagger first polls a little so a restart does not hit every server at once.
            first = datetime.now(UTC) + timedelta(seconds=random.uniform(0, min(5.0, interval)))
            self.scheduler.add_job(
                self.poll,
                trigger,
                args=[feed.key],
                id=job_id,
                name=f"poll {feed.key}",
                next_run_time=first,
                misfire_grace_time=int(interval),
            )

    def _remove_job(self, job_id: str) -> None:
        if self.scheduler.get_job(job_id) is not None:
            self.scheduler.remove_job(job_id)

    # Life cycle ------------------------------------------------------------

    def start(self) -> None:
        for line in startup_summary(self.rt):
            log.info("%s", line)
        self.scheduler.add_job(
            self.deliver, "interval", seconds=DELIVERY_EVERY, id="deliver", next_run_time=datetime.now(UTC)
        )
        self.scheduler.add_job(self.check_reload, "interval", seconds=RELOAD_CHECK_EVERY, id="reload")
        self.schedule_feeds()
        self.scheduler.start()
        sd_notify("READY=1")

    def stop(self) -> None:
        sd_notify("STOPPING=1")
        self.scheduler.shutdown(wait=True)
        self.rt.close()

    def run(self) -> None:
        """Run until SIGTERM or SIGINT; SIGHUP reloads the config."""
        handlers: dict[signal.Signals, Callable[[int, Any], None]] = {
            signal.SIGTERM: self._on_stop,
            signal.SIGINT: self._on_stop,
            signal.SIGHUP: lambda *_: self.request_reload(),
        }
        previous = {sig: signal.signal(sig, handler) for sig, handler in handlers.items()}
        self.start()
        try:
            while not self.stop_event.wait(3600):
                pass
        finally:
            log.info("stopping: waiting for polls in progress")
            self.stop()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            log.info("stopped")

    def request_reload(self) -> None:
        """SIGHUP: let the reload job reload, as for an edited file, so reloads never overlap."""
        self.config_mtime = -1.0

    def _on_stop(self, signum: int, _frame: Any) -> None:
        log.info("received %s", signal.Signals(signum).name)
        self.stop_event.set()


def _mtime(path: Path) -> float | None:
    try:
        return path.stat().st_mtime
    except OSError:
        return None
