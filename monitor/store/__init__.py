"""Storage: the tables (`tables.py`), the queries over them (`store.py`), the schema's
migrations (`schema.py`, `migrations/`), where the database lives (`database.py`) and
the one-writer claim (`claim.py`).

The store is the only part of news-monitor that talks to the database.
"""

from monitor.store.claim import Claim, Holder, Role
from monitor.store.schema import Revision, SchemaState, Upgrade
from monitor.store.store import (
    AlertView,
    DueDelivery,
    MatchView,
    NewMatch,
    OpenMode,
    Store,
    as_utc,
    utcnow,
)
from monitor.store.tables import ArticleRow, DeliveryRow, FeedRow, MatchRow

__all__ = [
    "AlertView",
    "ArticleRow",
    "Claim",
    "DeliveryRow",
    "DueDelivery",
    "FeedRow",
    "Holder",
    "MatchRow",
    "MatchView",
    "NewMatch",
    "OpenMode",
    "Revision",
    "Role",
    "SchemaState",
    "Store",
    "Upgrade",
    "as_utc",
    "utcnow",
]
