"""The daemon's story desk: the window of recent stories, kept across polls and restarts.

`place()` decides the story of each new article of a poll (new stories get provisional
keys, so articles of one poll that tell one story share it); the store then writes them
in the poll's transaction, and `settle()` gives the window the stories' ids. At start-up
`load()` refills the window from the signatures stored with the articles of the last
`window` (no analysis needed). Not thread-safe: the pipeline calls it under the runtime's
lock, one poll at a time.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from monitor.stories.evidence import ConceptSpotter, Signature, signature, signature_of
from monitor.stories.grouping import timestamp
from monitor.stories.window import StoryWindow

if TYPE_CHECKING:
    from monitor.analysis.article import AnalysedArticle
    from monitor.concepts import ConceptBook
    from monitor.matching import Matching
    from monitor.models import Article
    from monitor.store import Saved, StoryPlace, WindowEntry

__all__ = ["StoryDesk"]


class StoryDesk:
    def __init__(self, book: ConceptBook, span: float, threshold: float) -> None:
        self.spotter = ConceptSpotter(book)
        self.window = StoryWindow(span, threshold)

    def configure(self, book: ConceptBook, span: float, threshold: float) -> None:
        """A reloaded config: its concept book, window length and threshold (the window is kept)."""
        if book is not self.spotter.book:
            self.spotter = ConceptSpotter(book)
        self.window.span, self.window.threshold = span, threshold

    def load(self, entries: Iterable[WindowEntry]) -> int:
        """Refill the window from stored signatures (oldest first); returns how many articles."""
        count = 0
        for entry in entries:
            sig = Signature.from_json(entry.signature, entry.published, entry.feed)
            self.window.add(sig, entry.story_id, timestamp(entry.seen_at))
            count += 1
        return count

    def place(
        self, items: Sequence[tuple[Article, AnalysedArticle | None]], matching: Matching, now: datetime
    ) -> dict[str, StoryPlace]:
        """The story of each new article (by uid), seen at `now`; the window learns them.

        An article the matcher analysed is signed from that analysis; one it did not (a
        silent first poll) has only its title and summary analysed, in its settled language.
        """
        from monitor.store import StoryPlace

        when = timestamp(now)
        places: dict[str, StoryPlace] = {}
        for article, doc in items:
            if doc is not None:
                sig = signature(doc, self.spotter)
            else:
                settled = matching.settle(article)
                language = settled.languages[0]
                stored = settled.article.language or language
                sig = signature_of(article, matching.analyzer, language, self.spotter, stored_language=stored)
            placement = self.window.place(sig, when)
            story = placement.story if placement.story is not None else f"new:{article.uid}"
            self.window.add(sig, story, when)
            places[article.uid] = StoryPlace(story, sig.to_json(), placement.reason)  # type: ignore[arg-type]
        return places

    def settle(self, saved: Saved) -> None:
        """The poll was stored: its new stories have ids now."""
        renamed: dict[Hashable, Hashable] = dict(saved.stories.items())
        self.window.relabel(renamed)

    def forget(self, places: dict[str, StoryPlace]) -> None:
        """The poll was not stored: its new stories do not exist."""
        self.window.discard(p.story for p in places.values() if isinstance(p.story, str))
