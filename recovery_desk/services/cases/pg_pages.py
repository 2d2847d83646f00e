"""PostgreSQL: which cases drive a Log page, when the planner's estimate would mislead it.

PostgreSQL's planner estimates each filter column on its own. Some filters and sort keys
are tied together, and it cannot know: an open case has no closing time, no duration and
rarely a CSAT. "Open and follow-up cases, longest first" was then planned as a walk down
the duration index, expecting a page within a few thousand entries. On 580,000 cases it
read all of them and found none (1.3 s; ``bench --only pgscale``'s plans). A word that
matches a few hundred cases, OR-ed with the customer and reference lookups, was planned the
same way (0.6 s).

So a page first counts, up to ``NARROW``, the cases of its most selective filter that has
an index of its own (days, desk, status, watchlist), through that index alone, and the
cases of its searched words, up to ``TEXT_NARROW``, through the GIN index. When either
is small, those cases drive the page: the query reads them behind an ``OFFSET 0`` fence
(PostgreSQL's documented way to keep a subquery planned on its own), and the page is
sorted from them. The same rows come back in the same order; only the plan differs.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, func, select
from sqlalchemy.sql.util import ClauseAdapter

from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.cases.text_search import matching_ids
from recovery_desk.storage import search
from recovery_desk.storage.models import Case

C = Case.__table__.c

#: a filter with its own index matching fewer cases than this drives the page; its rows
#: are read and sorted (about 2 µs each), where a sort index walk can read the whole log
NARROW = 20_000
#: a searched word with fewer matches than this: its case ids drive the page
TEXT_NARROW = 5_000


def _bounded(conn: Connection, stmt: Select[Any], bound: int) -> int:
    inner = stmt.limit(bound).subquery()
    return int(conn.execute(select(func.count()).select_from(inner)).scalar_one())


def driver(conn: Connection, flt: CaseFilter, days: ColumnElement[bool] | None) -> str:
    """``"text"``, ``"narrow"`` or ``"planner"`` (the planner chooses, as before);
    ``days``: the filter's days alone, as a clause (None: no days)."""
    tokens = search.query_tokens(flt.text)
    if tokens and _bounded(conn, matching_ids(tokens, "postgresql"), TEXT_NARROW) \
            < TEXT_NARROW:
        return "text"
    candidates: list[Select[Any]] = []
    if days is not None:
        candidates.append(select(C.case_id).where(days))
    if flt.desks:
        candidates.append(select(C.case_id).where(C.desk_id.in_(flt.desks)))
    if flt.statuses:
        candidates.append(select(C.case_id).where(C.status.in_(flt.statuses)))
    if flt.watchlist or flt.overdue_follow_up:
        candidates.append(select(C.case_id).where(C.watchlist.is_(True)))
    if any(_bounded(conn, stmt, NARROW) < NARROW for stmt in candidates):
        return "narrow"
    return "planner"


def fenced(columns: list[Any], terms: list[Any], order: tuple[Any, ...], key: Any,
           limit: int) -> Select[Any]:
    """The page's rows chosen by ``terms`` alone, then ordered and cut to ``limit``.

    The narrow set is read as index entries (case id and sort value, behind the fence), its
    first ``limit`` picked in order, and only those rows read in full: reading and sorting
    every open case's whole row cost 125 ms on 14,000 of them.
    """
    inner = select(C.case_id, key.label("sort_value")).where(*terms).offset(0).subquery()
    adapt = ClauseAdapter(inner, equivalents={key: {inner.c.sort_value}})
    ids = (select(inner.c.case_id).order_by(*(adapt.traverse(o) for o in order))
           .limit(limit).subquery())
    return (select(*columns).join_from(Case.__table__, ids, C.case_id == ids.c.case_id)
            .order_by(*order))
