"""Which desks' keys this log trusts: an administrator's explicit decision, never automatic.

A key first met on a bundle or the server is only *seen*: its events are held aside until
an administrator compares its fingerprint with the one the other desk shows
(``desks identity``) and trusts it. The decision is recorded on this desk's audit stream
(``desk_trusted``), so a trust row added behind the app's back shows in ``check``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain.audit import DESK_TRUSTED
from recovery_desk.domain.events import Change
from recovery_desk.domain.signing import (
    fingerprint,
    key_owner,
    new_private_key,
    normalize_fingerprint,
    public_key_hex,
    valid_desk_id,
)
from recovery_desk.services.access.permissions import Permission, require
from recovery_desk.services.trust import identity, keystore
from recovery_desk.storage import evidence
from recovery_desk.storage.engine import WRITE
from recovery_desk.storage.event_store import unit_of_work
from recovery_desk.storage.evidence import Hold, Identity, KnownKey

if TYPE_CHECKING:
    from recovery_desk.services.workspace import Workspace

#: statuses whose key signs for its desk
SIGNING = ("own", "trusted")


class TrustRefused(RecoveryDeskError):
    """A trust decision that cannot be taken as asked; ``reason`` names which (for the
    window's own words): not_a_desk, not_a_fingerprint, own_desk, has_other_key."""

    def __init__(self, problem: str, fix: str, reason: str) -> None:
        super().__init__(problem, fix)
        self.reason = reason


@dataclass(frozen=True)
class TrustResult:
    desk_id: str
    fingerprint: str
    key_seen: bool          # the key itself is known here (else: applied once it arrives)
    replaced: str | None    # the fingerprint trusted before, if any
    already: bool = False


def trusted_key(conn: Connection, desk_id: str) -> KnownKey | None:
    """The key that signs ``desk_id``'s chain here (its own, or trusted), if any."""
    for key in evidence.known_keys(conn, key_owner(desk_id)):
        if key.status in SIGNING:
            return key
    return None


def verdict(conn: Connection, desk_id: str, public_key: str) -> str:
    """``trusted`` (or ``own``) when this key signs for the desk here; ``mismatch`` when
    another key does (a forgery, or a new key not trusted yet); else ``untrusted``."""
    trusted = trusted_key(conn, desk_id)
    if trusted is None:
        return "untrusted"
    if trusted.fingerprint != fingerprint(public_key):
        return "mismatch"
    return trusted.status


def note_seen(conn: Connection, desk_id: str, public_key: str) -> None:
    """Remember a key met on a bundle or server (``desks list`` shows it)."""
    owner = key_owner(desk_id)
    printed = fingerprint(public_key)
    for key in evidence.known_keys(conn, owner):
        if key.fingerprint == printed:
            if not key.public_key:  # trusted by fingerprint before it arrived
                evidence.put_key(conn, KnownKey(owner, printed, public_key, key.status,
                                                key.trusted_by, key.trusted_at,
                                                datetime.now(UTC)))
            return
    evidence.put_key(conn, KnownKey(owner, printed, public_key, "seen", None, None,
                                    datetime.now(UTC)))


def trust_desk(workspace: Workspace, desk_id: str, typed_fingerprint: str, *,
               replace: bool = False) -> TrustResult:
    """Trust ``desk_id``'s key with this fingerprint (an administrator's decision)."""
    require(workspace, Permission.MANAGE_TRUST, action="trust another desk's key")
    if desk_id == workspace.desk_id:
        raise TrustRefused(f"{desk_id} is this log's own desk.",
                           "Only other desks need trusting.", "own_desk")
    return record_trust(workspace.engine, workspace.desk_id, desk_id, typed_fingerprint,
                        by=workspace.user, replace=replace)


def record_trust(engine: Engine, own_desk: str, desk_id: str, typed_fingerprint: str, *,
                 by: str, replace: bool = False) -> TrustResult:
    """The trust itself, recorded in the keys table and on ``own_desk``'s audit stream.
    Callers have checked the permission (``trust_desk``; set-up tools)."""
    if not valid_desk_id(desk_id) or key_owner(desk_id) != desk_id:
        raise TrustRefused(f"{desk_id!r} is not a desk id.",
                           "Give the desk id as its own `desks identity` shows it.",
                           "not_a_desk")
    printed = normalize_fingerprint(typed_fingerprint)
    if printed is None:
        raise TrustRefused(f"{typed_fingerprint!r} is not a key fingerprint.",
                           "Copy it from the other desk's `recovery-desk desks identity`: "
                           "32 hex digits, e.g. 3fa2-91bc-… (spaces and dashes are fine).",
                           "not_a_fingerprint")
    with engine.connect().execution_options(**WRITE) as conn, conn.begin():
        keys = {k.fingerprint: k for k in evidence.known_keys(conn, desk_id)}
        current = next((k for k in keys.values() if k.status in SIGNING), None)
        if current is not None and current.fingerprint == printed:
            return TrustResult(desk_id, printed, bool(current.public_key), None, already=True)
        if current is not None and current.status == "own":
            raise TrustRefused(f"{desk_id} is this log's own desk.",
                               "Only other desks need trusting.", "own_desk")
        if current is not None and not replace:
            raise TrustRefused(
                f"Desk {desk_id} already has a trusted key ({current.fingerprint}).",
                "If that desk really has a new key (ask them by phone or in person), "
                "replace it: desks trust DESK FINGERPRINT --replace.", "has_other_key")
        if current is not None:
            evidence.set_key_status(conn, desk_id, current.fingerprint, "retired")
        seen = keys.get(printed)
        now = datetime.now(UTC)
        evidence.put_key(conn, KnownKey(desk_id, printed, seen.public_key if seen else "",
                                        "trusted", by, now,
                                        seen.first_seen_at if seen else None))
    with unit_of_work(engine, own_desk) as uow:
        uow.record(uow.audit_stream(), [Change(DESK_TRUSTED, {
            "desk_id": desk_id, "fingerprint": printed,
            "replaced": current.fingerprint if current else None})], by)
    return TrustResult(desk_id, printed, seen is not None and bool(seen.public_key),
                       current.fingerprint if current else None)


@dataclass(frozen=True)
class DeskRow:
    """One line of ``desks list`` / Settings ▸ Desks."""

    desk_id: str
    fingerprint: str
    status: str            # own, trusted, seen (held aside), retired
    key_seen: bool
    trusted_by: str | None
    trusted_at: datetime | None
    first_seen_at: datetime | None


def list_desks(engine: Engine) -> tuple[list[DeskRow], list[Hold]]:
    with engine.connect() as conn:
        rows = [DeskRow(k.desk_id, k.fingerprint, k.status, bool(k.public_key), k.trusted_by,
                        k.trusted_at, k.first_seen_at) for k in evidence.known_keys(conn)]
        held = evidence.holds(conn)
    order = {"own": 0, "trusted": 1, "seen": 2, "retired": 3}
    rows.sort(key=lambda r: (order.get(r.status, 9), r.desk_id, r.fingerprint))
    return rows, held


def new_key(workspace: Workspace) -> identity.DeskCard:
    """Give this desk a new key pair (the old one lost or copied); an administrator's act.

    Checkpoints already signed stay valid where they were verified; from now on this desk
    signs with the new key, which every other desk must trust (``desks trust … --replace``).
    """
    require(workspace, Permission.MANAGE_TRUST, action="give this desk a new key")
    own = workspace.identity
    if own is None:
        raise identity.IdentityError("A server log is not a desk and has no key.",
                                     "Run this on the desk's own case log.")
    key = new_private_key()
    public = public_key_hex(key)
    now = datetime.now(UTC)
    with workspace.engine.connect().execution_options(**WRITE) as conn, conn.begin():
        for known in evidence.known_keys(conn, own.desk_id):
            if known.status == "own":
                evidence.set_key_status(conn, own.desk_id, known.fingerprint, "retired")
        evidence.put_key(conn, KnownKey(own.desk_id, fingerprint(public), public, "own",
                                        workspace.user, now, now))
        renewed = Identity(own.desk_id, public, own.created_at, own.origin)
        evidence.write_identity(conn, renewed)
        keystore.store_key(own.desk_id, key)
    with unit_of_work(workspace.engine, own.desk_id) as uow:
        uow.record(uow.audit_stream(), [Change(DESK_TRUSTED, {
            "desk_id": own.desk_id, "fingerprint": fingerprint(public), "own": True,
            "replaced": fingerprint(own.public_key)})], workspace.user)
    workspace.identity = renewed
    card = identity.desk_card(workspace.engine)
    assert card is not None
    return card
