"""Storage: the tables (`tables.py`), the queries over them (`store.py`), the schema's
migrations (`schema.py`, `migrations/`), where the database lives (`database.py`) and
the one-writer claim (`claim.py`).

The store is the only part of news-monitor that talks to the database.
"""

from monitor.store.claim import Claim, Holder, Role
from monitor.store.deliveries import DueDigest, GivenUp, OutboxEntry
from monitor.store.schema import Revision, SchemaState, Upgrade
from monitor.store.store import (
    AlertView,
    DueDelivery,
    MatchView,
    NewMatch,
    OpenMode,
    Owed,
    Policy,
    Saved,
    Store,
    StoryPlace,
    as_utc,
    utcnow,
)
from monitor.store.stories import StoryArticle, StoryView, WindowEntry
from monitor.store.tables import ArticleRow, DeliveryRow, DigestRow, FeedRow, MatchRow, StoryRow

__all__ = [
    "AlertView",
    "ArticleRow",
    "Claim",
    "DeliveryRow",
    "DigestRow",
    "DueDelivery",
    "DueDigest",
    "FeedRow",
    "GivenUp",
    "Holder",
    "MatchRow",
    "MatchView",
    "NewMatch",
    "OpenMode",
    "OutboxEntry",
    "Owed",
    "Policy",
    "Revision",
    "Role",
    "Saved",
    "SchemaState",
    "Store",
    "StoryArticle",
    "StoryPlace",
    "StoryRow",
    "StoryView",
    "Upgrade",
    "WindowEntry",
    "as_utc",
    "utcnow",
]
