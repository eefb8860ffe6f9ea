"""Grouping a sequence of articles into stories, outside the daemon.

`monitor match --stories`, `monitor stories ARTICLES.jsonl` and `bench/stories.py` use it:
articles are placed in the order given (the caller sorts them), each story is named by
the id of its first article. The daemon does the same through `pipeline` and the store,
with the database's story ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from monitor.stories.evidence import ConceptSpotter, Signature, signature
from monitor.stories.window import DEFAULT_THRESHOLD, Placement, StoryWindow

if TYPE_CHECKING:
    from monitor.analysis.article import AnalysedArticle
    from monitor.matching import Matching
    from monitor.models import Article

__all__ = ["Grouped", "Grouper", "timestamp"]


def timestamp(when: datetime | None, default: float = 0.0) -> float:
    """Seconds since the epoch of an aware or UTC-naive datetime; `default` for None."""
    if when is None:
        return default
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp()


@dataclass(frozen=True)
class Grouped:
    """One article's story: `story` is the uid of the story's first article; `first` when it starts it."""

    uid: str
    story: str
    first: bool
    placement: Placement
    signature: Signature


class Grouper:
    """Stories of articles given one by one, with the matcher's analysis and concept book."""

    def __init__(self, matching: Matching, span: float = 48 * 3600, threshold: float = DEFAULT_THRESHOLD):
        self.matching = matching
        self.spotter = ConceptSpotter(matching.book)
        self.window = StoryWindow(span, threshold)

    def sign(self, doc: AnalysedArticle) -> Signature:
        return signature(doc, self.spotter)

    def add(self, article: Article, doc: AnalysedArticle | None = None, when: float | None = None) -> Grouped:
        """Place `article` (analysed as `doc`, else analysed here) at `when` (else its published time)."""
        doc = doc or self.matching.analyse(article)
        sig = self.sign(doc)
        at = when if when is not None else timestamp(article.published, 0.0)
        placement = self.window.place(sig, at)
        story = str(placement.story) if placement.story is not None else article.uid
        self.window.add(sig, story, at)
        return Grouped(article.uid, story, placement.story is None, placement, sig)
