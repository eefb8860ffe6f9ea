"""How a rule term reaches another language: one mechanism for words, names and acronyms.

A rule term gets *variants* in each article language: the words and names an article in
that language uses for it. Each variant carries its evidence, on one scale:

    CURATED      written by a person: the concept pack, the place gazetteer, the user's own
    AGREE        given by two or more independent sources (two dictionaries, a dictionary
                 and a pivot through another language, two name sources)
    SOURCE       given by one source (one dictionary, one name list)
    TRANSCRIBED  generated from the name itself (its spelling or pronunciation, carried into
                 the article's script with that language's endings)
    RANKED       proposed by a ranker only (similarity of meaning), never enough alone

`expansion: strict | normal | broad` (per rule and default) says how far down the scale a
rule reaches: strict takes curated and agreeing variants; normal (the default) adds, for
names, one name source and transcription, since a name has no other way to be found;
broad takes everything. The modules:

    frequency.py   how common a word is in a language (wordfreq): the look-alike guard and
                   the line between names and common words
    names.py       how an article in another language writes a person, place or firm:
                   name_variants, name_forms, is_known_name / name_info
    namesources.py GeoNames cities and CC-CEDICT names, converted once into table files
    transcribe/    a name carried into another script or romanisation (per script)
    endings.py     a name's inflected and clitic forms per language, and the words derived from it
    boundaries.py  where a name in Chinese characters stops (not inside a longer transcribed name)
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class Evidence(IntEnum):
    """How sure a variant is; higher is surer (so `>=` reads as 'at least this sure')."""

    RANKED = 1
    TRANSCRIBED = 2
    SOURCE = 3
    AGREE = 4
    CURATED = 5


@dataclass(frozen=True)
class Variant:
    """One way an article in `language` writes a rule term.

    `text` is member text as in the concept pack: a word (its other forms match through
    lemmas), a phrase, `stem*`, or `=Exact`. `sources` name where it came from
    (`pack:troops`, `wikdict:pol`, `cedict`, `geonames`, `transcribed`), for explanations.
    """

    text: str
    language: str
    evidence: Evidence
    sources: tuple[str, ...] = ()
    # False: also one of the language's function words (Dutch *mijn*, "my", for `mine`), matched inside
    # compounds and in its other forms (*kolenmijn*, *mijnen*), not standing alone
    alone: bool = True
