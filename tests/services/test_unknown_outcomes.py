"""Outcome unknown is a value: history imported without satisfaction answers is closed as
unknown, and the figures count it apart instead of as "not recovered"."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.imports.csv_import import import_csv
from recovery_desk.services.kpis.compute import compute
from recovery_desk.services.kpis.results import Dashboard
from recovery_desk.services.kpis.scope import drill_where
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage import migrate
from recovery_desk.storage.models import Case, kpi_dirty
from tests.services.trust_helpers import sign_in

HISTORY = """Ticket,Created,Closed,Complaint,CSAT
T-1,2026-03-02 09:00,2026-03-03 10:00,The parcel never came,5
T-2,2026-03-02 10:00,2026-03-03 11:00,Charged twice,2
T-3,2026-03-02 11:00,2026-03-04 12:00,Rude on the phone,
T-4,2026-03-02 12:00,2026-03-04 13:00,Wrong size,
T-5,2026-03-02 13:00,,Still waiting,
"""
MAPPING = """
[columns]
reference = "Ticket"
opened_at = "Created"
closed_at = "Closed"
words = "Complaint"
csat = "CSAT"

[defaults]
channel = "email"
category = "late_delivery"
severity = "medium"
"""
NOW = datetime(2026, 3, 10, 12, tzinfo=UTC)
MARCH = CaseFilter(date_from=date(2026, 3, 1), date_to=date(2026, 3, 31))


def _import(workspace: Workspace, tmp_path: Path) -> None:
    (tmp_path / "history.csv").write_text(HISTORY, encoding="utf-8")
    (tmp_path / "m.toml").write_text(MAPPING, encoding="utf-8")
    sign_in(workspace, "Sam Supervisor", "supervisor")  # imports are for supervisors
    report = import_csv(workspace, tmp_path / "history.csv", tmp_path / "m.toml",
                        dry_run=False)
    assert report.cases == 5


def _tiles(board: Dashboard) -> dict[str, tuple[float | None, int]]:
    return {k.key: (k.value, k.n) for k in board.tiles}


def test_history_without_satisfaction_is_closed_as_unknown(workspace: Workspace,
                                                           tmp_path: Path) -> None:
    _import(workspace, tmp_path)
    with workspace.engine.connect() as conn:
        outcomes = [o for _, o in conn.execute(select(Case.ref, Case.outcome)
                                               .order_by(Case.opened_at))]
    assert outcomes == ["recovered", "not_recovered", "unknown", "unknown", None]


def test_rates_are_over_known_outcomes_and_unknown_is_counted(workspace: Workspace,
                                                               tmp_path: Path) -> None:
    _import(workspace, tmp_path)
    for use_rollup in (False, True):   # the cases and the daily rollup agree
        board = compute(workspace.engine, MARCH, now=NOW, use_rollup=use_rollup)
        tiles = _tiles(board)
        assert tiles["recovery_rate"] == (50.0, 2)          # 1 recovered of 2 known
        assert tiles["first_contact_resolution"] == (50.0, 2)
        assert tiles["unknown_outcomes"] == (2.0, 2)
        assert tiles["cases"] == (5.0, 5)
        (row,) = board.breakdowns["channel"]
        assert row.recovery_rate == 50.0
        assert [p.recovery_rate for p in board.trend] == [50.0]
    unknown = next(k for k in board.tiles if k.key == "unknown_outcomes")
    with workspace.engine.connect() as conn:
        refs = conn.execute(select(Case.ref).where(drill_where(unknown.drill, NOW))).all()
    assert len(refs) == 2


def test_the_upgrade_fills_the_external_reference_and_recounts_the_days(
        workspace: Workspace, tmp_path: Path) -> None:
    """On a log with imported cases: down to 0010 and up again keeps every case, fills
    ``external_ref`` from the events and marks the rollup's days for a recount."""
    _import(workspace, tmp_path)
    compute(workspace.engine, MARCH, now=NOW)   # the rollup is current now
    engine = workspace.engine
    migrate.downgrade(engine, "0010")
    migrate.upgrade(engine, "head")
    with engine.connect() as conn:
        refs = dict(conn.execute(select(Case.ref, Case.external_ref)).all())
        dirty = conn.execute(select(kpi_dirty.c.day)).scalars().all()
    assert sorted(refs.values()) == ["T-1", "T-2", "T-3", "T-4", "T-5"]
    assert dirty == ["2026-03-02"]
    tiles = _tiles(compute(engine, MARCH, now=NOW))
    assert tiles["unknown_outcomes"] == (2.0, 2)
