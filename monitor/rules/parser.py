"""Query text -> syntax tree, with the position of every problem.

Grammar (keywords in any case; adjacent operands mean AND):

    query   := or EOF
    or      := and ( OR and )*
    and     := near ( [AND] near )*
    near    := unary ( NEAR[/n] unary )*
    unary   := ( NOT | "-" ) unary | field ":" unary | primary
    primary := "(" or ")" | word | word* | "phrase" | =word | ="phrase" | /regex/flags | @name
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Any

from monitor.errors import QuerySyntaxError
from monitor.rules.ast import (
    DEFAULT_NEAR,
    FIELDS,
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
)

_SPECIAL = '()"'
_FIELD_RE = re.compile(r"[A-Za-z]+")
_NAME_RE = re.compile(r"[\w.-]+")
_NEAR_RE = re.compile(r"near(?:/(\d+))?", re.IGNORECASE)
_KEYWORDS = {"AND", "OR", "NOT"}
_REGEX_FLAGS = set("i")

# Words that look like operators but would silently be searched for as words (and never match).
_OPERATOR_SLASH = re.compile(r"(and|or|not|near)/(.*)", re.IGNORECASE)
_NEAR_GLUED = re.compile(r"near(\d+)", re.IGNORECASE)
# Proximity operators of other search languages (LexisNexis W/5, PRE/3; Dialog ADJ/2; ...).
_OTHER_PROXIMITY = re.compile(r"(w|n|pre|adj|within|p|s)/(\d+)", re.IGNORECASE)
_TYPOGRAPHIC_QUOTES = "\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a"  # curly, low-9 and angle quotes
_SINGLE_QUOTES = "'\u2018"  # a word starting with one: 'North Korea' meant as a phrase
_NOTHING = "nothing to search for in {word}: it has no letters or digits"
_NOT_OPERATORS = {"&&": "AND", "&": "AND", "||": "OR", "|": "OR"}


@dataclass(frozen=True)
class Tok:
    kind: str  # ( ) AND OR NOT NEAR - FIELD WORD PHRASE REGEX REF EOF
    pos: int
    value: str = ""
    flag: str = ""  # WORD: "*" wildcard; WORD/PHRASE: "=" exact; REGEX: its flags
    number: int = 0  # NEAR: the distance


def parse(query: str) -> Node:
    """Parse a query; raises QuerySyntaxError pointing at the first problem."""
    return _Parser(query).parse()


class _Lexer:
    def __init__(self, text: str) -> None:
        self.text = text
        self.i = 0

    def error(self, message: str, pos: int) -> QuerySyntaxError:
        return QuerySyntaxError(message, self.text, pos)

    def tokens(self) -> list[Tok]:
        out: list[Tok] = []
        text = self.text
        while True:
            while self.i < len(text) and text[self.i].isspace():
                self.i += 1
            if self.i >= len(text):
                out.append(Tok("EOF", len(text)))
                return out
            out.append(self._next())

    def _next(self) -> Tok:
        text, start = self.text, self.i
        ch = text[start]
        if ch in "()":
            self.i += 1
            return Tok(ch, start)
        if ch == '"':
            return self._phrase(start, exact=False)
        if ch == "/":
            return self._regex(start)
        if ch == "@":
            return self._ref(start)
        if ch == "=":
            return self._exact(start)
        # "-x" is NOT x; a lone "-" (before a space, ')' or the end) is a word.
        if ch == "-" and start + 1 < len(text) and not text[start + 1].isspace() and text[start + 1] != ")":
            self.i += 1
            return Tok("-", start)
        return self._word(start)

    def _until_special(self, start: int) -> int:
        end = start
        while end < len(self.text) and not self.text[end].isspace() and self.text[end] not in _SPECIAL:
            end += 1
        return end

    def _phrase(self, start: int, exact: bool) -> Tok:
        text, i, chars = self.text, start + 1, []
        if start > 0 and text[start - 1].isalnum():
            raise self.error(
                "a '\"' right after a word: put a space before a phrase's opening quote, "
                "or add the quote this one was meant to close",
                start,
            )
        while i < len(text) and text[i] != '"':
            if text[i] == "\\" and i + 1 < len(text):
                i += 1
            chars.append(text[i])
            i += 1
        if i >= len(text):
            raise self.error("unterminated phrase: add the closing '\"'", start)
        if i + 1 < len(text) and text[i + 1].isalnum():
            raise self.error("a phrase's closing '\"' right before a word: put a space after it", i)
        self.i = i + 1
        value = "".join(chars)
        if not value.strip():
            raise self.error("empty phrase", start)
        if not _has_text(value):
            raise self.error(f'nothing to search for in "{value}": it has no letters or digits', start)
        return Tok("PHRASE", start, value, "=" if exact else "")

    def _regex(self, start: int) -> Tok:
        text, i = self.text, start + 1
        while i < len(text) and text[i] != "/":
            i += 2 if text[i] == "\\" else 1
        if i >= len(text):
            raise self.error("unterminated regular expression: add the closing '/'", start)
        pattern = text[start + 1 : i]
        j = i + 1
        while j < len(text) and text[j].isalpha():
            if text[j] not in _REGEX_FLAGS:
                raise self.error(f"unknown regular expression flag {text[j]!r} (only 'i')", j)
            j += 1
        self.i = j
        if not pattern:
            raise self.error("empty regular expression", start)
        _check_regex(pattern, self.text, start)
        return Tok("REGEX", start, pattern, "".join(sorted(set(text[i + 1 : j]))))

    def _ref(self, start: int) -> Tok:
        m = _NAME_RE.match(self.text, start + 1)
        if not m:
            raise self.error("'@' must be followed by the name of a building block", start)
        self.i = m.end()
        return Tok("REF", start, m.group())

    def _exact(self, start: int) -> Tok:
        if start + 1 < len(self.text) and self.text[start + 1] == '"':
            return replace(self._phrase(start + 1, exact=True), pos=start)
        end = self._until_special(start + 1)
        word = self.text[start + 1 : end]
        if not word:
            raise self.error("'=' must be followed by a word or a \"phrase\"", start)
        if "*" in word:
            raise self.error("an exact word cannot have a wildcard", start)
        if word.startswith("="):
            raise self.error("one '=' makes a word exact, as in =US", start + 1)
        problem = _malformed(word) if _has_text(word) else (_NOTHING.format(word=repr(word)), 0)
        if problem:
            raise self.error(problem[0], start + 1 + problem[1])
        self.i = end
        return Tok("WORD", start, word, "=")

    def _word(self, start: int) -> Tok:
        end = self._until_special(start)
        word = self.text[start:end]
        colon = word.find(":")
        if colon > 0 and _FIELD_RE.fullmatch(word[:colon]):
            name = word[:colon].lower()
            if name not in FIELDS:
                raise self.error(f"unknown field {word[:colon]!r}; fields are: {', '.join(FIELDS)}", start)
            self.i = start + colon + 1
            return Tok("FIELD", start, name)
        self.i = end
        upper = word.upper()
        if upper in _KEYWORDS:
            return Tok(upper, start)
        near = _NEAR_RE.fullmatch(word)
        if near:
            digits = (near.group(1) or str(DEFAULT_NEAR)).lstrip("0") or "0"
            if len(digits) > 9:  # int() refuses more than 4300 digits
                raise self.error("NEAR distance is too large", start)
            distance = int(digits)
            if distance < 1:
                raise self.error("NEAR needs a distance of at least 1 word", start)
            return Tok("NEAR", start, number=distance)
        if word == "*":
            raise self.error("a lone '*': a wildcard ends the word it extends, as in troop*", start)
        if "*" in word[:-1]:
            raise self.error("a wildcard '*' may only end a word", start + word.index("*"))
        problem = _malformed(word.removesuffix("*"))
        if problem:
            raise self.error(problem[0], start + problem[1])
        if word.endswith("*"):
            return Tok("WORD", start, word[:-1], "*")
        return Tok("WORD", start, word)


def _malformed(word: str) -> tuple[str, int] | None:
    """Why a word looks like an operator or quote gone wrong, and where; None for a plain word.

    Each of these would otherwise be searched for as a word and never match.
    """
    op = _OPERATOR_SLASH.fullmatch(word)
    if op:
        keyword, rest = op.group(1).upper(), op.group(2)
        if keyword == "NEAR":
            return f"NEAR/ needs a whole number of words after the '/', as in NEAR/5, not {word!r}", 0
        if rest.isdigit():
            return f"{keyword} takes no distance; for words within {rest} of each other write NEAR/{rest}", 0
        return f"{word!r} is not an operator: write AND or OR (quote it to search for the text)", 0
    glued = _NEAR_GLUED.fullmatch(word)
    if glued:
        return f"did you mean NEAR/{glued.group(1)}? A distance follows a '/'", 0
    other = _OTHER_PROXIMITY.fullmatch(word)
    if other:
        n = other.group(2)
        return (
            f"{word!r} is not an operator here: for words within {n} of each other write NEAR/{n}",
            0,
        )
    if word in _NOT_OPERATORS:
        return f"{word!r} is not an operator: write {_NOT_OPERATORS[word]}", 0
    if word.startswith("!"):
        return "'!' is not an operator: write NOT word or -word to exclude a word", 0
    if word == "-":
        return "a lone '-': it excludes the term right after it, without a space, as in -sport", 0
    if word.startswith("+") and len(word) > 1:
        return (
            f"'+' is not an operator here: every term is required already, so write {word[1:]} "
            f'(or quote "{word}" to search for the text)',
            0,
        )
    if "|" in word.strip("|"):  # `&` stays: AT&T, H&M and S&P are names
        i = word.index("|")
        return f"'|' inside a word is not an operator: write {word[:i]} OR {word[i + 1 :]}", i
    for i, char in enumerate(word):
        if char in "~^":
            return (
                f"'{char}' is not an operator here (fuzzy matching and boosts are not supported): "
                "use a wildcard (troop*) or NEAR/n",
                i,
            )
        if char in _TYPOGRAPHIC_QUOTES:
            return f'a typographic quote {char!r}: a phrase is written in straight double quotes "..."', i
    if word[0] in _SINGLE_QUOTES:
        return 'single quotes do not make a phrase: write it in double quotes, "North Korea"', 0
    if not _has_text(word):
        return _NOTHING.format(word=repr(word)), 0
    return None


def _has_text(text: str) -> bool:
    """Letters, digits or symbols such as emoji: something a word can match (punctuation is skipped)."""
    return any(unicodedata.category(char)[0] in "LN" or unicodedata.category(char) == "So" for char in text)


def compile_regex(pattern: str, flags: str = "") -> Any:
    """Compile with RE2, whose matching time is linear whatever the pattern."""
    import re2

    options = re2.Options()
    options.log_errors = False
    options.case_sensitive = "i" not in flags
    return re2.compile(pattern, options)


def _check_regex(pattern: str, query: str, pos: int) -> None:
    import re2

    try:
        compile_regex(pattern)
    except UnicodeEncodeError as exc:  # a lone surrogate: RE2 takes UTF-8
        raise QuerySyntaxError(f"invalid regular expression: {exc.reason}", query, pos) from None
    except re2.error as exc:
        reason = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else exc
        raise QuerySyntaxError(f"invalid regular expression: {reason}", query, pos) from None


_OPERAND_START = {"(", "-", "NOT", "FIELD", "WORD", "PHRASE", "REGEX", "REF"}


class _Parser:
    def __init__(self, query: str) -> None:
        self.query = query
        self.toks = _Lexer(query).tokens()
        self.k = 0

    @property
    def tok(self) -> Tok:
        return self.toks[self.k]

    def error(self, message: str, pos: int | None = None) -> QuerySyntaxError:
        return QuerySyntaxError(message, self.query, self.tok.pos if pos is None else pos)

    def parse(self) -> Node:
        if self.tok.kind == "EOF":
            raise self.error("the query is empty")
        node = self._or()
        if self.tok.kind == ")":
            raise self.error("unbalanced ')': there is no '(' to close")
        if self.tok.kind != "EOF":
            raise self.error(f"unexpected {self._describe(self.tok)}")
        return node

    def _or(self) -> Node:
        start = self.tok.pos
        children = [self._and()]
        while self.tok.kind == "OR":
            self._advance_operator()
            children.append(self._and())
        return children[0] if len(children) == 1 else Or(tuple(children), start)

    def _and(self) -> Node:
        start = self.tok.pos
        children = [self._near()]
        while self.tok.kind == "AND" or self.tok.kind in _OPERAND_START:
            if self.tok.kind == "AND":
                self._advance_operator()
            children.append(self._near())
        return children[0] if len(children) == 1 else And(tuple(children), start)

    def _near(self) -> Node:
        start = self.tok.pos
        node = self._unary()
        while self.tok.kind == "NEAR":
            distance = self.tok.number
            self._advance_operator()
            node = Near(node, self._unary(), distance, start)
        return node

    def _advance_operator(self) -> None:
        op = self.tok
        self.k += 1
        if self.tok.kind not in _OPERAND_START:
            raise self.error(f"{op.kind} needs a term after it, found {self._describe(self.tok)}", op.pos)

    def _unary(self) -> Node:
        tok = self.tok
        if tok.kind in ("NOT", "-"):
            self._advance_operator()
            return Not(self._unary(), tok.pos)
        if tok.kind == "FIELD":
            self.k += 1
            if self.tok.kind not in _OPERAND_START or self.tok.pos != tok.pos + len(tok.value) + 1:
                raise self.error(f"'{tok.value}:' must be followed directly by a term", tok.pos)
            return Scope(tok.value, self._unary(), tok.pos)
        return self._primary()

    def _primary(self) -> Node:
        tok = self.tok
        self.k += 1
        match tok.kind:
            case "WORD":
                return Term(tok.value, wildcard=tok.flag == "*", exact=tok.flag == "=", pos=tok.pos)
            case "PHRASE":
                return Phrase(tok.value, exact=tok.flag == "=", pos=tok.pos)
            case "REGEX":
                return Regex(tok.value, tok.flag, tok.pos)
            case "REF":
                return Ref(tok.value, tok.pos)
            case "(":
                if self.tok.kind == ")":
                    raise self.error("empty parentheses", tok.pos)
                node = self._or()
                if self.tok.kind != ")":
                    raise self.error("missing ')' to close this '('", tok.pos)
                self.k += 1
                return node
        self.k -= 1
        if tok.kind in ("AND", "OR", "NEAR"):
            raise self.error(f"{tok.kind} needs a term before it")
        if tok.kind == ")":
            raise self.error("unbalanced ')': there is no '(' to close")
        raise self.error(f"expected a term, found {self._describe(tok)}")

    @staticmethod
    def _describe(tok: Tok) -> str:
        if tok.kind == "EOF":
            return "the end of the query"
        if tok.kind in ("WORD", "PHRASE"):
            return f"{tok.value!r}"
        return f"'{tok.kind}'" if len(tok.kind) == 1 else tok.kind
