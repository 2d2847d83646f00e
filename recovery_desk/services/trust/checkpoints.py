"""This desk signs its chain heads: at every sync (one per bundle or server chunk) and daily.

A checkpoint is kept in the log (``checkpoints``, source ``own``) and travels with what it
vouches for. Signing costs a fraction of a millisecond (``recovery-desk bench``, trust
group), so it happens on the sync path, never at the desk's clicks.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, Engine, select

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain.signing import Checkpoint, key_owner, sign_checkpoint
from recovery_desk.services.trust.identity import read_identity, signing_key
from recovery_desk.storage import evidence
from recovery_desk.storage.engine import WRITE
from recovery_desk.storage.models import CaseEvent, Desk

_EVENTS = CaseEvent.__table__
_DESKS = Desk.__table__
DAILY = timedelta(hours=24)


class NotThisDesk(RecoveryDeskError):
    """Only a desk's own log signs for it."""


def desk_key(engine: Engine, desk_id: str) -> Ed25519PrivateKey:
    """The key that signs ``desk_id``'s chain in this log (its own desk, or its practice
    chain); refuses any other desk id."""
    identity = read_identity(engine)
    if identity is None or key_owner(desk_id) != identity.desk_id:
        own = identity.desk_id if identity else "none"
        raise NotThisDesk(f"This case log is desk {own}; it cannot send or sign as desk "
                          f"{desk_id}.",
                          "Sync each desk from its own case log.")
    return signing_key(identity)


def sign_position(conn: Connection, key: Ed25519PrivateKey, desk_id: str, desk_seq: int,
                  head_hash: str, now: datetime | None = None) -> Checkpoint:
    """The checkpoint at this position of the desk's chain, signed now if not yet."""
    kept = evidence.checkpoint_at(conn, desk_id, desk_seq)
    if kept is not None and kept.head_hash == head_hash:
        return kept
    checkpoint = sign_checkpoint(key, desk_id, desk_seq, head_hash, now or datetime.now(UTC))
    if kept is None:
        evidence.add_checkpoint(conn, checkpoint, "own")
    return checkpoint


def sign_head(engine: Engine, desk_id: str, key: Ed25519PrivateKey | None = None,
              ) -> Checkpoint | None:
    """Sign the desk's current head (None for an empty chain); idempotent per position."""
    key = key or desk_key(engine, desk_id)
    with engine.connect().execution_options(**WRITE) as conn, conn.begin():
        head = conn.execute(select(_DESKS.c.last_desk_seq, _DESKS.c.last_hash)
                            .where(_DESKS.c.desk_id == desk_id)).first()
        if head is None or not head.last_desk_seq:
            return None
        return sign_position(conn, key, desk_id, head.last_desk_seq, head.last_hash)


def daily_checkpoint(engine: Engine, now: datetime | None = None) -> int:
    """Sign the heads that moved, when the newest own checkpoint is a day old (start-up
    chores). Returns how many were signed; 0 on a server log or without a key here."""
    identity = read_identity(engine)
    if identity is None:
        return 0
    now = now or datetime.now(UTC)
    chains = (identity.desk_id, f"{identity.desk_id}-TRAINING")
    with engine.connect() as conn:
        newest = evidence.newest_own_signed_at(conn, chains)
    if newest is not None and now - newest < DAILY:
        return 0
    key = signing_key(identity)
    signed = 0
    for chain in chains:
        with engine.connect() as conn:
            before = evidence.newest_checkpoint(conn, chain)
        checkpoint = sign_head(engine, chain, key)
        if checkpoint is not None and (before is None or before.desk_seq != checkpoint.desk_seq):
            signed += 1
    return signed
