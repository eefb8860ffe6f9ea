"""Latin spellings into Russian and Ukrainian Cyrillic, each by its own conventions.

Most names reach an English rule already romanised (Zelensky, Navalny, Shoigu) or in a Latin
original (Kowalczyk, Macron); these tables read both: `kh` -> х, `zh` -> ж, `ts` -> ц,
`-sky` -> -ский (ru) / -ський (uk). The letters romanisation loses (the soft sign, ы against
и) are guessed with second readings: Navalny -> Навалний, Навальный.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from monitor.lexicon.transcribe.costs import measured
from monitor.lexicon.transcribe.engine import Scheme, overlaid
from monitor.lexicon.transcribe.latin import looks_slavic

# Russian spelling: no ы after ж ш ч щ ц (Ковальчик, not Ковальчык) nor after к г х; and a y sound
# after a consonant before a vowel is the soft sign (Bjorn Бьорн, not Бйорн).
_SPELLING = re.compile(r"(?<=[жшчщкгх])ы")
_SOFT_Y = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])й(?=[аоуэеё])")


# A soft sign before а, у, э is followed by the iotated vowel, as in a soft consonant's own syllable
# (Montaña Монтанья, Castellanos Кастельянос); before ы (і, и in Ukrainian) it is none. A reading of l
# as ль before a vowel would otherwise spell them (Льашио).
_SOFT_VOWEL_RU = re.compile("ь([ауэы])")
_SOFT_VOWEL_UK = re.compile("ь([ауіи])")
_IOTATED = {"а": "ья", "у": "ью", "э": "ье", "ы": "ы", "і": "і", "и": "и"}


def russian_spelling(text: str) -> str:
    softened = _SOFT_VOWEL_RU.sub(lambda m: _IOTATED[m.group(1)], text)
    return _SOFT_Y.sub("ь", _SPELLING.sub("и", softened))


_COMMON: dict[str, tuple[str, ...]] = {
    "shch": ("щ",), "sch": ("ш", "щ"), "tch": ("тч", "ч"), "^tch": ("ч",), "dzh": ("дж",), "zh": ("ж",), "kh": ("х",),
    "ch": ("ч",), "sh": ("ш",), "tz": ("ц",), "ph": ("ф",), "th": ("т", "с", "тх"), "ck": ("к",),
    "qu": ("кв",), "gh": ("г",), "dj": ("дж",), "x": ("кс",), "w": ("в", "у"), "j": ("дж", "ж", "й"),
    "c": ("к",), "ce": ("це", "се", "че"), "ci": ("ци", "си", "чи"), "cy": ("ци", "си"),
    # Italian ci before a vowel is ч (Lucia Лючия, Ciampi Чампи, Ciotti Чотти)
    "cia": ("ция", "ча", "чия"), "cio": ("цио", "чо"), "ciu": ("цию", "чу"),
    "ll": ("лл", "л"), "ss": ("сс", "с"), "tt": ("тт", "т"), "nn": ("нн", "н"), "mm": ("мм", "м"),
    "rr": ("рр", "р"), "ff": ("фф", "ф"), "pp": ("пп", "п"), "dd": ("дд", "д"), "bb": ("бб", "б"),
    "a": ("а",), "b": ("б",), "u": ("у", "а"), "d": ("д",), "f": ("ф",), "k": ("к",), "m": ("м",), "n": ("н",),
    "o": ("о",), "p": ("п",), "q": ("к",), "r": ("р",), "s": ("с",), "t": ("т",),
    "v": ("в",), "z": ("з",), "oo": ("у",), "ou": ("у",), "au": ("ау",), "-": ("-",),
    "cz": ("ч",), "sz": ("ш",), "rz": ("рз", "ж", "рж"), "szcz": ("щ",),
    # German tsch, Congolese tsh (Klitschko Кличко, Tshisekedi Чисекеди), French eau (Trudeau Трюдо)
    "tsch": ("ч",), "tzsch": ("ч",), "tsh": ("ч",), "eau": ("о",),
    "iyeh$": ("ия", "ийе"), "yeh$": ("я", "йе"),  # Arabic -iyeh (Haniyeh Хания)
    # ch before a consonant is German, Czech or Polish: х (Albrecht Альбрехт, Kratochvil Кратохвил)
    "cht": ("хт", "чт"), "chv": ("хв",), "chw": ("хв",), "chm": ("хм",),
    # ch before r is the Greek chi of Christ's and Chronos' names, к or х (Christian Кристиан, Christoph
    # Кристоф, Chrysler Крайслер; Christodoulides Христодулидис), never ч
    "chr": ("кр", "хр"),
    # ny before a vowel: the n soft (Netanyahu Нетаньяху, Montaña Монтанья)
    "nya": ("ня", "нья"), "nyu": ("ню", "нью"),
    # Polish rz is ж or рж, others' r and z (Herzog, Barzani, Pereverzev) рз, which GeoNames' pairs show
    # the commonest where a name's letters do not tell it Polish (`_SPELT_ORIGINS`): "rz" above reads all three.
    # South Slavic -ić typed without its mark (Vucic Вучич, Djokovic Джокович)
    "vic$": ("вич", "вик"), "cic$": ("чич", "цик"), "cevic$": ("чевич", "цевич"),
    # Spanish ll before a vowel is ль and й (Castellanos Кастельянос, Jaramillo Харамильо), others' лл
    "lla": ("лла", "лья", "ла"), "llo": ("лло", "льо", "ло"), "llu": ("ллу", "лью", "лу"),
    "llah$": ("лла", "ллах", "ла"),  # but Arabic -llah keeps its silent h (Hezbollah Хезболла)
    "eeuw": ("еув", "еу", "ив"),  # Dutch (Leeuwen Леувен, Leeuwarden Леуварден)
    # Polish rz after a voiceless consonant is ш (Krzysztof Кшиштоф, Przemysl Пшемысль, Trzaskowski)
    "krz": ("кш", "крж", "кж"), "prz": ("пш", "прж"), "trz": ("тш", "трж"),
    # A doubled k or q of a name romanised from Arabic or Finnish is written double or single (Raqqa
    # Ракка / Рака, Mekka Мекка)
    "kk": ("кк", "к"), "qq": ("кк", "к"), "gg": ("гг", "г"),  # Kellogg Келлог
    # Vietnamese and Thai th is тх, a final nh нь (Thi Тхи, Minh Минь, Thanh Тхань)
    "nh$": ("нх", "нь", "н"),
    "rh": ("р", "рх"),  # German and Greek rh (Rheinsberg Райнсберг, Rhodes Родос)
    "ge$": ("ге", "дж"),  # English and French -ge (Farage Фарадж, Page Пейдж)
    "dge": ("дж", "дге"), "dge$": ("дж", "дже"),  # English dg (Brackenridge Бракенридж, Hodges Ходжес)
    "rzh": ("рж",),  # Russian romanised (Rzhev Ржев) and Czech ř (Dvořák Дворжак)
    # German -stadt, -stein, -stedt in a name's compound: шт (Lippstadt Липпштадт, Frankenstein)
    "stadt": ("штадт", "стадт", "штат"), "stein": ("штайн", "штейн", "стайн", "стейн"), "stedt": ("штедт", "стедт"),
    "dh": ("д", "дх"),  # Arabic, Swahili, Indian dh (Abu Dhabi Абу-Даби, Odhiambo Одиамбо, Dhoni Дхони)
    "ic$": ("ик", "ич"),  # South Slavic -ić without its mark (Boric Борич), English -ic (Eric Эрик)
    "^mc": ("мак",),  # Scottish and Irish Mc is Mac (McAllister Макаллистер)
    "igh": ("ай", "иг"),  # English igh (Bright Брайт, Knight Найт)
    "rre$": ("рре", "р", "рр"),  # French -rre (Pierre Пьер), as -lle
    # Greek -iou is иу (Papadimitriou Пападимитриу), not the io the cut would take first
    "iou": ("иу", "ио"),
    "qui$": ("ки", "кви"),  # a final -qui is an Arabic or Urdu -qī (Siddiqui Сиддики, Farooqui Фаруки)
    # English augh is an o, its gh silent or, in Ukrainian news, г (Vaughan Воан, Воган; Maugham Моэм)
    "augh": ("о", "ог", "ауг"),
    # ai after j is one syllable, ай, which the cut's ja would split (Jaipur Джайпур, Jaishankar Джайшанкар)
    "jai": ("джай", "яй", "джаи"),
    # a word's first st is шт in German names, whose origin their letters often do not tell (Stocker
    # Штокер, Stuttgart; about one in five of GeoNames' pairs), ст in others (Stockholm Стокгольм)
    "^st": ("ст", "шт"),
    # a Western lu is often лю (Luxembourg Люксембург, Luther Лютер, Lucia Лючия, Lutnick Лютник)
    "lu": ("лу", "лю", "ла"),
}  # fmt: skip
# A qu before a consonant is к and у, no кв: an Arabic, Turkic or Sotho q and a vowel (Quneitra Кунейтра,
# Qusar Кусар, Qulsary Кульсары, Quthing Кутинг), as GeoNames' pairs show.
_COMMON |= {
    "qu" + c: ("ку" + r[0], "кв" + r[0])
    for c, r in list(_COMMON.items())
    if len(c) == 1 and c in "bdfklmnrstvz"
}
# An English aw before a consonant or ending a word is о or оу (Crawley Кроули, Rawson Росон, Роусон,
# Lawrence Лоуренс, Shaw Шоу; GeoNames' pairs); before a vowel ав (Ottawa Оттава), as the cut reads it.
_COMMON |= {
    "aw" + c: tuple(q + r[0] for q in ("ав", "о", "оу", "ау"))
    for c, r in list(_COMMON.items())
    if len(c) == 1 and c in "bdfklmnrstz"
}
_COMMON |= {"aw$": ("ав", "о", "оу", "ау")}
# An English tch inside a word is тч (Pritchard Притчард, Mitchell Митчелл, Fletcher Флетчер), one
# starting a word the French romanisation of ч (Tchaikovsky Чайковский): both in `_COMMON`.

# South Slavic lj and nj before a vowel are one soft consonant (Ljubljana Любляна, Nemanja Неманя,
# Radosavljevic Радосавлевич), and j between vowels the й that Russian writes in an iotated vowel
# (Sarajevo Сараево): the readings an English j would not give.
_SOFT_J = {
    c + "j" + v: (soft + iv, soft[0] + "ь" + iv, c_ + "дж" + cv)
    for c, soft, c_ in (("l", "л", "л"), ("n", "н", "н"))
    for v, iv, cv in (("a", "я", "а"), ("e", "е", "е"), ("u", "ю", "у"), ("o", "ё", "о"))
}
_COMMON |= _SOFT_J
# and a t before j and a vowel is soft, the j the iotated vowel (Kristjan Кристьян, Tatjana Татьяна)
_COMMON |= {"tja": ("тья", "тя", "тджа"), "tju": ("тью", "тю", "тджу")}
_VOWEL_J = {
    v + "j" + w: (cv + "дж" + cw, cv + iw)  # second: an Indian name's j is дж (Vijay Виджай)
    for v, cv in (("a", "а"), ("o", "о"), ("e", "е"), ("i", "и"), ("u", "у"))
    for w, iw, cw in (("e", "е", "е"),)  # before a or u, the cut's ja, ju read so already
}
# Ukrainian writes them with є (Сараєво) and an lj, nj before e as ле, нє or льє.
_VOWEL_J_UK = {k: (r[0], r[1].replace("е", "є")) for k, r in _VOWEL_J.items()}
_SOFT_J_UK = {k: (*r[:1], r[0][:-1] + "є", *r[1:]) if k.endswith("je") else r for k, r in _SOFT_J.items()}

# A double consonant before a final y is English (Harry Гарри, Kelly Келли, Tommy Томми): y is и.
_DOUBLE_Y = {
    c + c + "y$": (r[0] * 2 + "и",) for c, r in _COMMON.items() if len(c) == 1 and c in "lrnmtpdbfgsz"
}
_COMMON |= _DOUBLE_Y
_DOUBLE_Y_UK = {key: (found[0][:-1] + "і",) for key, found in _DOUBLE_Y.items()}  # Гаррі

# Persian -aei is аи (Rezaei Резаи), Polish -cka a feminine -цкая (Nowicka Новицкая); both in the schemes.

# Before a consonant or at the end of a word, a Western l is usually soft in Russian and
# Ukrainian transcription (Сольхейм, Альтман, Сандоваль).
_SOFT_L: dict[str, tuple[str, ...]] = {
    "l" + c: ("ль" + r[0], "л" + r[0]) for c, r in _COMMON.items() if len(c) == 1 and c in "bdfkmpstvz"
}
_SOFT_L["l$"] = ("ль", "л")
_SOFT_L["lz$"] = ("льц", "льз", "лц")  # German lz (Scholz Шольц)
_SOFT_L["ln"] = ("льн", "лн")  # Milner Мильнер, Navalny Навальный
_SOFT_L["lcz"] = ("льч", "лч")
_SOFT_L["lch"] = ("льч", "лч")
_SOFT_L["ltz"] = ("льц", "лц")  # German ltz, tz read whole (Waltz Вальц; spoken, Уолц)
_SOFT_L["lsz"] = ("льш", "лш")  # Polish lsz, sz read whole (Olsztyn Ольштын)
# and an l before -ski, -sky, -ska, which the ls above would cut apart (Wolski Вольский, not Вольски)
_SOFT_L_SKI_RU = {"lski$": ("льский", "лский"), "lsky$": ("льский", "лский"), "lska$": ("льская", "лская")}
_SOFT_L_SKI_UK = {
    "lski$": ("льський", "лський"),
    "lsky$": ("льський", "лський"),
    "lska$": ("льська", "лська"),
}
# A silent h after a final vowel (Hodeidah), and the German lengthening h (Wohlleben, Dohnanyi).
_SILENT_H = {"ah$": ("а", "ах"), "eh$": ("е", "ех"), "oh$": ("о", "ох"), "uh$": ("у", "ух")}
_RU_VOWELS = {"a": "а", "e": "е", "o": "о", "u": "у"}
_SILENT_H |= {
    f"{v}h{c}": (cv + rc, cv + "х" + rc)
    for v, cv in _RU_VOWELS.items()
    for c, rc in (("l", "л"), ("n", "н"), ("m", "м"), ("r", "р"))
}

# A vowel, y, a vowel: the y starts the second vowel's syllable (Adeyemi Адейеми / Адеємі, Maya Майя),
# not a diphthong of the first (ey ей), which a greedy cut would read.
_VOWELS_RU = {"a": "а", "e": "е", "o": "о", "u": "у"}
_IOTATED_RU = {"a": ("я", "йа"), "e": ("е", "йе"), "o": ("ё", "йо"), "u": ("ю", "йу")}
_IOTATED_UK = {"a": ("я", "йа"), "e": ("є", "йе"), "o": ("йо",), "u": ("ю", "йу")}
_VYV_RU = {
    v + "y" + w: (cv + "й" + iw[0], cv + iw[0])
    for v, cv in _VOWELS_RU.items()
    for w, iw in _IOTATED_RU.items()
}
# but a y before o is йо in Russian news too (Adebayo Адебайо, Mayo Майо), ё second
_VYV_RU |= {v + "yo": (cv + "йо", cv + "ё") for v, cv in _VOWELS_RU.items()}
# An Arabic name's -ayed, -ayez (the pattern fāʿil: Zāyid, Fāʾiz) is also аи (Zayed Заид, Fayez Фаиз), third.
_AYI_CONSONANTS = (("d", "д"), ("z", "з"), ("f", "ф"), ("l", "л"))
_ARABIC_AYI_RU = {"aye" + c + "$": ("айе" + cc, "ае" + cc, "аи" + cc) for c, cc in _AYI_CONSONANTS}
_ARABIC_AYI_UK = {"aye" + c + "$": ("ає" + cc, "айє" + cc, "аі" + cc) for c, cc in _AYI_CONSONANTS}  # Заїд
_VYV_UK = {
    v + "y" + w: (cv + iw[0], cv + "й" + iw[0])
    for v, cv in _VOWELS_RU.items()
    for w, iw in _IOTATED_UK.items()
}

# ei is ей in English and Dutch names but ай in German ones (Steinmeier Штайнмайер), which news often
# spells without the name's origin telling: both read (in `RUSSIAN` and `UKRAINIAN`).

# A final e after a consonant is silent in English and French names (Lagarde Лагард, Belleville Бельвиль)
# and said in others (Meloni's Italy: Albanese Албанезе): both read, the said one first; an English
# final -ey is и (Kimberley Кимберли), after the ей its spelling suggests.
# A final -lle is лл or л in English names (Brockville Броквилл, Huntsville Хантсвил).
_FINAL_E_RU = {"e$": ("е", ""), "ey$": ("ей", "и"), "lle$": ("лле", "ль", "лл", "л")}
_FINAL_E_UK = {"e$": ("е", ""), "ey$": ("ей", "і"), "lle$": ("лле", "ль", "лл", "л")}
# An English final -ay is ей (Mackay Маккей, Murray Маррей, Halliday Холлидей) where a Slavic or
# Turkish one is ай (Nikolay Николай, Altay Алтай): both read, ай first. A French or English final -gue
# is г (Laffargue Лаффарг, Teague Тиг).
_FINAL_AY = {"ay$": ("ай", "ей")}


# English spelling conventions that GeoNames' pairs show Russian and Ukrainian news following (`learn.py
# --check`): a final vowel, consonant and silent e is a long vowel (Armidale Армидейл, Ramsgate
# Рамсгейт, Kilbride Килбрайд), third after the e said and the e silent (Natale Натале, Lagarde); -land
# is often ленд (Maitland Мейтленд, Portland Портленд), -burg берг (Gaithersburg Гейтерсберг), -bury
# бери (Sudbury Садбери), -field филд (Mansfield Мансфилд), own аун (Bridgetown Бриджтаун, Brown Браун),
# ur before a consonant ер (Hurst Херст, Burnaby Бернаби), al before d or t ол (Walden Уолден, Alton Олтон),
# -ngham нгем (Rockingham Рокингем), -sham шем (Horsham Хоршем), a final ow оу, ough о (Scarborough Скарборо).
def _english(i: str) -> dict[str, tuple[str, ...]]:
    """The conventions above in Russian (`i` и) or Ukrainian (`i` і) letters."""
    magic = {
        v + c + "e$": (plain + cc + "е", plain + cc, long + cc)
        for v, plain, long in (("a", "а", "ей"), ("i", i, "ай"))
        for c, cc in (("l", "л"), ("k", "к"), ("t", "т"), ("v", "в"), ("n", "н"), ("m", "м"), ("d", "д"),
                      ("p", "п"), ("s", "с"))
    }  # fmt: skip
    ur = {"ur" + c: ("ур" + cc, "ер" + cc) for c, cc in (("n", "н"), ("s", "с"), ("t", "т"), ("d", "д"))}
    return magic | ur | {
        "land$": ("ланд", "ленд"), "lands$": ("ландс", "лендс"), "burg$": ("бург", "берг"),
        "bury$": ("бер" + i, "бур" + i), "ield": (i + "лд", i + "льд", i + "ельд", i + "елд"),
        "own": ("аун", "овн", "оун"), "ald": ("альд", "алд", "олд"), "alt": ("альт", "алт", "олт"),
        "ngham$": ("нгхам", "нгем", "нгхэм"), "sham$": ("шам", "шем"), "ow$": ("ов", "оу", "о"),
        "ough$": ("о", "оу", "оф", "ау"),
    }  # fmt: skip


# A final consonant and -ya is я in a Russian name romanised (Lobnya Лобня, Udomlya Удомля) but ия or ья
# in others' (Antalya Анталия, Анталья; Konya Кония, Конья; Netanya Нетания; GeoNames' pairs): all three
# read. Ukrainian writes ія or ья (Анталія, Малатья); after the letters it writes with an apostrophe
# (Антак'я) `_UK_APOSTROPHE` reads them.
_FINAL_YA_RU = {
    c + "ya$": (cc + "я", cc + "ья", cc + "ия")
    for c, cc in (("l", "л"), ("n", "н"), ("t", "т"), ("d", "д"), ("s", "с"), ("z", "з"))
}
_FINAL_YA_UK = {
    c + "ya$": (cc + "я", cc + "ія", cc + "ья")
    for c, cc in (("l", "л"), ("n", "н"), ("t", "т"), ("d", "д"), ("s", "с"), ("z", "з"))
}


RUSSIAN = Scheme(
    {
        **_COMMON, **_VYV_RU, **_ARABIC_AYI_RU, **_VOWEL_J, **_SOFT_L, **_SOFT_L_SKI_RU, **_SILENT_H, "ch": ("ч", "х"), "ju": ("ю", "джу", "жу"), "ja": ("я", "джа", "жа"),
        "c": ("к", "ц"), "ea": ("еа", "и"), "eu": ("ей", "эу", "ев", "еу"), "ue": ("уэ", "ю", "уе"), "ue$": ("ю", "уэ", "у"), "^eu": ("ев", "эу"), "ce$": ("с", "це"),
        "lh": ("льх", "лх"), "z": ("з", "ц"), "z$": ("з", "с", "ц"), "ou": ("у", "ау", "а"),
        "nz$": ("нц", "нз"), "tz$": ("ц",), "owe": ("ове", "ауэ", "оуэ"), "gh": ("г", "гх", "х"),
        "ian$": ("ян", "иан"), "yan$": ("ян",), "es$": ("ес", "с"),
        "ts": ("ц", "тс"), "ya": ("я",), "yu": ("ю",), "yo": ("ё", "йо"), "ye": ("е", "йе"),
        "ay": ("ай",), "ey": ("ей",), "oy": ("ой",), "uy": ("уй",), "ai": ("ай", "аи", "ей"), **_FINAL_E_RU, **_FINAL_AY, **_english("и"),
        "gue$": ("г", "гю", "гуэ"),
        "ei": ("ей", "ай", "еи"), "oi": ("ой", "ои"), "ee": ("и", "е"), "ia": ("ия", "иа", "я"), "aei$": ("аи", "аэи"), "ie": ("ие", "е", "ье", "и"),
        "iel$": ("иэль", "иель", "ьель", "иел"),  # a final -iel is two syllables (Daniel Даниэль, Gabriel)
        "iu": ("иу", "ю"), "io": ("ио",), "iy$": ("ий",), "yi$": ("ий",), "y$": ("ий", "и", "ый"),
        "sky$": ("ский",), "skyi$": ("ский",), "skyy$": ("ский",), "skiy$": ("ский",), "ski$": ("ский", "ски"),
        # a Polish -ński keeps its soft n in Russian news (Kamiński Каминьский, Szczepański Щепаньский)
        "cki$": ("цкий", "ски"), "nski$": ("нский", "ньский", "нски"), "nska$": ("нская", "ньская", "нска"), "ska$": ("ская", "ска"), "cka$": ("цкая", "цка"), "dzki$": ("дский", "дзкий"), "dzka$": ("дская", "дзкая"), "you": ("ю", "я", "йоу"),
        "ny$": ("ный", "ни"), "lny$": ("льный", "лный", "льни"), "aya$": ("ая",), "naya$": ("ная",), "^e": ("э", "е"), "^ye": ("е",),
        "e": ("е",), "ae": ("аэ", "ае", "е"), "oe": ("оэ", "ое", "ё"), "i": ("и",), "y": ("ы", "и", "й"), "h": ("х", "г"), "g": ("г",),
        "ge": ("ге", "дже"), "gi": ("ги", "джи"), "l": ("л", "ль"), "gei": ("гей", "геи", "джей"),
        "gey$": ("гей", "гий"),  # a Russian given name romanised (Sergey Сергей), not the ge the cut takes
        "^gio": ("гио", "джо", "йо"), "^gia": ("гиа", "джа", "я"),  # Greek gi is й (Giorgos Йоргос)
        "^we": ("ве", "уэ"), "^wi": ("ви", "уи"),  # English w before a vowel (Wexford Уэксфорд)
        "^wh": ("у", "в"),  # English wh is w: Whitaker Уитакер
        "^yi": ("йи", "йы", "и"), "^yy": ("йы",),  # Turkish Yılmaz Йылмаз (ı read y)
        "way$": ("уэй", "вей", "вай"),  # Galloway Галлоуэй
        # A final -ie, -ies is и, ис in English, French, German and Dutch names (Sophie Софи, Leslie Лесли,
        # Davies Дэвис, Vries Врис), ие in Slavic ones (Dmitrie-); -nne is нн in French (Anne-Sophie Анн-Софи)
        "ie$": ("и", "ие"), "ies$": ("ис", "иес"), "nne$": ("нне", "нн", "н"),
        "ieh$": ("ие", "ия"),  # Arabic -ieh (Nabatieh Набатие)
        "iai": ("яй", "иай"),  # Ukrainian romanisation: ia я, then i й (Huliaipole Гуляйполе)
        "ius$": ("иус", "юс"),  # a Latin -ius (Pistorius Писториус)
        "ias$": ("иас", "ияс"), "tth": ("тт", "тх"),  # a final -ias, a German tth (Matthias Маттиас, Tobias)
        # a Russian feminine surname romanised (Tikhanovskaya Тихановская)
        "skaya$": ("ская",), "tskaya$": ("цкая", "тская"),
        **_FINAL_YA_RU,
    },
    costs=measured("ru"),
)  # fmt: skip

# In Ukrainian names romanised by Ukrainian rules, h before a consonant is г (Vuhledar Вугледар,
# Myrhorod), more often in Ukrainian news than a German h that only lengthens the vowel
# (Wohlleben Воллебен), which stays the second reading.
_UK_SILENT_H = {
    key: (found[1].replace("х", "г"), found[0]) if not key.endswith("$") else found
    for key, found in _SILENT_H.items()
}

# Ukrainian writes a foreign consonant before y and a vowel with an apostrophe after б п в м ф г к х
# ж ч ш р (Antakya Антак'я, Piemonte П'ємонт): its first reading; without, its second.
_UK_APOSTROPHE = {
    c + "y" + v: (cc + "'" + cv, cc + cv)
    for c, cc in (("b", "б"), ("p", "п"), ("v", "в"), ("m", "м"), ("f", "ф"), ("k", "к"), ("kh", "х"),
                  ("zh", "ж"), ("ch", "ч"), ("sh", "ш"), ("r", "р"))
    for v, cv in (("a", "я"), ("u", "ю"), ("e", "є"))
}  # fmt: skip

# Ukrainian romanised by its national system writes я after a consonant as ia, with an apostrophe
# after a labial (Kupiansk Куп'янськ, Pidvysotske): a second reading after the foreign ія.
_UK_LABIAL_IA = {
    c + "ia": (cc + "ія", cc + "'я") for c, cc in (("b", "б"), ("p", "п"), ("v", "в"), ("m", "м"), ("f", "ф"))
}

UKRAINIAN = Scheme(
    {
        **_COMMON, **_SOFT_J_UK, **_VOWEL_J_UK, **_DOUBLE_Y_UK, **_VYV_UK, **_ARABIC_AYI_UK, **_UK_LABIAL_IA, **_SOFT_L, **_SOFT_L_SKI_UK, **_UK_SILENT_H, **_UK_APOSTROPHE, "ch": ("ч", "х"), "ju": ("ю", "джу", "жу"), "ja": ("я", "джа", "жа"),
        "c": ("к", "ц"), "ea": ("еа", "і"), "eu": ("ей", "еу", "єв"), "ue": ("уе", "ю"), "ue$": ("ю", "уе", "у"), "^eu": ("єв", "еу"), "ce$": ("с", "це"),
        "lh": ("льг", "лг"), "z": ("з", "ц"), "z$": ("з", "с", "ц"), "ou": ("у", "ау", "а"),
        "nz$": ("нц", "нз"), "tz$": ("ц",), "owe": ("ове", "ауе", "оуе"), "gh": ("г", "гх", "х"),
        "ian$": ("ян", "іан"), "yan$": ("ян",), "es$": ("ес", "с"),
        "ts": ("ц",), "ya": ("я",), "yu": ("ю",), "yo": ("йо",), "ye": ("є", "е", "йє"), "yi": ("ї", "ий"),
        "ay": ("ай",), "ey": ("ей",), "oy": ("ой",), "ai": ("ай", "аї", "ей"), "ei": ("ей", "ай"), "oi": ("ой",), **_FINAL_E_UK, **_FINAL_AY, **_english("і"),
        "gue$": ("г", "гю", "гуе"),
        "ee": ("і", "е"), "oe": ("ое", "е"), "ia": ("ія", "іа", "я"), "ie": ("іє", "є", "е", "ьє", "і"), "iel$": ("іель", "ієль", "ьєль", "іел"), "ae": ("ае", "е"), "iu": ("ію", "ю"), "io": ("іо",),
        "cki$": ("цький", "скі"), "dzki$": ("дський", "дзький"), "dzka$": ("дська", "дзька"), "you": ("ю", "я", "йоу"), "iyeh$": ("ія", "ійе"),
        "yeh$": ("я", "йє"), "sk$": ("ськ", "ск"), "ska$": ("ська", "ска"), "cka$": ("цька", "цка"), "aei$": ("аї", "аеі"),
        "iy$": ("ій",), "ii$": ("ій", "ії"), "yi$": ("ий",), "yy$": ("ий",), "y$": ("ий", "і"), "sky$": ("ський",),
        "skyi$": ("ський",), "skyy$": ("ський",), "skiy$": ("ський",), "ski$": ("ський", "скі"),
        "ny$": ("ний",), "lny$": ("льний", "лний"), "aya$": ("ая", "а"), "^e": ("е",), "e": ("е",), "i": ("і", "и"), "y": ("и", "й"),
        "h": ("г", "х"), "g": ("г", "ґ"), "ge": ("ге", "дже"), "gi": ("гі", "джі"), "l": ("л", "ль"),
        "^gio": ("гіо", "джо", "йо"), "^gia": ("гіа", "джа", "я"),  # Йоргос
        "kh": ("х",), "^ye": ("є",), "ci": ("ці", "сі", "чі"), "cia": ("ція", "ча", "чія"), "cio": ("ціо", "чо"),
        "ciu": ("цію", "чу"), "^wh": ("в", "у"),  # Whitaker Вітакер
        # an h after r inside a word starts a syllable, г (Oberhuber Обергубер, Myrhorod Миргород); Greek
        # rh starts one (Rhodes Родос)
        "rh": ("рг", "р", "рх"), "^rh": ("р", "рх"),
        "^yi": ("йи", "ї"), "^yy": ("йи",),  # Turkish Yılmaz Йилмаз (ı read y)
        "way$": ("вей", "уей", "вай"),  # Galloway Галловей
        "ie$": ("і", "іє"), "ies$": ("іс", "ієс"), "nne$": ("нне", "нн", "н"),  # Софі, Девіс, Анн-Софі
        "ieh$": ("ія", "іє"),  # Набатія
        "ske$": ("ське", "ске"), "tske$": ("цьке", "тське"),  # a neuter adjective's name (Pokrovske Покровське)
        "iai": ("яй", "іаї"),  # Huliaipole Гуляйполе
        "iou": ("іу", "іо"),  # Пападімітріу
        "qui$": ("кі", "кві"),  # Сіддікі
        "ts$": ("ц", "тс"),  # a final ts of a Dutch or English name is тс (Smeets Сметс, Roberts Робертс)
        "ius$": ("іус", "юс"),  # Пісторіус
        "ias$": ("іас", "іяс"), "tth": ("тт", "тг"),  # Маттіас, Тобіас
        # a Russian feminine surname in Ukrainian letters (Tikhanovskaya Тихановська)
        "skaya$": ("ська", "ская"), "tskaya$": ("цька", "тська"),
        **_FINAL_YA_UK, "^y": ("і", "и", "й"),  # an initial y before a consonant (Yvette Іветт, Ystad Істад)
    },
    rare={"ґ": 2},
    costs=measured("uk"),
)  # fmt: skip

# Ukrainian writes h as г in European names (Гамбург, Гарріс) but as х in Arabic and Persian ones
# (Хезболла, Ханія, Хаменеї), which their spelling does not tell: a word's reading with х is its second.
# The same goes for an h before a consonant (Ahmed Ахмед, Rahman Рахман), which Ukrainian news reads as
# г first in European names (Vuhledar).
UKRAINIAN_KH = Scheme(
    {
        **UKRAINIAN.rules,
        "h": ("х", "г"),
        **{k: (v[0].replace("г", "х"), *v[1:]) for k, v in _UK_SILENT_H.items() if not k.endswith("$")},
    },
    UKRAINIAN.rare,
    UKRAINIAN.costs,
)

# Ukrainian romanised by its national system (2010): ia, ie, iu after a consonant are я, є, ю (ія is iia:
# Antiokhiia), i between a vowel and a consonant is й, h is г (Syniehubov Синєгубов, Huliaipole Гуляйполе).
UKRAINIAN_NATIONAL = Scheme(
    {
        **UKRAINIAN.rules, "rz": ("рз",), "krz": ("крз",), "prz": ("прз",), "trz": ("трз",),  # no Polish rz
        # a final h is г too (Oleh Олег), and -ets the suffix -ець (Kravets Кравець)
        "ah$": ("аг", "а"), "eh$": ("ег", "е"), "oh$": ("ог", "о"), "uh$": ("уг", "у"), "ets$": ("ець", "ец"),
        "dh": ("дг", "д"),  # d and h, no Arabic dh (Pidhirna Підгірна)
        "ia": ("я", "ія"), "ie": ("є", "іє"), "iu": ("ю", "ію"), "iia": ("ія",), "iie": ("іє",),
        "iiu": ("ію",), "aivk": ("аївк", "айвк"), "h": ("г", "х"),  # Mykolaivka Миколаївка "ai": ("ай", "аї"), "oi": ("ой", "ої"), "ui": ("уй", "уї"), "ei": ("ей", "еї"),
    },
    UKRAINIAN.rare,
    UKRAINIAN.costs,
)  # fmt: skip

# Ukrainian news writes a Russian е after a consonant as є (Пєсков, Шойгу's Сєргєй): a name that
# looks romanised from Russian reads e both ways, others as е only (Pettersen Петтерсен).
UKRAINIAN_FROM_RUSSIAN = Scheme({**UKRAINIAN.rules, "e": ("е", "є")}, UKRAINIAN.rare, UKRAINIAN.costs)


# English sounds (ARPAbet, as the CMU dictionary writes them) in Russian and Ukrainian letters, as
# their news writes English names by sound: Sam Сэм / Сем, Powell Пауэлл, Doug Даг.
_SPOKEN_CONSONANTS = {
    "B": "б", "CH": "ч", "D": "д", "DH": "з", "F": "ф", "G": "г", "HH": "х", "JH": "дж", "K": "к",
    "L": "л", "M": "м", "N": "н", "NG": "нг", "P": "п", "R": "р", "S": "с", "SH": "ш", "T": "т",
    "TH": "т", "V": "в", "W": "у", "Y": "й", "Z": "з", "ZH": "ж",
}  # fmt: skip
_SPOKEN_VOWELS = {
    "AA": "а", "AE": "э", "AH": "а", "AO": "о", "AW": "ау", "AY": "ай", "EH": "е", "ER": "ер",
    "EY": "ей", "IH": "и", "IY": "и", "OW": "о", "OY": "ой", "UH": "у", "UW": "у",
}  # fmt: skip
_SPELT_VOWELS = {"a": "а", "e": "е", "i": "и", "y": "и", "o": "о", "u": "у"}
_UKRAINIAN_LETTERS = str.maketrans({"э": "е", "и": "і", "ы": "и", "Э": "Е", "И": "І"})


def spoken_cyrillic(phones: list[str], spelling: str, language: str, *, ou: bool = False) -> str:
    """An English pronunciation in Russian (or, `language` uk, Ukrainian) letters, weak vowels as spelt;
    with `ou`, a stressed long o as оу (Hargrove Харгроув, Stone Стоун), where news often hears it."""
    letters = re.findall(r"[aeiouy]+", re.sub(r"(?<=[^aeiouy])e$", "", spelling.lower()))
    vowels = [p for p in phones if p.rstrip("012") in _SPOKEN_VOWELS]
    spelt = iter(letters if len(letters) == len(vowels) else [])
    out: list[str] = []
    for i, phone in enumerate(phones):
        bare, stress = phone.rstrip("012"), phone[-1:]
        if bare in _SPOKEN_VOWELS:
            letter = next(spelt, "")
            if out and out[-1] == "й" and letter[:1] in ("i", "y") and len(letter) > 1:
                letter = letter[1:]  # the i of William's ia spells the y: its a is the vowel (Уильям)
            vowel = (
                _SPELT_VOWELS.get(letter[:1], "")
                if stress == "0" and bare in ("AH", "IH", "AA", "EH")
                else ""
            )
            vowel = vowel or ("оу" if ou and bare == "OW" and stress != "0" else _SPOKEN_VOWELS[bare])
            if bare == "UW" and letter in ("e", "eu") and re.search("e[wu]", spelling.lower()):
                vowel = "ю"  # Andrew Эндрю, Drew Дрю
            if out and out[-1] == "й":  # Y before a vowel: я, ю, е; after a consonant with ь (Хьюз)
                soft = "ь" if len(out) > 1 and out[-2][-1:] not in _VOWEL_LETTERS else ""
                out[-1] = (
                    soft
                    + {"а": "я", "у": "ю", "ю": "ю", "э": "е", "е": "е", "о": "йо"}.get(vowel[:1], "й")
                    + vowel[1:]
                )
                continue
            if not out and vowel[:1] == "е":
                vowel = "э" + vowel[1:]
            out.append(vowel)
        else:
            following = phones[i + 1].rstrip("012") if i + 1 < len(phones) else ""
            consonant = _SPOKEN_CONSONANTS.get(bare, "")
            if bare == "L" and following not in _SPOKEN_VOWELS and following:
                consonant = "ль"  # Altman Альтман; a final l is hard (Hale Хейл, Michael Майкл)
            if bare == "HH" and language == "uk":
                consonant = "г"  # Ukrainian writes an English h as г (Гейл, Гаррі)
            if bare == "W" and language == "uk":
                consonant = "в"  # and a w as в (Вітакер, Вільямс, Голловей)
            out.append(consonant)
    text = "".join(out)
    if re.search(r"ll$", spelling.lower()):  # Powell Пауэлл
        text = re.sub("ль?$", "лл", text)
    text = re.sub("(?<=[лмнр])з$", "с", text)  # a final z after a consonant is с (Jones Джонс)
    text = re.sub("(?<=[ль])тс$", "ц", text)  # and a final lts, ltz is лц (Waltz Уолц, Schultz Шульц)
    if language != "uk":  # Russian writes e after a vowel as э (Пауэлл)
        text = re.sub("(?<=[аоуэи])е", "э", text)
    text = text[:1].upper() + text[1:]
    if language != "uk":
        return text
    return _UK_APOSTROPHE_SOFT.sub("'", text.translate(_UKRAINIAN_LETTERS))  # Г'юз, not Гьюз


_VOWEL_LETTERS = frozenset("аеёиоуыэюяйь")
_UK_APOSTROPHE_SOFT = re.compile("(?<=[бпвмфгкхрБПВМФГКХР])ь(?=[яюєї])")


# Korean names (romanised by Revised or McCune-Reischauer rules) in Russian by the Kontsevich
# system, as Russian news writes them: Kim Jong Un Ким Чен Ын, Yoon Suk Yeol Юн Сок Ёль, Busan
# Пусан. An initial consonant is voiceless (к п т ч), a medial one voiced; eo is о, eu ы.
KOREAN = Scheme(
    {
        "^g": ("к",), "^k": ("к",), "^d": ("т",), "^t": ("т",), "^b": ("п",), "^p": ("п",), "^j": ("ч",),
        "^ch": ("ч",), "^r": ("р",), "g": ("г",), "k": ("к",), "d": ("д",), "t": ("т",),
        "b": ("б",), "p": ("п",), "j": ("дж",), "ch": ("ч",), "kk": ("кк",), "tt": ("тт",), "pp": ("пп",),
        "ss": ("сс",), "jj": ("чч",), "n": ("н",), "m": ("м",), "s": ("с",), "h": ("х",), "r": ("р",),
        "l": ("р",), "l$": ("ль",), "ng": ("н",), "a": ("а",), "ya": ("я",), "eo": ("о",), "yeo": ("ё",),
        "o": ("о",), "yo": ("ё",), "u": ("у", "ы"), "yu": ("ю",), "eu": ("ы",), "i": ("и",), "ae": ("э",),
        "yae": ("е",), "e": ("е",), "ye": ("е",), "oe": ("ве",), "wi": ("ви",), "ui": ("ый",),
        "wa": ("ва",), "wo": ("во",), "we": ("ве",), "ong": ("он", "ен"), "eong": ("он",), "-": ("",),
        "^u": ("у", "ы"), "^yeo": ("ё",), "^i": ("и",), "^ee": ("и",), "ee": ("и",), "oo": ("у",),
        "yoo": ("ю",), "^l": ("л", "р"),
    }
)  # fmt: skip


# Japanese names by the Polivanov system, as Russian news writes them (Kishida Кисида, Takaichi
# Такаити, Ishiba Исиба): shi си, chi ти, tsu цу, ji дзи, y-syllables я ю ё, e э (е after a consonant).
POLIVANOV = Scheme(
    {
        "a": ("а",), "i": ("и",), "u": ("у",), "e": ("э",), "o": ("о",), "ei": ("эй",), "ou": ("о",),
        "ka": ("ка",), "ki": ("ки",), "ku": ("ку",), "ke": ("кэ", "ке"), "ko": ("ко",),
        "ga": ("га",), "gi": ("ги",), "gu": ("гу",), "ge": ("гэ", "ге"), "go": ("го",),
        "sa": ("са",), "shi": ("си",), "su": ("су",), "se": ("сэ", "се"), "so": ("со",),
        "^za": ("дза",), "za": ("дза", "за"), "^zu": ("дзу",), "zu": ("дзу", "зу"), "ze": ("дзэ", "зэ"), "^zo": ("дзо",), "zo": ("дзо", "зо"),
        "ji": ("дзи",), "ja": ("дзя",), "ju": ("дзю",), "jo": ("дзё",),
        "ta": ("та",), "chi": ("ти",), "tsu": ("цу",), "te": ("тэ", "те"), "to": ("то",),
        "cha": ("тя",), "chu": ("тю",), "cho": ("тё",),
        "da": ("да",), "de": ("дэ", "де"), "do": ("до",),
        "na": ("на",), "ni": ("ни",), "nu": ("ну",), "ne": ("нэ", "не"), "no": ("но",), "n": ("н",),
        "ha": ("ха",), "hi": ("хи",), "fu": ("фу",), "he": ("хэ", "хе"), "ho": ("хо",),
        "ba": ("ба",), "bi": ("би",), "bu": ("бу",), "be": ("бэ", "бе"), "bo": ("бо",),
        "pa": ("па",), "pi": ("пи",), "pu": ("пу",), "pe": ("пэ", "пе"), "po": ("по",),
        "ma": ("ма",), "mi": ("ми",), "mu": ("му",), "me": ("мэ", "ме"), "mo": ("мо",),
        "ya": ("я",), "yu": ("ю",), "yo": ("ё", "йо"), "ra": ("ра",), "ri": ("ри",), "ru": ("ру",),
        "re": ("рэ", "ре"), "ro": ("ро",), "wa": ("ва",), "sha": ("ся",), "shu": ("сю",), "sho": ("сё",),
        "kya": ("кя",), "kyu": ("кю",), "kyo": ("кё",), "gya": ("гя",), "gyu": ("гю",), "gyo": ("гё",),
        "nya": ("ня",), "nyu": ("ню",), "nyo": ("нё",), "hya": ("хя",), "hyu": ("хю",), "hyo": ("хё",),
        "mya": ("мя",), "myu": ("мю",), "myo": ("мё",), "rya": ("ря",), "ryu": ("рю",), "ryo": ("рё",),
        "bya": ("бя",), "byu": ("бю",), "byo": ("бё",), "pya": ("пя",), "pyu": ("пю",), "pyo": ("пё",),
        "kk": ("кк",), "tt": ("тт",), "pp": ("пп",), "ss": ("сс",), "tch": ("тт",),
    }
)  # fmt: skip
# Ukrainian news writes them so in its letters (Кісіда, Ісіба).
POLIVANOV_UKRAINIAN = str.maketrans({"и": "і", "э": "е", "ё": "йо", "Э": "Е", "И": "І"})


# How a name's own language reads its letters, where Russian news follows it (Javier Хавьер, João
# Жоао, Giuseppe Джузеппе, Jussi Юсси, François Франсуа, Gunther Гюнтер): each language's readings
# go first for the pieces it reads its own way (`origin` guesses the language from word frequencies).
_ORIGIN_RULES: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {"ie": ("ье", "ие"), "^he": ("э", "е"), "j": ("х",), "ge": ("хе",), "gi": ("хи",), "ll": ("ль", "й"), "z": ("с",), "rz": ("рс",), "ce": ("се",),
           "ci": ("си",), "qu": ("к",), "gue": ("ге",), "gui": ("ги",), "^h": ("",), "ez$": ("ес",),
           "z$": ("с",), "ch": ("ч",), "cia": ("сия",), "cio": ("сио",)},
    "pt": {"es$": ("еш", "ес"), "ui$": ("уй", "уи"), "j": ("ж",), "lh": ("ль",), "nh": ("нь",), "lho$": ("лью", "льо"), "nho$": ("нью", "ньо"),
           "st": ("шт", "ст"), "sp": ("шп", "сп"), "ao$": ("ан", "ау", "ао"), "oao$": ("уан", "оау", "оан", "оао"), "os$": ("уш", "ош", "ос"), "s$": ("ш", "с"), "ch": ("ш",),
           "qu": ("к",), "o$": ("у", "о"), "io$": ("иу", "ио"), "z$": ("ш", "с"), "^h": ("",), "ge": ("же",), "gi": ("жи",),
           # a final -io is -иу too, as the o of any other final -o (Antonio Антониу, Mario Мариу)
           # gu and sc before e, i are г and с, ei ей (Figueiredo Фигейреду, Nascimento Насименту); a final
           # ão is also ау (João Жоау, beside Жуан), in `oao$` above
           "gue": ("ге",), "gui": ("ги",), "guei": ("гей",), "sce": ("се",), "sci": ("си",), "ei": ("ей",),
           "iei": ("ией", "ей")},  # and after i, which the cut's ie would take (Vieira Виейра)
    "it": {"ccia": ("чча",), "ccio": ("ччо",), "cciu": ("ччу",), "ce": ("че",), "ci": ("чи",), "cia": ("ча",), "cio": ("чо",), "ciu": ("чу",), "ge": ("дже",),
           "gi": ("джи",), "gia": ("джа",), "gio": ("джо",), "giu": ("джу",), "ch": ("к",), "gh": ("г",),
           "gli": ("льи",), "gn": ("нь",), "sce": ("ше",), "sci": ("ши",), "z": ("ц", "дз"), "rz": ("рц",), "zz": ("цц",),
           "cce": ("чче",), "cci": ("ччи",), "j": ("й",),
           # gu before a vowel is one syllable's гв (Guido Гвидо, Guicciardini Гвиччардини, Guardia Гвардия)
           "gui": ("гви", "гуи"), "gua": ("гва", "гуа")},
    # French: tth one т, -ieu also ьё, a final -oy уа, an s before n silent inside a word too (Matthieu
    # Dufresnoy Матьё Дюфренуа, Godefroy Годфруа)
    "fr": {"th": ("т",), "tth": ("т", "тт"), "ieu$": ("ье", "ьё"), "oy$": ("уа", "ой"), "esn": ("ен", "есн"), "j": ("ж",), "ean": ("ан",), "ent$": ("ан",), "ient$": ("ьян", "ьен"), "ch": ("ш",), "ou": ("у",), "u": ("ю", "у"), "eau": ("о",), "au": ("о",),
           "oi": ("уа",), "ai": ("е",), "ei": ("е",), "eu": ("ё", "е"), "qu": ("к",), "gn": ("нь",),
           "t$": ("",), "d$": ("",), "s$": ("",), "x$": ("",), "ier$": ("ье",), "et$": ("е",), "ot$": ("о",),
           "e$": ("",), "es$": ("",), "ge": ("же",), "gi": ("жи",), "er$": ("е", "ер"), "ille": ("иль", "ий"),
           "ois$": ("уа",), "oix$": ("уа",), "oit$": ("уа",), "euil$": ("ей",), "eil$": ("ей",), "ail$": ("ай",),
           # a silent initial h, a nasal's silent p, an s before n, a final -ierre (Hélène Элен, Hugo Гюго,
           # Duchamp Дюшан, Dufresne Дюфрен, Pierre Пьер)
           "^h": ("",), "amp$": ("ан",), "amps$": ("ан",), "esne$": ("ен",), "ierre$": ("ьер",)},
    # German ä ö ü, spelt ae oe ue (`german_spelt`), are е ё ю (Schäfer Шефер, Köhler Кёлер, Müller
    # Мюллер; Ukrainian ьо or е: Кьолер, Шенфельд), an h after one only lengthening it, j with one a
    # single letter (Jürgen Юрген, Jörg Йорг, Jäger Егер), a first Ö Э (Öhler Элер)
    "de": {"oe": ("ё", "е"), "ue": ("ю", "у"), "ae": ("е", "э"), "oeh": ("ё", "ёх"), "ueh": ("ю", "юх"),
           "aeh": ("е", "ех"), "jue": ("ю",), "joe": ("йо", "е"), "jae": ("е", "йе"), "^oe": ("э", "е"),
           "^ue": ("ю", "у"), "^ae": ("э", "е"),
           "rz": ("рц",), "tz": ("ц",), "lz": ("льц",), "nz": ("нц",), "sch": ("ш",), "ei": ("ай",), "eu": ("ой",), "ie": ("и",), "z": ("ц",), "w": ("в",), "v": ("ф",),
           "j": ("й",), "^st": ("шт",), "^sp": ("шп",), "ch": ("х",), "u": ("у", "ю")},
    "nl": {"oe": ("у",), "ij": ("ей",), "ui": ("ей", "ау"), "j": ("й",), "sch": ("сх",), "v": ("ф", "в"),
           "ee": ("е",), "oo": ("о",), "aa": ("а",), "g": ("х", "г"), "ch": ("х",), "u": ("ю", "у"),
           "ie": ("и",), "eu": ("ё", "е")},  # Liesbeth Лисбет, Vermeulen Вермёлен
    "fi": {"j": ("й",), "y": ("ю",), "aa": ("а",), "ii": ("и",), "uu": ("у",), "ee": ("е",), "oo": ("о",),
           "kk": ("кк",), "ss": ("сс",), "tt": ("тт",), "pp": ("пп",), "ll": ("лл",), "nn": ("нн",)},
    "sv": {"j": ("й",), "y": ("ю",), "sj": ("ш",), "tj": ("ш",), "aa": ("о",), "strom$": ("стрем", "стром")},
    "nb": {"j": ("й",), "y": ("ю",), "aa": ("о",)},
    "da": {"j": ("й",), "y": ("ю",), "aa": ("о",)},
    "hu": {"sz": ("с",), "s": ("ш",), "as$": ("аш",), "es$": ("еш",), "os$": ("ош",), "cs": ("ч",), "zs": ("ж",), "gy": ("дь",), "ny": ("нь",), "ly": ("й",),
           "c": ("ц",), "j": ("й",)},
    # ç and ş are ch and sh by then, ü ue (`transcribe._TURKISH_U`); h is х in Ukrainian too (Хакан)
    "tr": {"c": ("дж",), "ch": ("ч",), "sh": ("ш",), "j": ("ж",), "ue": ("ю", "у"), "h": ("х", "г"), "lh": ("лх", "льх")},
    # Serbo-Croatian (Bosnian, Montenegrin): j is й, c ц, -ić (ASCII -ic) -ич, dj дж (Jelena Елена, Jovanovic)
    "sh": {"j": ("й",), "c": ("ц",), "ic$": ("ич",), "dj": ("дж",), "lj": ("ль",), "nj": ("нь",)},
    "pl": {"w": ("в",), "ch": ("х",), "j": ("й",), "ie": ("е",), "ia": ("я",), "c": ("ц",), "cz": ("ч",),
           "sz": ("ш",), "szcz": ("щ",), "ck": ("цк",), "cki$": ("цкий",), "cka$": ("цкая",), "ci": ("ци", "чи"),
           "rz": ("ж", "рж"), "icz$": ("ич",), "iec$": ("ец",), "io": ("ё", "ьо"),  # Сосновец, Зелёнка
           # ci before a vowel is ć, its i only softening (Wojciech Войцех, Cieszyn Цешин)
           "cie": ("це", "че"), "cia": ("ця", "ча"), "cio": ("цё", "чо"), "ciu": ("цю", "чу")},
    # Czech and Slovak (read only where a name's letters tell, `marked_origins`): h is г, ch х (or the č
    # ASCII also writes ch), an initial ji и, ou оу, a final -ý -ый, and ď ť ň ľ (written dj tj nj lj
    # for these rules) soft (Jiří Dvořák Иржи Дворжак, Kratochvíl Кратохвил, Horáková Горакова, Ďurica Дюрица)
    "cs": {"j": ("й",), "^ji": ("и", "йи"), "h": ("г",), "ch": ("х", "ч"), "c": ("ц",), "ou": ("оу", "у"),
           "y$": ("ый", "ы", "и"), "ie": ("ие", "ия"), "dj": ("дь",), "tj": ("ть",), "nj": ("нь",),
           "dja": ("дя",), "dju": ("дю",), "tja": ("тя",), "tju": ("тю",), "nja": ("ня",), "nju": ("ню",),
           "lj": ("ль",), "lja": ("ля",), "lju": ("лю",)},
}  # fmt: skip
# Origins read only where a name's letters tell them (`marked_origins`), never by word frequencies.
_MARKED_ONLY = frozenset({"cs"})
# Letters only Czech and Slovak write among the languages read here (ř is read rž by then), and the
# feminine -ová: a name with one is read as Czech.
_CZECH_SLOVAK = re.compile("[ěůýďťňľĺŕôĚŮÝĎŤŇĽĹŔÔ]|rž|ová$")


# German spells its umlauts ae oe ue without the marks, which its readings above take; a Finnish name's
# ä and ö are я and ё or о (Räikkönen Райкконен, Hämäläinen Хямяляйнен), read as folded by the schemes.
_UMLAUTS_SPELT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_FINNISH = re.compile("nen$|ää|öö|yy|[äö].*y|y.*[äö]", re.IGNORECASE)


def german_spelt(word: str) -> str:
    """`word` with its umlauts spelt as German writes them without marks (Köhler Koehler), unless Finnish."""
    return word if _FINNISH.search(word) else word.translate(_UMLAUTS_SPELT)


def marked_origins(words: list[str]) -> tuple[str, ...]:
    """The origin a name's letters tell beyond doubt ("cs" for Dvořák, Novotný, Horáková), else ()."""
    return ("cs",) if any(_CZECH_SLOVAK.search(w) for w in words) else ()


# An s between vowels is voiced in Italian, German and Portuguese (Giuseppe Джузеппе, Rosenberg Розенберг,
# Sousa Соуза): `origin_input` marks it S.
_VOICING = frozenset({"it", "de", "pt"})
for _language in _VOICING:
    _ORIGIN_RULES[_language]["S"] = ("з",)


def origin_input(word: str, origin: str) -> str:
    """The ASCII word as `origin_scheme` reads it for `origin` (an s between vowels marked S where voiced,
    and in German one starting a word or after l, n, r before a vowel too: Siegburg Зигбург, Vogelsang
    Фогельзанг)."""
    if origin not in _VOICING:
        return word
    if origin == "de":  # and after l, n, r (Vogelsang Фогельзанг)
        word = re.sub(r"^s(?=[aeiou])|(?<=[lnr])s(?=[aeiou])", "S", word)
    return re.sub(r"(?<=[aeiou])s(?=[aeiou])", "S", word)


# Where j is й, j and a vowel are one iotated letter (Jussi Юсси, Jaakko Яакко, Jörg Йорг).
_IOTATED_J = {"ja": ("я",), "ju": ("ю",), "jo": ("йо",), "je": ("е", "йе")}
for _rules in _ORIGIN_RULES.values():
    if _rules.get("j") == ("й",):
        _rules.update(_IOTATED_J)
_UK_FROM_RU = str.maketrans({"и": "і", "ы": "и", "э": "е", "ё": "ьо"})


def origin_scheme(base: Scheme, language: str, origin: str) -> Scheme:
    """`base` (RUSSIAN or UKRAINIAN) with `origin`'s own readings first, its others after."""
    own = _ORIGIN_RULES.get(origin, {})
    if language != "uk":
        return overlaid(base, own)
    spelt = {key: tuple(_uk_from_ru(r) for r in readings) for key, readings in own.items()}
    if "je" in spelt:
        spelt["je"] = ("є", "йе")
    if origin == "pt":  # є after і (Vieira Вієйра)
        spelt["iei"] = ("ієй", "ей")
    if origin == "cs":  # an initial ji is ї (Jiří Їржі)
        spelt["^ji"] = ("ї", "і")
    if origin == "pl":  # Polish ie after a consonant is є in Ukrainian (Agnieszka Агнєшка, Wielgosz Вєльгош)
        spelt |= {"ie": ("є", "е"), "cki$": ("цький",), "cka$": ("цька",), "icz$": ("ич",), "iec$": ("ець",)}
        spelt |= {"icki$": ("іцький", "ицький"), "icka$": ("іцька", "ицька")}  # Левицький as Slavic
    return overlaid(base, spelt)


def _uk_from_ru(reading: str) -> str:
    """A Russian reading in Ukrainian letters: ье is ьє (Javier Хавьєр: `ukrainian_spelling` then Хав'єр),
    ьё ьо (Mathieu Матьё, Матьо)."""
    return reading.replace("ьё", "ьо").translate(_UK_FROM_RU).replace("ье", "ьє")


_UK_FROM_RU_CAPITALS = str.maketrans({"И": "І", "Ы": "И", "Э": "Е", "Ё": "Йо", "ъ": "'"})


def ukrainian_from_russian(reading: str) -> str:
    """A foreign name as Russian spells it, in Ukrainian spelling (Хуси: Хусі, Эрдоган: Ердоган), for
    the conventions the two presses share and Ukrainian letters alone do not rank (th as с)."""
    return ukrainian_spelling(_uk_from_ru(reading.translate(_UK_FROM_RU_CAPITALS)))


_UK_LABIAL_SOFT = re.compile("(?<=[бпвмфрБПВМФР])ь(?=[єяю])")
_UK_SOFT_Y = re.compile(r"(?<=[бвгґджзклмнпрстфхцчшщ])й(?=[єяю])")  # Ananyev Ананьєв
# After a vowel, Ukrainian writes the sound [ji] as ї, never і (Луїш, Каїр, Гаїті, Україна)
_UK_JI = re.compile("(?<=[аеєиіїоуюяАЕЄИІЇОУЮЯ])і")
# and [je] after a vowel as є, never йе (Steinmeier Штайнмаєр, Bayer Баєр, Meyer Маєр)
_UK_JE = re.compile("(?<=[аеєиіїоуюяАЕЄИІЇОУЮЯ])й[еє]")


def ukrainian_spelling(text: str) -> str:
    """Ukrainian spelling: a soft sign is followed by є, never е (Бальєстерос, where a Spanish ll and e
    read ль and е), by я ю for а у (Кастельянос), and not at all before і и (Талісай); a й between a
    consonant and є я ю is one (Ананьєв); no soft sign after a labial or р before є я ю, an apostrophe
    (Хав'єр, Олів'є, Лор'ян); і after a vowel is ї (Luis Луїш, not Луіш), йе є (Маєр, not Майер)."""
    softened = _SOFT_VOWEL_UK.sub(lambda m: _IOTATED[m.group(1)], text.replace("ье", "ьє"))
    softened = _UK_JE.sub("є", _UK_JI.sub("ї", _UK_SOFT_Y.sub("ь", softened)))
    return _UK_LABIAL_SOFT.sub("'", softened)


# A Russian surname's -ев is often -ёв (Горбачёв, Журавлёв, Соловьёв), which romanisation writes -ev and
# Ukrainian news -ов after a hushing consonant, -ьов after another, -йов after a vowel (Горбачов,
# Журавльов, Соловйов); a Ukrainian reading's final -єв or -ев read so too, beside it.
_UK_YO = re.compile("(?<=[а-яіїєґ])(?:[єе]в|ьєв)$")


def ukrainian_yo(reading: str) -> str | None:
    """A Ukrainian reading of a Russian surname in -ev with the Russian ё that it may stand for
    (Журавлєв: Журавльов, Горбачєв: Горбачов, Солов'єв: Соловйов); None for other readings."""
    match = _UK_YO.search(reading)
    if match is None or len(reading) < 5:
        return None
    stem = reading[: match.start()].rstrip("'’")
    last = stem[-1:].lower()
    soft = match.group(0).startswith("ь") or reading[match.start() - 1 : match.start()] in ("'", "’")
    ending = "ов" if last in "жчшщ" else "йов" if soft or last in "аеєиіїоуюя" else "ьов"
    return stem + ending


# and a Russian е after another consonant is є, which keeps the consonant soft (Медведєв, Лебедєв,
# Переверзєв), where the е of a name read letter by letter would make it hard.
_UK_SOFT_EV = re.compile("(?<=[бвгдзклмнпрстфх])ев$")


def ukrainian_soft_ev(reading: str) -> str | None:
    """A Ukrainian reading of a Russian surname in -ев after a consonant with the є that Ukrainian news
    writes there (Переверзев: Переверзєв); None for other readings."""
    return _UK_SOFT_EV.sub("єв", reading) if len(reading) >= 5 and _UK_SOFT_EV.search(reading) else None


# A Russian word's Ukrainian counterparts, letter by letter where the two languages share the word
# (европейская: європейська, комиссия: комісія, Нобелевская: Нобелівська): the endings that differ,
# then each letter the two spell differently where Russian does not tell which (и: і or и, е: є or е, a
# doubled consonant, ев ов and о: ів, і in a closed syllable, нагорный: нагірний; е in an open syllable
# too, where Russian е stands for an old ѣ, і (белый: білий), and after ж ч ш щ о (черное: чорне)).
# Which one is a word, only word lists say.
_UK_WORD_ENDINGS = (
    ("ский", "ський"), ("ская", "ська"), ("ское", "ське"), ("ские", "ські"), ("ской", "ської"),
    ("цкий", "цький"), ("цкая", "цька"), ("ый", "ий"), ("ая", "а"), ("ое", "е"), ("ые", "і"), ("ие", "і"),
    ("ия", "ія"), ("ии", "ії"), ("ию", "ію"), ("ей", "ей"),
)  # fmt: skip
# ы is Ukrainian и, never і (Крым: Крим, not Крім "except"): kept through the choices, then written и.
_UK_WORD_LETTERS = str.maketrans({"э": "е", "ъ": "'"})
_UK_WORD_CHOICES = re.compile(
    r"^е|и(?!й$)|[ео]в(?=[^аеиоуыэюяі]|$)|([бвгджзклмнпрстфхцчшщ])\1|[ое](?=[бвгдзклмнпрстфхцчшщ](?:[бвгджзклмнпрстфхцчшщ]|$))"
    r"|(?<=[бвдзлмнпрстфжчшщ])е(?!$)"
)
# A Russian neuter noun's -ье is Ukrainian -'я after a labial or р (Приднестровье: Придністров'я, Приморье:
# Примор'я), and the consonant doubled before -я after another (Запорожье: Запоріжжя, Закарпатье:
# Закарпаття).
# A Russian ё after a hushing consonant is Ukrainian о (чёрный: чорний, Пугачёв: Пугачов); the prefix
# меж(ду)- "inter-" is між- (международный: міжнародний, межгосударственный: міждержавний).
_UK_HUSHED_YO = re.compile("(?<=[жчшщ])ё")
_UK_INTER = re.compile("^между?(?=[бвгдзклмнпрстфхцчшщ])")
_UK_NEUTER_YE = re.compile("(?<=[а-яё])([бвгджзклмнпрстфхцчшщ])ье$")
UK_WORD_MOST = 256


def ukrainian_counterparts(word: str) -> list[str]:
    """The spellings a Russian word may have in Ukrainian (lower case), the letter-for-letter one first."""
    low = _UK_INTER.sub("між", _UK_HUSHED_YO.sub("о", word.lower())).replace("ё", "ьо")
    for ru, uk in _UK_WORD_ENDINGS:
        if low.endswith(ru) and len(low) > len(ru) + 2:
            low = low[: -len(ru)] + uk
            break
    low = _UK_NEUTER_YE.sub(
        lambda m: m.group(1) + ("'я" if m.group(1) in "бвмпфр" else m.group(1) + "я"), low
    ).translate(_UK_WORD_LETTERS)
    found = [low]
    for m in _UK_WORD_CHOICES.finditer(low):
        text = m.group(0)
        # е and о in a closed syllable are often і (Днестр: Дністер, Приднестровье: Придністров'я)
        other = ("є" if m.start() == 0 else "і") if text == "е" else {"и": "і", "о": "і"}.get(text)
        other = other or ("ів" if text[1:] == "в" else text[0])
        if text == "е" and m.start() and low[m.start() - 1] in "жчшщ":
            other = "о"  # after a hushing consonant, the е Russian writes for ё (черный: чорний)
        found += [f[: m.start()] + other + f[m.end() :] for f in found if f[m.start() : m.end()] == text]
        if len(found) > UK_WORD_MOST:
            break
    return list(dict.fromkeys(f.replace("ы", "и") for f in found))[:UK_WORD_MOST]


# A name romanised from Ukrainian (Myrnohrad, Syniehubov, Orikhiv, Chasiv Yar) is written in Russian news
# as its Russian counterpart, which follows the Ukrainian spelling, not its romanisation: г for h
# (Мирноград, Синегубов), и for і and ї, е for є, ск for ськ, no apostrophe. The і of a final -ів was
# an о or е, which Russian keeps (Часів Яр: Часов Яр; Харків: Харьков); and Ukrainian writes a
# prothetic в before у that Russian does not (Вугледар: Угледар).
_UK_NEUTER = re.compile("(?<=[сц])ьке$")  # a neuter adjective: Покровське, Покровское
_UK_TO_RU = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г", "'": None, "’": None, "ʼ": None})
_UK_SK = re.compile("(?<=[сцз])ьк")
_UK_LAST_I = re.compile("[ії](?=в$|вка$)")  # Харків, Новогригорівка, Миколаївка: Николаевка
_UK_ETS = re.compile("ець$")  # the suffix: Кравець, Кравец


# A name romanised from Ukrainian: a Slavic ending or letter group (`latin.looks_slavic`), a bare h inside
# the word (Vuhledar, Syniehubov; not kh, sh, ch...), a Ukrainian place's ending (-tsia: Ukrzaliznytsia)
# or a y between consonants, the romanised и (Myrnohrad, Vynnyky), or ii before a vowel, the romanised ія
# ію іє (Viktoriia Вікторія, Mariia), or the prefix під-, над- before г (Pidhirna Підгірна,
# Nadhirnyi), where dh is no Arabic or Indian one (not від-: Vidhya).
_UKRAINIAN_MARKS = re.compile(
    r"(?<=[a-z])(?<![kszcgtpd])h|(pole|ske|tsia|tsya)$|(?<=[^aeiouy])y(?=[^aeiouy])|ii(?=[aeu])"
    r"|^(pid|nad)h(?=[aeiouy])"
)


def looks_ukrainian(ascii_word: str) -> bool:
    return bool(_UKRAINIAN_MARKS.search(ascii_word)) or looks_slavic(ascii_word)


# A Ukrainian -iv or -ivka, which Russian writes -ов, -овка (Kharkiv Харьков, Chernihiv Чернигов).
_UKRAINIAN_IV = re.compile(r"iv(?:ka)?$")


def romanised_from_ukrainian(ascii_word: str) -> bool:
    """Does the word show it is romanised from Ukrainian (`_UKRAINIAN_MARKS`, or -iv, -ivka), not only
    Slavic (Navalny, Klitschko): its Russian form is another spelling (Vuhledar: Угледар)?"""
    return bool(_UKRAINIAN_MARKS.search(ascii_word) or _UKRAINIAN_IV.search(ascii_word))


def russian_from_ukrainian(reading: str) -> list[str]:
    """A Ukrainian Cyrillic reading's likely Russian counterparts: letter for letter (Мирноград), with
    a final -ів or -івка as -ов, -овка and -ев, -евка (Часов, Новогригоровка), without a prothetic в
    (Угледар), and with и as ы."""
    plain = _UK_ETS.sub("ец", _UK_SK.sub("к", _UK_NEUTER.sub("кое", reading)))
    found = [plain.translate(_UK_TO_RU), *(_UK_LAST_I.sub(o, plain).translate(_UK_TO_RU) for o in "ое")]
    if re.match("[Вв]у[^аеєиіїоуюя]", reading):
        found.append(found[0][1:2].upper() + found[0][2:])
    if "и" in plain:  # or transliterated, the Ukrainian и as ы (Укрзалізниця: Укрзализныця)
        found.append(plain.replace("и", "ы").translate(_UK_TO_RU))
    return [russian_spelling(f) for f in dict.fromkeys(found)]


def origin_languages() -> frozenset[str]:
    """The origins a name's word may be given by how much their news uses it (`_origins`)."""
    return frozenset(_ORIGIN_RULES) - _MARKED_ONLY


# A given name has a form of its own in each language, which news uses for a person of the other country:
# Russian news writes a Ukrainian's Mykola, Olena, Yevhen as Николай, Елена, Евгений, Ukrainian news a
# Russian's Sergei, Alexei as Сергій, Олексій. The forms differ by a few regular changes (an ending: -ій
# -ей, -о -ий, -ь -ий; a first о а е; the pleophony оло ла) that are tried on a reading and kept where
# the language's news uses the result as a word this often (a given name, not a guess).
GIVEN_ZIPF = 4.0
_RU_GIVEN_STARTS: tuple[tuple[str, str], ...] = (("^о", "а"), ("^о", "е"), ("^ми", "ни"), ("оло", "ла"))
_RU_GIVEN_ENDS: tuple[tuple[str, str], ...] = (
    ("ий$", "ей"),
    ("ь$", "ий"),
    ("о$", "ий"),
    ("(?<=[бвгдзклмнпрстфх])$", "ий"),
    ("ия$", "ья"),
    ("а$", "ай"),
    ("айло$", "аил"),  # Михайло: Михаил, as `_UK_GIVEN_ENDS` the other way
    ("ло$", "лл"),  # Кирило: Кирилл
    ("ло$", "ел"),  # Павло: Павел
    ("ро$", "р"),  # Петро: Петр
    ("ир$", "ор"),  # Федір: Федор, the і of a closed syllable an о
    ("(?<=[лнр])$", "ь"),  # Ігор: Игорь
)
_UK_GIVEN_STARTS: tuple[tuple[str, str], ...] = (
    ("^а", "о"),
    ("^е", "о"),
    ("^е", "є"),
    ("е", "і"),  # an old yat (Светлана: Світлана, Вера: Віра)
    ("^н", "м"),
    ("ла", "оло"),
)
_UK_GIVEN_ENDS: tuple[tuple[str, str], ...] = (
    ("ей$", "ій"),
    ("а[иі]?[йл]+ь?$", "айло"),  # Михаил: Михайло
    ("ел$", "ло"),  # Павел: Павло
    ("тр$", "тро"),  # Петр: Петро
    ("ий$", "ій"),
    ("ий$", "ь"),
    ("ий$", "о"),
    ("ий$", ""),
    ("ья$", "ія"),
    ("ай$", "а"),
)
_UK_LETTERS = str.maketrans({"ы": "и", "э": "е", "ё": "е"})


def given_counterparts(reading: str, language: str, used: Callable[[str], bool]) -> list[str]:
    """The forms in `language` (ru or uk) of a given name read in the other's letters (`reading`: a
    Ukrainian reading for ru, a Russian one for uk) that its news uses (`used`, of a lower-case word)."""
    low = reading.lower()
    if language == "ru":
        low = russian_from_ukrainian(low)[0]
        starts, ends = _RU_GIVEN_STARTS, _RU_GIVEN_ENDS
    else:
        low = low.translate(_UK_LETTERS)
        starts, ends = _UK_GIVEN_STARTS, _UK_GIVEN_ENDS
    stems = {low} | {re.sub(p, r, low, count=1) for p, r in starts}
    found = stems | {re.sub(p, r, s, count=1) for s in stems for p, r in ends}
    if language == "uk":  # a Russian и is mostly the Ukrainian і (Сергій), sometimes и (Дмитро)
        found |= {f.replace("и", "і") for f in found}
    return [f.capitalize() for f in sorted(found) if used(f)]


# An English given name has a written form of its own in Russian and Ukrainian news that its sounds
# read letter by letter miss (Michael Майкл, not Майкал; David Дэвид, Девід, not Дейвид; Catherine
# Кэтрин; Daniel Дэниел): a weak vowel dropped, ей as э or е, ь as и. Such forms of its spoken readings
# after the first syllable are kept where the language's news uses them as words this often (a given
# name, not a guess).
ESTABLISHED_ZIPF = 3.5
_WEAK_VOWEL = re.compile("(?<=[бвгджзклмнпрстфхцчшщ])[аеиоэі](?=[бвгджзклмнпрстфхцчшщ])")
_CHANGES: tuple[tuple[str, str], ...] = (("ей", "э"), ("ей", "е"), ("ь", "и"), ("ь", "і"), ("ьє", "іє"))


def established_given(spoken: list[str], language: str, used: Callable[[str], bool]) -> list[str]:
    """The forms of an English given name's `spoken` readings (`spoken_cyrillic`) that `language`'s news
    uses (`used`, of a lower-case word): each with one weak vowel dropped or one letter changed."""
    found: dict[str, None] = {}
    for reading in spoken:
        low = reading.lower()
        changed = {low} | {low.replace(a, b, 1) for a, b in _CHANGES if a in low}
        for text in list(changed):  # a weak vowel after the first syllable's (Гироші is no Гроші, money)
            first = next((i for i, c in enumerate(text) if c in _VOWEL_LETTERS), len(text))
            changed |= {
                text[: m.start()] + text[m.end() :] for m in _WEAK_VOWEL.finditer(text) if m.start() > first
            }
        found |= {c: None for c in sorted(changed) if c != low and used(c)}
    return [f.capitalize() for f in found]
