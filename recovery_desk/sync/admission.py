"""What a receiving log lets in: signed by a trusted key, then only what that desk may change.

``admit_key``: events apply only from desks whose key an administrator trusted here; an
unknown key, or a key other than the one trusted for the desk id, is held aside and
reported (desk, fingerprint). The authority rules (``refuse_unauthorized``) come after the
signature: a trusted desk may still change only its own cases (see docs/security.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from recovery_desk.domain.signing import Checkpoint, key_owner
from recovery_desk.services.trust import desk_trust
from recovery_desk.storage.engine import WRITE
from recovery_desk.sync.merge import SyncRefused


class SyncHeld(SyncRefused):
    """Signed by a key this log does not trust (yet): held aside, nothing applied."""

    def __init__(self, text: str, fix: str, desk_id: str, fingerprint: str) -> None:
        super().__init__(text, fix)
        self.desk_id = desk_id
        self.fingerprint = fingerprint


@dataclass
class Problem:
    """One thing a pull set aside, in the words a user sees."""

    item: str          # the bundle's file name, or ``desk X`` on a server
    desk_id: str
    fingerprint: str
    kind: str          # untrusted, refused, quarantined, skipped
    message: str

    def line(self) -> str:
        return f"{self.item}: {self.message}" if not self.message.startswith(self.item) \
            else self.message


def admit_key(engine: Engine, checkpoint: Checkpoint, where: str) -> None:
    """Raise SyncHeld unless the checkpoint's key is the one trusted for its desk here. The
    key is remembered either way (committed), so ``desks list`` can show it."""
    desk = checkpoint.desk_id
    printed = checkpoint.fingerprint
    with engine.connect().execution_options(**WRITE) as conn, conn.begin():
        desk_trust.note_seen(conn, desk, checkpoint.key)
        verdict = desk_trust.verdict(conn, desk, checkpoint.key)
        trusted = desk_trust.trusted_key(conn, desk)
    if verdict in desk_trust.SIGNING:
        return
    owner = key_owner(desk)
    if verdict == "mismatch":
        raise SyncHeld(
            f"{where}: signed as desk {desk} by key {printed}, but the key trusted here for "
            f"desk {owner} is {trusted.fingerprint if trusted else '?'}: held aside, not "
            "applied (forged, or that desk has a new key).",
            f"If desk {owner} really has a new key (ask them), an administrator replaces it: "
            f"recovery-desk desks trust {owner} {printed} --replace.", desk, printed)
    raise SyncHeld(
        f"{where}: desk {desk} (key {printed}) is not trusted here: held aside, not applied.",
        f"Compare the fingerprint with that desk's `recovery-desk desks identity`; if they "
        f"match, an administrator trusts it: recovery-desk desks trust {owner} {printed} "
        "(or Settings ▸ Desks).", desk, printed)
