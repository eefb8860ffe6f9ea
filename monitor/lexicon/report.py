"""What the lexicon will do with a rule's terms, in words a person checks: `rules check`, `rules expand`.

Pure over a `Lexicon`: for each term of a query, how it was read (word, name, acronym and
why), and for each language the user monitors, the variants it will be matched by with
their evidence, whether its own spelling is used there (and, if not, the look-alike that
keeps it out), or that it has nothing there: never a silent gap.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from monitor.analysis.support import OTHER_SCRIPTS
from monitor.lexicon import Evidence, Variant
from monitor.lexicon.guard import LOOKALIKE_ZIPF, NameContext, OpeningWord
from monitor.lexicon.lexicon import Expanded, Expansion, Lexicon
from monitor.lexicon.terms import (
    CAPITALISED_NOUNS,
    COMMON_ZIPF,
    NAME_LINKS,
    NAME_PARTICLES,
    Kind,
    TermClass,
    is_capitalised,
)
from monitor.rules.ast import TEXT_FIELDS, Phrase, Ref, Scope, Term, to_query, walk
from monitor.rules.parser import parse

EVIDENCE_WORDS = {
    Evidence.CURATED: "curated",
    Evidence.AGREE: "agree",
    Evidence.SOURCE: "one source",
    Evidence.TRANSCRIBED: "transcribed",
    Evidence.RANKED: "ranked",
}
SHOWN = 4  # variants listed per language in `rules check` (`rules expand` lists all)


@cache
def language_name(code: str) -> str:
    """`de` -> `German` (CLDR names through Babel), else the code."""
    from babel import Locale

    try:
        return str(Locale("en").languages.get(code, code))
    except Exception:  # an odd code: show it as it is
        return code


@dataclass(frozen=True)
class TermReport:
    term: str
    kind: str  # "word (a word of the concept pack)"
    languages: tuple[tuple[str, Expanded], ...]
    # per language, a name's one-word spellings that are also common words there, and how they are told
    contexts: tuple[tuple[str, tuple[NameContext, ...]], ...] = ()
    sense: str = ""  # for a word the dictionaries give several senses: the one taken, and what chose it
    # per language, how a one-word name that is also a common word there is told from it opening a sentence
    openings: tuple[tuple[str, str], ...] = ()
    surname: str = ""  # for a person's full name: how the surname alone is found, and how to ask for it

    def missing(self) -> list[str]:
        """Languages where nothing but possibly the term's own spelling will find it."""
        return [lang for lang, e in self.languages if not e.variants and not _own_reaches(lang, e)]


def _written_in(lexicon: Lexicon, term: str, language: str, expanded: Expanded) -> bool:
    """A word of `language` itself that the rule's author typed (`séisme` in an English rule):
    its own spelling finds it in articles of that language."""
    return expanded.literal.allowed and lexicon.frequencies.zipf(term, language) >= LOOKALIKE_ZIPF


def _own_reaches(language: str, expanded: Expanded) -> bool:
    """Whether the term's own spelling can stand for it there: a name or acronym in the same script does."""
    return expanded.kind.kind is not Kind.WORD and language not in OTHER_SCRIPTS


def terms_of(query: str, blocks: Mapping[str, str]) -> list[Term | Phrase]:
    """The searched words and phrases of a query and the building blocks it uses, outside
    `lang:`/`site:`/`tag:` values, in order, once each."""
    found: dict[str, Term | Phrase] = {}
    pending, seen = [query], set()
    while pending:
        tree = parse(pending.pop(0))
        values: set[int] = set()
        for node in walk(tree):
            if isinstance(node, Scope) and node.name not in TEXT_FIELDS:
                values.update(id(n) for n in walk(node.child))
            elif isinstance(node, Ref) and node.name in blocks and node.name not in seen:
                seen.add(node.name)
                pending.append(blocks[node.name])
        for node in walk(tree):
            if isinstance(node, Term | Phrase) and id(node) not in values:
                found.setdefault(node.text, node)
    return list(found.values())


def report_term(
    lexicon: Lexicon,
    node: Term | Phrase,
    rule_language: str,
    languages: Iterable[str],
    *,
    level: Expansion = Expansion.NORMAL,
    override: Kind | None = None,
    context: tuple[str, ...] = (),
) -> TermReport:
    wildcard = isinstance(node, Term) and node.wildcard
    expanded = [
        (
            lang,
            lexicon.expand(
                node.text,
                rule_language,
                lang,
                exact=node.exact,
                wildcard=wildcard,
                override=override,
                context=context,
                level=level,
            ),
        )
        for lang in languages
        if lang != rule_language
    ]
    kind = (
        expanded[0][1].kind
        if expanded
        else lexicon.classify(node.text, rule_language, exact=node.exact, override=override)
    )
    contexts = tuple((lang, _contexts(lexicon, node.text, rule_language, lang, e)) for lang, e in expanded)
    sense = "" if wildcard else _sense(lexicon, node.text, rule_language, expanded, context)
    openings = tuple((lang, o) for lang, e in expanded if (o := _opening(lexicon, node.text, lang, e)))
    said = f"{kind.kind.value}: {kind.reason}"
    surname = _surname_alone(lexicon, node, kind, rule_language, context)
    return TermReport(to_query(node), said, tuple(expanded), contexts, sense, openings, surname)


def _surname_alone(
    lexicon: Lexicon, node: Term | Phrase, kind: TermClass, rule_language: str, context: tuple[str, ...]
) -> str:
    """For a capitalised name of several words whose last is no common word (`"Giorgia Meloni"`, not
    `"Deutsche Bank"` nor a name family name first, `"Xi Jinping"`), and whose rule does not also search
    that word: the press names a person by the surname alone after the first mention (*la premier
    Meloni*), which the rule finds only after a title in Chinese and Japanese (`compile.surname_alone`);
    the user learns this and the rule that finds the rest."""
    from monitor.lexicon.names import east_asian

    words = node.text.split()
    if not isinstance(node, Phrase) or kind.kind is not Kind.NAME or kind.translated or len(words) < 2:
        return ""
    # with its particles (Ursula von der Leyen: von der Leyen)
    first = next((i for i, w in enumerate(words[1:], 1) if w in NAME_PARTICLES), len(words) - 1)
    surname = " ".join(words[first:])
    last = words[-1]
    if surname in context or NAME_LINKS & set(words) or east_asian(node.text):
        return ""
    if not is_capitalised(last) or lexicon.frequencies.zipf(last.lower(), rule_language) >= COMMON_ZIPF:
        return ""
    surname = f'"{surname}"' if " " in surname else surname
    return (
        f"several words: a person's surname alone ({surname}), as the press writes a later mention, is "
        f"found only after a title in Chinese and Japanese; for a person, `{to_query(node)} OR {surname}` "
        "finds it in every language"
    )


def _sense(
    lexicon: Lexicon,
    term: str,
    rule_language: str,
    expanded: list[tuple[str, Expanded]],
    context: tuple[str, ...],
) -> str:
    """Which of a word's senses its dictionary equivalents are of, where the dictionaries give several
    (`strike`: the work stoppage or the blow), and whether the rule's other words chose it or, with
    none that points to a sense, the dictionaries' best attested one did: then the user learns
    which sense a one-word rule is searching for, and how to ask for another."""
    if lexicon.words is None:
        return ""
    chosen = [
        lexicon.words.sense(term, rule_language, lang, context)
        for lang, e in expanded
        if e.kind.kind is Kind.WORD and not e.concepts and e.variants
    ]
    several = [s for s in chosen if s.chosen() and len(s.chosen()) < len(s.senses)]
    if not several:
        return ""
    taken = Counter(s.chosen()[0] for s in several).most_common(1)[0][0]
    senses = max(len(s.senses) for s in several)
    said = f"sense: '{taken}', of {senses} the dictionaries give"
    if {s.decided_by for s in several} <= {"context", "ranker"}:
        return f"{said}, chosen by the rule's other words"
    others = "the rule's other words point to none" if set(context) - {term} else "the rule has no other word"
    return f"{said}, the best attested ({others}); for another sense add one of its words (`{term} AND ...`)"


def _contexts(
    lexicon: Lexicon, term: str, rule_language: str, language: str, expanded: Expanded
) -> tuple[NameContext, ...]:
    """A name's one-word spellings in `language` that are common words there too (`NameContext`),
    but for the term itself where the rule's language never uses it, unless it is only an inflected
    form there (as `compile.name_context`)."""
    if lexicon.names is None or expanded.kind.kind is not Kind.NAME:
        return ()
    foreign = lexicon.frequencies.knows(rule_language) and lexicon.frequencies.zipf(term, rule_language) == 0
    texts = dict.fromkeys([term, *(v.text for v in expanded.variants)])
    own = lexicon.analyzer.fold(term, language) if foreign else None
    found = (lexicon.names.context(t, language) for t in texts if " " not in t.strip())
    return tuple(dict.fromkeys(c for c in found if c is not None and (c.word != own or c.inflected)))


def _opening(lexicon: Lexicon, term: str, language: str, expanded: Expanded) -> str:
    """For a one-word name whose own spelling is also a common word of `language`, a language that
    writes its nouns in lower case (Italian *Meloni*, French *Boulanger*, Turkish *Özel*), how it is told
    from the word opening a sentence (`guard.OpeningWord`, as `compile.name_case` sets it), and so for
    its one-word Cyrillic spellings that are common nouns there (`_cyrillic_openings`); else ""."""
    text = term.strip('"')
    if expanded.kind.kind is not Kind.NAME:
        return ""
    cyrillic = _cyrillic_openings(expanded, language)
    if " " in text or language in CAPITALISED_NOUNS | OTHER_SCRIPTS:
        return cyrillic
    folded = lexicon.analyzer.fold(text, language)
    if not any(lexicon.analyzer.fold(v.text, language) == folded for v in expanded.variants):
        return cyrillic
    if lexicon.frequencies.zipf(text.lower(), language) < COMMON_ZIPF:
        return cyrillic
    from monitor.lexicon.names import word_senses
    from monitor.lexicon.words import preposition

    opening = OpeningWord(language, lexicon.frequencies.zipf, preposition)
    own = opening.describe(text, language_name(language), word_senses(text.lower(), language)[:3])
    return "; ".join(o for o in (own, cyrillic) if o)


def _cyrillic_openings(expanded: Expanded, language: str) -> str:
    """For a name's one-word Cyrillic spellings that are common nouns there (Mack: *Мак*; Sokol: *Сокол*),
    how they are told from the word opening a sentence (`guard.IntroducedOpening`, as
    `compile.name_case` sets it); else ""."""
    from monitor.lexicon.names import opening_word

    name = language_name(language)
    found = (opening_word(v.text, language) for v in expanded.variants)
    return "; ".join(o.describe(name) for o in found if o is not None)


def _variants(found: Iterable[Variant], limit: int | None) -> str:
    by_evidence: dict[Evidence, list[str]] = {}
    for v in found:
        by_evidence.setdefault(v.evidence, []).append(v.text)
    parts = []
    for evidence in sorted(by_evidence, reverse=True):
        texts = by_evidence[evidence]
        shown = texts if limit is None else texts[:limit]
        more = f" +{len(texts) - len(shown)}" if len(shown) < len(texts) else ""
        parts.append(f"{', '.join(shown)}{more} ({EVIDENCE_WORDS[evidence]})")
    return "; ".join(parts)


def language_line(
    language: str,
    expanded: Expanded,
    *,
    full: bool = False,
    contexts: tuple[NameContext, ...] = (),
    opening: str = "",
) -> str:
    """`de Krieg (curated); own spelling not used: German 'war' is a common word there`; for a name,
    `de Koch (curated); Koch: also a German word ('cook'), matched ... only ...`."""
    limit = None if full else SHOWN
    said = [_variants(expanded.variants, limit)] if expanded.variants else []
    if expanded.excluded:
        below = _variants(expanded.excluded, limit) if full else f"{len(expanded.excluded)} more"
        said.append(f"below the rule's expansion: {below}")
    guard = expanded.literal
    if not guard.allowed:
        meaning = f", meaning {' or '.join(repr(m) for m in guard.means)}" if guard.means else ""
        name = language_name(language)
        said.append(f"own spelling not used: {name} '{guard.lookalike}' is a common word there{meaning}")
    said += [c.describe(language_name(language)) for c in contexts]
    said += [opening] if opening else []
    if not said:
        own = _own_reaches(language, expanded)
        said.append("only its own spelling" if own else "none")
    return f"{language} {'; '.join(said)}"


def render(report: TermReport, *, full: bool = False) -> list[str]:
    lines = [f"{report.term} ({report.kind})"]
    lines += [f"    {note}" for note in (report.sense, report.surname) if note]
    contexts, openings = dict(report.contexts), dict(report.openings)
    for lang, e in report.languages:
        opening = openings.get(lang, "")
        line = language_line(lang, e, full=full, contexts=contexts.get(lang, ()), opening=opening)
        lines.append(f"    {line}")
    return lines


def gaps(
    lexicon: Lexicon,
    rules: Iterable[tuple[str, str, Expansion, Mapping[str, Kind]]],
    blocks: Mapping[str, str],
    languages: Iterable[str],
) -> dict[str, list[str]]:
    """Language -> the rule terms that have nothing there (no variant, and no own spelling that
    could stand for them): what the start-up summary names. `rules` are (query, rule
    language, expansion, term kinds) of the enabled rules."""
    wanted = list(languages)
    missing: dict[str, dict[str, None]] = {}
    for query, language, level, kinds in rules:
        nodes = terms_of(query, blocks)
        context = tuple(n.text for n in nodes)
        for node in nodes:
            if node.exact:
                continue
            report = report_term(
                lexicon, node, language, wanted, level=level, override=kinds.get(node.text), context=context
            )
            expanded = dict(report.languages)
            for lang in report.missing():
                if _written_in(lexicon, report.term, lang, expanded[lang]):
                    continue
                missing.setdefault(lang, {})[report.term] = None
    return {lang: list(terms) for lang, terms in sorted(missing.items())}
