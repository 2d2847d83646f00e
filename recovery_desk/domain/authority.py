"""Which desk may change which case: the rules a receiving log applies to a trusted desk.

A signature proves *who* wrote an event, not that they were allowed to. A case belongs to
the desk that opened it and to the desks it was handed to (``case_handed_over``); another
desk's event on it is refused, except the supervisor's review, which is cross-desk by design
(a supervisor at their own desk reviews every desk's cases). A case is opened once: a second
``case_opened`` is a take-over. A desk writes only its own audit stream. An erasure must
come from a role allowed to erase (or the retention period an administrator set).
"""

from __future__ import annotations

from collections.abc import Mapping

from recovery_desk.domain import events as ev
from recovery_desk.domain.audit import audit_stream_id, is_audit_stream
from recovery_desk.domain.events import Event
from recovery_desk.domain.redaction import CUSTOMER_ERASED

#: hands a case to another desk, which may then work it too (payload ``to_desk``)
CASE_HANDED_OVER = "case_handed_over"

#: the supervisor's review, the follow-up queue and kept promises: from any trusted desk
CROSS_DESK_KINDS = frozenset({
    ev.ANNOTATED, ev.ROOT_CAUSE_RECORDED, ev.TRAINING_FLAGGED, ev.FOLLOW_UP_REASSIGNED,
    ev.ESCALATION_APPROVED, ev.ESCALATION_DECLINED, ev.FOLLOW_UP_DONE, ev.PRACTICE_REVIEWED,
    ev.QUALITY_SAMPLED, ev.QUALITY_REVIEWED, ev.FEEDBACK_ACKNOWLEDGED,
    ev.COMMITMENT_DONE,
})


class Owners:
    """The desks that may change each case, as known from the events held so far."""

    def __init__(self) -> None:
        self.opened_by: dict[str, str] = {}
        self.handed_to: dict[str, set[str]] = {}

    def known(self, event: Event) -> None:
        """Fold an event already held (no checks)."""
        self.fold(event.case_id, event.desk_id, event.kind, event.payload)

    def fold(self, case_id: str, desk_id: str, kind: str,
             payload: Mapping[str, object] | None) -> None:
        """Fold what :meth:`known` reads of an event, for a caller holding only those
        columns (no whole event to build)."""
        if kind == ev.CASE_OPENED:
            self.opened_by.setdefault(case_id, desk_id)
        elif kind == CASE_HANDED_OVER:
            to = (payload or {}).get("to_desk")
            if isinstance(to, str):
                self.handed_to.setdefault(case_id, set()).add(to)

    def may_change(self, case_id: str, desk_id: str) -> bool:
        return self.opened_by.get(case_id) == desk_id or \
            desk_id in self.handed_to.get(case_id, ())


def refusal(owners: Owners, event: Event, erasing_roles: frozenset[str]) -> str | None:
    """Why ``event`` (from a trusted desk) must not apply, or None; folds it when it may."""
    case, desk = event.case_id, event.desk_id
    if is_audit_stream(case):
        if case != audit_stream_id(desk):
            return f"writes into another desk's audit stream ({case})"
        return None
    if event.kind == ev.CASE_OPENED:
        opener = owners.opened_by.get(case)
        if opener is not None:
            return (f"opens case {case} a second time; desk {opener} opened it (a take-over "
                    "of its reference, agent, customer and words)")
        owners.known(event)
        return None
    if event.kind == CUSTOMER_ERASED:
        payload = event.payload or {}
        role = payload.get("role")
        if role not in erasing_roles and payload.get("reason") != "retention":
            return (f"erases a customer as {event.actor} with role {role or 'unknown'}, "
                    "which may not erase")
        return None
    if event.kind in CROSS_DESK_KINDS:
        return None
    if not owners.may_change(case, desk):
        opener = owners.opened_by.get(case)
        whose = f"desk {opener}'s" if opener else "a case this log does not know to be its"
        return (f"changes case {case} ({event.kind}), which is {whose}, not handed to desk "
                f"{desk}")
    owners.known(event)
    return None
