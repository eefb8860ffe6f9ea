"""Polling at scale: `monitor poll` over thousands of loopback feeds, against baselines.

Feeds are served by threaded HTTP servers on 127.0.0.1 ... 127.0.0.N, one port for all
of them (every 127/8 address is loopback, so each stands for a site), each answering
after `--latency` seconds, with ETags so that a second cycle gets 304s. For each latency,
in one run: `monitor poll` (first cycle, then the all-304 cycle, then its start-up alone:
the same config with every feed disabled), the first cycle again with
`alert_on_first_poll: true` (every item matched, for the cost of a new item), a
sequential urllib + feedparser loop, newsboat (`newsboat -x reload`) with 16 reload
threads and with 1, when it is installed (Debian package `newsboat`; skipped with a
message otherwise), and `monitor poll` with every feed on one site (per-site limit
acting on all). Each figure is wall time, CPU time and peak RSS of that child process
alone (os.wait4). `monitor` runs with its bytecode compiled (in a temporary
PYTHONPYCACHEPREFIX, after one warm-up start), as an installed program does: a checkout
run with PYTHONDONTWRITEBYTECODE=1 would compile every module at every start (0.15 s of
CPU here).

Derived: CPU per new item = (first cycle - 304 cycle) / items, bytes to stored article,
silent and matched; CPU per 304 = (304 cycle - start-up) / feeds. CPU is the child's own
and that of the processes it waited for (its parser process included).

`--max-in-flight N` sets `fetch.max_in_flight` for the first and the 304 cycle (at 50 ms
the 304 cycle cannot take less than feeds x 0.05 s / N: 3.1 s at the default 32).

`--format atom` serves the same items as Atom 1.0 documents instead of RSS 2.0.

`--source DIR ...` runs `monitor` from each checkout in turn at each latency (an A/B
comparison in one run, e.g. `--source ../main .`).

    uv run python bench/polling.py [--feeds 2000] [--items 20] [--sites 50] [--latency 0 0.05]
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

WORDS = [
    *("government", "minister", "election", "troops", "border", "talks", "economy", "inflation", "storm"),
    *("flood", "court", "police", "protest", "market", "energy", "gas", "oil", "climate", "summit"),
    *("president", "parliament", "vote", "city"),
]


def _words(feed: int, item: int) -> str:
    return " ".join(WORDS[(feed * 7 + item * 3 + k) % len(WORDS)] for k in range(40))


def feed_body(feed: int, items: int) -> bytes:
    entries = []
    for i in range(items):
        words = _words(feed, i)
        entries.append(
            f"<item><guid>f{feed}-i{i}</guid><title>Item {i} of feed {feed}: {words[:60]}</title>"
            f"<link>https://site{feed % 50}.example/a/{feed}/{i}</link>"
            f"<description>{words}</description>"
            f"<pubDate>Sat, 05 Dec 2026 10:{i % 60:02d}:00 GMT</pubDate></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed</title>'
        f"<link>https://example.org/</link><description>bench</description>{''.join(entries)}</channel></rss>"
    ).encode()


def atom_body(feed: int, items: int) -> bytes:
    """The same items as `feed_body`, as an Atom 1.0 document."""
    entries = []
    for i in range(items):
        words = _words(feed, i)
        entries.append(
            f"<entry><id>f{feed}-i{i}</id><title>Item {i} of feed {feed}: {words[:60]}</title>"
            f'<link href="https://site{feed % 50}.example/a/{feed}/{i}"/>'
            f"<summary>{words}</summary><updated>2026-12-05T10:{i % 60:02d}:00Z</updated></entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title>'
        f'<id>urn:feed:{feed}</id><link href="https://example.org/"/>{"".join(entries)}</feed>'
    ).encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Any

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        time.sleep(self.server.latency)
        feed = int(self.path.rsplit("/", 1)[-1])
        etag = f'"{feed}"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = self.server.bodies[feed]
        self.send_response(200)
        atom = body.startswith(b'<?xml version="1.0" encoding="utf-8"?><feed')
        self.send_header("Content-Type", "application/atom+xml" if atom else "application/rss+xml")
        self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class Sites:
    """`sites` HTTP servers on 127.0.0.1..N sharing one port."""

    def __init__(self, sites: int, bodies: dict[int, bytes], latency: float) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.servers = []
        for n in range(1, sites + 1):
            server = ThreadingHTTPServer((f"127.0.0.{n}", self.port), Handler)
            server.daemon_threads = True
            server.request_queue_size = 256
            server.bodies, server.latency = bodies, latency  # type: ignore[attr-defined]
            threading.Thread(target=server.serve_forever, daemon=True).start()
            self.servers.append(server)

    def set_latency(self, latency: float) -> None:
        for server in self.servers:
            server.latency = latency  # type: ignore[attr-defined]

    def url(self, feed: int, sites: int) -> str:
        return f"http://127.0.0.{feed % sites + 1}:{self.port}/feed/{feed}"

    def close(self) -> None:
        for server in self.servers:
            server.shutdown()
            server.server_close()


def timed(command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> dict[str, float]:
    """Wall time, CPU time and peak RSS (MB) of one child process, from its own rusage (wait4)."""
    with tempfile.TemporaryFile("w+") as out:
        start = time.perf_counter()
        child = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, text=True)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            out.seek(0)
            print(out.read()[-3000:], file=sys.stderr)
            raise SystemExit(f"{command[0]} failed with {code}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss / 1024}


def sequential_loop(urls: list[str]) -> None:
    """The baseline: urllib + feedparser, one feed after another (run in a child process)."""
    import io
    import urllib.request

    import feedparser

    for url in urls:
        with urllib.request.urlopen(url, timeout=20) as response:
            feedparser.parse(io.BytesIO(response.read()))


def monitor_config(
    directory: Path,
    urls: list[str],
    *,
    name: str = "config.yaml",
    alert_first: bool = False,
    enabled: bool = True,
    max_in_flight: int | None = None,
) -> Path:
    feeds = "".join(
        f"  - name: f{i}\n    url: {url}\n" + ("" if enabled else "    enabled: false\n")
        for i, url in enumerate(urls)
    )
    text = textwrap.dedent(
        """
        defaults:
          timeout: 60s
          poll_interval: auto
          alert_on_first_poll: {alert}
        storage:
          data_dir: {data}
        targets: []
        rules:
          - name: troops
            query: troops AND border
          - name: storm
            query: storm NEAR/5 flood
        feeds:
        """
    ).format(data=directory / f"data-{name}", alert=str(alert_first).lower())
    if max_in_flight is not None:
        text = f"fetch:\n  max_in_flight: {max_in_flight}\n" + text
    path = directory / name
    path.write_text(text + feeds)
    return path


def newsboat(directory: Path, urls: list[str], threads: int) -> dict[str, float] | None:
    binary = shutil.which("newsboat")
    if binary is None:
        return None
    home = directory / f"newsboat-{threads}"
    home.mkdir()
    (home / "urls").write_text("\n".join(urls) + "\n")
    (home / "config").write_text(f"reload-threads {threads}\n")
    command = [binary, "-x", "reload", "-u", str(home / "urls"), "-c", str(home / "cache.db"), "-C"]
    return timed([*command, str(home / "config")])


def row(label: str, figures: dict[str, float] | None) -> str:
    if figures is None:
        return f"| {label} | skipped (newsboat is not installed: apt-get install newsboat) | | |"
    return f"| {label} | {figures['wall']:.1f} s | {figures['cpu']:.1f} s | {figures['rss']:.0f} MB |"


def measure(args: argparse.Namespace, sites: Sites, latency: float, source: Path | None) -> list[str]:
    """Every contender at one latency, `monitor` run from the checkout `source` (else the installed
    one); the table's rows and the derived costs."""
    sites.set_latency(latency)
    urls = [sites.url(n, args.sites) for n in range(args.feeds)]
    one_site = [sites.url(n, 1) for n in range(args.feeds)]
    monitor = [sys.executable, "-m", "monitor", "poll", "--config"]
    env = {**os.environ, "PYTHONWARNINGS": "ignore", "PYTHONPYCACHEPREFIX": args.pycache}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiled once, as an installed program is
    where = source.resolve() if source else None  # `python -m` imports from its working directory first
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        config = monitor_config(directory, urls, max_in_flight=args.max_in_flight)
        idle = monitor_config(directory, urls, name="idle.yaml", enabled=False)
        timed([*monitor, str(idle)], cwd=where, env=env)  # warm-up: bytecode compiled, files cached
        first = timed([*monitor, str(config)], cwd=where, env=env)
        again = timed([*monitor, str(config)], cwd=where, env=env)
        startup = timed([*monitor, str(idle)], cwd=where, env=env)
        rows.append(row("`monitor poll`, first cycle (silent first poll)", first))
        rows.append(row("`monitor poll`, all 304", again))
        rows.append(row("`monitor poll`, start-up only (feeds disabled)", startup))
        matched = None
        if not args.skip_matched:
            matched_config = monitor_config(directory, urls, name="matched.yaml", alert_first=True)
            matched = timed([*monitor, str(matched_config)], cwd=where, env=env)
            rows.append(row("`monitor poll`, first cycle, every item matched", matched))
        if not args.skip_baselines:
            script = "import sys, bench.polling as p; p.sequential_loop(sys.argv[1:])"
            rows.append(row("urllib + feedparser, sequential", timed([sys.executable, "-c", script, *urls])))
            rows.append(row("newsboat, 16 reload threads", newsboat(directory, urls, 16)))
            rows.append(row("newsboat, 1 reload thread", newsboat(directory, urls, 1)))
        if not args.skip_one_site:
            lone = monitor_config(directory, one_site, name="one-site.yaml")
            rows.append(
                row(
                    "`monitor poll`, every feed on one site, first cycle",
                    timed([*monitor, str(lone)], cwd=where, env=env),
                )
            )
            rows.append(
                row(
                    "`monitor poll`, every feed on one site, all 304",
                    timed([*monitor, str(lone)], cwd=where, env=env),
                )
            )
    items = args.feeds * args.items
    per_item = (matched["cpu"] - again["cpu"]) / items * 1000 if matched else None
    per_silent = (first["cpu"] - again["cpu"]) / items * 1000
    per_304 = (again["cpu"] - startup["cpu"]) / args.feeds * 1000
    return [
        f"{args.feeds} feeds x {args.items} items on {args.sites} sites, "
        f"{latency * 1000:.0f} ms server latency"
        + (f", fetch.max_in_flight {args.max_in_flight}" if args.max_in_flight else "")
        + (f", monitor from {source.resolve()}" if source else ""),
        "",
        "| | wall | CPU | peak RSS |",
        "| --- | --- | --- | --- |",
        *rows,
        "",
        f"CPU per new item, bytes to stored article: {per_silent:.3f} ms silent"
        + (f", {per_item:.3f} ms matched; " if per_item is not None else "; ")
        + f"CPU per feed answering 304 (start-up excluded): {per_304:.3f} ms",
        "",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=2000)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--sites", type=int, default=50)
    parser.add_argument("--latency", type=float, nargs="+", default=[0.0, 0.05])
    parser.add_argument(
        "--max-in-flight",
        type=int,
        default=None,
        help="fetch.max_in_flight of monitor (default: its own, 32)",
    )
    parser.add_argument("--format", choices=("rss", "atom"), default="rss", help="the feeds' format")
    parser.add_argument("--skip-baselines", action="store_true", help="no urllib loop, no newsboat")
    parser.add_argument("--skip-one-site", action="store_true", help="no all-on-one-site runs")
    parser.add_argument("--skip-matched", action="store_true", help="no first cycle with every item matched")
    parser.add_argument(
        "--source", type=Path, nargs="+", default=[None], help="checkouts to run monitor from, in turn"
    )
    args = parser.parse_args()

    make = atom_body if args.format == "atom" else feed_body
    bodies = {n: make(n, args.items) for n in range(args.feeds)}
    sites = Sites(args.sites, bodies, 0.0)
    with tempfile.TemporaryDirectory(prefix="polling-pycache-") as pycache:
        args.pycache = pycache  # each checkout's bytecode, outside the checkouts
        try:
            for latency in args.latency:
                for source in args.source:
                    print("\n".join(measure(args, sites, latency, source)), flush=True)
        finally:
            sites.close()


if __name__ == "__main__":
    main()
