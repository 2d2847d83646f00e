"""The demo's promises kept: in a real history almost every promised refund or delivery was
carried out and marked done when it fell due, so the Desk's promise reminders (F10) show the
few still open, not every deadline the demo ever agreed. About one in fifty past due stays
open (forgotten), and promises not yet due stay open.

Whether a promise was kept is drawn from its own case and key, not from the demo's main
random stream, so the rest of a demo log comes out as it did before.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime

from recovery_desk.domain.case import CaseState
from recovery_desk.domain.commitments import due_moment
from recovery_desk.services.cases.recovery import CaseService

#: share of past-due demo promises that were never marked done
FORGOTTEN = 0.02


@dataclass
class KeptPromises:
    waiting: list[tuple[datetime, str, str, str]] = field(default_factory=list)

    def add(self, state: CaseState) -> None:
        """Remember the open promises of a case as it stands after its recovery."""
        for promise in state.commitments:
            self.waiting.append((due_moment(promise.due, UTC), state.case_id, promise.key,
                                 state.agent or ""))

    def keep_due(self, service: CaseService, now: datetime) -> None:
        """Mark done, at ``now``, the promises due by then (all but the forgotten ones)."""
        later = []
        for due, case_id, key, agent in self.waiting:
            if due > now:
                later.append((due, case_id, key, agent))
            elif random.Random(f"{case_id}/{key}").random() >= FORGOTTEN:
                service.commitment_done(case_id, key, actor=agent or None)
        self.waiting = later
