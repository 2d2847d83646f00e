"""Rows of the desk identity, known keys, signed checkpoints and sync holds (schema 0012).

Plain reads and writes; the rules (what to trust, what extends what) are in
``services/trust`` and ``sync``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from recovery_desk.domain.signing import Checkpoint
from recovery_desk.storage.models import (
    DeskIdentity,
    DeskKey,
    SignedCheckpoint,
    SyncHold,
)

_IDENTITY = DeskIdentity.__table__
_KEYS = DeskKey.__table__
_CHECKPOINTS = SignedCheckpoint.__table__
_HOLDS = SyncHold.__table__


@dataclass(frozen=True)
class Identity:
    desk_id: str
    public_key: str
    created_at: datetime
    origin: str


@dataclass(frozen=True)
class KnownKey:
    desk_id: str
    fingerprint: str
    public_key: str
    status: str
    trusted_by: str | None
    trusted_at: datetime | None
    first_seen_at: datetime | None


@dataclass(frozen=True)
class Hold:
    source: str
    item: str
    kind: str
    desk_id: str
    fingerprint: str
    reason: str
    first_seen_at: datetime
    last_seen_at: datetime


def read_identity(conn: Connection) -> Identity | None:
    row = conn.execute(select(_IDENTITY).where(_IDENTITY.c.slot == 1)).first()
    if row is None:
        return None
    return Identity(row.desk_id, row.public_key, row.created_at, row.origin)


def write_identity(conn: Connection, identity: Identity) -> None:
    conn.execute(delete(_IDENTITY))
    conn.execute(insert(_IDENTITY).values(slot=1, desk_id=identity.desk_id,
                                          public_key=identity.public_key,
                                          created_at=identity.created_at,
                                          origin=identity.origin))


def _key(row: Any) -> KnownKey:
    return KnownKey(row.desk_id, row.fingerprint, row.public_key, row.status, row.trusted_by,
                    row.trusted_at, row.first_seen_at)


def known_keys(conn: Connection, desk_id: str | None = None) -> list[KnownKey]:
    stmt = select(_KEYS).order_by(_KEYS.c.desk_id, _KEYS.c.status, _KEYS.c.fingerprint)
    if desk_id is not None:
        stmt = stmt.where(_KEYS.c.desk_id == desk_id)
    return [_key(r) for r in conn.execute(stmt)]


def put_key(conn: Connection, key: KnownKey) -> None:
    """Insert or replace the row of (desk, fingerprint)."""
    conn.execute(delete(_KEYS).where(_KEYS.c.desk_id == key.desk_id,
                                     _KEYS.c.fingerprint == key.fingerprint))
    conn.execute(insert(_KEYS).values(
        desk_id=key.desk_id, fingerprint=key.fingerprint, public_key=key.public_key,
        status=key.status, trusted_by=key.trusted_by, trusted_at=key.trusted_at,
        first_seen_at=key.first_seen_at))


def set_key_status(conn: Connection, desk_id: str, fingerprint: str, status: str) -> None:
    conn.execute(update(_KEYS).where(_KEYS.c.desk_id == desk_id,
                                     _KEYS.c.fingerprint == fingerprint).values(status=status))


def _checkpoint(row: Any) -> Checkpoint:
    return Checkpoint(desk_id=row.desk_id, desk_seq=row.desk_seq, head_hash=row.head_hash,
                      signed_at=row.signed_at, key=row.public_key, signature=row.signature)


def add_checkpoint(conn: Connection, checkpoint: Checkpoint, source: str) -> bool:
    """Keep a verified checkpoint; False when one for that position is already kept."""
    if conn.execute(select(_CHECKPOINTS.c.desk_seq).where(
            _CHECKPOINTS.c.desk_id == checkpoint.desk_id,
            _CHECKPOINTS.c.desk_seq == checkpoint.desk_seq)).first() is not None:
        return False
    conn.execute(insert(_CHECKPOINTS).values(
        desk_id=checkpoint.desk_id, desk_seq=checkpoint.desk_seq,
        head_hash=checkpoint.head_hash, signed_at=checkpoint.signed_at,
        public_key=checkpoint.key, signature=checkpoint.signature,
        received_at=datetime.now(UTC), source=source))
    return True


def checkpoint_at(conn: Connection, desk_id: str, desk_seq: int) -> Checkpoint | None:
    row = conn.execute(select(_CHECKPOINTS).where(_CHECKPOINTS.c.desk_id == desk_id,
                                                  _CHECKPOINTS.c.desk_seq == desk_seq)).first()
    return _checkpoint(row) if row is not None else None


def newest_checkpoint(conn: Connection, desk_id: str) -> Checkpoint | None:
    row = conn.execute(select(_CHECKPOINTS).where(_CHECKPOINTS.c.desk_id == desk_id)
                       .order_by(_CHECKPOINTS.c.desk_seq.desc()).limit(1)).first()
    return _checkpoint(row) if row is not None else None


def checkpoints(conn: Connection, desk_id: str | None = None) -> list[Checkpoint]:
    stmt = select(_CHECKPOINTS).order_by(_CHECKPOINTS.c.desk_id, _CHECKPOINTS.c.desk_seq)
    if desk_id is not None:
        stmt = stmt.where(_CHECKPOINTS.c.desk_id == desk_id)
    return [_checkpoint(r) for r in conn.execute(stmt)]


def newest_own_signed_at(conn: Connection, desk_ids: Iterable[str]) -> datetime | None:
    return conn.execute(select(_CHECKPOINTS.c.signed_at).where(
        _CHECKPOINTS.c.desk_id.in_(list(desk_ids)), _CHECKPOINTS.c.source == "own")
        .order_by(_CHECKPOINTS.c.signed_at.desc()).limit(1)).scalar()


def record_hold(conn: Connection, source: str, item: str, kind: str, desk_id: str,
                fingerprint: str, reason: str) -> None:
    now = datetime.now(UTC)
    changed = conn.execute(update(_HOLDS).where(_HOLDS.c.source == source,
                                                _HOLDS.c.item == item).values(
        kind=kind, desk_id=desk_id, fingerprint=fingerprint, reason=reason,
        last_seen_at=now)).rowcount
    if not changed:
        conn.execute(insert(_HOLDS).values(source=source, item=item, kind=kind,
                                           desk_id=desk_id, fingerprint=fingerprint,
                                           reason=reason, first_seen_at=now, last_seen_at=now))


def clear_hold(conn: Connection, source: str, item: str) -> None:
    conn.execute(delete(_HOLDS).where(_HOLDS.c.source == source, _HOLDS.c.item == item))


def holds(conn: Connection) -> list[Hold]:
    rows = conn.execute(select(_HOLDS).order_by(_HOLDS.c.last_seen_at.desc(), _HOLDS.c.item))
    return [Hold(r.source, r.item, r.kind, r.desk_id, r.fingerprint, r.reason,
                 r.first_seen_at, r.last_seen_at) for r in rows]
