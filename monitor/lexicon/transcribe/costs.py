"""The schemes' measured costs (`learn.py` writes them): how much rarer each reading is than the usual one."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def _all() -> dict[str, dict[str, dict[str, float]]]:
    path = resources.files("monitor") / "data" / "names" / "costs.json"
    if not path.is_file():
        return {}
    found: dict[str, dict[str, dict[str, float]]] = json.loads(path.read_text(encoding="utf-8"))
    return found


def measured(language: str) -> dict[str, dict[str, float]]:
    """Piece key -> reading -> cost for `language`'s scheme ({} where none were measured)."""
    return _all().get(language, {})
