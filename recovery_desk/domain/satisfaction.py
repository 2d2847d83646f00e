"""Satisfaction scales and the rule that puts an unhappy customer on the watchlist."""

from __future__ import annotations

from dataclasses import dataclass

from recovery_desk.domain import flow_refusals as R
from recovery_desk.domain.playbook import FollowUpRule
from recovery_desk.domain.refusal import Refusal

ACCEPTANCE = ("yes", "partly", "no")
ACCEPTANCE_HOW = ("verbal", "written")
CSAT_RANGE = (1, 5)
LIKELIHOOD_RANGE = (0, 10)
CES_RANGE = (1, 7)


@dataclass(frozen=True)
class Answers:
    """What the customer said when asked; effort (CES) is optional."""

    accepted: str
    how: str
    csat: int
    likelihood: int
    ces: int | None = None

    def problems(self) -> list[Refusal]:
        found = []
        if self.accepted not in ACCEPTANCE:
            found.append(R.ACCEPTANCE_INVALID())
        if self.how not in ACCEPTANCE_HOW:
            found.append(R.ACCEPTANCE_HOW_INVALID())
        scales = [(self.csat, CSAT_RANGE, R.CSAT_INVALID),
                  (self.likelihood, LIKELIHOOD_RANGE, R.LIKELIHOOD_INVALID)]
        if self.ces is not None:  # effort is optional
            scales.append((self.ces, CES_RANGE, R.CES_INVALID))
        for value, (low, high), code in scales:
            if not _within(value, (low, high)):
                found.append(code(low=low, high=high))
        return found


def _within(value: object, bounds: tuple[int, int]) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and \
        bounds[0] <= value <= bounds[1]


def needs_follow_up(answers: Answers, rule: FollowUpRule) -> bool:
    """Not fully resolved, or a likely detractor: watch this customer and call back."""
    return (
        answers.accepted not in rule.accepted_not
        or answers.likelihood <= rule.likelihood_at_most
        or answers.csat <= rule.csat_at_most
    )
