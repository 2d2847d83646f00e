"""What a receiving log lets in: signed by a trusted key, then only what that desk may change.

``admit_key``: events apply only from desks whose key an administrator trusted here; an
unknown key, or a key other than the one trusted for the desk id, is held aside and
reported (desk, fingerprint). The authority rules (``refuse_unauthorized``) come after the
signature: a trusted desk may still change only its own cases (see docs/security.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import Engine

from recovery_desk.domain.refusal import Refusal
from recovery_desk.domain.signing import Checkpoint, key_owner
from recovery_desk.services.trust import desk_trust
from recovery_desk.storage.engine import WRITE
from recovery_desk.sync.merge import SyncRefused
from recovery_desk.sync.refusals import KEY_MISMATCH, UNTRUSTED


class SyncHeld(SyncRefused):
    """Signed by a key this log does not trust (yet): held aside, nothing applied."""

    def __init__(self, text: str, fix: str, desk_id: str, fingerprint: str) -> None:
        super().__init__(text, fix)
        self.desk_id = desk_id
        self.fingerprint = fingerprint

    @classmethod
    def held(cls, refusal: Refusal, desk_id: str, fingerprint: str) -> SyncHeld:
        error = cls(refusal.problem, refusal.fix, desk_id, fingerprint)
        error.code, error.params = refusal.code, refusal.params
        return error


@dataclass
class Problem:
    """One thing a pull set aside, in the words a user sees."""

    item: str          # the bundle's file name, or ``desk X`` on a server
    desk_id: str
    fingerprint: str
    kind: str          # untrusted, refused, quarantined, skipped
    message: str       # English, as the command line prints it
    #: the coded refusal behind it, for the window to say in its language ("" if none)
    code: str = ""
    params: Mapping[str, object] = field(default_factory=dict)

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
        raise SyncHeld.held(KEY_MISMATCH(
            where=where, desk=desk, fingerprint=printed, owner=owner,
            trusted=trusted.fingerprint if trusted else "?"), desk, printed)
    raise SyncHeld.held(UNTRUSTED(where=where, desk=desk, fingerprint=printed, owner=owner),
                        desk, printed)
