"""Dashboard recompute time beside the bare driver's simplest aggregate, in the same run.

From the daily rollup when it is current ("warm"), with a few dirty days to recompute
first, and the first time after the upgrade to 0008 (every day dirty); and aggregated
from the cases (``use_rollup=False``), the path of scopes the rollup cannot answer.

Called at the end of ``bench.run_bench``; figures go into its ``figures`` dict.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, func, select

from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.kpis.compute import compute
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage import kpi_rollup
from recovery_desk.storage.models import Case, kpi_rollup_state
from recovery_desk.tools.bench import overlay
from recovery_desk.tools.bench.logs import raw_reader
from recovery_desk.tools.bench.timing import median_ms

#: A figure slower than this (ms) is timed once (``timing.median_ms``).
SLOW_MS = 2000.0


def run(workspace: Workspace, folder: Path, figures: dict[str, Any]) -> None:
    """Whole log and the last 90 days (up to the newest case), median of several runs."""
    measure(workspace.engine, figures, workspace.engine.url.database)


def run_given(log: Path, folder: Path, figures: dict[str, Any]) -> None:
    """The same on a given log, never written: its rollup is kept in a side file
    (``overlay``), every case read from the log itself."""
    engine = overlay.rollup_overlay(log, folder)
    try:
        figures["dashboard_rollup"] = "side file; the log read-only"
        measure(engine, figures, str(log))
    finally:
        overlay.remove_overlay(engine)


def measure(engine: Engine, figures: dict[str, Any], log: str | None) -> None:
    """The figures of ``run``; ``log``: the SQLite file of the cases, for the baseline."""
    with engine.connect() as conn:
        cases, newest = conn.execute(select(func.count(), func.max(Case.opened_at))).one()
    now = newest or datetime.now(UTC)
    scopes = {"all": CaseFilter(),
              "90d": CaseFilter(date_from=(now - timedelta(days=89)).date())}
    figures["dashboard_cases"] = int(cases)
    # the state right after migration 0008: every day dirty, no zone recorded
    with engine.begin() as conn:
        conn.execute(delete(kpi_rollup_state))
        kpi_rollup.mark_all_dirty(conn)
    started = time.perf_counter()
    compute(engine, CaseFilter(), now=now)
    figures["dashboard_first_after_upgrade_ms"] = round(
        (time.perf_counter() - started) * 1000, 1)
    recent = [(now - timedelta(days=d)) for d in (0, 3, 40)]

    def dirty_then(scope: CaseFilter) -> None:
        with engine.begin() as conn:   # as three desk actions on cases of those days
            kpi_rollup.mark_dirty(conn, recent)
        compute(engine, scope, now=now)

    for name, scope in scopes.items():
        board = compute(engine, scope, now=now)
        figures[f"dashboard_{name}_scope_cases"] = board.tile("cases").n
        figures[f"dashboard_{name}_ms_median"] = round(median_ms(
            partial(compute, engine, scope, now=now)), 1)
        figures[f"dashboard_{name}_3_dirty_days_ms_median"] = round(median_ms(
            partial(dirty_then, scope)), 1)
        figures[f"dashboard_{name}_from_cases_ms_median"] = round(median_ms(
            partial(compute, engine, scope, now=now, use_rollup=False),
            runs=3, slow_ms=SLOW_MS), 1)
    with engine.connect() as conn:   # one desk's 90 days: its other breakdowns from the cases
        desk = conn.execute(select(Case.desk_id).limit(1)).scalar()
    one_desk = scopes["90d"].with_(desks=(desk,))
    figures["dashboard_90d_one_desk_ms_median"] = round(median_ms(
        lambda: compute(engine, one_desk, now=now), runs=3, slow_ms=SLOW_MS), 1)
    figures["dashboard_all_one_worker_ms_median"] = round(median_ms(
        lambda: compute(engine, CaseFilter(), now=now, workers=1), runs=3), 1)
    with engine.begin() as conn:   # one desk action: its share of marking a day dirty
        started = time.perf_counter()
        for _ in range(100):
            kpi_rollup.mark_dirty(conn, recent[:1])
        figures["mark_dirty_ms_per_action"] = round(
            (time.perf_counter() - started) * 10, 3)
    if engine.dialect.name != "sqlite" or not log:
        return
    raw = raw_reader(log)
    try:
        raw_ms = median_ms(lambda: raw.execute(
            "SELECT count(*), avg(csat) FROM cases").fetchall())
    finally:
        raw.close()
    figures["raw_sqlite_count_avg_ms_median"] = round(raw_ms, 2)
    figures["dashboard_all_vs_raw_count_avg"] = round(
        figures["dashboard_all_ms_median"] / max(raw_ms, 1e-9), 1)
