"""The pieces of a word that are words too: hyphenated parts, a stem before an apostrophe,
an Arabic word without its proclitics, a Korean word without its particles.

Each is offered as an extra key at the word's position (`analyzer.Part`), never instead
of the word, so nothing that matched before stops matching. Compounds written as one
word are `compounds.py`'s.

- Hyphens: most tokenisers keep *US-Präsident*, *Putin-Kritiker*, *Kim-Jong-Un* whole
  (English and Russian split them), so `US` could not find them.
- Apostrophes: Turkish writes a name's endings after an apostrophe (*Trump'ın*,
  *Erdoğan'a*, *NATO'nun*, *Türkiye’nin*), and spaCy's Turkish tokeniser keeps them on
  the word; the part before it is the name. (French and Italian elisions, *l'Élysée*,
  are split by their tokenisers already.)
- Arabic glues conjunctions (و، ف), prepositions (ب، ل، ك) and the article (ال) to the
  next word: *وبالعراق* is "and in Iraq". The stems are offered when they look more
  like words than the whole does (wordfreq: the stem is at least as common, or the whole
  is no common word), so *وزير* (minister) does not also become *زير*.
- Korean glues particles to nouns: *트럼프는*, *정부가*, *러시아의*, *군인들이*. The noun
  is offered when at least two syllables remain, under the same frequency check.
"""

from __future__ import annotations

from collections.abc import Callable

HYPHENS = "-\u2010\u2011"
APOSTROPHES = "'\u2019"

Zipf = Callable[[str, str], float]


def hyphen_pieces(word: str) -> list[tuple[int, str]]:
    """(offset, piece) of a hyphenated word with letters on both sides of each hyphen; else []."""
    if not any(h in word for h in HYPHENS):
        return []
    pieces: list[tuple[int, str]] = []
    start = 0
    for i, char in enumerate(word):
        if char in HYPHENS:
            pieces.append((start, word[start:i]))
            start = i + 1
    pieces.append((start, word[start:]))
    if len(pieces) < 2 or not all(any(c.isalnum() for c in piece) for _, piece in pieces):
        return []
    return pieces


def apostrophe_stem(word: str) -> str | None:
    """The part before an apostrophe followed by letters (Trump'ın -> Trump), when it has 2+ letters."""
    for i, char in enumerate(word):
        if char in APOSTROPHES and i >= 2 and word[i + 1 : i + 2].isalpha():
            stem = word[:i]
            return stem if sum(c.isalpha() for c in stem) >= 2 else None
    return None


ARABIC_CONJUNCTIONS = "وف"
ARABIC_PREPOSITIONS = "بلك"
ARABIC_ARTICLE = "ال"
MIN_ARABIC_STEM = 3  # letters left after stripping


def arabic_stems(word: str) -> list[str]:
    """The readings of an Arabic word without its proclitics, longest first (no frequency check).

    و/ف, then ب/ل/ك, then ال: وبالعراق -> بالعراق, العراق, عراق; ل + ال is written لل:
    للرئيس -> الرئيس, رئيس.
    """
    stems: list[str] = []
    bases = [word]
    if word[:1] and word[0] in ARABIC_CONJUNCTIONS:
        bases.append(word[1:])
    for base in bases:
        if base.startswith("لل"):
            stems += [ARABIC_ARTICLE + base[2:], base[2:]]
        elif base[:1] and base[0] in ARABIC_PREPOSITIONS:
            stems.append(base[1:])
            if base[1:].startswith(ARABIC_ARTICLE):
                stems.append(base[3:])
        if base.startswith(ARABIC_ARTICLE):
            stems.append(base[2:])
    seen = dict.fromkeys(s for s in [*bases[1:], *stems] if len(s) >= MIN_ARABIC_STEM and s != word)
    return list(seen)


# Korean particles (postpositions) that follow a noun, longest first; 들 marks a plural before them.
_PARTICLES = """
    에서부터 으로부터 로부터 에게서 한테서 께서는 에서는 에게는 으로는 에서도 에게도 으로도
    이라는 이라고 라는 라고 에서 에게 한테 께서 으로 처럼 보다 까지 부터 마저 조차 이나 이랑
    와의 과의 에의 은 는 이 가 을 를 의 에 로 와 과 도 만 랑
"""
KOREAN_PARTICLES = tuple(sorted(_PARTICLES.split(), key=len, reverse=True))
MIN_KOREAN_STEM = 2  # syllables


def korean_stems(word: str) -> list[str]:
    """A Korean word without its particle (and a plural 들 before it): 군인들이 -> 군인들, 군인."""
    stems: list[str] = []
    current = word
    for particle in KOREAN_PARTICLES:
        if current.endswith(particle) and len(current) - len(particle) >= MIN_KOREAN_STEM:
            current = current[: -len(particle)]
            stems.append(current)
            break
    if current.endswith("들") and len(current) - 1 >= MIN_KOREAN_STEM:
        stems.append(current[:-1])
    return stems


def plausible(word: str, stem: str, language: str, zipf: Zipf) -> bool:
    """Whether `stem` is a likelier reading than `word` itself: at least as common, or `word` is rare."""
    whole = zipf(word, language)
    return whole < COMMON_ZIPF or zipf(stem, language) >= whole


COMMON_ZIPF = 3.0  # a word this common is taken as it stands (وزير is "minister", not و + زير)
