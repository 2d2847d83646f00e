"""Which cases or events an export takes: the command line's simple filter, or the Log's
current view (a ``CaseFilter``, text search included)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, select

from recovery_desk.services.cases import case_query
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.storage.models import Case, CaseEvent


@dataclass(frozen=True)
class ExportFilter:
    """Which cases (or events) to export; ``None`` means any."""

    date_from: date | None = None
    date_to: date | None = None
    desk: str | None = None
    agent: str | None = None
    channel: str | None = None
    category: str | None = None
    status: str | None = None
    include_training: bool = False


#: What an export takes: the command line's simple filter, or the Log's current view.
AnyFilter = ExportFilter | CaseFilter


def _start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def case_where(flt: AnyFilter) -> ColumnElement[bool]:
    """The clause over ``cases`` for either kind of filter."""
    if isinstance(flt, CaseFilter):  # the Log's view, text search included
        return case_query.where(flt, datetime.now(UTC))
    c = Case.__table__.c
    conditions = []
    if flt.date_from:
        conditions.append(c.opened_at >= _start(flt.date_from))
    if flt.date_to:
        conditions.append(c.opened_at < _start(flt.date_to + timedelta(days=1)))
    for column, value in ((c.desk_id, flt.desk), (c.agent, flt.agent), (c.channel, flt.channel),
                          (c.category, flt.category), (c.status, flt.status)):
        if value:
            conditions.append(column == value)
    if not flt.include_training:
        conditions.append(c.training.is_(False))
    return and_(True, *conditions)


def event_where(flt: AnyFilter) -> ColumnElement[bool]:
    """The clause over ``case_events``: by the event's own time, desk and actor, or every
    event of the cases in the Log's view."""
    e = CaseEvent.__table__.c
    if isinstance(flt, CaseFilter):
        return e.case_id.in_(select(Case.__table__.c.case_id).where(case_where(flt)))
    conditions = []
    if flt.date_from:
        conditions.append(e.at >= _start(flt.date_from))
    if flt.date_to:
        conditions.append(e.at < _start(flt.date_to + timedelta(days=1)))
    if flt.desk:
        conditions.append(e.desk_id == flt.desk)
    if flt.agent:
        conditions.append(e.actor == flt.agent)
    return and_(True, *conditions)
