"""Properties of the rule parser and printer, checked on generated text and trees.

(a) parse() on any text returns a tree or raises QuerySyntaxError, never anything else;
(b) any text that parses prints (to_query) as text that parses back to the same tree;
(c) any tree the grammar can express prints as text that parses back to that tree.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.errors import QuerySyntaxError
from monitor.rules import parse, to_query
from monitor.rules.ast import FIELDS, And, Near, Node, Not, Or, Phrase, Ref, Regex, Scope, Term

PROPERTY_SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of query syntax, so that generated text is often nearly valid.
_OPERATORS = "AND and Or OR NOT not NEAR near NEAR/3 near/1 NEAR/0 NEAR/ NEAR/99999999999"
_FIELD_NAMES = "title: Summary: content: author: feed: site: lang: tag: person: bogus: 1:"
_OPERANDS = "troop troops* a 1 é Südkorea =US /ab+c/ /x/i /(/ /a/q @block @ -x"
SYNTAX_PIECES = [
    *'()"/\\@=*:-',
    *(" ", "  ", "\t", "\n", "- ", "-)", "(a OR b)", '="New York"', '"North Korea"'),
    *_OPERATORS.split(),
    *_FIELD_NAMES.split(),
    *_OPERANDS.split(),
]
NODE_TYPES = (And, Or, Not, Near, Scope, Term, Phrase, Regex, Ref)

query_like = st.lists(st.one_of(st.sampled_from(SYNTAX_PIECES), st.text(max_size=3)), max_size=12).map(
    "".join
)


def parse_or_none(text: str) -> Node | None:
    """The tree, or None for a QuerySyntaxError; any other exception fails the test."""
    try:
        return parse(text)
    except QuerySyntaxError as exc:
        assert 0 <= exc.position <= len(text), (text, exc.position)
        assert exc.query == text
        return None


# (a) -----------------------------------------------------------------------------


@PROPERTY_SETTINGS
@given(st.text())
def test_parse_any_text_returns_a_tree_or_a_syntax_error(text: str) -> None:
    tree = parse_or_none(text)
    assert tree is None or isinstance(tree, NODE_TYPES)


@PROPERTY_SETTINGS
@given(query_like)
def test_parse_query_like_text_returns_a_tree_or_a_syntax_error(text: str) -> None:
    tree = parse_or_none(text)
    assert tree is None or isinstance(tree, NODE_TYPES)


@PROPERTY_SETTINGS
@given(st.text(alphabet=st.characters(categories=["Cs", "L", "P"]), max_size=8))
def test_parse_text_with_lone_surrogates_returns_a_tree_or_a_syntax_error(text: str) -> None:
    """Python strings may hold lone surrogates (RE2 cannot encode them)."""
    tree = parse_or_none(f"/{text}/ OR {text}")
    assert tree is None or isinstance(tree, NODE_TYPES)


# (b) -----------------------------------------------------------------------------


def assert_round_trip(tree: Node) -> None:
    text = to_query(tree)
    again = parse(text)
    assert again == tree, f"{text!r} parsed as {again!r}, printed from {tree!r}"
    assert to_query(again) == text


@PROPERTY_SETTINGS
@given(st.one_of(st.text(), query_like))
def test_text_that_parses_prints_back_to_the_same_tree(text: str) -> None:
    tree = parse_or_none(text)
    if tree is not None:
        assert_round_trip(tree)


# (c) -----------------------------------------------------------------------------

_KEYWORD = re.compile(r"and|or|not|near(/\d+)?", re.IGNORECASE)
_FIELD_PREFIX = re.compile(r"[A-Za-z]+:")
_WORD_CHARS = st.characters(
    categories=["L", "M", "N", "P", "S"], exclude_characters='()"*', codec="utf-8"
).filter(lambda c: not c.isspace())


def is_plain_word(text: str) -> bool:
    """Text the lexer reads back as one ordinary word (no operator, field or sigil).

    Words that look like a malformed operator or quote (`NEAR/x`, `&&`, `!x`, `...`)
    are errors, not words: the last check leaves them out.
    """
    return (
        bool(text)
        and text[0] not in "/@=-"
        and not _KEYWORD.fullmatch(text)
        and not _FIELD_PREFIX.match(text)
        and parse_or_none(text) == Term(text)
    )


def is_exact_word(text: str) -> bool:
    """Text that `=text` reads back as an exact word (no phrase, no malformed operator)."""
    return text[0] != '"' and parse_or_none("=" + text) == Term(text, exact=True)


plain_words = st.one_of(
    st.text(_WORD_CHARS, min_size=1, max_size=8),
    st.sampled_from(["troop", "U.S.", "10:30", "a-b", "x/y", "COVID/19", "and-or", "ORB", "notable", "ß"]),
).filter(is_plain_word)

terms = st.one_of(
    st.builds(Term, plain_words),
    st.builds(Term, plain_words, wildcard=st.just(True)),
    # An exact word may start with any character but '"' (which would make it a phrase) and '='.
    st.builds(Term, st.text(_WORD_CHARS, min_size=1, max_size=8).filter(is_exact_word), exact=st.just(True)),
)
# A phrase needs something to search for: letters, digits or symbols such as emoji.
phrases = st.builds(
    Phrase,
    st.text(min_size=1, max_size=12).filter(lambda s: parse_or_none(f'"{s}"') is not None),
    exact=st.booleans(),
)
regexes = st.builds(
    Regex,
    st.sampled_from(["ab+c", "a|b", r"\d{2,4}", r"[A-Z]{2}", r"a\/b", "x.*y", "(?:foo)?bar", r"\bwar\b"]),
    st.sampled_from(["", "i"]),
)
refs = st.builds(Ref, st.from_regex(r"[\w.-]+", fullmatch=True))
leaves = st.one_of(terms, phrases, regexes, refs)


def extend(children: st.SearchStrategy[Node]) -> st.SearchStrategy[Node]:
    some = st.lists(children, min_size=2, max_size=4).map(tuple)
    return st.one_of(
        st.builds(Scope, st.sampled_from(FIELDS), children),
        st.builds(Not, children),
        st.builds(And, some),
        st.builds(Or, some),
        st.builds(Near, children, children, st.integers(min_value=1, max_value=1000)),
    )


trees = st.recursive(leaves, extend, max_leaves=12)


@PROPERTY_SETTINGS
@given(trees)
def test_generated_trees_print_as_text_that_parses_back_to_them(tree: Node) -> None:
    assert_round_trip(tree)
