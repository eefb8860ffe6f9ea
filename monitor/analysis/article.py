"""Article -> AnalysedArticle: every word field analysed in the article's language."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlsplit

from monitor.analysis.analyzer import AnalysedText, Analyzer
from monitor.analysis.entities import ENTITY_FIELDS
from monitor.analysis.languages import UNDETERMINED
from monitor.models import Article


@dataclass
class AnalysedArticle:
    """An article ready for matching: analysed word fields plus the metadata rules can test.

    `language` is the language the fields were analysed in. An article whose language
    detection was unsure is analysed once per likely language (`candidates`, most likely
    first); its `stored_language` is then `und`, which is what `lang:` compares.
    """

    article: Article
    language: str
    fields: dict[str, AnalysedText]
    site: str  # the link's host name without a leading "www."
    tags: frozenset[str]  # folded entry tags and feed tags
    feed_url: str = ""
    candidates: tuple[str, ...] = ()  # empty when the language is settled
    # The answers of boundary checks asked of this article's words (`rules.matchers._within`):
    # rules that share a name ask the same check at the same words, once per rule.
    within_answers: dict[tuple[int, str, int, int], tuple[object, bool]] = field(
        default_factory=dict, repr=False, compare=False
    )
    # The hits of the word and phrase matchers evaluated on this article (`rules.matchers.Words.eval`):
    # rules that share a term share its compiled matcher, asked once an article, not once per rule.
    word_hits: dict[int, tuple[object, object]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def stored_language(self) -> str:
        return UNDETERMINED if self.candidates else self.language

    @cached_property
    def keys(self) -> frozenset[str]:
        """Every form and lemma in any word field: what the presearcher looks up."""
        return frozenset().union(*[text.index for text in self.fields.values()])  # unions in C


def site_of(link: str) -> str:
    host = (urlsplit(link).hostname or "").lower()
    return host.removeprefix("www.")


def analyse_article(
    analyzer: Analyzer,
    article: Article,
    *,
    language: str | None = None,
    feed_tags: tuple[str, ...] = (),
    feed_url: str = "",
    candidates: tuple[str, ...] = (),
) -> AnalysedArticle:
    """Analyse each word field in the article's language (`language` overrides it)."""
    lang = language or article.language or "en"
    values = {
        "title": article.title,
        "summary": article.summary,
        "content": article.content,
        "author": article.author,
        "feed": article.feed,
    }
    if lang in analyzer.entities:
        text = "\n".join(v for v in (article.title, article.summary, article.content) if v)
        values.update({f: "\n".join(names) for f, names in analyzer.entities.extract(text, lang).items()})
    else:
        values.update(dict.fromkeys(ENTITY_FIELDS, ""))
    fields = {name: analyzer.analyse(text, lang) for name, text in values.items()}
    tags = frozenset(analyzer.fold(t) for t in (*article.tags, *feed_tags))
    return AnalysedArticle(article, lang, fields, site_of(article.link), tags, feed_url, candidates)
