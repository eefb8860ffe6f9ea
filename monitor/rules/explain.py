"""Why a rule matched: the terms per field, and the best sentence with the terms marked.

Pure functions over an AnalysedArticle and the hits the matcher returned.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING

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


def by_field(doc: AnalysedArticle, hits: tuple[Hit, ...] | list[Hit]) -> dict[str, list[str]]:
    """Which terms matched which words ("query term -> article words"), field by field."""
    found: dict[str, dict[str, None]] = defaultdict(dict)
    for hit in hits:
        words = doc.fields[hit.field].span(hit.start, hit.end)
        found[hit.field][f"{hit.term} -> {words}"] = None
    return {f: list(terms) for f, terms in found.items()}


def snippet(doc: AnalysedArticle, hits: tuple[Hit, ...] | list[Hit]) -> str:
    """The sentence holding the most distinct matched terms, with those words marked."""
    sentences = _hit_sentences(doc, hits)
    if not sentences:
        return ""
    order = {"title": 0, "summary": 1, "content": 2}
    best = max(sentences, key=lambda k: (len(sentences[k]), -order.get(k[0], 3), -k[1]))
    return _mark(doc, *best, hits)


def _hit_sentences(
    doc: AnalysedArticle, hits: tuple[Hit, ...] | list[Hit]
) -> dict[tuple[str, int, int], set[str]]:
    """(field, sentence start, sentence end) -> the distinct terms hit in that sentence.

    Sentence boundaries are found once per field (and kept for the article's other matches);
    each hit is placed by bisection, so a long text dense with hits costs one pass.
    """
    result: dict[tuple[str, int, int], set[str]] = defaultdict(set)
    for hit in hits:
        text = doc.fields[hit.field]
        if not text.tokens:
            continue
        sentences = text.sentences
        char = text.tokens[min(hit.start, len(text.tokens) - 1)].start
        start, end = sentences[bisect_right(sentences, (char, len(text.text) + 1)) - 1]
        result[(hit.field, start, end)].add(hit.term)
    return result


def _mark(doc: AnalysedArticle, field: str, start: int, end: int, hits: tuple[Hit, ...] | list[Hit]) -> str:
    text = doc.fields[field]
    marks: list[tuple[int, int]] = []
    for hit in hits:
        if hit.field != field:
            continue
        words = text.tokens[hit.start : hit.end]
        if words and start <= words[0].start < end:
            marks.append((words[0].start, words[-1].end))
    out, pos = [], start
    for a, b in sorted(set(marks)):
        if a < pos:
            continue
        out += [_unmarked(text.text[pos:a]), MARK_OPEN, _unmarked(text.text[a:b]), MARK_CLOSE]
        pos = b
    out.append(_unmarked(text.text[pos:end]))
    sentence = "".join(out).strip()
    return _shorten(sentence)


def _unmarked(text: str) -> str:
    return _OWN_MARKS.sub("*\u200b", text) if "**" in text else text


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
