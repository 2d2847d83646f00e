"""Dashboard recompute time beside the bare driver's simplest aggregate, in the same run.

Called at the end of ``bench.run_bench``; figures go into its ``figures`` dict.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from .services import kpis
from .services.case_filter import CaseFilter
from .services.workspace import Workspace
from .storage.models import Case

RUNS = 5


def _median_ms(fn: Callable[[], Any], runs: int = RUNS) -> float:
    fn()  # warm the page cache and the statement caches
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def run(workspace: Workspace, folder: Path, figures: dict[str, Any]) -> None:
    """Whole log and the last 90 days (up to the newest case), median of several runs."""
    engine = workspace.engine
    with engine.connect() as conn:
        cases, newest = conn.execute(select(func.count(), func.max(Case.opened_at))).one()
    now = newest or datetime.now(UTC)
    scopes = {"all": CaseFilter(),
              "90d": CaseFilter(date_from=(now - timedelta(days=89)).date())}
    figures["dashboard_cases"] = int(cases)
    for name, scope in scopes.items():
        board = kpis.compute(engine, scope, now=now)
        figures[f"dashboard_{name}_scope_cases"] = board.tile("cases").n
        figures[f"dashboard_{name}_ms_median"] = round(_median_ms(
            lambda scope=scope: kpis.compute(engine, scope, now=now)), 1)
    figures["dashboard_all_one_worker_ms_median"] = round(_median_ms(
        lambda: kpis.compute(engine, CaseFilter(), now=now, workers=1), runs=3), 1)
    if engine.dialect.name != "sqlite":
        return
    raw = sqlite3.connect(f"file:{engine.url.database}?mode=ro", uri=True)
    try:
        raw_ms = _median_ms(lambda: raw.execute(
            "SELECT count(*), avg(csat) FROM cases").fetchall())
    finally:
        raw.close()
    figures["raw_sqlite_count_avg_ms_median"] = round(raw_ms, 2)
    figures["dashboard_all_vs_raw_count_avg"] = round(
        figures["dashboard_all_ms_median"] / max(raw_ms, 1e-9), 1)
