"""Exchange events with a central PostgreSQL server (same models, same migrations).

Push sends this desk's events the server does not have, in chunks; each chunk is one server
transaction with the desk's signed checkpoint at its end, so a server that goes away
mid-push keeps whole, signed chunks only, and the next push resumes from the server's own
record of this desk. Before sending, the push compares the server's newest checkpoint and
head of this desk with this log: a server holding a history this log does not extend (a
forged head, a rolled-back log) is refused loudly, never answered with "sent 0".

Pull fetches each other desk's events up to its newest signed checkpoint, from checkpoint
to checkpoint, applying only what a trusted key signed. One desk's bad chain, unknown key or
forked history is reported and skipped; the other desks' events still arrive.

On the server each desk connects as its own role; row-level security (schema 0012) lets it
insert only its own desk's events, checkpoints, head and key (``server_roles``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain.signing import (
    Checkpoint,
    SignatureError,
    fingerprint,
    key_owner,
    public_key_hex,
    verify_checkpoint,
)
from recovery_desk.services.trust.checkpoints import desk_key, sign_position
from recovery_desk.services.trust.identity import read_identity
from recovery_desk.storage import evidence
from recovery_desk.storage.engine import WRITE, describe, make_engine
from recovery_desk.storage.evidence import KnownKey
from recovery_desk.storage.migrate import SCHEMA_HEAD, current_revision
from recovery_desk.storage.models import CaseEvent, Desk, DeskKey, SignedCheckpoint
from recovery_desk.storage.projections import SyncPlan, settle_plan
from recovery_desk.storage.rows import events_from_rows
from recovery_desk.sync.admission import Problem, SyncHeld, admit_key
from recovery_desk.sync.merge import (
    WHICH_COPY,
    ForkDetected,
    MergeResult,
    SyncRefused,
    desk_head,
    erasure_seals,
    merge_desk_events,
    sync_plan,
    verify_chain,
)
from recovery_desk.sync.witness import hash_at, refuse_unless_extends, witness

CHUNK = 5000
#: a pull refuses checkpoints further apart than this (a server must not make it hold
#: an unbounded run of unsigned events in memory)
MAX_SIGNED_GAP = 4 * CHUNK
_EVENTS = CaseEvent.__table__
_DESKS = Desk.__table__
_CHECKPOINTS = SignedCheckpoint.__table__
_KEYS = DeskKey.__table__


class ServerUnreachable(RecoveryDeskError):
    """The server cannot be reached now; the desk keeps working and syncs later."""


@dataclass
class CentralResult:
    pushed: int = 0
    pulled: int = 0
    desks: list[MergeResult] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def open_server(url: str) -> Engine:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            revision = current_revision(conn)
    except OperationalError as exc:
        engine.dispose()
        if getattr(exc.orig, "sqlstate", None) in ("28P01", "28000") or \
                "authentication failed" in str(exc.orig):
            raise RecoveryDeskError(
                f"The server {describe(url)} refused to sign in role "
                f"{engine.url.username or '(none)'}.",
                "Check the role's password (in ~/.pgpass) or client certificate; the "
                "server's administrator creates desk roles with: recovery-desk server "
                "add-desk.") from exc
        raise ServerUnreachable(f"Cannot reach the server {describe(url)}.",
                                "Your work is kept on this desk and sent when it is back.") \
            from exc
    if revision != SCHEMA_HEAD:
        engine.dispose()
        raise RecoveryDeskError(
            f"The server {describe(url)} has schema {revision or 'none'}, this desk {SCHEMA_HEAD}.",
            "Prepare it with: recovery-desk --db URL migrate")
    return engine


def _server_checkpoint(row: Any) -> Checkpoint:
    return Checkpoint(desk_id=row.desk_id, desk_seq=row.desk_seq, head_hash=row.head_hash,
                      signed_at=row.signed_at, key=row.public_key, signature=row.signature)


def _newest_checkpoint(conn: Connection, desk_id: str) -> Checkpoint | None:
    row = conn.execute(select(_CHECKPOINTS).where(_CHECKPOINTS.c.desk_id == desk_id)
                       .order_by(_CHECKPOINTS.c.desk_seq.desc()).limit(1)).first()
    return _server_checkpoint(row) if row is not None else None


def _refused_by_server(exc: DBAPIError, desk_id: str) -> SyncRefused:
    return SyncRefused(
        f"The server refused desk {desk_id}'s events from this connection: it may insert "
        "only its own desk's events (row-level security).",
        f"Connect with desk {desk_id}'s own server role (an administrator creates it: "
        f"recovery-desk --db ADMIN_URL server add-desk {key_owner(desk_id)} FINGERPRINT).")


# -- push ----------------------------------------------------------------------------------


def _compare_with_server(local: Engine, server_conn: Connection, desk_id: str,
                         key: Ed25519PrivateKey) -> None:
    """Refuse to push onto a server whose copy of this desk this log does not extend."""
    server_seq, server_hash = desk_head(server_conn, desk_id)
    newest = _newest_checkpoint(server_conn, desk_id)
    with local.connect() as conn:
        local_seq, _ = desk_head(conn, desk_id)
        ours_at_head = hash_at(conn, desk_id, server_seq) if server_seq else None
        ours_at_checkpoint = hash_at(conn, desk_id, newest.desk_seq) if newest else None
    if newest is not None and newest.key != public_key_hex(key):
        raise ForkDetected(
            f"The server holds checkpoints of desk {desk_id} signed by another key "
            f"({newest.fingerprint}), not this desk's ({fingerprint(public_key_hex(key))}): "
            "another log has pushed as this desk.",
            "Nothing was sent. Ask the server's administrator to remove the other log's "
            "events and to give each desk its own server role.")
    if newest is not None and ours_at_checkpoint != newest.head_hash:
        raise ForkDetected(
            f"The server witnessed desk {desk_id} at sequence {newest.desk_seq} with hash "
            f"{newest.head_hash[:16]}…; this log "
            + (f"has {ours_at_checkpoint[:16]}… there" if ours_at_checkpoint else
               f"ends at {local_seq}")
            + ": this log was rolled back or rewritten after it was witnessed.", WHICH_COPY)
    if server_seq and ours_at_head != server_hash:
        raise ForkDetected(
            f"The server holds {server_seq} events of desk {desk_id} ending in hash "
            f"{server_hash[:16]}…, which this log "
            + (f"does not have (it has {ours_at_head[:16]}… there)" if ours_at_head else
               f"does not have (it ends at {local_seq})")
            + ": another log has pushed as this desk, or this log was rolled back.",
            "Nothing was sent, and nothing is lost here. Ask the server's administrator to "
            "check that desk's events and roles.")


def _present_key(server: Engine, desk_id: str, key: Ed25519PrivateKey) -> None:
    """Put this desk's public key on the server (its own row; the server's administrator
    trusts it with ``server add-desk``)."""
    owner, public = key_owner(desk_id), public_key_hex(key)
    printed = fingerprint(public)
    with server.connect().execution_options(**WRITE) as conn, conn.begin():
        if conn.execute(select(_KEYS.c.status).where(
                _KEYS.c.desk_id == owner, _KEYS.c.fingerprint == printed)).first() is None:
            evidence.put_key(conn, KnownKey(owner, printed, public, "seen", None, None,
                                            datetime.now(UTC)))


def _push_chunks(local: Engine, server: Engine, desk_id: str,
                 key: Ed25519PrivateKey) -> list[MergeResult]:
    results: list[MergeResult] = []
    with server.connect() as conn:
        head, _ = desk_head(conn, desk_id)
    with local.connect() as conn:
        plan = sync_plan(conn, desk_id, head)  # each case replayed once on the server
    try:
        while True:
            with server.connect() as conn:
                head, head_hash = desk_head(conn, desk_id)
            with local.connect() as conn:
                rows = conn.execute(select(_EVENTS).where(_EVENTS.c.desk_id == desk_id,
                                                          _EVENTS.c.desk_seq > head)
                                    .order_by(_EVENTS.c.desk_seq).limit(CHUNK)).all()
            if not rows:
                _sign_server_head(local, server, desk_id, key)
                return results
            events = events_from_rows(rows)
            payloads = verify_chain(events, head_hash, f"desk {desk_id}",
                                    seal_lookup=erasure_seals(local))
            last = events[-1]
            with local.connect().execution_options(**WRITE) as conn, conn.begin():
                checkpoint = sign_position(conn, key, desk_id, last.desk_seq, last.hash)
            with server.connect().execution_options(**WRITE) as conn, conn.begin():
                results.append(merge_desk_events(conn, desk_id, events, f"desk {desk_id}",
                                                 payloads, plan=plan))
                evidence.add_checkpoint(conn, checkpoint, "desk")
            if len(rows) < CHUNK:
                return results
    finally:
        _settle(server, plan)


def _settle(engine: Engine, plan: SyncPlan) -> None:
    """Replay what a sync that stopped early still owes (the next sync would, too: the
    owed cases' remaining events are still to come, and replay them whole)."""
    if not plan.pending():
        return
    try:
        with engine.connect().execution_options(**WRITE) as conn, conn.begin():
            settle_plan(conn, plan)
    except DBAPIError:
        pass  # the server went away: its next push replays those cases


def _sign_server_head(local: Engine, server: Engine, desk_id: str,
                      key: Ed25519PrivateKey) -> None:
    """Sign the server's head of this desk when no checkpoint covers it yet (events pushed
    by a version before desk keys), so other desks can pull them as signed."""
    with server.connect() as conn:
        head, head_hash = desk_head(conn, desk_id)
        newest = _newest_checkpoint(conn, desk_id)
    if not head or (newest is not None and newest.desk_seq >= head):
        return
    start = newest.desk_seq if newest is not None else 0
    positions = list(range(start + CHUNK, head, CHUNK)) + [head]
    for position in positions:
        with local.connect().execution_options(**WRITE) as conn, conn.begin():
            ours = hash_at(conn, desk_id, position)
            if ours is None:
                return
            checkpoint = sign_position(conn, key, desk_id, position, ours)
        with server.connect().execution_options(**WRITE) as conn, conn.begin():
            evidence.add_checkpoint(conn, checkpoint, "desk")


def push(local: Engine, server_url: str, desk_id: str) -> CentralResult:
    key = desk_key(local, desk_id)
    server = open_server(server_url)
    try:
        _present_key(server, desk_id, key)
        with server.connect() as conn:
            _compare_with_server(local, conn, desk_id, key)
        results = _push_chunks(local, server, desk_id, key)
    except OperationalError as exc:
        raise ServerUnreachable("The server went away during the push.",
                                "Nothing is lost; the next sync continues where it stopped.") \
            from exc
    except ProgrammingError as exc:
        if getattr(exc.orig, "sqlstate", None) == "42501":  # insufficient privilege / RLS
            raise _refused_by_server(exc, desk_id) from exc
        raise
    finally:
        server.dispose()
    return CentralResult(pushed=sum(r.applied for r in results), desks=results)


# -- pull ----------------------------------------------------------------------------------


def _signed_steps(server_conn: Connection, desk_id: str, after: int) -> list[Checkpoint]:
    rows = server_conn.execute(select(_CHECKPOINTS).where(
        _CHECKPOINTS.c.desk_id == desk_id, _CHECKPOINTS.c.desk_seq > after)
        .order_by(_CHECKPOINTS.c.desk_seq)).all()
    return [_server_checkpoint(r) for r in rows]


def _pull_desk(server: Engine, local: Engine, desk_id: str) -> list[MergeResult]:
    """Apply ``desk_id``'s events from the server up to its newest signed checkpoint, one
    signed step at a time (each verified: signature, trusted key, chain, head)."""
    results: list[MergeResult] = []
    with local.connect() as conn:
        head, head_hash = desk_head(conn, desk_id)
    with server.connect() as conn:
        steps = _signed_steps(conn, desk_id, head)
        # each case replayed once here, in the step holding its last event
        plan = sync_plan(conn, desk_id, head, steps[-1].desk_seq) if steps else SyncPlan({})
    try:
        _pull_steps(server, local, desk_id, steps, plan, results, (head, head_hash))
    finally:
        _settle(local, plan)
    return results


def _pull_steps(server: Engine, local: Engine, desk_id: str, steps: list[Checkpoint],
                plan: SyncPlan, results: list[MergeResult], at: tuple[int, str]) -> None:
    where = f"desk {desk_id} on the server"
    head, head_hash = at
    for checkpoint in steps:
        try:
            verify_checkpoint(checkpoint)
        except SignatureError as exc:
            raise SyncRefused(f"{where}: its checkpoint at {checkpoint.desk_seq} does not "
                              f"verify ({exc}): forged or damaged.",
                              "Ask the server's administrator to check that desk.") from exc
        admit_key(local, checkpoint, where)
        with local.connect() as conn:
            refuse_unless_extends(conn, checkpoint, where)
        if checkpoint.desk_seq - head > MAX_SIGNED_GAP:
            raise SyncRefused(f"{where}: {checkpoint.desk_seq - head} events lie between two "
                              "of its checkpoints, more than a pull takes at once.",
                              "That desk pushes again with this version to sign them.")
        with server.connect() as conn:
            rows = conn.execute(select(_EVENTS).where(
                _EVENTS.c.desk_id == desk_id, _EVENTS.c.desk_seq > head,
                _EVENTS.c.desk_seq <= checkpoint.desk_seq).order_by(_EVENTS.c.desk_seq)).all()
        events = events_from_rows(rows)
        if not events or events[-1].desk_seq != checkpoint.desk_seq or \
                events[-1].hash != checkpoint.head_hash:
            raise SyncRefused(f"{where}: its events do not lead to its signed checkpoint at "
                              f"{checkpoint.desk_seq} (tampered on the server).",
                              "Ask the server's administrator to check that desk.")
        payloads = verify_chain(events, head_hash, where, seal_lookup=erasure_seals(server))
        with local.connect().execution_options(**WRITE) as conn, conn.begin():
            results.append(merge_desk_events(conn, desk_id, events, where, payloads,
                                             plan=plan))
            witness(conn, checkpoint, "server")
        head, head_hash = checkpoint.desk_seq, checkpoint.head_hash


def pull(local: Engine, server_url: str, desk_id: str) -> CentralResult:
    identity = read_identity(local)
    own = identity.desk_id if identity is not None else key_owner(desk_id)
    server = open_server(server_url)
    result = CentralResult()
    try:
        with server.connect() as conn:
            desks = [d for d in conn.execute(select(_DESKS.c.desk_id)).scalars()
                     if key_owner(d) != own]
        for other in sorted(desks):
            try:
                merged = _pull_desk(server, local, other)
            except SyncHeld as exc:
                result.problems.append(Problem(f"desk {other}", other, exc.fingerprint,
                                               "untrusted", str(exc), exc.code,
                                               dict(exc.params)))
                _record(local, other, "untrusted", exc.fingerprint, str(exc))
                continue
            except SyncRefused as exc:  # a bad chain of one desk: the others still arrive
                result.problems.append(Problem(f"desk {other}", other, "", "refused",
                                               str(exc), exc.code, dict(exc.params)))
                _record(local, other, "refused", "", str(exc))
                continue
            _clear(local, other)
            for one in merged:
                result.pulled += one.applied
                result.desks.append(one)
    except OperationalError as exc:
        raise ServerUnreachable("The server went away during the pull.",
                                "What arrived is kept; the next sync fetches the rest.") from exc
    finally:
        server.dispose()
    return result


def _record(local: Engine, desk_id: str, kind: str, printed: str, message: str) -> None:
    with local.connect().execution_options(**WRITE) as conn, conn.begin():
        evidence.record_hold(conn, "server", f"desk {desk_id}", kind, desk_id, printed,
                             message)


def _clear(local: Engine, desk_id: str) -> None:
    with local.connect().execution_options(**WRITE) as conn, conn.begin():
        evidence.clear_hold(conn, "server", f"desk {desk_id}")


def pending_for_server(local: Engine, server_url: str, desk_id: str) -> int:
    """Events of this desk the server lacks; refuses (ForkDetected) when the server's copy
    is not this log's, instead of saying nothing waits."""
    server = open_server(server_url)
    try:
        with server.connect() as conn:
            server_head, _hash = desk_head(conn, desk_id)
            _compare_with_server(local, conn, desk_id, desk_key(local, desk_id))
    finally:
        server.dispose()
    with local.connect() as conn:
        local_head, _ = desk_head(conn, desk_id)
    return max(0, local_head - server_head)

