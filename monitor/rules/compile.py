"""Syntax tree -> Matcher: expand building blocks, analyse terms, push field scopes down."""

from __future__ import annotations

from collections.abc import Mapping

from monitor.analysis import Analyzer
from monitor.errors import QuerySyntaxError
from monitor.rules import matchers as m
from monitor.rules.ast import (
    TEXT_FIELDS,
    VALUE_FIELDS,
    And,
    Near,
    Node,
    Not,
    Or,
    Phrase,
    Ref,
    Regex,
    Scope,
    Term,
    to_query,
)
from monitor.rules.parser import compile_regex, parse


class Compiler:
    """Compiles queries of one rule language against shared building blocks."""

    def __init__(self, analyzer: Analyzer, blocks: Mapping[str, str] | None = None) -> None:
        self.analyzer = analyzer
        self.blocks = dict(blocks or {})

    def compile(self, query: str, language: str = "en") -> m.Matcher:
        return self.node(parse(query), query, language, TEXT_FIELDS, ())

    def node(
        self, node: Node, query: str, lang: str, fields: tuple[str, ...], seen: tuple[str, ...]
    ) -> m.Matcher:
        match node:
            case Scope(name, child):
                return self.node(child, query, lang, (name,), seen)
            case Ref(name, pos):
                return self.node(self.expand(name, query, pos, seen), query, lang, fields, (*seen, name))
            case And(children):
                return m.AllOf(tuple(self.node(c, query, lang, fields, seen) for c in children))
            case Or(children):
                return m.AnyOf(tuple(self.node(c, query, lang, fields, seen) for c in children))
            case Not(child):
                return m.NoneOf(self.node(child, query, lang, fields, seen))
            case Near(left, right, distance):
                near = self.node(left, query, lang, fields, seen), self.node(right, query, lang, fields, seen)
                return m.Close(*near, distance)
            case Regex(pattern, flags):
                return m.Pattern(to_query(node), compile_regex(pattern, flags), fields)
            case Term() | Phrase():
                return self.words(node, query, lang, fields)
        raise TypeError(f"not a query node: {node!r}")

    def expand(self, name: str, query: str, pos: int, seen: tuple[str, ...]) -> Node:
        if name in seen:
            chain = " -> ".join(f"@{n}" for n in (*seen, name))
            raise QuerySyntaxError(f"building block refers to itself: {chain}", query, pos)
        if name not in self.blocks:
            known = ", ".join(f"@{n}" for n in sorted(self.blocks)) or "none are defined"
            raise QuerySyntaxError(f"unknown building block '@{name}' (known: {known})", query, pos)
        try:
            return parse(self.blocks[name])
        except QuerySyntaxError as exc:
            raise QuerySyntaxError(f"in building block @{name}: {exc.message}", query, pos) from None

    def words(self, node: Term | Phrase, query: str, lang: str, fields: tuple[str, ...]) -> m.Matcher:
        if fields[0] in VALUE_FIELDS:
            wildcard = isinstance(node, Term) and node.wildcard
            return m.Value(fields[0], node.text, prefix=wildcard)
        analysed = self.analyzer.analyse(node.text, lang)
        if not analysed.tokens:
            raise QuerySyntaxError(f"{to_query(node)} contains no words to match", query, node.pos)
        keys = tuple(tok.keys for tok in analysed.tokens)
        exact = tuple(tok.text for tok in analysed.tokens) if node.exact else None
        prefix = None
        if isinstance(node, Term) and node.wildcard:
            prefix = self.analyzer.fold(node.text)
        return m.Words(to_query(node), keys, exact, prefix, fields)
