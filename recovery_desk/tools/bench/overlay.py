"""A given log's Dashboard, measured without writing the log: its rollup in a side file.

The Dashboard's dirty path writes only the rollup (``kpi_daily``, ``kpi_daily_money``,
``kpi_dirty``, ``kpi_rollup_state``). Here those tables live in a small writable file, the
connection's ``main`` database, and the given log is attached read-only under them.
SQLite looks an unqualified name up in ``temp``, then ``main``, then the attached
databases, so the product's own code runs unchanged: it reads ``cases`` from the log,
through the log's own indexes, and writes its rollup rows (WAL, ``synchronous=FULL``, as
on the log) to the side file. Copying the log to make it writable would take 20 GB for a
1M-case log, and copying only the cases would change which indexes SQLite can use.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from recovery_desk.storage.engine import make_engine
from recovery_desk.tools.bench.logs import remove_sqlite

#: The tables the Dashboard writes (the daily rollup), with their indexes.
ROLLUP_TABLES = ("kpi_daily", "kpi_daily_money", "kpi_dirty", "kpi_rollup_state")


def _log_uri(log: Path) -> str:
    """The log, read-only (``immutable`` when nobody has it open: then not even its
    ``-shm`` is written)."""
    in_use = any(Path(f"{log}{extra}").exists() for extra in ("-wal", "-shm"))
    flags = "mode=ro" if in_use else "mode=ro&immutable=1"
    return f"{log.resolve().as_uri()}?{flags}"


def rollup_overlay(log: Path, folder: Path) -> Engine:
    """An engine whose rollup tables are a fresh side file in ``folder`` (their rows copied
    from the log), every other table the given log's, read-only."""
    side = folder / "bench-rollup-overlay.sqlite3"
    remove_sqlite(side)
    uri = _log_uri(log)
    source = sqlite3.connect(uri, uri=True)
    target = sqlite3.connect(side, isolation_level=None)
    try:
        placeholders = ", ".join("?" * len(ROLLUP_TABLES))
        ddl = source.execute(
            f"SELECT sql FROM sqlite_master WHERE tbl_name IN ({placeholders}) "
            "AND sql IS NOT NULL ORDER BY type = 'index'", ROLLUP_TABLES).fetchall()
        target.execute("PRAGMA journal_mode=WAL")
        target.execute("BEGIN")
        for (sql,) in ddl:
            target.execute(sql)
        target.execute("ATTACH DATABASE ? AS log", (uri,))
        for name in ROLLUP_TABLES:
            target.execute(f"INSERT INTO main.{name} SELECT * FROM log.{name}")
        target.execute("COMMIT")
        target.execute("DETACH DATABASE log")
    finally:
        target.close()
        source.close()
    engine = make_engine(f"sqlite:///{side}")

    @event.listens_for(engine, "connect")
    def _attach(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("ATTACH DATABASE ? AS log", (uri,))

    return engine


def remove_overlay(engine: Engine) -> None:
    engine.dispose()
    if engine.url.database:
        remove_sqlite(Path(engine.url.database))
