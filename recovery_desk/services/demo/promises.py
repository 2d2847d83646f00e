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
from datetime import UTC, date, datetime
from decimal import Decimal

from recovery_desk.domain.case import CaseState
from recovery_desk.domain.commitments import OfferItem, due_moment
from recovery_desk.domain.playbook import Playbook
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


#: share of demo offers that hold a second resolution, where the catalogue has the pair
TWO_RESOLUTIONS = 0.05
#: what is commonly given beside a first resolution: a replacement and the delivery fee
#: back, a repair and a goodwill credit for the trouble, a rebooking and the fare difference
SECOND_RESOLUTION = {"replacement": "refund", "repair": "goodwill_credit",
                     "rebooking": "refund", "refund": "goodwill_credit",
                     "escalation_to_specialist": "goodwill_credit"}


def second_resolution(playbook: Playbook, case_id: str, first: str, first_amount: Decimal | None,
                      currency: str, deadline: date | datetime | None, scale: int
                      ) -> OfferItem | None:
    """A second resolution for about one demo offer in twenty, drawn from the case's own id
    (not the demo's main random stream, so the other cases come out as before). Left out
    when it would move the offer's total across the agent's or the supervisor's limit: the
    approval path, and so the rest of the case, stays as it was drawn."""
    draw = random.Random(f"{case_id}/second")
    if first not in SECOND_RESOLUTION or draw.random() >= TWO_RESOLUTIONS:
        return None
    spec = playbook.resolution(SECOND_RESOLUTION[first])
    if spec is None or spec.id == first:
        return None
    amount = Decimal(round(draw.uniform(3, 15) * scale)).quantize(Decimal(1)) \
        if spec.amount else None
    before = first_amount or Decimal(0)
    after = before + (amount or Decimal(0))
    for role in ("agent", "supervisor"):
        limit = playbook.limit_for(role, currency)
        if limit is not None and (before > limit) != (after > limit):
            return None
    due: date | datetime | None = None
    if spec.deadline:
        due = deadline.date() if isinstance(deadline, datetime) and not spec.deadline_time \
            else deadline
        if due is None:
            return None
    return OfferItem(spec.id, amount, due)
