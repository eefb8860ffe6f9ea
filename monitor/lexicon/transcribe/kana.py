"""Latin spellings into katakana, the script Japanese news writes foreign names in.

The spelling is cut into sound units (`syllables.py`); a consonant with no vowel gets the
one Japanese adds (u; o after t and d: Trump -> トランプ), n and m before b/p are ン. Japanese
hears a name through its original language, not its English spelling, so the second
readings are the usual doubts: a long vowel (Putin プーチン, Meloni メローニ), r after a vowel
as a long vowel (Starmer スターマー), English u as a (Musk マスク), ti as チ, z as ツ.
"""

from __future__ import annotations

import re
from itertools import zip_longest

from monitor.lexicon.transcribe.cyrillic import looks_ukrainian
from monitor.lexicon.transcribe.engine import combine
from monitor.lexicon.transcribe.latin import looks_slavic
from monitor.lexicon.transcribe.syllables import VOWELS, Unit, respell, units

_ROWS: dict[str, str] = {  # consonant -> its kana before a, i, u, e, o
    "": "アイウエオ", "k": "カキクケコ", "g": "ガギグゲゴ", "s": "サシスセソ", "z": "ザジズゼゾ",
    "t": "タティトゥテト", "d": "ダディドゥデド", "n": "ナニヌネノ", "h": "ハヒフヘホ", "b": "バビブベボ",
    "p": "パピプペポ", "m": "マミムメモ", "y": "ヤイユイェヨ", "r": "ラリルレロ", "l": "ラリルレロ",
    "w": "ワウィウウェウォ", "f": "ファフィフフェフォ", "v": "ヴァヴィヴヴェヴォ", "j": "ジャジジュジェジョ",
    "sh": "シャシシュシェショ", "ch": "チャチチュチェチョ", "tch": "チャチチュチェチョ", "zh": "ジャジジュジェジョ",
    "ts": "ツァツィツツェツォ", "kh": "ハヒフヘホ", "dj": "ジャジジュジェジョ", "dzh": "ジャジジュジェジョ",
    "sch": "シャシシュシェショ", "tsch": "チャチチュチェチョ", "tsh": "チャチチュチェチョ", "q": "カキクケコ",
}  # fmt: skip
_SECOND: dict[str, str] = {"ティ": "チ", "ディ": "ジ", "トゥ": "ツ", "ヴァ": "バ", "ヴィ": "ビ", "ヴ": "ブ",
                           "ヴェ": "ベ", "ヴォ": "ボ", "スィ": "シ", "イェ": "エ"}  # fmt: skip
_ALONE: dict[str, tuple[str, ...]] = {  # a consonant with no vowel after it
    "t": ("ト",), "d": ("ド",), "ch": ("チ",), "tch": ("チ",), "tsh": ("チ",), "j": ("ジ",), "sh": ("シュ", "シ"),
    "sch": ("シュ",), "zh": ("ジュ",), "ts": ("ツ",), "kh": ("フ",), "f": ("フ",), "v": ("フ", "ブ"),
    "z": ("ズ", "ツ", "ス"), "r": ("ル", "ー"), "l": ("ル", "リ"), "n": ("ン",), "h": ("", "フ"), "w": ("ウ",),
    "y": ("イ",),  # after a vowel, before a consonant: Tagaytay タガイタイ, Maywood メイウッド
}  # fmt: skip
# (sh alone is シュ in English and German names, シ in Russian and Central Asian ones: Osh オシ, Gereshk)
# (an h before a consonant is unheard in English, said in Arabic, Turkish and Slavic names: Hrytsenko フリツェンコ;
# after a vowel, `_KANA_RESPELLINGS` says it)


def _kana(onset: str, vowel: str) -> str:
    row = _ROWS.get(onset, _ROWS["k"])
    cells = _cells(row)
    return cells[VOWELS.index(vowel)]


def _cells(row: str) -> list[str]:
    """A row string cut into its five cells (small kana belong to the cell before them)."""
    cells: list[str] = []
    for char in row:
        if cells and char in "ァィゥェォャュョ":
            cells[-1] += char
        else:
            cells.append(char)
    return cells


def _options(
    unit: Unit, position: int, count: int, next_unit: Unit | None, before: Unit | None = None
) -> tuple[str, ...]:
    if not unit.vowel:
        if unit.onset == "m" and before is None:
            return ("ム",)  # an African name's initial m before a consonant (Mbeki ムベキ)
        if unit.onset == "n" and next_unit is not None and next_unit.onset == "y" and next_unit.vowel:
            return ("ニ", "ン")  # n before y and a vowel as ニャ, ニュ, ニョ (Sonya ソーニャ, Kenya ケニア)
        if unit.onset == "n" or (unit.onset == "m" and next_unit is not None and next_unit.onset in "bpm"):
            return ("ン",)
        if unit.onset == "m" and next_unit is not None and next_unit.onset in ("f", "v"):
            return ("ン", "ム")  # m before f as n (Humphrey ハンフリー, Stamford スタンフォード)
        if unit.onset == "m":
            return ("ム",)
        alone = _ALONE.get(unit.onset) or (
            (_cells(_ROWS[unit.onset])[2],) if unit.onset in _ROWS else ("ク",)
        )
        if unit.onset == "v" and next_unit is not None and next_unit.onset in ("r", "l", "m", "n"):
            alone = (
                "ブ",
                "フ",
            )  # voiced before a sonorant: Lavrov ラブロフ, Pavlov パブロフ, Nawrocki ナブロツキ
        if next_unit is not None and next_unit.onset == "y" and unit.onset in _ROWS:  # Antakya アンタキヤ
            alone = tuple(dict.fromkeys((_cells(_ROWS[unit.onset])[1], *alone)))  # its i-kana first
        short = before is not None and len(before.vowel) == 1
        if unit.last and short and unit.onset in ("d", "t", "k", "g", "p", "b", "ck"):
            return (
                *alone,
                "ッ" + alone[0],
            )  # a final stop after a short vowel: Ingrid イングリッド, Pitt ピット
        if (
            unit.last
            and unit.onset == "s"
            and before is not None
            and before.onset in ("m", "n", "l", "r", "d", "b", "g", "v")
        ):
            return (*alone, "ズ")  # Systems システムズ
        return alone
    vowel = unit.vowel[0]
    base = _kana(unit.onset, vowel)
    options = [base + "ー"] if len(unit.vowel) > 1 else [base]
    if vowel == "u" and unit.closed:  # English u: Trump, Musk
        options.append(_kana(unit.onset, "a"))
    if vowel == "e" and unit.last and unit.onset == "r":  # -er: Starmer スターマー
        options.insert(0, _kana(unit.onset, "a") + "ー")
    if base in _SECOND:
        options.append(_SECOND[base])
    if unit.onset == "j":  # Nordic and German j: Jussi ユッシ
        options.append(_kana("y", vowel))
    if vowel == "e" and next_unit is not None and next_unit.onset == "" and next_unit.vowel == "i":
        options.append(_kana(unit.onset, "a"))  # German ei: Solheim ソールハイム
    if len(unit.vowel) == 1 and position in (0, count - 2) and count > 1:
        options.append(options[0] + "ー")  # Putin プーチン, Meloni メローニ
    if unit.last and vowel == "i" and len(unit.vowel) == 1 and count > 1:
        options.append(options[0] + "ー")  # a final -i, -y is often long: Zelensky ゼレンスキー
    final_l = next_unit is not None and next_unit.last and next_unit.onset == "l" and not next_unit.vowel
    if final_l and len(unit.vowel) == 1 and count > 1:
        options.append(options[0] + "ー")  # a vowel before a final l is often long: Europol ユーロポール
    if unit.doubled and unit.onset == "m":  # Emma エマ, Dammam ダンマーム
        options = [*options, "ン" + options[0]]
    elif unit.doubled:  # Hakkarainen ハッカライネン; but Pettersen ペターセン; nn as ンナ (Giovanni)
        options = [("ン" if unit.onset == "n" else "ッ") + o for o in options] + options[:1]
    return tuple(dict.fromkeys(options))


def katakana(word: str, limit: int = 3) -> list[str]:
    """Katakana readings of one lower-case ASCII word (`trump` -> トランプ), likeliest first.

    Japanese writes a name as its language sounds it, which its spelling tells only in part:
    the word is also read as an Italian, Czech, German or English spelling would sound where
    it has the letters that sound so (`respellings`), each such reading right after the first.
    """
    found = _readings(word, limit)
    others = [_readings(spelt, 2) for spelt in respellings(word)]
    ordered = found[:1] + [r[0] for r in others if r] + found[1:] + [x for r in others for x in r[1:]]
    if _FINAL_E.search(word):  # the last of the first readings, its final e said (Rutte ルッテ, Conte コンテ)
        # a German name's too, as its umlauts written out say it (Schaeuble ショイブレ)
        respelt = [r[0] for r in others if r] if _UMLAUT.search(word) else []
        said = [r[:-1] + _E_COLUMN[r[-1]] for r in [*found[:2], *respelt] if r[-1:] in _E_COLUMN]
        ordered[2:2] = said
    return list(dict.fromkeys(ordered))[:limit]


# A final e after two consonants is silent in English spelling (`syllables`), said in Dutch, German
# and Italian names (Rutte ルッテ, Conte コンテ, Goethe ゲーテ): the last kana in its e column.
_FINAL_E = re.compile(r"(?<=[a-z])[^aeiouy]{2}e$")
_E_COLUMN = {"ト": "テ", "ド": "デ", "ク": "ケ", "グ": "ゲ", "ス": "セ", "ズ": "ゼ", "プ": "ペ", "ブ": "ベ",
             "フ": "フェ", "ル": "レ", "ム": "メ", "ツ": "ツェ", "チ": "チェ", "ジ": "ジェ"}  # fmt: skip


# A German umlaut written out between consonants (Schaeuble, Roettgen, Mueller).
_UMLAUT = re.compile(r"(?<=[^aeiou])(?:aeu|ae|oe|ue)(?=[^aeiou])")


# Spellings that sound otherwise in the name's own language, rewritten as an English reader would
# write that sound (Japanese writes the sound), a language's rules together: Italian c before i
# or e (Lucia ルチア), Czech ch before a consonant (Kratochvil クラトフビール), English er before
# a consonant and doubled letters read single (Pettersen ペターセン).
_RESPELLINGS: tuple[tuple[tuple[str, str], ...], ...] = (
    ((r"c(?=[ie])", "ch"),),
    ((r"ch(?=[^aeiouy])", "kh"),),
    ((r"(?<=[^aeiou])er(?=[^aeiour])", "aa"), (r"([bdfgklmnprstvz])\1", r"\1")),
    ((r"^eu", "yuu"),),  # Europol ユーロポール
    ((r"c(?=[aou])|(?<=[aeiou])c$", "ts"),),  # a Slavic c (Fico フィツォ, Kovac コバツ)
    # Polish sz cz rz, w as v and -cki as -tski (Tomasz Nowicki トマシュ・ノヴィツキ, 托马什·诺维茨基)
    (
        (r"sz|cz|rz|ck[iy]$|dzk|wicz$", r"\g<0>"),
        (r"dz(?=k)", "ts"),  # Zawadzki ザワツキ
        (r"sz", "sh"),
        (r"cz", "ch"),
        (r"rz", "zh"),
        (r"ck(?=[iy]$)", "tsk"),
        (r"w", "v"),
    ),
    # the same with w as Japanese often writes it still, ワ (Kowalczyk コワルチク, Nowak ノワク)
    (
        (r"sz|cz|rz|ck[iy]$|dzk", r"\g<0>"),
        (r"dz(?=k)", "ts"),
        (r"sz", "sh"),
        (r"cz", "ch"),
        (r"rz", "zh"),
        (r"ck(?=[iy]$)", "tsk"),
    ),
    # Italian gi and ci before a, o, u as j and ch (Giulia ジュリア, 朱莉娅; Giovanni ジョヴァンニ)
    ((r"[cg]i(?=[aou])", r"\g<0>"), (r"gi(?=[aou])", "j"), (r"ci(?=[aou])", "ch")),
    # Polish w before r or l as v (Wrobel ブロベル, 弗罗贝尔)
    ((r"^w(?=[rl])", "v"),),
    # Italian chi, che, ghi as ki, ke, gi; gli as li, gn as ny (Bianchini ビアンキーニ, 比安基尼)
    (
        (r"[cg]h(?=[ie])|gli|gn(?=[aeiou])", r"\g<0>"),
        (r"ch(?=[ie])", "k"),
        (r"gh(?=[ie])", "g"),
        (r"gli", "li"),
        (r"gn", "ny"),
    ),
)
# Japanese only (Chinese writes these otherwise): German w as v and s voiced after l, n, r before
# a vowel (Walter ヴァルター, Hansa ハンザ); English th as Japanese hears it (Houthi フーシ, Smith スミス)
# and -oor as ーア.
_KANA_RESPELLINGS: tuple[tuple[tuple[str, str], ...], ...] = (
    ((r"w|(?<=[lnr])s(?=[aeiou])", r"\g<0>"), (r"w", "v"), (r"(?<=[lnr])s(?=[aeiou])", "z")),
    ((r"th", "s"),),
    ((r"oor(?=$|[^aeiou])", "uua"),),  # English -oor as ーア (Moore ムーア, Brixmoor)
    # English -ore as オア, doubled letters read single (Baltimore ボルティモア, Fennimore フェニモア)
    ((r"(?<=[^aeiou])ore$", "oa"), (r"([bdfgklmnprstvz])\1", r"\1")),
    ((r"our(?=[^aeiouy])", "o"),),  # English our before a consonant as オー (Delacourt デラコート)
    # English ar, ir, ur and or before a consonant as アー and オー, th as s, doubled letters single
    # (Carter カーター, Kirkwood カークウッド, Turner ターナー, Northport ノースポート)
    (
        (r"(?:^|(?<=[^aeiou]))[aiuo]r(?=[^aeiouyr])", r"\g<0>"),
        (r"(?:^|(?<=[^aeiou]))[aeiu]r(?=[^aeiouyr])", "aa"),
        (r"(?<=[^aeiou])or(?=[^aeiouyr])", "o"),
        (r"th", "s"),
        (r"([bdfgklmnprstvz])\1", r"\1"),
        (r"(?<=[a-z]{2})ngton$", "nton"),
    ),
    ((r"(?<=[a-z]{2})ngton$", "nton"),),  # English -ington as ントン (Burlington バーリントン)
    ((r"^new", "nyuu"),),  # English new as ニュー (Newsom ニューサム, Newport ニューポート)
    ((r"aire$", "eru"),),  # French -aire as エール (Le Maire ルメール, Voltaire ヴォルテール)
    ((r"(?<=[aeiou])nn?e$", "nu"),),  # French -ne, -nne as ヌ (Marine マリーヌ, Anne アンヌ)
    ((r"(?<=[^aeiou])own$", "aun"),),  # English -own as アウン (Brown ブラウン, Bankstown)
    ((r"wa(?=[lr])", "wo"),),  # English wa before l, r as ウォ (Walsh ウォルシュ, Warren ウォーレン)
    ((r"^g(?=[ei])", "j"),),  # English g before e, i as j (Gerald ジェラルド, Geelong ジーロング)
    # A Spanish h unsaid, where the name ends as Spanish ones do, and its final z as s (Hernandez
    # エルナンデス, Hidalgo イダルゴ, Herrera エレラ; not Harris, Hanna: Alice アリス, Anna アンナ)
    ((r"^h(?=[aeiou].*(?:ez|es|os|o|ia|ra)$)", ""), (r"z$", "s")),
    # German ch after a vowel as ヒ after e, i and ハ after a, o, u (Richter リヒター, Albrecht
    # アルブレヒト, Mosbach モースバッハ)
    ((r"(?<=[aeiouy])ch(?=[^aeiouy]|$)", r"\g<0>"), (r"(?<=[eiy])ch", "hi"), (r"(?<=[aou])ch", "ha")),
    # Italian z after n, l, r and zz as ツ (Vicenza ヴィチェンツァ, Mazza マッツァ)
    ((r"(?<=[nlr])z(?=[aeiou])|zz", r"\g<0>"), (r"zz", "ts"), (r"(?<=[nlr])z", "ts")),
    # Scottish and Irish Mc as マク, ea a long i (McLean マクリーン)
    ((r"^mc(?=[a-z])", "mak"), (r"ea(?=[^aeiour])", "ii")),
    ((r"(?<=[a-z]{2})burgh?$", "baag"),),  # English -burg(h) as バーグ (Pittsburgh ピッツバーグ)
    ((r"qu(?=[aio])", "ku"),),  # English qu as ク and the vowel (Quinn クイン, Quantrell クアントレル)
    ((r"(?<=m)be?$", ""), (r"^wh", "w")),  # English -mb, -mbe as ム (Whitcombe ウィトコム, Lamb ラム)
    ((r"^ou(?=[aei])", "w"),),  # French ou before a vowel as w (Ouattara ワタラ, Ouedraogo)
    ((r"(?<=[^aeiou])are(?=$|[^aeiouy])", "ea"),),  # English -are as エア (Claremont クレアモント, Clare)
    ((r"(?<=[^aeiou])ay(?=[^aeiouy])", "ey"),),  # English ay before a consonant as エイ (Maywood メイウッド)
    ((r"(?<=[a-z]{2})ville$", "vil"),),  # English -ville as ビル (Rockville ロックビル)
    ((r"(?<=[bdgj])h(?=[aeiou])", ""),),  # an Indian aspirate's h unheard (Ludhiana ルディアーナ)
    # An h after a vowel before a consonant said, as Arabic, Persian, Turkish and Slavic names have it
    # (Ahmed アフメド, Mehmet メフメト, Rahmon ラフモン, Vuhledar ウフレダル); English leaves it unheard
    # (Johnson), which the first reading keeps: respelt kh, which the units keep as one sound (フ).
    ((r"(?<=[aeiou])h(?=[bcdfgjklmnpqrstvwz])", "kh"),),
    # German, Dutch and English ie a long i (Dieburg, Burnie バーニー, Wielenga ウィーレンガ, Dieter)
    ((r"ie(?=[^aeiouy]|$)", "i"),),
    # Spanish sounds: j as h (Borja ボルハ), ll as リャ (Sevilla セビリャ), qu before e, i as k (Roquetas
    # ロケタス), z as s (Zaragoza サラゴサ, Sanchez サンチェス)
    ((r"j(?=[aeiou])", "h"),),
    ((r"g(?=[ei])", "h"),),  # Spanish g before e, i as h (Sergio セルヒオ, Jorge ホルヘ)
    ((r"lh(?=[aeiou])", "ly"), (r"nh(?=[aeiou])", "ny")),  # Portuguese lh, nh (Carvalho カルバリョ)
    ((r"^wh", "w"),),  # English wh as w (Whitaker ウィテカー)
    ((r"^rh", "r"),),  # rh as r (Rheinmetall ラインメタル, Rhodes ロードス)
    ((r"dz", "z"),),  # dz as z (Kobakhidze コバヒゼ)
    ((r"(?<=n)ge$", "j"),),  # English and French -nge as ンジ (Assange アサンジ, Grange グランジ)
    ((r"(?<=[a-z]{3})ham$", "am"),),  # English -ham, its h unheard (Nottingham ノッティンガム, Fulham フラム)
    ((r"(?<=[a-z]{2})berg$", "beri"),),  # Nordic -berg as ベリ (Holmberg ホルムベリ)
    ((r"ll(?=[aou])", "ly"),),
    ((r"qu(?=[ei])", "k"),),
    ((r"z(?=[aou]|$)", "s"),),
    ((r"(?<=[aeiou])s(?=[aeiou])", "z"),),  # Italian s voiced between vowels (Brindisi ブリンディジ)
    ((r"^ch(?=[aeiou])", "sh"),),  # French ch as sh (Chaville シャヴィル)
    ((r"(?<=gra|sta)d$", "t"),),  # a final d of -grad, -stad unvoiced (Lelystad レリスタト)
    ((r"(?<=[lnr])s(?=[bcdfghklmnpqrtvw])", "z"),),  # s voiced between consonants (Hounslow ハウンズロー)
    ((r"(?<=[a-z]{2})dale$", "del"),),  # English -dale as デール (Rochdale ロッチデール)
    # An English or French final e after one consonant is silent (Brisbane ブリスベン, Nice ニース, Lagarde)
    ((r"(?<=[a-z]{2}[^aeiouy])e$", ""), (r"c$", "s"), (r"g$", "j")),
    # A French name as French sounds it, where its letters look French (eau, oi, -ourt, -ville, a final
    # -es, -ais, -ois, -eux): eau and au as o, oi as wa, ou as u, u alone as yu, a nasal in, an, en as
    # an, gn as ny, ch as sh, a final consonant or e unsaid and an r before it long (Versailles
    # ヴェルサイユ, Audincourt オダンクール, Muret ミュレ, Nanterre ナンテール, Bouguenais ブゲネ)
    (
        (
            r"eau|oi(?!a)|ourt$|ville$|(?<=[aeiou][^aeiou])es$|[ao]is$|eux$|ille|gne$|(?<=[ae])t$|(?<=[^aeiou]e)r$|rre$",
            r"\g<0>",
        ),
        (r"eaux?|au", "O"),
        (r"oi", "wa"),
        (r"ou", "U"),
        (r"gu(?=[ei])", "g"),
        (r"(?<=[^aeiouO])u(?=[^aeiouU])", "iyu"),
        (r"gn", "ny"),
        (r"ch", "sh"),
        (r"qu", "k"),
        (r"(?<=[aeiouOU])s(?=[aeiouOU])", "z"),
        (r"(?:ai|ei|e|a|i)n(?=[^aeiouyn]|$)", "an"),
        (r"(?<=[aeiouOU])rr?(?:es|e|[tsd]|ts|ds)?$", "R"),
        (r"(?<=[^aeiou])(?:es|e)$", ""),
        (r"(?<=[aeiouOU])(?:[stxdzp]|ts|ds)$", ""),
        (r"ai(?!ll)", "e"),
        (r"(?<=[aeiou])ill(?:es|e)?$", "iyu"),
        (r"(?<=[aeiou])ill", "y"),
        (r"([aeiouOU])R", r"\1\1r"),
        (r"O", "o"),
        (r"U", "u"),
    ),
    # ph as an aspirated p, as Bantu, Thai and Khmer names have it (Ramaphosa ラマポーザ, Phuket プーケット)
    ((r"ph", "p"), (r"(?<=[aeiou])s(?=[aeiou])", "z")),
    (
        (r"(?<=[^aeiou])(?:eir|eer|ear)$", "ia"),
    ),  # English final -eir, -eer, -ear as ィア (Keir キア, Lear リア)
    (
        (r"(?<=[^aeiouy])ic$", "ich"),
    ),  # a South Slavic -ić without its accent (Boric ボリッチ, Vucic ブチッチ)
    # German -burg, -berg with their final g unvoiced (Hamburg ハンブルク, Nuremberg ニュルンベルク)
    ((r"(?<=[a-z]{2})b(?:u|e|ou)rg$", r"\g<0>"), (r"g$", "k")),
    # A German person's name as German sounds it, where its letters look German (ei, st or sp
    # starting a word or a part, sch, tz, a final -ich after a consonant, a final d after r, l, n): ei as
    # ai, eu as oi, -eier, -ayer and -eyer as アイヤー (Mayer マイヤー), a final d unvoiced (Gerhard
    # ゲルハルト, Bernd ベルント, Neuhoff ノイホフ),
    # st and sp as sht and shp, s before a vowel voiced (but after a consonant), w as v, z as ts, -ich as ヒ
    # (Steinmeier シュタインマイヤー, Weidel ヴァイデル, Spahn シュパーン, Heinrich ハインリヒ).
    (
        (r"ei|eu|[ae]yer$|^s[tp]|sch|tz|(?<=[^aeiou])ich$|(?<=[rln])d$", r"\g<0>"),
        (r"(?<!t)z", "ts"),
        (r"^rh", "r"),
        (r"ei|[ae]y(?=er$)", "ai"),
        (r"eu", "oi"),
        (r"(?<=ai)er$", "yaa"),
        (r"(?<=[rln])d$", "t"),
        (r"(?:^|(?<=[aeiou]))s(?=[aeiou])", "z"),
        (r"(?:^|(?<=[^aeious]))s(?=[tp])", "sh"),
        (r"w", "v"),
        (r"(?<=[^aeiou])ich$", "ihi"),
    ),
    # German umlauts written out between consonants (Schaeuble ショイブレ, Roettgen レットゲン, Mueller
    # ミュラー, Baerbock ベーアボック): äu as oi, ä and ö as e, ü as yu.
    (
        (_UMLAUT.pattern, r"\g<0>"),
        (r"aeu", "oi"),
        (r"ae|oe", "e"),
        (r"ue", "yu"),
    ),
    # A German place's name (its last part tells: -burg, -stadt, -heim...) as German sounds it: ei as
    # ai, s before a vowel voiced, st and sp as sht and shp, z as ts, w as v, a final d or g unvoiced
    # (Heidelberg ハイデルベルク, Seligenstadt ゼーリゲンシュタット, Weinheim ヴァインハイム).
    (
        (r"(?<=[a-z]{2})(?:burg|berg|stadt|stein|heim|dorf|hausen|feld|bach|wald|hagen)$", r"\g<0>"),
        (r"(?<=[a-z])(?=h(?:eim|ausen)$)", "-"),  # its own part: not th or sh (Wertheim ヴェルトハイム)
        (r"z", "ts"),
        (r"ei", "ai"),
        (r"eu", "oi"),
        (r"(?:^|(?<=[^s]))s(?=[aeiou])", "z"),
        (r"(?:^|(?<=[^aeiou]))s(?=[tp])", "sh"),
        (r"w", "v"),
        (r"dt$", "tt"),
        (r"(?<=[rln])d$", "t"),
        (r"g$", "k"),
    ),
)


# A German name written with its umlauts (Söder, Höcke, Klöckner, Wüst, Bärbel): the umlauts as Japanese
# writes them, ä and ö as e (ö after j as o: Björn ビョルン), äu as oi, ü as yu, and the other letters as
# German sounds them: an h after a vowel unheard, s before a vowel voiced, st and sp starting the word
# as sht and shp, w as v, z as ts, ei as ai, eu as oi, ie as i, ch after a vowel as ヒ or ハ, j as y, a
# final d unvoiced (Söder ゼーダー, Höcke ヘッケ, Köhler ケーラー, Wüst ヴュスト, Jürgen ユルゲン).
_UMLAUTED = re.compile("[äöü]")
_GERMAN_UMLAUTED = (
    (r"jö", "yo"),
    (r"jü", "yu"),
    (r"äu", "oi"),
    (r"[äö]", "e"),
    (r"ü", "iu"),  # its consonant's i-kana and a small yu (`_SMALL_YU`): Müller ミュラー
    (r"ß", "ss"),
    (r"(?<=[aeiouy])h(?=[^aeiouy]|$)", ""),
    (r"(?<!t)z", "ts"),
    (r"ei", "ai"),
    (r"eu", "oi"),
    (r"ie", "i"),
    (r"(?<=[ei])ch", "hi"),
    (r"(?<=[aou])ch(?=[^aeiouy]|$)", "ha"),
    (r"^s(?=[tp])", "sh"),
    (r"(?:^|(?<=[aeiou]))s(?=[aeiouy])", "z"),
    (r"w", "v"),
    (r"^j", "y"),
    (r"ck", "kk"),
    (r"(?<=[rln])d$", "t"),
)


def german_katakana(word: str, limit: int = 2) -> list[str]:
    """Katakana readings of a word written with German umlauts, as German sounds it (`_GERMAN_UMLAUTED`),
    likeliest first, a final e said (Götze ゲッツェ) and ä before r also as エア (Bärbel ベアベル); [] for
    a word without one. The ASCII reading (`katakana`) drops the umlaut's sound (Höcke as ホッケ, Söder
    as ソダー), which Japanese news never writes."""
    lower = word.lower()
    if not _UMLAUTED.search(lower):
        return []
    found: list[str] = []
    for spelling in dict.fromkeys([lower, re.sub("är(?=[^aeiouy])", "ea", lower)]):
        spelt = re.sub("[^a-z]", "", respell(spelling, _GERMAN_UMLAUTED))
        readings = [_SMALL_YU.sub(_small_yu, r) for r in _readings(spelt, limit)] if spelt else []
        if _FINAL_E.search(spelt):
            readings = [r[:-1] + _E_COLUMN[r[-1]] for r in readings if r[-1:] in _E_COLUMN] + readings
        found += readings[:limit]
    return list(dict.fromkeys(found))


# Letters whose sound the ASCII spelling loses, as Japanese writes them: Polish ł as w (Michał ミハウ,
# Łukasz ウカシュ; its ch then as h), ç as s (Gonçalves ゴンサルベス, Lourenço ロウレンソ; not in a Turkish name, whose ç is
# ch), Nordic ø as e (Ørsted エルステッド) and å as o (Åsa オーサ).
_OWN_LETTERS = str.maketrans({"ł": "w", "Ł": "W", "ç": "s", "Ç": "S", "ø": "e", "Ø": "E", "å": "o", "Å": "O"})


def lettered_spelling(word: str, *, turkish: bool = False) -> str | None:
    """`word` with the letters of `_OWN_LETTERS` spelt as they sound (Michał -> Michaw; a Turkish name's
    ç kept), for readings beside the ASCII one's; None where it has none."""
    spelt = word.translate(_OWN_LETTERS) if not turkish else word.translate({ord("ł"): "w", ord("Ł"): "W"})
    if "ł" in word.lower():  # a Polish word: its ch is h (Michał ミハウ)
        spelt = spelt.replace("ch", "h")
    return spelt if spelt != word else None


# ü read as i and u (`_GERMAN_UMLAUTED`): the consonant's i-kana and a small yu (ミュ, ヴュ, ギュ), alone ユ.
_SMALL_YU = re.compile("^イウ|([キギシジチニヒビピミリ]|[ヴフテデ]ィ)ウ")


def _small_yu(found: re.Match[str]) -> str:
    before = found.group(1)
    return "ユ" if before is None else before.removesuffix("ィ") + "ュ"


# A name romanised from Russian or Ukrainian is written in Japanese as the Russian sounds: в before
# a as ワ (Zakharova ザハロワ), a soft l as リ and final -ny as ヌイ (Navalny ナワリヌイ), -sky(i) as
# スキー (Syrskyi シルスキー), a soft final t as チ (Rosneft ロスネフチ), a German tsch as ч, チ (Klitschko クリチコ).
_RUSSIAN = (
    (r"va", "wa"),
    (r"(?<=[aeiou])l(?=[nkmstv])", "ri"),
    (r"n(?:yi|iy|y)$", "nui"),
    (r"sk(?:yi|iy|yy|y|i)$", "skii"),
    (r"ft$", "fchi"),
    (r"tsch", "ch"),  # ч spelt as German spells it, one sound, not ツ and シュ (Klitschko クリチコ)
    (r"(?<=[bcdfghklmnprstvz])ia", "ya"),  # я after a consonant (Stoliarchuk ストリャルチュク)
    (r"ds(?=k)", "ts"),  # -dsk as -tsk (Petrozavodsk ペトロザヴォーツク)
    # ou as о and у, no diphthong (Belousov ベロウソフ)
    (r"(?<=[bcdfghklmnprstvz])ou(?=[bcdfghklmnprstvz])", "o-u"),
)


# A Ukrainian name's в as Japanese hears it, a w or u sound: before o or u starting the word as ウ
# (Volodymyr ウォロディミル, Vuhledar ウフレダル, its h said: フ), after a vowel before a consonant as ウ.
_UKRAINIAN = (
    (r"^vu(?=[^aeiou])", "u"),
    (r"^v(?=[ou][^v]*$)", "w"),
    (r"(?<=[aeiou])v(?=[^aeiouy]|$)", "w"),
    (r"(?<=[aeiou])h(?=[^aeiouy])", "kh"),
)


def respellings(word: str, *, russian: bool = True) -> list[str]:
    """`word` rewritten by each language's rules of `_RESPELLINGS` where its first one applies, and
    for Japanese (`russian`) by those of `_KANA_RESPELLINGS` and by Russian (and Ukrainian) rules where
    it looks romanised from Russian or Ukrainian."""
    out = []
    for rules in (*_RESPELLINGS, *(_KANA_RESPELLINGS if russian else ())):
        if not re.search(rules[0][0], word):
            continue
        out.append(respell(word, rules))
    if russian and looks_slavic(word) and (spelt := respell(word, _RUSSIAN)) != word:
        out.append(spelt)
    if russian and looks_ukrainian(word) and (spelt := respell(word, _UKRAINIAN)) != word:
        out.append(spelt)
    return out


def _readings(word: str, limit: int) -> list[str]:
    found = units(re.sub(r"(?<=[^aiueo])er$", "aa", word), doubles=True)
    vowel_units = [u for u in found if u.vowel]
    pieces: list[list[str]] = []
    position = 0
    for i, unit in enumerate(found):
        next_unit = found[i + 1] if i + 1 < len(found) else None
        before = found[i - 1] if i else None
        pieces.append(list(_options(unit, position, len(vowel_units), next_unit, before)))
        position += bool(unit.vowel)
    readings = [r.replace("ーー", "ー") for r in dict.fromkeys(combine(pieces, limit * 3, joiner="")) if r]
    glided = [_GLIDE.sub(_glide, _IAN.sub(_glide, r)) for r in readings]
    extra = [g for g in dict.fromkeys(glided) if g not in readings]
    rest = [r for pair in zip_longest(readings[3:], extra[2:]) for r in pair if r]
    # the spelling writes the glide: its kana first (Stolyarchuk ストリャルチュク)
    if _SPELT_GLIDE.search(word):
        return list(dict.fromkeys([*extra[:2], *readings[:3], *rest]))[:limit]
    return list(dict.fromkeys([*readings[:3], *extra[:2], *rest]))[:limit]


# A consonant before y and a vowel is one syllable, its i-kana and a small ya, yu, yo (Petrosyan
# ペトロシャン, Pyongyang ピョンヤン); a final -ian reads so too (Sarkissian サルキシャン, Sebastian).
_GLIDE = re.compile("([キギシジチニヒビピミリ])([ヤユヨ])")
_IAN = re.compile("([キギシジチニヒビピミリ])(ア)(?=ン$)")
_SMALL = {"ヤ": "ャ", "ユ": "ュ", "ヨ": "ョ", "ア": "ャ"}
_SPELT_GLIDE = re.compile(r"[bdghklmnprsvz]y[aou]")


def _glide(found: re.Match[str]) -> str:
    return found.group(1) + _SMALL[found.group(2)]


# English sounds (ARPAbet, as the CMU dictionary writes them) -> the kana row that writes each
# consonant, and the vowel (with its length) that writes each vowel; diphthongs as two vowels.
_SPOKEN_ONSETS = {
    "B": "b", "CH": "ch", "D": "d", "DH": "z", "F": "f", "G": "g", "HH": "h", "JH": "j", "K": "k",
    "L": "r", "M": "m", "N": "n", "P": "p", "R": "r", "S": "s", "SH": "sh", "T": "t", "TH": "s",
    "V": "b", "W": "w", "Y": "y", "Z": "z", "ZH": "j",
}  # fmt: skip
_SPOKEN_VOWELS = {
    "AA": ("a", ""), "AE": ("a", ""), "AH": ("a", ""), "AO": ("o", "ー"), "AW": ("a", "ウ"),
    "AY": ("a", "イ"), "EH": ("e", ""), "ER": ("a", "ー"), "EY": ("e", "イ"), "IH": ("i", ""),
    "IY": ("i", "ー"), "OW": ("o", "ー"), "OY": ("o", "イ"), "UH": ("u", ""), "UW": ("u", "ー"),
    "A": ("a", ""), "E": ("e", ""), "I": ("i", ""), "O": ("o", ""), "U": ("u", ""),  # a weak vowel as spelt
}  # fmt: skip


def spoken_katakana(phones: list[str], spelling: str = "") -> list[str]:
    """Katakana for an English pronunciation (`P AW1 AH0 L` -> パウエル), as Japanese writes English names.

    An unstressed vowel is written as `spelling` writes it where the vowels can be paired
    (Powell パウエル, not パウアル; Google グーグル). Two readings: the usual one, and one with
    EY as エー and the doubled consonant a short stressed vowel takes before a final k, t or p
    (スペース, ピット).
    """
    letter = _spelt_letter(phones, spelling)
    phones = _spelt_vowels(phones, spelling)
    if spelling.lower().startswith("wh") and phones[:1] == ["W"]:  # wh said with its h (Whitney)
        phones = ["HH", *phones]
    phones = _er_before_vowel(phones)
    if letter:  # the first letter said by its name (Nvidia: エヌビディア), as Japanese names a letter
        name, rest = letter
        return [name + _spoken(rest, alternative=False), name + _spoken(rest, alternative=True)]
    return list(dict.fromkeys([_spoken(phones, alternative=False), _spoken(phones, alternative=True)]))


# Japanese names of the consonant letters English says as a syllable of their own before another
# consonant (NVIDIA: EH N V IH D IY AH; Xbox: EH K S B AA K S): the name is written so (エヌ, エックス).
_LETTER_NAMES = {"n": ("エヌ", ["N"]), "m": ("エム", ["M"]), "l": ("エル", ["L"]), "s": ("エス", ["S"]),
                 "f": ("エフ", ["F"]), "x": ("エックス", ["K", "S"])}  # fmt: skip


def _spelt_letter(phones: list[str], spelling: str) -> tuple[str, list[str]] | None:
    """The Japanese name of the first letter and the phones after it, where the pronunciation says
    that letter by its name before a consonant the spelling writes right after it (Nvidia); else None."""
    word = spelling.lower()
    if len(word) < 3 or word[0] not in _LETTER_NAMES or word[1] in "aeiouyh":
        return None
    name, said = _LETTER_NAMES[word[0]]
    bare = [p.rstrip("012") for p in phones]
    if bare[: 1 + len(said)] != ["EH", *said] or len(phones) <= 1 + len(said):
        return None
    return name, phones[1 + len(said) :]


def _er_before_vowel(phones: list[str]) -> list[str]:
    """ER before a vowel as a weak a and an r that starts the next kana (Catherine キャサリン, Everett
    エバレット), not アー and a bare vowel (キャサーイン)."""
    out: list[str] = []
    for i, phone in enumerate(phones):
        following = phones[i + 1].rstrip("012") if i + 1 < len(phones) else ""
        if phone.rstrip("012") == "ER" and following in _SPOKEN_VOWELS:
            out += ["A" + phone[-1:], "R"]
        else:
            out.append(phone)
    return out


_REDUCED = {"AH", "IH", "AA", "AO", "EH", "UH", "AE"}
_LETTER_VOWELS = {"a": "A", "e": "E", "i": "I", "y": "I", "o": "O", "u": "U"}


def _spelt_vowels(phones: list[str], spelling: str) -> list[str]:
    """Weak vowels replaced by the vowels the spelling writes in their place (AH0 in Powell: e), and a
    final -le read as ル (Google グーグル)."""
    out = list(phones)
    word = spelling.lower()
    if re.search(r"[^aeiouy]le$", word) and [p.rstrip("012") for p in phones[-2:]] == ["AH", "L"]:
        out[-2] = "U0"
        word = word[:-2]
    letters = re.findall(r"[aeiouy]+", re.sub(r"(?<=[^aeiouy])e$", "", word))
    vowels = [
        i
        for i, p in enumerate(out[: len(out) - 2 if word != spelling.lower() else None])
        if p.rstrip("012") in _SPOKEN_VOWELS
    ]
    if not spelling or len(letters) != len(vowels):
        return out
    for i, group in zip(vowels, letters, strict=True):
        bare, stress = out[i].rstrip("012"), out[i][-1:]
        if stress != "1" and bare in _REDUCED:
            out[i] = _LETTER_VOWELS[group[0]] + stress
    return out


def _spoken(phones: list[str], *, alternative: bool) -> str:
    out: list[str] = []
    bare = [p.rstrip("012") for p in phones]
    stop_n = len(bare) > 2 and bare[-3] in ("P", "T", "K", "B", "D", "G") and bare[-1] == "N"
    if alternative and stop_n and phones[-2][-1:] == "0" and bare[-2] in _SPOKEN_VOWELS:
        phones = [*phones[:-2], "U0", phones[-1]]  # a weak vowel before a final n: open オープン
        bare = [p.rstrip("012") for p in phones]
    i = 0
    while i < len(bare):
        phone = bare[i]
        following = bare[i + 1] if i + 1 < len(bare) else None
        after = bare[i + 2] if i + 2 < len(bare) else None
        if phone in _SPOKEN_VOWELS:
            out.append(
                _vowel(_kana("", _SPOKEN_VOWELS[phone][0]), phones[i], i == len(bare) - 1, alternative)
            )
            i += 1
        elif phone == "HH" and following == "W" and after in _SPOKEN_VOWELS:
            # English wh as ホ and the vowel (White ホワイト, Whitney ホイットニー, Wheeler ホイーラー)
            base = "ホ" + _WH[_SPOKEN_VOWELS[after][0]]
            out.append(_vowel(base, phones[i + 2], i + 2 == len(bare) - 1, alternative))
            i += 3
        elif following == "Y" and after in _SPOKEN_VOWELS and _palatal(phone, after):
            # a consonant, y and u, a or o as one kana and a small one (Hugh ヒュー, Matthew マシュー)
            onset = _cells(_ROWS[_SPOKEN_ONSETS[phone]])[1] + _Y_SMALL[_SPOKEN_VOWELS[after][0]]
            out.append(_vowel(onset, phones[i + 2], i + 2 == len(bare) - 1, alternative))
            i += 3
        elif (
            following in _SPOKEN_VOWELS
            and phone in _SH_ON
            and phones[i + 1][-1:] == "0"
            and bare[i + 2 :] == ["N"]
        ):
            out.append(_SH_ON[phone])  # English -tion, -sion as ション, ジョン (Corporation コーポレーション)
            i += 3
        elif following in _SPOKEN_VOWELS and phone in _SPOKEN_ONSETS:
            base = _kana(_SPOKEN_ONSETS[phone], _SPOKEN_VOWELS[following][0])
            if alternative and phone in _PALATAL_AE and following == "AE":
                base = _PALATAL_AE[phone]  # English a after k, g as キャ, ギャ (Capital キャピタル, Canberra)
            out.append(_vowel(base, phones[i + 1], i + 1 == len(bare) - 1, alternative))
            i += 2
        else:
            last = i == len(bare) - 1
            pair = (phone, following or "")
            if pair in _AFFRICATES and i + 2 == len(bare):  # Foods フーズ, Arts アーツ
                out.append(_AFFRICATES[pair])
                i += 2
                continue
            if phone == "R" and i > 0 and bare[i - 1] == "EH":
                out.append("ア")  # English air, are as エア (Fairweather フェアウェザー, Blair ブレア)
            elif phone == "R":
                out.append("" if out and out[-1].endswith("ー") else "ー")
            elif phone == "NG":
                out.append("ン" if following in ("G", "K") else "ング")
            elif phone == "N" or (phone == "M" and following in ("B", "P", "M")):
                out.append("ン")
            else:
                onset = _SPOKEN_ONSETS.get(phone, "k")
                alone = _ALONE.get(onset, (_cells(_ROWS[onset])[2],) if onset in _ROWS else ("ク",))[0]
                short = (
                    i > 0
                    and phones[i - 1][-1:] in "01"
                    and bare[i - 1] in ("AE", "EH", "IH", "AH", "UH", "I", "E")
                )
                if (
                    alternative
                    and short
                    and phone in ("K", "T", "P", "D")
                    and (last or following not in _SPOKEN_VOWELS)
                ):
                    alone = "ッ" + alone
                out.append(alone if phone != "HH" else "")
            i += 1
    return "".join(out).replace("ーー", "ー")


_PALATAL_AE = {"K": "キャ", "G": "ギャ"}
_WH = {"a": "ワ", "i": "イ", "u": "ウ", "e": "エ", "o": "ウォ"}


def _palatal(phone: str, vowel: str) -> bool:
    """Does `phone` before y and `vowel` make one kana with a small ャ, ュ, ョ: a consonant whose i-kana is
    one character (キ, シ, ミ, ヒ; not ティ or フィ), before a, u or o?"""
    onset = _SPOKEN_ONSETS.get(phone)
    if onset is None or onset == "y" or _SPOKEN_VOWELS[vowel][0] not in _Y_SMALL:
        return False
    return len(_cells(_ROWS[onset])[1]) == 1


# A final unstressed -shun, -zhun, as English -tion, -sion, -sian say it: one kana and a small yo.
_SH_ON = {"SH": "ション", "ZH": "ジョン", "CH": "チョン", "JH": "ジョン"}
# A final -ds, -ts as one sound (Foods フーズ, Friends フレンズ, Arts アーツ).
_AFFRICATES = {("D", "Z"): "ズ", ("T", "S"): "ツ"}


def _vowel(kana: str, phone: str, last: bool, alternative: bool) -> str:
    """A kana with the vowel's length or second part: a final unstressed IY is short (モディ), EY may be エー."""
    bare, stress = phone.rstrip("012"), phone[-1:]
    tail = _SPOKEN_VOWELS[bare][1]
    if bare == "IY" and stress == "0" and last and not alternative:
        tail = ""
    if bare == "EY" and alternative:
        tail = "ー"
    if bare == "OW" and stress != "1" and last:  # Chicago シカゴ
        tail = ""
    return kana + tail


# A Korean name romanised (Lee Jae-myung, Kim Jong Un) is written in Japanese as Korean sounds it,
# syllable by syllable, the given name's syllables run together (イ・ジェミョン, キム・ジョンウン).
# Romanisations write one Korean vowel several ways: each is read as the one it stands for (ung is
# often 어 before a consonant, read so second: Myung 명, Duck 덕, but Jung 중 or 정; an English ar, oi and
# a silent h as Park 박, Choi 최, Ahn 안 are).
_KOREAN_SPELLINGS = (
    (r"yeo", "yo"), (r"eo", "o"), (r"eui", "ui"), (r"ee", "i"), (r"oo", "u"), (r"ae", "e"), (r"oe|oi", "e"),
    (r"ou(?=ng)", "o"), (r"ck", "k"), (r"sh", "s"), (r"ar(?![aeiou])", "a"),
    (r"(?<=[aeiou])h(?![aeiouwy])", ""),
)  # fmt: skip
_KOREAN_ROWS = {"kk": "k", "tt": "t", "pp": "p", "ss": "s", "jj": "j", "l": "r"}
_KOREAN_CODAS = {"n": "ン", "ng": "ン", "m": "ム", "l": "ル", "k": "ク", "p": "プ", "": ""}
# A plain stop starts a name unvoiced and follows a vowel or n, m, l, ng voiced (Ban Ki-moon パン・ギムン,
# Cho Kuk チョ・グク); after k or p it stays unvoiced.
_VOICED = {"k": "g", "t": "d", "p": "b", "ch": "j"}
_UNVOICED = {v: k for k, v in _VOICED.items()}
_KOREAN_PART = re.compile(r"(kk|tt|pp|ss|jj|ch|[kgndtrlmbpsjh])?([wy]?)(ui|eu|[aeiou])(ng|n|m|l|k|p)?")
_Y_SMALL = {"a": "ャ", "u": "ュ", "o": "ョ"}
_W_SMALL = {"o": "ォ", "e": "ェ", "i": "ィ", "u": ""}
KoreanSyllable = tuple[str, str, str, str]  # onset, glide, vowel, coda


def korean_katakana(name: str) -> list[str]:
    """A Korean person's romanised name (surname first, then the given name, one word or hyphenated)
    as Japanese writes it: its Korean sounds, with the voicing each consonant's place gives it (the
    usual reading) and as written (Kim Jong Un: キム・ジョンウン; Lee Jae-myung: イ・ジェミョン).
    [] unless every word is Korean syllables and the surname one of them (a name in pinyin may be
    either: Han Kang ハン・ガン; a Chinese one is written in its characters, and this reading stays unused)."""
    words = name.lower().split()
    if len(words) < 2 or not all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", w) for w in words):
        return []
    parts = [korean_syllables(p) for w in words for p in w.split("-")]
    if any(p is None for p in parts) or len(words[0].split("-")) != 1 or len(parts[0] or ()) != 1:
        return []
    surname = parts[0] or []
    given = [s for p in parts[1:] for s in p or ()]
    out = []
    for voicing, closed_u in ((True, "u"), (True, "o"), (False, "u"), (False, "o")):
        first, *read = [(o, g, closed_u if v == "u" and c else v, c) for o, g, v, c in surname + given]
        rest = _korean_kana(read, voicing, before=first[3])
        if first[0] in ("r", "l") and first[2] == "i":  # Lee, Rhee: 이, イ
            out.append(f"{_korean_kana([('', *first[1:])], voicing)}・{rest}")
        out.append(f"{_korean_kana([first], voicing)}・{rest}")
        if voicing and (nasal := _inserted_n(read)) != read:  # the surname as spelt, or its u as 어
            nasalised = _korean_kana(nasal, voicing, before=first[3])
            out += [f"{_korean_kana([f], voicing)}・{nasalised}" for f in dict.fromkeys((surname[0], first))]
    return list(dict.fromkeys(out))


_NASAL_CODAS = {"k": "ng", "p": "m", "t": "n"}


def _inserted_n(found: list[KoreanSyllable]) -> list[KoreanSyllable]:
    """The given name as said where a syllable of y and a vowel, with no consonant, follows one that
    ends in a stop: an n is said before it and the stop becomes its nasal (석열 [성녈]: Suk-yeol
    ソンニョル, as Japanese news writes Yoon Suk Yeol)."""
    out = list(found)
    for i in range(1, len(out)):
        onset, glide, vowel, coda = out[i]
        before = out[i - 1]
        if not onset and glide == "y" and before[3] in _NASAL_CODAS:
            out[i - 1] = (*before[:3], _NASAL_CODAS[before[3]])
            out[i] = ("n", glide, vowel, coda)
    return out


def korean_syllables(word: str) -> list[KoreanSyllable] | None:
    """`jaemyung` -> [(j, '', e, ''), (m, y, u, ng)]: a romanised Korean word (lower case) as its
    syllables, its spellings of one Korean vowel made one first (`_KOREAN_SPELLINGS`), so that the
    katakana and the hanja readings cut a name alike. A consonant before a vowel opens its syllable
    (Jae-in: je-in; Mina: mi-na). None where the word is no run of Korean syllables."""
    word = respell(word, _KOREAN_SPELLINGS)
    out: list[KoreanSyllable] = []
    i = 0
    while i < len(word):
        found = _KOREAN_PART.match(word, i)
        if not found:
            return None
        onset, glide, vowel, coda = (g or "" for g in found.groups())
        if coda and coda != "ng" and found.end() < len(word) and word[found.end()] in "aeiouwy":
            coda = ""
        out.append((onset, glide, vowel, coda))
        i = found.start() + len(onset) + len(glide) + len(vowel) + len(coda)
    return out


def _korean_kana(found: list[KoreanSyllable], voicing: bool, before: str | None = None) -> str:
    """Kana for syllables; `before` is the coda before them (None: they start the name)."""
    out = []
    for i, (onset, glide, vowel, coda) in enumerate(found):
        previous = found[i - 1][3] if i else before
        if voicing:
            unvoiced = previous is None or previous in ("k", "p")
            onset = _UNVOICED.get(onset, onset) if unvoiced else _VOICED.get(onset, onset)
        onset = _KOREAN_ROWS.get(onset, onset)
        out.append(_korean_syllable(onset, glide, vowel) + _KOREAN_CODAS[coda])
    return "".join(out)


def _korean_syllable(onset: str, glide: str, vowel: str) -> str:
    vowel = "u" if vowel == "eu" else vowel  # 으 (Heung 흥)
    if vowel == "ui" or (glide == "y" and vowel == "i"):
        return _kana(onset, "i") if onset else "ウィ" if vowel == "ui" else "イ"
    if glide == "y" and vowel == "e":
        return _kana(onset, "e") if onset else "イェ"
    if glide == "y":
        return _kana(onset, "i") + _Y_SMALL[vowel] if onset else _kana("y", vowel)
    if glide == "w" and not onset:
        return _kana("w", vowel) if vowel != "u" else "ウ"
    if glide == "w" and vowel == "a":
        return "ファ" if onset == "h" else _kana(onset, "u") + "ァ"
    if glide == "w":
        return _kana(onset, "u") + _W_SMALL[vowel]
    return _kana(onset, vowel)
