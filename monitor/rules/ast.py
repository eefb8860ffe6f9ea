"""The watch-rule syntax tree, and printing it back as canonical query text.

Nodes are frozen dataclasses; `pos` (the 0-based offset in the query) is kept for
error messages and explanations but left out of equality, so a tree printed and
parsed again compares equal to the original.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from monitor.analysis import MIN_STEM_LETTERS
from monitor.analysis.entities import ENTITY_FIELDS

DEFAULT_NEAR = 10
MIN_WILDCARD_PREFIX = MIN_STEM_LETTERS

# Fields matched word by word (analysed text).
TEXT_FIELDS = ("title", "summary", "content")
# person:, org: and place: (ENTITY_FIELDS) hold named entities where a trained pipeline is configured.
WORD_FIELDS = (*TEXT_FIELDS, "author", "feed", *ENTITY_FIELDS)
# Fields compared as whole values against article metadata.
VALUE_FIELDS = ("site", "lang", "tag")
FIELDS = (*WORD_FIELDS, *VALUE_FIELDS)


@dataclass(frozen=True)
class Term:
    """One word; `wildcard` means any word starting with `text`, `exact` means case-sensitive."""

    text: str
    wildcard: bool = False
    exact: bool = False
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Phrase:
    """Words that must stand next to each other, in this order."""

    text: str
    exact: bool = False
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Regex:
    """A regular expression run on the raw field text by a linear-time engine (RE2)."""

    pattern: str
    flags: str = ""
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Ref:
    """`@name`: a named building block from the config, expanded at compile time."""

    name: str
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Scope:
    """`field:child`: the child is matched only in that field."""

    name: str
    child: Node
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Not:
    child: Node
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Near:
    """Both sides within `distance` words of each other, in either order, in the same field."""

    left: Node
    right: Node
    distance: int = DEFAULT_NEAR
    pos: int = field(default=0, compare=False)


Node = Term | Phrase | Regex | Ref | Scope | Not | And | Or | Near
LEAVES = (Term, Phrase, Regex, Ref)


def to_query(node: Node) -> str:
    """Canonical query text for a tree; parsing it gives the same tree back."""
    match node:
        case Term(text, wildcard, exact):
            return f"{'=' if exact else ''}{text}{'*' if wildcard else ''}"
        case Phrase(text, exact):
            escaped = text.replace("\\", "\\\\").replace('"', '\\"')
            return f'{"=" if exact else ""}"{escaped}"'
        case Regex(pattern, flags):
            return f"/{pattern}/{flags}"
        case Ref(name):
            return f"@{name}"
        case Scope(name, child):
            return f"{name}:{_operand(child)}"
        case Not(child):
            return f"NOT {_operand(child)}"
        case And(children):
            return " AND ".join(_operand(c) for c in children)
        case Or(children):
            return " OR ".join(_operand(c) for c in children)
        case Near(left, right, distance):
            return f"{_operand(left)} NEAR/{distance} {_operand(right)}"
    raise TypeError(f"not a query node: {node!r}")


def _operand(node: Node) -> str:
    text = to_query(node)
    return text if isinstance(node, (*LEAVES, Scope, Not)) else f"({text})"


def walk(node: Node) -> Iterator[Node]:
    """Every node of the tree, parents before children."""
    yield node
    match node:
        case Scope(_, child) | Not(child):
            yield from walk(child)
        case And(children) | Or(children):
            for c in children:
                yield from walk(c)
        case Near(left, right):
            yield from walk(left)
            yield from walk(right)
