"""The Log's read side: any ``CaseFilter`` as one SQL clause, keyset pages in any sort
order, counts.

Pages are keyset-paginated only (never OFFSET, never all rows): the cursor is the last
row's sort value and case id. Cases without a sort value (not closed yet, no CSAT …) come
after all others in either direction; they are paged as a second run ordered by case id.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Engine, and_, cast, func, literal, or_, select, true
from sqlalchemy import Integer as SqlInteger

from ..storage.models import Case
from .case_filter import SORT_KEYS, CaseFilter

CASES = Case.__table__
C = CASES.c

ROW_COLUMNS = ("case_id", "ref", "opened_at", "closed_at", "desk_id", "agent", "channel",
               "category", "severity", "status", "outcome", "stage", "resolution",
               "redress_amount", "currency", "csat", "likelihood", "watchlist",
               "follow_up_due", "escalated", "mode", "playbook", "training")


def _day_start(day: date) -> datetime:
    """Midnight of a local calendar day, as an aware time (stored times are UTC)."""
    return datetime.combine(day, time.min).astimezone()


def where(flt: CaseFilter, now: datetime) -> ColumnElement[bool]:
    """The clause over ``cases`` for ``flt``; training cases only with ``include_training``."""
    terms: list[ColumnElement[bool]] = []
    if not flt.include_training:
        terms.append(C.training.is_(False))
    if flt.date_from is not None:
        terms.append(C.opened_at >= _day_start(flt.date_from))
    if flt.date_to is not None:
        terms.append(C.opened_at < _day_start(flt.date_to + timedelta(days=1)))
    for column, values in ((C.desk_id, flt.desks), (C.agent, flt.agents),
                           (C.channel, flt.channels), (C.category, flt.categories),
                           (C.severity, flt.severities), (C.playbook, flt.playbooks),
                           (C.mode, flt.modes), (C.status, flt.statuses),
                           (C.outcome, flt.outcomes)):
        if values:
            terms.append(column == values[0] if len(values) == 1 else column.in_(values))
    if flt.watchlist is not None:
        terms.append(C.watchlist.is_(flt.watchlist))
    if flt.escalated is not None:
        terms.append(C.escalated.is_(flt.escalated))
    if flt.overdue_follow_up:
        terms.append(and_(C.watchlist.is_(True), C.follow_up_due < now,
                          C.status == "follow_up"))
    if flt.text.strip():
        terms.append(_text_clause(flt.text))
    return and_(true(), *terms)


def _text_clause(text: str) -> ColumnElement[bool]:
    words = [w for w in text.split() if w]
    if not words:
        return true()
    return and_(*(or_(C.words.ilike(f"%{w}%"), C.remedy.ilike(f"%{w}%"),
                      C.root_cause.ilike(f"%{w}%")) for w in words))


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: the last row's sort value (``None`` for a row without
    one) and its case id."""

    value: Any
    case_id: str


@dataclass(frozen=True)
class Page:
    rows: list[Any]
    next: Cursor | None


def _duration() -> Any:
    """Seconds from opening to closing (``None`` while open); becomes a column in 0003."""
    return cast((func.julianday(C.closed_at) - func.julianday(C.opened_at)) * 86400,
                SqlInteger)


def _sort_column(sort: str) -> Any:
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}; one of {SORT_KEYS}")
    return {"opened": C.opened_at, "closed": C.closed_at, "csat": C.csat,
            "redress": C.redress_amount, "duration": _duration()}[sort]


def page(engine: Engine, flt: CaseFilter, *, sort: str = "opened", descending: bool = True,
         after: Cursor | None = None, limit: int = 200, now: datetime | None = None) -> Page:
    """One page of cases matching ``flt`` in ``sort`` order, after ``after``."""
    now = now or datetime.now().astimezone()
    key = _sort_column(sort)
    base = where(flt, now)
    columns = [*(C[name] for name in ROW_COLUMNS), _duration().label("duration_s"),
               literal("").label("snippet")]
    rows: list[Any] = []
    with engine.connect() as conn:
        if after is None or after.value is not None:
            stmt = select(*columns, key.label("sort_value")).where(base, key.is_not(None))
            if after is not None:
                stmt = stmt.where(or_(key < after.value if descending else key > after.value,
                                      and_(key == after.value,
                                           C.case_id < after.case_id if descending
                                           else C.case_id > after.case_id)))
            order = (key.desc(), C.case_id.desc()) if descending else (key, C.case_id)
            rows = list(conn.execute(stmt.order_by(*order).limit(limit)))
        if len(rows) < limit:
            stmt = select(*columns, key.label("sort_value")).where(base, key.is_(None))
            if after is not None and after.value is None:
                stmt = stmt.where(C.case_id < after.case_id if descending
                                  else C.case_id > after.case_id)
            order = (C.case_id.desc(),) if descending else (C.case_id,)
            rows += list(conn.execute(stmt.order_by(*order).limit(limit - len(rows))))
    nxt = Cursor(rows[-1].sort_value, rows[-1].case_id) if len(rows) == limit else None
    return Page(rows=rows, next=nxt)


def count(engine: Engine, flt: CaseFilter, now: datetime | None = None) -> int:
    """The exact number of cases matching ``flt``."""
    now = now or datetime.now().astimezone()
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(CASES)
                                .where(where(flt, now))).scalar_one())


def estimate(engine: Engine, flt: CaseFilter, now: datetime | None = None) -> int:
    """A quick approximate count (for a scroll bar); exact for now."""
    return count(engine, flt, now)

