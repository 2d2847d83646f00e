"""Real Alembic migrations on real SQLite files: upgrade, round trip, no drift, backups."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from recovery_desk.core.errors import DatabaseUnavailable
from recovery_desk.core.paths import migrations_dir
from recovery_desk.storage import migrate
from recovery_desk.storage.engine import make_engine, resolve_target
from recovery_desk.storage.models import Base

ROOT = Path(__file__).resolve().parents[2]


def _engine(path: Path):  # noqa: ANN202
    return make_engine(resolve_target(str(path)))


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def test_known_revisions_match_the_scripts() -> None:
    script = ScriptDirectory.from_config(_config())
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert tuple(revisions) == migrate.KNOWN_REVISIONS
    assert script.get_current_head() == migrate.SCHEMA_HEAD


def test_upgrade_from_empty_creates_every_table(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "a.db")
    assert migrate.ensure_schema(engine) is None  # a new log needs no backup
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.SCHEMA_HEAD
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


#: SQLite-only search objects made by migration 0003 that no model describes: the FTS5
#: table ``case_fts`` and its shadow tables (``case_fts_data``, ``_idx``, ``_docsize``,
#: ``_config``); its triggers are not compared at all. ``ix_case_search_fts`` is the
#: PostgreSQL GIN index (an expression index, which SQLite's reflection cannot compare).
SQLITE_ONLY_SEARCH_TABLES = ("case_fts",)


def skip_sqlite_search_objects(obj: object, name: str | None, type_: str, reflected: bool,
                               compare_to: object) -> bool:
    """``include_object`` for the model comparison on SQLite."""
    if type_ == "table" and name is not None and reflected and compare_to is None:
        return not any(name == t or name.startswith(f"{t}_") for t in SQLITE_ONLY_SEARCH_TABLES)
    return not (type_ == "index" and name == "ix_case_search_fts")


def test_no_drift_between_models_and_migrations(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "b.db")
    migrate.ensure_schema(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "compare_type": True, "include_object": skip_sqlite_search_objects})
        with warnings.catch_warnings():  # the GIN index: "can't reflect … expression-based"
            warnings.filterwarnings("ignore", message=".*ix_case_search_fts.*")
            diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_downgrade_and_upgrade_round_trip(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "c.db")
    migrate.ensure_schema(engine)
    migrate.downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(engine)
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())


def test_existing_log_is_backed_up_before_an_upgrade(tmp_path: Path) -> None:
    """A log one revision behind, with data in it, opened by this release: the upgrade
    itself makes the backup, owner-only, holding the old schema and the data."""
    path = tmp_path / "d.db"
    engine = _engine(path)
    behind = ScriptDirectory.from_config(_config()).get_revision(migrate.SCHEMA_HEAD)
    migrate.upgrade(engine, str(behind.down_revision))
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO desks (desk_id, name, created_at, last_desk_seq, "
                          "last_hash, last_case_no) VALUES ('X', 'X', '2026-01-01', 0, '0', 0)"))
    made = migrate.ensure_schema(engine)
    assert made is not None
    backup = Path(made)
    assert backup.exists() and oct(backup.stat().st_mode & 0o777) == "0o600"
    old = sqlite3.connect(str(backup))
    try:
        assert old.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (behind.down_revision,)]
        assert old.execute("SELECT desk_id FROM desks").fetchall() == [("X",)]
    finally:
        old.close()
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.SCHEMA_HEAD
    engine.dispose()
    assert migrate.ensure_schema(_engine(path)) is None   # at head: no second backup
    assert len(list(tmp_path.glob("d.db.*.bak"))) == 1


def test_a_newer_schema_is_refused_without_touching_the_log(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    engine = _engine(path)
    migrate.ensure_schema(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    before = path.read_bytes()
    with pytest.raises(DatabaseUnavailable, match="newer Recovery Desk"):
        migrate.ensure_schema(_engine(path))
    assert path.read_bytes() == before and not list(tmp_path.glob("*.bak"))


def test_alembic_upgrade_head_works_from_the_repository_root(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    env = {**os.environ, "RECOVERY_DESK_DB": str(db), "RECOVERY_DESK_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "alembic", "upgrade", "head"], cwd=ROOT,
                            env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    engine = _engine(db)
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.SCHEMA_HEAD
