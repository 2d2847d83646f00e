"""The Dashboard's and the PDF report's figures: SQL aggregates over the case projection.

``compute`` is the one entry point; the figures it returns are ``results.Dashboard``. It
runs two rounds of independent queries, each on ``workers`` connections at once
(``parallel``): round one the additive sums, from the daily rollup (``rollup``) when the
scope allows, else from the cases (``sums``); round two the percentiles (``percentiles``:
exact, or sampled for a big scope). ``assemble`` puts the figures together, each with the
``CaseFilter`` that opens exactly its cases (``scope``).

The durations (first response, resolution, per stage role) are projection columns in whole
milliseconds (``storage/rows.py: kpi_columns``), so no event is read.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime

from sqlalchemy import Engine

from recovery_desk.services.cases import case_query
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.kpis import percentiles, rollup, sums
from recovery_desk.services.kpis.assemble import assemble
from recovery_desk.services.kpis.deadlines import deadline_tiles
from recovery_desk.services.kpis.results import Dashboard, Granularity


def compute(engine: Engine, scope: CaseFilter, *, now: datetime,
            granularity: Granularity = "week", workers: int = 2,
            use_rollup: bool = True) -> Dashboard:
    """Every figure of the Dashboard for the cases in ``scope`` (training never counts).

    A scope of whole days plus at most one breakdown value reads the daily rollup
    (``storage/kpi_rollup.py``, brought up to date first) instead of the cases; any other
    scope, or ``use_rollup=False``, aggregates the cases. Both give the same figures.
    """
    scope = scope.with_(include_training=False)
    base = case_query.where(scope, now)
    key = rollup.rollup_key(scope) if use_rollup else None
    with ThreadPoolExecutor(max_workers=1) as pool:
        # the deadline tiles read every complaint in scope: on a connection of their own,
        # alongside both rounds, when there are workers to spare
        later = pool.submit(deadline_tiles, engine, scope, base, now) if workers > 1 else None
        if key is not None and rollup.ready(engine):
            first = rollup.from_rollup(engine, scope, key, base, now, workers)
        else:
            first = sums.from_cases(engine, base, now, workers)
        second, exact = percentiles.of_scope(engine, base, first.total, first.groups, workers)
        board = assemble(scope, now, granularity, first, second, exact=exact)
        tiles = later.result() if later else deadline_tiles(engine, scope, base, now)
    return replace(board, tiles=[*board.tiles, *tiles])
