"""Everything that turns an article into matches, built from one config.

Articles get a language (declared by the entry or feed, else the feed's configured
language, else detected among the configured languages, else the default), are
analysed in it, and go through the rules compiled for that language.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from monitor.analysis import Analyzer
from monitor.analysis.article import AnalysedArticle, analyse_article
from monitor.analysis.detect import LanguageDetector
from monitor.analysis.entities import EntityModels
from monitor.concepts import ConceptBook, build_book, concepts_from_data
from monitor.config import Config, Feed
from monitor.models import Article
from monitor.rules import RuleMatch, RuleSet, RuleSpec


def rule_specs(config: Config) -> list[RuleSpec]:
    return [
        RuleSpec(
            name=r.name,
            query=r.query,
            language=r.language or config.defaults.language,
            feeds=frozenset(r.feeds),
            tags=frozenset(r.tags),
            expand_concepts=config.expands(r),
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


@dataclass
class Matching:
    config: Config
    analyzer: Analyzer
    book: ConceptBook
    rules: RuleSet
    detector: LanguageDetector

    @classmethod
    def build(cls, config: Config, analyzer: Analyzer | None = None) -> Matching:
        """Compile the enabled rules; raises QuerySyntaxError naming the rule that fails.

        Pass the previous `analyzer` on reload to keep the languages it has loaded.
        """
        if analyzer is None or not _same_analysis(analyzer, config):
            analyzer = make_analyzer(config)
        book = concept_book(config, analyzer)
        rules = RuleSet.build(rule_specs(config), analyzer, config.blocks, book)
        return cls(config, analyzer, book, rules, LanguageDetector(config.detect_languages()))

    def feed_of(self, article: Article) -> Feed | None:
        return next((f for f in self.config.feeds if article.feed in (f.key, f.url)), None)

    def with_language(self, article: Article, feed: Feed | None = None) -> Article:
        """The article with its language settled: declared, configured, detected or the default."""
        if article.language:
            return article
        feed = feed or self.feed_of(article)
        language = (feed.language if feed else None) or self.detector.detect(
            f"{article.title}\n{article.summary or article.content[:1000]}"
        )
        return replace(article, language=language or self.config.defaults.language)

    def analyse(self, article: Article, feed: Feed | None = None) -> AnalysedArticle:
        feed = feed or self.feed_of(article)
        return analyse_article(
            self.analyzer,
            self.with_language(article, feed),
            feed_tags=tuple(feed.tags) if feed else (),
            feed_url=feed.url if feed else "",
        )

    def match(self, article: Article, feed: Feed | None = None) -> tuple[AnalysedArticle, list[RuleMatch]]:
        feed = feed or self.feed_of(article)
        doc = self.analyse(article, feed)
        return doc, self.rules.match(doc, feed.tags if feed else ())


def _same_analysis(analyzer: Analyzer, config: Config) -> bool:
    same_folding = analyzer.fold_accents == config.defaults.accent_folding
    return same_folding and analyzer.entities.models == config.models
