"""Regular endings of a dictionary word in the further languages, where their lemma tables miss them.

A dictionary gives a lemma (Bulgarian *антибиотик*, *затлъстяване*, *смартфон*); an article
writes its plural or its form with the definite article, which Bulgarian joins to the word's
end (*антибиотиците*, *затлъстяването*, *смартфони*). simplemma's Bulgarian table leads
few of these back to the lemma, so an equivalent's forms are generated from its ending, as
`words.ENDINGS` does for the 13 languages (read there, in the same shape: `(ending removed,
endings added)`, the first whose removed ending the word has).

Bulgarian: feminine -а/-я (*стачка*: *стачки*, *стачката*, *стачките*; *емисия*: *емисии*,
*емисиите*), neuter -е/-о with their article (*затлъстяването*) and the verbal nouns' plural
-ния (*задръствания*), adjectives in -ски (*олимпийските*), masculine nouns ending in a
consonant (*-а*, *-ът*, *-и*, *-ите*, and *-ове* of short ones), with к, г, х softened before
the plural's -и (*антибиотици*, *психолози*); other vowel endings take none. Development terms:
bg 60.0/85.7 -> 72.5/87.9% (recall/precision).

Czech (`CZECH`): a noun's cases and plural by its ending, a hard adjective's by its -ý, and a loan
written as in English takes them as a consonant-final masculine does (*blockchainu*, *influencerů*,
matched as the rule's own word where no dictionary translates it: `lexicon.Expanded.borrowed`);
simplemma's and spaCy's Czech tables know neither such loans nor many dictionary words' forms.

Romanian (`ROMANIAN`): a noun's plural and its article, joined to its end (*feribotul*, *ambuteiaje*,
*grevele*, *pensiile*, *juriul*), a loan written as in English likewise (*influencerii*, *blockchainul*).

Finnish (`FINNISH`): a noun's cases with its consonants' weak and strong grade, the plural, -nen and
-uus words, both vowel harmonies where the last vowel does not tell (*lakon*, *romaaninsa*). Development
terms: fi 77.5/83.8 -> 82.5/84.6%.

Hungarian (`HUNGARIAN`): a noun's suffixes in both vowel harmonies, a final -a or -e lengthened before
them, -val/-vel assimilated to a final consonant (*állatállományt*, *szénbányában*, *elhízással*).
Development terms: hu 20.0/100 -> 22.5/100%.
"""

from __future__ import annotations

_BG_MASCULINE = ("а", "ът", "и", "ите", "ове", "овете")

# Finnish: a noun's cases are its stem and an ending; before a closing ending (-n, -ssa, -sta, -lla, -lta,
# -lle, -ksi, -t) a stem's last consonants take their weak grade (*lakko*: *lakon*, *lakossa*; *teleskooppi*:
# *teleskoopin*), before an opening one (-a, -na, the illative's long vowel and -n, -nsa) their strong
# one (*lakkoa*, *lakkoon*, *romaaninsa*). The plural's -i- comes between (*lakkoja*, *lakoissa*; an -i
# word's stem ends in -e there: *romaaneja*); -nen words have a -se- stem (*olympialainen*,
# *olympialaisen*, plural *olympialaiset*, *olympialaisiin*), -uus words a -uude- one (*lihavuuden*).
_FI_GRADES = (
    ("kk", "k"),
    ("pp", "p"),
    ("tt", "t"),
    ("nk", "ng"),
    ("mp", "mm"),
    ("nt", "nn"),
    ("lt", "ll"),
    ("rt", "rr"),
)
_FI_CLOSED = ("n", "ssa", "sta", "lla", "lta", "lle", "ksi", "t", "ssaan")
_FI_OPEN = ("a", "na", "nsa")
_FI_PLURAL_CLOSED = ("issa", "ista", "illa", "ilta", "ille", "iksi")
_FI_PLURAL_OPEN = ("ja", "jen", "ihin")


def _front(endings: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(e.replace("a", "ä") for e in endings)


def _finnish(vowel: str, strong: str, weak: str) -> tuple[str, tuple[str, ...]]:
    """(removed, added) for a noun ending in `strong` + `vowel`, its weak grade `weak` + `vowel`."""
    back = vowel in "aou"
    harmonies = (lambda e: e,) if back else (_front,) if vowel in "äöy" else (lambda e: e, _front)
    forms: list[str] = []
    for harmony in harmonies:
        forms += [weak + vowel + e for e in harmony(_FI_CLOSED)]
        forms += [strong + vowel + e for e in harmony(_FI_OPEN)]
        forms.append(strong + vowel + vowel + "n")  # the illative: lakkoon, romaaniin
        plural = "e" if vowel in "ie" else vowel
        if vowel not in "aä":  # -a's plural stem varies (kaloja, koiria)
            forms += [weak + plural + e for e in harmony(_FI_PLURAL_CLOSED)]
            forms += [strong + plural + e for e in harmony(_FI_PLURAL_OPEN) if plural == vowel or e != "jen"]
            if plural != vowel:
                forms.append(strong + vowel + "en")  # romaanien
    return strong + vowel, tuple(dict.fromkeys(forms))


_FI_NEN = (
    "sen",
    "sta",
    "sessa",
    "sesta",
    "selle",
    "sella",
    "seen",
    "set",
    "sten",
    "sia",
    "siin",
    "sissa",
    "sista",
    "sille",
    "silla",
)
_FI_UUS = ("uden", "utta", "udessa", "udesta", "uteen", "udella", "udelle", "udet")
FINNISH = (
    ("nen", _FI_NEN + _front(_FI_NEN)),
    ("set", tuple(e for e in _FI_NEN + _front(_FI_NEN) if e != "set")),  # a plural headword: olympialaiset
    ("uus", tuple("u" + e for e in _FI_UUS)),
    ("yys", tuple("y" + e for e in _front(_FI_UUS))),
    *(_finnish(v, s, w) for s, w in _FI_GRADES for v in "aäoöuyie"),
    *(_finnish(v, "", "") for v in "aäoöuyie"),
)
# Czech: feminine -a (*porota*: *poroty*, *porotě*, *porotou*), -ie and -e (*emise*: *emisí*, *emisemi*),
# neuter -o and -um (*antibiotikum*: *antibiotika*, *antibiotikům*), the hard adjective -ý (*jaderný*:
# *jaderné*, *jaderného*), a masculine ending in a consonant (*náklad*: *nákladu*, *nákladem*, *náklady*,
# *nákladů*, *nákladech*; animate *influencer*: *influencera*, *influencerovi*, *influenceři* is left out);
# other vowel endings take none (-í nouns and adjectives inflect by their lemma table).
CZECH = (
    ("ie", ("ii", "ií", "iím", "iích", "iemi")),
    ("um", ("a", "u", "em", "ům", "ech", "y")),
    ("ý", ("á", "é", "ého", "ému", "ém", "ým", "ou", "ých", "ými", "í")),
    ("a", ("y", "ě", "u", "ou", "ám", "ách", "ami")),
    ("o", ("a", "u", "ě", "em", "ech", "ům")),
    ("e", ("i", "í", "ím", "ích", "emi")),
    *((vowel, ()) for vowel in "áéěiíóuůúyý"),
    ("", ("u", "a", "e", "em", "ovi", "y", "i", "ové", "ů", "ům", "ech", "ích", "ami")),
)
# Romanian: -ie (*pensie*: *pensia*, *pensiile*), -iu (*juriu*: *juriul*), feminine -ă (*grevă*: *greva*,
# *grevele*), -e (*carte*: *cartea*), -o and -u (*radio*: *radioul*), other vowel endings none; a word
# ending in a consonant takes the masculine's and the neuter's (*maratonul*, *influenceri*, *feriboturi*,
# *ambuteiaje*, with their article: *-ului*, *-ilor*, *-urile*, *-ele*).
ROMANIAN = (
    ("ie", ("ia", "iei", "ii", "iile", "iilor")),
    ("iu", ("iul", "iului", "ii", "iile", "iilor")),
    ("ă", ("a", "e", "ei", "ele", "elor")),
    ("e", ("ea", "ei", "i", "ile", "ilor", "le", "lui")),
    ("o", ("ul", "ului", "uri", "urile")),
    ("u", ("ul", "ului")),
    *((vowel, ()) for vowel in "aăâiîy"),
    ("", ("ul", "ului", "i", "ii", "ilor", "uri", "urile", "urilor", "e", "ele", "elor")),
)
# Hungarian (`HUNGARIAN`): a noun's suffixes, written on to it in both vowel harmonies (the word's own
# vowels choose one; the other is no word): the accusative and the plural with their linking vowel after
# a consonant (*állatállományt*, *nyugdíjak*), the cases (-ban/-ben, -ról/-ről, ...) and the possessive;
# a final -a or -e lengthens before them (*szénbánya*: *szénbányát*, *szénbányában*), and -val/-vel takes
# the sound of a final consonant (*elhízással*). simplemma's Hungarian table has the forms of common
# words only.
_HU_CASES = (
    *("ban", "ben", "ba", "be", "ból", "ből", "ra", "re", "ról", "ről", "nak", "nek"),
    *("hoz", "hez", "höz", "nál", "nél", "tól", "től", "ig", "ért", "ként"),
)
_HU_AFTER_VOWEL = (
    *("t", "k", "kat", "ket", "n", "val", "vel", "ja", "je", "i", "jai", "jei"),
    *("kban", "kben", "kra", "kre", "knak", "knek", "kkal", "kkel"),
    *_HU_CASES,
)
_HU_AFTER_CONSONANT = (
    *("t", "ot", "et", "öt", "at", "ok", "ek", "ök", "ak", "okat", "eket", "öket", "akat", "on", "en", "ön"),
    *("a", "e", "ja", "je", "ai", "ei", "jai", "jei", "okban", "ekben", "okra", "ekre", "oknak", "eknek"),
    *("okkal", "ekkel"),
    *_HU_CASES,
)
_HU_DIGRAPHS = {"sz": "ssz", "zs": "zzs", "cs": "ccs", "gy": "ggy", "ny": "nny", "ly": "lly", "ty": "tty"}
HUNGARIAN = (
    ("a", tuple("á" + e for e in _HU_AFTER_VOWEL)),
    ("e", tuple("é" + e for e in _HU_AFTER_VOWEL)),
    *((vowel, tuple(vowel + e for e in _HU_AFTER_VOWEL)) for vowel in "áéiíoóöőuúüű"),
    *(
        (d, (*(d + e for e in _HU_AFTER_CONSONANT), doubled + "al", doubled + "el"))
        for d, doubled in _HU_DIGRAPHS.items()
    ),
    *(
        (c, (*(c + e for e in _HU_AFTER_CONSONANT), c + c + "al", c + c + "el"))
        for c in "bcdfghjklmnpqrstvwxz"
    ),
)
FURTHER_ENDINGS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "bg": (
        ("ия", ("ии", "ията", "иите")),
        ("ие", ("ия", "ието", "ията")),
        ("не", ("ния", "нето", "нията")),
        ("е", ("ета", "ето", "етата")),
        ("ски", ("ска", "ско", "ския", "ският", "ската", "ското", "ските")),
        ("о", ("а", "ото", "ата")),
        ("а", ("и", "ата", "ите")),
        ("я", ("и", "ята", "ите")),
        ("й", ("я", "ят", "и", "ите")),
        ("к", ("ка", "кът", "ци", "ците", "кове", "ковете")),
        ("г", ("га", "гът", "зи", "зите", "гове", "говете")),
        ("х", ("ха", "хът", "си", "сите", "хове", "ховете")),
        *((vowel, ()) for vowel in "иуюъ"),
        ("", _BG_MASCULINE),
    ),
    "fi": FINNISH,
    "cs": CZECH,
    "ro": ROMANIAN,
    "hu": HUNGARIAN,
}
