"""What one oversized feed item costs: peak memory of a whole `monitor poll` and the alert size.

A feed on 127.0.0.1 serves one item whose title is N megabytes of words (the rule's
terms once, at the start, then filler words); `monitor poll` runs in a child process (fetch, parse,
analyse, match, store, deliver to a JSON webhook on 127.0.0.1) and its peak RSS is
read from the kernel (`wait4`). The same poll of a normal item gives the baseline,
so the difference is what the big item costs. Also printed: the size of the
message that reached the webhook and of the stored title.

    uv run python bench/big_item.py [--megabytes 5]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.feedserver import FeedServer, rss
from tests.receivers import WebhookReceiver

ROOT = Path(__file__).resolve().parent.parent
HEADLINE = "North Korea sends troops to Russia"
FILLER = "as officials confirm the deployment near Kursk and the talks go on "


def config(tmp: Path, feed_url: str, hook_url: str) -> Path:
    path = tmp / "config.yaml"
    path.write_text(
        "defaults:\n  alert_on_first_poll: true\n  timeout: 60s\n"
        f"storage:\n  data_dir: {tmp / 'data'}\n"
        f"targets:\n  - name: hook\n    urls: ['{hook_url}']\n"
        f"feeds:\n  - name: big\n    url: {feed_url}\n    language: en\n"
        "rules:\n  - name: nk\n    query: '\"North Korea\" AND Russia AND troops'\n",
        encoding="utf-8",
    )
    return path


def poll(title: str) -> tuple[int, int, int, int]:
    """(peak RSS in KB, exit code, bytes that reached the webhook, stored title length)."""
    with tempfile.TemporaryDirectory() as tmp, FeedServer() as feeds, WebhookReceiver() as hook:
        feeds.route("/feed", body=rss([{"guid": "1", "title": title, "link": "https://n.example/1"}]))
        path = config(Path(tmp), feeds.url("/feed"), hook.url)
        proc = subprocess.Popen(
            [sys.executable, "-m", "monitor", "poll", "--config", str(path)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        received = sum(len(r.body) for r in hook.requests)
        db = sqlite3.connect(Path(tmp) / "data" / "news-monitor.db")
        try:
            (stored,) = db.execute("SELECT coalesce(max(length(title)), 0) FROM articles").fetchone()
        finally:
            db.close()
        return usage.ru_maxrss, proc.returncode, received, stored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    args = parser.parse_args()
    size = int(args.megabytes * 1_000_000)
    big = (HEADLINE + " " + FILLER * (size // len(FILLER) + 1))[:size]
    print(f"{'item':>18}  {'peak RSS':>9}  {'exit':>4}  {'alert bytes':>11}  {'stored title':>12}")
    for label, title in (("normal title", HEADLINE), (f"{args.megabytes:g} MB title", big)):
        peak, code, received, stored = poll(title)
        print(f"{label:>18}  {peak / 1024:>6.0f} MB  {code:>4}  {received:>11,}  {stored:>12,}")


if __name__ == "__main__":
    main()
