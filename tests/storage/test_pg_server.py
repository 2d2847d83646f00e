"""The throwaway PostgreSQL server really works: storage tests depend on it."""

from __future__ import annotations

import re
from pathlib import Path

import psycopg
import pytest

from tests import pg_fixtures
from tests.pg_server import PostgresServer

# the server is started, stopped and started again: a start that never answers would hang
pytestmark = pytest.mark.timeout(120)


def test_create_insert_select(pg_server: PostgresServer) -> None:
    with psycopg.connect(pg_server.dsn) as conn:
        conn.execute("CREATE TABLE probe (id serial PRIMARY KEY, label text NOT NULL)")
        conn.execute("INSERT INTO probe (label) VALUES (%s), (%s)", ("alpha", "beta"))
        rows = conn.execute("SELECT id, label FROM probe ORDER BY id").fetchall()
        conn.execute("DROP TABLE probe")
    assert rows == [(1, "alpha"), (2, "beta")]


def test_url_is_sqlalchemy_psycopg_on_loopback(pg_server: PostgresServer) -> None:
    pattern = rf"postgresql\+psycopg://postgres@127\.0\.0\.1:{pg_server.port}/{pg_server.dbname}"
    assert re.fullmatch(pattern, pg_server.url)
    sqlalchemy = pytest.importorskip("sqlalchemy")
    engine = sqlalchemy.create_engine(pg_server.url)
    try:
        with engine.connect() as conn:
            assert conn.execute(sqlalchemy.text("SELECT current_database()")).scalar_one() == (
                pg_server.dbname
            )
    finally:
        engine.dispose()


def test_server_listens_only_on_loopback(pg_server: PostgresServer) -> None:
    with pg_server.connect() as conn:
        listen = conn.execute("SHOW listen_addresses").fetchone()
        fsync = conn.execute("SHOW fsync").fetchone()
    assert listen == ("127.0.0.1",)
    assert fsync == ("off",)


def test_create_and_drop_database(pg_server: PostgresServer) -> None:
    url = pg_server.create_database("extra_db")
    assert url == pg_server.url_for("extra_db")
    with psycopg.connect(pg_server.dsn_for("extra_db")) as conn:
        assert conn.execute("SELECT current_database()").fetchone() == ("extra_db",)
    pg_server.drop_database("extra_db")
    with pg_server.connect("postgres") as conn:
        found = conn.execute("SELECT 1 FROM pg_database WHERE datname = 'extra_db'").fetchone()
    assert found is None


def test_stop_and_start_keep_port_and_data(pg_server: PostgresServer) -> None:
    port, data_dir = pg_server.port, pg_server.data_dir
    with pg_server.connect() as conn:
        conn.execute("CREATE TABLE survives_restart (v int)")
        conn.execute("INSERT INTO survives_restart VALUES (42)")
    try:
        pg_server.stop()
        assert not pg_server.running
        with pytest.raises(psycopg.OperationalError):
            pg_server.connect(connect_timeout=2)
    finally:
        pg_server.start()
    assert (pg_server.port, pg_server.data_dir) == (port, data_dir)
    with pg_server.connect() as conn:
        assert conn.execute("SELECT v FROM survives_restart").fetchall() == [(42,)]
        conn.execute("DROP TABLE survives_restart")


def test_context_exit_stops_server_and_removes_files(tmp_path: Path) -> None:
    with PostgresServer(tmp_path, pg_bin=pg_fixtures.require_pg_bin()) as pg:
        server_dir = pg.server_dir
        assert server_dir is not None and server_dir.is_dir()
        dsn = pg.dsn
        with psycopg.connect(dsn) as conn:
            assert conn.execute("SELECT 1").fetchone() == (1,)
    assert not server_dir.exists()
    assert (tmp_path / "postgresql.log").is_file()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(dsn, connect_timeout=2)
