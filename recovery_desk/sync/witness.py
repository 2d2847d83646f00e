"""Witnesses: whoever received a desk's checkpoint refuses any history that does not extend it.

A log keeps every checkpoint it verified (``checkpoints``). A later bundle, push or pull of
that desk must agree with each of them: the event at a witnessed sequence must still have
the witnessed hash (else the history was rewritten: a fork), and the desk must not end
before it (a rollback). ``compare`` runs the same test the other way round for ``check
--against``: a log against the checkpoints a witness holds. Each finding names the desk,
the sequence and both hashes, so people can tell which copy to believe.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, select

from recovery_desk.domain.signing import Checkpoint
from recovery_desk.storage import evidence
from recovery_desk.storage.models import CaseEvent, Desk
from recovery_desk.sync.errors import ForkDetected
from recovery_desk.sync.refusals import REWRITTEN, ROLLED_BACK, SIGNED_TWICE

_EVENTS = CaseEvent.__table__
_DESKS = Desk.__table__


def _short(value: str | None) -> str:
    return (value or "none")[:16]


def hash_at(conn: Connection, desk_id: str, desk_seq: int) -> str | None:
    return conn.execute(select(_EVENTS.c.hash).where(_EVENTS.c.desk_id == desk_id,
                                                     _EVENTS.c.desk_seq == desk_seq)).scalar()


def head_of(conn: Connection, desk_id: str) -> int:
    return conn.execute(select(_DESKS.c.last_desk_seq)
                        .where(_DESKS.c.desk_id == desk_id)).scalar() or 0


def contradiction(conn: Connection, checkpoint: Checkpoint, *, must_hold: bool) -> str | None:
    """How this log contradicts ``checkpoint`` (None when it agrees). ``must_hold``: the log
    should already have every event up to it (a desk's own log; ``check --against``)."""
    desk, seq, witnessed = checkpoint.desk_id, checkpoint.desk_seq, checkpoint.head_hash
    ours = hash_at(conn, desk, seq)
    if ours is not None and ours != witnessed:
        return (f"desk {desk}: at sequence {seq} the witnessed checkpoint (signed "
                f"{checkpoint.signed_at:%Y-%m-%d %H:%M} UTC) has hash {_short(witnessed)}…, "
                f"this log has {_short(ours)}…: the history was rewritten after it was "
                "witnessed")
    if ours is None and must_hold:
        head = head_of(conn, desk)
        if head < seq:
            return (f"desk {desk}: the witness holds a checkpoint at sequence {seq} (hash "
                    f"{_short(witnessed)}…, signed {checkpoint.signed_at:%Y-%m-%d %H:%M} "
                    f"UTC), but this log ends at {head} (hash "
                    f"{_short(hash_at(conn, desk, head))}…): events were cut off or the "
                    "log was rolled back")
        return (f"desk {desk}: event {seq}, witnessed with hash {_short(witnessed)}…, is "
                "missing from this log (deleted after it was witnessed)")
    return None


def refuse_unless_extends(conn: Connection, checkpoint: Checkpoint, where: str) -> None:
    """Raise ForkDetected when ``checkpoint`` (arriving) contradicts what this log holds or
    witnessed of its desk: the same position signed with another hash, or our copy of the
    event there different."""
    desk, seq = checkpoint.desk_id, str(checkpoint.desk_seq)
    kept = evidence.checkpoint_at(conn, checkpoint.desk_id, checkpoint.desk_seq)
    if kept is not None and kept.head_hash != checkpoint.head_hash:
        raise ForkDetected.refusing(SIGNED_TWICE(
            where=where, desk=desk, seq=seq, kept=_short(kept.head_hash),
            now=_short(checkpoint.head_hash)))
    newest = evidence.newest_checkpoint(conn, checkpoint.desk_id)
    if newest is not None and newest.desk_seq > checkpoint.desk_seq and \
            checkpoint.signed_at > newest.signed_at:
        raise ForkDetected.refusing(ROLLED_BACK(
            where=where, desk=desk, newest=str(newest.desk_seq),
            newest_hash=_short(newest.head_hash),
            signed_at=f"{newest.signed_at:%Y-%m-%d %H:%M}", seq=seq,
            hash=_short(checkpoint.head_hash)))
    ours = hash_at(conn, desk, checkpoint.desk_seq)
    if ours is not None and ours != checkpoint.head_hash:  # as contradiction() words it
        raise ForkDetected.refusing(REWRITTEN(
            where=where, desk=desk, seq=seq, signed_at=f"{checkpoint.signed_at:%Y-%m-%d %H:%M}",
            witnessed=_short(checkpoint.head_hash), ours=_short(ours)))


def witness(conn: Connection, checkpoint: Checkpoint, source: str) -> bool:
    """Keep a verified checkpoint whose events this log now holds; True if new."""
    if hash_at(conn, checkpoint.desk_id, checkpoint.desk_seq) != checkpoint.head_hash:
        return False  # only what this log can vouch it holds
    return evidence.add_checkpoint(conn, checkpoint, source)


def compare(conn: Connection, witnessed: Iterable[Checkpoint], own: set[str]) -> list[str]:
    """Findings for ``check --against``: each witnessed checkpoint this log contradicts.

    For the log's own chains (``own``) every witnessed event must be here; for other
    desks' copies only what is here must agree (the rest may not have been pulled yet)."""
    findings = []
    for checkpoint in witnessed:
        problem = contradiction(conn, checkpoint, must_hold=checkpoint.desk_id in own)
        if problem is not None:
            findings.append(problem)
    return findings
