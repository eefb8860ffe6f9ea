"""clip(): text cut to a size at a word boundary, with an ellipsis."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.clip import clip


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("short", 10, "short"),
        ("exactly ten", 11, "exactly ten"),
        ("North Korea sends troops to Russia", 20, "North Korea sends…"),
        ("North Korea sends troops", 18, "North Korea sends…"),  # the space right after the room counts
        ("Nordkoreanischetruppenverlegung", 10, "Nordkorea…"),  # no space: cut at the limit
        ("朝鲜向俄罗斯派遣军队", 6, "朝鲜向俄罗…"),
        ("a b", 1, "a"),
    ],
)
def test_clip(text: str, limit: int, expected: str) -> None:
    assert clip(text, limit) == expected


@given(st.text(), st.integers(min_value=0, max_value=200))
def test_clip_never_exceeds_the_limit_and_keeps_a_prefix(text: str, limit: int) -> None:
    cut = clip(text, limit)
    assert len(cut) <= limit or cut == text
    assert text.startswith(cut.removesuffix("…").rstrip())
