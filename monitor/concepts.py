"""Concepts: named groups of equivalent terms across languages, and the place gazetteer.

A concept maps languages to member texts (`troops` -> en: troops, soldiers; de:
Truppen, Soldaten; ...). Places are concepts too: every country and territory under
its CLDR name in whatever language an article is in (from Babel, looked up when a
language is first needed), plus the alternate names and adjectives of
`data/places.yaml`. The starter pack lives in `data/concepts/*.yaml`.

Pure apart from reading the packaged data files once.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from monitor.analysis import MIN_STEM_LETTERS, Analyzer, stem_letters

ANY = "any"  # members written the same in every language
PACK_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "ru", "uk", "pl", "nl", "tr", "ar", "zh", "ja")
NAME_RE = re.compile(r"[a-z0-9_]+")
# Scripts CLDR has English in that nobody writes the news in (Deseret, Shavian).
HOBBY_SCRIPTS = frozenset({"Dsrt", "Shaw"})
MIN_STEM_SHARE = 0.6  # a wildcard stands for a concept it starts only when it is this much of the member
# Territory codes that are not places: the EU, the eurozone, the UN, pseudo-regions.
NOT_PLACES = frozenset({"EU", "EZ", "QO", "UN", "XA", "XB", "ZZ"})


@dataclass(frozen=True)
class Concept:
    name: str
    members: Mapping[str, tuple[str, ...]]  # language (or "any") -> member texts
    description: str = ""
    place: str | None = None  # ISO 3166-1 code for a place
    by_name: bool = True  # False where the name is an ambiguous word (`tank`: think tank)

    def merged(self, other: Concept) -> Concept:
        """This concept with `other`'s members added (a user extending a built-in)."""
        langs = {*self.members, *other.members}
        members = {lang: (*self.members.get(lang, ()), *other.members.get(lang, ())) for lang in langs}
        description = other.description or self.description
        return Concept(self.name, members, description, self.place, self.by_name and other.by_name)


def slug(text: str) -> str:
    """`North Korea` -> `north_korea`: a concept name from an English place name."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "_", plain).strip("_")


@dataclass(frozen=True)
class Member:
    """A member text read as query words: `=US` exact, `stem*` a prefix, spaces a phrase."""

    text: str
    exact: bool
    words: tuple[str, ...]
    prefixes: tuple[bool, ...]

    @classmethod
    def parse(cls, text: str) -> Member:
        exact = text.startswith("=")
        words = tuple(text.removeprefix("=").split())
        return cls(text, exact, tuple(w.rstrip("*") for w in words), tuple(w.endswith("*") for w in words))

    @property
    def plain(self) -> bool:
        """Neither exact nor a prefix: the kind of member a rule term can be looked up by."""
        return not self.exact and not any(self.prefixes)


def supported_languages() -> tuple[str, ...]:
    """Every language the matcher supports (`monitor.analysis.support.LANGUAGES`): the pack's 14
    and every other news language with a tokeniser and lemmas, detection or word frequencies.

    Undeclared articles are detected among these by default. This is the one list: a source
    that brings more languages (a lexicon) extends it there; `support(code)` says how well
    each is supported.
    """
    from monitor.analysis.support import LANGUAGES

    return tuple(sorted({*PACK_LANGUAGES, *LANGUAGES}))


def member_problem(text: Any) -> str | None:
    """Why a member text cannot be used, or None."""
    if not isinstance(text, str) or not text.strip():
        return "a member must be a non-empty string"
    member = Member.parse(text.strip())
    for word, prefix in zip(member.words, member.prefixes, strict=True):
        if prefix and stem_letters(word) < MIN_STEM_LETTERS:
            return f"{text!r}: a wildcard needs at least {MIN_STEM_LETTERS} letters before '*'"
        if "*" in word:
            return f"{text!r}: '*' may only end a word"
    return None


def concepts_from_data(data: Mapping[str, Any]) -> dict[str, Concept]:
    """Concepts from parsed YAML of the pack format (already validated)."""
    out = {}
    for name, body in data.items():
        members = {
            lang: tuple(str(m).strip() for m in values)
            for lang, values in body.items()
            if lang not in ("description", "extend", "by_name")
        }
        description = str(body.get("description", ""))
        out[name] = Concept(name, members, description, by_name=bool(body.get("by_name", True)))
    return out


def _load_yaml(text: str) -> Any:
    """The shipped data files are large: parse them with libyaml where PyYAML has it (6x faster)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader) or {}


@cache
def builtin_concepts() -> dict[str, Concept]:
    """The starter pack shipped in monitor/data/concepts/."""
    found: dict[str, Concept] = {}
    folder = resources.files("monitor") / "data" / "concepts"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            found.update(concepts_from_data(_load_yaml(entry.read_text(encoding="utf-8"))))
    return found


@cache
def place_extras() -> dict[str, dict[str, tuple[str, ...]]]:
    """Alternate names and adjectives from monitor/data/places.yaml, by code and language."""
    path = resources.files("monitor") / "data" / "places.yaml"
    if not path.is_file():
        return {}
    data = _load_yaml(path.read_text(encoding="utf-8"))
    return {
        code: {lang: tuple(map(str, names)) for lang, names in langs.items()} for code, langs in data.items()
    }


@cache
def cldr_names(language: str) -> dict[str, tuple[str, ...]]:
    """Territory code -> its CLDR names in `language` (script variants such as zh_Hant included)."""
    from babel import Locale, UnknownLocaleError
    from babel.localedata import locale_identifiers

    variants = [language] + [
        i
        for i in locale_identifiers()
        if i.startswith(language + "_") and len(i.split("_")[1]) == 4 and i.split("_")[1] not in HOBBY_SCRIPTS
    ]
    names: dict[str, list[str]] = {}
    for ident in variants:
        try:
            territories = Locale.parse(ident).territories
        except (UnknownLocaleError, ValueError):
            continue
        for code, name in territories.items():
            if (
                len(code) == 2
                and code.isalpha()
                and code not in NOT_PLACES
                and name not in names.get(code, ())
            ):
                names.setdefault(code, []).append(name)
    # Babel keeps every locale it loaded (all of CLDR's data for it: about 1 MB each, 13 for
    # Chinese's script variants) for the process; only the territory names are needed here.
    from babel import localedata

    localedata.clear_caches()
    return {code: tuple(found) for code, found in names.items()}


@cache
def builtin_places() -> dict[str, Concept]:
    """Every country and territory, named by its English CLDR name (`@north_korea`)."""
    english = cldr_names("en")
    extras = place_extras()
    places = {}
    for code in sorted(set(english) | set(extras)):
        name = slug(english[code][0]) if code in english else code.lower()
        places[name] = Concept(name, extras.get(code, {}), f"the place {code}", place=code)
    return places


@dataclass(frozen=True)
class StemMatch:
    """What a wildcard `stem*` in a rule stands for: `concepts`; else the concepts whose members it
    `starts` (several: ambiguous; one: the stem is too short a part of its members)."""

    concepts: list[Concept]
    starts: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _LanguageIndex:
    words: dict[str, list[str]]  # term signature -> concept names
    starts: list[tuple[str, str]]  # sorted (single word a wildcard can start, concept name)


@dataclass
class ConceptBook:
    """Every concept in use, with member lists and reverse look-ups built per language on demand."""

    concepts: dict[str, Concept]
    analyzer: Analyzer
    _lookup: dict[str, _LanguageIndex] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def get(self, name: str) -> Concept | None:
        return self.concepts.get(name)

    def members(self, concept: Concept, language: str) -> tuple[Member, ...]:
        """The members that apply to an article in `language`."""
        texts = [*concept.members.get(language, ()), *concept.members.get(ANY, ())]
        if concept.place:
            texts[:0] = cldr_names(language).get(concept.place, ())
        return tuple(Member.parse(t) for t in dict.fromkeys(texts))

    def find(self, text: str, language: str) -> list[Concept]:
        """Concepts a rule term stands for in `language`.

        A term stands for a concept when it equals one of its members in the rule's
        language, by form or lemma, or, in an English rule, its name, by form only
        (`flood`, `north korea`: names are English identifiers; `shot` does not find
        `shooting`). An exact member (`=Turkey`) is found only by exactly that text; a
        name that an exact member spells (`who`, `=WHO`) or that is an ambiguous word
        (`by_name: false`: `tank`, `trial`) is not looked up.
        """
        index = self._index(language).words
        found: dict[str, None] = {}
        for signature in {*self._signatures(text, language), _exact_signature(text)}:
            for name in index.get(signature, ()):
                found[name] = None
        return [self.concepts[name] for name in found]

    def find_stem(self, stem: str, language: str) -> StemMatch:
        """Concepts a wildcard `stem*` stands for in `language`.

        A stem that is itself a member or name (`earthquake*`, `troop*`: the lemma of
        `troops`) stands for what the word stands for. A stem that only starts members
        stands for their concept when they all belong to one and it is most of the
        shortest of them (`Ukrain*`: Ukraine, Ukrainian; not `sol*`, whose only member is
        `soldier`); when they belong to several (`electi*`: election, electricity) it is
        ambiguous and stands for none, so a rule never widens to concepts its author did
        not mean. Only one-word members count: a wildcard matches one word.
        """
        found = self.find(stem, language)
        if found:
            return StemMatch(found)
        prefix = self.analyzer.fold(stem, language)
        starts = self._index(language).starts
        shortest: dict[str, int] = {}  # concept name -> its shortest member the stem starts
        for word, name in starts[bisect_left(starts, (prefix, "")) :]:
            if not word.startswith(prefix):
                break
            shortest[name] = min(len(word), shortest.get(name, len(word)))
        if len(shortest) == 1 and len(prefix) >= MIN_STEM_SHARE * min(shortest.values()):
            return StemMatch([self.concepts[name] for name in shortest])
        return StemMatch([], sorted(shortest))

    def _signatures(self, text: str, language: str) -> set[str]:
        tokens = self.analyzer.analyse(text, language).tokens
        if not tokens:
            return set()
        return {" ".join(t.form for t in tokens), " ".join(t.lemma for t in tokens)}

    def _index(self, language: str) -> _LanguageIndex:
        with self._lock:
            index = self._lookup.get(language)
            if index is None:
                index = self._lookup[language] = self._build_index(language)
            return index

    def _build_index(self, language: str) -> _LanguageIndex:
        words: dict[str, list[str]] = {}
        starts: set[tuple[str, str]] = set()
        for name, concept in self.concepts.items():
            members = self.members(concept, language)
            signatures: set[str] = set()
            for member in members:
                if member.exact and not any(member.prefixes):
                    signatures.add(_exact_signature(" ".join(member.words)))
                    if len(member.words) == 1:  # `=sanctions`: `sanction*` finds it, as it finds the word
                        starts.add((self.analyzer.fold(member.words[0], language), name))
                elif member.plain:
                    signatures |= self._signatures(" ".join(member.words), language)
                elif len(member.words) == 1:  # a stem member (`Erdbeben*`): a wildcard may start it
                    starts.add((self.analyzer.fold(member.words[0], language), name))
            spoken = name.replace("_", " ")
            spelt = any(m.exact and self.analyzer.fold(" ".join(m.words)) == spoken for m in members)
            if language == "en" and concept.by_name and not spelt:
                signatures.add(" ".join(t.form for t in self.analyzer.analyse(spoken, language).tokens))
            for signature in signatures:
                words.setdefault(signature, []).append(name)
                if " " not in signature and not signature.startswith("="):
                    starts.add((signature, name))
        return _LanguageIndex(words, sorted(starts))


def _exact_signature(text: str) -> str:
    return "=" + " ".join(text.split())


def build_book(
    analyzer: Analyzer,
    *,
    builtin: bool = True,
    places: bool = True,
    disable: Iterable[str] = (),
    user: Iterable[tuple[Concept, bool]] = (),
) -> ConceptBook:
    """The concepts in use: places, the pack, minus `disable`, then the user's (replace or extend)."""
    concepts: dict[str, Concept] = {}
    if places:
        concepts.update(builtin_places())
    if builtin:
        concepts.update(builtin_concepts())
    for name in disable:
        concepts.pop(name, None)
    for concept, extend in user:
        base = concepts.get(concept.name)
        concepts[concept.name] = base.merged(concept) if extend and base else concept
    return ConceptBook(concepts, analyzer)
