"""The look-alike guard: a rule word is never matched by a word that only looks the same.

In an article of another language than the rule's:
- the rule word's *lemma* is never compared (English `died` has the lemma *die*, which is
  also the German and Dutch article);
- its own spelling (folded: accents and case removed) still matches, so a rare word that
  languages borrow (`ransomware`, `F-16`, a product name) is found untranslated, except
  where that spelling is a common word of the article's language (German *war*, *die*,
  *Pläne* folded to *plane*; French *car*, *un*) and the lexicon does not give that very
  spelling as an equivalent (German *Team* for `team`, French *restaurant*: loanwords);
  there the article is matched through the word's equivalents only (`war` through *Krieg*).

A term that is no word of the rule's language at all (`北京` or `Erdbeben` in an English
rule: its author wrote the other language's word) is not guarded either. Names and
acronyms are not guarded this way: they keep their spelling and are matched by case
instead (see `terms`). Where case cannot tell a name from a common word spelled like it
(German capitalises its nouns, Arabic has no capitals: *Koch*, ماسك), the words around
each hit do (`NameContext`).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product

from monitor.analysis.analyzer import AnalysedText, Case, Part, Token
from monitor.analysis.fold import fold
from monitor.analysis.support import OTHER_SCRIPTS
from monitor.lexicon.dictionary import COMPOUNDING, WORD_RE
from monitor.lexicon.terms import CAPITALISED_NOUNS

# A spelling at least this frequent in the article's language is a word of that language. Measured on
# the development halves of tests/data/lookalikes.yaml and the terms set: 3.0, 3.5, 4.0 and 4.5 let
# 7, 8, 11 and 29 of 145 look-alikes through, for term recall 0.379, 0.387, 0.390 and 0.392.
LOOKALIKE_ZIPF = 3.0


@dataclass(frozen=True)
class Guarded:
    """Whether a word's own spelling may match in a language, and if not, the look-alike's frequency."""

    allowed: bool
    lookalike: str = ""  # the common word of the article's language it would have matched
    zipf: float = 0.0
    means: tuple[str, ...] = ()  # what the look-alike means, in the rule's language, where known


def literal(
    forms: Iterable[str],
    language: str,
    linked: Iterable[str],
    zipf: Callable[[str, str], float],
) -> Guarded:
    """May a word whose folded token forms are `forms` match its own spelling in `language`?

    `linked` are the folded spellings the lexicon gives as its equivalents in `language`:
    a spelling both languages share on purpose (a loanword) is no look-alike. Nor is a Latin spelling
    in a language written in another script: its news uses it as the foreign word itself (Greek
    *smartphone*, common there), not as a word of its own spelt alike.
    """
    shared = set(linked)
    for form in forms:
        if form in shared or (language in OTHER_SCRIPTS and form.isascii()):
            continue
        frequency = zipf(form, language)
        if frequency >= LOOKALIKE_ZIPF:
            return Guarded(False, form, frequency)
    return Guarded(True)


# Arabic has no capitals to tell a name from a word, but its words inflect and its foreign names do
# not: a word's forms with a suffix (ه ها ات ة) or with a clitic and the article (وال بال) are words
# of its news too (مسك, musk: المسك, مسكه, مسكة; حلب, to milk: حلبة), while a name's are not
# (نتنياهو, سانشيز, ترامب: none). Measured over wordfreq's Arabic: foreign names have at most one such
# form at this frequency, common words three or more.
_ARABIC_DERIVED = (("", "ه"), ("", "ها"), ("", "ات"), ("", "ة"), ("وال", ""), ("بال", ""))
ARABIC_DERIVED_ZIPF = 2.0
ARABIC_DERIVED_WORD = 2  # this many derived forms in use make a word


def arabic_word(text: str, zipf: Callable[[str, str], float]) -> bool:
    """Whether the Arabic `text` is used as an ordinary word (it takes suffixes and the article), not
    only as a name: a reading that is one would find that word everywhere."""
    used = sum(zipf(form, "ar") >= ARABIC_DERIVED_ZIPF for form in _arabic_derived(text))
    return used >= ARABIC_DERIVED_WORD


def _arabic_derived(text: str) -> list[str]:
    """`text`'s forms with a suffix or a clitic and the article (`_ARABIC_DERIVED`). A feminine noun's
    ة turns to ت before a suffix and gives way to its plural's ات (جدة, grandmother: جدته, جدتها, جدات;
    حماة, mother-in-law: حماته), where a name ending in it takes neither (غزة, مكة)."""
    if not text.endswith("ة"):
        return [before + text + after for before, after in _ARABIC_DERIVED]
    stem = text[:-1]
    return [stem + "ته", stem + "تها", stem + "ات", "وال" + text, "بال" + text]


# A name that is also a common word of the article's language (issue 14): German *Koch* (cook),
# *Wolf*, *Fischer*, *Tesla* (the unit); Arabic ماسك (a mask) for Musk, حلب (to milk) for Aleppo,
# حماس (enthusiasm) for Hamas. Capitals cannot tell them apart where nouns are capitalised too, or
# where the script has none, so the words around the hit decide (`NameContext`).

# German: a noun stands after its article or another determiner, a numeral or a quantifier, or after an
# adjective that follows one (*der Koch*, *ein Wolf*, *die beiden Fischer*, *drei Tesla*, *ein
# erfahrener Koch*); a surname does not (*Roland Koch*, *sagte Koch*, *Autobauer Tesla*). Contractions
# of a preposition and the article (*im*, *beim*) are articles too.
GERMAN_DETERMINERS = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein",
    "keine", "keinen", "keinem", "keiner", "keines", "dieser", "diese", "dieses", "diesen", "diesem",
    "jener", "jene", "jenes", "jenen", "jenem", "jeder", "jede", "jedes", "jeden", "jedem", "mancher",
    "manche", "manches", "manchen", "solche", "solcher", "solches", "solchen", "welche", "welcher",
    "welches", "welchen", "mein", "meine", "meinen", "meinem", "meiner", "meines", "dein", "deine",
    "deinen", "deinem", "deiner", "sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr",
    "ihre", "ihren", "ihrem", "ihrer", "ihres", "unser", "unsere", "unseren", "unserem", "unserer",
    "euer", "eure", "euren", "eurem", "eurer", "im", "am", "zum", "zur", "vom", "beim", "ins", "ans",
    "aufs", "als", "aller", "alles", "allem", "sämtliche", "sämtlichen",
    "viele", "vielen", "einige", "einigen", "mehrere", "mehreren", "wenige", "wenigen",
    "beide", "beiden", "alle", "allen", "zahlreiche", "zahlreichen", "verschiedene", "verschiedenen",
    "andere", "anderen", "weitere", "weiteren", "etliche", "etlichen", "zwei", "drei", "vier", "fünf",
    "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "hundert", "tausend", "hunderte",
    "tausende", "dutzende", "zehntausende", "hunderttausende", "mehr", "weniger", "manch", "welch"
})  # fmt: skip
_GERMAN_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")

# Arabic: a word stands in a construct with the definite noun after it (ماسك الوجه, "face mask"; حلب
# الأبقار, "milking the cows"), takes a nisba adjective without the article (كابل بحري, عون مالي) or a
# preposition or the article as a proclitic (بحماس, "with enthusiasm"; لحلب). A name so placed is
# counted only after a word that introduces a name: a title, a kind of place or body, or a
# preposition of place (الرئيس جوزيف عون, حركة حماس الفلسطينية, مطار حلب الدولي, في حلب الثلاثاء).
ARABIC_TITLES = frozenset({
    "الرئيس", "رئيس", "الزعيم", "زعيم", "القائد", "قائد", "الوزير", "وزير", "السيد", "السيدة", "الأمير",
    "الملك", "الشيخ", "شيخ", "الجنرال", "الملياردير", "النائب", "النائبة", "المستشار", "السفير", "القاضي",
    "المبعوث", "الأمين", "اللواء", "العميد", "العقيد", "المشير", "الدكتور", "الكاتب", "الصحفي", "المرشح",
    "المدير", "مدير", "المتحدث", "الناطق", "محافظ", "المحافظ", "حاكم",
    # women's titles, and the callings news names a person by (المدرب سامي, الناشطة أمل)
    "الرئيسة", "رئيسة", "الوزيرة", "وزيرة", "الزعيمة", "زعيمة", "الأميرة", "الملكة", "المديرة", "مديرة",
    "المتحدثة", "السفيرة", "القاضية", "المرشحة", "الدكتورة", "الكاتبة", "الصحفية", "المبعوثة",
    "المدرب", "مدرب", "اللاعب", "اللاعبة", "الفنان", "الفنانة", "الممثل", "الممثلة", "المغني",
    "المغنية", "المطرب", "المطربة", "الناشط", "الناشطة", "الباحث", "الباحثة", "المهندس", "المهندسة",
    "الأستاذ", "الأستاذة", "البروفيسور", "المحامي", "المحامية", "النجم", "النجمة", "الروائي",
    "الشاعر", "الشاعرة", "المخرج", "المخرجة", "الداعية", "الإمام", "البطريرك", "الحاكم", "السيناتور",
    "عضو", "عضوة", "نائب", "نائبة", "المعارض", "المعارضة",
})  # fmt: skip
ARABIC_PLACE_KINDS = frozenset({
    "حركة", "جماعة", "منظمة", "حزب", "شركة", "مجموعة", "مدينة", "محافظة", "ولاية", "بلدة", "قرية",
    "العاصمة", "عاصمة", "منطقة", "إقليم", "جزيرة", "مطار", "ميناء", "جامعة", "ريف",
    # places news names after a person or a place: مستشفى ناصر, مخيم جباليا, قاعدة حميميم, سجن صيدنايا
    "مستشفى", "مجمع", "مخيم", "معبر", "قاعدة", "سجن", "قصر", "جسر", "ساحة", "مسجد", "مدرسة",
    # bodies named with the article: تنظيم القاعدة, قناة الجزيرة, نادي الهلال, صحيفة الأهرام
    "تنظيم", "قناة", "نادي", "فريق", "صحيفة",
})  # fmt: skip
ARABIC_PLACE_PREPOSITIONS = frozenset({
    "في", "إلى", "قرب", "نحو", "داخل", "شمال", "جنوب", "شرق", "غرب", "وسط",
})  # fmt: skip
ARABIC_INTRODUCERS = ARABIC_TITLES | ARABIC_PLACE_KINDS | ARABIC_PLACE_PREPOSITIONS
INTRODUCED_WITHIN = 3  # a title, its adjective and a given name: الرئيس اللبناني نواف سلام
# Adjectives a title takes of its holder's time in it (الرئيس السوري السابق بشار الأسد, رئيس الوزراء الأسبق
# نوري المالكي): between a title and the name it introduces, as its nisba is.
ARABIC_TITLE_MODIFIERS = frozenset({
    "السابق", "السابقة", "الأسبق", "الأسبقة", "المخلوع", "المخلوعة", "الراحل", "الراحلة", "الحالي",
    "الحالية", "المؤقت", "المؤقتة", "الانتقالي", "الانتقالية", "الجديد", "الجديدة", "المنتخب", "المنتخبة",
})  # fmt: skip
_ARABIC_PROCLITICS = ("و", "ف")  # "and": a name takes them as any word does (وترامب)
_ARABIC_PREPOSED = ("ب", "ل")  # a complement joined by a preposition: المتحدث باسم الحزب, المبعوث للسلام


@dataclass(frozen=True)
class NameContext:
    """Where a name's variant that is also a common word of `language` (`word`, folded; `means`,
    what the word means) counts as the name: decided per hit from the words around it.

    `allows` answers True (the name), False (the word) or None (undecided: the first word of a
    German sentence, where there is no article to see: *Koch sagte*, *Siemens streicht*, but
    also the headline *Wolf reißt Schafe*); an undecided hit counts unless the article uses the
    common word elsewhere and nowhere writes the name as one (see `matchers.Context`).
    """

    language: str
    word: str
    means: tuple[str, ...] = ()
    written: str = ""  # the variant as written, for `rules check`
    # a spelling only the transcription gives (برهان, "proof", for Burhan; سلام, "peace", for Salam):
    # the name only after a word that introduces one, within `INTRODUCED_WITHIN` words (الرئيس
    # اللبناني نواف سلام); Arabic news writes a surname alone only after it has so introduced the
    # person, and the article then matches on that first hit
    introduced: bool = False
    # a name whose own spelling is no common word but which, with the article, is one (حمص, Homs:
    # الحمص, the chickpeas; جنين, Jenin: الجنين, the foetus): matched as the name only without the article
    bare: bool = False
    # German: whether a capitalised word is a common noun or adjective of the language (the dictionaries
    # say so): the name's variant joined by *und* to one is that word too (*Koch und Kellner*, *Jung und
    # Alt*, *Bauern und Fischer*), where two names are joined by it (*Koch und Merz*)
    common: Callable[[str], bool] | None = field(default=None, compare=False)
    # a surname that is a nisba with the article (الحريري, السوداني): also the adjective, which stands right
    # after a definite noun (الوشاح الحريري, "the silk scarf"; الجيش السوداني, "the Sudanese army"); the
    # name after a given name, a title or anything else
    nisba: bool = False
    # a name written with the article whose stem is a common word (الأقصر, Luxor: the shortest; الزرقاء,
    # Zarqa: the blue): also that adjective or noun, which stands right after a definite noun (الطريق
    # الأقصر, السماء الزرقاء); the name after a kind of place or a title (مدينة الأقصر, العاصمة الخرطوم),
    # after an indefinite noun (معابد الأقصر) or with a clitic (بالأقصر)
    articled: bool = False
    # Arabic: the adjectives, with the article, of the country of the place the variant names (Zarqa:
    # الأردني, الأردنية): after the name they say which place it is (الزرقاء الأردنية, حلب السورية), where
    # another nisba is the word's adjective (الجزيرة اليونانية, the Greek island)
    country: frozenset[str] = frozenset()
    # Arabic: for an articled name (`articled`) that is a town's, not a country's or a great city's
    # (الخبر, Khobar: the news; العيون, Laayoune: the eyes), whether a word is a past verb (`names.
    # _arabic_verb`): right after one the word is its subject or object (انتشر الخبر, تابعت العيون
    # المباراة), where news names such a town by its kind (شهدت مدينة الخبر); a capital stays the name
    # there (استضافت الرياض القمة)
    verb: Callable[[str], bool] | None = field(default=None, compare=False)
    # German: whether the name is a place's (a city a name source knows): a place stands after *in* (*in
    # Essen*, *in Halle*), a person or a firm not, where a noun does (*in Kraft*, *in Ruhe*)
    place: bool = True
    # German: the variant is another word's inflected form, not a dictionary's headword (*Reiche*: the
    # plural of *Reich*, or *reich* declined): no rule's author types the word so, so the rule's own
    # spelling of it, rare in the rule's language, is a name too (see `compile.name_context`)
    inflected: bool = False
    # German: whether a noun names what a name names, a person, body or place (`words.bearer_noun`):
    # the predicate after a copula opening a sentence tells a person's name from a noun (*Braun ist der
    # Chef*, *Braun ist die Farbe der Saison*)
    bearer: Callable[[str], bool | None] | None = field(default=None, compare=False)
    # German: whether a hyphenated compound the variant opens, written as one word, is a word of the
    # language (`names.closed_compound`): *Wolf-Rudel* is *Wolfsrudel*, the animal's; a name's
    # compound is made for the day and no word (*Koch-Vertraute*, *Merz-Regierung*)
    compound: Callable[[str, str], bool] | None = field(default=None, compare=False)
    # German: the word is only an adverb (*Lange*: long, a long time): opening a sentence before its verb,
    # it is the adverb where a determiner follows the verb (*Lange hatte die Regierung gezögert*): German
    # puts one phrase before the verb, the subject after it then; a name there is the subject, and its
    # verb's object after it is as often a pronoun or a clause (*Lange sagte, ...*, *Lange lobte ihn*)
    adverb: bool = False
    # Arabic: the variant is a feminine adjective of the pattern فعيلة whose elative أفعل its news uses
    # (حديثة, recent: أحدث; طويلة, long: أطول): right after an indefinite feminine noun or a plural in ات,
    # which it agrees with, it is that noun's adjective (دراسة حديثة, تقنيات حديثة); a town so named
    # stands after a masculine noun or a kind of place (سد حديثة, قضاء حديثة, مدينة حديثة)
    feminine_adjective: bool = False

    def describe(self, language_name: str) -> str:
        """What `rules check` says of it: `Koch: also a German word ('cook'), matched as the name ...`."""
        means = f" ({', '.join(repr(m) for m in self.means)})" if self.means else ""
        if self.language == "ar" and self.nisba:
            written = self.written or self.word
            return f"{written}: also an Arabic adjective, not matched right after a definite noun"
        if self.language == "ar" and self.articled and self.introduced:
            written = self.written or self.word
            return (
                f"{written}: also a common Arabic word, matched as the name only after a title or a kind"
                " of place or body, as the one who speaks, or as a surname after a given name a title"
                " introduces"
            )
        if self.language == "ar" and self.articled:
            written = self.written or self.word
            verb = " or, being a town's name, a verb" if self.verb is not None else ""
            return f"{written}: also a common Arabic word, not matched right after a definite noun{verb}"
        if self.language == "ar" and self.bare:
            written = self.written or self.word
            word = f"{_AR_ARTICLE}{written}"
            return f"{written}: with the article ({word}) a common Arabic word, the name only without it"
        if self.language == "ar":
            how = (
                "matched as the name only with no article or preposition attached and no definite noun"
                " or adjective after it, unless a title or a kind of place or body comes before it, a"
                " verb of saying or a title after a comma; with the article only as a surname after a"
                " given name"
            )
        else:
            how = (
                "matched as the name only where no article, numeral or adjective comes before it,"
                " not inside a compound (nor opening a hyphenated one that is a word written as one)"
                " or with a noun's endings (only the genitive -s), nor joined by"
                " 'und' to a common word or opening a list of them, nor right after 'in' unless it is a"
                " place, nor before an infinitive 'werden', 'sein' or 'bleiben' ending the clause,"
                " and at a sentence's or a quotation's start (or after"
                " an adjective opening it) only in the genitive or before a"
                " verb in the singular or a break, not before 'ist ein' (a definition) nor before a"
                " verb and 'er', 'ich', 'wir' or 'man' (the subject after it)"
                + (
                    ""
                    if self.place or self.bearer is None
                    else " nor before 'ist der/die/das' and a noun naming no person, body or place"
                )
                + (" nor, being only an adverb, before a verb and a determiner" if self.adverb else "")
            )
        article = "an" if language_name[:1] in "AEIOU" else "a"
        return f"{self.written or self.word}: also {article} {language_name} word{means}, {how}"

    def allows(self, text: AnalysedText, position: int) -> bool | None:
        if self.language == "ar":
            return self._arabic(text, position)
        return self._german(text, position)

    def _german(self, text: AnalysedText, position: int) -> bool | None:
        tokens = text.tokens
        token = tokens[position]
        form = token.form
        parts = form.split("-")
        if self.word in parts[:-1]:
            # a hyphenated compound's modifier: *der Koch-Vertraute*, *die Fischer-Rede*; not where
            # the compound is a word written as one too (*Wolf-Rudel*: *Wolfsrudel*)
            return not self._closed_compound(token.text, parts.index(self.word))
        as_name = (self.word, self.word + "s", *(self.word + a for a in _APOSTROPHES))
        if form not in as_name and parts[-1] != self.word:
            # the noun inside a compound (*Sternekoch*) or inflected as a noun, not as a name: a name
            # takes only the genitive -s (*Kochs*), a noun its plural and dative (*Köche*, *Fischern*)
            return False
        genitive = form != self.word and parts[-1] != self.word  # a noun's genitive has its article
        if self.common is not None and _german_coordinated(text, position, self.common):
            return False
        if token.sentence_start or position == 0 or _opens_quotation(text.text, token.start):
            opening = _german_opening(text, position, genitive)
            if (
                opening is None
                and self.adverb
                and form == self.word
                and _german_determiner_after_verb(text, position)
            ):
                return False
            if opening is None and not self.place and self.bearer is not None:
                noun = _german_predicate_noun(text.tokens, position + 1)
                if noun is not None and _german_bearer(noun, self.bearer) is False:
                    return False  # *Sommer ist die Jahreszeit der Waldbrände*: no person's office
            return opening
        if form == self.word and _german_predicate(text, position):
            return False  # *wollte er König werden*: what one becomes, a noun
        before = tokens[position - 1]
        if not self.place and before.form == "in" and form == self.word:
            return False  # *tritt in Kraft*: a noun after *in*, where a person or a firm is not
        if (before.sentence_start or position == 1) and _german_opening_adjective(before):
            # an adjective opening the sentence (*Gelbe Engel rücken aus*, but *Vorsitzende Koch sagte*):
            # the words after the pair decide, as after a word opening one
            return _german_opening(text, position, genitive)
        if _german_determiner(before) or _german_bare_adjective(before):
            return False
        adjective = (  # after an adjective after a determiner: *ein erfahrener Koch*, *die alte Linde*
            _german_adjective(before) and position >= 2 and not before.sentence_start
        )
        return not (adjective and _german_determiner(tokens[position - 2]))

    def _closed_compound(self, written: str, index: int) -> bool:
        """Is the hyphenated `written`, from its part at `index` (the variant) on, a word of the
        language written as one (`compound`)?"""
        pieces = written.split("-")
        if self.compound is None or len(pieces) <= index + 1:
            return False
        return self.compound(pieces[index], "".join(pieces[index + 1 :]))

    def _arabic(self, text: AnalysedText, position: int) -> bool | None:
        tokens = text.tokens
        form = tokens[position].form
        if self.feminine_adjective and form == self.word and _arabic_feminine_noun_before(tokens, position):
            return False  # دراسة حديثة, تقنيات حديثة: the adjective after the noun it agrees with
        if self.bare:  # any clitic but the article (بحمص, لحمص; not الحمص, للحمص), and any ending (أنطاكيا)
            if position > 0 and tokens[position - 1].form in _ARABIC_PREDICATE_FOLDED:
                return False  # a predicate or an adverb after a copula: كان دوما يدافع (always), not Douma
            start = form.find(self.word[:_BARE_STEM])
            before = form[:start] if start >= 0 else _AR_ARTICLE
            return not before.endswith(_AR_ARTICLE) and before not in ("لل", "ولل", "فلل")
        if self.word in _ARABIC_INTRODUCERS_FOLDED or _AR_ARTICLE + self.word in _ARABIC_TITLES_FOLDED:
            # a title or a kind of place is the word it names (حاكم, governor, for Hakim), but for a
            # surname after a given name that a title introduces (الوزير محمد أمين; Amin, "secretary")
            return form == self.word and _arabic_titled_surname(tokens, position)
        if self.nisba:  # not the adjective after its noun (الجيش السوداني); its other forms as before
            return form != self.word or not _arabic_adjective(tokens, position)
        if self.articled and self.introduced:
            return _arabic_articled_name(text, position, self.word)
        if self.articled:  # not the word after its noun (الطريق الأقصر), but after العاصمة or مدينة
            before = tokens[position - 1].form if position > 0 else ""
            if form != self.word or before in _ARABIC_NAMERS_FOLDED:
                return True
            if self.verb is not None and _arabic_after_verb(before, self.verb):
                return False  # انتشر الخبر, تابعت العيون: the verb's subject or object
            # nor the noun before its own nisba adjective (الجزيرة اليونانية, the Greek island)
            after = tokens[position + 1].form if position + 1 < len(tokens) else ""
            own_country = after in self.country
            adjective = _arabic_nisba(after) or _arabic_elative(after)
            return not _arabic_adjective(tokens, position) and (own_country or not adjective)
        bare = form == self.word or any(form == c + self.word for c in _ARABIC_PROCLITICS)
        articled = not bare and form in (_AR_ARTICLE + self.word, "و" + _AR_ARTICLE + self.word)
        if not bare and not articled:
            return False  # with a preposition or an ending: the word (بحماس, لحلب)
        if _arabic_speaker(tokens, position) or _arabic_apposition(text, position):
            return True  # وأكد حسام منصور أن; منصور، رئيس الاتحاد
        if bare and self.word.startswith(_AR_ARTICLE) and _arabic_adjective(tokens, position):
            return False  # a variant with its own article, an adjective after its noun: الدخان الرمادي
        if articled:
            # a surname with the article after a given name that a title introduces (شيخ الأزهر أحمد
            # الطيب) or after a theophoric one (عبد الفتاح البرهان); not an adjective or a noun after
            # another (الرئيس الصيني, سياسة العصا, نمو الجنين)
            return _arabic_theophoric(tokens, position) or (
                _arabic_given_name(tokens, position)
                and _arabic_introduced(tokens, position, _ARABIC_TITLES_FOLDED)
            )
        before = tokens[position - 1].form if position > 0 else ""
        if self.introduced:  # by a title or a kind of place, not a preposition (إلى سلام عادل)
            return _arabic_introduced(tokens, position, _ARABIC_NAMERS_FOLDED)
        after = tokens[position + 1].form if position + 1 < len(tokens) else ""
        if before in _ARABIC_PREPOSITIONS_FOLDED and _arabic_indefinite_nisba(after):
            return False  # an indefinite noun and its adjective: عطل في كابل رئيسي (a main cable)
        if before in _ARABIC_INTRODUCERS_FOLDED:
            return True
        if (
            self.verb is not None
            and bare
            and self.word.startswith(_AR_ARTICLE)
            and _arabic_after_verb(before, self.verb)
        ):
            return False  # a town's name that is a word with its article, after a verb: انتشر الخبر
        if before in _ARABIC_PREDICATE_FOLDED:
            return False  # a predicate: وصف القرار بأنه حكيم, كان جميلا
        # a place's part or its country (حلب الشرقية, East Aleppo; جدة السعودية), not a construct's noun
        if after and after not in _ARABIC_COMPASS_FOLDED and after not in self.country:
            definite = after.startswith(_AR_ARTICLE) and after not in _ARABIC_NOT_DEFINITE
            if definite or (len(after) >= 4 and after.endswith(("ي", "ية", "يا"))):
                return False
        return True


# Quotation marks that open a quotation: German capitalises its first word as a sentence's (*„Heil
# Hitler“*, *„Lange nicht gesehen“*), so a capital says there no more than opening a sentence does.
_OPENING_QUOTES = frozenset('„“"«»‚‹›')


def _opens_quotation(text: str, start: int) -> bool:
    """Does a quotation mark, itself after a space, a bracket or nothing, stand right before `start`?"""
    if start == 0 or text[start - 1] not in _OPENING_QUOTES:
        return False
    return start == 1 or text[start - 2].isspace() or text[start - 2] in "([–—-:"


# Copulas whose infinitive closes a clause after its predicate noun (*Koch werden*, *Kanzler bleiben*).
_GERMAN_COPULAS = frozenset({"werden", "sein", "bleiben"})


def _german_predicate(text: AnalysedText, position: int) -> bool:
    """A noun inside a sentence right before a copula's infinitive that ends the clause (*Immer weniger
    wollen Schneider werden.*, *will er König bleiben, ...*) is a predicate: what someone is or becomes,
    a common noun, where a name before an infinitive has a participle between (*dass Koch gewählt werden
    kann*); the possessive *sein* has its noun after it (*ob Koch sein Amt behält*)."""
    tokens = text.tokens
    after = position + 1
    if after >= len(tokens) or tokens[after].sentence_start or tokens[after].form not in _GERMAN_COPULAS:
        return False
    if text.text[tokens[position].end : tokens[after].start].strip():
        return False
    then = after + 1
    if then >= len(tokens) or tokens[then].sentence_start:
        return True
    return bool(text.text[tokens[after].end : tokens[then].start].strip())  # a comma or a dash closes it


def _german_opening(text: AnalysedText, position: int, genitive: bool) -> bool | None:
    """A name that is also a German noun or adjective, opening a sentence: its capital says nothing there,
    so the words after it decide. The name's genitive (*Kochs Nachfolger*, *Kurz' Anwalt*) is the name;
    a finite verb in the singular after it (*Koch sagte*, *Wolf erklärte*, *Kurz bestreitet*), or a
    break (*Koch (CDU)*, *Koch:*, *Koch, der ...*) leaves it undecided (a bare singular noun opens
    headlines too: *Wolf reißt Kälber*); anything else makes it the word: a preposition or a participle
    after an adverb or adjective (*Kurz nach Mitternacht*, *Schwarz gekleidete*), a plural verb (*Fischer
    protestieren*), a noun after an adjective or a modifier (*Lange Schlangen*), an article after a noun
    with its genitive attribute (*Vogel des Jahres*), a lower-case word after *und* (*frank und frei*)."""
    tokens = text.tokens
    token = tokens[position]
    if genitive or text.text[token.end : token.end + 1] in _APOSTROPHES:
        return True
    after = position + 1
    if after >= len(tokens) or tokens[after].sentence_start:
        return None
    between = text.text[token.end : tokens[after].start]
    if between.strip():
        return None  # a comma, colon, bracket or dash: an apposition, a speaker, a party
    nxt = tokens[after]
    if nxt.case is not Case.LOWER:
        return False if nxt.case is Case.TITLE else None  # before a noun: *Lange Schlangen*; *Koch CDU*
    if nxt.form in _GERMAN_CONJUNCTIONS:
        then = tokens[after + 1] if after + 1 < len(tokens) else None
        return None if then is None or then.case is not Case.LOWER else False  # *Koch und Merz*
    if nxt.form in _GERMAN_POSTPOSITIONS:
        return None  # *Koch zufolge*
    if nxt.form in _GERMAN_SUBJECT_ADVERBS and after + 1 < len(tokens):
        after += 1
        nxt = tokens[after]  # *Koch selbst sagte*, *Kurz hingegen bestreitet*
    if not (nxt.case is Case.LOWER and _german_singular_verb(nxt)):
        return False
    if _german_definition(tokens, after) or _german_pronoun_subject(text, after):
        return False
    return False if _german_participle_before_verb(tokens, after) else None


def _german_determiner_after_verb(text: AnalysedText, position: int) -> bool:
    """Does a finite verb in the singular follow the word at `position`, then a determiner, with nothing
    between (*Lange hatte die Regierung ...*, *Lange war der Ausgang offen*; not *Lange sagte, die ...*)?"""
    tokens, verb, then = text.tokens, position + 1, position + 2
    if then >= len(tokens) or tokens[verb].sentence_start or tokens[then].sentence_start:
        return False
    if text.text[tokens[position].end : tokens[then].start].replace(tokens[verb].text, "", 1).strip():
        return False
    return _german_singular_verb(tokens[verb]) and _german_determiner(tokens[then])


def _german_definition(tokens: list[Token], position: int) -> bool:
    """Is the verb at `position`, after the word opening the sentence, a copula before an indefinite
    article (*Zimmermann ist ein Beruf mit Zukunft*, *Schneider ist einer der ältesten Berufe*)? A bare
    noun so opens a sentence that says what the word means; news introduces a person it names by an
    office without an article or with the definite one (*Merz ist Kanzler*, *Bauer ist der Favorit*)."""
    if tokens[position].form not in _GERMAN_COPULA_FORMS or position + 1 >= len(tokens):
        return False
    then = tokens[position + 1]
    return not then.sentence_start and then.form in _GERMAN_INDEFINITE_ARTICLES


def _german_pronoun_subject(text: AnalysedText, position: int) -> bool:
    """Is the verb at `position`, after the word opening the sentence, followed by a pronoun that is only
    ever a subject (*Lange hatte er gezögert*, *Kurz sagte er noch*, *Koch wollte er werden*)? German puts
    one phrase before the finite verb: with the subject after it, the word opening the sentence is an
    adverb, an object or a predicate, not the person who acts (*Koch sagte*, *Koch lobte ihn*)."""
    tokens, then = text.tokens, position + 1
    if then >= len(tokens) or tokens[then].sentence_start or tokens[then].form not in _GERMAN_SUBJECTS:
        return False
    return not text.text[tokens[position].end : tokens[then].start].strip()  # not *Koch sagte, er ...*


# Personal pronouns in the nominative only (not *sie*, *es*, *ihr*: also objects or possessives).
_GERMAN_SUBJECTS = frozenset({"ich", "du", "er", "wir", "man"})
_GERMAN_COPULA_FORMS = frozenset({"ist", "war", "bleibt", "blieb"})
_GERMAN_DEFINITE_ARTICLES = frozenset({"der", "die", "das"})
PREDICATE_ADJECTIVES = 2  # words between the article and the predicate noun (*der dienstälteste*)


def _german_bearer(noun: Token, bearer: Callable[[str], bool | None]) -> bool | None:
    """`bearer` of a predicate noun, or of its compound's head where the dictionaries lack the compound
    (*Trendfarbe*: *Farbe*; a compound is a kind of its head)."""
    found = bearer(noun.text)
    head = max((p for p in noun.parts if p.kind == "head"), key=lambda p: len(p.text), default=None)
    if found is None and head is not None and head.text != noun.text:
        found = bearer(head.text.capitalize())
    return found


def _german_predicate_noun(tokens: list[Token], position: int) -> Token | None:
    """The predicate noun after a copula at `position` and the definite article (*ist die Farbe*, *war
    der neue Trainer*), if the clause has one; news names a person's office so (*Merz ist der Kanzler*)."""
    if position + 1 >= len(tokens) or tokens[position].form not in _GERMAN_COPULA_FORMS:
        return None
    if tokens[position + 1].form not in _GERMAN_DEFINITE_ARTICLES:
        return None
    for token in tokens[position + 2 : position + 3 + PREDICATE_ADJECTIVES]:
        if token.sentence_start:
            return None
        if token.case is Case.TITLE:
            return token
        if token.case is not Case.LOWER or not token.form.endswith(_GERMAN_ADJECTIVE_ENDINGS):
            return None  # after the article, a word in lower case with an adjective's ending is one
    return None


_GERMAN_INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einer", "eines"})


def _german_participle_before_verb(tokens: list[Token], position: int) -> bool:
    """Is the word at `position`, which reads as a verb in the singular after the word opening the
    sentence, a participle that an adverb opens the sentence with? A participle of a verb with an
    unstressed prefix has no ge- and looks like its present (*bewölkt*, *verletzt*); a finite auxiliary
    right after it tells (*Stark bewölkt bleibt es*, *Schwer verletzt wurde ein Fahrer*): a subject takes
    one finite verb, and an auxiliary comes first (*Koch wird verhaftet*)."""
    word = tokens[position]
    if word.lemma in _GERMAN_AUXILIARIES or position + 1 >= len(tokens):
        return False
    then = tokens[position + 1]
    return not then.sentence_start and then.form in _GERMAN_FINITE_AUXILIARIES


# Verbs that take another's infinitive or participle (*Koch wird verhaftet*, *Koch muss gehen*).
_GERMAN_AUXILIARIES = frozenset({
    "sein", "werden", "haben", "mussen", "sollen", "wollen", "konnen", "durfen", "mogen", "lassen",
})  # fmt: skip
# Their finite forms that no infinitive shares: after a participle opening a sentence, its verb.
_GERMAN_FINITE_AUXILIARIES = frozenset({
    "ist", "sind", "war", "waren", "wird", "wurde", "wurden", "bleibt", "blieb", "blieben", "hat", "hatte",
    "hatten", "scheint", "schien",
})  # fmt: skip


def _german_coordinated(text: AnalysedText, position: int, common: Callable[[str], bool]) -> bool:
    """Is the word at `position` joined by *und*, *oder* or *sowie* to a capitalised common word of German
    (*Koch und Kellner streiken*, *Bauern und Fischer*, *Jung und Alt*), or does it open a list of them
    (*Sommer, Sonne, Strand*; *Winter, Frost und Glätte*)? Nouns are joined to nouns, names to names: a
    name beside a common noun is told apart by its given name or title (*Kellner und Sternekoch Tim
    Mälzer*), which the word there lacks; a name before a comma and a title is in apposition (*Fischer,
    Außenminister von 1998 bis 2005*), which a list goes on after."""
    tokens = text.tokens
    for conjunction, other in ((position + 1, position + 2), (position - 1, position - 2)):
        if not 0 <= other < len(tokens) or tokens[conjunction].form not in _GERMAN_CONJUNCTIONS:
            continue
        joined, between = tokens[other], tokens[conjunction]
        later = tokens[max(other, position)]  # the second word joined: none opens a sentence
        opens = later.sentence_start or between.sentence_start
        if joined.case is Case.TITLE and not opens and common(joined.text):
            return True
    return _german_listed(text, position, common)


def _german_listed(text: AnalysedText, position: int, common: Callable[[str], bool]) -> bool:
    """Does the word at `position` open a list of capitalised common words: a comma, one of them, and
    another comma or a conjunction before the next capitalised word (*Sommer, Sonne, Strand*)? After a
    comma either of the two next words may be the one the dictionaries know."""
    tokens = text.tokens
    if position + 3 >= len(tokens):
        return False
    joined, after = tokens[position + 1], tokens[position + 2]
    if text.text[tokens[position].end : joined.start].strip() != "," or joined.sentence_start:
        return False
    if joined.case is not Case.TITLE or after.sentence_start:
        return False
    gap = text.text[joined.end : after.start].strip()
    if gap == "" and after.form in _GERMAN_CONJUNCTIONS:
        return common(joined.text)
    return gap == "," and after.case is Case.TITLE and (common(joined.text) or common(after.text))


_APOSTROPHES = frozenset({"'", "’"})
_GERMAN_CONJUNCTIONS = frozenset({"und", "oder", "sowie"})
_GERMAN_POSTPOSITIONS = frozenset({"zufolge", "gegenüber", "gegenuber"})
# Adverbs that stand between a subject opening a sentence and its verb.
_GERMAN_SUBJECT_ADVERBS = frozenset({
    "selbst", "jedoch", "hingegen", "dagegen", "allerdings", "aber", "wiederum", "indes", "indessen", "nun",
    "jetzt", "erneut", "auch", "bereits", "dann", "zuletzt", "zunachst", "damals",
})  # fmt: skip


def _german_opening_adjective(token: Token) -> bool:
    """A sentence's first word, capitalised there, that is an inflected adjective or participle (*Gelbe*,
    *Ehemalige*, *Erfahrene*): an adjective's ending (not -er, which titles end in: *Bürgermeister*) on
    a lemma the table gives as its stem, or as the noun made of it (*gelbe*: Gelbes)."""
    form, lemma = token.form, token.lemma
    if token.case is not Case.TITLE or form.endswith("er") or not form.endswith(_GERMAN_ADJECTIVE_ENDINGS):
        return False
    return _adjective_of(form, lemma) or lemma in (form + "s", form + "r")


def _german_bare_adjective(token: Token) -> bool:
    """An inflected adjective or participle with no determiner before it (*gelbe Engel*, *aufgebrachte
    Fischer*, *mit neuen Schäfern*): its stem is its lemma, which a verb's past is not (*betonte*:
    betonen). Not -er, the comparative's ending too, read as an adverb (*wie früher Koch*), nor an
    adverb that has an adjective's ending (*wie lange Koch bleibt*)."""
    form = token.form
    if token.case is not Case.LOWER or form.endswith("er") or form in _GERMAN_ADVERBS_IN_E:
        return False
    return token.lemma != form and _adjective_of(form, token.lemma)


_GERMAN_ADVERBS_IN_E = frozenset({"lange", "gerne", "alleine", "ferne", "balde"})


def _german_adjective(token: Token) -> bool:
    """An inflected adjective or participle in lower case (*alte*, *erfahrener*, *gestiegene*): an adjective's
    ending on a lemma that is no infinitive (*alte*: alt) or on the lemma itself (*gestiegene*: gestiegen);
    not a verb in the past (*sagte*: sagen, *betonten*: betonen). A word the lemma table does not know is
    read by its ending alone, *-te* and *-ten* taken for verbs."""
    form, lemma = token.form, token.lemma
    if token.case is not Case.LOWER or not form.endswith(_GERMAN_ADJECTIVE_ENDINGS):
        return False
    if lemma == form:
        return not form.endswith(("te", "ten"))
    return not lemma.endswith("n") or _adjective_of(form, lemma) or _participle_adjective(form, lemma)


def _participle_adjective(form: str, lemma: str) -> bool:
    """Is `form` the participle in -t of its lemma, a verb with a prefix and no ge- (*ausverkauften*:
    ausverkauft; *verletzten*: verletzt), with an adjective's ending? Its past in the plural is spelt
    alike, which a determiner before it rules out (*in der ausverkauften Halle*); not the ending -e, whose
    past in the singular follows a pronoun opening the sentence (*Das betonte Koch*)."""
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    return form.startswith(stem + "t") and form[len(stem) + 1 :] in ("en", "er", "es", "em")


def _adjective_of(form: str, lemma: str) -> bool:
    """Is `form` its lemma with an adjective's ending (*gestiegene*: gestiegen, *erfahrener*: erfahren)?"""
    return form.startswith(lemma) and form[len(lemma) :] in _GERMAN_ADJECTIVE_ENDINGS


def _german_singular_verb(token: Token) -> bool:
    """A finite verb in the singular: the lemma table reads it as another word ending in -n, an
    infinitive (*sagte*: sagen, *trat*: treten, *ist*: sein), and it is no plural or infinitive
    itself (-en) nor a participle (*gewählt*: wählen; but *gewinnt*: gewinnen), nor a participle's
    adjective (*gestiegene*: gestiegen)."""
    form, lemma = token.form, token.lemma
    if lemma == form or not lemma.endswith("n") or form.endswith("en") or _adjective_of(form, lemma):
        return False
    return not (form.startswith("ge") and not lemma.startswith("ge"))


def _german_determiner(token: Token) -> bool:
    return token.form in _GERMAN_DETERMINERS_FOLDED or token.form.isdigit()


# Token forms are folded (*funf*, *samtliche*) where accents are folded, and as written where they are not.
_GERMAN_DETERMINERS_FOLDED = GERMAN_DETERMINERS | frozenset(fold(w, True, "de") for w in GERMAN_DETERMINERS)


# Verbs of saying that open a news sentence before the one who speaks (قال ترامب إن): a common word so
# placed would be their subject, which a word such as برهان ("proof") or سلام ("peace") rarely is.
ARABIC_SPEECH_VERBS = frozenset({
    "قال", "أكد", "أعلن", "أضاف", "أوضح", "صرح", "أشار", "شدد", "نفى", "حذر", "ذكر", "كشف", "اعتبر",
    "رأى", "تابع", "ختم", "أفاد", "زعم", "لفت", "اتهم", "انتقد", "دعا",
})  # fmt: skip
_ARABIC_SPEECH_VERBS_FOLDED = frozenset(fold(w, True, "ar") for w in ARABIC_SPEECH_VERBS)


def _arabic_speech_verb(form: str) -> bool:
    """A verb of saying, with "and" before it or the feminine -ت after it (وأكد, وقالت)."""
    bare = form[1:] if form[:1] in _ARABIC_PROCLITICS and len(form) > 3 else form
    return any(w in _ARABIC_SPEECH_VERBS_FOLDED for w in (bare, bare.removesuffix("ت"), form))


def _arabic_after_verb(before: str, verb: Callable[[str], bool]) -> bool:
    """Whether the word `before` is a past verb, with "and" before it or the feminine -ت after it (وانتشر,
    تابعت), as `verb` reads a verb by its endings."""
    bare = before[1:] if before[:1] in _ARABIC_PROCLITICS and len(before) > 3 else before
    return len(bare) >= 3 and (verb(bare) or (bare.endswith("ت") and len(bare) > 3 and verb(bare[:-1])))


def _arabic_speaker(tokens: list[Token], position: int) -> bool:
    """The one who speaks, right after a verb of saying or after it and a given name (قال سلام إن,
    وأكد حسام منصور أن)."""
    if position > 0 and _arabic_speech_verb(tokens[position - 1].form):
        return True
    if position < 2 or not _arabic_speech_verb(tokens[position - 2].form):
        return False
    return _arabic_given_name(tokens, position)


def _arabic_apposition(text: AnalysedText, position: int) -> bool:
    """A name followed by a comma and its title (منصور، رئيس الاتحاد; الحكيم، زعيم التيار): Arabic news
    so introduces a person it names."""
    tokens = text.tokens
    if position + 1 >= len(tokens) or tokens[position + 1].form not in _ARABIC_TITLES_FOLDED:
        return False
    return any(c in text.text[tokens[position].end : tokens[position + 1].start] for c in "،,")


def _arabic_articled_name(text: AnalysedText, position: int, word: str) -> bool:
    """A guessed reading of a name that is a common noun with the article (الأسد, the lion, for Assad;
    الشرع, the law, for Sharaa): the name only where Arabic news so introduces a name, after a title or
    a kind of place or body (حزب البعث, الرئيس الأسد), after a regime's or an era's word (نظام الأسد),
    as the one who speaks (وقال الأسد), before a
    comma and a title, or as a surname after a given name that a title introduces; with a clitic
    (بالأسد, للأسد) or anywhere else it is the word (هرب الأسد, "the lion escaped")."""
    tokens = text.tokens
    form = tokens[position].form
    if form not in (word, "و" + word):
        return False
    before = tokens[position - 1].form if position > 0 else ""
    if (
        before in _ARABIC_NAMERS_FOLDED
        or _arabic_cliticised(before, _ARABIC_TITLES_FOLDED)
        or before in _ARABIC_RULE_WORDS_FOLDED
        or _arabic_speaker(tokens, position)
        or _arabic_apposition(text, position)
    ):
        return True
    return _arabic_theophoric(tokens, position) or (
        _arabic_given_name(tokens, position) and _arabic_introduced(tokens, position, _ARABIC_TITLES_FOLDED)
    )


# Prepositions and conjunctions joined before a title, longest first (وبالرئيس, بالرئيس, للرئيس): أطيح بالرئيس
# السوداني عمر البشير introduces the name as الرئيس does.
_TITLE_CLITICS = (
    *(c + p for c in _ARABIC_PROCLITICS for p in _ARABIC_PREPOSED),
    *_ARABIC_PROCLITICS,
    *_ARABIC_PREPOSED,
)


def _arabic_cliticised(form: str, titles: frozenset[str]) -> bool:
    """Whether `form` is one of `titles` with a preposition or a conjunction joined before it (بالرئيس;
    للرئيس, where ل and the article make لل)."""
    for clitic in _TITLE_CLITICS:
        if form.startswith(clitic) and len(form) > len(clitic) + 2:
            rest = form[len(clitic) :]
            if rest in titles or (clitic.endswith("ل") and rest.startswith("ل") and "ا" + rest in titles):
                return True
    return False


def _arabic_given_name(tokens: list[Token], position: int) -> bool:
    """Whether the word before `position` can be a given name before a surname: no article, preposition,
    particle, predicate's opener or indefinite object (not القرار الحكيم, من الطيب, إنه سعيد, عملا جميل)."""
    if position == 0:
        return False
    before = tokens[position - 1].form
    definite = before.startswith(_DEFINITE)
    accusative = len(before) >= 4 and before.endswith("ا")  # an object: قدم الفنان عملا جميل الألوان
    particle = before in _ARABIC_PARTICLES_FOLDED or before in _ARABIC_PREDICATE_FOLDED  # إنه, كان
    # a title or a body's word in the construct state takes a complement, no surname (وزير العمل, the
    # minister of labour; وزارة العمل)
    introducer = before in _ARABIC_INTRODUCERS_FOLDED
    return not definite and not accusative and not particle and not introducer and not before.isdigit()


def _arabic_titled_surname(tokens: list[Token], position: int) -> bool:
    """Whether the word at `position`, a title's word too (أمين, secretary; حاكم, governor), stands as a
    surname: after a given name that a title introduces (الوزير محمد أمين) and with no complement after it,
    which a title takes (أمين عام الحزب, حاكم الولاية)."""
    after = tokens[position + 1].form if position + 1 < len(tokens) else ""
    if after.startswith(_DEFINITE) or after in _ARABIC_TITLE_COMPLEMENTS_FOLDED:
        return False
    return _arabic_given_name(tokens, position) and _arabic_introduced(
        tokens, position, _ARABIC_TITLES_FOLDED
    )


_ARABIC_TITLE_COMPLEMENTS_FOLDED = frozenset(
    fold(w, True, "ar") for w in ("عام", "سر", "صندوق")
)  # أمين عام, أمين سر


def _arabic_adjective(tokens: list[Token], position: int) -> bool:
    """Whether the word at `position` stands right after a definite noun, as an adjective does (الوشاح
    الحريري); not after a title, alone or with its complement (الرئيس الحريري, رئيس الوزراء الكاظمي), or a
    theophoric given name (عبد الفتاح السيسي)."""
    if position == 0 or _arabic_theophoric(tokens, position):
        return False
    before = tokens[position - 1].form
    definite = before.startswith(_DEFINITE) and before not in _ARABIC_NOT_DEFINITE
    titled = position >= 2 and tokens[position - 2].form in _ARABIC_TITLES_FOLDED  # وزير الخارجية الشيباني
    return definite and before not in _ARABIC_TITLES_FOLDED and not titled


_DEFINITE = ("ال", "وال", "بال", "لل", "فال", "كال")  # the article, alone or after a clitic


def _arabic_theophoric(tokens: list[Token], position: int) -> bool:
    """A theophoric given name before `position`: عبد or أبو and a definite word (عبد الفتاح البرهان)."""
    if position < 2 or tokens[position - 2].form not in _ARABIC_THEOPHORIC:
        return False
    return tokens[position - 1].form.startswith(_AR_ARTICLE)


def _arabic_introduced(tokens: list[Token], position: int, introducers: frozenset[str]) -> bool:
    """Whether one of `introducers` stands within `INTRODUCED_WITHIN` words before `position` with
    only a person's words between: given names and nisba adjectives (الرئيس التونسي قيس سعيد, الجنرال عبد
    الفتاح برهان, شيخ الأزهر أحمد الطيب); not other words (قال الوزير إن المشهد جميل: a sentence of its
    own)."""
    i = position - 1
    modifiers = 0  # a title's own adjectives, which add no word of the person's (السابق, المخلوع)
    while i >= 0 and position - i - modifiers <= INTRODUCED_WITHIN:
        form = tokens[i].form
        if form in introducers or _arabic_cliticised(form, introducers):
            return True
        if form in _ARABIC_TITLE_MODIFIERS_FOLDED and i > 0:
            modifiers += 1
            i -= 1
            continue
        if i > 0 and tokens[i - 1].form in introducers and form.startswith(_AR_ARTICLE):
            return True  # a title with its complement: شيخ الأزهر, وزير الخارجية
        if form.startswith(_DEFINITE) and _arabic_complement(tokens, i, introducers):
            return True  # a longer one: المتحدث باسم الحزب, رئيس مجلس الدولة
        if i > 0 and tokens[i - 1].form in _ARABIC_THEOPHORIC and form.startswith(_AR_ARTICLE):
            i -= 2  # عبد الفتاح: one given name
        elif _arabic_nisba(form) or _arabic_given_name(tokens, i + 1):
            i -= 1
        else:
            return False
    return False


COMPLEMENT_WITHIN = 4  # words of a title's complement: المدعي العام للمحكمة الجنائية الدولية


def _arabic_complement(tokens: list[Token], end: int, introducers: frozenset[str]) -> bool:
    """Whether the definite word at `end` closes a title's complement of several words: after a title
    in the construct state (no article: رئيس مجلس الدولة, وزير خارجية البلاد) any nouns, after any
    title one joined by ب or ل (المتحدث باسم الحزب, الأمين العام للأمم المتحدة). Not a sentence's
    object after a title and its adjective (الوزير الأمريكي الاستعداد لتحقيق سلام)."""
    start = end - 1
    while start >= 0 and end - start <= COMPLEMENT_WITHIN:
        form = tokens[start].form
        if form in introducers:
            opening = tokens[start + 1].form
            construct = not form.startswith(_AR_ARTICLE) and not opening.startswith(_DEFINITE)
            adjective = opening.startswith(_AR_ARTICLE) and start + 2 <= end  # الأمين العام للأمم
            return (
                construct
                or _arabic_preposed(opening)
                or (adjective and _arabic_preposed(tokens[start + 2].form))
            )
        if form in _ARABIC_PARTICLES_FOLDED or form in _ARABIC_PREDICATE_FOLDED:
            return False
        start -= 1
    return False


def _arabic_preposed(form: str) -> bool:
    """A noun with ب or ل joined before it (باسم, للمحكمة), opening a title's complement."""
    return len(form) > 3 and form.startswith(_ARABIC_PREPOSED) and not form.startswith(("بين", "لكن"))


def _arabic_elative(form: str) -> bool:
    """A definite adjective of the pattern that ends in ى (اليمنى, الكبرى, الأقصى: right, greatest,
    farthest), which follows a definite noun as a nisba does (الزاوية اليمنى, "the right corner")."""
    return form.startswith(_AR_ARTICLE) and form.endswith("ى") and len(form) == 6


def _arabic_feminine_noun_before(tokens: list[Token], position: int) -> bool:
    """Whether an indefinite feminine noun (ة) or plural (ات) stands right before `position`, one no
    kind of place or title (مدينة, محافظة) that introduces a name: a feminine adjective there is its own."""
    if position == 0:
        return False
    before = tokens[position - 1].form
    return (
        before.endswith(("ة", "ات"))
        and not before.startswith(_DEFINITE)
        and before not in _ARABIC_INTRODUCERS_FOLDED
    )


def _arabic_indefinite_nisba(form: str) -> bool:
    """An indefinite nisba adjective (رئيسي, بحرية), which follows an indefinite noun; a name is definite
    and takes the article's adjective (في حلب الشرقية). Not an adverb's -يا (في كابل حاليا, rasmiyyan)."""
    return len(form) >= 4 and not form.startswith(_AR_ARTICLE) and form.endswith(("ي", "ية"))


def _arabic_nisba(form: str) -> bool:
    """A definite nisba adjective (اللبناني, السودانية), which stands between a title and a name."""
    return form.startswith(_AR_ARTICLE) and form.endswith(("ي", "ية")) and len(form) > 4


_ARABIC_INTRODUCERS_FOLDED = frozenset(fold(w, True, "ar") for w in ARABIC_INTRODUCERS)
_ARABIC_TITLES_FOLDED = frozenset(fold(w, True, "ar") for w in ARABIC_TITLES)
_ARABIC_TITLE_MODIFIERS_FOLDED = frozenset(fold(w, True, "ar") for w in ARABIC_TITLE_MODIFIERS)
# A regime or an era is named after its ruler or party (نظام الأسد, عهد البعث), and a family or a clan
# after its name (آل الصباح, أسرة الصباح, عائلة الأسد), not after a common noun.
_ARABIC_RULE_WORDS_FOLDED = frozenset(fold(w, True, "ar") for w in ("نظام", "عهد", "آل", "أسرة", "عائلة"))
_ARABIC_PREPOSITIONS_FOLDED = frozenset(fold(w, True, "ar") for w in ARABIC_PLACE_PREPOSITIONS)
# What introduces a word far more used than the name (برهان, "proof"): a title or a kind of place, not a
# preposition, after which the word stands as often (إلى سلام عادل, "to a just peace").
_ARABIC_NAMERS_FOLDED = frozenset(fold(w, True, "ar") for w in ARABIC_TITLES | ARABIC_PLACE_KINDS)
_AR_ARTICLE = "ال"
_BARE_STEM = 3  # a bare name's first letters, found after its clitics whatever its ending
_ARABIC_THEOPHORIC = ("عبد", "ابو")  # folded: عبد الله, أبو بكر
# Words after which an adjective or a noun is a predicate (بأنه حكيم, كان جميلا), not a name.
_ARABIC_PREDICATE_FOLDED = frozenset(
    fold(w, True, "ar")
    for w in (
        "أنه", "بأنه", "أنها", "بأنها", "إنه", "إنها", "كان", "كانت", "يكون", "تكون", "ليس", "ليست",
        "أصبح", "أصبحت", "بات", "باتت", "وهو", "وهي", "هو", "هي",
    )
)  # fmt: skip
# Words that come before a noun or an adjective, never a given name (من الطيب أن, إن السلام).
_ARABIC_PARTICLES_FOLDED = frozenset(
    fold(w, True, "ar")
    for w in (
        "من", "في", "على", "عن", "إلى", "مع", "أن", "إن", "كان", "كانت", "بين", "حتى", "هذا", "هذه",
        "ذلك", "تلك", "هو", "هي", "قد", "لا", "لم", "لن", "ما", "ثم", "أو", "بعد", "قبل", "عند", "لدى",
        "منذ", "خلال", "ضد", "حول", "نحو", "غير", "كل", "بعض", "أي", "أكثر", "أقل", "يكون", "ليس",
        "وهو", "وهي", "لكن", "ولكن", "أما", "إذا", "لو", "كما", "بأن", "لأن", "عبر", "دون", "سوى",
    )
)  # fmt: skip
# Words that begin with the letters of the article without being definite nouns (إلى, الذي, إلا).
# A quarter of a place (حلب الشرقية, East Aleppo; كابل الغربية): the adjective that follows a place's name,
# where a word's construct takes a noun (حلب الأبقار).
_ARABIC_COMPASS_FOLDED = frozenset(
    fold(w, True, "ar")
    for w in ("الشرقية", "الغربية", "الشمالية", "الجنوبية", "الشرقي", "الغربي", "الشمالي", "الجنوبي")
)
_ARABIC_NOT_DEFINITE = frozenset(
    fold(w, True, "ar") for w in ("إلى", "إلا", "الذي", "التي", "الذين", "اللذان", "اللتان", "اللواتي")
)


# A name that is also a common word of a language that writes its nouns in lower case (Italian *Meloni*,
# melons; Spanish *Iglesias*, churches; Turkish *Özel*, private) is told from the word by its capital,
# except opening a sentence. There the words right after it tell: a bare common noun joined by "and" (*Conte
# e contessa*, *Iglesias y conventos*, *Klaver en gras*; a name is joined to a name or an article: *Meloni e
# Salvini*, *Meloni e il ministro*), or "of" and one (*Boulanger de métier*, *Marchand d'armes*, *Moreno de
# piel*; a name's *de* is a particle before a capital: *Lula da Silva*); in Turkish any content word right
# after it (*Özel sektörde*, *Şimşek çakması*), where news sets off a subject opening the sentence with a
# comma and its cases with an apostrophe (*Özel, ...*; *Özel'in*). A word this frequent is a function word
# (an article, a pronoun, an adverb: *il*, *su*, *anche*; Turkish *ile*, *ve*, *bir*), no such evidence.
OPENING_FUNCTION_ZIPF = 5.0
OPENING_CONJUNCTIONS = {
    "fr": ("et", "ou"), "es": ("y", "e", "o", "u"), "it": ("e", "ed", "o"), "pt": ("e", "ou"),
    "nl": ("en", "of"), "ca": ("i", "o"), "ro": ("și", "si", "sau"), "pl": ("i", "oraz", "lub", "albo"),
}  # fmt: skip
OPENING_OF = {
    "fr": ("de", "d'", "d’"), "es": ("de",), "it": ("di", "d'", "d’"), "pt": ("de",), "ca": ("de", "d'"),
}  # fmt: skip
OPENING_BARE = frozenset({"tr"})  # any content word right after it, with nothing between
# Languages that put an adjective after its noun (*Berger allemand*, *Fontana monumentale*, *Moedas antigas*;
# Polish a kind's: *Wróbel domowy*, *Mucha domowa*): a common noun opening a sentence takes one there, a
# name not, whose verb follows it (*Berger a appelé*, *Mucha skrytykowała*).
POSTPOSED_ADJECTIVES = frozenset({"fr", "es", "it", "pt", "ca", "ro", "pl"})


@dataclass(frozen=True)
class OpeningWord:
    """A `CaseRule.opening` for a one-word name that is also a common word of `language`: True (the
    word, not the name) where the words after its hit opening a sentence read as the word's (see above).
    `zipf`: a word's frequency in `language`."""

    language: str
    zipf: Callable[[str, str], float] = field(compare=False, hash=False, repr=False)
    # whether a lower-case word is a preposition of the language (`words.preposition`), where known
    preposition: Callable[[str, str], bool] | None = field(
        default=None, compare=False, hash=False, repr=False
    )
    # whether a lower-case word is an adjective of the language (`words.adjective`), where known
    adjective: Callable[[str, str], bool] | None = field(default=None, compare=False, hash=False, repr=False)

    def __call__(self, text: AnalysedText, position: int) -> bool:
        tokens = text.tokens
        after = position + 1
        if after >= len(tokens) or tokens[after].sentence_start:
            return False
        token, nxt = tokens[position], tokens[after]
        if text.text[token.end : nxt.start].strip():
            return False  # a comma, colon or dash: an apposition or a speaker (*Rubio, alto y...*)
        if self.language in OPENING_BARE:
            return token.text.isalpha() and self._content(nxt)  # not with a suffix after any apostrophe
        if self._before_preposition(text, after) or self._before_adjective(text, after):
            return True
        joined = nxt.form in OPENING_CONJUNCTIONS.get(self.language, ())
        if not joined and nxt.form not in OPENING_OF.get(self.language, ()):
            return False
        if after + 1 >= len(tokens) or tokens[after + 1].sentence_start:
            return False
        then = tokens[after + 1]
        return not text.text[nxt.end : then.start].strip() and self._content(then)

    def _before_preposition(self, text: AnalysedText, after: int) -> bool:
        """Is the word at `after` a preposition (not *of*, read above) before a word in lower case, with
        nothing between (*Speranza per i minatori*, *Buffet à volonté*, *Żurek w tej restauracji*)? A name
        opening a sentence is its subject, which a verb or a break follows, not a noun's complement; a
        place after it is a headline's (*Meloni a Washington*), and the name's particle a name's (*Lula
        da Silva*), so a capitalised word after the preposition leaves it the name."""
        tokens = text.tokens
        nxt, then = tokens[after], after + 1
        if self.preposition is None or nxt.case is not Case.LOWER or not nxt.text.isalpha():
            return False
        if nxt.form in OPENING_OF.get(self.language, ()):
            return False  # *de*: its own reading (above), and a name's particle
        if then >= len(tokens) or tokens[then].sentence_start:
            return False
        if text.text[nxt.end : tokens[then].start].strip() or tokens[then].text[:1].isupper():
            return False
        return self.preposition(nxt.text.lower(), self.language)

    def _before_adjective(self, text: AnalysedText, after: int) -> bool:
        """Is the word at `after` an adjective (`words.adjective`) in a language that puts one after its
        noun, then a word in lower case that is no preposition, with nothing between the three (*Berger
        allemand abattu*, *Wróbel domowy znika*, *Moedas antigas vendidas*)? The noun with its adjective
        is the sentence's subject, its verb after it; a name opening a sentence takes its verb at once
        (*Berger a appelé*). An adjective before a preposition, a break or the sentence's end is a
        headline's predicate of the name (*Meloni soddisfatta per il voto*, *Tusk zadowolony z wyniku*),
        which leaves the name."""
        if self.adjective is None or self.preposition is None or self.language not in POSTPOSED_ADJECTIVES:
            return False
        tokens = text.tokens
        nxt, then = tokens[after], after + 1
        if nxt.case is not Case.LOWER or not nxt.text.isalpha():
            return False
        if then >= len(tokens) or tokens[then].sentence_start:
            return False
        following = tokens[then]
        if text.text[nxt.end : following.start].strip() or following.case is not Case.LOWER:
            return False
        if not following.text.isalpha() or self.preposition(following.text.lower(), self.language):
            return False
        return self.adjective(nxt.text.lower(), self.language)

    def describe(self, written: str, language_name: str, means: tuple[str, ...] = ()) -> str:
        """What `rules check` says of it: `Boulanger: also a French word ('baker'), matched as the name
        only capitalised; at a sentence's start not where ...` (`means`: the word's senses; with none,
        the spelling is only as frequent as a word: French *Macron*, which the press writes so often)."""
        said = f" ({', '.join(repr(m) for m in means)})"
        article = "an" if language_name[:1] in "AEIOU" else "a"
        unless = ["where the article also writes the word in lower case"]
        joined = OPENING_CONJUNCTIONS.get(self.language, ())
        of = [w for w in OPENING_OF.get(self.language, ()) if w[-1:] not in "'’"]
        if joined:
            unless.append(f"before {_quoted(joined)} and a common noun")
        if of:
            unless.append(f"before {_quoted(of)} and a common noun")
        if self.language in OPENING_BARE:
            unless.append("before a common word with no comma or apostrophe between")
        elif self.preposition is not None:
            unless.append("before a preposition and a word in lower case")
            if self.adjective is not None and self.language in POSTPOSED_ADJECTIVES:
                unless.append("before an adjective and a word in lower case that is no preposition")
        how = f"at a sentence's start not {', nor '.join(unless)}"
        kind = f"also {article} {language_name} word{said}"
        if not means:
            kind = f"as frequent in {language_name} as a word"
        return f"{written}: {kind}, matched as the name only capitalised; {how}"

    def _content(self, token: Token) -> bool:
        """A lower-case word of the language's that is no function word: rarer than one, or, after "and"
        or "of", as frequent as one but none of spaCy's stop words of the language (a month, *diciembre*,
        5.2; a noun, *gobierno*: *Puente de diciembre*), which frequency alone cannot tell from *el*,
        *su*, *muy*. Turkish's bare check keeps frequency alone: its list lacks *bir*, which after a
        subject opening the sentence is the object's article (*Özel bir açıklama yaptı*)."""
        if token.case is not Case.LOWER or not token.text.isalpha():
            return False
        word = token.text.lower()
        if self.zipf(word, self.language) < OPENING_FUNCTION_ZIPF:
            return True
        stop = None if self.language in OPENING_BARE else stop_words(self.language)
        return stop is not None and word not in stop


@lru_cache(maxsize=32)
def stop_words(language: str) -> frozenset[str] | None:
    """spaCy's stop words of `language` (articles, pronouns, prepositions, frequent adverbs), or None
    where it has none."""
    try:
        module = importlib.import_module(f"spacy.lang.{language}.stop_words")
    except ImportError:
        return None
    return frozenset(module.STOP_WORDS)


# A name's one-word spelling, guessed or a source's, that is also a common noun of a Cyrillic-script
# language (Mack: *мак*, poppy; Kot: *кот*, cat; GeoNames' town *Сокол*, falcon), is told from the word by
# its capital, except opening a sentence, where the noun is capitalised too (*Мак цветёт*, *Кот спас
# хозяйку*) and the verb after either agrees alike (*Кот заявил*). There it counts where the article also
# writes it capitalised inside a sentence: the press introduces a person it names by a surname alone
# (*Посол Польши Кот ... Кот заявил*), and that introduction is the article's hit; a sentence opening with
# the word and nothing else is the word.
OPENING_INTRODUCED = frozenset({"ru", "uk"})


@dataclass(frozen=True)
class IntroducedOpening:
    """A `matchers.Context` for a one-word name spelled like a common noun of `language` (see above,
    `names.opening_word`): False (the word) for a hit opening a sentence, True (the name) inside one."""

    language: str
    word: str  # folded
    written: str = ""  # as written, for `rules check`
    # the noun's forms that are only its plural's (`morph.plural_forms`, folded): the lemma table reads
    # them to the noun, so the name's key finds them (Ukrainian *Ден*, Dan, to *дно*, for the town Dno),
    # where a one-word name spelled as the noun's singular never takes them
    plurals: frozenset[str] = frozenset()

    def allows(self, text: AnalysedText, position: int) -> bool | None:
        token = text.tokens[position]
        return not token.sentence_start and token.form not in self.plurals

    def describe(self, language_name: str) -> str:
        """What `rules check` says of it."""
        written = self.written or self.word
        return (
            f"{written}: also a common {language_name} word, matched as the name only capitalised; at a"
            " sentence's start only where the article also writes it capitalised inside a sentence"
            + (", and never in the word's plural" if self.plurals else "")
        )


# A Russian name ending in a consonant, hard or soft, takes -е in the prepositional case (*о Горе*, *в
# Трампе*, *о Поле*), and a Ukrainian one -і (*у Лимані*): a case that never stands without its
# preposition, so never opens a sentence. A word opening one spelled so is another word (*Горе матери*
# "grief", *Поле боя* "field", for Gore's Гор and Paul's Поль).
LOCATIVE_ENDINGS = {"ru": "е", "uk": "і"}


@dataclass(frozen=True)
class LocativeOpening:
    """A `matchers.Context` for a one-word Cyrillic name ending in a consonant (see above): False for a
    hit opening a sentence in its prepositional form, True for any other."""

    locative: str  # folded

    def allows(self, text: AnalysedText, position: int) -> bool | None:
        token = text.tokens[position]
        return not (token.sentence_start and token.form == self.locative)


# Dutch capitalises a demonym's adjective, and declines it with -e before its noun (*de Albanese regering*,
# *Italiaanse vissers*): a name spelt as such a form (Anthony Albanese) is the adjective right before a
# noun in lower case, where the name has its verb, a break or a capital after it (*Albanese zei*,
# *premier Albanese*, *Albanese (Labor)*).


CAPITALISED_ADJECTIVES = frozenset({"nl"})


@dataclass(frozen=True)
class AttributiveAdjective:
    """A `matchers.Context` for a one-word name spelt as a capitalised adjective's declined form (see
    above, `words.inflected_adjective`): False (the adjective) right before a noun (`noun(word,
    language)`: `words.noun`) in lower case, with nothing between; True elsewhere."""

    language: str
    written: str
    noun: Callable[[str, str], bool] = field(compare=False, hash=False, repr=False)

    def allows(self, text: AnalysedText, position: int) -> bool | None:
        tokens = text.tokens
        after = position + 1
        if after >= len(tokens) or tokens[after].sentence_start:
            return True
        nxt = tokens[after]
        if text.text[tokens[position].end : nxt.start].strip() or nxt.case is not Case.LOWER:
            return True
        return not (nxt.text.isalpha() and self.noun(nxt.text.lower(), self.language))

    def describe(self, language_name: str) -> str:
        """What `rules check` says of it."""
        return (
            f"{self.written}: also a declined {language_name} adjective, not matched right before a noun in"
            " lower case"
        )


def _quoted(words: Iterable[str]) -> str:
    """'e', 'ed' or 'o'."""
    quoted = [f"'{w}'" for w in words]
    return " or ".join([", ".join(quoted[:-1]), quoted[-1]] if len(quoted) > 1 else quoted)


# A name inside another place's name is not the name: *York* in *New York*, *Orleans* in *Nueva Orleans*,
# *Denis* in *Saint-Denis*, *Kremlin* in *Le Kremlin-Bicêtre*. The words joined to the hit by a hyphen
# and a capitalised word right before or after it make a longer name; where GeoNames knows it as a city
# that is none of the rule's own, the hit is part of that city's name. Not where the words added are a
# city themselves: a city's district written after it (*Berlin-Kreuzberg*, *Hamburg-Altona*), which
# GeoNames lists under the district but which is in the rule's city.
@dataclass(frozen=True)
class InsideAnotherPlace:
    """A `CaseRule.within` for a one-word name in a Latin-script article: True (not the name) where the
    hit is part of another city's name (see above). `own`: the (name, country) of the rule's own
    cities; `cities`: GeoNames' cities of a spelling, as (name, country)."""

    own: frozenset[tuple[str, str]]
    cities: Callable[[str], frozenset[tuple[str, str]]] = field(compare=False, hash=False, repr=False)
    then: Callable[[str, int, int], bool] | None = None  # another exclusion, asked first

    def __call__(self, text: str, start: int, end: int) -> bool:
        if self.then is not None and self.then(text, start, end):
            return True
        first, last = _hyphened(text, start, end)
        longer = [(first, last)]
        before = _word_before(text, first)
        after = _word_after(text, last)
        if before is not None:
            longer.append((before, last))
        if after is not None:
            longer.append((first, after))
        for a, b in longer:
            if (a, b) == (start, end):
                continue
            found = self.cities(text[a:b])
            if not found or found & self.own:
                continue
            added = [w for w in re.split(r"[\s-]+", text[a:start] + " " + text[end:b]) if w]
            if not any(self.cities(w) for w in added):
                return True
        return False


# Russian and Ukrainian decline both parts of a hyphenated place's name (в порту Белгорода-Днестровского),
# which GeoNames knows in the nominative only (Белгород-Днестровский, Bilhorod-Dnistrovskyi): a one-word
# name's hit joined by a hyphen to such a place's other part is that place, not the name, where no
# nominative of the added part is a city itself.
@dataclass(frozen=True)
class InsideAnotherDeclinedPlace:
    """A `CaseRule.within` for a one-word name in a Russian or Ukrainian article: True (not the name)
    where the hyphenated word around the hit, each part read in the nominative (`nominatives`), is a
    city that is none of the rule's own (`own`, as `InsideAnotherPlace`)."""

    own: frozenset[tuple[str, str]]
    cities: Callable[[str], frozenset[tuple[str, str]]] = field(compare=False, hash=False, repr=False)
    nominatives: Callable[[str], list[str]] = field(compare=False, hash=False, repr=False)

    def __call__(self, text: str, start: int, end: int) -> bool:
        first, last = _hyphened(text, start, end)
        if (first, last) == (start, end):
            return False
        parts = text[first:last].split("-")
        if not all(p[:1].isupper() for p in parts if len(p) > 3):
            return False  # Москва-река, a common word after it
        added = [p for p in text[first:start].split("-") + text[end:last].split("-") if p]
        if any(self.cities(n) for p in added for n in self.nominatives(p)):
            return False  # a city and its district
        for spelt in product(*(self.nominatives(p) for p in parts)):
            found = self.cities("-".join(spelt))
            if found and not found & self.own:
                return True
        return False


# A name inside a phrase the dictionaries list for a thing named after it is not the name: *choux de
# Bruxelles* (Brussels sprouts), *coles de Bruselas*, *champignons de Paris* (`names.common_phrases`).
# The phrase's other words are compared by their beginnings, so that its plural is the phrase too.
PHRASE_ENDING = 2  # letters an article's word may add to a phrase's word, or lack of it (choux: chou)


@dataclass(frozen=True)
class InCommonPhrase:
    """A `CaseRule.within` for a one-word name's variant in a Latin-script article, and for a word's
    one-word equivalent: True (not the name, not the term) where the words around the hit are one of the
    phrases `phrases` gives for the hit's word (folded words, that word's among them) and, where `means`
    is given, `means(word, phrase)` says means something else (`words.other_sense`: asked only of a
    phrase found, as it costs dictionary lookups). Asked of the word found, not of a variant: a
    variant's endings reach other variants' words. `phrases` keeps its answers: a name's few words are
    asked again and again."""

    language: str
    phrases: Callable[[str, str], tuple[tuple[str, ...], ...]] = field(compare=False, hash=False, repr=False)
    then: Callable[[str, int, int], bool] | None = None  # another exclusion, asked first
    term: str = ""  # the term `means` judges for, where it depends on one (`words.other_sense`)
    means: Callable[[str, tuple[str, ...]], bool] | None = field(
        default=None, compare=False, hash=False, repr=False
    )
    # the hit may be a phrase itself: a compound of a rule's one plain word (*Zuid-Soedan* for Sudan)
    whole: bool = False
    # an Arabic name's phrases: a construct's second noun also without its article (`_alike`); a term's
    # equivalent is not judged so (Arabic terms test 53.8 -> 52.5% recall when it was)
    construct: bool = False

    def __call__(self, text: str, start: int, end: int) -> bool:
        if self.then is not None and self.then(text, start, end):
            return True
        if not any(self.phrases(word, self.language) for word in _words_at(text, start, end)):
            return False  # nearly every hit: its words are in no phrase, and the text is not cut up
        spans = [(m.start(), m.end()) for m in WORD_RE.finditer(text)]
        hit = [j for j, (a, b) in enumerate(spans) if a < end and b > start]
        words: list[str] | None = None
        for j in hit:
            word = text[spans[j][0] : spans[j][1]]
            for phrase in self.phrases(word, self.language):
                words = words or [fold(text[a:b], True, self.language) for a, b in spans]
                for i in range(len(phrase)):
                    first = j - i
                    if first < 0 or first + len(phrase) > len(words):
                        continue
                    if not self.whole and set(range(first, first + len(phrase))) <= set(hit):
                        continue  # the hit itself (*sans-abri*), no phrase around it
                    if all(_alike(words[first + k], p, self.construct) for k, p in enumerate(phrase)) and (
                        self.means is None or self.means(word, phrase)
                    ):
                        return True
        return False


def _words_at(text: str, start: int, end: int) -> list[str]:
    """The words of `text` (`WORD_RE`'s) that overlap text[start:end], found without cutting up the whole
    text: `InCommonPhrase` is asked of every hit of a name, and a hit's words are in a phrase rarely."""
    while start > 0 and WORD_RE.match(text, start - 1, start):
        start -= 1
    while end < len(text) and WORD_RE.match(text, end, end + 1):
        end += 1
    return WORD_RE.findall(text, start, end)


def _alike(word: str, phrase_word: str, construct: bool = False) -> bool:
    """The same word, or one of them the other with a short ending (*choux*, *chou*; *coles*, *col*), or
    both one stem with another final vowel (Italian *cavoletti*, *cavoletto*; *pini*, *pino*); with
    `construct`, an Arabic word also without its article."""
    if word == phrase_word:
        return True
    if construct and (word.startswith(_AR_ARTICLE) or phrase_word.startswith(_AR_ARTICLE)):
        # Arabic: a construct's second noun with the article or a pronoun suffix (مسقط الرأس: مسقط رأسه)
        word, phrase_word = word.removeprefix(_AR_ARTICLE), phrase_word.removeprefix(_AR_ARTICLE)
        if word == phrase_word:
            return True
    shorter, longer = sorted((word, phrase_word), key=len)
    if len(shorter) < 3:
        return False
    if longer.startswith(shorter):
        return len(longer) - len(shorter) <= PHRASE_ENDING
    stem = shorter[:-1]  # its final vowel another in the other word
    vowels = shorter[-1] in _VOWELS and longer[len(stem) : len(stem) + 1] in _VOWELS
    return len(stem) >= 3 and vowels and longer.startswith(stem) and len(longer) - len(stem) <= PHRASE_ENDING


_VOWELS = frozenset("aeiou")


def _hyphened(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole hyphenated word around text[start:end] (*Le Kremlin-Bicêtre*: Kremlin-Bicêtre)."""
    while start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
        start -= 1
        while start > 0 and text[start - 1].isalpha():
            start -= 1
    while end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha():
        end += 1
        while end < len(text) and text[end].isalpha():
            end += 1
    return start, end


def _word_before(text: str, start: int) -> int | None:
    """Where the capitalised word right before `start` (one space between) begins, if there is one."""
    if start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
        return None
    begin = start - 1
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    return begin if text[begin].isupper() else None


def _word_after(text: str, end: int) -> int | None:
    """Where the capitalised word right after `end` (one space between) ends, if there is one."""
    if end + 1 >= len(text) or text[end] != " " or not text[end + 1].isupper():
        return None
    stop = end + 1
    while stop < len(text) and text[stop].isalpha():
        stop += 1
    return stop


# A place in the name of a food or drink is not the place: *jambon de Bayonne*, *prosciutto di Parma*,
# *vinho do Porto* (a noun, or a noun and its adjective, before a preposition of origin in the Romance
# languages: *aceto balsamico di Modena*; or a noun in lower case right before it: *courge Hokkaido*),
# *Hokkaido-Kürbis*, *Parmaschinken* (a compound's head after the place), *Wiener Würstchen*, *Leidse
# kaas* (the noun after the place's adjective in German and Dutch). What that noun is, the dictionaries
# say (`words.food_word`: its English is food in WordNet), so that no list of products is kept; *le
# maire de Bayonne*, *Parma-Fans*, *Wiener Polizei* stay the place.
OF_PREPOSITIONS = {
    "fr": frozenset({"de", "d", "du", "des"}),
    "es": frozenset({"de", "del"}),
    "it": frozenset({"di", "del", "della", "dello", "dei", "degli", "delle", "d"}),
    "pt": frozenset({"de", "do", "da", "dos", "das"}),
    "ca": frozenset({"de", "d", "del", "dels"}),
}
COMPOUND_HEAD = 3  # letters of a compound's head past the place (not Wiener's -er)
PLACE_ADJECTIVE_ENDINGS = {"de": ("er",), "nl": ("se", "er")}  # Wiener, Nürnberger; Leidse, Edammer


@dataclass(frozen=True)
class NamedFood:
    """A `CaseRule.within` for a one-word name in a Latin-script article: True (not the name) where the
    hit names a food or drink after the place (see above). `name`: the rule's spelling of the name, folded,
    for the head of a closed compound (*Parmaschinken*); `food(word, language)`: `words.food_word`."""

    language: str
    name: str
    food: Callable[[str, str], bool] = field(compare=False, hash=False, repr=False)
    then: Callable[[str, int, int], bool] | None = None  # another exclusion, asked first

    def __call__(self, text: str, start: int, end: int) -> bool:
        if self.then is not None and self.then(text, start, end):
            return True
        return any(self.food(noun, self.language) for noun in self._nouns(text, start, end))

    def _nouns(self, text: str, start: int, end: int) -> list[str]:
        """The nouns the hit may name: a compound's head, the noun after a place's adjective, the nouns
        before a preposition of origin."""
        nouns: list[str] = []
        first, last = _hyphened(text, start, end)
        word = text[first:last]
        head = ""
        if "-" in word:  # Hokkaido-Kürbis; not Süd-Hokkaido
            last_part = word.rsplit("-", 1)[-1]
            head = "" if fold(last_part, True, self.language).startswith(self.name) else last_part
        elif fold(word, True, self.language).startswith(self.name):  # Parmaschinken
            head = word[len(self.name) :]
            head = head.capitalize() if self.language in CAPITALISED_NOUNS else head
        if len(head) >= COMPOUND_HEAD:
            nouns.append(head)
        if self.language in PLACE_ADJECTIVE_ENDINGS and word.endswith(PLACE_ADJECTIVE_ENDINGS[self.language]):
            after = _WORD_AFTER.match(text, last)
            if after:  # Wiener Würstchen
                nouns.append(after.group(1))
        if self.language in OF_PREPOSITIONS:
            before = _NOUNS_OF.search(text, max(0, first - NOUNS_OF_REACH), first)
            if before and fold(before.group(3), True, self.language) in OF_PREPOSITIONS[self.language]:
                nouns.extend(w for w in before.group(2, 1) if w)  # aceto balsamico di
            elif before and before.group(3).islower() and not text[first - 1 : first].isalpha():
                nouns.append(before.group(3))  # courge Hokkaido: the noun, the place after it
        return nouns


_WORD_AFTER = re.compile(r"\s+(\w+)")
# up to two words, then the preposition, right before the hit (*tartufo bianco d'*Alba)
_NOUNS_OF = re.compile(r"(?:(\w+)\s+)?(\w+)\s+(\w+)(?:\s+|['’])$")
NOUNS_OF_REACH = 80  # characters looked back at for them


# A compound's modifier is matched for a rule word (*Klima* in *Klimaschutz* for `climate`, *Lehrer* in
# *Lehrermangel* for `teacher`), but where the dictionaries know the compound as a word of its own, its
# translations say what it is about: *Staudamm* is "dam", not a `"traffic jam"` (*Stau*); *Golfstrom*
# and Swedish *Golfströmmen* are the "Gulf Stream", not `golf`; Finnish *tietokonevirus* a "computer
# virus", not `data` (*tieto*); Swedish *stamceller* "stem cells", not a `race` (*stam*). Klimaschutz,
# "climate protection", and Dutch *mijnwerker*, "miner", name their modifier's term and stay.
# A head is never judged so: a compound is a kind of its head (*Kinderarzt*, "pediatrician", is a doctor).
NAMED_LETTERS = 4  # a translation's word names a term word when it begins with this many of its letters
HEAD_LAST = COMPOUNDING | {"fi", "hu", "ko", "ja", "zh", "tr"}  # a compound's head is its last part
FUNCTION_ZIPF = 6.0  # a word this common is a function word (Dutch *het* 7.5, German *um* 6.5; *Max* 4.9)


def names_term(term: str, translation: str, solid: bool = False) -> bool:
    """Whether `translation` (in the term's language) has a word for each word of `term`: one beginning
    with its first letters, all but the last of a longer word (`mine`: "miner"; `emissions`: "emission
    trading"; `golf`: not "Gulf Stream"; `race`: not "racial discrimination"). With `solid`, a solid
    compound that only holds the term's word before another word names it only as a kind of it
    (`_solid_compound`)."""
    words = [w for w in fold(translation).replace("-", " ").split() if w]
    wanted = fold(term).replace("-", " ").split()
    for word in wanted:
        stem = _stem(word)
        if not any(w.startswith(stem) for w in words):
            return False
    if len(wanted) == 1 and len(words) > 1 and not words[0].startswith(_stem(wanted[0])):
        return not _held(fold(translation).split(), _stem(wanted[0])) or _kind_of(translation, term)
    if (
        solid
        and len(wanted) == 1
        and all(_solid_compound(w, wanted[0]) for w in words if w.startswith(_stem(wanted[0])))
    ):
        return _kind_of(translation, term)
    return True


SOLID_HEAD = 3  # letters of an English word written after a term's word in one (*firearm*: arm)


def _solid_compound(word: str, term_word: str) -> bool:
    """Is a translation's `word` the term's word with another English word written after it, a solid
    compound whose head that word is (*firearm*, *fireworks*; not *miner*, *emissions*, *pensioner*)?
    Asked of a phrase around a hit (`words.other_sense`: Spanish *arma de fuego*, a firearm, which is
    no fire, as *ferryboat* is a ferry: `_kind_of`), not of a compound's modifier, which may name its
    term's trade without being a kind of it (Finnish *viinintuottaja*, a winemaker, is news on wine)."""
    from monitor.lexicon.sources.wordnets import senses_of

    rest = word[len(term_word) :]
    return word.startswith(term_word) and len(rest) >= SOLID_HEAD and senses_of(rest) > 0


def _held(written: list[str], stem: str) -> bool:
    """Does a translation (its words as written) hold a term's word only as something else's part: after
    the first piece of a hyphenated word (*cease-fire*, *mother-in-law*), or as a verb's object (*to
    cease fire*)? A spaced noun compound's last word is its head (*forest fire*, *central bank*)."""
    if written[:1] == ["to"]:
        return True
    return any(
        "-" in w and not w.startswith(stem) and any(p.startswith(stem) for p in w.split("-")[1:])
        for w in written
    )


def _stem(word: str) -> str:
    """The letters of a term's word a translation's word begins with to name it (*mine*: *miner*)."""
    return word[: max(len(word) - 1, min(len(word), NAMED_LETTERS))]


ARTICLES = ("to", "a", "an", "the")  # before a dictionary's verb or noun: *to cease fire*


def _kind_of(translation: str, term: str) -> bool:
    """Does a translation that holds a one-word term only inside a hyphenated word or as a verb's object
    (`_held`) name it? Where WordNet has it as a noun of its own, only if it is a kind of the term, not a
    noun that merely holds its word (*cease-fire*, *to cease fire*: a truce; *mother-in-law*); one
    WordNet does not have (*to open fire*) does, as before."""
    from monitor.lexicon.sources.wordnets import kind_of

    words = translation.lower().split()
    while len(words) > 2 and words[0] in ARTICLES:
        words = words[1:]
    return kind_of(" ".join(words), term) is not False


def names_name(name: str, translation: str) -> bool:
    """Whether `translation` has a word of `name` as a word of its own (*Tokyo Metropolis* for Tokyo,
    *Nissan Motor* for Nissan; not *komatsuna* for Komatsu, nor *optimistic* for Rakuten): a name does
    not inflect, so no stem is compared as `names_term` does for a word."""
    words = set(fold(translation).replace("-", " ").replace("'s", " ").split())
    return any(w in words for w in fold(name).replace("-", " ").split())


@dataclass(frozen=True)
class ModifierSense:
    """Whether a hit through a compound's modifier counts for rule word `term` of `source` in `language`
    (see `names_term` above): not where the compound, or the longer part holding the modifier
    (*Golfström* in *Golfströmmen*), is a dictionary word whose translations do not name the term."""

    term: str
    source: str
    language: str
    translate: Callable[[str, str, str], Iterable[str]]  # (word, from, into) -> translations
    hyphens: bool = True  # a hyphenated word's parts judged too (a rule word's; not a name's)

    def allows(self, tokens: Iterable[Token], forms: frozenset[str]) -> bool:
        """False where `tokens` (one analysed article word) reach `forms` only through a modifier, or a
        part of a hyphenated word, that the word's own translations say is not the term's sense; True
        otherwise."""
        for token in tokens:
            if set(token.keys) & forms:
                return True
            if any(set(p.keys) & forms for p in token.parts if p.kind not in ("modifier", "hyphen")):
                return True
            pieces = [p for p in token.parts if p.kind == "hyphen" and set(p.keys) & forms]
            if pieces and not self.hyphens:
                return True
            if pieces:
                return self._hyphen_head(token, pieces) or not self._other_word(token, pieces[0])
            hits = [p for p in token.parts if p.kind == "modifier" and set(p.keys) & forms]
            if hits and all(self._other_word(token, hit) for hit in hits):
                return False
        return True

    def _hyphen_head(self, token: Token, pieces: list[Part]) -> bool:
        """Is a hyphenated word's hit its head, which is never judged: the last piece where the language
        writes its compounds head last (German *Hollywood-Star*, Dutch *klimaat-activist*), unless a piece
        before it is a function word, which makes the word a phrase written with hyphens (Dutch
        *staakt-het-vuren*, "ceasefire"). Elsewhere a hyphenated word is seldom a kind of its last piece
        (French *cessez-le-feu*, Portuguese *cessar-fogo*: a ceasefire, not a fire; *demi-finale*,
        *porte-avions*), and is judged whole."""
        from monitor.lexicon.frequency import FREQUENCIES

        *before, last = token.text.split("-")
        if self.language not in HEAD_LAST or any(
            FREQUENCIES.zipf(p, self.language) >= FUNCTION_ZIPF for p in before
        ):
            return False
        return any(fold(last, True, self.language) in p.keys for p in pieces)

    def _other_word(self, token: Token, hit: Part) -> bool:
        """The compound (or a longer part holding `hit`) translates, and none of its translations names the
        term."""
        translated = [
            translation
            for word in _holders(token, hit)
            for translation in self.translate(word, self.language, self.source)
        ]
        return bool(translated) and not any(names_term(self.term, t) for t in translated)


def _holders(token: Token, hit: Part) -> list[str]:
    """The words whose translations tell a modifier's sense: the compound as written and with its head's
    lemma (Swedish *stamceller*: *stamcell*), and its longer parts that hold the modifier (*Golfström*);
    a hyphenated word's, the word as written and its lemma (*cessez-le-feu*)."""
    words = [token.text]
    if hit.kind == "hyphen":
        return list(dict.fromkeys([token.text, *([token.lemma] if token.lemma != token.form else [])]))
    head = max((p for p in token.parts if p.kind == "head"), key=lambda p: len(p.text), default=None)
    if head is not None and token.text.endswith(head.text) and head.lemma != head.form:
        words.append(token.text[: len(token.text) - len(head.text)] + head.lemma)
    longer = (p for p in token.parts if p.kind == "modifier" and len(p.text) > len(hit.text))
    words.extend(p.text for p in longer if hit.text in p.text)
    return list(dict.fromkeys(words))


@dataclass(frozen=True)
class JoinedSense:
    """A `CaseRule.within` check for a name's katakana that is also a common Japanese word used less than
    the name (トランプ, playing cards, for Trump): the hit is that word where a word of its common sense is
    joined to it, right after or before it or through の (トランプ遊び, トランプのカード,
    カードゲームのトランプ).
    A name takes titles and nouns of its own there (トランプ氏, トランプ政権), which are no such words."""

    words: frozenset[str]  # the common sense's words in Japanese (カード, ゲーム, 遊び)
    then: Callable[[str, int, int], bool] | None = None  # another exclusion, asked first
    # What may come right after and right before the hit, worked out once: a check runs per hit, and
    # a test of the text in place (`startswith` at `end`) copies none of it.
    _after: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _before: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # the sense's verb after its object or means: トランプで遊んだ (遊び: the stem 遊, any ending)
        stems = {w.rstrip(_HIRAGANA) for w in self.words if w[-1] in _HIRAGANA and w[0] not in _HIRAGANA}
        after = (
            *self.words,
            *("の" + w for w in self.words),
            *(p + s for s in stems for p in _JAPANESE_OBJECT),
        )
        object.__setattr__(self, "_after", after)
        object.__setattr__(self, "_before", (*self.words, *(w + "の" for w in self.words)))

    def __call__(self, text: str, start: int, end: int) -> bool:
        if self.then is not None and self.then(text, start, end):
            return True
        return text.startswith(self._after, end) or text.endswith(self._before, 0, start)


_HIRAGANA = "".join(chr(c) for c in range(0x3041, 0x3097))
# the particles of a means and an object, and an object's する (トランプをして遊んだ)
_JAPANESE_OBJECT = ("で", "を", "をして")


# The forms of "have" that make the perfect in the Romance languages: right after one, a word the lemma
# table also reads as a verb's form is that verb's participle (Italian *ha raccolto*, "has collected",
# not *raccolto*, the harvest; French *a récolté*; Spanish *ha hecho*; Portuguese *tem colhido*), not
# the noun a rule word's equivalent is spelled as. Not the forms of "be", before which nouns stand as
# often (*è causa di*, "is a cause of"). Compared as written, lower-cased: French *a* (has) is not *à*.
AUXILIARIES = {
    "it": frozenset({
        "ho", "hai", "ha", "abbiamo", "avete", "hanno", "avevo", "aveva", "avevamo", "avevano", "avrà",
        "avranno", "avrebbe", "avrebbero", "abbia", "abbiano", "avesse", "avessero", "avere", "aver",
        "avendo",
    }),
    "fr": frozenset({
        "ai", "as", "a", "avons", "avez", "ont", "avais", "avait", "avions", "aviez", "avaient", "aura",
        "auront", "aurait", "auraient", "ait", "aient", "eût", "avoir", "ayant",
    }),
    "es": frozenset({
        "he", "has", "ha", "hemos", "habéis", "han", "había", "habían", "habrá", "habrán", "habría",
        "habrían", "haya", "hayan", "hubiera", "hubieran", "haber", "habiendo",
    }),
    "pt": frozenset({
        "tenho", "tem", "temos", "têm", "tinha", "tinham", "terá", "terão", "teria", "teriam", "tenha",
        "tenham", "tivesse", "tivessem", "ter", "tendo",
    }),
}  # fmt: skip
# A participle's endings: a form the lemma table leads to a verb that ends otherwise is another of its
# forms, and a noun after "have" in an idiom (*ha bisogno*, "needs": *bisognare* "to be necessary").
PARTICIPLE_ENDINGS = {
    "it": ("to", "ta", "ti", "te", "so", "sa", "si", "se"),
    "fr": ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "it", "ite", "u", "ue", "us", "ues", "ert"),
    "es": ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "to", "ta", "cho", "cha"),
    "pt": ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "to", "ta"),
}
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
AUXILIARY_REACH = 16  # characters looked back at for the word before a hit


@dataclass(frozen=True)
class AfterAuxiliary:
    """A `CaseRule.within` for a noun's one-word equivalent in a Romance article: True (not the noun)
    where the hit's word follows a form of "have" (`AUXILIARIES`), ends as a participle does
    (`PARTICIPLE_ENDINGS`) and the lemma table leads it to another lemma than itself, the verb whose
    participle it is (`lemmas_of(word)`: *raccogliere* for *raccolto*). A noun with no verb spelled alike
    stays (*ha fame*, *a lieu*), and so does one of an idiom (*ha bisogno*)."""

    language: str
    lemmas_of: Callable[[str], tuple[str, ...]] = field(compare=False, hash=False, repr=False)
    then: Callable[[str, int, int], bool] | None = None  # another exclusion, asked first

    def __call__(self, text: str, start: int, end: int) -> bool:
        if self.then is not None and self.then(text, start, end):
            return True
        before = _WORD_BEFORE.search(text, max(0, start - AUXILIARY_REACH), start)
        if before is None or before.group(1).lower() not in AUXILIARIES[self.language]:
            return False
        if before.start(1) > 0 and text[before.start(1) - 1].isalnum():
            return False  # the window cut a longer word
        word = text[start:end]
        if not word.lower().endswith(PARTICIPLE_ENDINGS[self.language]):
            return False
        return any(lemma != fold(word, True, self.language) for lemma in self.lemmas_of(word))
