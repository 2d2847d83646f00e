"""What the supervisor's PDF report prints: the Dashboard's figures and the follow-up lists.

Gathered in one call off the interface thread; the Qt side (``ui/report_pdf.py``) only
draws. The lists are limited and keyset-ordered (due time, case id), so a log with a long
watchlist costs one index range per page; customer names appear only when the signed-in
user's role may export personal data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import Engine, and_, or_, select

from recovery_desk.services.cases import case_query
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.exports.rights import may_export_personal
from recovery_desk.services.kpis.compute import compute
from recovery_desk.services.kpis.deadlines import deadline_shares
from recovery_desk.services.kpis.results import Dashboard, Granularity
from recovery_desk.services.regulated.register_view import (
    RedressTotal,
    ShareMet,
    redress_totals,
)
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.models import Case, Customer

C = Case.__table__.c
CU = Customer.__table__.c

#: Rows per list in the report; the report says how many more there are.
LIST_LIMIT = 200


@dataclass(frozen=True)
class FollowUpRow:
    case_id: str
    ref: str
    customer: str | None        # None: the reader may not see names (or the customer erased)
    due: datetime | None
    agent: str
    category: str
    csat: int | None
    likelihood: int | None


@dataclass(frozen=True)
class FollowUpList:
    rows: list[FollowUpRow]
    total: int                  # all matching cases, of which ``rows`` are the first
    next_after: tuple[datetime | None, str] | None  # keyset cursor for the next page


@dataclass(frozen=True)
class ReportData:
    dashboard: Dashboard
    watchlist: FollowUpList
    overdue: FollowUpList
    names_shown: bool
    created_at: datetime
    user: str
    #: regulated deadlines met on time and the redress ledger (``services/regulated``);
    #: empty when no complaint in scope ran under a clock rule pack
    deadlines: list[ShareMet] = field(default_factory=list)
    redress: list[RedressTotal] = field(default_factory=list)


def may_name_customers(workspace: Workspace) -> bool:
    """A printed report is an export: names only for roles that may export personal data."""
    return may_export_personal(workspace)


def follow_up_list(engine: Engine, flt: CaseFilter, now: datetime, *, names: bool,
                   limit: int = LIST_LIMIT,
                   after: tuple[datetime | None, str] | None = None) -> FollowUpList:
    """Cases matching ``flt``, soonest due first (no due time last), ``limit`` at a time."""
    base = case_query.where(flt, now)
    columns = [C.case_id, C.ref, C.follow_up_due, C.agent, C.category, C.csat, C.likelihood,
               CU.name, CU.erased]
    joined = Case.__table__.outerjoin(Customer.__table__, CU.customer_id == C.customer_id)
    rows: list[Any] = []
    with engine.connect() as conn:
        if after is None or after[0] is not None:
            stmt = select(*columns).select_from(joined).where(base, C.follow_up_due.is_not(None))
            if after is not None:
                stmt = stmt.where(or_(C.follow_up_due > after[0],
                                      and_(C.follow_up_due == after[0], C.case_id > after[1])))
            rows = list(conn.execute(stmt.order_by(C.follow_up_due, C.case_id).limit(limit)))
        if len(rows) < limit:
            stmt = select(*columns).select_from(joined).where(base, C.follow_up_due.is_(None))
            if after is not None and after[0] is None:
                stmt = stmt.where(C.case_id > after[1])
            rows += list(conn.execute(stmt.order_by(C.case_id).limit(limit - len(rows))))
    total = case_query.count(engine, flt, now) if after is None else -1
    items = [FollowUpRow(case_id=r.case_id, ref=r.ref,
                         customer=(r.name or "") if names and not r.erased else None,
                         due=r.follow_up_due, agent=r.agent or "", category=r.category or "",
                         csat=r.csat, likelihood=r.likelihood) for r in rows]
    nxt = (rows[-1].follow_up_due, rows[-1].case_id) if len(rows) == limit else None
    return FollowUpList(rows=items, total=total, next_after=nxt)


def _drill(dashboard: Dashboard, key: str, fallback: CaseFilter) -> CaseFilter:
    """The tile's own drill-down, so the list shows exactly the cases the tile counts."""
    tile = next((t for t in dashboard.tiles if t.key == key), None)
    return tile.drill if tile is not None and not tile.drill.is_empty() else fallback


def gather(workspace: Workspace, scope: CaseFilter, *, now: datetime,
           granularity: Granularity = "week", limit: int = LIST_LIMIT) -> ReportData:
    """Everything the report prints, read in one go (no Qt: safe on a worker thread)."""
    dashboard = compute(workspace.engine, scope, now=now, granularity=granularity)
    names = may_name_customers(workspace)
    watch = _drill(dashboard, "watchlist", scope.with_(watchlist=True))
    overdue = _drill(dashboard, "overdue_follow_ups", scope.with_(overdue_follow_up=True))
    since = (datetime.combine(scope.date_from, time(0), tzinfo=UTC)
             if scope.date_from else datetime(1970, 1, 1, tzinfo=UTC))
    until = (datetime.combine(scope.date_to + timedelta(days=1), time(0), tzinfo=UTC)
             if scope.date_to else None)
    # the Dashboard's tiles' figure for the same scope (not only its period)
    in_scope = case_query.where(scope.with_(include_training=False), now)
    deadlines = [d for d in deadline_shares(workspace.engine, in_scope, now) if d.decided]
    return ReportData(
        dashboard=dashboard,
        watchlist=follow_up_list(workspace.engine, watch, now, names=names, limit=limit),
        overdue=follow_up_list(workspace.engine, overdue, now, names=names, limit=limit),
        names_shown=names, created_at=now, user=workspace.user, deadlines=deadlines,
        redress=redress_totals(workspace, since, until))
