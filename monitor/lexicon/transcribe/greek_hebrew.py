"""Latin spellings into Greek and Hebrew, as their news writes foreign names.

Greek writes b, d, g as μπ, ντ, γκ (Τραμπ, Μπάιντεν) and an English closed u as α; Hebrew
writes consonants with the vowel letters ו and י for o, u and i, a as א only where it is
long (טראמפ), and its five final letters at the end of a word. Accents (Greek tonos) are
folded away in matching, so none are written.
"""

from __future__ import annotations

from monitor.lexicon.transcribe.engine import Scheme

GREEK = Scheme(
    {
        "a": ("α",), "b": ("μπ", "β"), "c": ("κ",), "ce": ("σε", "τσε"), "ci": ("σι", "τσι"), "ch": ("τσ", "χ"),
        "ck": ("κ",), "d": ("ντ", "δ"), "e": ("ε",), "f": ("φ",), "g": ("γκ", "γ"), "h": ("χ", ""), "i": ("ι",),
        "j": ("τζ",), "k": ("κ",), "kh": ("χ",), "l": ("λ",), "m": ("μ",), "n": ("ν",), "o": ("ο",),
        "p": ("π",), "ph": ("φ",), "q": ("κ",), "r": ("ρ",), "s": ("σ",), "sh": ("σ",), "t": ("τ",),
        "th": ("θ", "τ"), "ts": ("τσ",), "tz": ("τζ",), "u": ("ου", "α"), "ou": ("ου",), "oo": ("ου",),
        "v": ("β",), "w": ("ου", "β"), "x": ("ξ",), "y": ("ι",), "z": ("ζ",), "zh": ("ζ",), "ai": ("αϊ", "ε"),
        "ei": ("ει", "αϊ"), "oi": ("οϊ",), "au": ("αου",), "ee": ("ι",), "sky$": ("σκι",), "ski$": ("σκι",),
        "mb": ("μπ",), "nd": ("ντ",), "ng": ("γκ",), "ll": ("λ",), "ss": ("σ",), "tt": ("τ",), "nn": ("ν",),
        "mm": ("μ",), "rr": ("ρ",), "ff": ("φ",), "pp": ("π",), "-": ("-",),
    }
)  # fmt: skip

HEBREW = Scheme(
    {
        "a": ("", "א"), "^a": ("א",), "a$": ("ה", "א"), "b": ("ב",), "c": ("ק",), "ce": ("ס",), "ci": ("סי",),
        "ch": ("צ'",), "ck": ("ק",), "d": ("ד",), "e": ("", "י"), "^e": ("א",), "f": ("פ",), "g": ("ג",),
        "h": ("ה",), "i": ("י",), "^i": ("אי",), "j": ("ג'",), "k": ("ק",), "kh": ("ח",), "l": ("ל",),
        "m": ("מ",), "n": ("נ",), "o": ("ו",), "^o": ("או",), "p": ("פ",), "ph": ("פ",), "q": ("ק",),
        "r": ("ר",), "s": ("ס",), "sh": ("ש",), "t": ("ט", "ת"), "th": ("ת",), "ts": ("צ",), "tz": ("צ",),
        "u": ("ו", "א"), "^u": ("או",), "v": ("ב", "ו"), "w": ("ו",), "x": ("קס",), "y": ("י",), "z": ("ז",),
        "zh": ("ז'",), "ai": ("יי",), "ay": ("יי",), "ei": ("יי",), "ey": ("יי",), "ou": ("ו",), "oo": ("ו",),
        "ee": ("י",), "ll": ("ל",), "ss": ("ס",), "tt": ("ט",), "nn": ("נ",), "mm": ("מ",), "rr": ("ר",),
        "ff": ("פ",), "pp": ("פ",), "-": ("-",), "sky$": ("סקי",), "y$": ("י",),
    }
)  # fmt: skip

_FINAL = str.maketrans({"כ": "ך", "מ": "ם", "נ": "ן", "פ": "ף", "צ": "ץ"})


def hebrew_finals(text: str) -> str:
    """The final forms of כ מ נ פ צ at the end of each word."""
    return " ".join(w[:-1] + w[-1].translate(_FINAL) if w else w for w in text.split(" "))
