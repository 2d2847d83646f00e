"""Satisfaction scales and the rule that puts an unhappy customer on the watchlist."""

from __future__ import annotations

from dataclasses import dataclass

from recovery_desk.domain.playbook import FollowUpRule

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

    def problems(self) -> list[str]:
        found = []
        if self.accepted not in ACCEPTANCE:
            found.append("acceptance must be yes, partly or no")
        if self.how not in ACCEPTANCE_HOW:
            found.append("acceptance must be verbal or written")
        if not _within(self.csat, CSAT_RANGE):
            found.append("CSAT must be 1 to 5")
        if not _within(self.likelihood, LIKELIHOOD_RANGE):
            found.append("likelihood to recommend must be 0 to 10")
        if self.ces is not None and not _within(self.ces, CES_RANGE):
            found.append("effort score must be 1 to 7")
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
