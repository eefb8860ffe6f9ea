"""Regular endings of a dictionary word in the further languages whose lemma tables miss them.

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
the plural's -и (*антибиотици*, *психолози*); other vowel endings take none.
"""

from __future__ import annotations

_BG_MASCULINE = ("а", "ът", "и", "ите", "ове", "овете")
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
}
