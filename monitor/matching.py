"""Everything that turns an article into matches, built from one config.

Articles get a language (declared by the entry or feed, else the feed's configured
language, else detected among the supported or configured languages; `und` when
detection is unsure), are analysed in it (an unsure one in each likely language),
and go through the rules compiled for that language.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from monitor.analysis import Analyzer
from monitor.analysis.analyzer import letters
from monitor.analysis.article import AnalysedArticle, analyse_article
from monitor.analysis.detect import Detection, LanguageDetector
from monitor.analysis.entities import EntityModels
from monitor.analysis.languages import UNDETERMINED
from monitor.concepts import ConceptBook, build_book, concepts_from_data
from monitor.config import Config, Feed
from monitor.lexicon.lexicon import Expansion, Lexicon
from monitor.lexicon.names import NameSources
from monitor.lexicon.terms import Kind
from monitor.lexicon.words import DictionaryWords
from monitor.models import Article
from monitor.rules import RuleMatch, RuleSet, RuleSpec
from monitor.rules.compile import Reach

log = logging.getLogger(__name__)


def rule_specs(config: Config) -> list[RuleSpec]:
    return [
        RuleSpec(
            name=r.name,
            query=r.query,
            language=r.language or config.defaults.language,
            feeds=frozenset(r.feeds),
            tags=frozenset(r.tags),
            expand_concepts=config.expands(r),
            reach=Reach(Expansion(config.expansion(r)), tuple((t, Kind(k)) for t, k in r.terms.items())),
        )
        for r in config.rules
        if r.enabled
    ]


def make_analyzer(config: Config) -> Analyzer:
    return Analyzer(
        accents=config.defaults.accent_folding, entities=EntityModels(config.models, config.base_dir)
    )


def concept_book(config: Config, analyzer: Analyzer) -> ConceptBook:
    """The concepts the config asks for: places, the pack, minus disabled ones, plus the user's."""
    user = [
        (concepts_from_data({name: body})[name], bool(body.get("extend")))
        for name, body in config.concept_definitions()
    ]
    c = config.concepts
    return build_book(analyzer, builtin=c.builtin, places=c.places, disable=c.disable, user=user)


@dataclass(frozen=True)
class Settled:
    """An article with its language settled: declared, configured, detected, or `und` when unsure."""

    article: Article
    candidates: tuple[str, ...] = ()  # for `und`: the languages it is matched in, most likely first
    detection: Detection | None = None

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages the article is analysed and matched in."""
        return self.candidates or (self.article.language or UNDETERMINED,)

    def note(self) -> str:
        """What a person should know about an unsure language ("" when it is settled)."""
        if not self.candidates:
            return ""
        why = self.detection.describe() if self.detection else "too little text"
        *first, last = self.candidates
        tried = f"{', '.join(first)} and {last}" if first else last
        return f"language unsure ({why}): stored as {UNDETERMINED} and matched as {tried}"


@dataclass
class Matching:
    config: Config
    analyzer: Analyzer
    book: ConceptBook
    rules: RuleSet
    detector: LanguageDetector
    _told: set[str] = field(default_factory=set)  # feeds whose unsure articles were logged at INFO

    @classmethod
    def build(cls, config: Config, analyzer: Analyzer | None = None) -> Matching:
        """Compile the enabled rules; raises QuerySyntaxError naming the rule that fails.

        Pass the previous `analyzer` on reload to keep the languages it has loaded.
        """
        if analyzer is None or not _same_analysis(analyzer, config):
            analyzer = make_analyzer(config)
        book = concept_book(config, analyzer)
        lexicon = Lexicon(book, analyzer, words=DictionaryWords(), names=NameSources())
        rules = RuleSet.build(rule_specs(config), analyzer, config.blocks, book, lexicon)
        return cls(config, analyzer, book, rules, LanguageDetector(config.detect_languages()))

    def coverage_gaps(self) -> dict[str, list[str]]:
        """Monitored language -> rule terms with nothing there (see `lexicon.report.gaps`).

        Compiles the rules for each monitored language on the way, so the first article in
        each does not wait for it: the daemon runs this in a worker thread after start-up.
        """
        from monitor.lexicon.report import gaps

        lexicon = self.rules.compiler.lexicon
        languages = self.config.monitored_languages()
        for language in languages:
            self.rules.for_language(language)
        if lexicon is None:
            return {}
        rules = [(s.query, s.language, s.reach.level, dict(s.reach.kinds)) for s in self.rules.specs]
        return gaps(lexicon, rules, self.config.blocks, languages)

    def language_summary(self) -> str:
        """How undeclared articles get a language: for the start-up summary."""
        codes = self.detector.codes
        among = f"{len(codes)} languages ({', '.join(codes)})" if len(codes) > 1 else ", ".join(codes)
        return (
            f"articles that declare no language are detected among {among}; one whose language is "
            f"unsure is stored as {UNDETERMINED} and matched in its likely languages and "
            f"{self.config.defaults.language}"
        )

    def feed_of(self, article: Article) -> Feed | None:
        return next((f for f in self.config.feeds if article.feed in (f.key, f.url)), None)

    def settle(self, article: Article, feed: Feed | None = None, context: str = "") -> Settled:
        """The article's language: declared (entry or feed), else the feed's in the config, else detected.

        A short text (a title alone) says little about its language: "Nurses vote to strike"
        reads as Indonesian to a detector. So a short article is detected together with
        `context`, the text of the other items its feed sent in the same poll, which share
        its language in nearly every feed. An unsure detection is not taken for the default
        language: the article stays `und` and is matched in each likely language and in
        `defaults.language` (the language most rules are written in), so a wrong guess
        loses nothing.
        """
        if article.language and article.language != UNDETERMINED:
            return Settled(article)
        feed = feed or self.feed_of(article)
        if feed and feed.language:
            return Settled(replace(article, language=feed.language))
        text = f"{article.title}\n{article.summary or article.content[:1000]}"
        if context and letters(text) < SHORT_TEXT:
            text = f"{text}\n{context}"
        found = self.detector.detect(text)
        if found.language:
            return Settled(replace(article, language=found.language))
        candidates = tuple(dict.fromkeys((*found.likely, self.config.defaults.language)))
        return Settled(replace(article, language=UNDETERMINED), candidates, found)

    def with_language(self, article: Article, feed: Feed | None = None, context: str = "") -> Article:
        """The article with its language settled (`und` when unsure, which is logged)."""
        settled = self.settle(article, feed, context)
        if settled.candidates:
            key = feed.key if feed else article.feed
            if key in self._told:
                log.debug("feed %s: %r: %s", key, article.title, settled.note())
            else:
                self._told.add(key)
                log.info(
                    "feed %s: %r: %s; if the feed's articles share one language, set `language:` on the "
                    "feed in the config (further such articles of this feed are logged at DEBUG)",
                    key,
                    article.title,
                    settled.note(),
                )
        return settled.article

    def analyses(self, article: Article, feed: Feed | None = None) -> list[AnalysedArticle]:
        """The article analysed in its language, or in each likely one when unsure (most likely first)."""
        feed = feed or self.feed_of(article)
        settled = self.settle(article, feed)
        return [
            analyse_article(
                self.analyzer,
                settled.article,
                language=language,
                feed_tags=tuple(feed.tags) if feed else (),
                feed_url=feed.url if feed else "",
                candidates=settled.candidates,
            )
            for language in settled.languages
        ]

    def analyse(self, article: Article, feed: Feed | None = None) -> AnalysedArticle:
        return self.analyses(article, feed)[0]

    def match(self, article: Article, feed: Feed | None = None) -> tuple[AnalysedArticle, list[RuleMatch]]:
        return self.match_with(self.rules, article, feed)

    def match_with(
        self, rules: RuleSet, article: Article, feed: Feed | None = None
    ) -> tuple[AnalysedArticle, list[RuleMatch]]:
        """`rules` over the article: over each analysis when its language is unsure.

        A rule matching in any likely language matches; every hit is given on the
        words of the first analysis, which is returned, so terms and snippets read as usual.
        """
        feed = feed or self.feed_of(article)
        tags = feed.tags if feed else ()
        first, *others = self.analyses(article, feed)
        found = rules.match(first, tags)
        for doc in others:
            have = {m.rule for m in found}
            found += [m.moved(doc, first) for m in rules.match(doc, tags) if m.rule not in have]
        if others:
            order = {spec.name: i for i, spec in enumerate(rules.specs)}
            found.sort(key=lambda m: order[m.rule])
        return first, found


SHORT_TEXT = 120  # letters: below this a text alone is a weak witness of its language
CONTEXT_LETTERS = 2000  # how much of a poll's other items is read with a short article


def poll_context(articles: Sequence[Article]) -> str:
    """The text a poll's items share for language detection: their titles and summaries, capped."""
    parts, total = [], 0
    for a in articles:
        if a.language:
            continue  # declared: it says nothing about the undeclared ones
        piece = f"{a.title}\n{a.summary[:300]}"
        parts.append(piece)
        total += len(piece)
        if total > CONTEXT_LETTERS:
            break
    return "\n".join(parts)


def _same_analysis(analyzer: Analyzer, config: Config) -> bool:
    same_folding = analyzer.fold_accents == config.defaults.accent_folding
    return same_folding and analyzer.entities.models == config.models
