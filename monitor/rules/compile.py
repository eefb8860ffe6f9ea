"""Syntax tree -> Matcher: expand building blocks and concepts, analyse terms, push field scopes down.

A rule is compiled once per article language: its own terms are analysed in the
rule's language, and where a term belongs to a concept (or a place), the concept's
members in the article's language are added as alternatives, each analysed in that
language. `troops` in an English rule, compiled for German articles, thus also finds
`Soldaten` and `Truppen`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from monitor.analysis import Analyzer
from monitor.concepts import Concept, ConceptBook, Member
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


@dataclass(frozen=True)
class _Context:
    query: str
    rule_lang: str
    article_lang: str
    fields: tuple[str, ...] = TEXT_FIELDS
    seen: tuple[str, ...] = ()  # building blocks being expanded, to catch cycles
    expand: bool = True  # apply concepts to the rule's own terms


class Compiler:
    """Compiles queries against shared building blocks and concepts."""

    def __init__(
        self, analyzer: Analyzer, blocks: Mapping[str, str] | None = None, book: ConceptBook | None = None
    ) -> None:
        self.analyzer = analyzer
        self.blocks = dict(blocks or {})
        self.book = book
        self._members: dict[tuple[str, str, str, tuple[str, ...]], m.Matcher | None] = {}

    def compile(
        self, query: str, language: str = "en", article_language: str | None = None, *, expand: bool = True
    ) -> m.Matcher:
        """The matcher of `query` (written in `language`) for articles in `article_language`."""
        ctx = _Context(query, language, article_language or language, expand=expand)
        return self.node(parse(query), ctx)

    def part(
        self,
        node: Node,
        language: str,
        article_language: str,
        fields: tuple[str, ...],
        *,
        expand: bool = True,
    ) -> m.Matcher:
        """One part of a query on its own, as it is compiled inside the rule (for explanations)."""
        return self.node(node, _Context(to_query(node), language, article_language, fields, expand=expand))

    def node(self, node: Node, ctx: _Context) -> m.Matcher:
        match node:
            case Scope(name, child):
                return self.node(child, replace(ctx, fields=(name,)))
            case Ref(name, pos):
                return self.ref(name, pos, ctx)
            case And(children):
                return m.AllOf(tuple(self.node(c, ctx) for c in children))
            case Or(children):
                return m.AnyOf(tuple(self.node(c, ctx) for c in children))
            case Not(child):
                return m.NoneOf(self.node(child, ctx))
            case Near(left, right, distance):
                return m.Close(self.node(left, ctx), self.node(right, ctx), distance)
            case Regex(pattern, flags, pos):
                if ctx.fields[0] in VALUE_FIELDS:  # site/lang/tag values have no text to search
                    raise QuerySyntaxError(
                        f"{ctx.fields[0]}: takes a word, not a regular expression", ctx.query, pos
                    )
                return m.Pattern(to_query(node), compile_regex(pattern, flags), ctx.fields)
            case Term() | Phrase():
                return self.words(node, ctx)
        raise TypeError(f"not a query node: {node!r}")

    def ref(self, name: str, pos: int, ctx: _Context) -> m.Matcher:
        """`@name`: a building block, else a concept or place."""
        if name in ctx.seen:
            chain = " -> ".join(f"@{n}" for n in (*ctx.seen, name))
            raise QuerySyntaxError(f"building block refers to itself: {chain}", ctx.query, pos)
        if name in self.blocks:
            try:
                return self.node(parse(self.blocks[name]), replace(ctx, seen=(*ctx.seen, name)))
            except QuerySyntaxError as exc:  # positions inside the block are not the query's
                raise QuerySyntaxError(f"in building block @{name}: {exc.message}", ctx.query, pos) from None
        concept = self.book.get(name) if self.book else None
        if concept is None:
            known = ", ".join(f"@{n}" for n in sorted(self.blocks)) or "no blocks are defined"
            raise QuerySyntaxError(
                f"unknown building block or concept '@{name}' (blocks: {known})", ctx.query, pos
            )
        members = self.concept(concept, f"@{name}", ctx)
        return members or m.AnyOf(())

    def words(self, node: Term | Phrase, ctx: _Context) -> m.Matcher:
        if ctx.fields[0] in VALUE_FIELDS:
            wildcard = isinstance(node, Term) and node.wildcard
            return m.Value.of(ctx.fields[0], node.text, self.analyzer.fold, prefix=wildcard)
        analysed = self.analyzer.analyse(node.text, ctx.rule_lang)
        if not analysed.tokens:
            raise QuerySyntaxError(f"{to_query(node)} contains no words to match", ctx.query, node.pos)
        label = to_query(node)
        wildcard = isinstance(node, Term) and node.wildcard
        if wildcard:  # words of the rule's language starting with the stem
            keys, _, prefixes = self.stemmed((node.text,), (True,), ctx.rule_lang)
            own = m.Words(label, tuple(keys), None, tuple(prefixes), ctx.fields)
        else:
            exact = tuple(tok.text for tok in analysed.tokens) if node.exact else None
            own = m.Words(label, tuple(tok.keys for tok in analysed.tokens), exact, None, ctx.fields)
        if node.exact or not ctx.expand or self.book is None:
            return own
        if wildcard:  # a stem stands for the concept it is a member of, or starts without ambiguity
            concepts = self.book.find_stem(node.text, ctx.rule_lang).concepts
        else:
            concepts = self.book.find(node.text, ctx.rule_lang)
        alternatives = [
            found for concept in concepts if (found := self.concept(concept, label, ctx)) is not None
        ]
        return m.AnyOf((own, *alternatives)) if alternatives else own

    def concept(self, concept: Concept, label: str, ctx: _Context) -> m.Matcher | None:
        """The concept's members in the article's language, as alternatives (None if it has none)."""
        key = (concept.name, label, ctx.article_lang, ctx.fields)
        if key not in self._members:
            assert self.book is not None
            found = [
                self.member(member, label, ctx) for member in self.book.members(concept, ctx.article_lang)
            ]
            usable = tuple(f for f in found if f is not None)
            self._members[key] = m.AnyOf(usable) if usable else None
        return self._members[key]

    def member(self, member: Member, label: str, ctx: _Context) -> m.Words | None:
        """One member, analysed in the article's language; None when it has no words."""
        keys, exact, prefixes = self.stemmed(member.words, member.prefixes, ctx.article_lang)
        if not keys:
            return None
        has_prefix = any(p is not None for p in prefixes)
        return m.Words(
            label,
            tuple(keys),
            tuple(exact) if member.exact else None,
            tuple(prefixes) if has_prefix else None,
            ctx.fields,
        )

    def stemmed(
        self, words: tuple[str, ...], stems: tuple[bool, ...], language: str
    ) -> tuple[list[tuple[str, ...]], list[str], list[str | None]]:
        """Match keys, exact texts and prefixes of words of which some are stems (`word*`).

        Plain words are analysed together, so the tokeniser sees `EE. UU.` as it does
        in articles. A stem is one prefix, except that a hyphenated stem is split as the
        tokeniser splits it: `военно-морск*` is the word `военно`, then the prefix
        `морск` (a truncated word such as `5g*` may tokenise unlike the whole word
        `5GHz`, so only hyphens split).
        """
        keys: list[tuple[str, ...]] = []
        exact: list[str] = []
        prefixes: list[str | None] = []
        plain: list[str] = []
        for word, is_stem in [*zip(words, stems, strict=True), ("", True)]:
            if not is_stem:
                plain.append(word)
                continue
            split = "-" in word.rstrip("-")
            text = " ".join([*plain, word] if split else plain)
            plain.clear()
            tokens = self.analyzer.analyse(text, language).tokens
            for n, tok in enumerate(tokens, start=1):
                stem = split and n == len(tokens)
                keys.append(() if stem else tok.keys)
                exact.append(tok.text)
                prefixes.append(self.analyzer.fold(tok.text, language) if stem else None)
            if word and not split:
                keys.append(())
                exact.append(word)
                prefixes.append(self.analyzer.fold(word, language))
        return keys, exact, prefixes
