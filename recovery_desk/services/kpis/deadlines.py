"""The Dashboard's tiles for regulated deadlines met on time, one per deadline.

The figure is the Register's and the report's (``regulated.register_view.share_met_where``)
over the Dashboard's scope, so the three never disagree. A scope with no complaint under a
clock rule pack gets no such tile: a log that keeps no regulated clocks has nothing to show.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, Engine

from recovery_desk.services.cases import case_query
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.kpis.definitions import DEFINITIONS
from recovery_desk.services.kpis.results import Kpi
from recovery_desk.services.kpis.scope import has
from recovery_desk.services.regulated.register_view import ShareMet, share_met_where

#: The tile key of each deadline.
TILE_KEYS = {"acknowledge": "acknowledged_on_time", "final_response": "final_response_on_time"}


def deadline_shares(engine: Engine, base: ColumnElement[bool], now: datetime) -> list[ShareMet]:
    """Per deadline, met on time among the complaints ``base`` selects (a scope's WHERE)."""
    return share_met_where(engine, now, [base])


def deadline_tiles(engine: Engine, scope: CaseFilter, base: ColumnElement[bool],
                   now: datetime) -> list[Kpi]:
    """One tile per deadline that any complaint in scope has; ``n`` is the decided ones."""
    if engine.dialect.name == "sqlite":
        # every case in scope is read: a table scan, not the training index (which every
        # real case matches) and a row lookup per case, 12x slower on a 1M-case log
        base = case_query.where_off_index(scope.with_(include_training=False), now,
                                          frozenset({"training"}))
    return [Kpi(TILE_KEYS[s.clock], s.percent, "%", s.decided, DEFINITIONS[TILE_KEYS[s.clock]],
                has(scope, f"{s.clock}_due"))
            for s in deadline_shares(engine, base, now) if s.under_clock]
