"""The multilingual test set (tests/data/multilingual.yaml), run through the real matcher.

Shared by tests/test_multilingual_set.py, which asserts every expectation, and
bench/multilingual.py, which prints recall and precision per language.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from monitor.config import parse_config
from monitor.matching import Matching
from monitor.models import Article

SET = Path(__file__).parent / "data" / "multilingual.yaml"
LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "ru", "uk", "pl", "nl", "tr", "ar", "zh", "ja"]


@dataclass(frozen=True)
class Outcome:
    """What one article should have matched and what it did."""

    article: str
    language: str
    expected: frozenset[str]
    actual: frozenset[str]
    terms: dict[str, list[str]]

    @property
    def missed(self) -> frozenset[str]:
        return self.expected - self.actual

    @property
    def spurious(self) -> frozenset[str]:
        return self.actual - self.expected


def load(path: Path = SET) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def build(data: dict[str, Any], languages: list[str] | None = LANGUAGES) -> Matching:
    """A matcher configured as a user would: English rules, built-in concepts and places.

    `languages=None` leaves `languages:` out: undeclared articles are detected among every
    supported language.
    """
    config: dict[str, Any] = {
        "rules": [{"name": name, "query": query} for name, query in data["rules"].items()],
    }
    if languages is not None:
        config["languages"] = languages
    return Matching.build(parse_config(yaml.safe_dump(config, allow_unicode=True), environ={}))


def evaluate(data: dict[str, Any], matching: Matching, *, declared: bool = True) -> list[Outcome]:
    """Each article through the matcher; `declared=False` leaves its language to detection."""
    outcomes = []
    for item in data["articles"]:
        article = Article(
            uid=item["id"],
            feed="set",
            title=item.get("title", ""),
            summary=item.get("summary", ""),
            language=item["language"] if declared else None,
        )
        doc, matches = matching.match(article)
        outcomes.append(
            Outcome(
                article=item["id"],
                language=item["language"],
                expected=frozenset(item["matches"]),
                actual=frozenset(m.rule for m in matches),
                terms={m.rule: m.terms(doc) for m in matches},
            )
        )
    return outcomes
