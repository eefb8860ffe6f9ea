"""The window of recent stories, and where a new article belongs in it.

An article joins a story of the window when, in this order:

1. it has the same canonical link as one of the story's articles (`link`);
2. its SimHash is within `COPY_BITS` bits of one of the story's articles in the same
   language (`copy`): a republished or lightly edited text;
3. its evidence keys (concepts, places, names, numbers) are shared with the story's
   articles strongly enough (`evidence`): the score is the part of the article's own
   evidence weight that the story shares, each key weighted by how rare it is among the
   window's stories (inverse story frequency), and must reach `threshold`, measured on the
   story set's development part (`bench/stories.py`); at least two keys must be shared, one
   of them a name or a number of three digits or with decimals (not a day, an hour or
   a small count): concepts alone (`central bank`, `interest rates`) describe
   a kind of event, not one event (the Fed's and the ECB's decisions in one week).

Otherwise it starts a story (`new`). A story leaves the window `span` after its last
article. Everything is in memory and pure: no clock (times are passed in), no I/O.

Cost. Links and SimHash bands are dictionary look-ups; a band lists articles, not stories,
each with its own hash, and is looked at most recent first, at most `MAX_BAND_SCAN` articles:
one comparison each, however many articles their stories have. Since a story joins only through
a shared specific key, candidates are found through those keys only (rarest first, each
at most `MAX_POSTINGS` stories back); common keys (`c:united_states`) are never
scanned, only checked on the few candidates. See `bench/stories.py` for the time per
article and the memory with 100,000 stories.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field

from monitor.stories.evidence import Signature

__all__ = ["DEFAULT_THRESHOLD", "Placement", "StoryWindow"]

COPY_BITS = 3  # SimHash bits two copies of one text may differ in (64-bit hashes; 4 bands find them)
BANDS = 4
DEFAULT_THRESHOLD = 0.2  # measured on the story set's development part: see bench/stories.py
MIN_SHARED_KEYS = 2  # one shared key (a place, a number) is never a story
KIND_WEIGHT = {"c": 1.0, "n": 1.0, "#": 1.0}
MAX_CANDIDATES = 64
MAX_POSTINGS = 1_000  # stories scanned per key, the most recent (a name in thousands of stories says little)
MAX_SCANNED = 5_000  # postings scanned per article
# Articles looked at per SimHash band, the most recent: texts built from one template (price
# tickers, "News 1", "News 2"...) share bands by the thousand, and a copy is usually recent.
MAX_BAND_SCAN = 256

Story = Hashable
_Copy = tuple["_Story", str, int]  # an article's (story, language, SimHash), listed in its 4 bands


@dataclass(frozen=True)
class Placement:
    """Where an article goes: `story` (None: a new one) and why."""

    story: Story | None
    reason: str  # link, copy, evidence or new
    score: float = 0.0


@dataclass(eq=False, slots=True)
class _Story:
    id: Story
    last: float  # time of its latest article (seconds)
    keys: dict[int, None] = field(default_factory=dict)  # key ids of its articles (smaller than a set)
    gone: bool = False  # expired or discarded: indexes drop it lazily


class StoryWindow:
    """Stories seen within `span` seconds, indexed by link, SimHash band and evidence key.

    The indexes hold the story records themselves, so giving a story its final id
    (`relabel`) costs one dictionary move, and dropping one marks it: the indexes are
    compacted once dropped entries make up a good part of them.
    """

    def __init__(self, span: float = 48 * 3600, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.span = span
        self.threshold = threshold
        self._stories: dict[Story, _Story] = {}
        self._key_ids: dict[str, int] = {}
        self._postings: dict[int, list[_Story]] = {}  # key id -> stories holding it (oldest first)
        self._df: dict[int, int] = {}  # key id -> live stories holding it
        self._links: dict[int, _Story] = {}  # hash of a canonical link -> its story (8 bytes, not the text)
        self._bands: list[dict[int, list[_Copy]]] = [{} for _ in range(BANDS)]
        self._specific: set[int] = set()  # name and number keys (not concepts)
        self._dropped = 0  # dropped stories still listed in the indexes
        self._queue: deque[tuple[float, _Story]] = deque()  # (time added, story), oldest first

    def __len__(self) -> int:
        return len(self._stories)

    def __contains__(self, story: Story) -> bool:
        return story in self._stories

    # -- placing -----------------------------------------------------------------------

    def place(self, sig: Signature, when: float) -> Placement:
        """The story an article with this signature, seen at `when`, belongs to."""
        if sig.link:
            found = self._links.get(hash(sig.link))
            if found is not None and self._alive(found, when):
                return Placement(found.id, "link", 1.0)
        if sig.simhash:
            found = self._copy_of(sig, when)
            if found is not None:
                return Placement(found.id, "copy", 1.0)
        found, score = self._best_by_evidence(sig, when)
        if found is not None:
            return Placement(found.id, "evidence", score)
        return Placement(None, "new", score)

    def _alive(self, found: _Story, when: float) -> bool:
        return not found.gone and abs(when - found.last) <= self.span

    def _copy_of(self, sig: Signature, when: float) -> _Story | None:
        """The story of the most recent article (band by band) whose text this is a copy of.

        Two hashes within `COPY_BITS` bits share a band, so comparing each listed article's own
        hash finds every copy a story has: a story of thousands of articles costs no more.
        """
        for band, value in enumerate(_bands(sig.simhash)):
            for found, language, other in reversed(self._bands[band].get(value, ())[-MAX_BAND_SCAN:]):
                if (
                    language == sig.language
                    and (other ^ sig.simhash).bit_count() <= COPY_BITS
                    and self._alive(found, when)
                ):
                    return found
        return None

    def _weight(self, key_id: int | None, key: str) -> float:
        df = self._df.get(key_id, 0) if key_id is not None else 0
        return KIND_WEIGHT.get(key[0], 1.0) * math.log(1 + (len(self._stories) + 1) / (df + 1))

    def _best_by_evidence(self, sig: Signature, when: float) -> tuple[_Story | None, float]:
        """The story sharing the most of the article's evidence weight, if it reaches the threshold.

        A story can join only through a shared specific key (a name, a telling number), so
        only those keys' postings are scanned for candidates, rarest first and each at most
        `MAX_POSTINGS` stories back; the best candidates are then scored on every key.
        """
        ids = [
            (self._key_ids.get(k), k) for k in sorted(sig.keys)
        ]  # sorted: the same choice in every process
        weights = {key_id: self._weight(key_id, key) for key_id, key in ids if key_id is not None}
        total = sum(weights[key_id] if key_id is not None else self._weight(None, key) for key_id, key in ids)
        if total <= 0 or not self._stories:
            return None, 0.0
        specific = sorted((k for k in weights if k in self._specific), key=lambda k: -weights[k])
        partial: dict[_Story, float] = {}
        budget = MAX_SCANNED
        for key_id in specific:
            postings = self._postings.get(key_id, ())
            for found in postings[-MAX_POSTINGS:]:
                partial[found] = partial.get(found, 0.0) + weights[key_id]
            budget -= min(len(postings), MAX_POSTINGS)
            if budget <= 0:
                break
        best: _Story | None = None
        best_score = 0.0
        ranked = sorted(partial.items(), key=lambda item: (-item[1], -item[0].last))[:MAX_CANDIDATES]
        for found, _ in ranked:
            if not self._alive(found, when):
                continue
            shared = [k for k in weights if k in found.keys]
            score = sum(weights[k] for k in shared) / total
            if len(shared) >= MIN_SHARED_KEYS and score > best_score:  # a tie: the more recent story
                best, best_score = found, score
        if best is not None and best_score >= self.threshold:
            return best, best_score
        return None, best_score

    # -- changing ----------------------------------------------------------------------

    def add(self, sig: Signature, story: Story, when: float) -> None:
        """Record an article of `story` (new or existing) seen at `when`."""
        found = self._stories.get(story)
        if found is None:
            found = self._stories[story] = _Story(story, when)
        found.last = max(found.last, when)
        if sig.link:
            self._links[hash(sig.link)] = found
        if sig.simhash:
            copy = (found, sig.language, sig.simhash)
            for band, value in enumerate(_bands(sig.simhash)):
                self._bands[band].setdefault(value, []).append(copy)
        for key in sig.keys:
            key_id = self._key_ids.get(key)
            if key_id is None:
                key_id = self._key_ids[key] = len(self._key_ids)
                if _specific(key):
                    self._specific.add(key_id)
            if key_id not in found.keys:
                found.keys[key_id] = None
                self._postings.setdefault(key_id, []).append(found)
                self._df[key_id] = self._df.get(key_id, 0) + 1
        self._queue.append((when, found))
        self.expire(when)

    def relabel(self, mapping: dict[Story, Story]) -> None:
        """Give stories their final ids (a poll's new stories get theirs from the database)."""
        for old, new in mapping.items():
            found = self._stories.pop(old, None)
            if found is not None:
                found.id = new
                self._stories[new] = found

    def discard(self, stories: Iterable[Story]) -> None:
        """Forget stories (a poll whose transaction failed: its new stories do not exist)."""
        for story in stories:
            found = self._stories.pop(story, None)
            if found is not None:
                self._drop(found)
        self._compact_if_needed()

    def expire(self, now: float) -> int:
        """Drop the stories whose last article is older than the span; returns how many.

        Stories leave in the order their articles came (a queue), so each call costs what
        it drops, not the size of the window.
        """
        dropped = 0
        while self._queue and now - self._queue[0][0] > self.span:
            _, found = self._queue.popleft()
            if found.gone or now - found.last <= self.span:
                continue  # gone already, or a later article keeps it (its own entry comes later)
            del self._stories[found.id]
            self._drop(found)
            dropped += 1
        if dropped:
            self._compact_if_needed()
        return dropped

    def _drop(self, found: _Story) -> None:
        found.gone = True
        self._dropped += 1
        for key_id in found.keys:
            left = self._df.get(key_id, 1) - 1
            if left > 0:
                self._df[key_id] = left
            else:
                self._df.pop(key_id, None)

    def _compact_if_needed(self) -> None:
        """Remove dropped stories from the indexes once they are a third of what is listed."""
        if self._dropped * 2 < len(self._stories) + 64:
            return
        for key_id in list(self._postings):
            kept = [s for s in self._postings[key_id] if not s.gone]
            if kept:
                self._postings[key_id] = kept
            else:
                del self._postings[key_id]
        self._links = {link: s for link, s in self._links.items() if not s.gone}
        for band in self._bands:
            for value in list(band):
                copies = [c for c in band[value] if not c[0].gone]
                if copies:
                    band[value] = copies
                else:
                    del band[value]
        self._dropped = 0


def _specific(key: str) -> bool:
    """A name, or a number that is no day, hour, small count or year (those are in every story)."""
    kind, value = key[0], key[2:]
    if kind == "n":
        return True
    if kind != "#":
        return False
    if "." in value:
        return True
    return len(value) >= 3 and not (len(value) == 4 and 1900 <= int(value) <= 2100)


def _bands(value: int) -> list[int]:
    """The 16-bit quarters of a 64-bit SimHash: two hashes within 3 bits share at least one."""
    return [(value >> (16 * i)) & 0xFFFF for i in range(BANDS)]
