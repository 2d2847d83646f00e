"""Apply the authority rules (``domain/authority.py``) to a batch of another desk's events,
against what this log already holds of the cases they touch. Called by the merge, inside
its transaction, after the chain and the signature were verified."""

from __future__ import annotations

from sqlalchemy import Connection, select

from recovery_desk.domain import events as ev
from recovery_desk.domain.audit import is_audit_stream
from recovery_desk.domain.authority import CASE_HANDED_OVER, Owners, refusal
from recovery_desk.domain.events import Event
from recovery_desk.services.access.permissions import Permission, roles_allowed
from recovery_desk.storage import id_lists
from recovery_desk.storage.models import CaseEvent
from recovery_desk.sync.errors import SyncRefused
from recovery_desk.sync.refusals import NOT_ALLOWED

_EVENTS = CaseEvent.__table__
_CHUNK = 500


class NotAllowed(SyncRefused):
    """A trusted desk's event that it may not write; nothing of the batch was applied."""


def _held_owners(conn: Connection, case_ids: list[str]) -> Owners:
    owners = Owners()
    for part in id_lists.parts(conn, case_ids, _CHUNK):
        rows = conn.execute(select(_EVENTS.c.case_id, _EVENTS.c.desk_id, _EVENTS.c.kind,
                                   _EVENTS.c.payload).where(
            id_lists.among(conn, _EVENTS.c.case_id, part),
            _EVENTS.c.kind.in_((ev.CASE_OPENED, CASE_HANDED_OVER)))).all()
        for row in rows:
            owners.fold(row.case_id, row.desk_id, row.kind, row.payload)
    return owners


def refuse_unauthorized(conn: Connection, events: list[Event], where: str) -> None:
    """Raise NotAllowed naming the first event its desk may not write."""
    cases = sorted({e.case_id for e in events if not is_audit_stream(e.case_id)})
    owners = _held_owners(conn, cases)
    erasing = frozenset(roles_allowed(Permission.ERASE_CUSTOMER))
    for event in events:
        why = refusal(owners, event, erasing)
        if why is not None:
            raise NotAllowed.refusing(NOT_ALLOWED(where=where, seq=str(event.desk_seq),
                                                  desk=event.desk_id, why=why))
