"""Lint watch rules: find what would make a rule silently useless or noisy.

Pure: takes rule names, queries and building blocks, returns findings. Errors
(a rule that cannot work as written) stop the config from loading; warnings are
shown by `monitor check` and `monitor rules check`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from monitor.analysis import stem_letters
from monitor.analysis.languages import normalise_language
from monitor.errors import QuerySyntaxError
from monitor.rules.ast import (
    ENTITY_FIELDS,
    MIN_WILDCARD_PREFIX,
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
    walk,
)
from monitor.rules.parser import parse

if TYPE_CHECKING:
    from monitor.concepts import ConceptBook


@dataclass(frozen=True)
class Finding:
    severity: str  # "error" or "warning"
    subject: str  # "rule NAME" or "block @NAME"
    message: str
    query: str
    position: int | None = None
    ref: object = None  # the caller's handle on the rule or block (e.g. its config path)

    def __str__(self) -> str:
        text = f"{self.severity}: {self.subject}: {self.message}"
        if self.position is not None:
            text += "\n" + QuerySyntaxError(self.message, self.query, self.position).context()
        return text


@dataclass(frozen=True)
class LintRule:
    """What the linter needs of a rule; `scope` tells apart rules that watch different feeds."""

    name: str
    query: str
    scope: tuple[object, ...] = ()
    ref: object = None
    language: str = "en"  # the language the query is written in
    expand: bool = True  # whether its terms expand to concepts (expand_concepts)


# Parsed building blocks by name; None for a block that does not parse (reported on itself).
Blocks = Mapping[str, Node | None]


def lint(
    rules: Sequence[LintRule],
    blocks: Mapping[str, str],
    concepts: Collection[str] = (),
    *,
    entities: bool = True,
) -> list[Finding]:
    """Findings for every block and rule; `@name` may name a block or one of `concepts`.

    `entities`: whether a trained pipeline fills person:, org: and place: (`models:`).
    """
    trees = {name: _parsed(query) for name, query in blocks.items()}
    parsed = {name: None if isinstance(tree, QuerySyntaxError) else tree for name, tree in trees.items()}
    findings: list[Finding] = []
    for name, query in blocks.items():
        found = _lint_query(f"block @{name}", query, trees[name], parsed, concepts, is_block=True)
        findings += [replace(f, ref=("blocks", name)) for f in found]
    canonical: list[str | None] = []
    for rule in rules:
        tree = _parsed(rule.query)
        subject = f"rule {rule.name}"
        found = _lint_query(subject, rule.query, tree, parsed, concepts, is_block=False)
        if isinstance(tree, QuerySyntaxError):
            canonical.append(None)
        else:
            canonical.append(to_query(tree))
            if not entities:
                found += _entity_warnings(subject, rule.query, tree)
        findings += [replace(f, ref=rule.ref) for f in found]
    return findings + _duplicates(rules, canonical)


def wildcard_findings(
    rules: Sequence[LintRule], blocks: Mapping[str, str], book: ConceptBook, block_language: str = "en"
) -> list[Finding]:
    """Warnings for wildcards that do not reach other languages.

    A plain word that is a concept member or place finds the concept's members in
    every language; a wildcard does too when its stem is a member or starts members of
    one concept only (`ConceptBook.find_stem`). Where it does not, it finds only words
    of the rule's own language, which its author should know. Needs the concept book,
    so it runs where rules are compiled (`monitor check`, `monitor rules check`).
    """
    queries: list[tuple[str, str, object, str]] = [
        (f"block @{name}", query, ("blocks", name), block_language) for name, query in blocks.items()
    ]
    queries += [(f"rule {r.name}", r.query, r.ref, r.language) for r in rules if r.expand]
    findings = []
    for subject, query, ref, language in queries:
        tree = _parsed(query)
        if isinstance(tree, QuerySyntaxError):
            continue  # reported by lint()
        for node in _word_leaves(tree):
            if (
                not (isinstance(node, Term) and node.wildcard)
                or stem_letters(node.text) < MIN_WILDCARD_PREFIX
            ):
                continue
            found = book.find_stem(node.text, language)
            if found.concepts:
                continue
            start = (
                f"{node.text}* finds only {language} words starting with {node.text!r}, not other languages: "
            )
            if not found.starts:
                why = "no concept member or place starts with it (see monitor/data/)"
            elif len(found.starts) > 1:
                names = ", ".join(f"@{name}" for name in found.starts)
                why = f"it starts members of several concepts ({names}); write the one you mean"
            else:
                why = (
                    f"it is too short a part of the members of @{found.starts[0]} it starts; write more of it"
                )
            findings.append(Finding("warning", subject, start + why, query, node.pos, ref))
    return findings


def _word_leaves(node: Node) -> Iterator[Node]:
    """The leaves matched against words: not those under site:, lang: or tag:."""
    match node:
        case Scope(name, child):
            if name not in VALUE_FIELDS:
                yield from _word_leaves(child)
        case Not(child):
            yield from _word_leaves(child)
        case And(children) | Or(children):
            for child in children:
                yield from _word_leaves(child)
        case Near(left, right):
            yield from _word_leaves(left)
            yield from _word_leaves(right)
        case _:
            yield node


def _parsed(query: str) -> Node | QuerySyntaxError:
    try:
        return parse(query)
    except QuerySyntaxError as exc:
        return exc


def _entity_warnings(subject: str, query: str, tree: Node) -> list[Finding]:
    return [
        Finding(
            "warning",
            subject,
            f"{node.name}: holds named entities only where a trained spaCy pipeline is configured "
            "under models:; without one it never matches",
            query,
            node.pos,
        )
        for node in walk(tree)
        if isinstance(node, Scope) and node.name in ENTITY_FIELDS
    ]


def _lint_query(
    subject: str,
    query: str,
    tree: Node | QuerySyntaxError,
    blocks: Blocks,
    concepts: Collection[str],
    *,
    is_block: bool,
) -> list[Finding]:
    if isinstance(tree, QuerySyntaxError):
        return [Finding("error", subject, tree.message, query, tree.position)]
    found: list[Finding] = []
    reported: set[int | None] = set()  # positions already reported: one finding per problem
    for node in walk(tree):
        if isinstance(node, Scope) and node.name in VALUE_FIELDS:
            value_problems = _value_problems(subject, query, node)
            found += value_problems
            reported.update(f.position for f in value_problems)
        if isinstance(node, Scope) and node.name == "lang":
            found += [
                Finding(
                    "error",
                    subject,
                    f"lang: takes a language code such as de or pt-BR, not {leaf.text!r}",
                    query,
                    leaf.pos,
                )
                for leaf in walk(node.child)
                if isinstance(leaf, Term | Phrase) and normalise_language(leaf.text) is None
            ]
        if isinstance(node, Ref):
            problem = (
                None
                if node.name in concepts and node.name not in blocks
                else _ref_problem(node.name, blocks, ())
            )
            if problem:
                found.append(Finding("error", subject, problem, query, node.pos))
        elif (
            isinstance(node, Term)
            and node.wildcard
            and stem_letters(node.text) < MIN_WILDCARD_PREFIX
            and node.pos not in reported
        ):
            message = (
                f"wildcard {node.text}* has too short a prefix: it would match a huge number of words; "
                f"give at least {MIN_WILDCARD_PREFIX} letters"
            )
            found.append(Finding("error", subject, message, query, node.pos))
        elif isinstance(node, Near) and not (_positive(node.left, blocks) and _positive(node.right, blocks)):
            found.append(
                Finding("error", subject, "NEAR needs words on both sides, not NOT", query, node.pos)
            )
    if found or is_block:
        return found
    if not _positive(tree, blocks):
        message = (
            "the rule can match an article without any of its words (NOT-only): "
            "it would alert on nearly everything; add a term it must contain"
        )
        return [Finding("error", subject, message, query, 0)]
    if not _indexable(tree, blocks):
        message = "no word to index: the rule is evaluated on every article (slower with many rules)"
        return [Finding("warning", subject, message, query)]
    return []


def _value_problems(subject: str, query: str, scope: Scope) -> list[Finding]:
    """site:, lang: and tag: compare whole values: no regular expressions; wildcards only for tags."""
    found = []
    for leaf in walk(scope.child):
        if isinstance(leaf, Regex):
            message = f"{scope.name}: takes a word, not a regular expression"
        elif isinstance(leaf, Term) and leaf.wildcard and scope.name != "tag":
            message = f"{scope.name}: takes a whole value, not a wildcard" + (
                " (site:bbc.co.uk already covers its subdomains)" if scope.name == "site" else ""
            )
        else:
            continue
        found.append(Finding("error", subject, message, query, leaf.pos))
    return found


def _ref_problem(name: str, blocks: Blocks, seen: tuple[str, ...]) -> str | None:
    """Why @name cannot be expanded (unknown, or refers back to itself), or None."""
    if name in seen:
        return "building block refers to itself: " + " -> ".join(f"@{n}" for n in (*seen, name))
    if name not in blocks:
        known = ", ".join(f"@{n}" for n in sorted(blocks)) or "no blocks are defined"
        return f"unknown building block or concept '@{name}' (blocks: {known})"
    tree = blocks[name]
    for node in walk(tree) if tree is not None else ():
        if isinstance(node, Ref):
            problem = _ref_problem(node.name, blocks, (*seen, name))
            if problem:
                return problem
    return None


def _positive(node: Node, blocks: Blocks, depth: int = 0) -> bool:
    """True when every way of matching needs something present in the article."""
    match node:
        case Term() | Phrase() | Regex():
            return True
        case Scope(_, child):
            return _positive(child, blocks, depth)
        case Not():
            return False
        case And(children):
            return any(_positive(c, blocks, depth) for c in children)
        case Or(children):
            return all(_positive(c, blocks, depth) for c in children)
        case Near():
            return True
        case Ref(name):
            tree = blocks.get(name) if depth < 20 else None
            return tree is None or _positive(tree, blocks, depth + 1)
    return True


def _indexable(node: Node, blocks: Blocks, field: str = "", depth: int = 0) -> bool:
    """True when the presearch index can file the rule under some word (mirrors `required`)."""
    match node:
        case Term() | Phrase():
            return field not in VALUE_FIELDS
        case Regex() | Not():
            return False
        case Scope(name, child):
            return _indexable(child, blocks, name, depth)
        case And(children):
            return any(_indexable(c, blocks, field, depth) for c in children)
        case Or(children):
            return all(_indexable(c, blocks, field, depth) for c in children)
        case Near(left, right):
            return _indexable(left, blocks, field, depth) or _indexable(right, blocks, field, depth)
        case Ref(name):
            tree = blocks.get(name) if depth < 20 else None
            return tree is not None and _indexable(tree, blocks, field, depth + 1)
    return False


def _duplicates(rules: Sequence[LintRule], queries: Sequence[str | None]) -> list[Finding]:
    """Rules with the same canonical query (`queries`: None where a rule does not parse)."""
    findings = []
    first_with_query: dict[str, str] = {}
    first_with_scope: dict[tuple[object, ...], str] = {}
    for rule, canonical in zip(rules, queries, strict=True):
        if canonical is None:
            continue
        same_scope = first_with_scope.get((canonical, *rule.scope, rule.expand))
        if same_scope is not None:
            message = (
                f"duplicate of rule {same_scope}: same query, feeds and targets, so every match alerts twice"
            )
            findings.append(Finding("error", f"rule {rule.name}", message, rule.query, ref=rule.ref))
        elif canonical in first_with_query:
            message = (
                f"same query as rule {first_with_query[canonical]} (different feeds, targets or settings)"
            )
            findings.append(Finding("warning", f"rule {rule.name}", message, rule.query, ref=rule.ref))
        first_with_query.setdefault(canonical, rule.name)
        first_with_scope.setdefault((canonical, *rule.scope, rule.expand), rule.name)
    return findings
