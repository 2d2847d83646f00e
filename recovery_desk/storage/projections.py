"""Recompute the projections (cases, customers) of cases touched by merged events.

Used by sync and imports: after events from another desk land, each touched case is
replayed from all its events in the one replay order, so every desk that holds the same
events shows the same case list.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update

from recovery_desk.domain.audit import is_audit_stream
from recovery_desk.domain.case import CaseState
from recovery_desk.domain.contact import customer_in, precedence
from recovery_desk.domain.events import CASE_OPENED, CUSTOMER_CONTACT_CORRECTED, Event
from recovery_desk.domain.redaction import CUSTOMER_ERASED, is_erased
from recovery_desk.storage import id_lists, kpi_rollup, search
from recovery_desk.storage.models import Case, CaseEvent, Customer
from recovery_desk.storage.rows import (
    PROJECTION_COLUMNS,
    REPLAY_ORDER,
    copy_rows,
    customer_row,
    driver_rows,
    event_from_row,
    projection_row,
)

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
    for part in id_lists.parts(conn, ids, CHUNK):
        found.update(conn.execute(select(column).where(
            id_lists.among(conn, column, part))).scalars())
    return found


def upsert_cases(conn: Connection, states: list[CaseState],
                 known: set[str] | None = None) -> None:
    rows = [projection_row(s) for s in states]
    if known is None:
        known = _existing(conn, _CASES.c.case_id, [r["case_id"] for r in rows])
    fresh = [r for r in rows if r["case_id"] not in known]
    stale = [r for r in rows if r["case_id"] in known]
    if conn.dialect.name == "sqlite":
        _sqlite_upsert(conn, fresh, stale)
    elif fresh and conn.dialect.name == "postgresql":
        copy_rows(conn, "cases", PROJECTION_COLUMNS, (
            tuple(_pg(r[c]) for c in PROJECTION_COLUMNS) for r in fresh))
    elif fresh:
        conn.execute(insert(_CASES), fresh)
    if stale and conn.dialect.name != "sqlite":
        values: dict[str, Any] = {c: bindparam(f"v_{c}") for c in PROJECTION_COLUMNS
                                  if c != "case_id"}
        stmt = update(_CASES).where(_CASES.c.case_id == bindparam("v_case_id")).values(values)
        conn.execute(stmt, [{f"v_{k}": v for k, v in r.items()} for r in stale])
    kpi_rollup.mark_dirty(conn, (r["opened_at"] for r in rows))   # the dashboard's rollup


_SET_COLUMNS = tuple(c for c in PROJECTION_COLUMNS if c != "case_id") + ("case_id",)
_SQLITE_INSERT = (f"INSERT INTO cases ({', '.join(PROJECTION_COLUMNS)}) "
                  f"VALUES ({', '.join('?' * len(PROJECTION_COLUMNS))})")
_SQLITE_UPDATE = (f"UPDATE cases SET {', '.join(f'{c} = ?' for c in _SET_COLUMNS[:-1])} "
                  "WHERE case_id = ?")


def _sqlite_upsert(conn: Connection, fresh: list[dict[str, Any]],
                   stale: list[dict[str, Any]]) -> None:
    """The case rows through the bare driver, each value bound as SQLAlchemy binds it
    (``rows.driver_rows``): the same rows, without its per-row parameter handling."""
    if fresh:
        conn.exec_driver_sql(_SQLITE_INSERT, driver_rows(conn, _CASES, PROJECTION_COLUMNS,
                                                         fresh))
    if stale:
        conn.exec_driver_sql(_SQLITE_UPDATE, driver_rows(conn, _CASES, _SET_COLUMNS, stale))


def _pg(value: Any) -> Any:
    """Values as COPY wants them: naive UTC times (the columns are timestamp)."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def upsert_customers_from(conn: Connection, events: Iterable[Event]) -> None:
    latest = LatestCustomers()
    for event in events:
        latest.offer(event)
    upsert_customers(conn, latest.rows, latest.keys)


Key = tuple[datetime, int]


class LatestCustomers:
    """Each customer's row (``rows.customer_row``) from the latest of their case openings
    and contact corrections (``domain.contact.precedence``), whatever order the events come
    in (an import of history in file order, a sync): the one rule the live writer, the
    merge, ``check --rebuild`` and ``check`` follow. ``first`` is each customer's earliest
    source time (``check --rebuild`` dates the row by it)."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[str, Any]] = {}
        self.keys: dict[str, Key] = {}
        self.first: dict[str, datetime] = {}

    def offer(self, event: Event) -> None:
        self.offer_payload(event.kind, event.payload, event.at)

    def offer_payload(self, kind: str, payload: dict[str, Any] | None, at: datetime) -> None:
        customer = customer_in(kind, payload)
        if customer is None:
            return
        cid, key = customer["id"], precedence(at, kind)
        if cid not in self.first or key[0] < _utc(self.first[cid]):
            self.first[cid] = at
        held = self.keys.get(cid)
        if held is None or key >= held:
            self.rows[cid] = customer_row(customer, at, erased=is_erased(payload))
            self.keys[cid] = key


def _utc(at: datetime) -> datetime:
    return at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo else at


def _latest_sources(conn: Connection, customer_ids: list[str]) -> dict[str, Key]:
    """The latest opening or correction this log already lists for each customer."""
    found: dict[str, Key] = {}

    def keep(cid: str, key: Key) -> None:
        if cid not in found or key > found[cid]:
            found[cid] = key

    for part in id_lists.parts(conn, customer_ids):
        stmt = (select(_CASES.c.customer_id, func.max(_CASES.c.opened_at))
                .where(id_lists.among(conn, _CASES.c.customer_id, part))
                .group_by(_CASES.c.customer_id))
        for cid, at in conn.execute(stmt):
            if at is not None:
                keep(cid, precedence(at, CASE_OPENED))
        stmt = (select(_CASES.c.customer_id, func.max(_EVENTS.c.at))
                .join(_EVENTS, _EVENTS.c.case_id == _CASES.c.case_id)
                .where(id_lists.among(conn, _CASES.c.customer_id, part),
                       _EVENTS.c.kind == CUSTOMER_CONTACT_CORRECTED)
                .group_by(_CASES.c.customer_id))
        for cid, at in conn.execute(stmt):
            if at is not None:
                keep(cid, precedence(at, CUSTOMER_CONTACT_CORRECTED))
    return found


def upsert_customers(conn: Connection, latest: dict[str, dict[str, Any]],
                     keys: dict[str, Key] | None = None) -> None:
    """Insert new customers, refresh the details of known ones (rows by customer id,
    ``keys`` their ``precedence``, by default that of an opening at the row's
    ``created_at``) unless this log already lists a later opening or correction of theirs
    (``LatestCustomers``). Call before the new cases are listed."""
    if not latest:
        return
    keys = keys or {}
    known = _existing(conn, _CUSTOMERS.c.customer_id, list(latest))
    fresh = [r for cid, r in latest.items() if cid not in known]
    later = _latest_sources(conn, sorted(known))
    stale = [r for cid, r in latest.items() if cid in known and (
        cid not in later or
        keys.get(cid, precedence(r["created_at"], CASE_OPENED)) >= later[cid])]
    if fresh:
        conn.execute(insert(_CUSTOMERS), fresh)
    if stale:
        stmt = (update(_CUSTOMERS).where(_CUSTOMERS.c.customer_id == bindparam("v_id"))
                .values({c: bindparam(f"v_{c}") for c in _CUSTOMER_COLUMNS}))
        conn.execute(stmt, [{"v_id": r["customer_id"], **{f"v_{c}": r[c]
                                                          for c in _CUSTOMER_COLUMNS}}
                            for r in stale])


def cases_with_events(conn: Connection, case_ids: Iterable[str]) -> set[str]:
    """Which of these cases this log already holds (a case is listed iff it has events)."""
    return _existing(conn, _CASES.c.case_id, sorted(set(case_ids)))


def replay_key(event: Event) -> tuple[int, datetime, str, int]:
    return (event.seq, event.at, event.desk_id, event.desk_seq)


def refresh(conn: Connection, events: list[Event], known: set[str] | None = None,
            unlisted: set[str] | frozenset[str] = frozenset(),
            plan: SyncPlan | None = None) -> int:
    """Replay and rewrite every case the events touch; returns the number of cases.

    ``known`` names the touched cases that had events before these were inserted: only
    those are replayed from the database; cases that are new here are folded straight from
    the events in hand, which keeps big imports fast. ``unlisted`` names cases that had
    events but no row yet (their opening had not arrived): replayed, then inserted.
    ``plan`` (one chunk of a sync): a case whose events go on in a later chunk of the same
    sync is left to that chunk (``SyncPlan``), so each case is replayed once per sync.
    """
    touched = {e.case_id for e in events if not is_audit_stream(e.case_id)}
    if known is None:
        known = touched
    upsert_customers_from(conn, events)
    fresh: dict[str, list[Event]] = {}
    for event in events:
        if event.case_id not in known and event.case_id not in unlisted and \
                event.case_id in touched:
            fresh.setdefault(event.case_id, []).append(event)
    held: set[str] = set()
    if plan is not None:
        held = plan.hold(touched, fresh, events)
    states = replay_cases(conn, ((known | unlisted) & touched) - held)
    for case_id, case_events in fresh.items():
        state = CaseState(case_id=case_id)
        for event in sorted(case_events, key=replay_key):
            state.apply(event)
        states.append(state)
    # a case whose opening has not arrived yet (another desk's event on it came first, e.g.
    # an erasure) gets its row when the opening arrives
    states = [s for s in states if s.opened_at is not None]
    upsert_cases(conn, states, known=known & touched)
    due = plan.settle(touched, held) if plan is not None else set()
    skip = held | set(fresh) | (set(plan.carried) if plan is not None else set())
    in_hand = [e for case_events in fresh.values() for e in case_events]
    search.index_events(conn, in_hand + [e for e in events if e.case_id not in skip],
                        fresh=set(fresh), also=due)  # the events are stored already
    return len(states)


def settle_plan(conn: Connection, plan: SyncPlan) -> int:
    """Replay the cases a sync that stopped before their last chunk still owes."""
    ids = plan.pending()
    if not ids:
        return 0
    states = [s for s in replay_cases(conn, ids) if s.opened_at is not None]
    upsert_cases(conn, states)
    search.index_events(conn, [], also=ids)
    plan.owed.clear()
    plan.carried.clear()
    return len(states)


class SyncPlan:
    """Where each case's events end in one sync (its last desk sequence), so that a case
    whose events span several chunks is replayed once, in the chunk holding its last
    event, rather than from the log in every chunk it appears in.

    A case new here is carried: its events stay in hand (``carried``, at most
    ``CARRY_LIMIT`` events in all) and are folded with the last chunk's. A case the log
    already lists is replayed from the log in its last chunk; ``owed`` names those left
    out so far (their search text is rebuilt then). Between those chunks the case's row
    and search text lag its stored events; a sync that stops early settles them
    (``settle_plan``), and so would the next sync, which brings the rest of its events.
    """

    CARRY_LIMIT = 20_000

    def __init__(self, last_seq: dict[str, int]) -> None:
        self.last_seq = last_seq
        self.owed: set[str] = set()
        self.carried: dict[str, list[Event]] = {}
        self._carried_events = 0

    def unlisted(self, conn: Connection, events: list[Event], listed: set[str]) -> set[str]:
        """Touched cases with stored events but no row that are not carried: replayed from
        the log (a sync stopped early, or carried cases an erasure has scrubbed since)."""
        if any(e.kind == CUSTOMER_ERASED for e in events):
            self.owed |= set(self.carried)  # their stored events may be scrubbed now:
            self.carried.clear()            # replayed from the log instead
            self._carried_events = 0
        ids = sorted({e.case_id for e in events if not is_audit_stream(e.case_id)}
                     - listed - set(self.carried))
        found: set[str] = set()
        for part in id_lists.parts(conn, ids, CHUNK):
            found.update(conn.execute(select(_EVENTS.c.case_id).where(
                id_lists.among(conn, _EVENTS.c.case_id, part)).distinct()).scalars())
        return found

    def hold(self, touched: set[str], fresh: dict[str, list[Event]],
             events: list[Event]) -> set[str]:
        """Take carried events into ``fresh``; carry the new cases that go on later (out
        of ``fresh``); return the listed cases that go on later (not replayed now)."""
        for case_id, case_events in fresh.items():
            earlier = self.carried.pop(case_id, None)
            if earlier is not None:
                self._carried_events -= len(earlier)
                case_events[:0] = earlier
        end = max((e.desk_seq for e in events), default=0)
        later = {c for c in touched if self.last_seq.get(c, 0) > end}
        for case_id in sorted(later & set(fresh)):
            if self._carried_events + len(fresh[case_id]) > self.CARRY_LIMIT:
                later.discard(case_id)  # folded and listed now, replayed in its last chunk
                continue
            self.carried[case_id] = fresh.pop(case_id)
            self._carried_events += len(self.carried[case_id])
        return later - set(self.carried)

    def settle(self, touched: set[str], held: set[str]) -> set[str]:
        """Record the held cases as owed; returns the owed cases replayed now."""
        self.owed |= held
        due = self.owed & (touched - held)
        self.owed -= due
        return due

    def pending(self) -> set[str]:
        """Cases still owed a replay (a sync that stopped early settles them itself)."""
        return self.owed | set(self.carried)
