"""Records the fixtures beside this file with the code of news-monitor 0.1 (commit b68ac54).

    git archive b68ac54 monitor | tar -x -C /tmp/news-monitor-0.1
    PYTHONPATH=/tmp/news-monitor-0.1 .venv/bin/python tests/data/store-0.1/record.py

`sqlite.sql` is the schema a 0.1 SQLite file has (from its sqlite_master),
`postgresql.sql` the DDL 0.1's create_all sends to PostgreSQL, and `data.sql` rows
written through 0.1's own Store methods (feed states with validators, a move, a 410
and errors; articles; matches; deliveries pending, sent and failed), as INSERTs that
load into either. Timestamps are UTC: load them into PostgreSQL with TimeZone=UTC.
"""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_mock_engine
from sqlmodel import SQLModel

import monitor
from monitor.models import Article, FetchResult
from monitor.store import NewMatch, Store

HERE = Path(__file__).parent
assert "news-monitor-0.1" in monitor.__file__, (
    f"run with PYTHONPATH set to the 0.1 export, not {monitor.__file__}"
)

T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
PRIVATE = "https://reader:s3cret-pw@private.example/feed?token=tok-123"
MOVED = "https://reader:s3cret-pw@private.example/feed-v2?token=tok-123"
KEYED = "https://api.example/news.rss?api_key=k3y-456"


def fill(store: Store) -> None:
    store.feed("World", "https://world.example/rss")
    store.record_fetch(
        "World",
        FetchResult(
            "https://world.example/rss", 200, etag='"v1"', last_modified="Tue, 01 Dec 2026 07:55:00 GMT"
        ),
        now=T0,
    )
    world = [
        Article(
            "w1",
            "World",
            "North Korea sends troops to Russia",
            "Officials confirmed it.",
            "<p>Long text</p>",
            "https://world.example/w1",
            "Ann O'Brien",
            T0 - timedelta(hours=1),
            "en",
            ("world", "asia"),
        ),
        Article(
            "w2",
            "World",
            "Nordkorea schickt Soldaten",
            "Zusammenfassung: «Truppen»",
            "",
            "https://world.example/w2",
            "",
            None,
            "de",
            (),
        ),
        Article(
            "w3", "World", "Markets are calm", "", "", "https://world.example/w3", "", T0, None, ("markets",)
        ),
    ]
    nk = NewMatch(
        "w1",
        "nk-troops",
        ('"North Korea"', "Russia", "troops"),
        "**North Korea** sends **troops**",
        ("hook", "mail", "chat"),
        {"title": ['"North Korea" -> North Korea', "troops"]},
    )
    de = NewMatch(
        "w2", "nk-troops", ("troops",), "schickt **Soldaten**", ("hook",), {"title": ["troops -> Soldaten"]}
    )
    store.save_poll("World", world, [nk, de], now=T0)

    store.feed(PRIVATE, PRIVATE)  # a feed without a name is keyed by its URL
    store.record_fetch(PRIVATE, FetchResult(MOVED, 200, new_url=MOVED, etag='W/"p-7"'), now=T0)
    store.save_poll(
        PRIVATE,
        [Article("p1", PRIVATE, "Private item", "Only for subscribers", "", "https://private.example/p1")],
        [NewMatch("p1", "private-watch", ("subscribers",), "Only for **subscribers**", ("hook",))],
        now=T0 + timedelta(minutes=5),
    )
    later = T0 + timedelta(minutes=30)
    store.record_fetch(
        PRIVATE,
        FetchResult(
            MOVED, 0, error="request to reader:s3cret-pw@private.example failed: timed out after 20s"
        ),
        now=later,
    )
    store.record_error(PRIVATE, f"not an RSS or Atom feed (from {MOVED})")

    store.feed("Gone", "https://gone.example/rss")
    store.record_fetch(
        "Gone",
        FetchResult("https://gone.example/rss", 410, gone=True, error="HTTP 410 Gone: the feed was removed"),
        now=T0,
    )
    store.feed("Keyed", KEYED)
    store.record_fetch(
        "Keyed", FetchResult(KEYED, 304, not_modified=True, last_modified="Mon, 30 Nov 2026"), now=T0
    )

    due = {d.target: d for d in store.due_deliveries(now=later)}
    store.delivery_done(
        due["hook"].id, None, retry_base=timedelta(seconds=60), now=later, sent_urls=["fp-hook"]
    )
    store.delivery_done(due["mail"].id, "SMTP 451: try later", retry_base=timedelta(seconds=60), now=later)
    store.delivery_done(
        due["mail"].id,
        "SMTP 451: try later",
        retry_base=timedelta(seconds=60),
        now=later,
        sent_urls=["fp-mail-1"],
    )
    # the chat delivery and the later matches' deliveries stay pending


def literal(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "news-monitor.db"
        store = Store(f"sqlite:///{path}")
        fill(store)
        store.close()
        db = sqlite3.connect(path)
        ddl = [
            row[0] + ";"
            for row in db.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid")
        ]
        booleans = {("feeds", "gone")}
        inserts = []
        for table in ("feeds", "articles", "matches", "deliveries"):
            cursor = db.execute(f"SELECT * FROM {table} ORDER BY id")
            names = [d[0] for d in cursor.description]
            for row in cursor:
                values = [
                    ("TRUE" if v else "FALSE") if (table, n) in booleans else literal(v)
                    for n, v in zip(names, row, strict=True)
                ]
                columns = ", ".join(f'"{n}"' for n in names)
                inserts.append(f"INSERT INTO {table} ({columns}) VALUES ({', '.join(values)});")
        db.close()
    header = "-- Recorded by tests/data/store-0.1/record.py from news-monitor 0.1 (b68ac54): {}\n"
    (HERE / "sqlite.sql").write_text(header.format("the schema of its SQLite file") + "\n".join(ddl) + "\n")
    (HERE / "data.sql").write_text(header.format("rows written by its Store") + "\n".join(inserts) + "\n")
    statements: list[str] = []
    engine = create_mock_engine(
        "postgresql+psycopg://",
        lambda sql, *a, **k: statements.append(str(sql.compile(dialect=engine.dialect)).strip()),
    )
    SQLModel.metadata.create_all(engine, checkfirst=False)
    (HERE / "postgresql.sql").write_text(
        header.format("the DDL its create_all sends to PostgreSQL") + ";\n".join(statements) + ";\n"
    )


if __name__ == "__main__":
    main()
