"""Append events and keep the projections in step, in one transaction per unit of work.

A unit of work takes the write lock up front (BEGIN IMMEDIATE on SQLite), reads the desk's
chain head, stamps each new event (id, per-case and per-desk sequence, hash chained to the
desk's previous event), folds it into the case state and, on success, writes events,
projections and the new chain head together. The GUI uses one unit per action; demo data
and imports use one unit per batch of cases — the same code path.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, insert, select, update

from ..domain.case import CaseState, replay
from ..domain.events import CASE_OPENED, Change, Event
from ..domain.hashing import GENESIS, canonical_json, chain_hash_with_payload
from .engine import WRITE
from .models import Case, CaseEvent, Customer, Desk

_EVENTS = CaseEvent.__table__
_CASES = Case.__table__
_CUSTOMERS = Customer.__table__
_DESKS = Desk.__table__


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_uuid() -> str:
    return str(uuid.uuid4())


#: The one order in which a case's events are folded, on every desk and server.
REPLAY_ORDER = (_EVENTS.c.seq, _EVENTS.c.at, _EVENTS.c.desk_id, _EVENTS.c.desk_seq)


def event_from_row(row: Any) -> Event:
    return Event(event_id=row.event_id, case_id=row.case_id, seq=row.seq, at=row.at,
                 desk_id=row.desk_id, actor=row.actor, kind=row.kind, stage=row.stage,
                 payload=row.payload, desk_seq=row.desk_seq, prev_hash=row.prev_hash,
                 hash=row.hash)


def event_row(event: Event) -> dict[str, Any]:
    return {"event_id": event.event_id, "case_id": event.case_id, "seq": event.seq,
            "at": event.at, "desk_id": event.desk_id, "desk_seq": event.desk_seq,
            "actor": event.actor, "kind": event.kind, "stage": event.stage,
            "payload": event.payload, "prev_hash": event.prev_hash, "hash": event.hash}


def projection_row(state: CaseState) -> dict[str, Any]:
    """The ``cases`` row for a state: the one mapping between domain and projection."""
    return {
        "case_id": state.case_id, "ref": state.ref, "desk_id": state.desk_id,
        "agent": state.agent, "customer_id": state.customer_id, "opened_at": state.opened_at,
        "closed_at": state.closed_at, "updated_at": state.updated_at, "channel": state.channel,
        "category": state.category, "severity": state.severity, "words": state.words,
        "remedy": state.remedy, "playbook": state.playbook,
        "playbook_version": state.playbook_version, "mode": state.mode,
        "language": state.language, "training": state.training, "status": state.status,
        "outcome": state.outcome, "stage": state.stage,
        "stage_entered_at": state.stage_entered_at, "resolution": state.resolution,
        "redress_amount": state.redress_amount, "currency": state.currency,
        "deadline": state.deadline, "escalated": state.escalated,
        "escalation_pending": state.escalation_pending, "approved_by": state.approved_by,
        "accepted": state.accepted, "csat": state.csat, "likelihood": state.likelihood,
        "ces": state.ces, "watchlist": state.watchlist, "follow_up_due": state.follow_up_due,
        "follow_ups_done": state.follow_ups_done, "acknowledged_at": state.acknowledged_at,
        "resolved_at": state.resolved_at, "root_cause": state.root_cause,
        "notes": state.notes, "last_seq": state.last_seq,
    }


PROJECTION_COLUMNS = tuple(projection_row(CaseState(case_id="")).keys())


def search_keys(customer: dict[str, Any]) -> dict[str, str]:
    """Normalized forms that as-you-type search matches by prefix, using plain indexes.

    ``name_alt_key`` puts the last word first, so "Kovács Anna" is found by "anna" and
    "Anna Kovács" by "kovács"; ``phone_rev`` is the digits reversed, so typing the end of a
    number (without the country code) is a prefix search too.
    """
    words = str(customer.get("name", "")).casefold().split()
    digits = re.sub(r"\D", "", str(customer.get("phone", "")))
    return {
        "name_key": " ".join(words),
        "name_alt_key": " ".join(words[-1:] + words[:-1]),
        "phone_key": digits,
        "phone_rev": digits[::-1],
        "email_key": str(customer.get("email", "")).strip().casefold(),
    }


def customer_row(customer: dict[str, Any], at: datetime) -> dict[str, Any]:
    return {
        "customer_id": customer["id"], "number": str(customer.get("number", "")),
        "name": str(customer.get("name", "")), "phone": str(customer.get("phone", "")),
        "email": str(customer.get("email", "")), "language": customer.get("language", "en"),
        "created_at": at, "erased": False, **search_keys(customer),
    }


class UnitOfWork:
    """Collects the events of one user action (or one batch) and writes them atomically."""

    def __init__(self, conn: Connection, desk_id: str, clock: Callable[[], datetime],
                 new_id: Callable[[], str]) -> None:
        self.conn = conn
        self.desk_id = desk_id
        self.clock = clock
        self.new_id = new_id
        head = conn.execute(select(_DESKS.c.last_desk_seq, _DESKS.c.last_hash,
                                   _DESKS.c.last_case_no)
                            .where(_DESKS.c.desk_id == desk_id)).first()
        if head is None:
            conn.execute(insert(_DESKS).values(desk_id=desk_id, name=desk_id,
                                               created_at=utcnow(), last_desk_seq=0,
                                               last_hash=GENESIS, last_case_no=0))
            self.desk_seq, self.last_hash, self.case_no = 0, GENESIS, 0
        else:
            self.desk_seq, self.last_hash = head.last_desk_seq, head.last_hash
            self.case_no = head.last_case_no
        self._states: dict[str, CaseState] = {}
        self._new_cases: set[str] = set()
        self._dirty: set[str] = set()
        self._events: list[Event] = []
        self._customers: dict[str, dict[str, Any]] = {}
        self._payload_text: dict[str, str] = {}

    def load(self, case_id: str, known: CaseState | None = None) -> CaseState:
        """The case's full state, replayed from its events (cached for this unit).

        ``known`` is a copy the caller kept from earlier; it is used instead of a replay when
        the case list says nothing was added since (same last sequence and time).
        """
        state = self._states.get(case_id)
        if state is None and known is not None:
            row = self.conn.execute(select(_CASES.c.last_seq, _CASES.c.updated_at)
                                    .where(_CASES.c.case_id == case_id)).first()
            if row is not None and row.last_seq == known.last_seq and \
                    row.updated_at == known.updated_at:
                state = known
                self._states[case_id] = state
        if state is None:
            rows = self.conn.execute(select(_EVENTS).where(_EVENTS.c.case_id == case_id)
                                     .order_by(*REPLAY_ORDER)).all()
            if not rows:
                raise KeyError(case_id)
            state = replay(case_id, (event_from_row(r) for r in rows))
            self._states[case_id] = state
        return state

    def next_ref(self) -> str:
        """A short, human reference unique to this desk: DESK-000042."""
        self.case_no += 1
        return f"{self.desk_id}-{self.case_no:06d}"

    def new_case(self, case_id: str | None = None) -> CaseState:
        state = CaseState(case_id=case_id or self.new_id())
        self._states[state.case_id] = state
        self._new_cases.add(state.case_id)
        return state

    def record(self, state: CaseState, changes: Iterable[Change], actor: str,
               at: datetime | None = None) -> list[Event]:
        """Stamp, chain and apply ``changes`` to ``state``; written when the unit ends."""
        stamped = []
        when = at or self.clock()
        for change in changes:
            self.desk_seq += 1
            event = Event(event_id=self.new_id(), case_id=state.case_id,
                          seq=state.last_seq + 1, at=when, desk_id=self.desk_id,
                          actor=actor, kind=change.kind, stage=change.stage,
                          payload=change.payload, desk_seq=self.desk_seq,
                          prev_hash=self.last_hash)
            event.hash, payload_text = chain_hash_with_payload(event.prev_hash, event)
            self._payload_text[event.event_id] = payload_text
            self.last_hash = event.hash
            state.apply(event)
            if event.kind == CASE_OPENED:
                customer = event.payload.get("customer") or {}
                if customer.get("id"):
                    self._customers[customer["id"]] = customer_row(customer, when)
            self._events.append(event)
            stamped.append(event)
        if stamped:
            self._dirty.add(state.case_id)
        return stamped

    def flush(self) -> None:
        if not self._events:
            return
        conn = self.conn
        if self._customers:
            self._write_customers(list(self._customers.values()))
        new_rows, changed_rows = [], []
        for case_id in self._dirty:
            row = projection_row(self._states[case_id])
            (new_rows if case_id in self._new_cases else changed_rows).append(row)
        if new_rows:
            conn.execute(insert(_CASES), new_rows)
        if changed_rows:
            values = {c: bindparam(f"v_{c}") for c in PROJECTION_COLUMNS if c != "case_id"}
            stmt = update(_CASES).where(_CASES.c.case_id == bindparam("v_case_id")).values(values)
            conn.execute(stmt, [{f"v_{k}": v for k, v in row.items()} for row in changed_rows])
        self._write_events()
        conn.execute(update(_DESKS).where(_DESKS.c.desk_id == self.desk_id)
                     .values(last_desk_seq=self.desk_seq, last_hash=self.last_hash,
                             last_case_no=self.case_no))
        self._events.clear()
        self._dirty.clear()
        self._new_cases.clear()
        self._customers.clear()
        self._payload_text.clear()

    def _write_events(self) -> None:
        insert_events(self.conn, self._events, self._payload_text)

    def _write_customers(self, rows: list[dict[str, Any]]) -> None:
        ids = [r["customer_id"] for r in rows]
        known: set[str] = set()
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            known.update(self.conn.execute(select(_CUSTOMERS.c.customer_id)
                                           .where(_CUSTOMERS.c.customer_id.in_(part))).scalars())
        fresh = [r for r in rows if r["customer_id"] not in known]
        if fresh:
            self.conn.execute(insert(_CUSTOMERS), fresh)
        stale = [r for r in rows if r["customer_id"] in known]
        if stale:
            cols = ("number", "name", "phone", "email", "language", "name_key", "name_alt_key",
                    "phone_key", "phone_rev", "email_key")
            stmt = (update(_CUSTOMERS).where(_CUSTOMERS.c.customer_id == bindparam("v_id"))
                    .values({c: bindparam(f"v_{c}") for c in cols}))
            self.conn.execute(stmt, [{"v_id": r["customer_id"], **{f"v_{c}": r[c] for c in cols}}
                                     for r in stale])


_SQLITE_EVENT_INSERT = (
    "INSERT INTO case_events (event_id, case_id, seq, at, desk_id, desk_seq, actor, kind, "
    "stage, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def copy_rows(conn: Connection, table: str, columns: tuple[str, ...],
              rows: Iterable[tuple[Any, ...]]) -> None:
    """PostgreSQL COPY inside the current transaction: many times faster than INSERTs."""
    raw = conn.connection.dbapi_connection
    assert raw is not None
    with raw.cursor() as cursor, cursor.copy(
            f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _naive_utc(at: datetime) -> datetime:
    return at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo else at


def _sqlite_time(at: datetime) -> str:
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat(sep=" ", timespec="microseconds")


def insert_events(conn: Connection, events: list[Event],
                  payload_text: dict[str, str] | None = None) -> None:
    """Insert stamped events; on SQLite the canonical payload JSON is stored as is, with
    times in SQLAlchemy's own SQLite DATETIME text format (no per-row type processing)."""
    if not events:
        return
    texts = payload_text or {}
    if conn.dialect.name == "postgresql":
        columns = ("event_id", "case_id", "seq", "at", "desk_id", "desk_seq", "actor", "kind",
                   "stage", "payload", "prev_hash", "hash")
        copy_rows(conn, "case_events", columns, (
            (e.event_id, e.case_id, e.seq, _naive_utc(e.at), e.desk_id, e.desk_seq, e.actor,
             e.kind, e.stage, texts.get(e.event_id) or canonical_json(e.payload), e.prev_hash,
             e.hash) for e in events))
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(_EVENTS), [event_row(e) for e in events])
        return
    conn.exec_driver_sql(_SQLITE_EVENT_INSERT, [
        (e.event_id, e.case_id, e.seq, _sqlite_time(e.at), e.desk_id, e.desk_seq, e.actor,
         e.kind, e.stage, texts.get(e.event_id) or canonical_json(e.payload), e.prev_hash,
         e.hash) for e in events])


@contextmanager
def unit_of_work(engine: Engine, desk_id: str, *, clock: Callable[[], datetime] = utcnow,
                 new_id: Callable[[], str] = new_uuid) -> Iterator[UnitOfWork]:
    """One transaction: all the unit's events and projections land, or none do."""
    with engine.connect().execution_options(**WRITE) as conn, conn.begin():
        uow = UnitOfWork(conn, desk_id, clock, new_id)
        yield uow
        uow.flush()


def case_events(conn: Connection, case_id: str) -> list[Event]:
    rows = conn.execute(select(_EVENTS).where(_EVENTS.c.case_id == case_id)
                        .order_by(*REPLAY_ORDER)).all()
    return [event_from_row(r) for r in rows]
