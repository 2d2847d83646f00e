"""Each log is a desk: its desk id and key pair, created with the log or adopted by an older one.

The desk id and the public key are in the log (``desk_identity``); the private key is in the
OS keyring or a 0600 file (``keystore``). A public key swapped in the table behind the app's
back no longer verifies the desk's own checkpoints (``check``), nor matches the key every
witness holds. A server log is not a desk (it is the desks' witness): it has
no identity, and a workstation working on it directly acts under its settings' desk id.
"""

from __future__ import annotations

import logging
import secrets
import socket
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, Engine, select

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain.signing import (
    TRAINING_SUFFIX,
    fingerprint,
    new_private_key,
    public_key_hex,
    valid_desk_id,
)
from recovery_desk.services.trust import keystore
from recovery_desk.storage import evidence
from recovery_desk.storage.engine import WRITE
from recovery_desk.storage.evidence import Identity, KnownKey
from recovery_desk.storage.models import Desk

log = logging.getLogger(__name__)

_DESKS = Desk.__table__
_TOKEN_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud safely


class IdentityError(RecoveryDeskError):
    """The log's desk identity cannot be used as asked."""


@dataclass(frozen=True)
class DeskCard:
    """What ``desks identity`` prints and Settings shows."""

    desk_id: str
    fingerprint: str
    public_key: str
    origin: str
    key_location: str
    key_present: bool


def generated_desk_id() -> str:
    """The host name and four random letters: unique per log, readable in case refs."""
    host = "".join(ch for ch in socket.gethostname().upper() if ch.isalnum() or ch == "-")
    host = host.strip("-")[:20] or "DESK"
    token = "".join(secrets.choice(_TOKEN_ALPHABET) for _ in range(4))
    return f"{host}-{token}"


def check_desk_id(desk_id: str) -> str:
    if not valid_desk_id(desk_id) or desk_id.upper().endswith(TRAINING_SUFFIX):
        raise IdentityError(
            f"{desk_id!r} cannot be a desk id.",
            "Use letters, digits, '-' or '_' (at most 64, not ending in -TRAINING), "
            "e.g. --desk TALLINN-1.")
    return desk_id


def read_identity(engine: Engine) -> Identity | None:
    if engine.dialect.name != "sqlite":
        return None
    with engine.connect() as conn:
        return evidence.read_identity(conn)


def ensure_identity(engine: Engine, requested: str | None = None,
                    legacy: str | None = None) -> Identity | None:
    """The log's desk identity, created now for a new log or adopted by an older one.

    ``requested``: the desk id asked for (``--desk``; tests); on a log that already is
    another desk it is refused, never silently obeyed. ``legacy``: the desk id an older
    version kept in the settings, used only to adopt a log written under it.
    """
    if engine.dialect.name != "sqlite":
        return None
    with engine.connect() as conn:
        identity = evidence.read_identity(conn)
    if identity is not None:
        if requested and requested != identity.desk_id:
            raise IdentityError(
                f"This case log is desk {identity.desk_id}; it cannot act as desk "
                f"{requested}.",
                f"--desk names the desk of a new log: give another --db for {requested}, "
                "or leave --desk out.")
        return identity
    if requested:
        check_desk_id(requested)
    with engine.connect().execution_options(**WRITE) as conn, conn.begin():
        identity = evidence.read_identity(conn)  # another process may have just made it
        if identity is not None:
            return identity
        desk_id, origin = _choose_desk_id(conn, requested, legacy)
        key = new_private_key()
        where = keystore.store_key(desk_id, key)
        try:
            identity = _write_identity(conn, desk_id, key, origin)
        except BaseException:
            keystore.forget_key(desk_id)
            raise
    log.info("desk %s %s this case log; its key is kept in %s", desk_id, origin, where)
    return identity


def _choose_desk_id(conn: Connection, requested: str | None,
                    legacy: str | None) -> tuple[str, str]:
    """(desk id, origin) for a log without an identity yet."""
    adopted = _adoptable(conn, requested, legacy)
    if adopted is not None:
        if not keystore.has_key(adopted):
            return adopted, "adopted"
        if requested:
            raise _taken(adopted)
        # an older version gave every log on this machine the same id: this one has to
        # become a desk of its own; its earlier events stay under the old id, where a
        # witness that already holds that desk's other history reports the fork
        log.warning("desk id %s already has a key on this machine (another log adopted "
                    "it); this log gets a desk id of its own", adopted)
        return _fresh_id(), "renamed"
    if requested:
        if keystore.has_key(requested):
            raise _taken(requested)
        return requested, "created"
    return _fresh_id(), "created"


def _fresh_id() -> str:
    for _ in range(20):
        desk_id = generated_desk_id()
        if not keystore.has_key(desk_id):
            return desk_id
    raise IdentityError("No free desk id could be made.", "Name the desk with --desk ID.")


def _taken(desk_id: str) -> IdentityError:
    return IdentityError(
        f"Desk id {desk_id} already belongs to another case log on this machine (its key is "
        f"in {keystore.where(desk_id)}).",
        "Give this log another desk id with --desk, or, to continue that desk, restore its "
        "own backup instead (recovery-desk restore).")


def _adoptable(conn: Connection, requested: str | None, legacy: str | None) -> str | None:
    """The desk an older log was writing under: the one with case numbers of its own."""
    rows = [r for r in conn.execute(select(_DESKS.c.desk_id, _DESKS.c.last_case_no))
            if not r.desk_id.endswith(TRAINING_SUFFIX) and valid_desk_id(r.desk_id)]
    if not rows:
        return None
    names = {r.desk_id for r in rows}
    for preferred in (requested, legacy):
        if preferred and preferred in names:
            return preferred
    own = sorted((r for r in rows if r.last_case_no), key=lambda r: -r.last_case_no)
    if own:
        return str(own[0].desk_id)
    return str(rows[0].desk_id) if len(rows) == 1 else None


def _write_identity(conn: Connection, desk_id: str, key: Ed25519PrivateKey,
                    origin: str) -> Identity:
    now = datetime.now(UTC)
    public = public_key_hex(key)
    identity = Identity(desk_id=desk_id, public_key=public, created_at=now, origin=origin)
    evidence.write_identity(conn, identity)
    evidence.put_key(conn, KnownKey(desk_id=desk_id, fingerprint=fingerprint(public),
                                    public_key=public, status="own", trusted_by=None,
                                    trusted_at=now, first_seen_at=now))
    return identity


def signing_key(identity: Identity) -> Ed25519PrivateKey:
    """The desk's private key; refuses one that does not match the log's public key."""
    key = keystore.load_key(identity.desk_id)
    if key is None:
        raise keystore.KeyMissing(
            f"The key of desk {identity.desk_id} is not on this machine "
            f"({keystore.where(identity.desk_id)}), so this desk cannot sign what it sends.",
            "Restore the key file from this machine's backup, or give the desk a new key: "
            "recovery-desk desks new-key (other desks then trust the new fingerprint).")
    if public_key_hex(key) != identity.public_key:
        raise keystore.KeyMissing(
            f"The key kept for desk {identity.desk_id} is not the one this log was made "
            "with.",
            "Another log of the same desk id made it; restore this log's own key, or give "
            "the desk a new key: recovery-desk desks new-key.")
    return key


def desk_card(engine: Engine) -> DeskCard | None:
    identity = read_identity(engine)
    if identity is None:
        return None
    try:
        present = keystore.has_key(identity.desk_id)
    except keystore.KeyMissing:
        present = False
    return DeskCard(desk_id=identity.desk_id, fingerprint=fingerprint(identity.public_key),
                    public_key=identity.public_key, origin=identity.origin,
                    key_location=keystore.where(identity.desk_id), key_present=present)


