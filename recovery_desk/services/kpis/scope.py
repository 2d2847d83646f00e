"""A Dashboard scope as SQL, and the drill-down filters cut from it.

Each breakdown dimension is one projection column and one ``CaseFilter`` field, so a row
of a breakdown drills into exactly its cases.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ColumnElement

from recovery_desk.services.cases import case_query
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.kpis.results import BREAKDOWNS
from recovery_desk.storage.models import Case

C = Case.__table__.c

#: Per breakdown dimension: its column and the CaseFilter field that selects its values.
DIMENSION = {"desk": (C.desk_id, "desks"), "agent": (C.agent, "agents"),
             "channel": (C.channel, "channels"), "category": (C.category, "categories"),
             "playbook": (C.playbook, "playbooks"), "mode": (C.mode, "modes")}
#: The dimensions' columns, in BREAKDOWNS order (the cube's group keys).
CUBE_KEYS = tuple(DIMENSION[dim][0] for dim in BREAKDOWNS)


def drill_where(flt: CaseFilter, now: datetime) -> ColumnElement[bool]:
    """``case_query.where`` plus ``has``: columns that must have a value (e.g. the
    cases with a CSAT answer behind the CSAT tile)."""
    return case_query.where(flt, now)


def has(scope: CaseFilter, *columns: str) -> CaseFilter:
    """``scope`` narrowed to the cases with a value in every one of ``columns``."""
    return scope.with_(has=tuple(columns))


def clip(scope: CaseFilter, start: date, end: date) -> CaseFilter:
    """``scope`` narrowed to the days from ``start`` to ``end``."""
    lo = max(start, scope.date_from) if scope.date_from else start
    hi = min(end, scope.date_to) if scope.date_to else end
    return scope.with_(date_from=lo, date_to=hi)
