"""Where words stop in Chinese text: a dictionary's word is not found across two others.

Chinese is written without spaces and matched character by character, so a
word's characters can stand in the text as the end of one word and the start of the next:
机场 (airport) in 相机|场景 (camera scene), 小说 (novel) in 从小|说 (from childhood, speaks), 教师
(teacher) in 佛教|师父 (Buddhist master). A short stretch of text around a hit is cut into its
likeliest words, each word as likely as wordfreq says it is common (a unigram model, the way
jieba cuts text; wordfreq's Chinese list is jieba's words), and a hit both of whose ends fall
inside other words is taken for no hit. A hit inside one longer word stays (飞机场, airport;
国际机场 is cut 国际|机场): a compound holds its parts. Not for Japanese: wordfreq's Japanese
list is MeCab's short units, and the development terms gained nothing there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from monitor.lexicon.frequency import FREQUENCIES

REACH = 4  # characters looked at on either side of a hit
LONGEST = 4  # the longest word tried
UNKNOWN_ZIPF = 1.0  # a character wordfreq does not know: as rare as the rarest word
TOP_ZIPF = 9.0  # log10 of a billion: zipf - TOP_ZIPF is the log10 chance of a word
# What Chinese news writes after a country's one-character short form for its side in talks and its
# army, as CC-CEDICT has 中方 "the Chinese side" and 俄军 "Russian army": 法方, 以军.
COUNTRY_SIDES = "方军"


def han(text: str) -> bool:
    """Written in Han characters only, extension A's too (机场, 医師, 䶮): a Chinese word or a Japanese kanji
    word, as CC-CEDICT and JMdict write them, not one holding kana or Latin letters; one character is a
    run of one, the empty string none. Kana runs have their own checks."""
    return bool(text) and all("\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" for c in text)


def chance(word: str, language: str) -> float | None:
    """log10 of the chance of `word` in `language`; None for a longer string wordfreq does not know."""
    zipf = FREQUENCIES.zipf(word, language)
    if zipf <= 0:
        if len(word) > 1:
            return None
        zipf = UNKNOWN_ZIPF
    return zipf - TOP_ZIPF


@lru_cache(maxsize=20_000)
def cuts(text: str, language: str, longest: int = LONGEST) -> frozenset[int]:
    """The offsets where the likeliest cutting of `text` into words puts a boundary (0 and len(text) too),
    of words of `longest` characters at most (one word's own reading in shorter ones: `longest` below it)."""
    best: list[tuple[float, int]] = [(0.0, 0)] + [(float("-inf"), 0)] * len(text)
    for end in range(1, len(text) + 1):
        for start in range(max(0, end - longest), end):
            likely = chance(text[start:end], language)
            if likely is not None and best[start][0] + likely > best[end][0]:
                best[end] = (best[start][0] + likely, start)
    found = {len(text)}
    at = len(text)
    while at > 0:
        at = best[at][1]
        found.add(at)
    return frozenset(found)


def cuts_around(text: str, start: int, end: int, language: str = "zh") -> frozenset[int]:
    """The likeliest cutting's boundaries in the `REACH` characters around the hit `text[start:end]`, as
    offsets in `text`: the window every boundary check of a hit reads (one `cuts` call, cached)."""
    left = max(0, start - REACH)
    return frozenset(cut + left for cut in cuts(text[left : end + REACH], language))


@dataclass(frozen=True)
class AcrossWords:
    """A `m.CaseRule.within` check: True where the hit `text[start:end]` has a cut inside it."""

    language: str
    then: Callable[[str, int, int], bool] | None = None  # another exclusion, asked first

    def __call__(self, text: str, start: int, end: int) -> bool:
        if self.then is not None and self.then(text, start, end):
            return True
        found = cuts_around(text, start, end, self.language)
        return start not in found and end not in found and any(start < cut < end for cut in found)


@dataclass(frozen=True)
class InsideKatakana:
    """A `m.CaseRule.within` check for a dictionary's katakana word in Japanese: no hit inside a longer
    katakana word (ダム in アムステルダム, スト in オーストラリア; `boundaries.inside_katakana_word`), so a
    short one need not be left out for a longer equivalent (ダム beside 堰堤)."""

    then: Callable[[str, int, int], bool] | None = None  # another exclusion, asked first

    def __call__(self, text: str, start: int, end: int) -> bool:
        from monitor.lexicon.boundaries import inside_katakana_word

        if self.then is not None and self.then(text, start, end):
            return True
        return inside_katakana_word(text, start, end)


LONGER = 3  # characters a longer word may add to a hit, on either side together


@dataclass(frozen=True)
class InsideLongerWord:
    """A `m.CaseRule.within` check for a dictionary's kanji word in Japanese (and Chinese's hanzi word, read
    by CC-CEDICT's definitions: 种族 in 种族歧视, "racial discrimination"): no hit inside a longer word
    that the dictionaries know and translate as something else than the term (獣医師, "veterinarian",
    holds 医師 for `doctor`; 人種差別, "racism", holds 人種 for `race`), as a compound's modifier is no
    hit where the compound means something else (`guard.ModifierSense`). A longer word whose translation
    names the term keeps the hit (医師不足 would, as "doctor shortage"), and so does one no dictionary
    knows (教員不足). Only Han characters are looked at: okurigana end a word.

    `meaning(word)` gives the longer word's translations into the rule's language; `names(text)` says
    whether a translation names the term (`guard.names_term`). With `heads`, only longer words that
    start with the hit are looked at: a name's kanji that head a word meaning something else (楽天 in
    楽天的, "optimistic"), where what goes before a name is checked otherwise
    (`boundaries.inside_japanese_word`)."""

    meaning: Callable[[str], list[str]]
    names: Callable[[str], bool]
    then: Callable[[str, int, int], bool] | None = None  # another exclusion, asked first
    heads: bool = False

    def __call__(self, text: str, start: int, end: int) -> bool:
        if self.then is not None and self.then(text, start, end):
            return True
        other = False
        for word in _holding(text, start, end, self.heads):
            translated = self.meaning(word)
            if any(self.names(t) for t in translated):
                return False
            other = other or bool(translated)
        return other


def _holding(text: str, start: int, end: int, heads: bool = False) -> list[str]:
    """The runs of Han characters of `text` that hold text[start:end] and are longer, by up to `LONGER`
    (with `heads`, only those that start with it)."""
    left = start
    while not heads and left > start - LONGER and left > 0 and han(text[left - 1]):
        left -= 1
    right = end
    while right < end + LONGER and right < len(text) and han(text[right]):
        right += 1
    return [
        text[a:b]
        for a in range(left, start + 1)
        for b in range(end, right + 1)
        if (a, b) != (start, end) and b - a <= end - start + LONGER
    ]
