"""Exchange events with a central PostgreSQL server (same models, same migrations).

Push sends this desk's events the server does not have, in chunks; each chunk is one server
transaction, so a server that goes away mid-push keeps whole chunks only, and the next push
resumes from the server's own record of this desk. Pull fetches other desks' events the
same way. Both are idempotent: nothing is lost or duplicated, however often they run.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.storage.engine import WRITE, describe, make_engine
from recovery_desk.storage.migrate import SCHEMA_HEAD, current_revision
from recovery_desk.storage.models import CaseEvent, Desk
from recovery_desk.storage.rows import event_from_row
from recovery_desk.sync.merge import (
    MergeResult,
    desk_head,
    erasure_seals,
    merge_desk_events,
    verify_chain,
)

CHUNK = 5000
_EVENTS = CaseEvent.__table__
_DESKS = Desk.__table__


class ServerUnreachable(RecoveryDeskError):
    """The server cannot be reached now; the desk keeps working and syncs later."""


@dataclass
class CentralResult:
    pushed: int = 0
    pulled: int = 0
    desks: list[MergeResult] = field(default_factory=list)


def open_server(url: str) -> Engine:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            revision = current_revision(conn)
    except OperationalError as exc:
        engine.dispose()
        raise ServerUnreachable(f"Cannot reach the server {describe(url)}.",
                                "Your work is kept on this desk and sent when it is back.") \
            from exc
    if revision != SCHEMA_HEAD:
        engine.dispose()
        raise RecoveryDeskError(
            f"The server {describe(url)} has schema {revision or 'none'}, this desk {SCHEMA_HEAD}.",
            "Prepare it with: recovery-desk --db URL migrate")
    return engine


def _transfer(source: Engine, target: Engine, desk_id: str) -> list[MergeResult]:
    """Copy ``desk_id``'s events that ``target`` lacks, chunk by chunk."""
    results: list[MergeResult] = []
    while True:
        with target.connect() as conn:
            head, head_hash = desk_head(conn, desk_id)
        with source.connect() as conn:
            rows = conn.execute(select(_EVENTS).where(_EVENTS.c.desk_id == desk_id,
                                                      _EVENTS.c.desk_seq > head)
                                .order_by(_EVENTS.c.desk_seq).limit(CHUNK)).all()
        if not rows:
            return results
        events = [event_from_row(r) for r in rows]
        payloads = verify_chain(events, head_hash if events[0].desk_seq == head + 1 else
                                events[0].prev_hash, f"desk {desk_id}",
                                seal_lookup=erasure_seals(source))
        with target.connect().execution_options(**WRITE) as conn, conn.begin():
            results.append(merge_desk_events(conn, desk_id, events, f"desk {desk_id}",
                                             payloads))
        if len(rows) < CHUNK:
            return results


def push(local: Engine, server_url: str, desk_id: str) -> CentralResult:
    server = open_server(server_url)
    try:
        results = _transfer(local, server, desk_id)
    except OperationalError as exc:
        raise ServerUnreachable("The server went away during the push.",
                                "Nothing is lost; the next sync continues where it stopped.") \
            from exc
    finally:
        server.dispose()
    return CentralResult(pushed=sum(r.applied for r in results), desks=results)


def pull(local: Engine, server_url: str, desk_id: str) -> CentralResult:
    server = open_server(server_url)
    result = CentralResult()
    try:
        with server.connect() as conn:
            desks = [d for d in conn.execute(select(_DESKS.c.desk_id)).scalars() if d != desk_id]
        for other in sorted(desks):
            for merged in _transfer(server, local, other):
                result.pulled += merged.applied
                result.desks.append(merged)
    except OperationalError as exc:
        raise ServerUnreachable("The server went away during the pull.",
                                "What arrived is kept; the next sync fetches the rest.") from exc
    except SQLAlchemyError:
        raise
    finally:
        server.dispose()
    return result


def pending_for_server(local: Engine, server_url: str, desk_id: str) -> int:
    server = open_server(server_url)
    try:
        with server.connect() as conn:
            server_head, _ = desk_head(conn, desk_id)
    finally:
        server.dispose()
    with local.connect() as conn:
        local_head, _ = desk_head(conn, desk_id)
    return max(0, local_head - server_head)
