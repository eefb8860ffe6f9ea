"""The pieces of a word that are words too: hyphenated parts, a stem before an apostrophe,
an Arabic word without its proclitics, a Korean word without its particles.

Each is offered as an extra key at the word's position (`analyzer.Part`), never instead
of the word, so nothing that matched before stops matching. Compounds written as one
word are `compounds.py`'s.

- Hyphens: most tokenisers keep *US-Präsident*, *Putin-Kritiker*, *Kim-Jong-Un* whole
  (English and Russian split them), so `US` could not find them; and Finnish *James Webb
  -avaruusteleskooppi* keeps its hyphen on the compound.
- Apostrophes: Turkish writes a name's endings after an apostrophe (*Trump'ın*,
  *Erdoğan'a*, *NATO'nun*, *Türkiye’nin*), and spaCy's Turkish tokeniser keeps them on
  the word; the part before it is the name. (French and Italian elisions, *l'Élysée*,
  are split by their tokenisers already.)
- Arabic glues conjunctions (و، ف), prepositions (ب، ل، ك) and the article (ال) to the
  next word: *وبالعراق* is "and in Iraq". A stem the article came off with is offered
  always (*العراق*, *عراق*; a word that merely begins with ال and is no article leaves
  too little to be a stem). A stem only a single letter came off is offered when it is a
  known word (wordfreq) at least as common as the whole, or the whole is rare: so *وترامب*
  gives *ترامب*, while *وزير* (minister) does not also become *زير*, nor the name *كورسك*
  *ورسك*. Measured on the Arabic news sentences under shared/data (see the README).
- Korean glues particles to nouns: *트럼프는*, *정부가*, *러시아의*, *군인들이*. The noun
  is offered when at least two syllables remain, under the same frequency check.
"""

from __future__ import annotations

from collections.abc import Callable

HYPHENS = "-\u2010\u2011"
APOSTROPHES = "'\u2019\u2018\u02bc"  # typed, typographic, and what keyboards put in their place

Zipf = Callable[[str, str], float]


def hyphen_pieces(word: str) -> list[tuple[int, str]]:
    """(offset, piece) of a hyphenated word with letters on both sides of each hyphen; else []. A word
    that begins with a hyphen is the second half of a compound whose first half is a name of several
    words, as Finnish and the Nordic languages write it (*James Webb -avaruusteleskooppi*): the rest."""
    if not any(h in word for h in HYPHENS):
        return []
    if word[0] in HYPHENS and word[1:2].isalpha():
        return [(offset + 1, piece) for offset, piece in hyphen_pieces(word[1:]) or [(0, word[1:])]]
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
# Possessive pronouns written on a noun's end: its, her, their, your (plural), our; the two's.
# Not ي "my", rare in news and the ending of every nisba adjective (دولي "international" is no دول
# "countries" + my), nor the feminine plurals هن and كن (أماكن "places" is no أما + كن).
ARABIC_POSSESSIVES = ("هما", "كما", "ها", "هم", "كم", "نا", "ه")  # noqa: RUF001


def arabic_stems(word: str) -> list[tuple[str, bool]]:
    """The readings of an Arabic word without its proclitics, longest first, each with whether the
    article ال was among what came off (no frequency check here).

    و/ف, then ب/ل/ك, then ال: وبالعراق -> بالعراق, العراق (True), عراق (True); ل + ال is written
    لل: للرئيس -> الرئيس, رئيس (both True).
    """
    stems: list[tuple[str, bool]] = []
    bases = [word]
    if word[:1] and word[0] in ARABIC_CONJUNCTIONS:
        bases.append(word[1:])
        stems.append((word[1:], word[1:].startswith(ARABIC_ARTICLE)))
    for base in bases:
        if base.startswith("لل"):
            stems += [(ARABIC_ARTICLE + base[2:], True), (base[2:], True)]
        elif base[:1] and base[0] in ARABIC_PREPOSITIONS:
            rest = base[1:]
            via_article = rest.startswith(ARABIC_ARTICLE)
            stems.append((rest, via_article))
            if via_article:
                stems.append((rest[2:], True))
        if base.startswith(ARABIC_ARTICLE):
            stems.append((base[2:], True))
    # Each reading without the article may end in a possessive pronoun (عسلهم, بسجادتهم): offered
    # without it too, under the same check as a single letter's (`languages.stems`).
    bare = [stem for stem, article in [(word, False), *stems] if not article]
    stems += [(own, False) for stem in bare for own in arabic_possessed(stem)]
    found: dict[str, bool] = {}
    for stem, via_article in stems:
        if len(stem) >= MIN_ARABIC_STEM and stem != word:
            found[stem] = found.get(stem, False) or via_article
    return list(found.items())


def arabic_possessed(word: str) -> list[str]:
    """A noun without the possessive pronoun written on its end (`ARABIC_POSSESSIVES`), as Arabic news
    writes "their honey" عسلهم and "its carpets" سجاجيدها: the noun, and where it ends in ت, the
    feminine noun whose ة is written so before the pronoun (سجادتهم -> سجادة). A noun with the article
    takes no pronoun. The readings are candidates (`plausible` chooses); at least `MIN_ARABIC_STEM`
    letters are left."""
    if word.startswith(ARABIC_ARTICLE):
        return []
    for suffix in ARABIC_POSSESSIVES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= MIN_ARABIC_STEM:
            return [stem, stem[:-1] + "ة"] if stem.endswith("ت") else [stem]
    return []


# Korean particles (postpositions) that follow a noun, longest first; 들 marks a plural before them.
_PARTICLES = """
    에서부터 으로부터 로부터 에게서 한테서 께서는 에서는 에게는 으로는 에서도 에게도 으로도
    이라는 이라고 라는 라고 에서 에게 한테 께서 으로 처럼 보다 까지 부터 마저 조차 이나 이랑
    와의 과의 에의 은 는 이 가 을 를 의 에 로 와 과 도 만 랑
"""
KOREAN_PARTICLES = tuple(sorted(_PARTICLES.split(), key=len, reverse=True))
MIN_KOREAN_STEM = 2  # syllables
# Sino-Korean suffixes that make a noun of a noun: an amount, a rate, a ship (배출량 "amount emitted",
# 비만율 "obesity rate", 화물선 "cargo ship"): the noun is a key too, as a compound's head would be.
KOREAN_SUFFIXES = frozenset("량율률선")


def korean_stems(word: str) -> list[str]:
    """A Korean word without its particle (and a plural 들 before it), then without a Sino-Korean suffix
    (`KOREAN_SUFFIXES`): 군인들이 -> 군인들, 군인; 배출량이 -> 배출량, 배출."""
    stems: list[str] = []
    current = word
    for particle in KOREAN_PARTICLES:
        if current.endswith(particle) and len(current) - len(particle) >= MIN_KOREAN_STEM:
            current = current[: -len(particle)]
            stems.append(current)
            break
    if current.endswith("들") and len(current) - 1 >= MIN_KOREAN_STEM:
        current = current[:-1]
        stems.append(current)
    if current[-1:] in KOREAN_SUFFIXES and len(current) - 1 >= MIN_KOREAN_STEM:
        stems.append(current[:-1])
    return stems


# Hebrew writes its conjunction (vav), the relative (shin), the prepositions (bet, lamed, kaf, mem) and the
# article (he) joined to the next word, up to three of them (והסמארטפונים, באנטיביוטיקה, לאולימפיאדת);
# after bet, lamed and kaf the article's he is not written.
HEBREW_PREFIXES = "והבלמשכ"
MAX_HEBREW_PREFIXES = 3
MIN_HEBREW_STEM = 3  # letters left after stripping


def hebrew_stems(word: str) -> list[str]:
    """A Hebrew word without one, two or three of its joined prefixes, shortest strip first (no frequency
    check here): והסמארטפונים -> הסמארטפונים, סמארטפונים."""
    stems: list[str] = []
    for i in range(1, MAX_HEBREW_PREFIXES + 1):
        if word[i - 1 : i] not in HEBREW_PREFIXES or len(word) - i < MIN_HEBREW_STEM:
            break
        stems.append(word[i:])
    return stems


def plausible(word: str, stem: str, language: str, zipf: Zipf) -> bool:
    """Whether `stem` is a likelier reading than `word` itself: a known word, at least as common as
    `word` (less `STEM_MARGIN`), or `word` is rare."""
    found = zipf(stem, language)
    whole = zipf(word, language)
    return found > 0 and (found >= whole - STEM_MARGIN.get(language, 0.0) or whole < COMMON_ZIPF)


COMMON_ZIPF = 3.0  # a word this common is taken as it stands (وزير is "minister", not و + زير)
# Hebrew news writes a noun with its article as often as without, or more (המעבורת 3.61 beside מעבורת
# 3.59, התזמורת 4.0 beside תזמורת 3.84, הבישוף 3.53 beside בישוף 3.25): the bare word is the reading
# where it is nearly as common. Development terms: he 32.5/100 -> 37.5/100%.
STEM_MARGIN = {"he": 0.5}
