"""Ukrainian by kinship: an equivalent that Russian or Polish has, found among Ukrainian's own words.

No dictionary under a licence we may ship joins English and Ukrainian. But most Ukrainian
news words have a cognate among the Russian or Polish equivalents the dictionaries give
(податок ~ podatek, пенсія ~ пенсия, страйк ~ strajk, вчитель ~ учитель). So each Russian
and Polish equivalent is written in one common Latin spelling and compared with the
Ukrainian words wordfreq knows (lemmas, by simplemma, at least `MIN_ZIPF` common): the
closest one above `MIN_SIMILARITY`, sharing the first letter, is proposed. Projections
count by the dictionary their route starts from: Russian and Polish equivalents that both
come from the Polish Wiktionary are one source (*порт*, *port* for `airport`), from two
dictionaries two. A Ukrainian word spelled letter for letter as a relative's equivalent
that two dictionaries agree on (пенсия, пенсія) shares that agreement; a merely close one
(Polish *dane* "data", Ukrainian *данте*) does not. False friends exist (ru неделя "week",
uk неділя "Sunday"): one projection alone is one source. Beside the closest look-alike, a
Russian equivalent is also respelt by the regular correspondences of the two spellings
(`respelt`: минимальная зарплата, мінімальна зарплата; ожирение, ожиріння), which similarity
alone missed; that spelling, where wordfreq's Ukrainian list knows it, is the same word and
shares the Russian agreement.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from difflib import SequenceMatcher
from functools import cache
from importlib import metadata

from monitor.tablecache import Rows, Table, cached_table

MIN_ZIPF = 2.3
MIN_SIMILARITY = 0.85
# Closer kin may be compared more loosely where each relative's spelling drifts further: Romanian
# against Italian, Spanish, Portuguese and French (pensie ~ pensione, emisie ~ emisión).
SIMILARITY = {"ro": 0.75}
RISE = 1.0  # a cognate at most this much more common (zipf) than the word it projects
# A "Ukrainian" word this much more common in Russian is Russian quoted in Ukrainian text.
RUSSIAN_MARGIN = 0.9
PREFIX = 2
# Where a word spelt exactly as the relative's (in `latin`) is taken whatever its frequency: Czech
# *hypotéka*, whose forms are commoner than Polish *hipoteka* is.
EXACT = frozenset({"cs"})
CYRILLIC = dict(
    zip(
        "абвгґдеёєжзиіїйклмнопрстуфхцчшщъыьэюя",
        "a b v g g d e e e zh z i i i i k l m n o p r s t u f h c ch sh shch _ i _ e iu ia".split(),  # noqa: SIM905
        strict=True,
    )
)
POLISH = (
    ("szcz", "shch"), ("sz", "sh"), ("cz", "ch"), ("rz", "zh"), ("ch", "h"), ("ż", "zh"), ("ź", "z"),
    ("ś", "s"), ("ć", "c"), ("ń", "n"), ("ł", "l"), ("ą", "a"), ("ę", "e"), ("ó", "o"), ("w", "v"),
    ("y", "i"), ("j", "i"),
)  # fmt: skip


CZECH = (
    ("ch", "h"), ("č", "ch"), ("š", "sh"), ("ž", "zh"), ("ř", "zh"), ("ě", "e"), ("ů", "u"), ("ý", "i"),
    ("y", "i"), ("j", "i"), ("w", "v"),
)  # fmt: skip
# Danish, Norwegian and Swedish spell the same vowels differently (lærer, lärare; søn, son).
NORDIC = (("aa", "a"), ("æ", "e"), ("ä", "e"), ("ø", "o"), ("ö", "o"), ("å", "a"))
RESPELT = {"pl": POLISH, "cs": CZECH, "da": NORDIC, "nb": NORDIC, "sv": NORDIC}


def latin(word: str, language: str) -> str:
    """One Latin spelling for the words of related languages, to compare cognates: Russian, Ukrainian,
    Bulgarian, Polish and Czech alike (учитель, učitel); Danish, Norwegian and Swedish alike;
    the others without their accents (climă, clima)."""
    text = word.lower()
    table = RESPELT.get(language)
    if table is not None:
        for old, new in table:
            text = text.replace(old, new)
    if any("\u0400" <= c <= "\u04ff" for c in text):
        return "".join(CYRILLIC.get(c, c) for c in text).replace("_", "")
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if not unicodedata.combining(c)).replace("ł", "l")


def vocabulary_rows(language: str) -> Rows:
    """Latin prefix -> [[latin, word, zipf], ...] over the language's common lemmas."""
    import simplemma

    from monitor.lexicon.frequency import frequent_words

    best: dict[str, float] = {}
    known: set[str] = set()
    for word, zipf in frequent_words(language, MIN_ZIPF):
        known.add(word)
        if word.isalpha():
            lemma = simplemma.lemmatize(word, lang=language)
            best[lemma] = max(best.get(lemma, 0.0), zipf)
    buckets: dict[str, list[tuple[str, str, float]]] = defaultdict(list)
    for word, zipf in best.items():
        if word in known:  # a lemma that is itself a word of the list, not a lemmatiser's guess
            form = latin(word, language)
            buckets[form[:PREFIX]].append((form, word, zipf))
    return [(k, json.dumps(v, ensure_ascii=False)) for k, v in buckets.items()]


@cache
def _vocabulary(language: str) -> Table:
    version = metadata.version("wordfreq")
    return cached_table(f"cognates-{language}-{version}-{MIN_ZIPF}-l2", vocabulary_rows, language)


def cognates(word: str, language: str, target: str = "uk", most: int | None = None) -> list[str]:
    """The `target` words closest to `word` (a word of `language`), closest first; [] if none is close.
    Ukrainian gets the closest two; the languages with several relatives (cs da ro) the closest
    one, not much more common than `word` is in its own language (Romanian *care* "which" is
    no *carga*: `RISE`)."""
    from monitor.lexicon.frequency import FREQUENCIES

    form = latin(word, language)
    if len(form) < 4:
        return []
    most = most if most is not None else (2 if target == "uk" else 1)
    similar = SIMILARITY.get(target, MIN_SIMILARITY)
    ceiling = FREQUENCIES.zipf(word, language) + RISE if target != "uk" else 9.0
    forms = spellings(form, target)
    buckets = {_vocabulary(target).get(spelling[:PREFIX]) for spelling in forms}
    found = [json.loads(bucket) for bucket in buckets if bucket]
    scored: list[tuple[float, float, str]] = []
    loose = forms[:2]  # compared letter by letter; a form with the target's ending (`ENDINGS`) only as it is
    for other, text, zipf in (entry for bucket in found for entry in bucket):
        if other in forms and target in EXACT:  # the relative's very word: no rise to fear
            scored.append((2.0, zipf, text))
            continue
        if zipf > ceiling or not text.isalpha():
            continue
        if other in forms and (target in ENDINGS or target in INSIDE):  # a respelling of the word itself
            scored.append((1.0, zipf, text))
            continue
        if len(other) < 6 and similar < MIN_SIMILARITY:
            continue
        if abs(len(other) - len(form)) > (2 if len(form) > 6 else 1):
            continue
        if text.isascii() and target in ("uk", "bg", "ru"):  # a Latin word in a Cyrillic language
            continue
        mine = same_start(other, target)
        ratio = max(SequenceMatcher(None, same_start(f, target), mine).ratio() for f in loose)
        if ratio >= similar and not (target == "uk" and _russian(text)):
            scored.append((ratio, zipf, text))
    return [text for _ratio, _zipf, text in sorted(scored, reverse=True)[:most]]


VOWELS = frozenset("aeiouy")
# Where the relatives' word endings differ regularly from the target's (in `latin` spelling): Polish
# and Russian -ja/-ия are Czech -e or -ie (emisja, emise; energia, energie); Italian -zione, Spanish
# -ción, French -tion, Portuguese -ção are Romanian -ție, their -ità/-idad/-ité/-idade -itate, French
# -age -aj (barrage, baraj), a final -e -ă (grève, grevă), Italian and Spanish -o none (medico, medic).
# Where the relatives spell a sound regularly otherwise inside a word: Norwegian *ei* is Danish *ej*
# (streik, strejke), Norwegian and Swedish *rj*, *lj* Danish *rg*, *lg* (ferje, færge; följa, følge).
# Development terms: da 50 -> 52.5% (ferry), precision 83.3 -> 84%.
INSIDE = {"da": (("ei", "ej"), ("rj", "rg"), ("lj", "lg"))}
SINGLE = frozenset({"cs", "ro"})  # write no double letters where their relatives do (emise, emisie)
ENDINGS = {
    "da": (("a", "e"),),  # Swedish -a, Danish -e: färja, færge
    "cs": (("ia", "e"), ("ia", "ie"), ("izm", "ismus")),
    "ro": (
        ("zione", "tie"), ("sione", "sie"), ("ione", "ie"), ("cion", "tie"), ("sion", "sie"), ("tion", "tie"),
        ("cao", "tie"), ("sao", "sie"), ("ita", "itate"), ("idad", "itate"), ("idade", "itate"),
        ("ite", "itate"), ("ismo", "ism"), ("isme", "ism"), ("ia", "ie"), ("age", "aj"), ("e", "a"),
        ("o", ""),
    ),
}  # fmt: skip


def spellings(form: str, target: str) -> list[str]:
    """A Latin spelling and, for Ukrainian, its other start: Ukrainian writes в where Russian and
    Polish write у before a consonant (урожай, врожай; учитель, вчитель); for Czech and Romanian,
    also without double letters and with the target's regular ending (`ENDINGS`: emissione, emisie)."""
    if target == "uk" and len(form) > 1 and form[0] == "u" and form[1] not in VOWELS:
        return [form, "v" + form[1:]]
    respelt = form
    for old, new in INSIDE.get(target, ()):
        respelt = respelt.replace(old, new)
    endings = ENDINGS.get(target)
    if not endings:
        return list(dict.fromkeys([form, respelt]))
    single = re.sub(r"(.)\1", r"\1", respelt) if target in SINGLE else respelt  # emissione, emisie
    found = [form, single]
    for old, new in endings:
        if single.endswith(old) and len(single) - len(old) >= 3:
            found.append(single[: len(single) - len(old)] + new)
    return list(dict.fromkeys(found))


def regular(text: str, target: str, other: str, relative: str) -> bool:
    """Whether `text` (of `target`) is `other` (of `relative`) written with the target's regular spelling
    and endings (`spellings`: Romanian *recoltă* of French *récolte*, *emisie* of Italian *emissione*;
    Danish *færge* of Swedish *färja*): the same word, not one that merely looks like it. Spelled
    alike but for accents is no such rule (Romanian *bancă* "bank" is not Portuguese *banca* "jury")."""
    form, model = latin(text, target), latin(other, relative)
    return form != model and form in spellings(model, target)


def same_start(form: str, target: str) -> str:
    """`form` with that alternation undone, for comparing (вчитель and учитель compare as equal)."""
    if target == "uk" and len(form) > 1 and form[0] == "v" and form[1] not in VOWELS:
        return "u" + form[1:]
    return form


def cognate_phrases(text: str, language: str, target: str = "uk") -> list[str]:
    """A phrase's cognate, word by word (the closest for each); a single word's closest two."""
    words = text.split()
    if len(words) == 1:
        return cognates(words[0], language, target)
    found = [cognates(word, language, target, 1) for word in words]
    return [" ".join(f[0] for f in found)] if words and all(found) else []


def _russian(word: str) -> bool:
    from monitor.lexicon.frequency import FREQUENCIES

    return FREQUENCIES.zipf(word, "ru") - FREQUENCIES.zipf(word, "uk") > RUSSIAN_MARGIN


# Russian -> Ukrainian by the regular correspondences of their spellings, for `respelt`: endings first
# (the first that fits), then letter by letter. Each gives the spellings Ukrainian may have; wordfreq's
# Ukrainian list decides which one it writes (ожирение: ожиріння, not ожирення).
RU_ENDINGS = (
    ("ский", ("ський",)), ("ская", ("ська",)), ("ские", ("ські",)), ("ское", ("ське",)),
    ("цкий", ("цький",)), ("цкая", ("цька",)), ("цкие", ("цькі",)), ("цкое", ("цьке",)),
    ("ение", ("ення", "іння")), ("ание", ("ання",)), ("ие", ("я", "ія", "і")), ("ость", ("ість",)),
    ("ый", ("ий",)), ("ой", ("ий", "ой")), ("ий", ("ий", "ій")), ("ая", ("а",)), ("яя", ("я",)),
    ("ое", ("е",)), ("ее", ("є",)), ("ые", ("і",)), ("ья", ("ья", "'я")), ("ье", ("'я",)),
)  # fmt: skip
RU_LETTERS = {"ы": ("и",), "и": ("і", "и"), "э": ("е",), "ё": ("ьо", "е"), "ъ": ("'",), "е": ("е", "є")}
UK_VOWELS = "аеиоуяюєії"
RESPELT_MOST = 256  # spellings tried for one word: combinations of и and е


def _respellings(word: str) -> tuple[list[str], list[str]]:
    """Ukrainian spellings a Russian word may have by the regular correspondences: и as і or и, ы as
    и, э as е, -ение as -ення or -іння, -ость as -ість, adjectives' endings (-ый, -ая, -ые as -ий,
    -а, -і; -ский as -ський), нн in an adjective as н (данные, дані); and apart, as a second
    choice, о or е in a closed last syllable as і (мост, міст; рок stays рок, not рік "year")."""
    from itertools import product

    lower = word.lower()
    stem = lower
    endings: tuple[str, ...] = ("",)
    for ending, replacements in RU_ENDINGS:
        if lower.endswith(ending) and len(lower) > len(ending) + 1:
            stem, endings = lower[: -len(ending)], replacements
            break
    choices = [RU_LETTERS.get(c, (c,)) for c in stem]
    count = 1
    for c in choices:
        count *= len(c)
    if count > RESPELT_MOST:
        choices = [c[:1] for c in choices]
    regular: list[str] = []
    closed: list[str] = []
    for letters in product(*choices):
        body = "".join(letters)
        bodies = [body, body.replace("нн", "н")] if "нн" in body and endings != ("",) else [body]
        regular.extend(b + e for b in bodies for e in endings)
        vowel = max(body.rfind(v) for v in UK_VOWELS)
        if endings == ("",) and 0 < vowel < len(body) - 1 and body[vowel] in "ое":
            closed.append(body[:vowel] + "і" + body[vowel + 1 :])
    return list(dict.fromkeys(regular)), list(dict.fromkeys(closed))


def respelt(text: str, language: str = "ru") -> list[str]:
    """The Ukrainian word or phrase a Russian one is by the regular correspondences of the two
    spellings (`_respellings`), where wordfreq's Ukrainian list knows each word in that spelling
    (the most common of the regular spellings it knows: вино, not віно; мінімальна, not минимальна;
    a closed syllable's і only where it knows none), and the word is no Russian one quoted in
    Ukrainian text; [] otherwise. Unlike `cognates`, no look-alike that merely resembles the word:
    the same word, in the other spelling."""
    from monitor.lexicon.frequency import FREQUENCIES

    if language != "ru":
        return []
    words: list[str] = []
    for word in text.split():
        best = ""
        for spellings in _respellings(word):
            known = [
                (FREQUENCIES.zipf(s, "uk"), s)
                for s in spellings
                if s.replace("'", "").isalpha() and not _russian(s)
            ]
            zipf, best = max(known, default=(0.0, ""))
            if zipf > 0:
                break
            best = ""
        if not best:
            return []
        words.append(best.capitalize() if word[:1].isupper() else best)
    return [" ".join(words)]


# Polish -> Ukrainian by the regular correspondences of their spellings, for `polish_respelt`: digraphs
# first, then letter by letter; each gives the spellings Ukrainian may have (rz is р: lekarz, лікар;
# ó is і, and o is і in a closed syllable only: wóz, віз, but koło, коло; e and ie are і where Polish
# has it for the old ě: lekarz, лікар; y is и; i is і or и: oliwka, оливка).
PL_DIGRAPHS = (
    ("szcz", ("щ",)), ("sz", ("ш",)), ("cz", ("ч",)), ("rz", ("р",)), ("ch", ("х",)), ("dż", ("дж",)),
    ("dź", ("дь",)), ("dz", ("дз",)), ("ie", ("і", "е")), ("ia", ("я",)), ("io", ("ьо",)), ("iu", ("ю",)),
    ("je", ("є",)), ("ja", ("я",)), ("ju", ("ю",)),
)  # fmt: skip
PL_LETTERS = {
    "a": ("а",), "ą": ("у",), "b": ("б",), "c": ("ц",), "ć": ("ть",), "d": ("д",), "e": ("е", "і"),
    "ę": ("я",), "f": ("ф",), "g": ("г", "ґ"), "h": ("г",), "i": ("і", "и"), "j": ("й",), "k": ("к",),
    "l": ("л",), "ł": ("л",), "m": ("м",), "n": ("н",), "ń": ("нь",), "o": ("о", "і"), "ó": ("і", "о"),
    "p": ("п",), "r": ("р",), "s": ("с",), "ś": ("сь",), "t": ("т",), "u": ("у",), "w": ("в",),
    "y": ("и",), "z": ("з",), "ź": ("зь",), "ż": ("ж",),
}  # fmt: skip
PL_VOWELS = frozenset("aąeęioóuy")
PL_PARTS = frozenset({"NOUN", "ADJF"})  # an equivalent of a rule term's noun or its adjective


def _closed(word: str, at: int) -> bool:
    """Whether the vowel at `at` closes its syllable: one consonant (or digraph) follows it, then a
    consonant or the word's end (kot, wóz; not koło)."""
    rest = word[at + 1 :]
    if not rest or rest[0] in PL_VOWELS:
        return False
    digraph = next((d for d, _ in PL_DIGRAPHS if rest.startswith(d) and d[-1] not in PL_VOWELS), rest[0])
    after = rest[len(digraph) :]
    return not after or after[0] not in PL_VOWELS


def _polish_spellings(word: str) -> list[str]:
    """The Ukrainian spellings a Polish word may have by the regular correspondences (`PL_LETTERS`);
    none for a word with other letters or too many combinations (`RESPELT_MOST`)."""
    from itertools import product

    lower = word.lower()
    choices: list[tuple[str, ...]] = []
    at = 0
    while at < len(lower):
        digraph = next(((d, c) for d, c in PL_DIGRAPHS if lower.startswith(d, at)), None)
        if digraph:
            choices.append(digraph[1])
            at += len(digraph[0])
            continue
        letters = PL_LETTERS.get(lower[at])
        if letters is None:
            return []
        choices.append(letters[:1] if lower[at] == "o" and not _closed(lower, at) else letters)
        at += 1
    count = 1
    for c in choices:
        count *= len(c)
    return ["".join(letters) for letters in product(*choices)] if count <= RESPELT_MOST else []


def polish_respelt(word: str) -> list[str]:
    """The Ukrainian word a single Polish one is by the regular correspondences of the two spellings
    (*lekarz*, лікар; *oliwka*, оливка; *hipoteka*, гіпотека), where Ukrainian's dictionary (pymorphy3's,
    VESUM) has that spelling as a noun's or adjective's lemma and no name's: the commonest such (wordfreq),
    as `respelt` takes for Russian (*wino*: вино, not віно "dowry"); [] otherwise. The caller still weighs
    it against Russian (`dictionary._kin`): a Ukrainian word spelt as a Russian one of another sense is
    the false friend (*dywan*, carpet: диван)."""
    from monitor.lexicon import morph
    from monitor.lexicon.frequency import FREQUENCIES

    if " " in word.strip():
        return []
    known = [
        spelling
        for spelling in _polish_spellings(word)
        if any(
            r.lemma == spelling and not r.name and r.part in PL_PARTS for r in morph.readings(spelling, "uk")
        )
    ]
    if not known:
        return []
    best = max(known, key=lambda s: FREQUENCIES.zipf(s, "uk"))
    return [best.capitalize() if word[:1].isupper() else best]


# Ukrainian -> Russian by the regular correspondences, for `russian_counterparts`: і is и, е or о (лікар,
# лекарь; погріб, погреб; кіт, кот), и is ы or и, е is е or э, є and ї are е and и, the apostrophe ъ or
# none, роз- is раз- or рас-, -ння and -ття -ние and -тие, a final consonant may take a soft sign.
UK_LETTERS = {"і": ("и", "е", "о"), "и": ("ы", "и"), "е": ("е", "э"), "є": ("е",), "ї": ("и",), "ґ": ("г",),
              "'": ("ъ", ""), "ʼ": ("ъ", "")}  # fmt: skip
UK_PREFIXES = (("роз", ("раз", "рас")), ("без", ("без", "бес")))
UK_ENDINGS = (("ння", ("ние",)), ("ття", ("тие",)), ("ий", ("ый", "ий", "ой")), ("", ("", "ь")))


def russian_counterparts(word: str) -> list[str]:
    """The Russian lemmas a Ukrainian word is by the regular correspondences of the two spellings, where
    Russian's dictionary (pymorphy3's, OpenCorpora) has them as a noun's or adjective's lemma: *лікар*,
    лекарь; *погріб*, погреб; *розправа*, расправа."""
    from itertools import product

    from monitor.lexicon import morph

    lower = word.lower()
    starts: tuple[str, ...] = ("",)
    for prefix, replacements in UK_PREFIXES:
        if lower.startswith(prefix) and len(lower) > len(prefix) + 2:
            lower, starts = lower[len(prefix) :], replacements
            break
    ending, ends = next((e, r) for e, r in UK_ENDINGS if lower.endswith(e))
    stem = lower[: len(lower) - len(ending)] if ending else lower
    choices = [UK_LETTERS.get(c, (c,)) for c in stem]
    count = len(starts) * len(ends)
    for c in choices:
        count *= len(c)
    if count > RESPELT_MOST:
        return []
    found: list[str] = []
    for start, letters, end in product(starts, product(*choices), ends):
        spelling = start + "".join(letters) + end
        if spelling not in found and any(
            r.lemma == spelling and not r.name and r.part in PL_PARTS for r in morph.readings(spelling, "ru")
        ):
            found.append(spelling)
    return found
