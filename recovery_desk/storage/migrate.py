"""Bring a case log to the current schema, importing Alembic only when it has to run.

Importing Alembic costs about half a second, so start-up first reads ``alembic_version``
with plain SQL; only a new or older database pays for Alembic. An existing SQLite log is
backed up next to itself before it is upgraded.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import Connection, Engine, inspect, text

from recovery_desk.core.errors import DatabaseUnavailable
from recovery_desk.core.paths import migrations_dir
from recovery_desk.storage.engine import WRITE

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

#: Every revision this version knows, oldest first; the last one is the head.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007",
                                     "0008", "0009", "0010", "0011", "0012", "0013", "0014",
                                     "0015", "0016")
SCHEMA_HEAD = KNOWN_REVISIONS[-1]
# How long a start waits while another instance holds the log (for example migrating a new
# file at the same moment) before it reports the log unavailable; SQLite's own busy
# timeout is shorter than a migration on a busy machine.
LOCKED_WAIT_S = 120.0
_T = TypeVar("_T")


def _while_locked(action: Callable[[], _T]) -> _T:
    """Run ``action`` again while the SQLite file is locked by another instance. Safe:
    a lock error comes before any change (the migration holds the write lock throughout)."""
    give_up = time.monotonic() + LOCKED_WAIT_S
    while True:
        try:
            return action()
        except Exception as exc:  # the driver's error, wrapped or not
            if "database is locked" not in str(exc) or time.monotonic() > give_up:
                raise
            log.info("the case log is busy in another instance; waiting for it")
            time.sleep(0.25)


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None


def has_tables(conn: Connection) -> bool:
    return bool([t for t in inspect(conn).get_table_names() if t != "alembic_version"])


def schema_state(engine: Engine) -> tuple[str | None, bool]:
    with engine.connect() as conn:
        return current_revision(conn), has_tables(conn)


def refuse_unless_case_log(engine: Engine, where: str) -> None:
    """For a read-only open: an empty file or another program's database is not a case
    log, and saying so beats "no such table" from the first query. A file too damaged to
    list its tables is left to ``check``, which reports the damage."""
    from sqlalchemy.exc import DBAPIError

    from recovery_desk.storage.engine import NOT_A_CASE_LOG

    try:
        revision, tables = schema_state(engine)
    except (DBAPIError, sqlite3.DatabaseError):
        return
    if revision is None and not (tables and _looks_like_a_log(engine)):
        raise DatabaseUnavailable.refusing(NOT_A_CASE_LOG(path=where))


def _looks_like_a_log(engine: Engine) -> bool:
    """Tables but no version: a log whose version row was removed (check names that)."""
    with engine.connect() as conn:
        return inspect(conn).has_table("case_events")


def ensure_schema(engine: Engine) -> str | None:
    """Upgrade to head when needed; return the backup file made, if any."""
    try:
        revision, populated = _while_locked(lambda: schema_state(engine))
    except Exception as exc:  # the driver's own errors differ per backend
        raise DatabaseUnavailable(f"Cannot open the case log: {_short(exc)}.",
                                  "Check the --db path or server address.") from exc
    if revision == SCHEMA_HEAD:
        return None
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseUnavailable(
            f"The case log has schema {revision}, made by a newer Recovery Desk.",
            "Update Recovery Desk on this machine before opening it.")
    if revision is None and populated:
        raise DatabaseUnavailable("The database has tables but is not a Recovery Desk case log.",
                                  "Choose another --db.")
    backup = None
    if revision is not None and engine.dialect.name == "sqlite":
        backup = backup_sqlite(engine, f"before-{SCHEMA_HEAD}")
    _while_locked(lambda: upgrade(engine, "head"))
    return str(backup) if backup else None


def _short(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _alembic_config(conn: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["connection"] = conn
    return config


def _run(engine: Engine, action: str, revision: str) -> None:
    from alembic import command

    sqlite = engine.dialect.name == "sqlite"
    # the write lock up front: two instances starting on a new file at once then migrate
    # one after the other (the second finds the schema at head) instead of one failing
    with engine.connect().execution_options(**WRITE) as conn:
        if sqlite:
            # Batch migrations copy tables; with foreign keys on, dropping the old copy
            # would cascade into child rows. The pragma only works outside a transaction.
            conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        try:
            config = _alembic_config(conn)
            getattr(command, action)(config, revision)
            conn.commit()
            if sqlite:
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                conn.commit()
                if problems:
                    raise DatabaseUnavailable(
                        f"The migration left {len(problems)} broken references.",
                        "Restore the backup made before the upgrade and report this.")
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys = ON")


def upgrade(engine: Engine, revision: str = "head") -> None:
    log.info("upgrading the case log schema to %s", revision)
    _run(engine, "upgrade", revision)


def downgrade(engine: Engine, revision: str) -> None:
    _run(engine, "downgrade", revision)


def backup_sqlite(engine: Engine, label: str) -> Path:
    """Copy the live SQLite log with the online backup API (consistent while in use)."""
    source = Path(engine.url.database or "")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = source.with_name(f"{source.name}.{label}-{stamp}.bak")
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    os.chmod(target, 0o600)
    log.info("backed up the case log to %s", target.name)
    return target
