"""Erase a customer's personal data from the whole log while the hash chains still verify.

What happens, in one transaction (all or nothing):

1. Every event of every case of the customer — whichever desk wrote it — is scrubbed in
   place (``domain.redaction.scrub``): personal values become ``""``. The event stays, with
   its id, time, kind, stage and every figure (category, amounts, scores, outcome), so the
   KPIs do not change.
2. v2 events keep their hash: it covers each value's salted commitment, which is kept,
   while the salt is deleted. v1 events (written before v2, or by older desks) cannot keep
   theirs: what their hash covered is gone. For each, a *seal* (``hashing.sealed_digest``
   of its scrubbed content) is recorded in the erasure event; ``check`` verifies such an
   event's links and its seal, and counts it as "erased, content sealed at erasure". The
   content between the last verified state and the erasure is vouched for by the erasure
   event only; every unerased event is verified exactly as before.
3. One ``customer_erased`` event per case (customer id, reason, seals; no personal data) is
   appended on this desk's chain, so the erasure is itself on the record and travels by
   sync. The ``cases`` and ``customers`` projections, the drafts of those cases and the
   search index are rewritten from the scrubbed events.

On SQLite the work runs with ``secure_delete`` on and the WAL is truncated afterwards, so
the old values do not linger in free pages (a test greps the file's bytes). Backups made
before the erasure still hold the data until they roll off (``services.backup``).

Sync: a later pull of the *same* events from a desk that has not erased yet changes
nothing (they are already held, same hash). Events new to this log are scrubbed before they
are stored when their customer is erased here, and a ``customer_erased`` event arriving by
sync makes this log erase the customer too (``apply_in_merge``); v1 events are scrubbed
there where an erasure event sealed exactly that content (the scrub is deterministic, so a
seal made on one desk fits every copy). v1 events that only this log holds and no erasure
event sealed are left for the next ``customers erase`` run here, which is idempotent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, select, update

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain.events import Change, Event
from recovery_desk.domain.hashing import sealed_digest
from recovery_desk.domain.redaction import CUSTOMER_ERASED, is_erased, scrub
from recovery_desk.services.access.permissions import Permission, require
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage import projections
from recovery_desk.storage.engine import WRITE
from recovery_desk.storage.event_store import UnitOfWork, new_uuid, utcnow
from recovery_desk.storage.models import Case, CaseEvent, Customer, Draft
from recovery_desk.storage.rows import REPLAY_ORDER, event_from_row

log = logging.getLogger(__name__)

_EV = CaseEvent.__table__
_CASES = Case.__table__
_CUSTOMERS = Customer.__table__
_DRAFTS = Draft.__table__
_CHUNK = 500
_BLANK_CUSTOMER = {"number": "", "name": "", "name_key": "", "name_alt_key": "", "phone": "",
                   "phone_key": "", "phone_rev": "", "email": "", "email_key": ""}


class CustomerNotFound(RecoveryDeskError):
    """No customer with that id or number in this log."""


@dataclass
class ErasureResult:
    customer_id: str
    cases: list[str] = field(default_factory=list)
    events_scrubbed: int = 0
    sealed_v1: int = 0
    erasure_events: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.events_scrubbed or self.erasure_events)


def find_customer(conn: Connection, key: str) -> str:
    """The customer id for an id or a customer number (refuses an ambiguous number)."""
    key = key.strip()
    if conn.execute(select(_CUSTOMERS.c.customer_id)
                    .where(_CUSTOMERS.c.customer_id == key)).first():
        return key
    ids: list[str] = list(conn.execute(select(_CUSTOMERS.c.customer_id)
                                       .where(_CUSTOMERS.c.number == key).limit(2)).scalars())
    if len(ids) == 1:
        return ids[0]
    if ids:
        raise CustomerNotFound(f"More than one customer has the number {key!r}.",
                               "Give the customer id instead.")
    raise CustomerNotFound(f"No customer {key!r} in this case log.",
                           "Check the id or customer number (recovery-desk export lists them).")


def erase_customer(workspace: Workspace, key: str, *, reason: str = "request",
                   clock: Callable[[], datetime] = utcnow,
                   purge_now: bool = True) -> ErasureResult:
    """Erase one customer (by id or number) everywhere in this log; idempotent.
    ``purge_now`` False: the caller runs ``purge_search_index`` itself (in the background)."""
    require(workspace, Permission.ERASE_CUSTOMER, action="erase a customer's personal data")
    with workspace.engine.connect() as conn:
        customer_id = find_customer(conn, key)
    return erase_customers(workspace, [customer_id], reason=reason, clock=clock,
                           purge_now=purge_now)[0]


def erase_customers(workspace: Workspace, customer_ids: Iterable[str], *, reason: str,
                    clock: Callable[[], datetime] = utcnow,
                    purge_now: bool = True) -> list[ErasureResult]:
    """Erase several customers in one transaction. Callers have checked the permission.

    The erased words are out of every search at once. Their last copies, in older segments
    of the search index, go with ``purge_search_index``: here after the commit, or left to
    the caller (``purge_now`` False), and in any case owed until done (start-up retries)."""
    ids = list(dict.fromkeys(customer_ids))
    engine = workspace.engine
    with engine.connect().execution_options(**WRITE) as conn:
        previous = _secure_delete(conn, True)
        try:
            with conn.begin():
                uow = UnitOfWork(conn, workspace.desk_id, clock, new_uuid)
                role = workspace.role_of(workspace.user)
                results = [_erase_one(conn, uow, cid, reason, workspace.user, role)
                           for cid in ids]
                uow.flush()
        finally:
            _secure_delete(conn, previous)
    if any(r.changed for r in results):
        purged = 0
        if purge_now:
            try:
                purged = purge_search_index(engine)  # empties the WAL when done
            except Exception:  # the erasure is committed; the purge stays owed (start-up)
                log.exception("purging erased words from the search index failed; it is "
                              "retried at the next start")
        if not purged:
            truncate_wal(engine)
        log.info("erased %d customer(s): %d events scrubbed", len(results),
                 sum(r.events_scrubbed for r in results))
    return results


def _erase_one(conn: Connection, uow: UnitOfWork, customer_id: str, reason: str,
               actor: str, role: str) -> ErasureResult:
    result = ErasureResult(customer_id=customer_id)
    result.cases = sorted(conn.execute(select(_CASES.c.case_id).where(
        _CASES.c.customer_id == customer_id)).scalars())
    seals_by_case, scrubbed_by_case = scrub_cases(conn, result.cases)
    result.events_scrubbed = sum(scrubbed_by_case.values())
    result.sealed_v1 = sum(len(s) for s in seals_by_case.values())
    conn.execute(update(_CUSTOMERS).where(_CUSTOMERS.c.customer_id == customer_id)
                 .values(erased=True, **_BLANK_CUSTOMER))
    for case_id in result.cases:
        if not scrubbed_by_case.get(case_id) and _has_erasure_record(conn, case_id):
            continue  # already erased: nothing new to record
        state = uow.load(case_id)
        uow.record(state, [Change(CUSTOMER_ERASED, {
            # the role travels with it: other desks accept an erasure only from a role
            # allowed to erase (``domain/authority.py``)
            "customer_id": customer_id, "reason": reason, "role": role,
            "events": scrubbed_by_case.get(case_id, 0),
            "sealed": seals_by_case.get(case_id, {})})], actor)
        result.erasure_events += 1
    if result.cases:
        conn.execute(delete(_DRAFTS).where(_DRAFTS.c.case_id.in_(result.cases)))
        _reindex(conn, result.cases)
    return result


def _has_erasure_record(conn: Connection, case_id: str) -> bool:
    return conn.execute(select(_EV.c.event_id).where(
        _EV.c.case_id == case_id, _EV.c.kind == CUSTOMER_ERASED).limit(1)).first() is not None


def scrub_cases(conn: Connection, case_ids: list[str],
                ) -> tuple[dict[str, dict[str, str]], dict[str, int]]:
    """Scrub every event of these cases in place; returns v1 seals and counts per case."""
    seals: dict[str, dict[str, str]] = {}
    counts: dict[str, int] = {}
    stmt = (update(_EV).where(_EV.c.event_id == bindparam("v_id"))
            .values(payload=bindparam("v_payload")))
    for start in range(0, len(case_ids), _CHUNK):
        part = case_ids[start:start + _CHUNK]
        rows = conn.execute(select(_EV).where(_EV.c.case_id.in_(part))
                            .order_by(_EV.c.case_id, *REPLAY_ORDER)).all()
        updates = []
        for row in rows:
            event = event_from_row(row)
            new = scrub(event.kind, event.payload or {}, event.hash_version)
            if new is None or new == event.payload:
                continue
            event.payload = new
            updates.append({"v_id": event.event_id, "v_payload": new})
            counts[event.case_id] = counts.get(event.case_id, 0) + 1
            if event.hash_version < 2:
                seals.setdefault(event.case_id, {})[event.event_id] = sealed_digest(event)
        if updates:
            conn.execute(stmt, updates)
    return seals, counts


def scrub_incoming(events: list[Event], payloads: dict[str, str] | None,
                   erased_customers: set[str], erased_cases: set[str],
                   seals: dict[str, str]) -> int:
    """Scrub, before they are stored, events new to this log whose customer is erased.

    v2 events always can be (their hash stays valid); a v1 event only when an erasure
    event here or among the new ones sealed exactly that scrubbed content, otherwise it
    is left for the next ``customers erase`` on this desk. Returns how many were scrubbed.
    """
    count = 0
    for event in events:
        if event.case_id not in erased_cases:
            customer = (event.payload or {}).get("customer") or {}
            if customer.get("id") not in erased_customers:
                continue
            erased_cases.add(event.case_id)
        if event.kind == CUSTOMER_ERASED:
            continue
        new = scrub(event.kind, event.payload or {}, event.hash_version)
        if new is None or new == event.payload:
            continue
        if event.hash_version < 2:
            probe = replace(event, payload=new)
            if seals.get(event.event_id) != sealed_digest(probe):
                continue
        event.payload = new
        if payloads is not None:
            payloads.pop(event.event_id, None)
        count += 1
    return count


def _held_erasures(conn: Connection, case_ids: list[str]) -> dict[str, dict[str, str]]:
    """The erasure records this log holds for these cases: case id -> seals."""
    found: dict[str, dict[str, str]] = {}
    for start in range(0, len(case_ids), _CHUNK):
        for case_id, payload in conn.execute(select(_EV.c.case_id, _EV.c.payload).where(
                _EV.c.case_id.in_(case_ids[start:start + _CHUNK]),
                _EV.c.kind == CUSTOMER_ERASED)).all():
            found.setdefault(case_id, {}).update((payload or {}).get("sealed") or {})
    return found


def apply_in_merge(conn: Connection, new: list[Event],
                   payloads: dict[str, str] | None) -> set[str]:
    """Called by the merge before new events are stored: keep erased customers erased.

    New events of a case erased here (a ``customer_erased`` event on it, or its customer
    marked erased), or erased by a ``customer_erased`` event among ``new``, are scrubbed
    before they are written. For an arriving erasure, the events already held here are
    scrubbed in place too (v1 ones only where a seal covers them). Returns the touched
    cases that already have an erasure event here (they may have no row yet).
    """
    incoming: set[str] = {cid for e in new if e.kind == CUSTOMER_ERASED
                          if (cid := (e.payload or {}).get("customer_id")) is not None}
    opened: set[str] = {cid for e in new
                        if (cid := ((e.payload or {}).get("customer") or {}).get("id"))
                        is not None}
    touched = sorted({e.case_id for e in new})
    held = _held_erasures(conn, touched)
    seals = {k: v for case_seals in held.values() for k, v in case_seals.items()}
    for event in new:
        if event.kind == CUSTOMER_ERASED:
            seals.update((event.payload or {}).get("sealed") or {})
    erased_customers = set(incoming)
    candidates = sorted(opened - incoming)
    for start in range(0, len(candidates), _CHUNK):
        erased_customers.update(conn.execute(select(_CUSTOMERS.c.customer_id).where(
            _CUSTOMERS.c.customer_id.in_(candidates[start:start + _CHUNK]),
            _CUSTOMERS.c.erased.is_(True))).scalars())
    erased_cases = set(held) | {e.case_id for e in new if e.kind == CUSTOMER_ERASED}
    for start in range(0, len(touched), _CHUNK):
        erased_cases.update(conn.execute(
            select(_CASES.c.case_id).join(_CUSTOMERS, _CUSTOMERS.c.customer_id ==
                                          _CASES.c.customer_id)
            .where(_CASES.c.case_id.in_(touched[start:start + _CHUNK]),
                   _CUSTOMERS.c.erased.is_(True))).scalars())
    if not erased_customers and not erased_cases:
        return set(held)
    scrub_incoming(new, payloads, erased_customers, erased_cases, seals)
    if not incoming:
        return set(held)
    held_cases = sorted(set(conn.execute(select(_CASES.c.case_id).where(
        _CASES.c.customer_id.in_(sorted(incoming)))).scalars())
        | {e.case_id for e in new if e.kind == CUSTOMER_ERASED})
    _scrub_held_v2_and_sealed(conn, held_cases, seals)
    conn.execute(update(_CUSTOMERS).where(_CUSTOMERS.c.customer_id.in_(sorted(incoming)))
                 .values(erased=True, **_BLANK_CUSTOMER))
    present = sorted(projections.cases_with_events(conn, held_cases))
    if present:
        states = [s for s in projections.replay_cases(conn, present) if s.opened_at]
        projections.upsert_cases(conn, states, known={s.case_id for s in states})
        conn.execute(delete(_DRAFTS).where(_DRAFTS.c.case_id.in_(present)))
        _reindex(conn, present)
    return set(held)


def _scrub_held_v2_and_sealed(conn: Connection, case_ids: list[str],
                              seals: dict[str, str]) -> None:
    stmt = (update(_EV).where(_EV.c.event_id == bindparam("v_id"))
            .values(payload=bindparam("v_payload")))
    for start in range(0, len(case_ids), _CHUNK):
        rows = conn.execute(select(_EV).where(
            _EV.c.case_id.in_(case_ids[start:start + _CHUNK]))).all()
        updates = []
        for row in rows:
            event = event_from_row(row)
            new = scrub(event.kind, event.payload or {}, event.hash_version)
            if new is None or new == event.payload:
                continue
            if event.hash_version < 2:
                event.payload = new
                if seals.get(event.event_id) != sealed_digest(event):
                    continue  # not sealed by the arriving erasure: left for a local run
            updates.append({"v_id": event.event_id, "v_payload": new})
        if updates:
            conn.execute(stmt, updates)


def _reindex(conn: Connection, case_ids: list[str]) -> None:
    """Refresh the search index of these cases, where this version has one."""
    try:
        from recovery_desk.storage import search
    except ImportError:
        return
    reindex = getattr(search, "reindex_cases", None)
    if reindex is not None:
        reindex(conn, case_ids)


def _secure_delete(conn: Connection, on: bool) -> bool:
    """Switch SQLite's secure_delete (freed content overwritten) for this connection."""
    if conn.dialect.name != "sqlite":
        return False
    raw = conn.connection.dbapi_connection
    assert raw is not None
    before = bool(raw.execute("PRAGMA secure_delete").fetchone()[0])
    raw.execute(f"PRAGMA secure_delete = {1 if on else 0}")
    return before


def purge_search_index(engine: Any, pages: int = 2000) -> int:
    """Merge the search index until no older segment keeps an erased word (SQLite; owed by
    erasures, see ``search.reindex_cases``). Runs as many short write transactions, so a
    desk writing meanwhile waits for one step, never for the whole merge (seconds on a
    big log), then empties the WAL. Returns the number of steps; 0 when nothing was owed."""
    from recovery_desk.storage import chores, search

    if engine.dialect.name != "sqlite":
        return 0
    with engine.connect() as conn:
        if not chores.owed(conn, search.PURGE_CHORE):
            return 0
    steps, more = 0, True
    while more:
        with engine.connect().execution_options(**WRITE) as conn:
            previous = _secure_delete(conn, True)
            try:
                with conn.begin():
                    more = search.merge_step(conn, pages)
            finally:
                _secure_delete(conn, previous)
        steps += 1
    truncate_wal(engine)
    log.info("search index purged of erased words in %d step(s)", steps)
    return steps


def truncate_wal(engine: Any) -> bool:
    """Move everything into the main file and empty the WAL; False if a reader blocked it."""
    if engine.dialect.name != "sqlite":
        return True
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    return not busy


def is_customer_erased(conn: Connection, customer_id: str) -> bool:
    return bool(conn.execute(select(_CUSTOMERS.c.erased)
                             .where(_CUSTOMERS.c.customer_id == customer_id)).scalar())


__all__ = ["CustomerNotFound", "ErasureResult", "apply_in_merge", "erase_customer",
           "erase_customers", "find_customer", "is_customer_erased", "is_erased",
           "purge_search_index", "scrub_cases", "truncate_wal"]
