"""Merge one desk's events into a log: verify the chain against what is there, then apply."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, func, insert, select, update

from recovery_desk.domain.events import Event
from recovery_desk.domain.hashing import GENESIS, chain_hash_with_payload, sealed_digest
from recovery_desk.domain.redaction import CUSTOMER_ERASED, is_erased
from recovery_desk.storage import id_lists, projections
from recovery_desk.storage.models import CaseEvent, Desk
from recovery_desk.storage.rows import insert_events
from recovery_desk.sync.errors import WHICH_COPY, ForkDetected, SyncRefused
from recovery_desk.sync.refusals import (
    DUPLICATE_ID,
    FORK,
    FORK_OVERLAP,
    GAP,
    KNOWN_IDS,
    TAMPERED,
)

_DESKS = Desk.__table__
_EVENTS = CaseEvent.__table__


@dataclass
class MergeResult:
    desk_id: str
    received: int = 0
    applied: int = 0
    cases: int = 0


def verify_chain(events: list[Event], first_prev_hash: str, where: str,
                 seal_lookup: Callable[[str], dict[str, str]] | None = None) -> dict[str, str]:
    """Contiguous desk sequence, each event linked to the one before, each hash right.

    An erased v1 event (its content can no longer be re-hashed) passes only when its
    scrubbed content matches a seal of an erasure event: one travelling with it, or one
    ``seal_lookup(case_id)`` finds (in the source or the target log).
    Returns each event's canonical payload JSON (made for the hash), to store as is.
    """
    payloads: dict[str, str] = {}
    seals = {k: v for e in events if e.kind == CUSTOMER_ERASED
             for k, v in ((e.payload or {}).get("sealed") or {}).items()}
    previous = first_prev_hash
    expected = events[0].desk_seq if events else 0
    desk = events[0].desk_id if events else ""
    seen: dict[str, int] = {}
    for number, event in enumerate(events, start=1):
        _once(seen, event.event_id, number, where)
        if event.desk_id != desk:
            raise SyncRefused(f"{where}: event {number} belongs to desk {event.desk_id}, "
                              f"not {desk}.", "The bundle is damaged; export it again.")
        if event.desk_seq != expected:
            raise SyncRefused(f"{where}: event {number} has desk sequence {event.desk_seq}, "
                              f"expected {expected} (events are missing).",
                              "The bundle is incomplete; export it again.")
        digest, payloads[event.event_id] = chain_hash_with_payload(event.prev_hash, event)
        if digest != event.hash and event.hash_version < 2 and is_erased(event.payload):
            if event.event_id not in seals and seal_lookup is not None:
                seals.update(seal_lookup(event.case_id))
            if seals.get(event.event_id) == sealed_digest(event):
                digest = event.hash  # erased v1 event, sealed by an erasure event
        if event.prev_hash != previous or digest != event.hash:
            raise SyncRefused.refusing(TAMPERED(where=where, event=event.event_id))
        previous = event.hash
        expected += 1
    return payloads


def _once(seen: dict[str, int], event_id: str, number: int, where: str) -> None:
    """An event id comes once: a chain that repeats one (each link hashed right) would
    otherwise reach the database and fail there, taking the whole pull with it."""
    earlier = seen.setdefault(event_id, number)
    if earlier != number:
        raise SyncRefused.refusing(DUPLICATE_ID(where=where, event=event_id,
                                                first=str(earlier), second=str(number)))


def erasure_seals(engine: Engine) -> Callable[[str], dict[str, str]]:
    """A ``seal_lookup`` over a log: the seals of the case's erasure events (indexed)."""

    def lookup(case_id: str) -> dict[str, str]:
        found: dict[str, str] = {}
        with engine.connect() as conn:
            for payload in conn.execute(select(_EVENTS.c.payload).where(
                    _EVENTS.c.case_id == case_id, _EVENTS.c.kind == CUSTOMER_ERASED)).scalars():
                found.update((payload or {}).get("sealed") or {})
        return found

    return lookup


def sync_plan(conn: Connection, desk_id: str, after: int,
              through: int | None = None) -> projections.SyncPlan:
    """Each case's last sequence among ``desk_id``'s events after ``after`` (up to
    ``through``) in this log: where a sync in chunks replays the case."""
    stmt = (select(_EVENTS.c.case_id, func.max(_EVENTS.c.desk_seq))
            .where(_EVENTS.c.desk_id == desk_id, _EVENTS.c.desk_seq > after)
            .group_by(_EVENTS.c.case_id))
    if through is not None:
        stmt = stmt.where(_EVENTS.c.desk_seq <= through)
    return projections.SyncPlan({case_id: last for case_id, last in conn.execute(stmt)})


def desk_head(conn: Connection, desk_id: str) -> tuple[int, str]:
    row = conn.execute(select(_DESKS.c.last_desk_seq, _DESKS.c.last_hash)
                       .where(_DESKS.c.desk_id == desk_id)).first()
    return (row.last_desk_seq, row.last_hash) if row else (0, GENESIS)


def merge_desk_events(conn: Connection, desk_id: str, events: list[Event],
                      where: str, payloads: dict[str, str] | None = None,
                      plan: projections.SyncPlan | None = None) -> MergeResult:
    """Apply the events of ``desk_id`` this log does not have yet. Call inside a transaction;
    the events must already be verified as one contiguous chain. ``plan``: one chunk of a
    longer sync (``projections.SyncPlan``)."""
    result = MergeResult(desk_id=desk_id, received=len(events))
    if not events:
        return result
    head_seq, head_hash = desk_head(conn, desk_id)
    last = events[-1].desk_seq
    if last <= head_seq:
        _check_overlap(conn, desk_id, events, where)
        return result  # everything already here: re-importing changes nothing
    first = events[0].desk_seq
    if first > head_seq + 1:
        raise SyncRefused.refusing(GAP(where=where, first=str(first), desk=desk_id,
                                       head=str(head_seq)))
    new = [e for e in events if e.desk_seq > head_seq]
    if new[0].prev_hash != head_hash:
        raise ForkDetected.refusing(FORK(where=where, desk=desk_id, seq=str(head_seq),
                                         ours=head_hash[:16], theirs=new[0].prev_hash[:16]))
    _check_overlap(conn, desk_id, [e for e in events if e.desk_seq <= head_seq], where)
    known: set[str] = set()
    ids = [e.event_id for e in new]
    for part in id_lists.parts(conn, ids):
        known.update(conn.execute(select(_EVENTS.c.event_id).where(
            id_lists.among(conn, _EVENTS.c.event_id, part))).scalars())
    if known:
        raise SyncRefused.refusing(KNOWN_IDS(where=where, count=str(len(known))))
    from recovery_desk.sync.authority import refuse_unauthorized

    refuse_unauthorized(conn, new, where)  # a trusted desk changes only what it may
    known_cases = projections.cases_with_events(conn, (e.case_id for e in new))
    from recovery_desk.services.trust.erasure import apply_in_merge

    # erased customers stay erased, arriving erasures apply; cases that so far had only
    # another desk's erasure event here (no row yet) are replayed whole
    unlisted = apply_in_merge(conn, new, payloads) - known_cases
    if plan is not None:
        unlisted |= plan.unlisted(conn, new, known_cases)
    insert_events(conn, new, payloads)
    now = datetime.now(UTC)
    if conn.execute(select(_DESKS.c.desk_id).where(_DESKS.c.desk_id == desk_id)).first():
        conn.execute(update(_DESKS).where(_DESKS.c.desk_id == desk_id).values(
            last_desk_seq=new[-1].desk_seq, last_hash=new[-1].hash))
    else:
        conn.execute(insert(_DESKS).values(desk_id=desk_id, name=desk_id, created_at=now,
                                           last_desk_seq=new[-1].desk_seq,
                                           last_hash=new[-1].hash, last_case_no=0))
    result.applied = len(new)
    result.cases = projections.refresh(conn, new, known_cases, unlisted, plan)
    return result


def _check_overlap(conn: Connection, desk_id: str, events: list[Event], where: str) -> None:
    """Events we already have must be the very same (same hash at the same position)."""
    if not events:
        return
    stored = dict(conn.execute(select(_EVENTS.c.desk_seq, _EVENTS.c.hash).where(
        _EVENTS.c.desk_id == desk_id, _EVENTS.c.desk_seq >= events[0].desk_seq,
        _EVENTS.c.desk_seq <= events[-1].desk_seq)).all())
    for event in events:
        if event.desk_seq in stored and stored[event.desk_seq] != event.hash:
            raise ForkDetected.refusing(FORK_OVERLAP(
                where=where, seq=str(event.desk_seq), desk=desk_id,
                ours=stored[event.desk_seq][:16], theirs=event.hash[:16]))


__all__ = ["WHICH_COPY", "ForkDetected", "MergeResult", "SyncRefused", "desk_head",
           "erasure_seals", "merge_desk_events", "sync_plan", "verify_chain"]
