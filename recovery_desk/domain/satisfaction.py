"""Satisfaction scales, the answers an agent records, and the rule that puts an unhappy
customer on the watchlist.

Nothing here is assumed: acceptance must be answered, and each score is either the
customer's number or the reason there is none (they declined, or were not asked), which
the log keeps as *unknown*. An unknown score never counts as satisfied or unsatisfied.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from recovery_desk.domain import flow_refusals as R
from recovery_desk.domain.playbook import FollowUpRule
from recovery_desk.domain.refusal import Refusal

ACCEPTANCE = ("yes", "partly", "no")
ACCEPTANCE_HOW = ("verbal", "written")
CSAT_RANGE = (1, 5)
LIKELIHOOD_RANGE = (0, 10)
CES_RANGE = (1, 7)
#: The scores a customer is asked for, in the order they are asked.
SCALES = ("csat", "likelihood", "ces")
#: Why a score is unknown: the customer would not say, or the agent did not ask.
DECLINED = "declined"
NOT_ASKED = "not_asked"
UNKNOWN_REASONS = (DECLINED, NOT_ASKED)


@dataclass(frozen=True)
class Answers:
    """What the customer said when asked.

    ``accepted``/``how`` are None until chosen; a score is None when unknown, and
    ``unknown`` then says why ({"csat": "declined", "ces": "not_asked"}). ``how`` is only
    needed when the customer accepted (yes or partly).
    """

    accepted: str | None
    how: str | None
    csat: int | None
    likelihood: int | None
    ces: int | None = None
    unknown: Mapping[str, str] = field(default_factory=dict)

    def value(self, scale: str) -> int | None:
        found: int | None = getattr(self, scale)
        return found

    def reason(self, scale: str) -> str | None:
        """Why ``scale`` has no value (None when it has one)."""
        return None if self.value(scale) is not None else self.unknown.get(scale)

    def unknown_reasons(self) -> dict[str, str]:
        """The reasons of the scores without a value, as the event records them."""
        return {scale: reason for scale in SCALES
                if (reason := self.reason(scale)) is not None}

    def problems(self, *, effort_asked: bool = True) -> list[Refusal]:
        """Everything that is not answered or out of range; ``effort_asked``: the
        playbook asks the effort question (so it needs a score or a reason too)."""
        found = []
        if self.accepted is None:
            found.append(R.ACCEPTANCE_MISSING())
        elif self.accepted not in ACCEPTANCE:
            found.append(R.ACCEPTANCE_INVALID())
        if self.how is None:
            if self.accepted in ("yes", "partly"):
                found.append(R.ACCEPTANCE_HOW_MISSING())
        elif self.how not in ACCEPTANCE_HOW:
            found.append(R.ACCEPTANCE_HOW_INVALID())
        scales = [("csat", CSAT_RANGE, R.CSAT_INVALID, R.CSAT_MISSING),
                  ("likelihood", LIKELIHOOD_RANGE, R.LIKELIHOOD_INVALID, R.LIKELIHOOD_MISSING)]
        if effort_asked or self.ces is not None:
            scales.append(("ces", CES_RANGE, R.CES_INVALID, R.CES_MISSING))
        for scale, (low, high), invalid, missing in scales:
            value = self.value(scale)
            if value is None:
                reason = self.unknown.get(scale)
                if reason is None:
                    found.append(missing(low=low, high=high))
                elif reason not in UNKNOWN_REASONS:
                    found.append(R.UNKNOWN_REASON_INVALID())
            elif not _within(value, (low, high)):
                found.append(invalid(low=low, high=high))
        return found


def _within(value: object, bounds: tuple[int, int]) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and \
        bounds[0] <= value <= bounds[1]


def needs_follow_up(answers: Answers, rule: FollowUpRule) -> bool:
    """Not fully resolved, or a likely detractor: watch this customer and call back.
    Only known scores count: a declined score is neither a promoter nor a detractor."""
    return (
        answers.accepted not in rule.accepted_not
        or (answers.likelihood is not None and answers.likelihood <= rule.likelihood_at_most)
        or (answers.csat is not None and answers.csat <= rule.csat_at_most)
    )
