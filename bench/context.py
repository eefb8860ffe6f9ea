"""The sides of a sense check by the article's sentence, for bench/terms_encoder.py (issue 11 point 2).

Moved here from monitor/lexicon/context.py (termprec18): as a match-time check it does not pay (see
"Measured again" below), so matching keeps none of it.

A one-word rule's equivalent may have another sense in the article's language (French *émission*, a
broadcast; Polish *mina*, a face one pulls; Dutch *ras*, a breed), which nothing at compile time can
rule out: the rule has no other word to choose by. The dictionaries' translations of the equivalent
back into the rule's language say which senses it has (`words.back_senses`): those of the term's
sense (the term, a synonym another equivalent shares: `words.same_sense`) and the others. Where it
has others, the multilingual sentence encoder (`ranker.py`) compares the article's sentence with both
sides, and the hit is refused where another sense is closer than the term's by more than `MARGIN`.

It was meant for `expansion: normal` only, for an equivalent with another sense. Never wired: wired
as a `CaseRule.within` on one-word dictionary equivalents (`compile.variant`, after `in_other_phrase`),
it raised precision but its cost made tests/test_multilingual_set.py's module fixture exceed its 120 s
timeout under load (the encoder's start, each judged sentence's encoding, each equivalent's senses read
back: 0.5 to 0.9 s a judged hit and 2.3 s an equivalent's first reading with the machine's load at 11).
bench/terms_encoder.py uses it to measure the trade. A back-translation
spelled like the equivalent (*barrage*, *processo*: process) is left out of both sides: the encoder
relates a sentence to a word spelled as one of its own whatever the sense.

Measured after the fact (`bench/terms_encoder.py`, margin 0.10): development terms 7 false alarms
removed, no hit lost; the blind probes (`bench/data/terms_context_probes.yaml`) 4 wrong senses removed,
1 right one lost. Comparing with the glosses of the rule's sense too removed fewer (2 and 2). Through
the matcher, which asks of the equivalent as the dictionary writes it: development 76.7/83.4 ->
76.7/85.0% recall and precision, probes wrong senses matched 69 -> 62 of 108, right ones 83 -> 82.

Measured again (termprec18) on new blind probes (`bench/data/terms_context_probes2.yaml`, 21 terms,
10 languages, written before it was run): of 143 judged matches (84 false, 59 right) it refuses 2 false
and 2 right at margin 0.10 (both readings together: 2 and 0; at 0.05, 9 and 5). On words it was not
tuned on, a sentence is about as often nearer the wrong one-word side as the right one (Spanish *banco
de sardinas*: nearer "bank" than "bench"). Its cost, even with the sides read once at compile time: the
encoder's child process (156 MB resident; 1.0 s of CPU to start, 1.6 to 3.7 s under load) and 50 ms of
CPU a sentence encoded alone, 13 ms in batches of 10 (the probes' 232 sentences, load 8): more than the
whole match of an article costs, for at most 2 of 84 false alarms. Matching does not use it.
Encoding only the 3 words either side of the hit (`bench/terms_encoder.py --window 3`, margin 0.10)
does not mend it: probes2 7 false refused for 1 hit, but development terms 5 for 2 (whole sentence: 9
for 0 of 40 false and 133 right judged) and the first probes 5 for 4 (whole sentence: 4 for 1).
"""

from __future__ import annotations

import bisect
from functools import lru_cache

from monitor.analysis.analyzer import sentence_bounds
from monitor.analysis.fold import fold
from monitor.lexicon.dictionary import translations
from monitor.lexicon.words import BACK_JUDGED, back_senses, same_sense

# How much closer another sense must be to the sentence than the term's (cosine similarity): at 0.05,
# 9 development false alarms removed for 1 hit lost; at 0.08, 8 for none, but 2 of the probes' 41 hits.
MARGIN = 0.10
COGNATE = 4  # letters a back-translation shares with the equivalent's start to count as spelled like it


def spelled_alike(text: str, equivalent: str) -> bool:
    """Whether back-translation `text` opens with the equivalent's first `COGNATE` letters (folded)."""
    words = fold(text).split()
    return bool(words) and len(words[0]) >= COGNATE and fold(equivalent)[:COGNATE] == words[0][:COGNATE]


@lru_cache(maxsize=8192)
def sides(term: str, source: str, equivalent: str, language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The term's side (the term, the equivalent's back-translations of its sense) and the other side
    (the equivalent's other back-translations): () on the other side where the dictionaries give it no
    other sense, and the encoder is not asked."""
    others = {fold(t.text, True, language) for t in translations(term, source, language)}
    others.discard(fold(equivalent, True, language))
    own, other = [term], list[str]()
    for text, _sources in back_senses(equivalent, language, source)[:BACK_JUDGED]:
        if fold(text) == fold(term) or spelled_alike(text, equivalent):
            continue
        (own if same_sense(term, text, source, language, others) else other).append(text)
    return tuple(own), tuple(o for o in dict.fromkeys(other) if o not in own)


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of `text` that holds text[start:end], as a match's snippet parts the text
    (`analyzer.sentence_bounds`, which a number's point does not end: *3.5 Prozent*)."""
    bounds = sentence_bounds(text) or [(0, len(text))]
    begin, stop = bounds[bisect.bisect_right(bounds, (start, len(text) + 1)) - 1]
    return text[begin:stop].strip()
