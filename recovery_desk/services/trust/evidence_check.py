"""``check``'s part for desk keys and checkpoints: what a log can verify of them on its own.

Every checkpoint kept (own or witnessed) must verify with its key, be signed by a key this
log knows for that desk, and still match the chain at its position; the log's identity must
be its own key; and every trusted key must have its ``desk_trusted`` event on this desk's
audit stream (so a trust added in the table behind the app's back is found). What a local
administrator can still do unseen here — rewrite their own unwitnessed history and re-sign
it — only a witness can show (``check --against``; docs/security.md).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, select

from recovery_desk.domain.audit import DESK_TRUSTED, audit_stream_id
from recovery_desk.domain.signing import SignatureError, key_owner, verify_checkpoint
from recovery_desk.storage import evidence
from recovery_desk.storage.evidence import KnownKey
from recovery_desk.storage.models import CaseEvent

_EVENTS = CaseEvent.__table__

Add = Callable[[str, str], None]


def check_evidence(conn: Connection, add: Add) -> int:
    """Add findings through ``add(kind, text)``; returns the checkpoints verified."""
    identity = evidence.read_identity(conn)
    keys = evidence.known_keys(conn)
    by_desk: dict[str, set[str]] = {}
    for key in keys:
        if key.public_key:
            by_desk.setdefault(key.desk_id, set()).add(key.public_key)
    if identity is not None:
        own = {k.public_key for k in keys if k.desk_id == identity.desk_id and
               k.status == "own"}
        if own != {identity.public_key}:
            add("keys", f"desk {identity.desk_id}: the log's public key is not the key it "
                        "records as its own (the identity was changed outside the app)")
        _check_trust_events(conn, identity.desk_id, keys, add)
    verified = 0
    for checkpoint in evidence.checkpoints(conn):
        where = f"desk {checkpoint.desk_id}: checkpoint at sequence {checkpoint.desk_seq}"
        try:
            verify_checkpoint(checkpoint)
        except SignatureError as exc:
            add("checkpoint", f"{where}: {exc} (changed outside the app)")
            continue
        if checkpoint.key not in by_desk.get(key_owner(checkpoint.desk_id), set()):
            add("checkpoint", f"{where}: signed by key {checkpoint.fingerprint}, which this "
                              "log does not know for that desk")
            continue
        ours = conn.execute(select(_EVENTS.c.hash).where(
            _EVENTS.c.desk_id == checkpoint.desk_id,
            _EVENTS.c.desk_seq == checkpoint.desk_seq)).scalar()
        if ours != checkpoint.head_hash:
            add("checkpoint", f"{where}: signed hash {checkpoint.head_hash[:16]}…, the log "
                              f"has {(ours or 'no event')[:16]}… there (the history was "
                              "changed after it was signed)")
            continue
        verified += 1
    return verified


def _check_trust_events(conn: Connection, own_desk: str, keys: list[KnownKey],
                        add: Add) -> None:
    recorded = set()
    stream = audit_stream_id(own_desk)
    for payload in conn.execute(select(_EVENTS.c.payload).where(
            _EVENTS.c.case_id == stream, _EVENTS.c.kind == DESK_TRUSTED)).scalars():
        payload = payload or {}
        recorded.add((payload.get("desk_id"), payload.get("fingerprint")))
    for key in keys:
        if key.status == "trusted" and (key.desk_id, key.fingerprint) not in recorded:
            add("keys", f"desk {key.desk_id}: key {key.fingerprint} is marked trusted, but no "
                        "administrator's trust of it is on this desk's chain (changed "
                        "outside the app)")
