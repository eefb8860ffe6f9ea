"""Storage: the tables (`tables.py`) and the queries over them (`store.py`).

The store is the only part of news-monitor that talks to the database.
"""

from monitor.store.store import (
    DueDelivery,
    MatchView,
    NewMatch,
    Store,
    as_utc,
    open_engine,
    utcnow,
)
from monitor.store.tables import ArticleRow, DeliveryRow, FeedRow, MatchRow

__all__ = [
    "ArticleRow",
    "DeliveryRow",
    "DueDelivery",
    "FeedRow",
    "MatchRow",
    "MatchView",
    "NewMatch",
    "Store",
    "as_utc",
    "open_engine",
    "utcnow",
]
