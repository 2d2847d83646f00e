"""Append events and keep the projections in step, in one transaction per unit of work.

A unit of work takes the write lock up front (BEGIN IMMEDIATE on SQLite), reads the desk's
chain head, stamps each new event (id, per-case and per-desk sequence, hash chained to the
desk's previous event), folds it into the case state and, on success, writes events,
projections and the new chain head together. The GUI uses one unit per action; demo data
and imports use one unit per batch of cases — the same code path.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, func, insert, select, update

from recovery_desk.domain.audit import audit_stream_id, is_audit_stream
from recovery_desk.domain.canonical import canonical_time, parse_json
from recovery_desk.domain.case import CaseState, replay
from recovery_desk.domain.events import Change, Event
from recovery_desk.domain.hashing import CURRENT_HASH_VERSION, GENESIS, chain_hash_with_payload
from recovery_desk.domain.redaction import seal
from recovery_desk.storage import projections, search
from recovery_desk.storage.engine import WRITE
from recovery_desk.storage.models import Case, CaseEvent, Desk
from recovery_desk.storage.rows import REPLAY_ORDER, event_from_row, insert_events

_EVENTS = CaseEvent.__table__
_CASES = Case.__table__
_DESKS = Desk.__table__


def _utc(text: str) -> datetime:
    """A stored time (naive UTC text) as ``UTCDateTime`` hands it back: aware UTC."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_uuid() -> str:
    return str(uuid.uuid4())


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
        self._customers = projections.LatestCustomers()
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

    def preload(self, case_ids: Iterable[str]) -> None:
        """Replay the cases not cached yet with one query for all of them (a bulk pass
        over many cases, as the regulated demo makes, instead of one query per case)."""
        wanted = sorted({c for c in case_ids if c not in self._states})
        for start in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
            chunk = wanted[start:start + 500]
            by_case: dict[str, list[Event]] = {}
            for event in self._events_of(chunk):
                by_case.setdefault(event.case_id, []).append(event)
            for case_id, events in by_case.items():
                self._states[case_id] = replay(case_id, events)

    def _events_of(self, case_ids: list[str]) -> list[Event]:
        """The cases' events in replay order; on SQLite read straight from the driver (the
        stored canonical JSON and time text parsed as SQLAlchemy's types would)."""
        if self.conn.dialect.name != "sqlite":
            rows = self.conn.execute(select(_EVENTS).where(_EVENTS.c.case_id.in_(case_ids))
                                     .order_by(_EVENTS.c.case_id, *REPLAY_ORDER)).all()
            return [event_from_row(r) for r in rows]
        marks = ", ".join("?" * len(case_ids))
        rows = self.conn.exec_driver_sql(
            "SELECT event_id, case_id, seq, at, desk_id, desk_seq, actor, kind, stage, "
            f"payload, prev_hash, hash, hash_version FROM case_events WHERE case_id IN ({marks}) "
            "ORDER BY case_id, seq, at, desk_id, desk_seq", tuple(case_ids)).all()
        times: dict[str, datetime] = {}  # one action's events share their time
        return [Event(event_id=r[0], case_id=r[1], seq=r[2],
                      at=times.get(r[3]) or times.setdefault(r[3], _utc(r[3])),
                      desk_id=r[4], desk_seq=r[5], actor=r[6], kind=r[7], stage=r[8],
                      payload=parse_json(r[9].encode("utf-8")), prev_hash=r[10], hash=r[11],
                      hash_version=r[12]) for r in rows]

    def next_ref(self) -> str:
        """A short, human reference unique to this desk: DESK-000042."""
        self.case_no += 1
        return f"{self.desk_id}-{self.case_no:06d}"

    def new_case(self, case_id: str | None = None) -> CaseState:
        state = CaseState(case_id=case_id or self.new_id())
        self._states[state.case_id] = state
        self._new_cases.add(state.case_id)
        return state

    def audit_stream(self) -> CaseState:
        """The desk's audit stream (denied attempts, account changes), to ``record`` on.

        It is chained and synced like a case but has no row in the case list.
        """
        stream = audit_stream_id(self.desk_id)
        state = self._states.get(stream)
        if state is None:
            last = self.conn.execute(select(func.max(_EVENTS.c.seq))
                                     .where(_EVENTS.c.case_id == stream)).scalar()
            state = CaseState(case_id=stream, desk_id=self.desk_id, last_seq=last or 0)
            self._states[stream] = state
        return state

    def record(self, state: CaseState, changes: Iterable[Change], actor: str,
               at: datetime | None = None) -> list[Event]:
        """Stamp, chain and apply ``changes`` to ``state``; written when the unit ends."""
        stamped = []
        when = at or self.clock()
        when_text = canonical_time(when)
        for change in changes:
            self.desk_seq += 1
            event = Event(event_id=self.new_id(), case_id=state.case_id,
                          seq=state.last_seq + 1, at=when, desk_id=self.desk_id,
                          actor=actor, kind=change.kind, stage=change.stage,
                          payload=seal(change.kind, change.payload),
                          desk_seq=self.desk_seq, prev_hash=self.last_hash,
                          hash_version=CURRENT_HASH_VERSION)
            event.hash, payload_text = chain_hash_with_payload(event.prev_hash, event,
                                                               when_text)
            self._payload_text[event.event_id] = payload_text
            self.last_hash = event.hash
            state.apply(event)
            self._customers.offer(event)  # an opening or a contact correction
            self._events.append(event)
            stamped.append(event)
        if stamped:
            self._dirty.add(state.case_id)
        return stamped

    def forget(self) -> None:
        """Write what was recorded so far (same transaction) and drop the cached case
        states: a unit of many thousand new cases (an import) stays in constant memory."""
        self.flush()
        self._states.clear()

    def flush(self) -> None:
        if not self._events:
            return
        conn = self.conn
        if self._customers.rows:
            projections.upsert_customers(conn, self._customers.rows, self._customers.keys)
        states = [self._states[case_id] for case_id in self._dirty
                  if not is_audit_stream(case_id)]
        projections.upsert_cases(conn, states, known=self._dirty - self._new_cases)
        insert_events(conn, self._events, self._payload_text)
        search.index_events(conn, self._events, fresh=self._new_cases)  # text events only
        conn.execute(update(_DESKS).where(_DESKS.c.desk_id == self.desk_id)
                     .values(last_desk_seq=self.desk_seq, last_hash=self.last_hash,
                             last_case_no=self.case_no))
        self._events.clear()
        self._dirty.clear()
        self._new_cases.clear()
        self._customers = projections.LatestCustomers()
        self._payload_text.clear()


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
