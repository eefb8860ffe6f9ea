"""How counts read in messages a person sees: `1 item`, `2 items`."""

from __future__ import annotations


def count(n: int, noun: str, plural: str | None = None) -> str:
    """`count(1, "item")` -> `1 item`; `count(3, "match", "matches")` -> `3 matches`."""
    return f"{n} {noun}" if n == 1 else f"{n} {plural or noun + 's'}"
