"""Why a rule matched: the terms per field, and the best sentence with the terms marked.

Pure functions over an AnalysedArticle and the hits the matcher returned.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from monitor.analysis.article import AnalysedArticle
from monitor.rules.ast import TEXT_FIELDS, And, Near, Node, Not, Or, Scope, to_query
from monitor.rules.compile import Compiler, words_of
from monitor.rules.matchers import Hit

if TYPE_CHECKING:
    from monitor.rules.ruleset import RuleSpec

MARK_OPEN, MARK_CLOSE = "**", "**"
MAX_SNIPPET = 320


@dataclass(frozen=True)
class Explanation:
    """What an alert says of one match: its terms, its best sentence, its terms by field."""

    terms: tuple[str, ...]
    snippet: str
    fields: dict[str, list[str]]


def explain(doc: AnalysedArticle, hits: Sequence[Hit]) -> Explanation:
    """`terms`, `snippet` and `by_field` at once, each hit's words read once.

    Every match the daemon stores needs all three; with thousands of rules an article
    has several matches, so this is a cost per match rather than per article.
    """
    spans = _spans(doc, hits)
    return Explanation(tuple(_terms(hits, spans)), snippet(doc, hits), _by_field(hits, spans))


def terms(doc: AnalysedArticle, hits: Sequence[Hit]) -> list[str]:
    """Each query term once, with the article words it matched when they differ."""
    return _terms(hits, _spans(doc, hits))


def by_field(doc: AnalysedArticle, hits: Sequence[Hit]) -> dict[str, list[str]]:
    """Which terms matched which words ("query term -> article words"), field by field."""
    return _by_field(hits, _spans(doc, hits))


def _spans(doc: AnalysedArticle, hits: Sequence[Hit]) -> list[str]:
    fields = doc.fields
    return [fields[field].span(start, end) for field, start, end, _ in hits]


def _terms(hits: Sequence[Hit], spans: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for hit, found in zip(hits, spans, strict=True):
        label = hit.term.strip('"=')
        seen[label if found.casefold() == label.casefold() else f"{hit.term} ({found})"] = None
    return list(seen)


def _by_field(hits: Sequence[Hit], spans: list[str]) -> dict[str, list[str]]:
    found: dict[str, dict[str, None]] = defaultdict(dict)
    for hit, words in zip(hits, spans, strict=True):
        found[hit.field][f"{hit.term} -> {words}"] = None
    return {f: list(terms) for f, terms in found.items()}


FIELD_ORDER = {"title": 0, "summary": 1, "content": 2}  # a tie between sentences goes to the first field


def snippet(doc: AnalysedArticle, hits: Sequence[Hit]) -> str:
    """The sentence holding the most distinct matched terms, with those words marked."""
    sentences = _hit_sentences(doc, hits)
    if not sentences:
        return ""
    if len(sentences) == 1:
        (best,) = sentences
    else:
        order = FIELD_ORDER
        best = max(sentences, key=lambda k: (len(sentences[k]), -order.get(k[0], 3), -k[1]))
    return _mark(doc, *best, hits)


def _hit_sentences(doc: AnalysedArticle, hits: Sequence[Hit]) -> dict[tuple[str, int, int], set[str]]:
    """(field, sentence start, sentence end) -> the distinct terms hit in that sentence.

    Sentence boundaries are found once per field (and kept for the article's other matches);
    each hit is placed by bisection, so a long text dense with hits costs one pass.
    """
    result: dict[tuple[str, int, int], set[str]] = defaultdict(set)
    for field, first, _, term in hits:
        text = doc.fields[field]
        tokens = text.tokens
        if not tokens:
            continue
        sentences = text.sentences
        char = tokens[min(first, len(tokens) - 1)].start
        start, end = sentences[bisect_right(sentences, (char, len(text.text) + 1)) - 1]
        result[(field, start, end)].add(term)
    return result


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
    for a, b in sorted(marks):
        if a < pos:
            continue
        out += [raw[pos:a], MARK_OPEN, raw[a:b], MARK_CLOSE]
        pos = b
    out.append(raw[pos:end])
    return _shorten("".join(out).strip())


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
    context = tuple(dict.fromkeys(words_of(tree)))
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
