"""A database as news-monitor 0.1 left it (no alembic_version), from the SQL recorded in tests/data/store-0.1."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

FIXTURES = Path(__file__).parent / "data" / "store-0.1"
TABLES = ("feeds", "articles", "matches", "deliveries")


def statements(name: str) -> list[str]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";\n") if s.strip().rstrip(";")]


def make_legacy_store(url: str, *, data: bool = True) -> None:
    """Create 0.1's schema at `url` (a SQLite file is created) and load its recorded rows."""
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(url)
    postgres = engine.dialect.name == "postgresql"
    try:
        with engine.begin() as conn:
            if postgres:
                conn.exec_driver_sql("SET TIME ZONE 'UTC'")  # the recorded times are UTC
            else:
                conn.exec_driver_sql("PRAGMA journal_mode=WAL")  # as 0.1 left its files
            for statement in statements("postgresql.sql" if postgres else "sqlite.sql"):
                conn.exec_driver_sql(statement)
            for statement in statements("data.sql") if data else []:
                conn.exec_driver_sql(statement)
            if postgres:  # as pg_restore would: the id sequences continue after the loaded rows
                for table in TABLES:
                    conn.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"
                    )
    finally:
        engine.dispose()


def rows(url: str) -> dict[str, list[dict[str, object]]]:
    """Every row of the four tables, by id, as plain values (times as UTC text) to compare before/after."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "postgresql":
                conn.exec_driver_sql("SET TIME ZONE 'UTC'")
            found = {}
            for table in TABLES:
                result = conn.execute(sa.text(f"SELECT * FROM {table} ORDER BY id"))
                found[table] = [{k: _plain(v) for k, v in row._mapping.items()} for row in result]
            return found
    finally:
        engine.dispose()


def _plain(value: object) -> object:
    """SQLite gives 0/1 and text times, PostgreSQL bool and datetimes: make them comparable."""
    if isinstance(value, bool):
        return int(value)
    if hasattr(value, "isoformat") and hasattr(value, "tzinfo"):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")  # type: ignore[attr-defined]
    return value
