"""The dictionary as the lexicon's source of word equivalents: translations become evidenced variants.

Two or more independent routes agreeing on an equivalent is AGREE evidence, one route is
SOURCE (see `monitor/lexicon/__init__.py`). A term with several senses keeps the
equivalents of the sense the rule's other words point to (`senses.select`), else those of
the best-attested sense.

An equivalent that only one route gives may be confirmed by the sentence encoder
(`ranker.py`), an opinion independent of every dictionary: where the term and the
equivalent are close in meaning (cosine at least `CONFIRM`) and the equivalent is among
the closest of the term's candidates (within `MARGIN` of the best), the encoder counts as
the second source (`ranker:use` in its sources) and the equivalent is AGREE. The encoder
never proposes an equivalent of its own, and only judges languages it was trained on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache

from monitor.analysis.fold import fold
from monitor.lexicon import Evidence, Variant
from monitor.lexicon.dictionary import (
    COMMON_ZIPF,
    COMPOSED,
    Translation,
    arabic_senses,
    folded_words,
    links,
    meanings,
    phrases_with_name,
    translations,
    word_classes,
)
from monitor.lexicon.frequency import FREQUENCIES
from monitor.lexicon.further import FURTHER_ENDINGS
from monitor.lexicon.ranker import LANGUAGES, SentenceRanker
from monitor.lexicon.senses import Ranker, Selection, proper_noun, select

# Measured on the development terms (tests/data/terms, single-route candidates of the 13 languages):
# at 0.6 within 0.1 of the best, 92 of the 142 right ones are confirmed and 23 that hit a negative sentence.
CONFIRM = 0.6
MARGIN = 0.1
JUDGED = 8  # the best-ranked candidates the encoder judges
AGREED_ENOUGH = 2  # equivalents two dictionaries agree on, past which the encoder is not asked
RANKER_SOURCE = "ranker:use"
# Of a phrase put together from its words' equivalents (`dictionary._composed`), only the combinations
# the encoder likes best: the others are mostly word orders and synonyms no writer uses.
COMPOSED_MARGIN = 0.02
# A loan of the term's own word (Korean 마라톤, 블록체인: `loans`, read from the English term) that the
# encoder ranks first of all the candidates needs only this much: it sounds like the term, and nothing the
# dictionaries give is closer in meaning. Own probes and the development terms, Korean loans of the English
# term: the right ones the encoder ranks first score 0.57 (마라톤, 블록체인) to 0.84 (올림픽), the wrong ones
# first 0.51 (모스크바 for mosque) and below (인플루엔자 for influencer 0.36, 박리 for bakery 0.35).
# Development terms: ko 40.0/76.2 -> 45.0/75.0% (the false alarm more is 마라톤 협상, the marathon of
# talks, which every language that has the word already matches: de *Marathonsitzung*, ja マラソン協議).
OWN_LOAN_CONFIRM = 0.55
LOAN = "loan:"


def confirmed(term: str, found: Sequence[Translation], target: str, ranker: Ranker) -> list[Translation]:
    """`found`, with the single-route equivalents the encoder agrees with given it as a second source.

    Only where fewer than `AGREED_ENOUGH` equivalents have two sources: the encoder fills gaps.
    Encoding costs 10 to 50 ms a word the first time (`ranker.Vectors` keeps them): asking it for
    every term in every language made a first start with the terms set's 120 rules in 14
    languages take 150 s; asking it below two agreed equivalents, 52 s (25 s without it), for
    0.6 points of development recall less. Only the `JUDGED` best-ranked candidates are judged,
    against each other."""
    agreed = {spelled(t.text, target) for t in found if len(t.sources) >= 2}
    if target not in LANGUAGES or len(agreed) >= AGREED_ENOUGH:
        return list(found)
    judged = [t for t in found if len(t.text) > 1][:JUDGED]  # one Han character: inside too many words
    if not judged:
        return list(found)
    scores = dict(
        zip([t.text for t in judged], ranker.similarities(term, [t.text for t in judged]), strict=True)
    )
    best = max(scores.values())
    composed = [scores[t.text] for t in judged if t.sources[0].startswith(COMPOSED)]

    def agrees(t: Translation) -> bool:
        score = scores.get(t.text, 0.0)
        if t.sources[0].startswith(COMPOSED) and score < max(composed) - COMPOSED_MARGIN:
            return False
        if score >= best and _own_loan(t, term):
            return score >= OWN_LOAN_CONFIRM
        return score >= CONFIRM and score >= best - MARGIN

    return [
        replace(t, sources=(*t.sources, RANKER_SOURCE)) if len(t.sources) == 1 and agrees(t) else t
        for t in found
    ]


def _own_loan(translation: Translation, term: str) -> bool:
    """Is `translation` reached only as a loan of `term` itself (`loan:en:marathon`), no other route?"""
    [first, *rest] = translation.sources
    return not rest and first.startswith(LOAN) and first.endswith(f":{term}")


def spelled(text: str, language: str) -> str:
    """One word's spellings as one: Chinese traditional and simplified (資料, 资料), Japanese with and
    without its okurigana (積み荷, 積荷). Counted as two agreed equivalents, such twins kept the
    encoder from confirming the word news writes (数据 beside 資料/资料; 貨物 beside 積み荷/積荷)."""
    if language == "zh":
        from monitor.lexicon.sources.cedict import simplified

        return simplified(text)
    if language == "ja" and not all("\u3041" <= c <= "\u30ff" for c in text):  # kanji: without hiragana
        return "".join(c for c in text if not "\u3041" <= c <= "\u309f")
    return fold(text, True, language)


# A language the encoder does not know, and the relative whose words it is respelt from (`_confirmed_by_kin`).
RESPELT_FROM = {"uk": "ru"}


# Languages the dictionaries reach well from English: a word none of most of them translates is borrowed.
WELL_COVERED = ("de", "fr", "es", "it", "pt", "nl", "pl", "ru", "tr", "ja")


@cache
def untranslated(term: str, source: str) -> bool:
    """Fewer than half of `WELL_COVERED` have an equivalent of `term` (blockchain: 3 of 10; dam: 9), not
    counting the deeper second step's (a borrowed word's own spelling stays matched where only that
    step, through other languages' other words, finds something)."""
    have = sum(
        1 for target in WELL_COVERED if target != source and translations(term, source, target, deeper=False)
    )
    return have * 2 < len(WELL_COVERED)


def as_name(text: str, term: str = "", source: str = "", target: str = "") -> str:
    """A proper noun's equivalent as a name is matched: as written where it is (*Peking*, 北京); a word that
    a dictionary writes in lower case, capitalised, so that only a name finds it (Italian *olimpiade*,
    "Olympiad" first, for Olympics; French *cachemire*, cashmere, for Kashmir, only as *Cachemire*),
    unless it is the target language's common noun for `term` (`lower_case_for`: Finnish
    *olympialaiset*, which Finnish news writes in lower case); a phrase in lower case as written, the
    words of a translated name (Polish *igrzyska olimpijskie*), which no common word spells."""
    if _written_as_name(text):
        return text
    if len(text.split()) > 1:
        return text
    if term and lower_case_for(term, source, text, target):
        return text
    return text[:1].upper() + text[1:]


def lower_case_for(term: str, source: str, word: str, target: str) -> bool:
    """Whether `word`, a one-word equivalent of name `term` that the dictionaries write in lower case, is
    `target`'s common noun for it, matched in any case: its translations back into `source` name the
    term (`guard.names_term`) as a name, capitalised, more often than anything else (Finnish
    *olympialaiset*: Olympic Games 7, Olympics 2, Olympiad 1; not French *pentagone*, a pentagon, nor
    *phénix*, a phoenix, which name the term only in lower case, as the shape and the bird). Not where
    another sense leads (French *cachemire*: cashmere 4, Kashmir 3; Italian *olimpiade*: Olympiad 5,
    Olympics 2), nor where the dictionaries cannot say (no back-translations), where it stays a name."""
    from monitor.lexicon.guard import names_term

    back = back_senses(word, target, source)[:BACK_JUDGED]
    judged = [(n, _written_as_name(t) and names_term(term, t)) for t, n in back]
    own = max((n for n, named in judged if named), default=0)
    rival = max((n for n, named in judged if not named), default=0)
    return own > rival


def _lower_case_own(translation: Translation, named: set[str]) -> bool:
    """Whether a name's lower-case equivalent may be the target's own lower-case writing of it
    (`lower_case_for` then judges): a dictionary gives it, not only a loanword reading (`loan:`, whose
    letters carry no case), and no dictionary gives the same word capitalised too (`named`, casefolded:
    Russian *Катар* beside *катар*, catarrh, which is then the common word)."""
    loans = all(s.startswith("loan:") for s in translation.sources)
    return not loans and translation.text.casefold() not in named


def _written_as_name(text: str) -> bool:
    """Capitalised, in a script that has capitals (*Peking*, *Пекин*, 北京; not *cachemire* for Kashmir)."""
    first = next((c for c in text if c.isalpha()), "")
    return first.isupper() or first.lower() == first.upper()


# A cognate (an equivalent spelled as the term: German *Team*, French *chef*) is that language's word for
# the term where the dictionaries' translations of it back into the term's language put the term's sense
# first, or within `COGNATE_BEHIND` sources of the first while it is at most `COGNATE_MARGIN` more frequent
# (wordfreq zipf) there than the term is in its own language: a spelling much more common than the word
# it would borrow is mostly another word (French *chef*, "head": 5.3 against English 4.2). The term's
# sense is the term and its synonyms among the back-translations, those that share another of its
# equivalents (French *métro* is "subway" first, which also gives *métropolitain*). A cognate that is the
# term's only equivalent there is kept too (Polish *metro*): dropping it would leave the term unfound.
# Beyond `LEAD_MARGIN` the other word dominates whatever the dictionaries list first (Spanish *embargo*,
# 2.2 more common than English embargo: *sin embargo*, "however").
# Measured on tests/data/lookalikes_dev.yaml and on 100 loanwords (hotel, metro, tram, referendum, ...):
# loanwords are at most 0.41 more frequent or their sense comes first (Dutch *tram*: 0.73, "tram" 5
# sources), and come first or one source behind (German *Film*: movie 5, picture 5, film 4); the look-alike
# cognates were 0.55 to 1.24 more frequent (*Elf* "eleven", *Gymnasium*, *parole*) or two or more sources
# behind (*Arm* "poor" 5, arm 3; French *sensible* "sensitive"). Of the 422 cognates of those 100
# loanwords in de fr es it pt nl pl tr, 3 are dropped: Dutch *boom* (tree), Spanish *embargo* and Italian
# *opera* (work).
COGNATE_BEHIND = 1
COGNATE_MARGIN = 0.5
LEAD_MARGIN = 1.5
BACK_JUDGED = 8  # back-translations looked at, best first


def back_senses(word: str, language: str, into: str) -> list[tuple[str, int]]:
    """What the dictionaries translate `word` of `language` into, in `into`: (text, sources), best first."""
    return [(t.text, len(t.sources)) for t in translations(word, language, into)]


def means(word: str, language: str, into: str, besides: str = "") -> tuple[str, ...]:
    """What `word` of `language` mostly means in `into`, other than `besides`: its best-attested back
    translations (French *chef*: chief, leader, boss), for `rules check` to say."""
    back = back_senses(word, language, into)
    best = max((n for _, n in back), default=0)
    other = fold(besides or word)
    return tuple(t for t, n in back if fold(t) != other and n >= best - COGNATE_BEHIND)[:3]


@lru_cache(maxsize=4096)
def english_noun(word: str, language: str) -> str:
    """The best one-word English translation of `word`, a noun of `language` as an article writes it
    (*jambon*: ham; *Kürbis*: pumpkin), or "" where the dictionaries have none."""
    if language == "en":
        return word
    for written in dict.fromkeys((word, word.lower())):
        english = [t.text for t in translations(written, language, "en") if len(t.text.split()) == 1]
        if english:
            return english[0]
    return ""


def food_word(word: str, language: str) -> bool:
    """Is `word`, a noun of `language`, a food or drink (*jambon*, *Kürbis*, *vinho*) or a plant (*pins*:
    pine)? Its English, or its lemma's where the dictionaries lack the plural (*pins*: pin), is food or a
    plant in WordNet's most used sense (`wordnets.food`): the dictionaries say what a thing is, so no list
    of products is kept."""
    from monitor.analysis.lemmas import open_lemma_table
    from monitor.lexicon.sources.wordnets import food

    english = english_noun(word, language)
    if not english:
        table = open_lemma_table(language)
        lemma = table.get(word.lower()) if table is not None else None
        english = english_noun(lemma, language) if lemma else ""
    return bool(english) and food(english)


@lru_cache(maxsize=1024)
def preposition(word: str, language: str) -> bool:
    """Is `word`, lower case as written, a preposition of `language` (Italian *per*, Spanish *en*, French
    *à*, Polish *w*, *z*)? The first of its English senses that says its part of speech says so, and none
    of the first `PREPOSITION_SENSES` is a verb's (Portuguese *para*, also "stops", would be): the
    dictionaries say what a word is, so no list of prepositions is kept."""
    parts = [t.parts for t in translations(word, language, "en")[:PREPOSITION_SENSES] if t.parts]
    return bool(parts) and "preposition" in parts[0] and not any("v" in p for p in parts)


PREPOSITION_SENSES = 4


@lru_cache(maxsize=1024)
def noun(word: str, language: str) -> bool:
    """Is `word`, lower case as written, a noun of `language` (Dutch *regering*; *vissers* through its
    lemma *visser*)? As `adjective` reads one: the first of its senses that says its part of speech is a
    noun's and none of the first `PREPOSITION_SENSES` is a verb's, nor is the lemma the table reads it to
    (*wil*, "will", is *willen*'s too)."""
    from monitor.analysis.lemmas import open_lemma_table

    if "n" not in _first_parts(word, language):
        return False
    table = open_lemma_table(language)
    lemma = table.get(word) if table is not None else None
    if not lemma or lemma == word:
        return True
    return not any("v" in t.parts for t in translations(lemma, language, "en")[:PREPOSITION_SENSES])


@lru_cache(maxsize=1024)
def inflected_adjective(text: str, language: str) -> bool:
    """Is the capitalised `text` an adjective's inflected form that the language capitalises (Dutch
    *Albanese*, *Italiaanse*: a demonym's, whose lemma the table gives as *Albanees*, *Italiaans*)? It
    ends in -e, the lemma table reads it to another capitalised word, and the dictionaries give that word
    as an adjective first. Where a name is spelt so (Anthony Albanese), the words after the hit tell
    which it is (`guard.AttributiveAdjective`)."""
    from monitor.analysis.lemmas import open_lemma_table

    table = open_lemma_table(language)
    lemma = table.get(text) if table is not None else None
    if not lemma or lemma == text or not lemma[:1].isupper() or not text.endswith("e"):
        return False  # with -e, and an open syllable's vowel written once (Albanees: Albanese)
    parts = [t.parts for t in translations(lemma, language, "en")[:PREPOSITION_SENSES] if t.parts]
    return bool(parts) and "adj" in parts[0]


def _first_parts(word: str, language: str) -> frozenset[str]:
    """The parts of speech of the first of `word`'s senses (or its lemma's, where the dictionaries lack
    it) that says one, none where any of the first `PREPOSITION_SENSES` is a verb's."""
    from monitor.analysis.lemmas import open_lemma_table

    found = translations(word, language, "en")
    if not found:
        table = open_lemma_table(language)
        lemma = table.get(word) if table is not None else None
        found = translations(lemma, language, "en") if lemma else []
    parts = [t.parts for t in found[:PREPOSITION_SENSES] if t.parts]
    if not parts or any("v" in p for p in parts):
        return frozenset()
    return frozenset(parts[0])


@lru_cache(maxsize=4096)
def adjective(word: str, language: str) -> bool:
    """Is `word`, lower case as written, an adjective of `language`, inflected or not (Polish *domowa*,
    Portuguese *antigas*, French *allemand*)? The dictionaries say so of it, or, where they do not list
    it, of the lemma the lemma table reads it back to (*domowa*: domowy): the first of its English senses
    that says its part of speech is an adjective's and none of the first `PREPOSITION_SENSES` is a verb's
    (Italian *chiusa*, a participle, and a lemma the table reads as a verb, *largar* for *largo*, are
    not counted through it)."""
    return "adj" in _first_parts(word, language)


def bearer_noun(word: str, language: str) -> bool | None:
    """Does `word`, a noun of `language`, name what a name names, a person, a body or a place (*Kanzler*,
    *Partei*: WordNet's noun.person, noun.group or noun.location first)? False where neither of its
    English's two most used senses does (*Jahreszeit*, *Farbe*, *Vogel*), None where the second does
    (*Favorit*: favourite, also the one expected to win) or the dictionaries or WordNet do not know it."""
    from monitor.lexicon.sources.wordnets import GROUP_FILE, LOCATION_FILE, PERSON_FILE, noun_kinds

    english = english_noun(word, language)
    kinds = noun_kinds(english)[:BEARER_SENSES] if english else ()
    bearers = [kind in (PERSON_FILE, GROUP_FILE, LOCATION_FILE) for kind in kinds]
    if not kinds or (any(bearers) and not bearers[0]):
        return None  # its next sense names one (*Favorit*: favourite, also the one expected to win)
    return bearers[0]


BEARER_SENSES = 2  # of a noun's most used senses, those that may name a person, body or place


def same_sense(term: str, word: str, source: str, target: str, others: set[str]) -> bool:
    """Whether `word`, a back-translation into `source`, is `term`'s sense: the term, a phrase naming it
    (tablet computer), or a synonym two dictionaries translate as one of `others`, the term's other
    equivalents in `target` (folded)."""
    if fold(term) in fold(word).split():
        return True
    agreed = (t for t in translations(word, source, target) if len(t.sources) >= 2)
    return any(fold(t.text, True, target) in others for t in agreed)


def cognate_means(term: str, source: str, text: str, target: str) -> tuple[str, ...]:
    """() when `text`, the term's cognate in `target`, means the term there; else what it means instead."""
    cognate = fold(text, True, target)
    others = {fold(t.text, True, target) for t in translations(term, source, target)} - {cognate}
    rise = FREQUENCIES.zipf(text, target) - FREQUENCIES.zipf(term, source)
    if not others and rise <= LEAD_MARGIN:
        return ()
    back = back_senses(text, target, source)[:BACK_JUDGED]
    own = max((n for t, n in back if same_sense(term, t, source, target, others)), default=0)
    rival = max((n for t, n in back if not same_sense(term, t, source, target, others)), default=0)
    if (own > rival and rise <= LEAD_MARGIN) or (own >= rival - COGNATE_BEHIND and rise <= COGNATE_MARGIN):
        return ()
    return means(text, target, source, term) or ("another word",)


def _cognates_kept(
    term: str, source: str, target: str, kept: Sequence[Translation]
) -> tuple[Translation, ...]:
    """Without the equivalents spelled as the term that mean something else there (`cognate_means`).
    Keeping them when nothing else reaches the term (German *Elf*, French *parole*) let 8 more of the
    186 development look-alikes through, for one positive (Italian *pasta*, whose dictionaries say
    "dough" first)."""
    folded = fold(term, True, source)
    return tuple(
        t
        for t in kept
        if " " in t.text
        or fold(t.text, True, target) != folded
        or not cognate_means(term, source, t.text, target)
    )


class DictionaryWords:
    """`WordSource` over `dictionary.translations`, confirmed by `ranker` (None: no confirmation)."""

    def __init__(self, ranker: Ranker | None = None, *, confirm: bool = True) -> None:
        self.ranker = ranker if ranker is not None or not confirm else SentenceRanker()

    def knows(self, word: str, language: str) -> bool:
        """A dictionary word of `language`: it has equivalents in a language every source reaches."""
        target = "fr" if language != "fr" else "de"
        return bool(translations(word.lower(), language, target))

    def untranslated(self, term: str, source: str) -> bool:
        return untranslated(term, source)

    def means(self, word: str, language: str, into: str) -> tuple[str, ...]:
        return means(word, language, into)

    def _confirmed_by_kin(
        self, term: str, source: str, target: str, found: Sequence[Translation]
    ) -> list[Translation]:
        """`found` in a language the encoder was not trained on (Ukrainian), with the single-route
        equivalents that are the very word, respelt (`cognates.respelt`), of an equivalent the encoder
        confirmed in the relative (Russian *шахта*, Ukrainian *шахта*) given that confirmation."""
        from monitor.lexicon.sources.cognates import respelt

        assert self.ranker is not None
        relative = RESPELT_FROM[target]
        judged = confirmed(term, translations(term, source, relative), relative, self.ranker)
        same = {text for t in judged if RANKER_SOURCE in t.sources for text in respelt(t.text, relative)}
        return [
            replace(t, sources=(*t.sources, f"{RANKER_SOURCE}:{relative}"))
            if len(t.sources) == 1 and t.text in same
            else t
            for t in found
        ]

    def sense(self, term: str, source: str, target: str, context: Sequence[str] = ()) -> Selection:
        """The equivalents of the sense `term` is taken in (`senses.select`), and how that sense was
        chosen: `variants` keeps them, and `rules check` says which sense a term with several was
        taken for."""
        found = translations(term, source, target)
        if found and self.ranker is not None and source in LANGUAGES:
            if target in LANGUAGES:
                found = confirmed(term, found, target, self.ranker)
            elif target in RESPELT_FROM:
                found = self._confirmed_by_kin(term, source, target, found)
        # The encoder puts an unglossed equivalent with its closest sense: only in languages it knows.
        judge = self.ranker if target in LANGUAGES else None
        return select(term, found, [w for w in context if w != term], judge)

    def variants(
        self, term: str, source: str, target: str, context: Sequence[str] = (), *, name: bool = False
    ) -> list[Variant]:
        """Equivalents of `term` in `target`; of a name (`name`), only those the dictionaries give
        as proper nouns on two independent routes, written as names are (Beijing: *Peking*; Olympics:
        *Olympische Spiele*), never a common word spelled like it (Trump: *Trumpf*; Apple: *Apfel*;
        Kashmir: *cachemire*)."""
        if name:
            proper = [
                t for t in translations(term, source, target) if proper_noun(t.parts) and len(t.sources) >= 2
            ]
            named = {t.text.casefold() for t in proper if _written_as_name(t.text)}
            own = [(t, _lower_case_own(t, named)) for t in proper]
            written = ((as_name(t.text, term if lower else "", source, target), t) for t, lower in own)
            return [Variant(text, target, Evidence.AGREE, t.sources) for text, t in written if text]
        kept = _cognates_kept(term, source, target, self.sense(term, source, target, context).kept)
        return [
            Variant(
                text,
                target,
                Evidence.AGREE if len(t.sources) >= 2 else Evidence.SOURCE,
                t.sources,
                alone=not function_word(t, target),
            )
            for t in kept
            for text in of_forms(t.text, target)
        ]


@lru_cache(maxsize=4096)
def phrases_holding(word: str, language: str) -> tuple[tuple[str, ...], ...]:
    """Every dictionary headword phrase of `language` that holds `word`, as its folded words: those
    `guard.InCommonPhrase` looks for around a hit before asking `other_sense` of the ones it finds."""
    return tuple(dict.fromkeys(folded_words(p, language) for p in phrases_with_name(word, language)))


@lru_cache(maxsize=4096)
def other_sense(word: str, phrase: tuple[str, ...], language: str, term: str, source: str) -> bool:
    """Whether `phrase` (folded words, one of `phrases_holding` `word`), a dictionary headword phrase of
    `language` around an article's word for rule term `term` (of `source`), means something else: none
    of its translations into `source` names the term (`guard.names_term`). There the word is the
    phrase's, not the term's equivalent: German *Golf von Mexiko* is the Gulf of Mexico, Italian *a causa
    di* "because of"; not *fondo pensione* (pension fund), *mine de charbon* (coal mine). Only a
    dictionary's own translation of the phrase says what it means, not one put together from its words
    (`dictionary._composed`: *sans abri*, "without shelter"). A phrase no dictionary translates says
    nothing and is left out: counted as another sense, Spanish *media pensión* (half board) and *doctor
    honoris causa* went, but so did Italian *miniera* and Portuguese *orquestra* in phrases of their own
    sense (development terms: 4 false alarms fewer, 3 hits). `segments.InsideLongerWord` asks the same
    of a Japanese word inside a longer one.

    Asked only of a phrase the article has around the hit: translating every phrase that holds the word
    (hundreds for a common one) cost a daemon 3 ms of dictionary lookups for each article word met the
    first time, and a phrase is around a hit rarely."""
    from monitor.lexicon.guard import names_term

    for text in phrases_with_name(word, language):
        if folded_words(text, language) != phrase:
            continue
        meanings = _own_translations(text, language, source) or _through_middle(text, language, source)
        if meanings and not any(names_term(term, m, solid=True) for m in meanings):
            return True
    return False


def _own_translations(text: str, language: str, into: str, judged: bool = True) -> list[str]:
    """What a dictionary translates `text` into, not put together from its words (`dictionary._composed`);
    `judged`: what a longer word or phrase means (`dictionary.meanings`), not every translation, else
    every translation but a piece of an agreed one given alone (`_pieces`)."""
    found = meanings(text, language, into) if judged else _pieces(translations(text, language, into))
    return [t.text for t in found if not t.sources[0].startswith(COMPOSED)]


def _pieces(found: list[Translation]) -> list[Translation]:
    """`found` without a one-route translation that is a word of an agreed one (French *cessez-le-feu*:
    "fire", from the Greek dictionary alone, beside "cease-fire" from two): a pivot's word for a part of
    the whole, not a sense of its own, which made Spanish *alto el fuego*, read through it, name `fire`."""
    agreed = {
        piece
        for t in found
        if len(t.sources) >= 2
        for piece in fold(t.text).replace("-", " ").split()
        if piece != fold(t.text)
    }
    return [t for t in found if len(t.sources) >= 2 or fold(t.text) not in agreed]


def _through_middle(text: str, language: str, into: str) -> list[str]:
    """What headword phrase `text` means in `into` where no dictionary translates it there: what the
    dictionaries give in `into` for the one-word equivalents a dictionary of `language` gives the
    phrase in a middle language (Spanish *media pensión*, which nothing translates into English:
    German *Halbpension*, "half board"; Portuguese *mina de carvão* would be *Kohlebergwerk*, "coal
    mine"). The phrase is looked up in `language`'s own dictionaries only, no pivot: this is asked at match
    time, of a phrase found around a hit."""
    found: list[str] = []
    for link in links():
        if link.source == language and link.target not in (into, language):
            for word in dict.fromkeys(sense[0] for sense in link.lookup(text)):
                if " " not in word:  # a word of its own, not the phrase: all its translations (German
                    # *bestrafen* for *imponer una multa*: "fine" from one route, where "punish" has five)
                    found.extend(_own_translations(word, link.target, into, judged=False))
    return list(dict.fromkeys(found))


# Parts of speech of the closed classes: the words every sentence uses whatever its subject.
CLOSED = frozenset({
    "pronoun", "possessivePronoun", "determiner", "article", "preposition", "postposition", "conjunction",
    "particle",
})  # fmt: skip


def function_word(translation: Translation, language: str) -> bool:
    """Whether an equivalent is also one of `language`'s function words: a route gives it as a closed-class
    word and it is among the language's most common words (`COMMON_ZIPF`). Dutch *mijn* is "mine" and
    "my", Swedish *mina* "mines" and "my", Italian *mio* "my" (a route's noun sense of it is a pivot's
    noise): alone, such a word is the function word in nearly every sentence that has it (*Mijn buurman*),
    inside a compound or inflected the noun (*kolenmijn*, *mijnen*)."""
    return (
        " " not in translation.text
        and not CLOSED.isdisjoint(word_classes(translation.parts))
        and FREQUENCIES.zipf(translation.text, language) >= COMMON_ZIPF
    )


# A Romance "of" is written bare or joined to an article, and a dictionary's phrase has one of the forms
# where an article has another (*discurso del odio*, *discurso de odio*): each is matched. Before a vowel
# French and Italian elide it (*discorsi d'odio*, *gaz d'échappement*): `ELIDED`.
OF_FORMS = {
    "es": ("de", "del", "de la"),
    "pt": ("de", "do", "da"),
    "it": ("di", "del", "della"),
    "fr": ("de", "du", "de la"),
}


ELIDED = {"fr": "d'", "it": "d'"}
_ELIDING = frozenset("aeiouhàâéèêîôùAEIOUHÉ")


def of_forms(text: str, language: str) -> list[str]:
    """`text`, and where it is `A of B` with one of `OF_FORMS`, the same with each of the others (and the
    elided one before a vowel, `ELIDED`)."""
    forms = OF_FORMS.get(language)
    words = text.split()
    if not forms or len(words) < 3:
        return [text]
    for form in sorted(forms, key=len, reverse=True):  # `de la` before `de`
        head, sep, tail = f" {text} ".partition(f" {form} ")
        head, tail = head.strip(), tail.strip()
        if sep and head and tail:
            found = [text, *(f"{head} {other} {tail}" for other in forms)]
            if language in ELIDED and tail[0] in _ELIDING:
                found.append(f"{head} {ELIDED[language]}{tail}")
            return list(dict.fromkeys(found))
    return [text]


# The regular endings of a noun, per language, that the lemma tables often do not lead back to the
# dictionary's headword (Spanish *pensiones* has the lemma *pensionar* there, Portuguese *professores*
# *professorar*, Russian *антибиотиков* *антибиотики*): an equivalent's one-word forms are matched with
# them. Only for equivalents of at least `INFLECTED_LETTERS` letters, whose forms seldom spell
# another word. `(ending removed, endings added)`, the first whose removed ending the word has.
INFLECTED_LETTERS = 5
_SLAVIC_HARD = ("а", "у", "ом", "е", "ы", "и", "ов", "ам", "ами", "ах")
ENDINGS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "es": (("", ("s", "es")),),
    "pt": (("ão", ("ões", "ães", "ãos")), ("", ("s", "es"))),
    "fr": (("al", ("aux",)), ("", ("s", "x"))),
    "it": (("o", ("i",)), ("a", ("e", "i")), ("e", ("i",))),
    "ru": (
        ("ь", ("я", "ю", "ем", "е", "и", "ей", "ям", "ями", "ях")),
        ("й", ("я", "ю", "ем", "е", "и", "ев", "ям", "ями", "ях")),
        ("а", ("ы", "и", "е", "у", "ой", "ам", "ами", "ах")),
        ("я", ("и", "е", "ю", "ей", "ям", "ями", "ях")),
        ("", _SLAVIC_HARD),
    ),
    "uk": (
        ("ь", ("я", "ю", "ем", "і", "і", "ів", "ям", "ями", "ях")),
        ("а", ("и", "і", "у", "ою", "ам", "ами", "ах")),
        ("я", ("ї", "і", "ю", "єю", "ям", "ями", "ях")),
        ("", ("а", "у", "ом", "і", "и", "ів", "ам", "ами", "ах")),
    ),
    "pl": (
        ("a", ("y", "i", "ie", "ę", "ą", "om", "ami", "ach")),
        ("", ("a", "u", "em", "ie", "y", "i", "ów", "om", "ami", "ach")),
    ),
}
# Dutch: a long vowel written double before a final consonant is written single before an ending, and s
# and f are voiced there (*dakloos*, *daklozen*; *veerboot*, *veerboten*); else the ending is added.
_NL_VOICED = {"s": "z", "f": "v"}
ENDINGS["nl"] = (
    *(
        (f"{v}{v}{c}", (f"{v}{_NL_VOICED.get(c, c)}en", f"{v}{_NL_VOICED.get(c, c)}e"))
        for v in "aeou"
        for c in "bdfgklmnprstz"
    ),
    ("", ("en", "e", "s")),
)
# Arabic: a feminine noun's ة becomes ات in the plural and تان/تين in the dual (شحنة, شحنات); another
# takes the sound plurals and the dual (مؤثر: المؤثرين, مؤثرون; انبعاث: انبعاثات), not ة, which makes
# other words of many (مدرس "teacher", مدرسة "school"; مكتب "office", مكتبة "library"). Arabic words
# are short: these from four letters (`LETTERS`). The article and the other proclitics come off the
# article's word before it is compared (`parts.arabic_stems`).
ENDINGS["ar"] = (("ة", ("ات", "تان", "تين")), ("", ("ين", "ون", "ات", "ان")))
# Languages whose equivalents take ENDINGS from fewer than INFLECTED_LETTERS: Hungarian's short nouns
# take their suffixes as its long ones do (*kém*: *kémet*, a spy; *per*: *pert indított*, filed a lawsuit).
LETTERS = {"ar": 4, "hu": 3}
# Hungarian's endings are written on in both vowel harmonies and with every linking vowel, trusting that
# the wrong ones are no word (`further.HUNGARIAN`); where one is a word of its own, commoner than the
# equivalent by more than this (wordfreq zipf), it is that word, not a form of the equivalent: *folyamat*
# ("process") is no accusative of *folyam* ("river"), *árra* no form of *ár*.
OWN_WORD_MARGIN = 0.5
GUESSED_ENDINGS = frozenset({"hu"})
# Where a dictionary of the language's forms is installed (pymorphy3's Ukrainian, VESUM): a noun's or
# adjective's forms as it lists them, besides the endings by rule, which miss a plural's genitive without
# ending and its inserted vowel (*оливка*: *оливок*), and which simplemma's table does not lead back to
# the lemma. Asked at a rule's compilation only, where the analyser is loaded for names anyway.
DICTIONARY_FORMS = frozenset({"uk"})
ENDINGS.update(FURTHER_ENDINGS)  # Bulgarian (`further.py`)
_VOWELS = frozenset("aeiouyąęóаеёиоуыэюяіїє")


# A noun for a person has a feminine, which news writes of a woman (Polish *influencerka*, Ukrainian
# *вчителька*, German *Lehrerin*, French *enseignante*, Portuguese *influenciadora*): `(ending, feminine
# endings in its place)`, the first whose ending an equivalent has; only the suffixes of agent nouns,
# whose feminines seldom spell another word (not Romance -o to -a: *caso*, *casa*). The feminine's own
# forms follow from `ENDINGS` (*influencerkę*, *вчительку*; German adds -nen: *Lehrerinnen*).
_AGENTS = ("er", "or", "ent", "ant", "ist")
FEMININE: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "de": (("eur", ("eurin", "eurinnen")), *((s, (f"{s}in", f"{s}innen")) for s in _AGENTS)),
    "fr": (
        ("teur", ("trice", "teuse")),
        ("eur", ("euse",)),
        ("ier", ("ière",)),
        ("ien", ("ienne",)),
        ("ant", ("ante",)),
        ("ent", ("ente",)),
    ),
    "es": (("or", ("ora",)),),
    "pt": (("or", ("ora",)),),
    "it": (("tore", ("trice",)), ("ore", ("ora",))),
    "pl": (
        ("arz", ("arka",)),
        ("ista", ("istka",)),
        ("ciel", ("cielka",)),
        *((s, (f"{s}ka",)) for s in _AGENTS),
    ),
    "uk": (
        ("тель", ("телька",)),
        *((s, (f"{s}ка",)) for s in ("ар", "ер", "ор", "ент", "ант", "іст")),
    ),
    "ru": (
        ("тель", ("тельница",)),
        ("ер", ("ерка", "ерша")),
        *((s, (f"{s}ка",)) for s in ("ор", "ент", "ант", "ист")),
    ),
}


def inflections(text: str, language: str) -> frozenset[str]:
    """Regular inflected forms of a one-word equivalent (`ENDINGS`), of its feminine (`FEMININE`) and of
    the adjectives derived from it (`adjectives`); empty where none apply."""
    word = text.lower()
    if " " in word or len(word) < LETTERS.get(language, INFLECTED_LETTERS):
        return frozenset()
    feminine = _feminine(word, language)
    derived = frozenset(
        form for adjective in adjectives(word, language) for form in adjective_forms(adjective)
    )
    forms = _endings(word, language) | derived | feminine.union(*(_endings(f, language) for f in feminine))
    if language == "ar":
        forms |= _collective(word)
    if language in DICTIONARY_FORMS:
        from monitor.lexicon.morph import common_forms

        forms |= frozenset().union(*(common_forms(w, language) for w in (word, *feminine))) - {word}
    if language in GUESSED_ENDINGS:
        most = FREQUENCIES.zipf(word, language) + OWN_WORD_MARGIN
        forms = frozenset(f for f in forms if FREQUENCIES.zipf(f, language) <= most)
    return forms


TA_MARBUTA = "\u0629"  # ة


def _collective(word: str) -> frozenset[str]:
    """The collective of an Arabic noun of unity, where the dictionaries give both the same sense: the noun
    without its ة (جرادة, a locust: جراد, locusts; بعوضة, بعوض; سجادة, سجاد), which the news writes of a
    kind of thing. Not where the shorter word means something else (طائرة, a plane: طائر, a bird;
    جامعة, جامع; شركة, شرك)."""
    if not word.endswith(TA_MARBUTA) or len(word) < 4:
        return frozenset()
    collective = word[:-1]
    unit = arabic_senses(word)
    return frozenset({collective}) if unit and unit & arabic_senses(collective) else frozenset()


def _feminine(word: str, language: str) -> frozenset[str]:
    """The feminine of an agent noun `word` (`FEMININE`), or nothing."""
    for ending, forms in FEMININE.get(language, ()):
        if word.endswith(ending):
            return frozenset(word[: len(word) - len(ending)] + form for form in forms)
    return frozenset()


def _endings(word: str, language: str) -> frozenset[str]:
    """`word` with the first `ENDINGS` rule of `language` that applies to it."""
    for removed, added in ENDINGS.get(language, ()):
        if removed and not word.endswith(removed):
            continue
        if not removed and language in ("ru", "uk", "pl") and word[-1] in _VOWELS:
            return frozenset()  # a neuter or foreign noun: its endings are other ones
        stem = word[: len(word) - len(removed)]
        stems = {stem, stem[:-2] + stem[-1]} if not removed and stem[-2:] in _FLEETING else {stem}
        return frozenset(s + ending for s in stems for ending in added)  # podatek: podatku
    return frozenset()


# The relational adjective a noun makes, which news writes where English puts the noun before another
# (`mortgage` in "mortgage loans": Polish *kredytów hipotecznych*, Russian *ипотечный кредит*, Spanish
# *créditos hipotecarios*; `death penalty`: Ukrainian *смертної кари*). `(noun ending, adjective stems'
# endings in its place)`, the first whose ending the noun has; a derived adjective is only taken where
# wordfreq knows it as a word (`ADJECTIVE_ZIPF`), since a noun makes one of its suffixes only:
# *hipoteczny*, not *hipotekowy*.
DERIVED: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "pl": (
        ("ka", ("czn",)),
        ("cja", ("cyjn",)),
        ("sja", ("syjn",)),
        ("zja", ("zyjn",)),
        ("a", ("ow", "n")),
        ("o", ("ow", "n")),
        ("", ("ow", "n", "sk", "yczn")),
    ),
    "ru": (
        ("ка", ("чн",)),
        ("ия", ("ионн",)),
        ("ство", ("ственн",)),
        ("ь", ("н",)),
        ("а", ("ов", "н")),
        ("я", ("н",)),
        ("о", ("ов", "н")),
        ("", ("ов", "н", "ск", "ическ")),
    ),
    "uk": (
        ("ка", ("чн",)),
        ("ія", ("ійн",)),
        ("ь", ("н",)),
        ("а", ("ов", "н")),
        ("я", ("н",)),
        ("о", ("ов", "н")),
        ("", ("ов", "н", "ськ", "ичн")),
    ),
}
# Romance languages make theirs in -ario and -aire (*hipoteca*: *créditos hipotecarios*; *banque*:
# *bancaire*).
DERIVED |= {
    "es": (("a", ("ari",)), ("o", ("ari",))),
    "it": (("a", ("ari",)), ("o", ("ari",))),
    "pt": (("a", ("ári",)), ("o", ("ári",))),
    "fr": (("que", ("caire",)),),
}
ADJECTIVE_ZIPF = 2.0
# A Slavic adjective's endings after a hard stem (Polish after k and g: i, ie, ...; `_soft_after`).
ADJECTIVE_ENDINGS = {
    "pl": ("y", "a", "e", "ego", "emu", "ym", "ej", "ą", "ych", "ymi"),
    "ru": ("ый", "ая", "ое", "ые", "ого", "ому", "ым", "ом", "ой", "ую", "ых", "ыми"),
    "uk": ("ий", "а", "е", "і", "ого", "ому", "им", "ім", "ої", "ій", "у", "их", "ими"),
    "es": ("o", "a", "os", "as"),
    "it": ("o", "a", "i", "e"),
    "pt": ("o", "a", "os", "as"),
    "fr": ("", "s"),
}
_SOFT_AFTER = {"pl": ("k", "g"), "ru": ("к", "г", "х")}  # y -> i, ы -> и after these (Polish lekarski)
_SOFTENED = {"pl": str.maketrans({"y": "i"}), "ru": str.maketrans({"ы": "и"})}


def adjective_forms(stem: str) -> frozenset[str]:
    """The forms of an adjective given as `language:stem` (`adjectives`)."""
    language, _, bare = stem.partition(":")
    soft = bare.endswith(_SOFT_AFTER.get(language, ()))
    endings = ADJECTIVE_ENDINGS[language]
    return frozenset(bare + (e.translate(_SOFTENED[language]) if soft else e) for e in endings)


@cache
def adjectives(word: str, language: str) -> tuple[str, ...]:
    """The relational adjectives (`DERIVED`) of noun `word` that wordfreq knows in any of their forms,
    each as `language:stem` for `adjective_forms`."""
    rules = DERIVED.get(language)
    word = word.lower()
    if not rules or " " in word or len(word) < INFLECTED_LETTERS:
        return ()
    for removed, added in rules:
        if not word.endswith(removed) or (not removed and word[-1] in _VOWELS):
            continue
        base = word[: len(word) - len(removed)]
        bases = [base]
        if not removed and base[-2:] in _FLEETING:  # its e or o drops before a suffix: podatek, podatkowy
            bases.append(base[:-2] + base[-1])
        found = []
        for stem in (f"{language}:{b}{suffix}" for b in bases for suffix in added):
            forms = adjective_forms(stem) if language in ("pl", "ru", "uk") else {_first_form(stem)}
            if max(FREQUENCIES.zipf(f, language) for f in forms) >= ADJECTIVE_ZIPF:
                found.append(stem)
        return tuple(found)
    return ()


_FLEETING = frozenset({"ek", "ок", "ек"})


def _first_form(stem: str) -> str:
    """A Romance adjective's masculine singular, the form that must be a word: its feminine may be a
    verb's (Spanish *cargaría*, "would load", is no adjective of *carga*)."""
    language, _, bare = stem.partition(":")
    return bare + ADJECTIVE_ENDINGS[language][0]
