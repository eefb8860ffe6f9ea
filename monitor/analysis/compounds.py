"""Compound splitting for German, Dutch, Swedish, Danish, Norwegian and Finnish, checked by frequency.

These languages write compounds as one word: *Halbzeitwahlen* (mid-term elections),
*Masernausbruch* (measles outbreak), *krigsfartyg* (warship). A rule on `Wahl`,
`Ausbruch` or `fartyg` should find them, so an article's compound also offers its
parts as keys at its position (`analyzer.Part`).

A word is split only into known words: each part must be in wordfreq's list for the
language at least `MIN_PART_ZIPF` common and at least `MIN_PART` letters long
(`MIN_SHORT_PART` when it is very common: *Amt*, *Rat*, *Tag*; a head of `LONG_PART` letters
or more need only be `LONG_PART_ZIPF` common: fi *avaruus-teleskooppi*), with the language's
linking elements between parts (*Bund-es-regierung*, *krig-s-fartyg*) and a modifier's
respelt ending restored (*Schul-buch*: Schule; sv *gruv-olycka*: gruva). An inflected
head counts through its lemma (sv *ministern*: minister). Among the ways to cut a word,
the one with the fewest parts wins, then the one whose parts are commonest (the sum of
their Zipf values); each part is cut again when its own parts are commoner than it
(Klima-schutz in Klimaschutzgesetz), so a long compound yields every level.

What stays whole (each guard measured on the lists under tests/data/compounds, see
`bench/compounds.py`):

- a word that English or French news uses too: a place or person (*Rostock*,
  *Mannheim*, *Bernstein*) or a loanword (*Kindergarten*); and a split whose every part
  is much commoner in English (*Home-office*, *Star-link*): `foreign`, where a names
  lexicon can add its own;
- a word more common than its split's parts on average, by `WHOLE_MARGIN` (Koehn and
  Knight's test: *Haushalt*, *Mannschaft*), and an inflected form of a word that does
  not split (nl *gesprekken*: gesprek, not gesprek-ken);
- a part that is an article, pronoun or inseparable prefix (`closed`: *Nie-der-sachsen*,
  *Ver-band*), a head that is a derivational suffix (*Gesund-heit*, nl *zicht-baar*), and
  a particle (aus, gegen, för) except at the start of a rare word (*Zwischen-wahlen*, not
  *Aus-land*);
- in German, a word written in lower case (compounds are nouns: *angekündigt* is a
  participle); in Dutch and the Scandinavian languages, whose nouns are lower case, the
  analyser drops the parts of a capitalised word inside a sentence (a name: *Duitsland*).

A new word costs about 70 to 100 µs (dict lookups of its substrings in the in-memory
vocabulary, a lemma lookup or two); `Splitter` remembers every answer, so a word costs
that once per process.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from monitor.analysis.parts import KOREAN_PARTICLES

MIN_PART = 4  # letters of a part
MIN_SHORT_PART = 3  # ... or this many when the part is very common (Amt, Rat, Tag)
SHORT_PART_ZIPF = 4.5
MIN_PART_ZIPF = 3.0  # a part must be at least this common (Zipf scale: 3 = weekly in the news)
# A head this long needs only to be this common: a long word is seldom another word's letters by chance,
# and the rarer words of a language are its long nouns (fi *teleskooppi*, 2.7, in *avaruusteleskooppi*).
# Heads only: rare long modifiers split names (*Philippi-nen*).
LONG_PART = 8
LONG_PART_ZIPF = 2.5
WHOLE_MARGIN = 0.5  # a word this much more common than its split's mean stays whole (Haushalt)
MAX_PARTS = 4
NAME_LANGUAGES = ("en", "fr")  # a word these know too is a name or a loanword
FOREIGN_MARGIN = 1.0  # a split whose every part is this much commoner there is a foreign compound
MAX_REMEMBERED = 200_000
INFLECTED_PENALTY = 0.5  # an inflected head known only through its lemma counts this much less common
LEXICALISED_ZIPF = 3.5  # a word this common that begins with a function word is a word of its own (Ausland)
ENGLISH_STOP_WORDS = frozenset({"and", "the", "for", "you", "are", "but", "his", "its"})


@dataclass(frozen=True)
class Rules:
    """How one language builds compounds.

    `links`: linking elements between parts; `respelt`: how a modifier's ending is written
    inside a compound, as (written, word) endings: ("", "e") for a dropped -e (Schul-buch is
    Schule's), sv ("o", "a") for kyrk-o-gård (kyrka) and ("", "a") for gruv-olycka (gruva);
    `particles`: prepositions and adverbs that begin words (Aus-land, Gegen-stand,
    Zwischen-wahlen): they begin only a rare compound and never end one; `suffixes`: endings
    that are words elsewhere but make derived words here (Gesund-heit, Freund-schaft): never a
    head; `closed`: articles, pronouns and inseparable prefixes: never a part (Nie-der-sachsen,
    Ver-band); `nouns_capitalised`: German, whose compounds are nouns, so a word written in lower
    case (a participle: angekündigt, festgenommen) is not split.
    """

    links: tuple[str, ...]
    respelt: tuple[tuple[str, str], ...]
    particles: frozenset[str]
    suffixes: frozenset[str]
    closed: frozenset[str]
    nouns_capitalised: bool = False
    min_part: int = MIN_PART  # letters (Korean: syllables) of a part
    min_short: int = MIN_SHORT_PART  # ... when the part is very common


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


RULES = {
    "de": Rules(
        ("s", "es", "n", "en", "e", "er", "ens", "nen"),
        (("", "e"),),
        _words(
            "ab an auf aus bei da dar durch ein empor entgegen fort für gegen her hin hinter in los mit "
            "nach neben nieder ob rück um unter über vor voran vorbei weg weiter wider wieder wohl zu zurück "
            "zusammen zwischen"
        ),
        _words("heit keit schaft tum nis ung lich ling ner chen lein bar"),
        _words(
            "der die das den dem des ein man wer wie was wir sie ihr ich uns nie nun und "
            "ver be ge ent emp zer inter"
        ),
        nouns_capitalised=True,
    ),
    "nl": Rules(
        ("s", "e", "en", "er"),
        (),
        _words(
            "aan achter af bij binnen boven buiten door in mee na naar neer om onder op over samen tegen "
            "terug toe uit voor weg"
        ),
        _words("heid schap dom ing lijk tje je baar zaam"),
        _words("de het een die dat wie wat wij zij hij men nog ver be ge ont her ten den ter inter"),
    ),
    "sv": Rules(
        ("s",),
        (("", "a"), ("", "e"), ("o", "a"), ("u", "a"), ("e", "a")),
        _words(
            "av bort efter fram från för före genom i in med mot ned ner om på samman till tillbaka under "
            "upp ut vid åter över"
        ),
        _words("het skap dom ning lig ande ende else vis bar"),
        _words("den det ett han hon vad som var och be ge miss ska min din sin dess inter"),
    ),
    "da": Rules(
        ("s", "e"),
        (("", "e"),),
        _words(
            "af bort efter frem fra for gennem i ind med mod ned om op over på sammen til tilbage under "
            "ud ved"
        ),
        _words("hed skab dom ning lig ende else vis bar"),
        _words("den det han hun hvad som var og be ge mis skal min din sin inter"),
    ),
    "nb": Rules(
        ("s", "e"),
        (("", "e"),),
        _words(
            "av bort etter fram fra for gjennom i inn med mot ned om opp over på sammen til tilbake under "
            "ut ved"
        ),
        _words("het skap dom ning lig ende else vis bar"),
        _words("den det han hun hva som var og be ge mis skal min din sin inter"),
    ),
    # Finnish joins a modifier in its own form, nominative or genitive (kaupungin-orkesteri,
    # lääkäri-pula): no linking letters, the genitive is itself a word of the vocabulary.
    "fi": Rules(
        (),
        (),
        _words("ali esi jälki keski lähi ohi yhteis yli"),
        _words("inen lainen läinen llinen mainen ton tön ttomuus uus yys isuus ja jä jat jät sto stö"),
        _words("hän sen sitä niin kuin joka jonka mutta että olla ovat oli ollut tämä tuo nämä myös"),
    ),
    # Hungarian joins a modifier as it is, with no linking letters (szén-bánya, űr-teleszkóp, nyugdíj-reform),
    # and inflects the head (szénbányában: bányában, read through its lemma). Its verbal prefixes begin only a
    # rare word (meg-állapodás is a word of its own); its derivational endings that are words too (-kor,
    # -szerű) never head one; its nouns are lower case, so a capitalised word inside a sentence keeps its
    # parts to itself (a name: *Operaház*).
    "hu": Rules(
        (),
        (),
        _words("meg el ki be fel föl le át rá szét össze vissza hozzá oda ide túl alá elő körül"),
        _words(
            "ság ség szerű féle beli talan telen tlan tlen nyi ként kor ista izmus "
            "eket okat akat öket ekkel okkal ekben okban ekre okra eknek oknak"
        ),
        _words("a az egy ez azt ezt és is nem hogy mint vagy"),
    ),
    # Korean writes noun compounds as one word of two-syllable nouns (국민-연금, 주택-담보-대출);
    # a part is two syllables or more.
    "ko": Rules((), (), frozenset(), frozenset(), frozenset(KOREAN_PARTICLES), min_part=2, min_short=2),
}


@dataclass(frozen=True)
class Piece:
    """One part of a compound: where it stands in the word, and the word it is."""

    start: int
    end: int  # the part's letters in the word, without the linking element after it
    word: str  # the part as a word (lower case; a dropped ending restored: schule)


Cut = tuple[int, int, str, float]  # a part's start, end, word and Zipf


def vocabulary(language: str) -> dict[str, float]:
    """The words that can be parts: wordfreq's at least MIN_PART_ZIPF common, lower case, in memory
    (a rarer long head is asked of the frequency table on disk: `Splitter`'s `rare`).

    About 30,000 words per language (a few MB): a split asks for a hundred substrings, so
    they are looked up in a dict, not in a table file. Converted once in a child process.
    """
    from importlib import metadata

    from monitor.tablecache import cached_table

    version = metadata.version("wordfreq")
    table = cached_table(f"compound-parts-{language}-{version}", _vocabulary_rows, language)
    return {word: float(zipf) for word, zipf in table.items()}


def _vocabulary_rows(language: str) -> list[tuple[str, str]]:
    from monitor.lexicon.frequency import frequent_words

    found: dict[str, str] = {}
    for word, zipf in frequent_words(language, MIN_PART_ZIPF):
        if word.isalpha():
            found.setdefault(word.lower(), f"{zipf:.2f}")
    return list(found.items())


class Splitter:
    """Splits compounds of one language; remembers every answer. Thread-safe.

    `vocabulary`: word -> Zipf of the words that can be parts; `foreign(word)`: how common
    the word is in other languages (English, French): a whole word they know is a name or a
    loanword (Rostock, Kindergarten), and a split whose every part is much commoner there is an
    English compound (Homeoffice, Starlink); both stay whole. `lemma(word)`: its lemma, so
    that an inflected head counts (sv *ministern*: *minister*). `rare(word)`: how common a word
    too rare for `vocabulary` is (the frequency table on disk), asked only of a long head.
    """

    def __init__(
        self,
        language: str,
        vocabulary: Mapping[str, float],
        foreign: Callable[[str], float] = lambda _word: 0.0,
        lemma: Callable[[str], str | None] = lambda _word: None,
        rare: Callable[[str], float] = lambda _word: 0.0,
    ) -> None:
        self.language = language
        self.rules = RULES[language]
        self.vocabulary = vocabulary
        self._foreign = foreign
        self._lemma = lemma
        self._rare = rare
        self._answers: dict[str, tuple[Piece, ...] | None] = {}
        self._lock = threading.Lock()

    def split(self, word: str) -> tuple[Piece, ...] | None:
        """The parts of `word` when it is a compound of known words, else None."""
        if self.rules.nouns_capitalised and word[:1].islower():
            return None
        lower = word.lower()
        found = self._answers.get(lower, False)
        if found is not False:
            return found  # type: ignore[return-value]
        found = self._split(lower) if len(lower) == len(word) else None
        with self._lock:
            if len(self._answers) >= MAX_REMEMBERED:
                self._answers.clear()
            self._answers[lower] = found
        return found

    def _split(self, word: str) -> tuple[Piece, ...] | None:
        if len(word) < self.rules.min_part + self.rules.min_short or not word.isalpha():
            return None
        lemma = (self._lemma(word.capitalize() if self.rules.nouns_capitalised else word) or word).lower()
        if (
            lemma != word
            and self._zipf(lemma) >= MIN_PART_ZIPF
            and self._pieces(lemma, 0, len(lemma)) is None
        ):
            return None  # an inflected form of a word that is no compound (nl gesprekken: gesprek)
        pieces = self._pieces(word, 0, len(word))
        if pieces is None or self._foreign(word) > 0:
            return None
        if all(self._foreign(p.word) > self._zipf(p.word) + FOREIGN_MARGIN for p in pieces):
            return None
        return pieces

    def _pieces(self, word: str, start: int, end: int) -> tuple[Piece, ...] | None:
        """word[start:end] cut into as few known parts as possible, each cut again; None if none."""
        text = word[start:end]
        whole = self._known(text)
        best = self._best(text, 0, whole >= LEXICALISED_ZIPF, {})
        # A part is cut again only when its parts are commoner than it (Klima-schutz, not mini-stern).
        margin = WHOLE_MARGIN if (start, end) == (0, len(word)) else 0.0
        if best is None or whole > best[1] / best[0] + margin:
            return None
        result: list[Piece] = []
        for a, b, part, _ in best[2]:
            inner = (
                self._pieces(word, start + a, start + b)
                if part == text[a:b] and b - a < len(text) and not self._inflected_whole(part)
                else None
            )
            result.extend(inner or (Piece(start + a, start + b, part),))
        return tuple(result)

    def _inflected_whole(self, part: str) -> bool:
        """Is a part an inflected form of a common word that is no compound? Then it is not cut again:
        Hungarian *jelzálog-hitelek* ("mortgage loans") keeps *hitelek*, *hitel*'s plural, whole rather
        than cut into *hit* ("faith") and *elek*, both commoner than the plural (as `_split` keeps Dutch
        *gesprekken* whole)."""
        lemma = (self._lemma(part.capitalize() if self.rules.nouns_capitalised else part) or part).lower()
        if lemma == part or self._zipf(lemma) < MIN_PART_ZIPF:
            return False
        whole = self._known(lemma)
        best = self._best(lemma, 0, whole >= LEXICALISED_ZIPF, {})
        return best is None or whole > best[1] / best[0]  # (`_pieces`' test, not cutting again)

    def _zipf(self, word: str) -> float:
        """How common a word is; wordfreq's lists are case-folded (groß is listed as gross)."""
        return self.vocabulary.get(word) or self.vocabulary.get(word.casefold(), 0.0)

    def _long(self, text: str) -> float:
        """How common a long head too rare for the vocabulary is, where that is enough (`LONG_PART`)."""
        zipf = self._rare(text) if len(text) >= LONG_PART else 0.0
        return zipf if zipf >= LONG_PART_ZIPF else 0.0

    def _known(self, text: str) -> float:
        """How common a word or its lemma is (sv *ministern*: as common as *minister*)."""
        zipf = self._zipf(text)
        if zipf:
            return zipf
        lemma = self._lemma(text.capitalize() if self.rules.nouns_capitalised else text)
        return self._zipf(lemma.lower()) if lemma else 0.0

    def _best(
        self,
        text: str,
        start: int,
        lexicalised: bool,
        memo: dict[int, tuple[int, float, tuple[Cut, ...]] | None],
    ) -> tuple[int, float, tuple[Cut, ...]] | None:
        """The best cut of text[start:] (parts, summed Zipf, cuts): fewest parts, then most common ones.

        From start 0 the whole text is no answer: a compound has two parts or more.
        """
        if start in memo:
            return memo[start]
        best: tuple[int, float, tuple[Cut, ...]] | None = None
        if start:
            head = self._part(text[start:], head=True)
            if head is not None:
                best = (1, head[0], ((start, len(text), head[1], head[0]),))
        for end in range(start + self.rules.min_short, len(text) - self.rules.min_short + 1):
            part = self._part(text[start:end], head=False)
            if part is None or (part[1] in self.rules.particles and (start or lexicalised)):
                continue  # a particle only begins a compound, and only a rare one (Zwischen-wahlen)
            for link in ("", *self.rules.links):
                if not text.startswith(link, end):
                    continue
                tail = self._best(text, end + len(link), lexicalised, memo)
                if tail is None or tail[0] >= MAX_PARTS:
                    continue
                n, total = tail[0] + 1, tail[1] + part[0]
                if best is None or (n, -total) < (best[0], -best[1]):
                    best = (n, total, ((start, end, part[1], part[0]), *tail[2]))
        memo[start] = best
        return best

    def _part(self, text: str, *, head: bool) -> tuple[float, str] | None:
        """(Zipf, word) when `text` can be a part: a known word (a head: or its lemma), or a
        modifier that dropped an ending (Schul-: Schule)."""
        if text in self.rules.closed:
            return None
        if head:
            if text in self.rules.suffixes or text in self.rules.particles:
                return None
            # An inflected head counts through its lemma, a little less sure (sv ministern: minister).
            zipf = self._zipf(text) or self._long(text)
            if not zipf and len(text) >= self.rules.min_part:
                lemma = self._lemma(text.capitalize() if self.rules.nouns_capitalised else text)
                zipf = self._zipf(lemma.lower()) - INFLECTED_PENALTY if lemma else 0.0
            candidates = [(text, zipf)]
        else:  # a modifier's respelt ending is restored only when it is long enough (Schul-, not Geb-)
            restored = [
                text.removesuffix(written) + ending
                for written, ending in self.rules.respelt
                if text.endswith(written) and len(text) >= self.rules.min_part
            ]
            candidates = [(word, self._zipf(word)) for word in (text, *restored)]
        best: tuple[float, str] | None = None
        for word, zipf in candidates:
            if word in ENGLISH_STOP_WORDS:
                continue
            enough = len(text) >= self.rules.min_part and (
                zipf >= MIN_PART_ZIPF or (head and len(word) >= LONG_PART and zipf >= LONG_PART_ZIPF)
            )
            short = len(text) >= self.rules.min_short and zipf >= SHORT_PART_ZIPF
            if (enough or short) and (best is None or zipf > best[0]):
                best = (zipf, text if head else word)
        return best
