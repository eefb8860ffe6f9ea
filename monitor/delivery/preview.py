"""`monitor preview`: the alert a rule would send for a stored article, built as the outbox builds it."""

from __future__ import annotations

from monitor.delivery.messages import Message, alert_message
from monitor.matching import Matching
from monitor.rules.explain import snippet
from monitor.store import DueDelivery, Store

__all__ = ["preview_message"]


def preview_message(
    store: Store, matching: Matching, rule: str, article_id: int, target: str
) -> Message | None:
    """The alert message of `rule` for the stored article `article_id` to `target`; None without the article.

    The rule is run on the article as the pipeline runs it (terms and snippet); an article
    it does not match gets neither. The story's other sources are those stored so far.
    """
    article = store.article(article_id)
    if article is None:
        return None
    doc, found = matching.match(article)
    match = next((m for m in found if m.rule == rule), None)
    due = DueDelivery(
        id=0,
        target=target,
        rule=rule,
        terms=tuple(match.terms(doc)) if match else (),
        snippet=snippet(doc, match.hits) if match else "",
        article=article,
        story_id=store.story_of(article_id),
        article_id=article_id,
    )
    return alert_message(due, store.story_sources)
