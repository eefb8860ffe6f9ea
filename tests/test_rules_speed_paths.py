"""The fast paths of matching and explaining give what the plain ones give.

Matching at thousands of rules takes shortcuts (sentences found with `str.find`, checks
before evaluation, one-hit explanations); each is checked here against the plain
definition it replaces, on generated text and on the bench's kind of rules.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.analysis.analyzer import _SENTENCE_END, sentence_bounds

SETTINGS = settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def regex_bounds(text: str) -> list[tuple[int, int]]:
    """The sentences as `_SENTENCE_END` parts them: the definition `sentence_bounds` follows."""
    found, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        a, b = m.span()
        found.append((start, a + (text[a] != "\n")))  # a stop ends its sentence
        start = b
    found.append((start, len(text)))
    return found


# Stops, line breaks and the spaces around them, which is where the two could differ.
PIECES = [*".!?\n\u3002\uff01\uff1f", *" \t\r\u00a0\u2028\u3000", "a", "U.S.", "3.5", "..."]
stop_heavy = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=2)), max_size=16).map("".join)


@SETTINGS
@given(stop_heavy)
def test_sentence_bounds_part_text_as_the_regular_expression_does(text: str) -> None:
    assert sentence_bounds(text) == regex_bounds(text)


def test_sentence_bounds_of_news_text() -> None:
    text = "U.S. troops left.  Talks went on!\n\nIn 3.5 hours?No.\n官员说。他们走了\uff01 Then\n"
    assert sentence_bounds(text) == regex_bounds(text)
    assert [text[a:b] for a, b in sentence_bounds(text)] == [
        "U.S.",
        "troops left.",
        "Talks went on!",
        "In 3.5 hours?No.",
        "官员说。",
        "他们走了\uff01",
        "Then",
        "",
    ]


# Full stops alone (where `sentence_at` answers), with the spaces and words around them.
DOT_PIECES = [".", *" \t\r\u00a0\u2028\u3000", "a", "U.S.", "3.5", "...", ". "]
dots_only = st.lists(st.sampled_from(DOT_PIECES), max_size=16).map("".join)


@SETTINGS
@given(st.one_of(stop_heavy, dots_only), st.integers(min_value=-1, max_value=40))
def test_sentence_at_gives_the_sentence_bisection_gives(text: str, char: int) -> None:
    """`sentence_at` finds around one character what parting the whole text finds there (or
    declines); `sentence_of` always does."""
    from bisect import bisect_right

    from monitor.analysis.analyzer import AnalysedText, sentence_at

    bounds = sentence_bounds(text)
    if not 0 <= char < len(text):
        assert sentence_at(text, char) is None
        return
    expected = bounds[bisect_right(bounds, (char, len(text) + 1)) - 1]
    found = sentence_at(text, char)
    assert found is None or found == expected
    assert AnalysedText(text, "en", []).sentence_of(char) == expected


def test_sentence_at_parts_news_text_around_a_word() -> None:
    text = "U.S. troops left.  Talks on 3.5 hours went on. It rained"
    assert sentence_at_text(text, text.index("Talks")) == "Talks on 3.5 hours went on."
    assert sentence_at_text(text, text.index("3.5")) == "Talks on 3.5 hours went on."
    assert sentence_at_text(text, text.index("S.")) == "U.S."
    assert sentence_at_text(text, text.index("troops")) == "troops left."
    assert sentence_at_text(text, text.index("rained")) == "It rained"
    assert sentence_at_text("No! U.S. troops", 9) is None  # another stop: the whole text is parted


def sentence_at_text(text: str, char: int) -> str | None:
    from monitor.analysis.analyzer import sentence_at

    found = sentence_at(text, char)
    return None if found is None else text[found[0] : found[1]]
