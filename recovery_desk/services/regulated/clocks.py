"""Clocks on cases: started at receipt, paused and resumed, read as they stand now.

The deadlines are computed once, when the case is received, from the log's pack and the
desk's calendar, and recorded on the case (``clocks_started``). A pause and its resume are
events too; the resume records the moved deadline. Whether a clock is met or breached is
read from the case's events by ``domain/clocks/status.py`` — one definition for every
screen, export and return. Pausing and resuming are in ``clock_actions.py``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from recovery_desk.domain import events as ev
from recovery_desk.domain.case import CaseState
from recovery_desk.domain.clocks.deadlines import deadlines, extended_due
from recovery_desk.domain.clocks.pack import ClockPack
from recovery_desk.domain.clocks.status import ClockView, clock_views
from recovery_desk.domain.events import Change
from recovery_desk.services.regulated.calendars import calendar_for
from recovery_desk.services.regulated.packs import library


def iso(at: datetime) -> str:
    return at.astimezone(UTC).isoformat()


def clocks_started(pack: ClockPack, received: datetime) -> Change:
    """The ``clocks_started`` change for a complaint received at ``received``."""
    calendar = calendar_for(pack, received.astimezone(pack.zone).date())
    dues = deadlines(pack, calendar, received)
    clocks: dict[str, Any] = {}
    for rule in pack.clocks:
        entry: dict[str, Any] = {"kind": rule.kind, "unit": rule.span.unit,
                                 "due": iso(dues[rule.id]), "met_by": list(rule.met_by)}
        if rule.pausable:
            entry["pausable"] = True
        if rule.letter:
            entry["letter"] = rule.letter
        if rule.disapplies:
            entry["disapplies"] = list(rule.disapplies)
        extended = extended_due(pack, calendar, rule.id, received)
        if extended is not None and rule.extended_by:
            entry["extended_by"] = rule.extended_by
            entry["extended_due"] = iso(extended)
        clocks[rule.id] = entry
    return Change(ev.CLOCKS_STARTED, {"pack": pack.id, "version": pack.version,
                                      "regime": pack.regime, "received": iso(received),
                                      "clocks": clocks})


def pack_of(state: CaseState) -> ClockPack | None:
    return library().usable.get(state.regulated.pack) if state.regulated.pack else None


def warn_for(pack_id: str | None) -> timedelta:
    """How long before a deadline the pack warns (24 h if the pack is gone)."""
    pack = library().usable.get(pack_id or "")
    return timedelta(hours=pack.warn_hours if pack is not None else 24)


def views(state: CaseState, now: datetime) -> list[ClockView]:
    """The case's clocks at ``now``, warning as the case's pack says."""
    return clock_views(state, now, warn_for(state.regulated.pack))
