"""Syntax tree -> Matcher: expand building blocks, analyse terms, bring them into the article's language.

A rule is compiled once per article language. Each term asks the lexicon what it is
(word, name, acronym) and how the article's language writes it: its variants there, each
analysed in that language, become alternatives (`troops` in an English rule, compiled
for German articles, also finds *Soldaten* and *Truppen*; `Putin` finds *Путина*). The
term's own spelling matches too, as the lexicon's guard allows: in another language a
word is compared by its spelling only (never its lemma), and not at all where that
spelling is a common word there (German *war*); names and acronyms match only where
written as names and acronyms are (capitalised; in capitals).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache, partial
from typing import Any

from monitor.analysis import Analyzer, Token
from monitor.analysis.analyzer import SILENT_KANA, Case, is_cjk, is_katakana
from monitor.analysis.fold import fold
from monitor.analysis.support import OTHER_SCRIPTS, tokeniser
from monitor.concepts import Concept, ConceptBook, Member
from monitor.errors import QuerySyntaxError
from monitor.lexicon import Evidence
from monitor.lexicon.boundaries import (
    INTERNATIONAL,
    KNOWN_KATAKANA_ZIPF,
    NAME_DOTS,
    BeforeGivenName,
    BeforeQuantity,
    GivenSoundsNear,
    InsideAnotherCountry,
    KanaPartNear,
    KanjiAsWord,
    NamedAfterPlace,
    NationalNotInternational,
    PlaceAsWord,
    PlaceInPersonsName,
    StartsAnotherName,
    SurnameSoundsNear,
    WrittenAsWord,
    chinese_name_boundary,
    common_katakana_word,
    given_runs_on,
    inside_japanese_word,
    inside_katakana_word,
    inside_longer_name,
    kana_sound,
    not_a_chinese_given_name_alone,
    not_a_chinese_surname_alone,
    not_a_surname_alone,
    not_the_persons_surname_alone,
    own_katakana_word,
    quantity_word,
)
from monitor.lexicon.dictionary import COMPOUNDING
from monitor.lexicon.endings import word_forms
from monitor.lexicon.guard import (
    AUXILIARIES,
    CAPITALISED_ADJECTIVES,
    LOCATIVE_ENDINGS,
    LOOKALIKE_ZIPF,
    OPENING_INTRODUCED,
    AfterAuxiliary,
    AttributiveAdjective,
    InCommonPhrase,
    InsideAnotherDeclinedPlace,
    InsideAnotherPlace,
    JoinedSense,
    LocativeOpening,
    ModifierSense,
    NameContext,
    NamedFood,
    OpeningWord,
    names_name,
    names_term,
)
from monitor.lexicon.lexicon import Expanded, Expansion, Lexicon
from monitor.lexicon.segments import AcrossWords, InsideKatakana, InsideLongerWord, han
from monitor.lexicon.senses import past_form
from monitor.lexicon.terms import CAPITALISED_NOUNS, COMMON_ZIPF, Kind, is_acronym, is_capitalised
from monitor.lexicon.transcribe.hanzi import name_sound
from monitor.lexicon.words import (
    adjective,
    food_word,
    inflected_adjective,
    inflections,
    noun,
    other_sense,
    phrases_holding,
    preposition,
)
from monitor.rules import matchers as m
from monitor.rules.ast import (
    TEXT_FIELDS,
    VALUE_FIELDS,
    And,
    Near,
    Node,
    Not,
    Or,
    Phrase,
    Ref,
    Regex,
    Scope,
    Term,
    to_query,
    walk,
)
from monitor.rules.parser import compile_regex, parse


def merge_words(matchers: list[m.Matcher]) -> list[m.Matcher]:
    """One matcher for all one-word alternatives that are matched alike (same case rule, fields):
    a term with twenty variants costs one index look-up per field, not twenty evaluations."""
    merged: dict[tuple[object, ...], m.Words] = {}
    others: list[m.Matcher] = []
    for matcher in matchers:
        if not isinstance(matcher, m.Words) or len(matcher.words) != 1:
            others.append(matcher)
            continue
        if matcher.exact is not None or matcher.prefixes is not None:
            others.append(matcher)
            continue
        key = (matcher.case, matcher.fields)
        seen = merged.get(key)
        if seen is None:
            merged[key] = matcher
        else:
            keys = tuple(dict.fromkeys((*seen.words[0], *matcher.words[0])))
            merged[key] = replace(seen, words=(keys,))
    return [*merged.values(), *others]


def _titled_only(expanded: Expanded) -> set[str]:
    """A name's writings that count only with a title or an honorific after them (`names.SURNAME`)."""
    from monitor.lexicon.names import SURNAME

    return {v.text for v in expanded.variants if v.sources == (SURNAME,)}


def _city_so_called(name: str) -> bool:
    """Whether GeoNames has a city spelt `name` of `SURNAME_TOWN_POPULATION` people or more."""
    from monitor.lexicon.namesources import cities

    return any(c.population >= SURNAME_TOWN_POPULATION for c in cities(name))


def _katakana(text: str) -> bool:
    """Written in katakana only (a foreign name in Japanese: プーチン)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(is_katakana(c) for c in letters)


# The lower-case particles of a Western surname (Ursula von der Leyen, Luiz da Silva, Vincent van Gogh).
GIVEN_ALONE_LEAST = 3  # Han characters of a first name found alone after a title (普拉博沃; not 马克)
KANA_GIVEN_ALONE_LEAST = 4  # kana of a first name found so (プラボウォ, アンワル; not キア, マーク)
# GeoNames' people in a place of a surname's spelling for the surname to be the place's in Japanese news: a
# smaller town is seldom named there (Greer, South Carolina, 28,000: グリア代表 is Jamieson Greer)
SURNAME_TOWN_POPULATION = 100_000
# An Arabic surname's article, joined by a hyphen (al-Sharaa, el-Sisi, ad-Dabaiba).
_ARABIC_ARTICLE = re.compile(r"(?:[Aa][lnrstdz]|[Ee]l|[Aa]sh)-(?=[A-Z])")
_SURNAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "le", "la"}
)


def _capitalised(word: str) -> bool:
    """A name's word: capitalised letters (Corina, Antonio), hyphens between them."""
    return word[:1].isupper() and word.replace("-", "").isalpha()


def _particle_either_case(tokens: Sequence[Token], shapes: tuple[str | None, ...]) -> tuple[str | None, ...]:
    """A surname's particles that open the rule's name capitalised (`De Jonge`, `Van der Plas`, `Von der
    Leyen`) in either case: Dutch, German and French write them in lower case after a given name (*Hugo de
    Jonge*, *Ursula von der Leyen*, *Charles de Gaulle*), capitalised where the surname stands alone. The
    capitalised word after them still tells the name from the words (*de jonge vrouw*)."""
    leading = 0
    while leading < len(tokens) - 1 and tokens[leading].text.lower() in _SURNAME_PARTICLES:
        leading += 1
    if not leading or shapes[leading] is None:
        return shapes
    return (None,) * leading + shapes[leading:]


_CYRILLIC_CONSONANT_END = re.compile("[бвгджзклмнпрстфхцчшщ]ь?$")


def _consonant_end(token: Token) -> bool:
    """Does a Cyrillic word end in a consonant, hard or soft (a masculine name's declension: Гор, Поль)?"""
    return bool(_CYRILLIC_CONSONANT_END.search(token.form))


def _locative(text: str, language: str) -> str:
    """A consonant-final Cyrillic name's prepositional (Гор: Горе, Поль: Поле; Ukrainian Лиман: Лимані)."""
    return text.removesuffix("ь") + LOCATIVE_ENDINGS[language]


def _has_cjk(text: str) -> bool:
    return any(is_cjk(c) for c in text)


def _joined(
    texts: list[str], found: list[m.Words | None], sounds: Collection[str] = ()
) -> list[m.Words | None]:
    """A name's variants of as many words, written alike, as one matcher whose each word takes any of
    their forms: transcription reads each word of a name its own few ways (Сэм or Сам, Альтман or
    Алтман), and every combination is as likely. Characters of Japanese are no words, so their
    variants stay apart; in a Chinese writing of more than two characters (`sounds`) a character is
    a sound, which writers write their few ways (贝 or 比, 里 or 丽), so those of as many characters
    are joined, but not two-character writings, a source's or a transcription's: Chad's 乍得 and 查德
    joined would find 查得, "checked"."""
    out: list[m.Words | None] = []
    where: dict[tuple[object, ...], int] = {}
    for text, words in zip(texts, found, strict=True):
        plain = words is not None and words.exact is None and words.prefixes is None
        if words is None or not plain or (_has_cjk(text) and text not in sounds):
            out.append(words)
            continue
        key = (len(words.words), words.fields, words.case, words.label)
        if key not in where:
            where[key] = len(out)
            out.append(words)
            continue
        seen = out[where[key]]
        assert seen is not None
        keys = tuple(tuple(sorted({*a, *b})) for a, b in zip(seen.words, words.words, strict=True))
        out[where[key]] = replace(seen, words=keys)
    return out


# A part of a name written part by part, of this many characters or more, may differ from every
# reading in one character where the other parts are as read (露西娅 or 卢西亚, 英格丽德 or 英格里德,
# 凯斯勒 or 凯斯莱): each writer picks the characters of a sound their own way. Shorter parts are
# other names (马丁 and 马克, Martin and Mark; a family's other members bear the surname too).
FUZZY_PART = 3
FUZZY_BESIDE = 2  # characters the other parts, read exactly, have at least beside such a part


@cache
def _name_character_class() -> str:
    """A regular expression's class of the characters transcriptions write (`hanzi.name_characters`)."""
    from monitor.lexicon.transcribe.hanzi import name_characters

    return "[" + "".join(sorted(name_characters())) + "]"


def _one_off_pattern(spellings: list[str], dot: bool, loose: bool = True) -> Any:
    """A regular expression for one part of a Chinese name written part by part, differing from its
    readings' characters, taken position by position as sets, in exactly one character, which is one
    a transcription writes; with the dot after it (`dot`: a given name before the surname). A part
    shorter than `FUZZY_PART` characters, or any part where not `loose`, differs only by a character
    of the same sound (`homophones`: 洪玛奈 for Hun Manet's 洪马奈), none where no such character is."""
    from monitor.lexicon.transcribe.hanzi import homophones

    by_length: dict[int, list[set[str]]] = {}
    for text in spellings:
        if len(text) >= FUZZY_PART - 1 and all(is_cjk(c) for c in text):
            sets = by_length.setdefault(len(text), [set() for _ in text])
            for i, char in enumerate(text):
                sets[i].add(char)
    named = _name_character_class()

    def other(chars: set[str], size: int) -> str | None:
        if size >= FUZZY_PART and loose:
            return named
        alike = {h for c in chars for h in homophones(c)} - chars
        return "[" + "".join(sorted(alike)) + "]" if alike else None

    alternatives = [
        "".join(alt if i == k else "[" + "".join(sorted(chars)) + "]" for i, chars in enumerate(sets))
        for size, sets in by_length.items()
        for k in range(len(sets))
        if (alt := other(sets[k], size)) is not None
    ]
    if not alternatives:
        return None
    return compile_regex("(?:" + "|".join(alternatives) + ")" + (f"[{NAME_DOTS}-]" if dot else ""))


def _dependent_name(token: Token, position: int) -> bool:
    """A capitalised word after a translated name's first, written in another form than its lemma: a
    name its head governs (Совет Европы, Банк Англии, Организация Объединённых Наций), whose form
    stays as the head declines (Совета Европы), so that its lemma matches no other case of it (дал
    совет Европе, "gave Europe advice")."""
    return position > 0 and is_capitalised(token.text) and set(token.keys) != {token.form}


def translated_phrase(tokens: list[Token]) -> bool:
    """Is a name's variant of these words a phrase of common words (*Олимпийские игры*, *Jeux
    olympiques*), which inflect as phrases do (*на Олимпийских играх*), rather than a name's own words
    (*Ким Чен Ын*), whose endings are a name's? A translated name leaves a word in lower case that is
    no name's particle (*von*, *de la*: shorter than `PHRASE_LETTERS`)."""
    return len(tokens) > 1 and any(t.case is Case.LOWER and len(t.text) >= PHRASE_LETTERS for t in tokens)


PHRASE_LETTERS = 4


def words_of(tree: Node) -> tuple[str, ...]:
    """The words and phrases a query searches for, once each (its context, for a term with several senses)."""
    return tuple(dict.fromkeys(n.text for n in walk(tree) if isinstance(n, Term | Phrase) and not n.exact))


# Languages whose articles capitalise more than names (German nouns; English headlines in Title Case):
# there a capital says nothing about a common word.
LOWER_CASE_EXEMPT = CAPITALISED_NOUNS | {"en"}

# A short word right before a period and a number is an abbreviation there (French and Polish *art. 7*,
# "article"; Italian *cap. 3*; German *Abs. 2*), not the rule word spelled like it.
ABBREVIATION_LETTERS = 4
# A name's guessed spelling this much (zipf) more used in the article's language than the name is in the
# rule's is mostly the word there (برهان, "proof", 3.8 against Burhan 2.2; not حماس, 4.7 against 3.6)
WORD_OVER_NAME = 1.5
# A Turkish name with a suffix and no apostrophe (Putine, Macronun) that the news uses this often is a word
# of its own (muska, an amulet, 3.2, for Musk; kimin, hanın); names so written are near 0 (Ankarada 3.5).
TR_BARE_ZIPF = 3.0
# Languages where a one-word name matches only the forms its endings and clitics spell out, never an
# article word through its lemma alone: German (a name takes only the -s) and Arabic (a name takes no
# indefinite accusative: the lemma table reads حائلا, "a barrier", as حائل, Hail's spelling).
FORMS_ONLY = CAPITALISED_NOUNS | {"ar"}
_NUMBERED = re.compile(r"\.\s?\d")


@dataclass(frozen=True)
class NotLookalike:
    """A `m.CaseRule.within` that rejects a rule word's hit in another language's article where the
    word found is the look-alike the lexicon's guard keeps out (`forms`, folded: Italian *data*,
    "date", which the equivalent *dati* reaches through its lemma *dato*), or an abbreviation followed
    by a number. Equal exclusions compare equal, so matchers that share one still merge."""

    forms: frozenset[str]
    language: str
    fold: Callable[[str, str | None], str]
    abbreviations: bool = True

    def __call__(self, text: str, start: int, end: int) -> bool:
        if self.abbreviations and end - start <= ABBREVIATION_LETTERS and _NUMBERED.match(text, end):
            return True
        return bool(self.forms) and self.fold(text[start:end], self.language) in self.forms


# A dictionary's equivalent is a lemma, but the lemma table may give it another word's lemma: Spanish
# *ganado* (livestock) is *ganar* there ("to win", so *ganó* matched), Italian *causa* (lawsuit) *causare*
# (*causato*), *messe* (harvest) *mettere*. Through that lemma only an article word that shares all but
# the last letter of the shorter of the two, and at least `OWN_LETTERS` letters, is taken (Italian
# *insegnanti* for *insegnante*, both *insegnare* in the table; Turkish *emekli* for *emeklilik*).
OWN_LETTERS = 6
SEEN_WORDS = 10_000  # article words an `OwnSpelling` remembers its answer for


@dataclass(frozen=True)
class OwnSpelling:
    """A `m.CaseRule.within` for the one-word dictionary equivalents of a term in another language:
    rejects a hit whose article word reaches none of `forms` (folded) by its own form, its lemma or a
    compound part, only through the lemma the table gives an equivalent, unless it is spelled nearly
    as that equivalent (see `OWN_LETTERS`). `then` is another exclusion asked first."""

    forms: frozenset[str]
    language: str
    analyzer: Analyzer
    then: m.Within | None = None
    modifier: ModifierSense | None = None  # whether a hit through a compound's modifier counts
    _seen: dict[str, bool] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def __call__(self, text: str, start: int, end: int) -> bool:
        if self.then is not None and self.then(text, start, end):
            return True
        word = text[start:end]
        rejected = self._seen.get(word)
        if rejected is None:
            if len(self._seen) >= SEEN_WORDS:
                self._seen.clear()
            rejected = self._seen[word] = self._rejects(word)
        return rejected

    def _rejects(self, word: str) -> bool:
        tokens = self.analyzer.analyse(word, self.language).tokens
        if self.modifier is not None and not self.modifier.allows(tokens, self.forms):
            return True  # *Staudamm* ("dam") for `"traffic jam"` through *Stau*
        keys = {k for t in tokens for k in t.all_keys}
        if keys & self.forms:
            return False
        form_of = tokens[0].form if tokens else ""
        for form in self.forms:
            shared = next((i for i, (a, b) in enumerate(zip(form_of, form, strict=False)) if a != b), None)
            shared = min(len(form_of), len(form)) if shared is None else shared
            if shared >= OWN_LETTERS and shared >= min(len(form_of), len(form)) - 1:
                return False
        return True


def english_plural(word: str) -> str:
    """An English noun's regular plural (*influencers*, *taxes*, *policies*): a borrowed word's, as the
    borrowing language's news writes it in Latin letters."""
    lower = word.lower()
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _translated(word: str, source: str, target: str) -> list[str]:
    """What the dictionaries translate `word` into (`lexicon.guard.ModifierSense` asks)."""
    from monitor.lexicon.dictionary import meanings

    return [t.text for t in meanings(word, source, target)]


@dataclass(frozen=True)
class Reach:
    """How far a rule's terms reach into other languages: its `expansion:` and `terms:` settings."""

    level: Expansion = Expansion.NORMAL
    kinds: tuple[tuple[str, Kind], ...] = ()  # terms whose kind the rule sets by hand

    def kind_of(self, text: str) -> Kind | None:
        return next((kind for term, kind in self.kinds if term == text), None)


@dataclass(frozen=True)
class _Context:
    query: str
    rule_lang: str
    article_lang: str
    fields: tuple[str, ...] = TEXT_FIELDS
    seen: tuple[str, ...] = ()  # building blocks being expanded, to catch cycles
    expand: bool = True  # bring the rule's own terms into other languages
    reach: Reach = Reach()
    context: tuple[str, ...] = ()  # the rule's words, for telling a term's senses apart


class Compiler:
    """Compiles queries against shared building blocks and concepts."""

    def __init__(
        self,
        analyzer: Analyzer,
        blocks: Mapping[str, str] | None = None,
        book: ConceptBook | None = None,
        lexicon: Lexicon | None = None,
    ) -> None:
        self.analyzer = analyzer
        self.blocks = dict(blocks or {})
        self.book = book
        self.lexicon = lexicon or (Lexicon(book, analyzer) if book is not None else None)
        self._members: dict[tuple[str, str, str, tuple[str, ...]], m.Matcher | None] = {}
        self._variants: dict[
            tuple[
                str,
                str,
                tuple[str, ...],
                Kind,
                frozenset[str],
                OwnSpelling | None,
                frozenset[str],
                tuple[frozenset[str], ...],
                bool,
            ],
            m.Words | None,
        ] = {}

    def compile(
        self,
        query: str,
        language: str = "en",
        article_language: str | None = None,
        *,
        expand: bool = True,
        reach: Reach = Reach(),
    ) -> m.Matcher:
        """The matcher of `query` (written in `language`) for articles in `article_language`."""
        tree = parse(query)
        context = words_of(tree)
        ctx = _Context(
            query, language, article_language or language, expand=expand, reach=reach, context=context
        )
        return self.node(tree, ctx)

    def part(
        self,
        node: Node,
        language: str,
        article_language: str,
        fields: tuple[str, ...],
        *,
        expand: bool = True,
        reach: Reach = Reach(),
        context: tuple[str, ...] = (),
    ) -> m.Matcher:
        """One part of a query on its own, as it is compiled inside the rule (for explanations)."""
        ctx = _Context(to_query(node), language, article_language, fields, expand=expand, reach=reach)
        return self.node(node, replace(ctx, context=context))

    def node(self, node: Node, ctx: _Context) -> m.Matcher:
        match node:
            case Scope(name, child):
                return self.node(child, replace(ctx, fields=(name,)))
            case Ref(name, pos):
                return self.ref(name, pos, ctx)
            case And(children):
                return m.all_of(tuple(self.node(c, ctx) for c in children))
            case Or(children):
                return m.AnyOf(tuple(self.node(c, ctx) for c in children))
            case Not(child):
                return m.NoneOf(self.node(child, ctx))
            case Near(left, right, distance):
                return m.Close(self.node(left, ctx), self.node(right, ctx), distance)
            case Regex(pattern, flags, pos):
                if ctx.fields[0] in VALUE_FIELDS:  # site/lang/tag values have no text to search
                    raise QuerySyntaxError(
                        f"{ctx.fields[0]}: takes a word, not a regular expression", ctx.query, pos
                    )
                return m.Pattern(to_query(node), compile_regex(pattern, flags), ctx.fields)
            case Term() | Phrase():
                return self.words(node, ctx)
        raise TypeError(f"not a query node: {node!r}")

    def ref(self, name: str, pos: int, ctx: _Context) -> m.Matcher:
        """`@name`: a building block, else a concept or place."""
        if name in ctx.seen:
            chain = " -> ".join(f"@{n}" for n in (*ctx.seen, name))
            raise QuerySyntaxError(f"building block refers to itself: {chain}", ctx.query, pos)
        if name in self.blocks:
            try:
                return self.node(parse(self.blocks[name]), replace(ctx, seen=(*ctx.seen, name)))
            except QuerySyntaxError as exc:  # positions inside the block are not the query's
                raise QuerySyntaxError(f"in building block @{name}: {exc.message}", ctx.query, pos) from None
        concept = self.book.get(name) if self.book else None
        if concept is None:
            known = ", ".join(f"@{n}" for n in sorted(self.blocks)) or "no blocks are defined"
            raise QuerySyntaxError(
                f"unknown building block or concept '@{name}' (blocks: {known})", ctx.query, pos
            )
        members = self.concept(concept, f"@{name}", ctx)
        return members or m.AnyOf(())

    def words(self, node: Term | Phrase, ctx: _Context) -> m.Matcher:
        if ctx.fields[0] in VALUE_FIELDS:
            wildcard = isinstance(node, Term) and node.wildcard
            return m.Value.of(ctx.fields[0], node.text, self.analyzer.fold, prefix=wildcard)
        analysed = self.analyzer.analyse(node.text, ctx.rule_lang)
        if not analysed.tokens:
            raise QuerySyntaxError(f"{to_query(node)} contains no words to match", ctx.query, node.pos)
        label = to_query(node)
        wildcard = isinstance(node, Term) and node.wildcard
        expanded = self.expanded(node, ctx)
        own = self.own(node, label, ctx, expanded)
        if node.exact or not ctx.expand or expanded is None:
            return own or m.AnyOf(())
        kind = expanded.kind.kind
        texts = [v.text for v in expanded.variants]
        parted = [t for t in texts if kind is Kind.NAME and _has_cjk(t) and "・" in t]
        titled = _titled_only(expanded) if kind is Kind.NAME else set()
        texts = [t for t in texts if t not in parted and t not in titled]
        guard = expanded.literal
        lookalike = frozenset({guard.lookalike}) if not guard.allowed and guard.lookalike else frozenset()
        looked_up = self.looked_up(expanded, ctx) if kind is Kind.WORD else {}
        phrases = self.phrase_forms(expanded, ctx) if kind is Kind.WORD else {}
        # a name's spelling that only the transcription gives, no source (برهان for Burhan, also "proof")
        guessed = {v.text for v in expanded.variants if v.evidence <= Evidence.TRANSCRIBED}
        # an equivalent that is also a function word of the article's language is matched inside compounds
        # and in its other forms, never alone, whichever equivalent's lemma reaches it (Swedish *mina*, "my",
        # through *min*)
        lookalike |= {self.analyzer.fold(v.text, ctx.article_lang) for v in expanded.variants if not v.alone}
        variants = []
        for t in texts:
            check, inflected = looked_up.get(t, (None, frozenset()))
            variants.append(
                self.variant(
                    t, label, ctx, kind, lookalike, check, inflected, phrases.get(t, ()), guessed=t in guessed
                )
            )
        found: list[m.Matcher | None] = list(variants)
        if kind is Kind.NAME:
            # the characters of a Chinese writing longer than two, a source's or the transcription's,
            # are sounds (敖德萨, 奥德萨); two characters mixed from two writings are likely a word or
            # another name (乍得 and 查德, Chad, would find 查得, "checked"; Merz's readings, one
            # character from each, would find 万斯, Vance)
            sounds = (
                {v.text for v in expanded.variants if len(v.text) > 2} if ctx.article_lang == "zh" else set()
            )
            found = [*_joined(texts, variants, sounds), *self.parted(parted, label, ctx)]
            if ctx.article_lang == "ja":
                # a person's surname before another given name is another person (野田聖子, Yoshihiko Noda)
                person = len(label.strip('"').split()) > 1
                alone = not_the_persons_surname_alone if person else not_a_surname_alone
                found += self.surname_alone(parted, label, ctx)
                found += self.titled(sorted(titled), label, ctx, alone)
            elif ctx.article_lang == "zh":
                found += self.surname_alone(parted, label, ctx)
                found += self.pinyin_sounds(label, ctx)
        parts = tuple(merge_words([p for p in (own, *found) if p is not None]))
        if wildcard and not expanded.variants:  # a stem starting several concepts' members: its own words
            return own or m.AnyOf(())
        return parts[0] if len(parts) == 1 else m.AnyOf(parts)

    def expanded(self, node: Term | Phrase, ctx: _Context) -> Expanded | None:
        """What the lexicon says of this term in the article's language (None without a lexicon)."""
        if self.lexicon is None:
            return None
        return self.lexicon.expand(
            node.text,
            ctx.rule_lang,
            ctx.article_lang,
            exact=node.exact,
            wildcard=isinstance(node, Term) and node.wildcard,
            override=ctx.reach.kind_of(node.text),
            context=ctx.context,
            level=ctx.reach.level,
        )

    def own(
        self, node: Term | Phrase, label: str, ctx: _Context, expanded: Expanded | None
    ) -> m.Words | None:
        """The term's own spelling, as the lexicon allows it in the article's language (None: not at all)."""
        if isinstance(node, Term) and node.wildcard:  # words of the rule's language starting with the stem
            stem_keys, _, prefixes = self.stemmed((node.text,), (True,), ctx.rule_lang)
            return m.Words(label, tuple(stem_keys), None, tuple(prefixes), ctx.fields)
        tokens = self.analyzer.analyse(node.text, ctx.rule_lang).tokens
        if node.exact:
            return m.Words(
                label, tuple(t.keys for t in tokens), tuple(t.text for t in tokens), None, ctx.fields
            )
        kind = expanded.kind.kind if expanded is not None else Kind.WORD
        same = ctx.article_lang == ctx.rule_lang
        if kind is Kind.ACRONYM:
            return self.acronym(node.text, label, ctx)
        keys = tuple(t.keys if same else (t.form,) for t in tokens)  # never another language's lemmas
        if kind is Kind.WORD:
            if expanded is not None and not expanded.literal.allowed:
                return None  # a common word of the article's language that only looks like the rule's
            within: m.Within | None = (
                None if same else self.not_lookalike(frozenset(), ctx.article_lang, tokens)
            )
            if not same and len(tokens) == 1:  # *Golfström*, the Gulf Stream, for `golf`: `ModifierSense`
                modifier = ModifierSense(node.text, ctx.rule_lang, ctx.article_lang, _translated)
                forms = frozenset(tokens[0].keys[:1])
                within = OwnSpelling(forms, ctx.article_lang, self.analyzer, within, modifier)
                within = self.in_other_phrase(label, ctx, within)  # not *Golf von Mexiko*
            # capitalised inside a sentence it is a name there, as for the equivalents (`word_case`):
            # Dutch *op de Dam* is Amsterdam's square, not `dam`
            case = (
                self.word_case(tokens, self.named(ctx.article_lang))
                if not same and ctx.article_lang not in LOWER_CASE_EXEMPT
                else None
            )
            if case is not None and ctx.article_lang in OTHER_SCRIPTS and node.text.isascii():
                case = replace(case, foreign=True)  # not *Apple приостановила...* for `apple`
            if within is not None:
                case = replace(case or m.CaseRule((None,) * len(tokens)), within=within)
            if expanded is not None and expanded.borrowed and len(tokens) == 1:  # los influencers
                # its English plural too, where the language has none of its own for it (Greek news
                # writes *influencers* in Latin letters) or writes the loan's plural as English does
                forms = self._inflections(node.text, ctx.article_lang) | {
                    self.analyzer.fold(english_plural(node.text), ctx.article_lang)
                }
                keys = (tuple(dict.fromkeys((*keys[0], *sorted(forms)))),)
            return m.Words(label, keys, None, None, ctx.fields, case)
        case = self.name_case(tokens, ctx.article_lang, own=not same, term=(label, ctx.rule_lang))
        common_turkish = ctx.article_lang == "tr" and case.first == m.FIRST_UNLESS_COMMON
        if len(tokens) == 1 and not same and (ctx.article_lang in CAPITALISED_NOUNS or common_turkish):
            # not *Wüste* for `Wüst` through its lemma, nor *Fidanlar* for Fidan (see `name_variant`)
            case = replace(case, forms=frozenset(keys[0]))
        return m.Words(label, keys, None, None, ctx.fields, case)

    def acronym(self, text: str, label: str, ctx: _Context) -> m.Words:
        """`US`: *US*, *U.S.*, *U.S*; title case (*Nato*) too, except where it spells a common word and
        nothing but its place tells them apart: at a sentence's start, or in a language that
        capitalises nouns (Italian *Nato* mid-sentence is NATO, *Nato* opening one may be "born").
        There it must be a word the dictionaries give senses of (`WHO`: *who*), not only a frequent
        spelling: German writes *Nasa*, *Unesco* and *Fifa* in title case, as British English does."""
        folded = self.analyzer.fold(text, ctx.article_lang)
        dotted = ".".join(folded)
        keys = (folded, dotted + ".", dotted)
        languages = dict.fromkeys((ctx.article_lang, ctx.rule_lang))
        frequent = [lang for lang in languages if self._common(folded, lang)]
        common = bool(frequent)
        nouns = ctx.article_lang in CAPITALISED_NOUNS or ctx.article_lang == ctx.rule_lang
        worded = common and nouns and any(self._a_word(folded, lang) for lang in frequent)
        shape = m.UPPER if worded else m.CAPITAL
        return m.Words(
            label,
            (keys,),
            None,
            None,
            ctx.fields,
            m.CaseRule((shape,), confirm=common, first=m.FIRST_NEVER if common else m.FIRST_ANY),
        )

    def name_case(
        self,
        tokens: list[Token],
        language: str,
        *,
        own: bool = False,
        term: tuple[str, str] | None = None,
        guessed: bool = False,
    ) -> m.CaseRule:
        """A name's words are capitalised where its spelling capitalises them. The rule's own spelling
        of a one-word name that is also a common word of the article's language (Portuguese *lula*,
        squid, for `Lula`) does not count at a sentence's start, where every word is capitalised."""
        shapes = _particle_either_case(
            tokens, tuple(m.CAPITAL if is_capitalised(t.text) else None for t in tokens)
        )
        common = own and len(tokens) == 1 and self._common_or_translated(tokens[0].form, language)
        context = self.name_context(tokens, language, term)
        if (
            guessed
            and isinstance(context, NameContext)  # asked first: most names have no context to make strict
            and term is not None
            and (
                self._article_guessed(context, term) or self._far_more_a_word(tokens[0].text, language, term)
            )
        ):
            context = replace(context, introduced=True)
            from monitor.lexicon.names import common_nisba_feminine

            if context.bare and common_nisba_feminine(context.written, language):
                context = replace(context, bare=False)  # not زيوت نباتية, nor أصبح نباتيا, for Nabatieh
        elif guessed and context is None and term is not None and not self._article_written(term):
            # Aoun: أوان, not الأوان (the time); Meta: ميتا, not ميتا "dead" (ميت, tanween unwritten)
            from monitor.lexicon.names import guessed_accusative_context, guessed_bare_context

            one = tokens[0].text if len(tokens) == 1 else ""
            bare = guessed_bare_context(one, language) if one else None
            context = bare or (guessed_accusative_context(one, language) if one else None)
        if context is None and len(tokens) == 1 and language in OPENING_INTRODUCED:
            # not *Мак цветёт* for Mack, nor GeoNames' *Сокол* (a town) in *Сокол парил* for Sokol
            from monitor.lexicon.names import opening_word

            context = opening_word(tokens[0].text, language)
        single = len(tokens) == 1
        if context is None and single and language in LOCATIVE_ENDINGS and _consonant_end(tokens[0]):
            # not *Горе матери* ("grief") for Gore's Гор: a prepositional never opens a sentence
            context = LocativeOpening(self.analyzer.fold(_locative(tokens[0].text, language), language))
        adjectival = single and language in CAPITALISED_ADJECTIVES and self.lexicon is not None
        if context is None and adjectival and inflected_adjective(tokens[0].text, language):
            # not *de Albanese regering* for Albanese: Dutch capitalises a demonym's adjective
            context = AttributiveAdjective(language, tokens[0].text, noun)
        within: m.Within | None = None
        latin = len(tokens) == 1 and term is not None and language not in OTHER_SCRIPTS
        if latin and self.lexicon is not None and term is not None:  # not York in New York
            from monitor.lexicon.names import common_phrases, country_phrases

            name = term[0].strip('"')
            within = InsideAnotherPlace(_city_keys(name), _city_keys)
            if name.isalpha():  # not Soudan du Sud, nor Zuid-Soedan, for Sudan
                within = InCommonPhrase(language, country_phrases, within, whole=True)
            within = InCommonPhrase(language, common_phrases, within)  # not choux de Bruxelles
            folded = self.analyzer.fold(name, language)
            within = NamedFood(language, folded, food_word, within)  # not jambon de Bayonne
        elif language == "ar" and len(tokens) == 1 and term is not None and self.lexicon is not None:
            from monitor.lexicon.names import arabic_phrases, phrase_names_other

            # not مسقط رأسه (his birthplace) for Muscat, nor طبيب العيون (an eye doctor) for Laayoune
            means = partial(phrase_names_other, term[0].strip('"'))
            within = InCommonPhrase(language, arabic_phrases, means=means, construct=True)
        elif language in ("ru", "uk") and len(tokens) == 1 and term is not None and self.lexicon is not None:
            from monitor.lexicon.endings import nominatives  # not Белгород in Белгорода-Днестровского

            within = InsideAnotherDeclinedPlace(_city_keys(term[0].strip('"')), _city_keys, nominatives)
        first = m.FIRST_UNLESS_COMMON if common else m.FIRST_ANY
        opening = None
        if common and self.lexicon is not None and language not in CAPITALISED_NOUNS:
            # not *Conte e contessa*, *Speranza per i minatori*
            opening = OpeningWord(language, self.lexicon.frequencies.zipf, preposition, adjective)
        return m.CaseRule(shapes, first=first, within=within, context=context, opening=opening)

    def name_context(
        self, tokens: list[Token], language: str, term: tuple[str, str] | None
    ) -> m.Context | None:
        """How a one-word name that is also a common word of `language` is told from it (German
        *Koch*: `lexicon.guard.NameContext`); none for the rule's own term (`term`: as written, and
        the rule's language) where the rule's language never uses it: its author wrote the
        article's word (`Erdbeben` in an English rule), as the look-alike guard also reads it;
        unless it is only another word's inflected form (`NameContext.inflected`: *Reiche*), which
        no author types for the word."""
        names = self.lexicon.names if self.lexicon is not None else None
        if names is None or self.lexicon is None or len(tokens) != 1:
            return None
        context = names.context(tokens[0].text, language)
        if context is not None and term is not None:
            written, rule_lang = term
            text = written.strip('"')
            frequencies = self.lexicon.frequencies
            own = self.analyzer.fold(text, language) == context.word
            foreign = frequencies.knows(rule_lang) and frequencies.zipf(text, rule_lang) == 0
            if own and foreign and not context.inflected:
                return None
        return context

    def name_variant(self, text: str, label: str, ctx: _Context, *, guessed: bool = False) -> m.Words | None:
        """A name as the article's language writes it, with that language's endings and clitics
        (Путина, Putinowi, Turkish apostrophe suffixes, Arabic clitics), each word matched as the
        tokeniser splits it. A name the language translates into a phrase of its common words
        (`translated_phrase`) inflects as those words do, through their lemmas as well."""
        tokens = self.analyzer.analyse(text, ctx.article_lang).tokens
        if not tokens:
            return None
        words = [t.text for t in tokens]
        per_word = word_forms(" ".join(words), ctx.article_lang, self._bare_suffixed)
        if len(per_word) != len(tokens):  # the tokeniser splits it otherwise: its words as they are
            per_word = [{w} for w in words]
        phrase = translated_phrase(tokens)
        keys = tuple(
            tuple(
                sorted(
                    {self.analyzer.fold(f, ctx.article_lang) for f in forms}
                    | set(t.keys if phrase and not _dependent_name(t, i) else (t.form,))
                )
            )
            for i, (forms, t) in enumerate(zip(per_word, tokens, strict=True))
        )
        if len(tokens) == 1 and text[:1].islower():  # a language's common noun for it: its noun's endings
            keys = (tuple(sorted({*keys[0], *self._inflections(text, ctx.article_lang)})),)  # olympialaisiin
        # the rule's own spelling among the variants (French *Petit* for `Petit`) is read as on its own
        own = ctx.article_lang != ctx.rule_lang and self.analyzer.fold(text, ctx.article_lang) == (
            self.analyzer.fold(label.strip('"'), ctx.article_lang)
        )
        case = self.name_case(tokens, ctx.article_lang, own=own, term=(label, ctx.rule_lang), guessed=guessed)
        common_turkish = ctx.article_lang == "tr" and case.first == m.FIRST_UNLESS_COMMON
        if len(tokens) == 1 and not phrase and (ctx.article_lang in FORMS_ONLY or common_turkish):
            # not *Wüste* for `Wüst` through its lemma, nor حائلا ("a barrier"; lemma حائل) for Hail; nor
            # *Fidanlar* ("saplings", lemma *fidan*) for Fidan: a Turkish name that is also a common word
            # takes its suffixes after an apostrophe (*Fidan'ın*), the word's inflections are the noun's
            case = replace(case, forms=frozenset(keys[0]))
        if len(tokens) == 1 and ctx.article_lang in COMPOUNDING and ctx.article_lang != ctx.rule_lang:
            # a name inside a closed compound that the dictionaries know as another word: *Romantik*
            # ("romanticism") is not `Rome` through *Rom*; *Gazastreifen* ("Gaza Strip") is `Gaza`
            sense = ModifierSense(
                label.strip('"'), ctx.rule_lang, ctx.article_lang, _translated, hyphens=False
            )
            within = OwnSpelling(frozenset(keys[0]), ctx.article_lang, self.analyzer, case.within, sense)
            case = replace(case, within=within)
        return m.Words(label, keys, None, None, ctx.fields, case)

    @staticmethod
    def word_case(tokens: list[Token], named: m.Named | None = None) -> m.CaseRule | None:
        """A common word written in lower case does not match a word capitalised inside a sentence,
        which is a name there (Polish *nad Odrą*, the river, is not *odra*, measles), unless it is
        in a longer name (`named`: which words opening a sentence are names; see `m._in_title`)."""
        if not tokens or any(is_capitalised(t.text) for t in tokens):
            return None
        return m.CaseRule(tuple(m.LOWER for _ in tokens), named=named)

    def named(self, language: str) -> m.Named | None:
        """Which words opening a sentence of `language` are names, as the name sources know them."""
        names = self.lexicon.names if self.lexicon is not None else None
        return m.KnownName(language, names.known) if names is not None else None

    @staticmethod
    def _a_word(word: str, language: str) -> bool:
        """A spelling (frequent in `language`) that the dictionaries also give senses of a common word
        (*who*, *it*): not an acronym that wordfreq counts because the press writes it so (*Nasa*,
        *Unesco*)."""
        from monitor.lexicon.names import word_senses

        return bool(word_senses(word, language))

    def _common(self, word: str, language: str) -> bool:
        if self.lexicon is None:
            return False
        return self.lexicon.frequencies.zipf(word, language) >= COMMON_ZIPF

    def _common_or_translated(self, word: str, language: str) -> bool:
        """`_common`, or less frequent but a common word the dictionaries agree on (`names.name_context`'s
        rarer band: Dutch *klaver*, clover, at 3.49), which opening a sentence is told from the name as
        a more frequent word is (*Klaver en gras*)."""
        if self._common(word, language):
            return True
        if self.lexicon is None or self.lexicon.frequencies.zipf(word, language) < LOOKALIKE_ZIPF:
            return False
        from monitor.lexicon.names import RARE_MEANING_SOURCES, word_senses

        return bool(word_senses(word, language, sources=RARE_MEANING_SOURCES))

    def _bare_suffixed(self, form: str) -> bool:
        """Whether a Turkish name with a suffix and no apostrophe is a word of Turkish news (`word_forms`)."""
        return self.lexicon is not None and self.lexicon.frequencies.zipf(form, "tr") >= TR_BARE_ZIPF

    @classmethod
    def _article_guessed(cls, context: NameContext, term: tuple[str, str]) -> bool:
        """Whether a guessed Arabic spelling with the article that is also a common word (الأسد, the lion,
        for Assad) took the article from the transcription, not from the rule's name (Al Jazeera)."""
        return context.articled and not cls._article_written(term)

    @staticmethod
    def _article_written(term: tuple[str, str]) -> bool:
        """Whether the rule's name writes the Arabic article (`names.writes_article`)."""
        from monitor.lexicon.names import writes_article

        return writes_article(term[0].strip('"'))

    def _far_more_a_word(self, word: str, language: str, term: tuple[str, str]) -> bool:
        """Whether a name's guessed spelling is used in the article's language far more than the name
        in the rule's (برهان, "proof", 3.8 against Burhan 2.2): then mostly the word. Not ماسك for Musk
        (3.6, 3.5) nor حماس for Hamas (4.7, 3.6), where the name is what the news writes."""
        if self.lexicon is None:
            return False
        label, rule_lang = term
        return (
            self.lexicon.frequencies.zipf(word, language)
            >= self._name_zipf(label, rule_lang) + WORD_OVER_NAME
        )

    def _name_zipf(self, label: str, language: str) -> float:
        """How much `language` uses a name: its most used word's zipf (*musk* 3.5 for Elon Musk), the
        measure a spelling of it that is also a word is weighed against."""
        if self.lexicon is None:
            return 0.0
        zipf = self.lexicon.frequencies.zipf
        return max((zipf(w, language) for w in label.strip('"').lower().split()), default=0.0)

    @staticmethod
    def _joined_senses(words: tuple[str, ...], label: str) -> frozenset[str]:
        """The common sense's words of a one-word katakana name (`names.joined_senses`)."""
        from monitor.lexicon.names import joined_senses

        return joined_senses(words[0], label.strip('"')) if len(words) == 1 else frozenset()

    @staticmethod
    def _its_own_word(words: tuple[str, ...], label: str) -> bool:
        """Is a one-word katakana name the Japanese word for its own English word (`names.its_own_word`)?"""
        from monitor.lexicon.names import its_own_word

        return len(words) == 1 and its_own_word(words[0], label.strip('"'))

    def _a_loanword(self, words: tuple[str, ...], label: str, ctx: _Context) -> bool:
        """Is a one-word name's katakana a word JMdict gives as borrowed (サーブ, a serve, 3.3, for the
        firm Saab), that Japanese news writes (`KNOWN_KATAKANA_ZIPF`) more than the rule's language
        writes the name (saab 3.1)? Less common than `_more_a_word` asks (which weighs サブ, sub, the
        spelling without its length mark, and so the match the text's サーブ at that floor), a loanword
        is still a word and no name: bare, the text means the word (`own_katakana_word`: サーブを連発
        した); a name is marked as one (防衛大手サーブ, サーブ社). Not for a name known to the name
        sources (a place GeoNames has), whose bare katakana Japanese news writes for it (シカゴ)."""
        from monitor.lexicon.namesources import loanword_glosses

        names = self.lexicon.names if self.lexicon is not None else None
        if len(words) != 1 or self.lexicon is None or (names and names.known(words[0], ctx.article_lang)):
            return False
        used = self.lexicon.frequencies.zipf(words[0], ctx.article_lang)
        return (
            used >= KNOWN_KATAKANA_ZIPF
            and used > self._name_zipf(label, ctx.rule_lang)
            and bool(loanword_glosses(words[0]))
        )

    def _kanji_word(self, kanji: str, label: str, ctx: _Context) -> bool:
        """Are a name's kanji a common word that means something else (`names.kanji_word`)? Not for a
        country or a region of the concept book, which Japanese writes bare."""
        from monitor.lexicon.names import kanji_word

        return kanji_word(kanji, label.strip('"')) and not self._book_place(label.strip('"'), ctx.rule_lang)

    def _a_place(self, label: str, language: str) -> bool:
        """Is the rule's term a place: one of the concept book's, or a city GeoNames knows?"""
        from monitor.lexicon.names import name_info

        text = label.strip('"')
        return self._book_place(text, language) or bool(name_info(text).places)

    def _international_short(self, written: str, label: str, ctx: _Context) -> bool:
        """Is `written` the short form of an international body's Chinese name that the concept book
        gives with it (原子能机构 beside 国际原子能机构, the IAEA)?"""
        if self.book is None:
            return False
        found = self.book.find(label.strip('"'), ctx.rule_lang)
        return any(INTERNATIONAL + written in c.members.get("zh", ()) for c in found)

    def _japanese_place(self, word: str) -> bool:
        """Is `word`, katakana, a place: a country or a place of the concept book, or a city GeoNames
        knows so written (ロシア, ロンドン)?"""
        from monitor.lexicon.namesources import cities

        return self._book_place(word, "ja") or bool(cities(word))

    def _book_place(self, text: str, language: str) -> bool:
        """Is `text` a place of the concept book (a country, a region) in `language`?"""
        return self.book is not None and any(c.place for c in self.book.find(text, language))

    def _more_a_word(self, katakana: str, label: str, ctx: _Context) -> bool:
        """Whether a name's katakana is a common Japanese word more than it is the name: used more in
        Japanese than the name in the rule's language (マスク 4.4 against musk 3.5; ゴマ, sesame, for
        Goma). Japanese writes foreign names and loanwords alike in katakana, so frequency alone would
        make the names Japanese news writes most (ワシントン 4.2, トランプ 4.2) words; their names are
        used more still in English (5.1, 4.9). Length marks and small ッ are not compared (`SILENT_KANA`),
        so JMnedict's カッラス for Kallas is the crow カラス as much as the transcribed カラス is. Only a
        word the dictionaries give a common sense is one (`names.katakana_word`): Japanese news writes
        Japan's firms more than English news does (トヨタ, ソフトバンク), and they are no words."""
        from monitor.lexicon.names import katakana_word

        if self.lexicon is None:
            return False
        zipf = self.lexicon.frequencies.zipf
        unmarked = "".join(c for c in katakana if c not in SILENT_KANA)
        used = max(zipf(katakana, ctx.article_lang), zipf(unmarked, ctx.article_lang))
        if used < COMMON_ZIPF or used <= self._name_zipf(label, ctx.rule_lang):
            return False
        return katakana_word(katakana) or katakana_word(unmarked)

    def not_lookalike(
        self, lookalike: frozenset[str], language: str, tokens: list[Token]
    ) -> NotLookalike | None:
        """The exclusion a word's matcher in another language needs: the look-alike where its keys
        reach it (a lemma they share), abbreviations where it is short enough to be one; else None."""
        reached = frozenset(
            form
            for form in lookalike
            if any(
                set(t.keys) & set(a.keys)
                for t in tokens
                for a in self.analyzer.analyse(form, language).tokens
            )
        )
        short = len(tokens) == 1 and len(tokens[0].form) <= ABBREVIATION_LETTERS
        if not reached and not short:
            return None
        return NotLookalike(reached, language, self.analyzer.fold, short)

    def looked_up(self, expanded: Expanded, ctx: _Context) -> dict[str, tuple[OwnSpelling, frozenset[str]]]:
        """For each one-word variant from a dictionary in another language: the check its hits get
        (`OwnSpelling`) and its regular inflected forms (`words.inflections`), folded."""
        if ctx.article_lang == ctx.rule_lang:
            return {}
        lang = ctx.article_lang
        texts = [v.text for v in expanded.variants if v.evidence < Evidence.CURATED and " " not in v.text]
        inflected = {t: self._inflections(t, lang) for t in texts}
        forms = frozenset(self.analyzer.fold(t, lang) for t in texts).union(*inflected.values())
        modifier = ModifierSense(expanded.term, ctx.rule_lang, lang, _translated)
        check = OwnSpelling(forms, lang, self.analyzer, modifier=modifier)
        return {t: (check, inflected[t]) for t in texts}

    def _inflections(self, word: str, language: str) -> frozenset[str]:
        """A dictionary word's regular inflected forms (`words.inflections`), folded."""
        return frozenset(self.analyzer.fold(f, language) for f in inflections(word, language))

    def phrase_forms(self, expanded: Expanded, ctx: _Context) -> dict[str, tuple[frozenset[str], ...]]:
        """For each variant of several words from a dictionary in another language: each word's regular
        inflected forms (`words.inflections`), folded. A phrase inflects word by word (*смертная казнь*:
        *смертной казни*), and the lemma table does not always lead a word back to the dictionary's
        headword (*казни* is *казнить* there), as it does not for one-word equivalents (`looked_up`)."""
        if ctx.article_lang == ctx.rule_lang:
            return {}
        lang = ctx.article_lang
        found: dict[str, tuple[frozenset[str], ...]] = {}
        for v in expanded.variants:
            if v.evidence >= Evidence.CURATED or " " not in v.text.strip():
                continue
            tokens = self.analyzer.analyse(v.text, lang).tokens
            forms = tuple(self._inflections(t.text, lang) for t in tokens)
            if any(forms):
                found[v.text] = forms
        return found

    def variant(
        self,
        text: str,
        label: str,
        ctx: _Context,
        kind: Kind,
        lookalike: frozenset[str] = frozenset(),
        looked_up: OwnSpelling | None = None,
        inflected: frozenset[str] = frozenset(),
        phrase: tuple[frozenset[str], ...] = (),
        *,
        guessed: bool = False,
    ) -> m.Words | None:
        """One variant of a term in the article's language, analysed there; None when it has no words.
        A word's variant does not match the look-alike its term's own spelling is kept from.

        A one-word variant that a dictionary gave is matched as `looked_up` says (`OwnSpelling`), with
        its `inflected` forms; a phrase's words with theirs (`phrase`, see `phrase_forms`). A name's
        `guessed` spelling (transcribed, no source gives it) that is also a common word counts only
        where its context introduces a name (`NameContext.introduced`)."""
        if ctx.article_lang == "zh":  # a traditional writing is its simplified one, as folding compares them
            from monitor.lexicon.sources.cedict import simplified_characters

            plain = simplified_characters(text)
            if plain != text and kind is Kind.WORD:
                # a word's simplified form may be another's too (穫, harvest, and 獲, to obtain: 获); the
                # sources give the simplified writing they mean, which is matched
                return None
            text = plain
        key = (text, ctx.article_lang, ctx.fields, kind, lookalike, looked_up, inflected, phrase, guessed)
        bare = text.removeprefix("=")
        if key not in self._variants and is_acronym(bare):  # ONU, =WHO: matched as acronyms are
            self._variants[key] = self.acronym(bare, label, ctx)
        if (
            key not in self._variants
            and kind is Kind.NAME
            and Member.parse(text).plain
            and not _has_cjk(text)
        ):
            self._variants[key] = self.name_variant(text, label, ctx, guessed=guessed)
        if key not in self._variants:
            matcher = self.member(Member.parse(text), label, ctx)
            if matcher is not None and not matcher.exact:
                words = Member.parse(text).words
                tokens = self.analyzer.analyse(" ".join(words), ctx.article_lang).tokens
                term = (label, ctx.rule_lang)
                case = self.name_case(tokens, ctx.article_lang, term=term) if kind is not Kind.WORD else None
                if case is not None and _katakana(" ".join(words)):
                    common = len(words) == 1 and self._more_a_word(words[0], label, ctx)  # マスク: a mask
                    names = self.lexicon.names if self.lexicon is not None else None
                    common = common and not (names and names.known(words[0], ctx.article_lang))  # シカゴ
                    places = self.book.find(words[0], ctx.article_lang) if self.book is not None else []
                    common = common and not any(c.place for c in places)  # ロシア
                    own = self._its_own_word(words, label) and not any(c.place for c in places)
                    loan = not (own or places) and self._a_loanword(words, label, ctx)  # サーブ, a serve
                    kana: m.Within = inside_katakana_word
                    if common or own or loan:  # ビザ, a visa, for Visa: the English word's frequency
                        kana = own_katakana_word if own or loan else common_katakana_word
                    common = common or own or loan
                    joined = self._joined_senses(words, label)
                    if not common and joined:
                        kana = JoinedSense(joined, inside_katakana_word)  # not トランプ遊び, playing cards
                    if len(words) == 1:  # not ソナ (Sona) in ソナー, sonar
                        zipf = self._name_zipf(label, ctx.rule_lang)
                        kana = WrittenAsWord(words[0], zipf, kana, word=fold(label.strip('"')))
                    if len(words) == 1 and self._a_place(label, ctx.rule_lang):  # not ワシントン・ポスト
                        kana = StartsAnotherName(self._japanese_place, kana)
                        name = label.strip('"')
                        country = self._book_place(name, ctx.rule_lang)
                        if not country:  # a country goes bare: イラン
                            kana = PlaceAsWord(fold(name), kana)  # not コニャック, the brandy
                        kana = NamedAfterPlace(name, country, kana)  # not パナマ帽, a panama hat
                        from monitor.lexicon.names import countries_holding

                        if longer := countries_holding(words[0], ctx.article_lang):  # not 南スーダン
                            kana = InsideAnotherCountry(longer, kana)
                    case = replace(case, within=kana)
                elif case is not None and ctx.article_lang == "zh" and _has_cjk(text):
                    # a name written as a common word (联想, Lenovo: "to associate") only where marked as one
                    from monitor.lexicon.namesources import japanese_firm

                    boundary = chinese_name_boundary(bare)
                    if japanese_firm(label.strip('"')):  # 丰田章男 is Akio Toyoda, not Toyota
                        boundary = BeforeGivenName(boundary)
                    if self._international_short(bare, label, ctx):  # 中国国家原子能机构 is no IAEA
                        boundary = NationalNotInternational(boundary)
                    if self._a_place(label, ctx.rule_lang):  # 凯蒂·霍姆斯, Katie Holmes, is no Homs
                        boundary = PlaceInPersonsName(boundary)
                    case = replace(case, within=boundary)
                elif case is not None and ctx.article_lang == "ja" and han(text):  # not 京都 in 東京都
                    kanji: m.Within = inside_japanese_word
                    if not self._a_place(label, ctx.rule_lang):  # not 楽天 in 楽天的, optimistic
                        kanji = self.heading_word(label, ctx, kanji)
                    else:  # not 小松菜, a leaf vegetable, for Komatsu
                        name = label.strip('"')
                        kanji = NamedAfterPlace(name, self._book_place(name, ctx.rule_lang), kanji)
                    if self._kanji_word(bare, label, ctx):  # not 森, a forest, for Mori
                        kanji = KanjiAsWord(kanji)
                    elif not self._a_place(label, ctx.rule_lang) and quantity_word(bare):
                        kanji = BeforeQuantity(kanji)  # not 日産10万バレル, daily output
                    case = replace(case, within=kanji)
                if kind is Kind.WORD and ctx.article_lang not in LOWER_CASE_EXEMPT:
                    case = self.word_case(tokens, self.named(ctx.article_lang))
                if kind is Kind.WORD and ctx.article_lang != ctx.rule_lang:
                    within: m.Within | None = self.not_lookalike(lookalike, ctx.article_lang, tokens)
                    # one Han character is one token too
                    han_word = ctx.article_lang in ("zh", "ja") and han(text)
                    if looked_up is not None and len(tokens) == 1 and not han_word:
                        within = self.in_other_phrase(label, ctx, replace(looked_up, then=within))
                        if ctx.article_lang in AUXILIARIES and not past_form(label.strip('"')):
                            within = AfterAuxiliary(
                                ctx.article_lang, self._verb_lemmas(ctx.article_lang), within
                            )
                    elif looked_up is not None and ctx.article_lang == "zh" and han(text):  # 相机|场景
                        within = self.inside_longer(label, ctx, AcrossWords(ctx.article_lang, then=within))
                    elif looked_up is not None and _katakana(text):  # not ダム in アムステルダム
                        within = InsideKatakana(within)
                    elif looked_up is not None and ctx.article_lang == "ja" and han(text):  # not 獣医師
                        within = self.inside_longer(label, ctx, within)
                    if within is not None:
                        case = replace(case or m.CaseRule((None,) * len(tokens)), within=within)
                matcher = replace(matcher, case=case)
                if inflected and len(matcher.words) == 1:
                    matcher = replace(matcher, words=(tuple(dict.fromkeys((*matcher.words[0], *inflected))),))
                elif phrase and len(phrase) == len(matcher.words):
                    inflects = tuple(
                        tuple(dict.fromkeys((*keys, *sorted(forms))))
                        for keys, forms in zip(matcher.words, phrase, strict=True)
                    )
                    matcher = replace(matcher, words=inflects)
            self._variants[key] = matcher
        found = self._variants[key]
        return replace(found, label=label) if found is not None and found.label != label else found

    def _verb_lemmas(self, language: str) -> Callable[[str], tuple[str, ...]]:
        """What the lemma table leads an article word of `language` to besides its own form (`AfterAuxiliary`
        asks: *raccogliere* for *raccolto*)."""

        def lemmas(word: str) -> tuple[str, ...]:
            return tuple(k for t in self.analyzer.analyse(word, language).tokens[:1] for k in t.keys[1:])

        return lemmas

    @staticmethod
    def in_other_phrase(label: str, ctx: _Context, then: m.Within | None) -> m.Within | None:
        """The check that a one-word equivalent's hit (or the term's own spelling's) is not a word of a
        dictionary phrase that means something else (*media pensión* for `pension`:
        `words.other_sense`); not in the languages matched by characters, whose words are
        not apart (`segments.InsideLongerWord` looks there)."""
        if tokeniser(ctx.article_lang) == "characters":
            return then
        term = label.strip('"')
        means = partial(other_sense, language=ctx.article_lang, term=term, source=ctx.rule_lang)
        return InCommonPhrase(ctx.article_lang, phrases_holding, then, f"{ctx.rule_lang}:{term}", means)

    @staticmethod
    def inside_longer(label: str, ctx: _Context, then: m.Within | None) -> InsideLongerWord:
        """The check that a kanji or hanzi equivalent's hit is not inside a longer word meaning something
        else (人種差別, 种族歧视: "racial discrimination", for `race`). Chinese words are read by
        CC-CEDICT's own definitions, the one dictionary from Chinese, where English is the rule's."""
        term = label.strip('"')
        if ctx.article_lang == "zh" and ctx.rule_lang == "en":
            from monitor.lexicon.sources.cedict import meanings

            return InsideLongerWord(meanings, partial(names_term, term), then)
        return InsideLongerWord(
            partial(_translated, source=ctx.article_lang, target=ctx.rule_lang),
            partial(names_term, term),
            then,
        )

    @staticmethod
    def heading_word(label: str, ctx: _Context, then: m.Within) -> InsideLongerWord:
        """The check that a person's or a firm's kanji are no head of a longer word the dictionaries
        translate as something else (楽天的, "optimistic", 楽天家 for Rakuten; not 日産自動車, "Nissan
        Motor"). A place's kanji head words named after it (東京都, 米国人, 中国語), so not for places."""
        return InsideLongerWord(
            partial(_translated, source=ctx.article_lang, target=ctx.rule_lang),
            partial(names_name, label.strip('"')),
            then,
            heads=True,
        )

    def parted(self, texts: list[str], label: str, ctx: _Context) -> list[m.Sequence]:
        """Chinese and Japanese variants written part by part (ユッシ・ハッカライネン): those of as many
        parts as one `Sequence` whose each part is any of their spellings of it."""
        groups: dict[tuple[int, bool], list[list[str]]] = {}
        for text in texts:
            parts = [p for p in text.split("・") if p.strip()]
            # a Japanese given name of one kanji after a surname of kanji (遠藤航): its own sequence
            single = ctx.article_lang == "ja" and len(parts[-1]) == 1 and han(parts[-1]) and han(parts[0])
            groups.setdefault((len(parts), single), []).append(parts)
        for (count, single), spelt in list(groups.items()):  # the surname's every writing before either
            if single and (count, False) in groups:
                firsts = {tuple(p[:-1]) for p in spelt}
                others = dict.fromkeys(tuple(p[:-1]) for p in groups[count, False])
                spelt += [[*f, spelt[0][-1]] for f in others if f not in firsts]
        out = []
        for (_, single), spelt in groups.items():
            matchers = []
            for k in range(len(spelt[0])):
                spellings = list(dict.fromkeys(s[k] for s in spelt))
                found = [self.member(Member.parse(p), label, ctx) for p in spellings]
                if ctx.article_lang == "zh":  # each character any of its sound's (see `_joined`)
                    found = _joined(spellings, found, sounds=spellings)
                words = tuple(w for w in found if w is not None)
                if not words:
                    break
                matchers.append(words[0] if len(words) == 1 else m.AnyOf(words))
            else:
                run = all(_katakana(part) for parts in spelt for part in parts)
                within = inside_longer_name if ctx.article_lang == "zh" else None
                within = given_runs_on if single else within  # 谷川幸 in 谷川幸子
                within = inside_katakana_word if run else within
                out.append(m.Sequence(label, tuple(matchers), within=within))
                if ctx.article_lang == "zh" and len(matchers) > 1:
                    out += self._one_off(spelt, matchers, label, ctx.fields, within)
                if ctx.article_lang == "ja" and run and len(matchers) == 2:  # エマニュエル・マクロン
                    for k, other in ((1, 0), (0, 1)):
                        sounds = tuple(dict.fromkeys(kana_sound(p[other]) for p in spelt))
                        near = KanaPartNear(sounds, before=other == 0, then=within)
                        out.append(m.Sequence(label, (matchers[k],), within=near))
                if ctx.article_lang == "zh" and len(matchers) == 2:  # 尼古拉·彼得罗夫 for Nikolai Petrov
                    given = tuple(dict.fromkeys(filter(None, (name_sound(p[0]) for p in spelt))))
                    out.append(m.Sequence(label, tuple(matchers[1:]), within=GivenSoundsNear(given, within)))
                    surnames = tuple(dict.fromkeys(filter(None, (name_sound(p[1]) for p in spelt))))
                    out.append(
                        m.Sequence(label, tuple(matchers[:1]), within=SurnameSoundsNear(surnames, within))
                    )
        return out

    @staticmethod
    def _one_off(
        spelt: list[list[str]],
        matchers: Sequence[m.Matcher],
        label: str,
        fields: tuple[str, ...],
        within: m.Within | None,
    ) -> list[m.Sequence]:
        """A Chinese name written part by part with its given name, or else its surname, one character
        off its readings (`_one_off_pattern`), the other parts as read."""
        out = []
        # a part read exactly of one character is in every other name (汗 in 汗尤尼斯, Khan Younis, for
        # Hun Manet's 汗): beside it, the other part differs only by a character of the same sound
        rest = min(sum(map(len, parts[1:])) for parts in spelt) >= FUZZY_BESIDE
        given = _one_off_pattern([parts[0] for parts in spelt], dot=True, loose=rest)
        if given is not None:
            out.append(m.Sequence(label, (m.Pattern(label, given, fields), *matchers[1:]), within))
        rest = min(sum(map(len, parts[:-1])) for parts in spelt) >= FUZZY_BESIDE
        surname = _one_off_pattern([parts[-1] for parts in spelt], dot=False, loose=rest)
        if surname is not None:
            out.append(m.Sequence(label, (*matchers[:-1], m.Pattern(label, surname, fields)), within))
        return out

    @staticmethod
    def pinyin_sounds(label: str, ctx: _Context) -> list[m.Sequence]:
        """A Chinese person named in pinyin whom no source writes (`namesources.pinyin_sounds`): any
        characters of the name's syllables, surname first, after a title (国务院副总理丁薛祥 for `"Ding
        Xuexiang"`, `not_a_chinese_surname_alone`)."""
        from monitor.lexicon.namesources import pinyin_sounds

        classes = pinyin_sounds(label.strip('"'))
        if classes is None:
            return []
        regex = compile_regex("".join(f"[{chars}]" for chars in classes))
        return [m.Sequence(label, (m.Pattern(label, regex, ctx.fields),), within=not_a_chinese_surname_alone)]

    def titled(
        self, texts: list[str], label: str, ctx: _Context, within: m.Within = not_a_surname_alone
    ) -> list[m.Sequence]:
        """A surname's writings standing alone, each found only with a title or an honorific after it
        (`within`; in Chinese a title before it): a lone Japanese surname's (`names.SURNAME`: 森崎氏 for
        Morisaki), a Western person's katakana or Chinese surname (`surname_alone`)."""
        found = [self.member(Member.parse(t), label, ctx) for t in texts]
        words = tuple(w for w in found if w is not None)
        if not words:
            return []
        part = words[0] if len(words) == 1 else m.AnyOf(words)
        return [m.Sequence(label, (part,), within=within)]

    def surname_alone(self, texts: list[str], label: str, ctx: _Context) -> list[m.Sequence]:
        """A person's surname in katakana without the given name, with a title or an honorific after
        it (`not_a_surname_alone`: スターマー首相 for Keir Starmer), as Japanese news names a person
        after the first mention and in headlines; in Chinese characters with a title before it
        (`not_a_chinese_surname_alone`: 英国首相斯塔默), as Chinese news does; [] unless the rule is a
        Western given name and surname (two capitalised words, a surname's particles between them: Ursula
        von der Leyen, フォンデアライエン委員長; not Kim Jong Un, Li Qiang, whose family name comes first,
        nor a body or firm whose last word is an English word or a place: Brixmoor Dairy, Tour de France,
        unless its first is a given name: Lionel Messi, Mark Carney)."""
        from monitor.lexicon.names import east_asian, given_name, is_known_name
        from monitor.lexicon.namesources import another_persons

        words = label.strip('"').split()
        # Chinese news leaves an Arabic surname's article out (Ahmed al-Sharaa: 叙利亚总统沙拉)
        article = _ARABIC_ARTICLE.match(words[-1]) if ctx.article_lang == "zh" and len(words) > 1 else None
        surname = words[-1][article.end() :] if article else words[-1]
        named = [words[0], surname] if len(words) > 1 else words
        # in Chinese, a hyphened given name (Jean-Noel Barrot: 让-诺埃尔·巴罗) and a second given name
        # after a first that is one (Maria Corina Machado, Jose Antonio Kast: 委内瑞拉反对派领导人马查多)
        chinese = ctx.article_lang == "zh" and len(words) > 1
        second = chinese and given_name(words[0].split("-")[0])
        if (
            len(named) != 2
            or not all(_capitalised(w) if chinese else w[:1].isupper() and w.isalpha() for w in named)
            or not all(w in _SURNAME_PARTICLES or (second and _capitalised(w)) for w in words[1:-1])
            or east_asian(label)
        ):
            return []
        # a surname a name source knows is a body's or a place's name (Tour de France) unless Japanese news
        # is read and no place is so called: a person's known surname stays one (Mahmoud Abbas: アッバス議長),
        # and so does a small town's (`SURNAME_TOWN_POPULATION`: Jamieson Greer, グリア代表)
        known = _city_so_called(surname) if ctx.article_lang == "ja" else is_known_name(surname)
        used = self._name_zipf(surname, ctx.rule_lang) >= COMMON_ZIPF or known
        if used and not given_name(words[0].split("-")[0]):  # Brixmoor Dairy, not Lionel Messi or Mark Carney
            return []
        if ctx.article_lang == "zh":  # two Han characters at least: one alone is in every other name
            # each part of its own: the article (艾哈迈德・阿尔・沙拉), a hyphened or a second given name's
            seconds = sum(w not in _SURNAME_PARTICLES for w in words[1:-1])
            dots = (2 if article else 1) + words[0].count("-") + seconds
            parted = [t.split("・") for t in texts if t.count("・") == dots]
            surnames = list(
                dict.fromkeys(p[-1] for p in parted if han(p[0]) and han(p[-1]) and len(p[-1]) > 1)
            )
            # not where the dictionary's person of that surname is another (总统拜登 for Hunter Biden)
            surnames = [s for s in surnames if not another_persons(s, words[0])]
            out = self.titled(surnames, label, ctx, not_a_chinese_surname_alone)
            if len(words) == 2 and not article and not given_name(words[0]):
                # a first name no dictionary gives as a given name is the name used alone (Prabowo
                # Subianto, Paetongtarn Shinawatra: 印尼总统普拉博沃, 泰国总理佩通坦)
                alone = [p[0] for p in parted if han(p[0]) and len(p[0]) >= GIVEN_ALONE_LEAST]
                out += self.titled(list(dict.fromkeys(alone)), label, ctx, not_a_chinese_given_name_alone)
            return out
        # a surname with its particles, written together (Ursula von der Leyen: フォンデアライエン委員長)
        parted = [t.split("・") for t in texts if t.count("・") == len(words) - 1]
        surnames = list(dict.fromkeys("".join(p[1:]) for p in parted if all(map(_katakana, p))))
        if len(words) == 2 and not given_name(words[0]):
            # as in Chinese, a first name no dictionary gives as a given name is the name used alone
            # (Prabowo Subianto, Paetongtarn Shinawatra: プラボウォ大統領, ペートンターン首相)
            alone = [p[0] for p in parted if _katakana(p[0]) and len(p[0]) >= KANA_GIVEN_ALONE_LEAST]
            surnames += [a for a in dict.fromkeys(alone) if a not in surnames]
        return self.titled(surnames, label, ctx)

    def concept(self, concept: Concept, label: str, ctx: _Context) -> m.Matcher | None:
        """The concept's members in the article's language, as alternatives (None if it has none)."""
        key = (concept.name, label, ctx.article_lang, ctx.fields)
        if key not in self._members:
            assert self.book is not None
            found = [
                self.member(member, label, ctx) for member in self.book.members(concept, ctx.article_lang)
            ]
            usable = tuple(f for f in found if f is not None)
            self._members[key] = m.AnyOf(usable) if usable else None
        return self._members[key]

    def member(self, member: Member, label: str, ctx: _Context) -> m.Words | None:
        """One member, analysed in the article's language; None when it has no words."""
        keys, exact, prefixes = self.stemmed(member.words, member.prefixes, ctx.article_lang)
        if not keys:
            return None
        has_prefix = any(p is not None for p in prefixes)
        return m.Words(
            label,
            tuple(keys),
            tuple(exact) if member.exact else None,
            tuple(prefixes) if has_prefix else None,
            ctx.fields,
        )

    def stemmed(
        self, words: tuple[str, ...], stems: tuple[bool, ...], language: str
    ) -> tuple[list[tuple[str, ...]], list[str], list[str | None]]:
        """Match keys, exact texts and prefixes of words of which some are stems (`word*`).

        Plain words are analysed together, so the tokeniser sees `EE. UU.` as it does
        in articles. A stem is one prefix, except that a hyphenated stem is split as the
        tokeniser splits it: `военно-морск*` is the word `военно`, then the prefix
        `морск` (a truncated word such as `5g*` may tokenise unlike the whole word
        `5GHz`, so only hyphens split).
        """
        keys: list[tuple[str, ...]] = []
        exact: list[str] = []
        prefixes: list[str | None] = []
        plain: list[str] = []
        for word, is_stem in [*zip(words, stems, strict=True), ("", True)]:
            if not is_stem:
                plain.append(word)
                continue
            split = "-" in word.rstrip("-")
            text = " ".join([*plain, word] if split else plain)
            plain.clear()
            tokens = self.analyzer.analyse(text, language).tokens
            for n, tok in enumerate(tokens, start=1):
                stem = split and n == len(tokens)
                keys.append(() if stem else tok.keys)
                exact.append(tok.text)
                prefixes.append(self.analyzer.fold(tok.text, language) if stem else None)
            if word and not split:
                keys.append(())
                exact.append(word)
                prefixes.append(self.analyzer.fold(word, language))
        return keys, exact, prefixes


@lru_cache(maxsize=8192)
def _city_keys(text: str) -> frozenset[tuple[str, str]]:
    """The GeoNames cities `text` names, as (name, country), for `InsideAnotherPlace`."""
    from monitor.lexicon.namesources import cities

    return frozenset((c.name, c.country) for c in cities(text))
