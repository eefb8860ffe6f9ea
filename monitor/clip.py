"""Cutting text to a size at a word boundary, the one way stored fields and alerts are cut.

A cut ends with an ellipsis so a reader sees that something is missing; it backs off
to the last space only when that keeps most of the room (text without spaces, such as
Chinese, is cut at the limit).
"""

from __future__ import annotations

__all__ = ["ELLIPSIS", "clip"]

ELLIPSIS = "…"
_KEEP_AT_LEAST = 0.8  # back off to a space only if the cut keeps 80 % of the room


def clip(text: str, limit: int) -> str:
    """`text` if it fits in `limit` characters, else its start cut at a word boundary plus "…"."""
    if len(text) <= limit:
        return text
    if limit <= len(ELLIPSIS):
        return text[: max(limit, 0)]
    room = limit - len(ELLIPSIS)
    cut = text[: room + 1]  # one more: a space right after the room is a word boundary too
    space = max(cut.rfind(" "), cut.rfind("\n"))
    end = space if space >= room * _KEEP_AT_LEAST else room
    return text[:end].rstrip() + ELLIPSIS
