"""A second process on the same store, for the tests of locks that must work between processes.

    python -m tests.store_child URL open KEY     open the store (creating it), write a feed row
    python -m tests.store_child URL claim ROLE   open the store and claim it for ROLE
    python -m tests.store_child URL hold ROLE    claim the store without opening it (no upgrade)

Each prints `ready` once imported and waits for a line on stdin before it acts (so
the parent can start many at once), prints `done <pid>` or `error <type>: <message>`,
then, for claim and hold, keeps the claim until stdin closes or the process is killed.
"""

from __future__ import annotations

import os
import sys

from monitor.errors import MonitorError
from monitor.store import Store
from monitor.store.claim import claim
from monitor.store.database import Database


def main(url: str, action: str, arg: str) -> int:
    print("ready", flush=True)
    sys.stdin.readline()
    try:
        if action == "open":
            with Store(url) as store:
                store.feed(arg, f"https://{arg}.example/rss")
        elif action == "claim":
            store = Store(url)
            store.claim(arg)  # type: ignore[arg-type]
        elif action == "hold":
            held = claim(Database(url), arg)  # type: ignore[arg-type]  # noqa: F841  (kept until exit)
        else:
            raise SystemExit(f"unknown action {action!r}")
    except MonitorError as exc:
        print(f"error {type(exc).__name__}: {exc}", flush=True)
        return 1
    print(f"done {os.getpid()}", flush=True)
    sys.stdin.read()  # hold whatever was claimed until the parent closes stdin
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
