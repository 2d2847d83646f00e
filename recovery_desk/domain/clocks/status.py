"""Where each of a case's clocks stands at a given moment: running, met, breached…

Computed, never stored: the same facts read at a later moment may show a breach. The one
definition of "met" used by the Desk, the Log, exports, the Dashboard and the returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from recovery_desk.domain.case import WITHDRAWN, CaseState
from recovery_desk.domain.clocks.facts import ClockFacts

RUNNING = "running"
DUE_SOON = "due_soon"
PAUSED = "paused"
MET = "met"
MET_LATE = "met_late"
BREACHED = "breached"
NOT_REQUIRED = "not_required"
LAPSED = "lapsed"  # a window (summary resolution) that passed without a resolution
STATUSES = (RUNNING, DUE_SOON, PAUSED, MET, MET_LATE, BREACHED, NOT_REQUIRED, LAPSED)
#: Worst first: the case list's one-word clock status is the worst of its clocks.
_SEVERITY = (BREACHED, DUE_SOON, MET_LATE, RUNNING, PAUSED, LAPSED, MET, NOT_REQUIRED)


@dataclass(frozen=True)
class ClockView:
    id: str
    kind: str
    due: datetime
    met_at: datetime | None
    status: str
    letter: str | None

    @property
    def open(self) -> bool:
        return self.status in (RUNNING, DUE_SOON, PAUSED, BREACHED)


def happened_at(state: CaseState, source: str) -> datetime | None:
    """When a ``met_by`` source first happened on the case, if it did."""
    if source.startswith("letter:"):
        return state.regulated.first_letter(source.removeprefix("letter:"))
    return {"acknowledged": state.acknowledged_at, "resolved": state.resolved_at,
            "closed": state.closed_at}.get(source)


def _met_at(state: CaseState, clock: ClockFacts) -> datetime | None:
    times = [t for t in (happened_at(state, s) for s in clock.met_by) if t is not None]
    return min(times) if times else None


def effective_due(state: CaseState, clock: ClockFacts) -> datetime:
    """The due time, moved to the extended one when the extension was used in time."""
    if clock.extended_by and clock.extended_due is not None:
        used = happened_at(state, clock.extended_by)
        if used is not None and used <= clock.due:
            return clock.extended_due
    return clock.due


def _window_met(state: CaseState, clock: ClockFacts) -> bool:
    met = _met_at(state, clock)
    return met is not None and met <= clock.due


def clock_views(state: CaseState, now: datetime, warn: timedelta) -> list[ClockView]:
    """Every clock of the case as it stands at ``now``, in the pack's order."""
    facts = state.regulated
    disapplied = {other for c in facts.clocks.values() if c.kind == "window"
                  and _window_met(state, c) for other in c.disapplies}
    views = []
    for clock in facts.clocks.values():
        due = effective_due(state, clock)
        met = _met_at(state, clock)
        views.append(ClockView(id=clock.id, kind=clock.kind, due=due, met_at=met,
                               status=_status(state, clock, due, met, now, warn,
                                              clock.id in disapplied),
                               letter=clock.letter))
    return views


def _status(state: CaseState, clock: ClockFacts, due: datetime, met: datetime | None,
            now: datetime, warn: timedelta, disapplied: bool) -> str:
    if met is not None:
        return MET if met <= due else MET_LATE
    if disapplied or state.status == WITHDRAWN:
        return NOT_REQUIRED
    if clock.kind == "window":
        return LAPSED if now > due else RUNNING
    if clock.paused_at is not None:
        return PAUSED
    if now > due:
        return BREACHED
    return DUE_SOON if now >= due - warn else RUNNING


def overall(views: list[ClockView]) -> str:
    """The worst status among the clocks ('' when the case has none)."""
    found = {v.status for v in views}
    return next((s for s in _SEVERITY if s in found), "")


def next_due(views: list[ClockView]) -> ClockView | None:
    """The open clock that falls due first (what the agent must do next)."""
    open_ = [v for v in views if v.open and v.kind == "deadline"]
    return min(open_, key=lambda v: v.due) if open_ else None


#: The stored, time-free status of a case's clocks: what the projection can know without
#: a "now". ``open`` becomes breached or due soon only when read at a moment.
OPEN = "open"
_STORED = (OPEN, PAUSED, MET_LATE, MET, NOT_REQUIRED)


def projected(state: CaseState) -> dict[str, object]:
    """The clock columns of the case list: each clock's due and met time, and the
    worst time-free status (``open`` while any deadline waits)."""
    columns: dict[str, object] = {}
    found: set[str] = set()
    long_ago = datetime.min.replace(tzinfo=UTC)
    for view in clock_views(state, long_ago, timedelta(0)):
        columns[f"{view.id}_due"] = view.due
        columns[f"{view.id}_met_at"] = view.met_at
        if view.kind == "deadline":
            found.add(OPEN if view.status == RUNNING else view.status)
    columns["clock_status"] = next((s for s in _STORED if s in found), None)
    return columns


def status_at(stored: str | None, due: datetime | None, now: datetime,
              warn: timedelta) -> str:
    """A case-list row's clock status at ``now`` from its stored status and next due."""
    if stored != OPEN or due is None:
        return stored or ""
    if now > due:
        return BREACHED
    return DUE_SOON if now >= due - warn else RUNNING
