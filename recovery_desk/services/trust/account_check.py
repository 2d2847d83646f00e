"""``check``'s part for accounts: the ``users`` table must be what the signed chain says.

Each account change is an ``account_changed`` event on the desk's audit stream with the
account's role, whether it is active, and a commitment to its password and PIN hashes
(``services/access/account_events.py``). Here the newest event of each account is compared
with its row: a row that can sign in without any event (added in the table), another role
or state than the chain's (say, one's own row edited to ``admin``), secrets other than the
ones committed (a hash replaced, copied or nulled), or an account the chain has but the
table lost. Events from before the commitments (no ``credential``) are checked for role
only: setting such a password again covers it. Only a desk's own log is checked (not the
central server).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, select

from recovery_desk.domain.audit import ACCOUNT_CHANGED, audit_stream_id
from recovery_desk.services.access.account_events import credential
from recovery_desk.storage import evidence
from recovery_desk.storage.models import CaseEvent, User

_EVENTS = CaseEvent.__table__
_USERS = User.__table__

Add = Callable[[str, str], None]


def _chain_accounts(conn: Connection, desk_id: str) -> dict[str, dict[str, Any]]:
    """Each account's newest state on this desk's chain (older keys kept when a newer event
    lacks them); other desks' account events arrive by sync and are theirs."""
    stmt = select(_EVENTS.c.payload).where(_EVENTS.c.case_id == audit_stream_id(desk_id),
                                           _EVENTS.c.kind == ACCOUNT_CHANGED)
    accounts: dict[str, dict[str, Any]] = {}
    for payload in conn.execute(stmt.order_by(_EVENTS.c.seq)).scalars():
        if isinstance(payload, dict) and isinstance(payload.get("user"), str):
            accounts.setdefault(payload["user"], {}).update(payload)
    return accounts


def check_accounts(conn: Connection, add: Add) -> None:
    """Add findings through ``add(kind, text)``. A log without a desk identity (the central
    server, which holds every desk's account events but none of their ``users`` rows) has no
    own accounts to compare: nothing is checked there."""
    identity = evidence.read_identity(conn)
    if identity is None:
        return
    chain = _chain_accounts(conn, identity.desk_id)
    for row in conn.execute(select(_USERS).order_by(_USERS.c.name)):
        recorded = chain.pop(row.name, None)
        if recorded is None:
            if row.password_hash or row.pin_hash:
                add("accounts", f"user {row.name}: can sign in, but no account event on the "
                                "chain made the account (added in the users table outside "
                                "the app)")
            continue
        for problem in _differences(row, recorded):
            add("accounts", f"user {row.name}: {problem} (changed in the users table outside "
                            "the app)")
    for name, recorded in chain.items():
        if "credential" in recorded and recorded.get("action") != "deleted":
            add("accounts", f"user {name}: on the chain but missing from the users table "
                            "(deleted outside the app)")


def _differences(row: Any, recorded: dict[str, Any]) -> list[str]:
    problems = []
    if recorded.get("role") and row.role != recorded["role"]:
        problems.append(f"the role is {row.role}, the chain says {recorded['role']}")
    if "active" in recorded and bool(row.active) != bool(recorded["active"]):
        state = "active" if row.active else "disabled"
        problems.append(f"the account is {state}, the chain says otherwise")
    if "credential" in recorded and \
            credential(row.password_hash, row.pin_hash) != recorded["credential"]:
        problems.append("the password or PIN hash is not the one the chain recorded")
    return problems
