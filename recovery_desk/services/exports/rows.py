"""The rows of an export, streamed from the database in opening (or event) order.

On SQLite the case columns are selected without their SQLAlchemy types
(``type_coerce(..., NullType())``), so a million rows stream without per-value result
processing; the stored text times (``YYYY-MM-DD HH:MM:SS.ffffff``) are re-shaped here to
the canonical form and amounts get their two decimals back. The filter's clause and its
parameters still go through SQLAlchemy as usual.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, func, select, type_coerce
from sqlalchemy.types import NullType

from recovery_desk.domain.canonical import canonical_time
from recovery_desk.services.exports.filters import AnyFilter, ExportFilter, case_where, event_where
from recovery_desk.storage.models import Case, CaseEvent

CASE_COLUMNS = (
    "case_ref", "case_id", "opened_at", "closed_at", "desk", "agent", "customer_id", "channel",
    "category", "severity", "playbook", "mode", "status", "outcome", "stage", "resolution",
    "redress_amount", "currency", "accepted", "csat", "likelihood", "ces", "watchlist",
    "follow_up_due", "follow_ups_done", "escalated", "acknowledged_at", "resolved_at",
    "training",
    # regulated clocks (services/regulated): due and met times, the status at export time
    "clock_pack", "acknowledge_due", "acknowledge_met_at", "summary_resolution_due",
    "summary_resolution_met_at", "final_response_due", "final_response_met_at", "clock_status",
)
EVENT_COLUMNS = ("event_id", "case_id", "seq", "at", "desk", "desk_seq", "actor", "kind",
                 "stage", "payload", "hash")
TIME_COLUMNS = ("opened_at", "closed_at", "follow_up_due", "acknowledged_at", "resolved_at",
                "acknowledge_due", "acknowledge_met_at", "summary_resolution_due",
                "summary_resolution_met_at", "final_response_due", "final_response_met_at")

#: Our column name -> the ``cases`` column it reads.
_CASE_SOURCES = {"case_ref": "ref", "desk": "desk_id"}
_BATCH = 5000


def _value(value: Any) -> Any:
    if isinstance(value, datetime):
        return canonical_time(value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bool):
        return int(value)
    return value


def case_rows(engine: Engine, flt: AnyFilter) -> Iterator[dict[str, Any]]:
    """One dict per case, keys in ``CASE_COLUMNS`` order."""
    c = Case.__table__.c
    raw = engine.dialect.name == "sqlite"
    columns = []
    for name in CASE_COLUMNS:
        column = c[_CASE_SOURCES.get(name, name)]
        columns.append((type_coerce(column, NullType()) if raw else column).label(name))
    stmt = select(*columns).where(case_where(flt)).order_by(c.opened_at, c.case_id)
    times = [CASE_COLUMNS.index(name) for name in TIME_COLUMNS]
    amount = CASE_COLUMNS.index("redress_amount")
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=_BATCH).execute(stmt)
        for values in result:
            if not raw:
                yield {k: _value(v) for k, v in zip(CASE_COLUMNS, values, strict=True)}
                continue
            row = list(values)
            for i in times:
                if row[i] is not None:
                    row[i] = row[i].replace(" ", "T") + "Z"
            if row[amount] is not None:
                row[amount] = f"{float(row[amount]):.2f}"
            yield dict(zip(CASE_COLUMNS, row, strict=True))


def with_clock_status(rows: Iterator[dict[str, Any]], now: datetime
                      ) -> Iterator[dict[str, Any]]:
    """The stored ``open`` clock status read at export time: ``breached`` once a deadline
    passed unmet (the one definition is ``domain/clocks/status.py``)."""
    for row in rows:
        if row.get("clock_status") == "open":
            for clock in ("acknowledge", "final_response"):
                due = row.get(f"{clock}_due")
                if due and not row.get(f"{clock}_met_at") and \
                        datetime.fromisoformat(str(due).replace("Z", "+00:00")) < now:
                    row["clock_status"] = "breached"
                    break
        yield row


def event_rows(engine: Engine, flt: AnyFilter) -> Iterator[dict[str, Any]]:
    """One dict per event, keys in ``EVENT_COLUMNS`` order, in the order they happened."""
    e = CaseEvent.__table__.c
    stmt = (select(e.event_id, e.case_id, e.seq, e.at, e.desk_id.label("desk"), e.desk_seq,
                   e.actor, e.kind, e.stage, e.payload, e.hash)
            .where(event_where(flt)).order_by(e.at, e.desk_id, e.desk_seq))
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=_BATCH).execute(stmt)
        for row in result:
            yield {k: _value(v) for k, v in row._mapping.items()}


def count_rows(engine: Engine, *, events: bool = False,
               flt: AnyFilter | None = None) -> int:
    flt = flt or ExportFilter()
    table = CaseEvent if events else Case
    where = event_where(flt) if events else case_where(flt)
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table).where(where)).scalar_one()
