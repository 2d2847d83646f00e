"""The same models and migrations on a real PostgreSQL server started by the test setup."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.exports.export import export
from recovery_desk.services.settings import Settings
from recovery_desk.services.trust.check import check_log, rebuild_projections
from recovery_desk.services.workspace import open_workspace
from recovery_desk.storage import migrate
from recovery_desk.storage.models import Base
from tests.conftest import StepClock
from tests.pg_server import PostgresServer
from tests.services.test_case_log import run_default


def test_case_log_on_postgresql(pg_server: PostgresServer, tmp_path: Path) -> None:
    url = pg_server.create_database("case_log_test")
    try:
        ws = open_workspace(url, settings=Settings(desk_id="CENTRAL-1", user="pat"))
        ws.trust_in_process("pat")
        try:
            with ws.engine.connect() as conn:
                assert migrate.current_revision(conn) == migrate.SCHEMA_HEAD
                diff = compare_metadata(MigrationContext.configure(
                    conn, opts={"compare_type": True}), Base.metadata)
            assert diff == []
            clock = StepClock()
            service = CaseService(ws, clock=clock)
            case_ids = [run_default(service, clock) for _ in range(3)]
            report = check_log(ws.engine)
            assert report.ok, report.findings
            assert report.cases == 3
            assert rebuild_projections(ws.engine) == 3
            assert check_log(ws.engine).ok
            out = tmp_path / "pg.csv"
            assert export(ws.engine, out) == 3
            assert all(case_id in out.read_text(encoding="utf-8-sig") for case_id in case_ids)
            migrate.downgrade(ws.engine, "base")
            migrate.upgrade(ws.engine)
        finally:
            ws.close()
    finally:
        pg_server.drop_database("case_log_test")
