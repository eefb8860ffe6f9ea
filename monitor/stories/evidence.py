"""An article's story signature: what it says, in forms that compare across feeds and languages.

- `link`: its canonical link (`links.py`): the same page under another URL.
- `simhash`: a 64-bit SimHash of the word pairs of its title and summary, for copies and
  near-copies in the same language (a wire story on two sites, a corrected headline).
- `keys`: language-independent evidence, each key prefixed by its kind:
  `c:earthquake`, `c:turkey` (concepts and places of the concept book, spotted with the
  book's own members in the article's language: the same ids whatever the language),
  `n:izmir` (names: capitalised words that are no common word of the language,
  romanised with anyascii and cut to their first letters, so *Путина* and *Putin* agree),
  `#:6.1`, `#:12000` (numbers, with thousands separators and decimal commas read as the
  language writes them: 12.000, 12,000 and 12 000 agree).

Pure over an analysed article; `Signature` is plain data that is stored with the article
(JSON), so the window of recent stories is rebuilt at start-up without analysing anything.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from monitor.stories.links import canonical_link

if TYPE_CHECKING:
    from monitor.analysis import Analyzer, Token
    from monitor.analysis.article import AnalysedArticle
    from monitor.concepts import ConceptBook
    from monitor.models import Article

__all__ = [
    "ConceptSpotter",
    "NameKeys",
    "Signature",
    "name_key",
    "numbers",
    "signature",
    "signature_of",
    "simhash",
]

SIGNED_FIELDS = ("title", "summary")
CONTENT_CHARS = 1_000  # an article without a summary is signed on the start of its content
NAME_PREFIX = 5  # letters of a romanised name kept: Putin, Putina, Putins agree
MIN_NAME = 4  # shorter capitalised words (AFP, BBC...) say too little
COMMON_ZIPF = 4.0  # a capitalised word at least this frequent in its language is no name
MAX_KEYS = 60  # per article: the rarest kinds first (names and numbers before concepts)


@dataclass(frozen=True)
class Signature:
    """What the story window compares: see the module docstring."""

    language: str
    link: str = ""
    simhash: int = 0
    keys: frozenset[str] = frozenset()
    published: datetime | None = None
    source: str = ""  # the feed, for counting distinct sources

    def to_json(self) -> str:
        return json.dumps(
            {"l": self.language, "u": self.link, "s": self.simhash, "k": sorted(self.keys)},
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str, published: datetime | None = None, source: str = "") -> Signature:
        data = json.loads(text)
        return cls(data["l"], data["u"], int(data["s"]), frozenset(data["k"]), published, source)


# -- numbers ------------------------------------------------------------------------------

_OTHER_DIGIT = re.compile(r"(?![0-9])\d")  # a digit of another script (Arabic-Indic, Devanagari...)
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:([.,\u00a0\u202f ])\d{3})+(?![\d])|\d+(?:[.,]\d+)?")


def numbers(text: str) -> set[str]:
    """Numbers as one form: `12.000`, `12,000` and `12 000` -> `12000`; `6,1` and `6.1` -> `6.1`.

    A separator followed by exactly three digits (repeated) is a thousands separator;
    otherwise a comma or point is the decimal mark. Single digits say too little to count.
    Digits of any script (Arabic-Indic, full-width) are read as digits.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        text = _OTHER_DIGIT.sub(lambda m: str(unicodedata.digit(m.group(), 0)), text)
    found = set()
    for match in _NUMBER.finditer(text):
        raw = match.group(0)
        if match.group(1):  # grouped thousands
            value = re.sub(r"\D", "", raw)
        else:
            whole, _, fraction = raw.replace(",", ".").partition(".")
            fraction = fraction.rstrip("0")
            value = (whole.lstrip("0") or "0") + (f".{fraction}" if fraction else "")
        if len(value) >= 2 or "." in value:
            found.add(value)
    return found


# -- names --------------------------------------------------------------------------------

NameKeys = Callable[[str, str], str | None]  # (word as written, language) -> its key, or None


@lru_cache(maxsize=100_000)
def name_key(word: str, language: str) -> str | None:
    """A capitalised word's romanised short form, or None when it is no name-like word.

    The default way names compare across scripts; a name source that knows the variants
    of a name (`lexicon/names.py`) can replace it (`signature(..., names=...)`).
    """
    from anyascii import anyascii

    letters = "".join(c for c in anyascii(word).lower() if c.isalpha())
    if len(letters) < MIN_NAME:
        return None
    return letters[:NAME_PREFIX]


def _capitalised_word(word: str) -> bool:
    return word[:1].isupper()


class _Common:
    """Whether a word is common in its language (wordfreq), cached: such a capitalised word is no name."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], bool] = {}

    def __call__(self, form: str, language: str) -> bool:
        key = (form, language)
        found = self._cache.get(key)
        if found is None:
            from monitor.lexicon.frequency import FREQUENCIES

            found = FREQUENCIES.zipf(form, language) >= COMMON_ZIPF
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[key] = found
        return found


_COMMON = _Common()


_PARTS = re.compile(r"[-\u2010\u2011'\u2019]")


def names(tokens: Iterable[Token], language: str, keys: NameKeys = name_key) -> set[str]:
    """Name keys of the capitalised words that are no common word of `language`.

    A hyphenated word counts by its parts (*US-Notenbank*: *Notenbank*); an apostrophe ends
    a name (*Seferihisar'da*, *d'Izmir*: the part after an elided article counts).
    """
    found = set()
    for token in tokens:
        for part in _PARTS.split(token.text):
            if len(part) >= MIN_NAME and _capitalised_word(part) and not _COMMON(part, language):
                key = keys(part, language)
                if key:
                    found.add(key)
    return found


# -- SimHash ------------------------------------------------------------------------------


def simhash(forms: Sequence[str]) -> int:
    """A 64-bit SimHash of the word pairs of `forms` (0 for fewer than two words).

    Each pair is hashed with BLAKE2b (stable across processes, unlike `hash`), and each
    bit of the result is the majority of that bit over the pairs: texts that share most
    of their word pairs differ in few bits.
    """
    import numpy as np

    if len(forms) < 2:
        return 0
    pairs = {f"{a} {b}" for a, b in itertools.pairwise(forms)}
    digests = b"".join(hashlib.blake2b(p.encode(), digest_size=8).digest() for p in pairs)
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8).reshape(len(pairs), 8), axis=1)
    majority = (bits.sum(axis=0) * 2 > len(pairs)).astype(np.uint8)
    return int.from_bytes(np.packbits(majority).tobytes(), "big")


# -- concepts -----------------------------------------------------------------------------


@dataclass
class _Members:
    """One language's concept members, indexed for a left-to-right scan of an article's words."""

    phrases: dict[str, set[str]] = field(default_factory=dict)  # forms or lemmas joined by " "
    starts: set[str] = field(default_factory=set)  # every proper prefix of a phrase, in words
    exact: dict[str, set[str]] = field(default_factory=dict)  # `=US`: the words as written
    stems: dict[str, set[str]] = field(default_factory=dict)  # `Erdbeben*`: folded stem
    stem_lengths: tuple[int, ...] = ()
    longest: int = 1


class ConceptSpotter:
    """The concepts and places an article names, found with the concept book's own members.

    The members of every concept in the article's language are read as the matcher reads
    them (a word: its form or lemma; `=Exact`; `stem*`; a phrase: consecutive words) and
    indexed once per language; an article is then one scan over its words. This finds what
    a rule `@name` would find, without compiling several hundred rules per language.
    """

    def __init__(self, book: ConceptBook) -> None:
        self.book = book
        self._members: dict[str, _Members] = {}
        self._lock = threading.Lock()

    def spot(self, tokens: Sequence[Token], language: str) -> set[str]:
        index = self._index(language)
        found: set[str] = set()
        n = len(tokens)
        for i in range(n):
            first = tokens[i]
            hit = index.exact.get(first.text)
            if hit:
                found |= hit
            for length in index.stem_lengths:
                if len(first.form) >= length and (hit := index.stems.get(first.form[:length])):
                    found |= hit
            forms, lemmas = first.form, first.lemma
            for j in range(i, min(n, i + index.longest)):
                if j > i:
                    forms += " " + tokens[j].form
                    lemmas += " " + tokens[j].lemma
                    if j - i + 1 > 1 and (
                        hit := index.exact.get(" ".join(t.text for t in tokens[i : j + 1]))
                    ):
                        found |= hit
                for key in (forms, lemmas):
                    hit = index.phrases.get(key)
                    if hit:
                        found |= hit
                if forms not in index.starts and lemmas not in index.starts:
                    break
        return found

    def _index(self, language: str) -> _Members:
        with self._lock:
            index = self._members.get(language)
            if index is None:
                index = self._members[language] = self._build(language)
            return index

    def _build(self, language: str) -> _Members:
        analyzer = self.book.analyzer
        index = _Members()
        for name, concept in self.book.concepts.items():
            for member in self.book.members(concept, language):
                if member.exact and not any(member.prefixes):
                    index.exact.setdefault(" ".join(member.words), set()).add(name)
                elif any(member.prefixes):
                    if len(member.words) == 1:
                        stem = analyzer.fold(member.words[0], language)
                        if len(stem) >= 3:
                            index.stems.setdefault(stem, set()).add(name)
                else:
                    tokens = analyzer.analyse(" ".join(member.words), language).tokens
                    if not tokens:
                        continue
                    for words in ([t.form for t in tokens], [t.lemma for t in tokens]):
                        index.phrases.setdefault(" ".join(words), set()).add(name)
                        for k in range(1, len(words)):
                            index.starts.add(" ".join(words[:k]))
                    index.longest = max(index.longest, len(tokens))
        index.stem_lengths = tuple(sorted({len(s) for s in index.stems}))
        return index


# -- the signature ------------------------------------------------------------------------


def _signed_tokens(doc: AnalysedArticle) -> list[list[Token]]:
    fields = [doc.fields[f].tokens for f in SIGNED_FIELDS if f in doc.fields and doc.fields[f].tokens]
    if "summary" not in doc.fields or not doc.fields["summary"].tokens:
        content = doc.fields.get("content")
        if content is not None and content.tokens:
            fields.append([t for t in content.tokens if t.start < CONTENT_CHARS])
    return fields


def signature(
    doc: AnalysedArticle,
    spotter: ConceptSpotter | None,
    *,
    names_of: NameKeys = name_key,
    published: datetime | None = None,
) -> Signature:
    """The story signature of an analysed article (its title and summary, else its content's start)."""
    return _sign(
        doc.article, doc.language, doc.stored_language, _signed_tokens(doc), spotter, names_of, published
    )


def signature_of(
    article: Article,
    analyzer: Analyzer,
    language: str,
    spotter: ConceptSpotter | None,
    *,
    stored_language: str | None = None,
    names_of: NameKeys = name_key,
) -> Signature:
    """The same signature for an article nobody analysed (a silent first poll), analysing only what
    it is made of: the title and the summary, else the start of the content."""
    texts = [article.title, article.summary or article.content[:CONTENT_CHARS]]
    fields = [tokens for text in texts if text and (tokens := analyzer.analyse(text, language).tokens)]
    return _sign(article, language, stored_language or language, fields, spotter, names_of, None)


def _sign(
    article: Article,
    language: str,
    stored_language: str,
    fields: list[list[Token]],
    spotter: ConceptSpotter | None,
    names_of: NameKeys,
    published: datetime | None,
) -> Signature:
    concepts: set[str] = set()
    found_names: set[str] = set()
    for tokens in fields:
        if spotter is not None:
            concepts |= spotter.spot(tokens, language)
        found_names |= names(tokens, language, names_of)
    text = f"{article.title}\n{article.summary or article.content[:CONTENT_CHARS]}"
    figures = numbers(text)
    keys = [f"n:{n}" for n in sorted(found_names)] + [f"#:{n}" for n in sorted(figures)]
    keys = keys[: MAX_KEYS // 2] + [f"c:{c}" for c in sorted(concepts)]
    forms = [t.form for tokens in fields for t in tokens]
    return Signature(
        language=stored_language,
        link=canonical_link(article.link),
        simhash=simhash(forms),
        keys=frozenset(keys[:MAX_KEYS]),
        published=published or article.published,
        source=article.feed,
    )
