"""What an attacker with file access does, written as they would: with the project's own
hashing module, the SQLite file, and (when it is their own desk) the desk's own key."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, select, text

from recovery_desk.domain.events import Change, Event
from recovery_desk.domain.hashing import GENESIS, chain_hash_with_payload
from recovery_desk.domain.signing import sign_checkpoint
from recovery_desk.storage.engine import make_engine
from recovery_desk.storage.models import CaseEvent
from recovery_desk.storage.rows import event_from_row
from recovery_desk.sync.bundle import write_bundle


def rechain(engine: Engine, desk_id: str) -> int:
    """Recompute every hash and link of ``desk_id``'s chain and its head, so the plain hash
    checks pass again after an edit; returns the new head sequence."""
    with engine.begin() as conn:
        table = CaseEvent.__table__
        rows = conn.execute(select(table).where(table.c.desk_id == desk_id)
                            .order_by(table.c.desk_seq)).all()
        previous, seq = GENESIS, 0
        for row in rows:
            event = event_from_row(row)
            seq += 1
            event.desk_seq, event.prev_hash = seq, previous
            event.hash, _payload = chain_hash_with_payload(previous, event)
            conn.execute(text("UPDATE case_events SET desk_seq = :s, prev_hash = :p, "
                              "hash = :h WHERE event_id = :e"),
                         {"s": -seq, "p": event.prev_hash, "h": event.hash,
                          "e": event.event_id})
            previous = event.hash
        conn.execute(text("UPDATE case_events SET desk_seq = -desk_seq WHERE desk_id = :d "
                          "AND desk_seq < 0"), {"d": desk_id})
        conn.execute(text("UPDATE desks SET last_desk_seq = :s, last_hash = :h "
                          "WHERE desk_id = :d"), {"s": seq, "h": previous, "d": desk_id})
    return seq


def edit_payload(engine: Engine, desk_id: str, kind: str, key: str, value: object) -> str:
    """Change one payload field of the desk's first event of ``kind``; returns its id."""
    with engine.begin() as conn:
        row = conn.execute(text("SELECT event_id, payload FROM case_events WHERE desk_id = :d "
                                "AND kind = :k ORDER BY desk_seq LIMIT 1"),
                           {"d": desk_id, "k": kind}).first()
        payload = json.loads(row.payload) if isinstance(row.payload, str) else row.payload
        payload[key] = value
        conn.execute(text("UPDATE case_events SET payload = :p WHERE event_id = :e"),
                     {"p": json.dumps(payload), "e": row.event_id})
    return row.event_id


def cut_tail(engine: Engine, desk_id: str, count: int) -> None:
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM case_events WHERE desk_id = :d AND desk_seq > "
                          "(SELECT max(desk_seq) FROM case_events WHERE desk_id = :d) - :n"),
                     {"d": desk_id, "n": count})


def forged_bundle(events: list[Event], key: Ed25519PrivateKey, folder: Path) -> Path:
    """A bundle of ``events`` (already chained) signed by ``key``, as the app writes one."""
    last = events[-1]
    checkpoint = sign_checkpoint(key, last.desk_id, last.desk_seq, last.hash,
                                 datetime.now(UTC))
    return write_bundle(events, folder, checkpoint)


def chained(events: list[Event], previous: str = GENESIS) -> list[Event]:
    """Link and hash ``events`` (desk sequences from their first) with the public hash."""
    for event in events:
        event.prev_hash = previous
        event.hash, _payload = chain_hash_with_payload(previous, event)
        previous = event.hash
    return events


def sqlite_engine(path: Path) -> Engine:
    return make_engine(f"sqlite:///{path}")


def append_event(engine: Engine, desk_id: str, case_id: str, change: Change,
                 actor: str) -> Event:
    """Stamp and chain one event on ``desk_id``'s chain for any case id, as the app would,
    but without the projections (an attacker does not care about their own case list)."""
    from sqlalchemy import update

    from recovery_desk.domain.case import CaseState
    from recovery_desk.storage.engine import WRITE
    from recovery_desk.storage.event_store import UnitOfWork, new_uuid, utcnow
    from recovery_desk.storage.models import Desk
    from recovery_desk.storage.rows import insert_events

    with engine.connect().execution_options(**WRITE) as conn, conn.begin():
        uow = UnitOfWork(conn, desk_id, utcnow, new_uuid)
        last = conn.execute(text("SELECT max(seq) FROM case_events WHERE case_id = :c"),
                            {"c": case_id}).scalar() or 0
        [event] = uow.record(CaseState(case_id=case_id, last_seq=last), [change], actor)
        insert_events(conn, [event], uow._payload_text)
        conn.execute(update(Desk.__table__).where(Desk.__table__.c.desk_id == desk_id)
                     .values(last_desk_seq=uow.desk_seq, last_hash=uow.last_hash))
    return event
