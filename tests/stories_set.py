"""The story test set (tests/data/stories.yaml), split into a development and a test part.

78 stories told by 274 articles in 14 languages, and 31 pairs of look-alike stories
(different events a grouper could confuse), written blind before any grouping existed.

The split was fixed before any tuning: the look-alike pairs join stories into groups
(connected components); a group goes to the development part when its lowest story
number is even, to the test part when odd, so every look-alike pair lies within one
part. Thresholds are tuned on the development part only; the test part gives the
figures the README reports (`bench/stories.py`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

from monitor.models import Article

SET = Path(__file__).parent / "data" / "stories.yaml"


@dataclass(frozen=True)
class StoryArticle:
    story: str
    article: Article


@dataclass(frozen=True)
class Part:
    name: str
    articles: list[StoryArticle]  # in published order
    lookalikes: list[tuple[str, str]]


def load(path: Path = SET) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _number(story: str) -> int:
    return int(story.lstrip("s"))


def split(data: dict[str, Any]) -> dict[str, Part]:
    """{"dev": Part, "test": Part}: look-alike groups whole, by the parity of their lowest story number."""
    stories = {s["id"]: s for s in data["stories"]}
    parent = {sid: sid for sid in stories}

    def root(sid: str) -> str:
        while parent[sid] != sid:
            sid = parent[sid]
        return sid

    pairs = [(a, b) for a, b in data.get("lookalike_pairs", [])]
    for a, b in pairs:
        parent[root(a)] = root(b)
    groups: dict[str, list[str]] = {}
    for sid in stories:
        groups.setdefault(root(sid), []).append(sid)
    part_of = {}
    for members in groups.values():
        name = "dev" if min(map(_number, members)) % 2 == 0 else "test"
        part_of.update(dict.fromkeys(members, name))
    parts = {}
    for name in ("dev", "test"):
        articles = [
            StoryArticle(sid, _article(item))
            for sid, story in stories.items()
            if part_of[sid] == name
            for item in story["articles"]
        ]
        articles.sort(key=lambda a: (a.article.published or datetime.min, a.article.uid))
        lookalikes = [(a, b) for a, b in pairs if part_of[a] == name]
        parts[name] = Part(name, articles, lookalikes)
    return parts


def _article(item: dict[str, Any]) -> Article:
    return Article(
        uid=item["id"],
        feed=item["feed"],
        title=item.get("title", ""),
        summary=item.get("summary", ""),
        link=item.get("link", ""),
        published=datetime.fromisoformat(item["published"]),
        language=item["language"],
    )


@dataclass(frozen=True)
class Scores:
    pairs: int  # same-story pairs in the truth
    predicted: int  # pairs grouped together
    correct: int
    lookalikes: int
    lookalikes_apart: int
    wrong: list[tuple[str, str]]  # article pairs grouped that should not be
    missed: list[tuple[str, str]]

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.pairs if self.pairs else 1.0


def score(part: Part, assigned: dict[str, str]) -> Scores:
    """Pairwise same-story decisions of `assigned` (article uid -> story) against the truth."""
    truth = {a.article.uid: a.story for a in part.articles}
    uids = [a.article.uid for a in part.articles]
    pairs = predicted = correct = 0
    wrong, missed = [], []
    for x, y in combinations(uids, 2):
        same, grouped = truth[x] == truth[y], assigned[x] == assigned[y]
        pairs += same
        predicted += grouped
        correct += same and grouped
        if grouped and not same:
            wrong.append((x, y))
        elif same and not grouped:
            missed.append((x, y))
    apart = 0
    for a, b in part.lookalikes:
        stories_a = {assigned[u] for u in uids if truth[u] == a}
        stories_b = {assigned[u] for u in uids if truth[u] == b}
        apart += stories_a.isdisjoint(stories_b)
    return Scores(pairs, predicted, correct, len(part.lookalikes), apart, wrong, missed)


def uids_of(articles: Iterable[StoryArticle]) -> list[str]:
    return [a.article.uid for a in articles]
