"""Pausing and resuming a case's pausable clocks (the organization's own service levels)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain import events as ev
from recovery_desk.domain.case import CaseState
from recovery_desk.domain.clocks.deadlines import resumed_due
from recovery_desk.domain.events import Change
from recovery_desk.domain.refusal import Code
from recovery_desk.services.regulated.calendars import calendar_for
from recovery_desk.services.regulated.clocks import iso, pack_of

if TYPE_CHECKING:
    from recovery_desk.services.cases.recovery import CaseService


class ClockError(RecoveryDeskError):
    """A clock action that does not fit the case's clocks."""


PAUSE_REASON = Code("clock.pause_reason", "A pause needs a reason.",
                    "Say what the case is waiting for, e.g. the customer's documents.")
NOTHING_TO_PAUSE = Code("clock.nothing_to_pause",
                        "This case has no running clock that may be paused.",
                        "Only the organization's own service levels pause; a regulator's "
                        "clock keeps running.")
NOTHING_PAUSED = Code("clock.nothing_paused", "No clock of this case is paused.")


def pause(service: CaseService, case_id: str, reason: str) -> CaseState:
    """Pause the case's pausable running clocks (waiting on the customer)."""
    if not reason.strip():
        raise ClockError.refusing(PAUSE_REASON())

    def build(_playbook: Any, state: CaseState) -> list[Change]:
        ids = [c.id for c in state.regulated.clocks.values()
               if c.pausable and c.paused_at is None]
        if not ids:
            raise ClockError.refusing(NOTHING_TO_PAUSE())
        return [Change(ev.CLOCK_PAUSED, {"clocks": ids, "reason": reason.strip()})]

    return service.act(case_id, build)


def resume(service: CaseService, case_id: str) -> CaseState:
    """Resume paused clocks; each due time moves on by what was left at the pause."""
    now = service.clock()

    def build(_playbook: Any, state: CaseState) -> list[Change]:
        paused = [c for c in state.regulated.clocks.values() if c.paused_at is not None]
        pack = pack_of(state)
        if not paused or pack is None:
            raise ClockError.refusing(NOTHING_PAUSED())
        calendar = calendar_for(pack, now.astimezone(pack.zone).date())
        return [Change(ev.CLOCK_RESUMED, {"due": {
            c.id: iso(resumed_due(calendar, c.unit, c.due, c.paused_at, now))
            for c in paused if c.paused_at is not None}})]

    return service.act(case_id, build)
