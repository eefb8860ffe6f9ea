"""Why a rule matched: the terms per field, and the best sentence with the terms marked.

Pure functions over an AnalysedArticle and the hits the matcher returned.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from monitor.analysis.analyzer import AnalysedText, sentence_at
from monitor.analysis.article import AnalysedArticle
from monitor.rules.ast import TEXT_FIELDS, And, Near, Node, Not, Or, Scope, to_query
from monitor.rules.compile import Compiler, words_of
from monitor.rules.matchers import Hit

if TYPE_CHECKING:
    from monitor.rules.ruleset import RuleSpec

MARK_OPEN, MARK_CLOSE = "**", "**"
# The feed's own "**" would read as a mark: a zero-width space parts each such pair.
_OWN_MARKS = re.compile(r"\*(?=\*)")
MAX_SNIPPET = 320


class Explanation(NamedTuple):
    """What an alert says of one match: its terms, its best sentence, its terms by field.

    A named tuple: with thousands of rules an article has several matches, each explained.
    """

    terms: tuple[str, ...]
    snippet: str
    fields: dict[str, list[str]]


def explain(doc: AnalysedArticle, hits: Sequence[Hit]) -> Explanation:
    """`terms`, `snippet` and the terms by field, in one pass over the hits.

    Every match the daemon stores needs all three; with thousands of rules an article
    has several matches, so this is a cost per match: one loop reads each hit's words
    once rather than three. Most matches have one hit (a rule's one required word, the
    others negated or alternatives), which needs no ranking of sentences.
    """
    fields = doc.fields
    if len(hits) == 1:
        field, first, last, term = hits[0]
        return _explain_one(fields[field], field, first, last, term)
    seen: dict[str, None] = {}
    by_field: dict[str, dict[str, None]] = {}
    sentences: dict[tuple[str, int, int], set[str]] = {}
    for field, first, last, term in hits:
        text = fields[field]
        span = text.span(first, last)
        seen[_label(term, span)] = None
        by_field.setdefault(field, {})[f"{term} -> {span}"] = None
        if text.tokens:
            sentences.setdefault((field, *_sentence(text, first)), set()).add(term)
    best = _best_sentence(doc, sentences, hits)
    return Explanation(tuple(seen), best, {f: list(t) for f, t in by_field.items()})


def _explain_one(text: AnalysedText, field: str, first: int, last: int, term: str) -> Explanation:
    """`explain` of a match with one hit: its sentence, with its words marked.

    Most matches at thousands of rules, so written for speed: the sentence is placed by
    the hit's own first character, and a text without the feed's own marks (no `*` at
    all, found by one memchr) is cut once.
    """
    tokens, raw = text.tokens, text.text
    count = len(tokens)
    if not count:
        return _new_explanation(Explanation, ((_label(term, ""),), "", {field: [f"{term} -> "]}))
    if first < last and first < count:
        begin = tokens[first].start
        finish = tokens[last - 1 if last <= count else count - 1].end
        span = raw[begin:finish]
        char = begin
    else:
        begin = finish = -1
        span = ""
        char = tokens[first if first < count else count - 1].start
    label = term.strip('"=')
    if span != label and span.casefold() != label.casefold():
        label = f"{term} ({span})"
    start, end = sentence_at(raw, char) or text.sentence_in_bounds(char)  # one call fewer, most often
    if not start <= begin < end:
        sentence = _unmarked(raw[start:end])
    elif "*" in raw and "**" in raw:  # the feed's own marks are rare
        before, after = _unmarked(raw[start:begin]), _unmarked(raw[finish:end])
        sentence = f"{before}{MARK_OPEN}{_unmarked(span)}{MARK_CLOSE}{after}"
    else:
        sentence = f"{raw[start:begin]}{MARK_OPEN}{span}{MARK_CLOSE}{raw[finish:end]}"
    sentence = sentence.strip()
    snippet = sentence if len(sentence) <= MAX_SNIPPET else _shorten(sentence)
    return _new_explanation(Explanation, ((label,), snippet, {field: [f"{term} -> {span}"]}))


_new_explanation = tuple.__new__  # a named tuple built without its constructor's Python frame


def terms(doc: AnalysedArticle, hits: Sequence[Hit]) -> list[str]:
    """Each query term once, with the article words it matched when they differ."""
    fields = doc.fields
    return list(dict.fromkeys(_label(h.term, fields[h.field].span(h.start, h.end)) for h in hits))


def snippet(doc: AnalysedArticle, hits: Sequence[Hit]) -> str:
    """The sentence holding the most distinct matched terms, with those words marked."""
    sentences: dict[tuple[str, int, int], set[str]] = {}
    for hit in hits:
        text = doc.fields[hit.field]
        if text.tokens:
            sentences.setdefault((hit.field, *_sentence(text, hit.start)), set()).add(hit.term)
    return _best_sentence(doc, sentences, hits)


def _label(term: str, found: str) -> str:
    """A term as an alert lists it: with the article's words when they differ from it."""
    label = term.strip('"=')
    return label if found.casefold() == label.casefold() else f"{term} ({found})"


def _sentence(text: AnalysedText, word: int) -> tuple[int, int]:
    """(start, end) of the sentence holding word `word` of a text with words (`sentence_of`)."""
    return text.sentence_of(text.tokens[min(word, len(text.tokens) - 1)].start)


FIELD_ORDER = {"title": 0, "summary": 1, "content": 2}  # a tie between sentences goes to the first field


def _best_sentence(
    doc: AnalysedArticle, sentences: dict[tuple[str, int, int], set[str]], hits: Sequence[Hit]
) -> str:
    """`sentences`: (field, start, end) -> the distinct terms hit there; the most wins."""
    if not sentences:
        return ""
    if len(sentences) == 1:
        (best,) = sentences
    else:
        order = FIELD_ORDER
        best = max(sentences, key=lambda k: (len(sentences[k]), -order.get(k[0], 3), -k[1]))
    return _mark(doc, *best, hits)


def _mark(doc: AnalysedArticle, field: str, start: int, end: int, hits: Sequence[Hit]) -> str:
    text = doc.fields[field]
    tokens = text.tokens
    marks: set[tuple[int, int]] = set()
    for hit in hits:
        if hit.field != field or hit.start >= hit.end:
            continue
        begin = tokens[hit.start].start if hit.start < len(tokens) else None
        if begin is not None and start <= begin < end:
            marks.add((begin, tokens[min(hit.end, len(tokens)) - 1].end))
    out, pos, raw = [], start, text.text
    escape = _unmarked if "*" in raw and "**" in raw else str  # the feed's own marks are rare
    for a, b in sorted(marks):
        if a < pos:
            continue
        out += [escape(raw[pos:a]), MARK_OPEN, escape(raw[a:b]), MARK_CLOSE]
        pos = b
    out.append(escape(raw[pos:end]))
    return _shorten("".join(out).strip())


def _unmarked(text: str) -> str:
    return _OWN_MARKS.sub("*\u200b", text) if "*" in text and "**" in text else text


def _shorten(sentence: str) -> str:
    if len(sentence) <= MAX_SNIPPET:
        return sentence
    first = sentence.find(MARK_OPEN)
    begin = max(0, min(first - MAX_SNIPPET // 3, len(sentence) - MAX_SNIPPET))
    cut = sentence[begin : begin + MAX_SNIPPET]
    return ("…" if begin else "") + cut + ("…" if begin + MAX_SNIPPET < len(sentence) else "")


def leaf_report(
    compiler: Compiler, tree: Node, doc: AnalysedArticle, spec: RuleSpec
) -> list[tuple[str, str]]:
    """Each term of a query with the article words it found, or "not found": why a rule did not match."""
    report: list[tuple[str, str]] = []
    context = words_of(tree)
    for node, fields in _leaves(tree, TEXT_FIELDS):
        label = (f"{fields[0]}:" if fields != TEXT_FIELDS else "") + to_query(node)
        part = compiler.part(
            node,
            spec.language,
            doc.language,
            fields,
            expand=spec.expand_concepts,
            reach=spec.reach,
            context=context,
        )
        hits = part.eval(doc)
        if hits is None:
            report.append((label, "not found"))
        elif not hits:
            report.append((label, "yes"))
        else:
            words = {f"{doc.fields[h.field].span(h.start, h.end)} ({h.field})": None for h in hits}
            report.append((label, ", ".join(words)))
    return report


def _leaves(node: Node, fields: tuple[str, ...]) -> Iterator[tuple[Node, tuple[str, ...]]]:
    match node:
        case Scope(name, child):
            yield from _leaves(child, (name,))
        case Not(child):
            yield from _leaves(child, fields)
        case And(children) | Or(children):
            for child in children:
                yield from _leaves(child, fields)
        case Near(left, right):
            yield from _leaves(left, fields)
            yield from _leaves(right, fields)
        case _:
            yield node, fields
