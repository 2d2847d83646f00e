"""Account changes as events on the desk's signed chain, with a commitment to the secrets.

Every change of an account (created, role, password, PIN, disabled, enabled, locked,
unlocked, a hash renewed at sign-in) records an ``account_changed`` event on the desk's
audit stream with the account's role, whether it is active, and ``credential``: the SHA-256
of its stored password and PIN hashes. The hashes themselves never leave the ``users``
table (they are salted Argon2id, so their digest says nothing about a password), but a hash
replaced, nulled or copied in the table behind the app's back no longer matches the chain,
and ``check`` says so (``services/trust/account_check.py``).
"""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import Connection, select

from recovery_desk.domain.audit import ACCOUNT_CHANGED, audit_stream_id
from recovery_desk.domain.events import Change
from recovery_desk.storage.models import CaseEvent, User

_USERS = User.__table__
_EVENTS = CaseEvent.__table__


def credential(password_hash: str | None, pin_hash: str | None) -> str:
    """The commitment to an account's secrets as stored (empty ones count too)."""
    joined = f"{password_hash or ''}\n{pin_hash or ''}"
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def row_payload(row: Any) -> dict[str, Any]:
    """What the chain holds of an account row: role, active, the credential commitment."""
    return {"role": row.role, "active": bool(row.active),
            "credential": credential(row.password_hash, row.pin_hash)}


def record_account(uow: Any, action: str, name: str, actor: str) -> None:
    """Record ``action`` on ``name``'s account as it now is in the unit's transaction."""
    row = uow.conn.execute(select(_USERS).where(_USERS.c.name == name)).first()
    payload: dict[str, Any] = {"action": action, "user": name}
    if row is not None:
        payload.update(row_payload(row))
    uow.record(uow.audit_stream(), [Change(ACCOUNT_CHANGED, payload)], actor)


def had_accounts(conn: Connection, desk_id: str) -> bool:
    """Whether this desk ever recorded an account (other desks' arrive by sync and do not
    count: their accounts are theirs)."""
    return conn.execute(select(_EVENTS.c.event_id).where(
        _EVENTS.c.case_id == audit_stream_id(desk_id),  # indexed: the desk's audit stream
        _EVENTS.c.kind == ACCOUNT_CHANGED).limit(1)).first() is not None
