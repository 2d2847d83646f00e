"""Quality checks on live cases, as events: sampled, scored, and the agent's acknowledgement.

A supervisor samples finished cases into a review queue and scores them with the same
five-point rubric as a practice run (``flow.RUBRIC``). Each review is its own event, so two
reviewers of one case stay two records (calibration compares them). None of them changes the
case's status, outcome or figures. The agent acknowledges a coaching note or a review with
an event of their own, naming the event acknowledged.
"""

from __future__ import annotations

from recovery_desk.domain import events as ev
from recovery_desk.domain import flow_refusals as R
from recovery_desk.domain.case import CaseState
from recovery_desk.domain.events import Change
from recovery_desk.domain.flow import RUBRIC, FlowError

#: how a case came into the queue: at random, or by one rule
SAMPLE_RULES = ("random", "low_csat", "escalated", "short_stages", "watchlist")
#: the kinds an agent sees in their feedback list
FEEDBACK_KINDS = (ev.ANNOTATED, ev.QUALITY_REVIEWED, ev.PRACTICE_REVIEWED)


def _live_and_finished(state: CaseState) -> None:
    if state.training:
        raise FlowError(R.LIVE_ONLY())
    if state.closed_at is None:
        raise FlowError(R.NOT_FINISHED())


def sample(state: CaseState, rule: str) -> list[Change]:
    """Put a finished live case into the review queue, saying by which rule."""
    if rule not in SAMPLE_RULES:
        raise FlowError(R.UNKNOWN_SAMPLE_RULE(rule=rule))
    _live_and_finished(state)
    return [Change(ev.QUALITY_SAMPLED, {"rule": rule})]


def review(state: CaseState, *, rubric: dict[str, bool], score: int, comments: str,
           reviewer: str) -> list[Change]:
    """One reviewer's score of a finished live case: the practice rubric, 1–5, comments.
    The agent scored is named in the event, as the case said when it was reviewed."""
    _live_and_finished(state)
    unknown = set(rubric) - set(RUBRIC)
    if unknown:
        raise FlowError(R.UNKNOWN_RUBRIC(items=", ".join(sorted(unknown))))
    if not 1 <= score <= 5:
        raise FlowError(R.SCORE_RANGE())
    return [Change(ev.QUALITY_REVIEWED, {
        "rubric": {item: bool(rubric.get(item, False)) for item in RUBRIC}, "score": score,
        "comments": comments.strip(), "reviewer": reviewer, "agent": state.agent})]


def acknowledge(state: CaseState, *, user: str, event_id: str, kind: str) -> list[Change]:
    """The case's agent says they read a coaching note or a review (``event_id``)."""
    if user != state.agent:
        raise FlowError(R.NOT_YOUR_FEEDBACK())
    if kind not in FEEDBACK_KINDS:
        raise FlowError(R.NO_SUCH_FEEDBACK())
    return [Change(ev.FEEDBACK_ACKNOWLEDGED, {"event_id": event_id, "kind": kind})]
