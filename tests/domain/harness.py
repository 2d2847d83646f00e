"""Run flow commands against an in-memory case: the domain without any storage."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from recovery_desk.domain.case import CaseState
from recovery_desk.domain.events import Change, Event


class InMemoryCase:
    def __init__(self) -> None:
        self.state = CaseState(case_id="case-1")
        self.events: list[Event] = []
        self.now = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)

    def wait(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)

    def record(self, changes: list[Change]) -> None:
        for change in changes:
            event = Event(event_id=f"e{len(self.events) + 1}", case_id="case-1",
                          seq=self.state.last_seq + 1, at=self.now, desk_id="D", actor="a",
                          kind=change.kind, stage=change.stage, payload=change.payload)
            self.state.apply(event)
            self.events.append(event)

    def kinds(self) -> list[str]:
        return [e.kind for e in self.events]
