"""What the recall and precision benches share: matching a set of sentences, and percentages."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from monitor.matching import Matching
from monitor.models import Article


class Sentence(Protocol):
    id: str
    text: str
    language: str


@dataclass
class Matched:
    found: dict[str, set[str]]  # sentence id -> the rules that matched it
    terms: dict[tuple[str, str], list[str]]  # (sentence id, rule) -> the terms that matched
    seconds: float


def match_sentences(matching: Matching, sentences: Iterable[Sentence]) -> Matched:
    """Each sentence matched as an article's summary in its language, timed."""
    found: dict[str, set[str]] = {}
    terms: dict[tuple[str, str], list[str]] = {}
    started = time.perf_counter()
    for s in sentences:
        doc, matches = matching.match(Article(uid=s.id, feed="bench", summary=s.text, language=s.language))
        found[s.id] = {m.rule for m in matches}
        for m in matches:
            terms[(s.id, m.rule)] = m.terms(doc)
    return Matched(found, terms, time.perf_counter() - started)


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "-"
