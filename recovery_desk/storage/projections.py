"""Recompute the projections (cases, customers) of cases touched by merged events.

Used by sync and imports: after events from another desk land, each touched case is
replayed from all its events in the one replay order, so every desk that holds the same
events shows the same case list.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from ..domain.case import CaseState
from ..domain.events import CASE_OPENED, Event
from .event_store import (
    PROJECTION_COLUMNS,
    REPLAY_ORDER,
    customer_row,
    event_from_row,
    projection_row,
)
from .models import Case, CaseEvent, Customer

_CASES = Case.__table__
_CUSTOMERS = Customer.__table__
_EVENTS = CaseEvent.__table__
CHUNK = 500
_CUSTOMER_COLUMNS = ("number", "name", "phone", "email", "language", "name_key", "name_alt_key",
                     "phone_key", "phone_rev", "email_key")


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]


def replay_cases(conn: Connection, case_ids: Iterable[str]) -> list[CaseState]:
    states: list[CaseState] = []
    for part in _chunks(sorted(set(case_ids))):
        stmt = (select(_EVENTS).where(_EVENTS.c.case_id.in_(part))
                .order_by(_EVENTS.c.case_id, *REPLAY_ORDER))
        state: CaseState | None = None
        for row in conn.execute(stmt):
            if state is None or state.case_id != row.case_id:
                state = CaseState(case_id=row.case_id)
                states.append(state)
            state.apply(event_from_row(row))
    return states


def _existing(conn: Connection, column: Any, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for part in _chunks(ids):
        found.update(conn.execute(select(column).where(column.in_(part))).scalars())
    return found


def upsert_cases(conn: Connection, states: list[CaseState]) -> None:
    rows = [projection_row(s) for s in states]
    known = _existing(conn, _CASES.c.case_id, [r["case_id"] for r in rows])
    fresh = [r for r in rows if r["case_id"] not in known]
    stale = [r for r in rows if r["case_id"] in known]
    if fresh:
        conn.execute(insert(_CASES), fresh)
    if stale:
        values = {c: bindparam(f"v_{c}") for c in PROJECTION_COLUMNS if c != "case_id"}
        stmt = update(_CASES).where(_CASES.c.case_id == bindparam("v_case_id")).values(values)
        conn.execute(stmt, [{f"v_{k}": v for k, v in r.items()} for r in stale])


def upsert_customers_from(conn: Connection, events: Iterable[Event]) -> None:
    latest: dict[str, dict[str, Any]] = {}
    for event in events:
        if event.kind == CASE_OPENED:
            customer = (event.payload or {}).get("customer") or {}
            if customer.get("id"):
                latest[customer["id"]] = customer_row(customer, event.at)
    if not latest:
        return
    known = _existing(conn, _CUSTOMERS.c.customer_id, list(latest))
    fresh = [r for cid, r in latest.items() if cid not in known]
    stale = [r for cid, r in latest.items() if cid in known]
    if fresh:
        conn.execute(insert(_CUSTOMERS), fresh)
    if stale:
        stmt = (update(_CUSTOMERS).where(_CUSTOMERS.c.customer_id == bindparam("v_id"))
                .values({c: bindparam(f"v_{c}") for c in _CUSTOMER_COLUMNS}))
        conn.execute(stmt, [{"v_id": r["customer_id"], **{f"v_{c}": r[c]
                                                          for c in _CUSTOMER_COLUMNS}}
                            for r in stale])


def refresh(conn: Connection, events: list[Event]) -> int:
    """Replay and rewrite every case the events touch; returns the number of cases."""
    upsert_customers_from(conn, events)
    states = replay_cases(conn, {e.case_id for e in events})
    upsert_cases(conn, states)
    return len(states)
