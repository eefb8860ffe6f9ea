"""Text -> AnalysedText: the tokens, folded forms and lemmas that rules match on.

Articles and rule terms go through the same `Analyzer`, so a term and a word
agree exactly when their folded surface forms or their lemmas agree. An article's
word also offers its parts (`Part`: compound parts, hyphenated parts, the stem before
an apostrophe, an Arabic or Korean stem) at its position in `AnalysedText.index`; a
rule word wants only its own `Token.keys`. Each token carries its case shape and
whether it starts a sentence, for the matcher's handling of names and acronyms.

What a word gives (form, lemma, case, parts) is worked out once per word and language
and remembered (`Remembered`: the words met lately, all languages within one bound), so an
article of words seen before costs a dict lookup per word; a new word costs its lemma
lookups and, in the compounding languages, a split (`compounds.py`).
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property, lru_cache
from typing import Literal, NamedTuple

from monitor.analysis import parts as pieces
from monitor.analysis.entities import EntityModels
from monitor.analysis.fold import fold
from monitor.analysis.languages import Language, Languages


class Case(StrEnum):
    """A word's case shape as written: what a capital says about names and acronyms."""

    LOWER = "lower"  # troops, iPhone (the first cased letter decides)
    TITLE = "title"  # Putin, McDonald, a single capital letter (A, I)
    UPPER = "upper"  # NATO, U.S., UN: two or more cased letters, all capitals
    CASELESS = "caseless"  # no cased letter: Arabic, Hebrew, Hindi, Korean, CJK, numbers


PartKind = Literal["hyphen", "apostrophe", "head", "modifier", "clitic", "particle"]


@dataclass(frozen=True, slots=True)
class Part:
    """A piece of a word that is also a word: matched at the word's position in articles.

    `kind` says where it came from: `hyphen` (US in US-Präsident), `apostrophe` (Trump in
    Trump'ın), `head` (a compound's last part, or a run of parts ending with it: Wahl in
    Halbzeitwahlen, Gesetz and Schutzgesetz in Klimaschutzgesetz), `modifier` (the other
    parts and runs: Halbzeit; Klima, Schutz and Klimaschutz), `clitic` (an Arabic word
    without its proclitics: ترامب in وترامب), `particle` (a Korean noun without its
    particles: 트럼프 in 트럼프는).
    """

    text: str  # as written (a piece of the word), or the stem the word's clitics leave
    form: str  # folded
    lemma: str  # folded lemma (its form where the language has no table)
    kind: PartKind

    @property
    def keys(self) -> tuple[str, ...]:
        return (self.form,) if self.lemma == self.form else (self.form, self.lemma)


NO_PARTS: tuple[Part, ...] = ()


class Token(NamedTuple):
    """One word: its text as written, where it stands, the keys it matches on, and its shape.

    `keys` are the word's own keys: what a rule word that is this word looks for. In an
    analysed text, the keys of its `parts` point to the word's position too (see
    `AnalysedText.index`), so an article's *Halbzeitwahlen* is found by the rule word
    `Wahl`, while the rule word `Halbzeitwahlen` still wants the whole compound.

    A named tuple rather than a frozen dataclass: an article makes hundreds of tokens, and
    building one costs a third of what a frozen dataclass of eight fields does.
    """

    text: str
    start: int  # character offsets into the analysed text
    end: int
    form: str  # folded surface form
    lemma: str  # folded lemma (equal to `form` where the language has no table)
    case: Case = Case.CASELESS
    sentence_start: bool = False  # first word of the text, after . ! ? : or a line break, or an elision there
    parts: tuple[Part, ...] = NO_PARTS

    @property
    def keys(self) -> tuple[str, ...]:
        return (self.form,) if self.lemma == self.form else (self.form, self.lemma)

    @property
    def all_keys(self) -> tuple[str, ...]:
        """Its own keys and its parts': every key that points to this word in an index."""
        if not self.parts:
            return self.keys
        return tuple(dict.fromkeys((*self.keys, *(k for part in self.parts for k in part.keys))))


@dataclass
class AnalysedText:
    """A field's words, with an index from every form and lemma (parts' too) to word positions.

    `all_caps` marks a field written entirely in capitals (a shouted headline): there a
    capital says nothing about names or acronyms.
    """

    text: str
    language: str
    tokens: list[Token]
    index: dict[str, list[int]] = field(init=False)

    def __post_init__(self) -> None:
        if not self.tokens:  # most of an article's fields (content, author, entities): nothing to index
            self.index = {}
            return
        index: defaultdict[str, list[int]] = defaultdict(list)
        for i, tok in enumerate(self.tokens):
            for key in tok.all_keys if tok.parts else tok.keys:
                index[key].append(i)
        if _MAYBE_CJK.search(self.text) is not None:
            # Consecutive tokens, whatever lies between them (a bracket in a name): a phrase
            # matches on positions, so its pairs must be keys wherever its characters follow.
            for i, (a, b) in enumerate(itertools.pairwise(self.tokens)):
                if len(a.form) == len(b.form) == 1 and is_cjk(a.form) and is_cjk(b.form):  # ヴェ: ベ
                    index[pair_key(a.form, b.form)].append(i)
        self.index = dict(index)

    @cached_property
    def compared(self) -> str:
        """The text as the checks around a hit read it: Chinese in simplified characters, as `fold` compares
        its words (Taiwan's 羅馬尼亞 is 罗马尼亚, Romania, which no Rome is inside); other text as it is."""
        if self.language != "zh":
            return self.text
        from monitor.lexicon.sources.cedict import simplified_characters

        return simplified_characters(self.text)

    @cached_property
    def all_caps(self) -> bool:
        """Two or more words of two or more letters, all in capitals, and no other cased word
        (letters, not characters: an elided article, French or Italian L', says nothing)."""
        cased = [tok.case for tok in self.tokens if tok.case is not Case.CASELESS and letters(tok.text) > 1]
        return len(cased) >= 2 and all(case is Case.UPPER for case in cased)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) of each sentence, in order, covering the text: where snippets are cut."""
        return sentence_bounds(self.text)

    def sentence_of(self, char: int) -> tuple[int, int]:
        """(start, end) of the sentence holding character `char`: from the sentences where they
        are found already, else `sentence_at`, else from the sentences (found once per text and
        kept for its other matches)."""
        if "sentences" not in self.__dict__:  # not parted yet (cached_property keeps it there)
            found = sentence_at(self.text, char)
            if found is not None:
                return found
        return self.sentence_in_bounds(char)

    def sentence_in_bounds(self, char: int) -> tuple[int, int]:
        """The sentence holding character `char`, by bisection of the text's sentences."""
        bounds = self.sentences
        return bounds[bisect.bisect_right(bounds, (char, len(self.text) + 1)) - 1]

    def span(self, start: int, end: int) -> str:
        """The original text of words [start, end), as written (CJK without spaces)."""
        words = self.tokens[start:end]
        return self.text[words[0].start : words[-1].end] if words else ""

    def positions(self, keys: tuple[str, ...], key_set: frozenset[str] | None = None) -> set[int]:
        """Word positions where any of `keys` (forms or lemmas) occurs. Given the same keys as a set
        (a name's many spellings) and a field of fewer words, the field's words are looked up in the
        set instead, in C."""
        index = self.index
        if key_set is not None and len(index) < len(keys):
            keys = tuple(key_set.intersection(index))
        found: set[int] = set()
        for key in keys:
            where = index.get(key)
            if where:
                found.update(where)
        return found

    def words_between(self, start: int, end: int) -> tuple[int, int] | None:
        """The words [first, last) covering characters [start, end), or None when none do.

        Lets a hit found in one analysis of a text be shown in another analysis of the
        same text, whose tokeniser may have cut it differently.
        """
        inside = [i for i, tok in enumerate(self.tokens) if tok.end > start and tok.start < end]
        return (inside[0], inside[-1] + 1) if inside else None

    def exact_positions(self, text: str) -> set[int]:
        """Word positions whose text, or a hyphenated or apostrophe part of it, is exactly `text`.

        Case and accents included: `=US` finds *US* and *US-Präsident*, not *us*.
        """
        return {
            i
            for i, tok in enumerate(self.tokens)
            if tok.text == text or any(p.text == text and p.kind in EXACT_PARTS for p in tok.parts)
        }

    def prefix_positions(self, prefix: str) -> set[int]:
        """Word positions whose form or lemma starts with the folded `prefix`: the keys from the
        prefix on in sorted order, instead of every key tried (a wildcard rule per article among
        thousands of rules: 8 us a field, now 0.2 us and one sort)."""
        keys = self._sorted_keys
        found: set[int] = set()
        for i in range(bisect.bisect_left(keys, prefix), len(keys)):
            if not keys[i].startswith(prefix):
                break
            found.update(self.index[keys[i]])
        return found

    @cached_property
    def _sorted_keys(self) -> list[str]:
        return sorted(self.index)


MIN_STEM_LETTERS = 3  # a shorter wildcard (`tr*`) would match a huge number of words


def stem_letters(stem: str) -> int:
    """The letters a wildcard really starts with: a hyphenated stem's last part.

    `военно-морск*` is the word `военно` followed by words starting with `морск`
    (tokenisers split at the hyphen), so it has 5, and `x-r*` only 1; a trailing
    hyphen (`Nato-*`: Nato-Gipfel) is part of the prefix.
    """
    return sum(char.isalnum() for char in stem.rstrip("-").rpartition("-")[2])


# Western stops need a space after them ("U.S.", "3.5"); CJK full stops do not. What
# `sentence_bounds` parts, as a regular expression: the reference its tests compare it with.
_SENTENCE_END = re.compile(
    r"[.!?\u3002\uff01\uff1f\n](?:(?<=[.!?])\s+|(?<=[\u3002\uff01\uff1f])\s*|(?<=\n)\n*)"
)
_WESTERN_STOPS = ".!?"
_STOPS = (".", "\n", "!", "?", "\u3002", "\uff01", "\uff1f")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, in order, covering it: the sentences `_SENTENCE_END`
    parts (a stop ends its sentence; a line break ends one and is in neither).

    The stops are found with `str.find` and each is checked by hand: the regular expression
    tests its character class at every character, which took four times as long over a news
    summary, and every article with a match is split once for its snippet.
    """
    stops: list[int] = []
    for stop in _STOPS:
        if stop in text:  # `in` costs less than a find() that finds nothing: most stops are absent
            at = text.find(stop)
            while at >= 0:
                stops.append(at)
                at = text.find(stop, at + 1)
    length = len(text)
    if not stops:
        return [(0, length)]
    stops.sort()
    found, start = [], 0
    for at in stops:
        if at < start:
            continue  # a line break among the spaces after the last stop
        after = at + 1
        if text[at] == "\n":  # a line break, with those that follow it
            while after < length and text[after] == "\n":
                after += 1
            found.append((start, at))
        else:
            if text[at] in _WESTERN_STOPS and not (after < length and text[after].isspace()):
                continue  # "U.S", "3.5": a western stop needs a space after it
            while after < length and text[after].isspace():  # \s: the same test
                after += 1
            found.append((start, at + 1))
        start = after
    found.append((start, length))
    return found


def sentence_at(text: str, char: int) -> tuple[int, int] | None:
    """The (start, end) of `sentence_bounds(text)` that holds character `char` (the last that
    starts at or before it), when the text's only stops are full stops and `char` is not a
    space; None otherwise, and the caller parts the whole text.

    A match's snippet needs only its own sentence: found from the hit outwards with `rfind`
    and `find`, it costs a few searches instead of parting the whole text, which cost more
    than the rest of a one-hit explanation (measured on the matching bench's summaries).
    """
    length = len(text)
    if not 0 <= char < length or text[char].isspace():
        return None
    if "\n" in text or "!" in text or "?" in text or "\u3002" in text or "\uff01" in text or "\uff1f" in text:
        return None
    # A full stop ends a sentence when a space follows it; the next sentence starts after the spaces.
    stop = text.rfind(".", 0, char)
    while stop >= 0 and not text[stop + 1].isspace():  # stop + 1 <= char: always in the text
        stop = text.rfind(".", 0, stop)
    start = 0
    if stop >= 0:
        start = stop + 1
        while text[start].isspace():  # stops at `char` at the latest
            start += 1
    stop = text.find(".", char)
    while stop >= 0 and not (stop + 1 < length and text[stop + 1].isspace()):
        stop = text.find(".", stop + 1)
    return (start, stop + 1 if stop >= 0 else length)


_MAYBE_CJK = re.compile("[\u2e80-\U0010ffff]")  # cheap pre-check: nothing below can be CJK
# Two CJK characters written next to each other are also a key (at the first one's position):
# single characters are in nearly every text, so only pairs let the rule index tell rules apart.
PAIR_MARK = "\x02"


def letters(text: str) -> int:
    """How many letters a text has (an elision's apostrophe and a word's digits are none)."""
    return len(text) if text.isalpha() else sum(c.isalpha() for c in text)


def pair_key(first: str, second: str) -> str:
    return PAIR_MARK + first + second


def is_katakana(char: str) -> bool:
    """A katakana letter or the long-vowel mark (ー); not the middle dot ・, which separates names."""
    return "\u30a1" <= char <= "\u30ff" and char != "\u30fb"


def is_cjk(char: str) -> bool:
    """Han, kana and other scripts written without spaces between words."""
    if char < "\u2e80":
        return False
    # Compatibility forms (full-width Latin, ligatures, math letters) count as the letters they stand for.
    char = unicodedata.normalize("NFKC", char)[:1]
    return char >= "\u2e80" and char.isalpha() and not ("\uac00" <= char <= "\ud7af")  # not Hangul


SILENT_KANA = frozenset("ーッｰｯ")
_SMALL_VOWELS = frozenset("ァィゥェォ")


def split_cjk(word: str, start: int) -> list[tuple[str, int]]:
    """A token as (piece, offset) pairs: one per CJK character, Latin runs and numbers kept whole.

    Chinese and Japanese are written without spaces, and the tokenisers that know
    their words need extra packages; matching them character by character (a term
    matches where its characters stand consecutively) works with none. Punctuation
    between them (full-width commas, stops, brackets) is dropped, and so are katakana's length
    marks (`SILENT_KANA`: the long-vowel bar and the small tsu), which writers of foreign names
    put in or leave out at will (ウェーバー, ウェバー; ハッダード, ハダド): a name then matches
    however its vowels and doubled consonants are written, without a reading for each way. A v
    written ヴ with its small vowel is one piece, which `fold` makes the b it is read as (ヴィ, ビ).
    """
    if not any(is_cjk(c) for c in word):
        return [(word, start)]
    pieces: list[tuple[str, int]] = []
    run: int | None = None  # where the current non-CJK run began

    def flush(end: int) -> None:
        if run is not None:
            piece = word[run:end]
            while piece and not piece[-1].isalnum():
                piece = piece[:-1]
            if piece:
                pieces.append((piece, start + run))

    skip = False
    for i, char in enumerate(word):
        if skip:
            skip = False
        elif char in SILENT_KANA:
            flush(i)
            run = None
        elif char == "ヴ" and word[i + 1 : i + 2] in _SMALL_VOWELS:  # ヴィ: one sound, folded as ビ
            flush(i)
            run = None
            pieces.append((word[i : i + 2], start + i))
            skip = True
        elif is_cjk(char):
            flush(i)
            run = None
            pieces.append((char, start + i))
        elif char.isalnum() or (run is not None and char in "-'.&_"):
            run = i if run is None else run
        else:
            flush(i)
            run = None
    flush(len(word))
    return pieces


EXACT_PARTS: frozenset[PartKind] = frozenset({"hyphen", "apostrophe"})  # parts written as in the word
COMPOUND_KINDS: frozenset[PartKind] = frozenset({"head", "modifier"})
SENTENCE_ENDS = frozenset(".!?…:;\u3002\uff01\uff1f\uff1a")
GENERATION = 40_000  # new words, all languages together, after which `Remembered` starts a generation
RENEW_AFTER = 5_000  # new words after which a tokeniser is renewed: half its cache of 10,000 chunks


@lru_cache(maxsize=100_000)
def case_of(word: str) -> Case:
    """The word's case shape: see `Case`."""
    first: str | None = None
    cased = upper = 0
    for char in word:
        if char.isupper():
            upper += 1
        elif not char.islower():
            continue
        cased += 1
        first = first or char
    if first is None:
        return Case.CASELESS
    if first.islower():
        return Case.LOWER
    return Case.UPPER if upper == cased and cased >= 2 else Case.TITLE


# An elided article or preposition is written as a word of its own ending in an apostrophe (French *L'*,
# *D'*, *Qu'*; Italian *All'*, *Dell'*): the word after it at a sentence's start starts the sentence as
# much as it does (*L'Orchestre national*: a capital that says nothing about a name).
ELISION_LETTERS = 4
APOSTROPHES = "'\u2019"


def is_elision(word: str) -> bool:
    """Is `word` an elided article, a few letters and an apostrophe (*l'*, *dell'*)?"""
    return 1 < len(word) <= ELISION_LETTERS + 1 and word[-1] in APOSTROPHES and word[:-1].isalpha()


# What the analyser knows about a word, once per word and language: form, lemma, case, parts.
_Word = tuple[str, str, Case, tuple[Part, ...]]


class Remembered:
    """The words the analyser met lately, per language, within one bound for all languages.

    A daemon meets tens of thousands of new words a day in each language it reads (names,
    compounds, typos); each remembered word costs about a kilobyte with what spaCy's tokeniser
    keeps of it, so a bound per language let 14 busy languages grow past a gigabyte. Words are
    kept in two generations: the current one takes every word looked up, the previous one is
    asked second and gives its words back to the current one; when `size` new words (worked out
    anew) have come, the previous one is dropped. A word used in either generation stays, one not
    met while 2 x `size` new words came goes: what is held is the words in use plus at most
    2 x `size` new ones, whatever the languages. Words given back are not counted as new: a
    daemon reading the same vocabulary again (or a bench cycling articles) never turns over.
    """

    def __init__(self, size: int = GENERATION) -> None:
        self.size = size
        self.young: dict[str, dict[str, _Word]] = {}
        self.old: dict[str, dict[str, _Word]] = {}
        self.taken = 0  # new words the current generation has taken (not those the previous one gave back)
        self.new: dict[str, int] = {}  # per language, words worked out since its tokeniser was renewed

    def language(self, code: str) -> tuple[dict[str, _Word], dict[str, _Word]]:
        """The current and the previous generation's words of a language."""
        young = self.young.get(code)
        if young is None:
            young = self.young.setdefault(code, {})
        return young, self.old.get(code) or {}

    def __len__(self) -> int:
        return sum(map(len, self.young.values())) + sum(map(len, self.old.values()))

    def full(self) -> bool:
        return self.taken >= self.size

    def turn(self) -> list[str]:
        """Start a generation; the languages that met `RENEW_AFTER` new words since their tokeniser
        was renewed, which should be now (spaCy's tokeniser keeps every word it met)."""
        self.old, self.young, self.taken = self.young, {}, 0
        stale = [code for code, new in self.new.items() if new >= RENEW_AFTER]
        for code in stale:
            self.new[code] = 0
        return stale


class Analyzer:
    """Tokenises, folds and lemmatises text in a given language.

    `accents=False` keeps accents significant (`resume` no longer finds `résumé`).
    """

    def __init__(
        self,
        *,
        accents: bool = True,
        languages: Languages | None = None,
        entities: EntityModels | None = None,
    ) -> None:
        self.fold_accents = accents
        self.languages = languages or Languages()
        self.entities = entities or EntityModels()
        self.remembered = Remembered()
        self._empty: dict[str, AnalysedText] = {}  # language -> the analysis of an empty field

    @contextmanager
    def rule_words(self) -> Iterator[None]:
        """Analyse a rule set's terms inside: they are not the news. Where they were many (thousands
        of rules), the languages they went through get fresh tokenisers, whose cache the articles'
        words will fill instead (`Languages.renew`)."""
        before = dict(self.remembered.new)
        try:
            yield
        finally:
            for code, new in list(self.remembered.new.items()):
                if new - before.get(code, 0) >= RENEW_AFTER:
                    self.remembered.new[code] = 0
                    self.languages.renew(code)

    def fold(self, text: str, language: str | None = None) -> str:
        return fold(text, self.fold_accents, language)

    def analyse(self, text: str, language: str | None) -> AnalysedText:
        lang = self.languages.get(language)
        if not text:  # most articles lack some fields (content, author, the entity fields): one shared
            empty = self._empty.get(lang.code)  # analysis of no words, read by every such field
            if empty is None:
                empty = self._empty[lang.code] = AnalysedText("", lang.code, [])
            return empty
        tokens: list[Token] = []
        cjk = _MAYBE_CJK.search(text) is not None
        remembered = self.remembered
        words, before = remembered.language(lang.code)
        taken = 0
        starts = True
        for tok in lang.tokenizer(text):
            if tok.is_punct or tok.is_space:
                starts = starts or tok.text in SENTENCE_ENDS or "\n" in tok.text
                continue
            for word, start in split_cjk(tok.text, tok.idx) if cjk else ((tok.text, tok.idx),):
                facts = words.get(word)
                if facts is None:
                    facts = before.get(word)
                    if facts is None:
                        facts = self._word(lang, word)
                        taken += 1
                    words[word] = facts
                form, lemma, case, parts = facts
                if parts and case is Case.TITLE and not starts and lang.names_capitalised:
                    parts = tuple(p for p in parts if p.kind not in COMPOUND_KINDS)  # a name: Duitsland
                tokens.append(Token(word, start, start + len(word), form, lemma, case, starts, parts))
                starts = starts and is_elision(word)
        remembered.taken += taken
        remembered.new[lang.code] = remembered.new.get(lang.code, 0) + taken
        if remembered.full():
            for code in remembered.turn():
                self.languages.renew(code)
        return AnalysedText(text, lang.code, tokens)

    def _word(self, lang: Language, word: str) -> _Word:
        """Form, lemma, case and parts of a word never seen before in this language."""
        code = lang.code
        form = self.fold(word, code)
        raw = lang.lemma(word)
        found: list[Part] = []
        head: tuple[int, str] | None = None  # where the last part starts, and its lemma
        hyphenated = pieces.hyphen_pieces(word)
        for offset, piece in hyphenated or [(0, word)]:
            if hyphenated:
                found.append(self._part(lang, piece, "hyphen"))
                head = (offset, lang.lemma(piece) or piece)
            compound = lang.compound(piece)
            for n, (text, looked_up, kind) in enumerate(compound):
                found.append(self._part(lang, text, kind, looked_up))
                if n == len(compound) - 1 and kind == "head":
                    start = offset + len(piece) - len(text)
                    head = (start, (lang.lemma(looked_up) or looked_up).lower())
        stem = pieces.apostrophe_stem(word)
        if stem is not None:
            found.append(self._part(lang, stem, "apostrophe"))
        for stem in lang.stems(word):
            found.append(self._part(lang, stem, "clitic" if code == "ar" else "particle"))
        if raw:
            lemma = self.fold(raw, code)
        elif head is not None:  # Halbzeitwahlen: Halbzeit + Wahl; US-Präsidenten: US- + Präsident
            lemma = self.fold(word[: head[0]] + head[1], code)
        else:
            lemma = form
        unique = tuple({part.keys: part for part in found if part.form != form}.values())
        return form, lemma, case_of(word), unique

    def _part(self, lang: Language, text: str, kind: PartKind, looked_up: str | None = None) -> Part:
        """A part as written, keyed by its lemma too: the lemma table's, else the word the splitter
        looked it up as, a modifier's dropped ending restored (Swedish *läkar* in *läkarbristen* is
        *läkare*, which the lemma table has no entry for, being a lemma itself)."""
        form = self.fold(text, lang.code)
        raw = lang.lemma(looked_up or text) or looked_up
        return Part(text, form, self.fold(raw, lang.code) if raw else form, kind)
