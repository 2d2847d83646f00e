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
from recovery_desk.storage.models import Case, CaseEvent, Customer

CASE_COLUMNS = (
    "case_ref", "case_id", "external_ref", "opened_at", "closed_at", "desk", "agent",
    "customer_id", "customer_name", "customer_phone", "customer_email", "channel", "category",
    "severity", "words", "wants", "playbook", "mode", "status", "outcome", "stage", "resolution",
    "redress_amount", "currency", "accepted", "csat", "likelihood", "ces", "watchlist",
    "follow_up_due", "follow_ups_done", "escalated", "acknowledged_at", "resolved_at",
    "training",
    # regulated clocks (services/regulated): due and met times, the status at export time
    "clock_pack", "acknowledge_due", "acknowledge_met_at", "summary_resolution_due",
    "summary_resolution_met_at", "final_response_due", "final_response_met_at", "clock_status",
)
#: Who the customer is and what they said: only in personal exports (for the roles allowed);
#: a pseudonymized export leaves these columns out and never reads them.
PERSONAL_COLUMNS = ("external_ref", "customer_name", "customer_phone", "customer_email",
                    "words", "wants")
PSEUDONYMIZED_COLUMNS = tuple(c for c in CASE_COLUMNS if c not in PERSONAL_COLUMNS)
EVENT_COLUMNS = ("event_id", "case_id", "seq", "at", "desk", "desk_seq", "actor", "kind",
                 "stage", "payload", "hash")
TIME_COLUMNS = ("opened_at", "closed_at", "follow_up_due", "acknowledged_at", "resolved_at",
                "acknowledge_due", "acknowledge_met_at", "summary_resolution_due",
                "summary_resolution_met_at", "final_response_due", "final_response_met_at")

#: Our column name -> the ``cases`` column it reads (``customer_*``: the customer's row).
_CASE_SOURCES = {"case_ref": "ref", "desk": "desk_id", "wants": "remedy"}
_CUSTOMER_SOURCES = {"customer_name": "name", "customer_phone": "phone",
                     "customer_email": "email"}
_BATCH = 5000


def _value(value: Any) -> Any:
    if isinstance(value, datetime):
        return canonical_time(value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bool):
        return int(value)
    return value


def case_rows(engine: Engine, flt: AnyFilter,
              columns: tuple[str, ...] = CASE_COLUMNS) -> Iterator[dict[str, Any]]:
    """One dict per case, keys in ``columns`` order (``CASE_COLUMNS`` or
    ``PSEUDONYMIZED_COLUMNS``); the customer's row is joined only when asked for."""
    c = Case.__table__.c
    who = Customer.__table__.c
    raw = engine.dialect.name == "sqlite"
    selected = []
    for name in columns:
        column = who[_CUSTOMER_SOURCES[name]] if name in _CUSTOMER_SOURCES else \
            c[_CASE_SOURCES.get(name, name)]
        selected.append((type_coerce(column, NullType()) if raw else column).label(name))
    source: Any = Case.__table__
    if any(name in _CUSTOMER_SOURCES for name in columns):
        source = source.outerjoin(Customer.__table__, who.customer_id == c.customer_id)
    stmt = (select(*selected).select_from(source).where(case_where(flt))
            .order_by(c.opened_at, c.case_id))
    times = [columns.index(name) for name in TIME_COLUMNS if name in columns]
    amount = columns.index("redress_amount")
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=_BATCH).execute(stmt)
        for values in result:
            if not raw:
                yield {k: _value(v) for k, v in zip(columns, values, strict=True)}
                continue
            row = list(values)
            for i in times:
                if row[i] is not None:
                    row[i] = row[i].replace(" ", "T") + "Z"
            if row[amount] is not None:
                row[amount] = f"{float(row[amount]):.2f}"
            yield dict(zip(columns, row, strict=True))


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
