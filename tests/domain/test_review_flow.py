"""Supervisor review commands over an in-memory case: events, state, refusals."""

from __future__ import annotations

from datetime import timedelta

import pytest

from recovery_desk.domain import events as ev
from recovery_desk.domain import flow
from recovery_desk.domain.case import CLOSED, FOLLOW_UP, RECOVERED
from recovery_desk.domain.flow import FlowError

from .test_flow import DEFAULT, HAPPY, UNHAPPY, opened, run_to_end

USERS = frozenset({"agent", "Sam Supervisor", "Fay Follow"})


def _closed_case():  # noqa: ANN202
    case = opened()
    run_to_end(case, HAPPY)
    assert case.state.status == CLOSED
    return case


def test_review_on_a_closed_case_changes_no_status_outcome_or_figure() -> None:
    case = _closed_case()
    before = (case.state.status, case.state.outcome, case.state.csat, case.state.likelihood,
              case.state.closed_at, case.state.resolved_at, case.state.notes)
    case.record(flow.annotate(case.state, "  Good read-back of the order number.  "))
    case.record(flow.flag_for_training(case.state, "Model apology"))
    case.record(flow.record_root_cause(case.state, "Picking error", "Scan at packing"))
    assert case.kinds()[-3:] == [ev.ANNOTATED, ev.TRAINING_FLAGGED, ev.ROOT_CAUSE_RECORDED]
    assert case.events[-3].payload == {"note": "coaching",
                                       "text": "Good read-back of the order number."}
    assert case.events[-2].payload == {"flagged": True, "reason": "Model apology"}
    assert case.events[-1].payload == {"cause": "Picking error",
                                       "corrective_action": "Scan at packing"}
    assert all(e.stage is None for e in case.events[-3:])
    s = case.state
    assert (s.status, s.outcome, s.csat, s.likelihood, s.closed_at, s.resolved_at,
            s.notes) == before
    assert s.outcome == RECOVERED
    assert s.coaching_notes == 1 and s.flagged_for_training
    assert s.root_cause == "Picking error" and s.corrective_action == "Scan at packing"
    case.record(flow.flag_for_training(s, "", flagged=False))
    assert not case.state.flagged_for_training


@pytest.mark.parametrize(("command", "message"), [
    (lambda s: flow.annotate(s, "   "), "Write the coaching note first."),
    (lambda s: flow.flag_for_training(s, " "), "Say why this case is an example for training."),
    (lambda s: flow.flag_for_training(s, "", flagged=False),
     "This case is not flagged for training."),
    (lambda s: flow.record_root_cause(s, "", "x"), "Describe the root cause first."),
])
def test_bad_review_input_is_refused(command, message: str) -> None:  # noqa: ANN001
    case = _closed_case()
    with pytest.raises(FlowError) as raised:
        command(case.state)
    assert str(raised.value) == message


def test_reassigning_a_follow_up_names_the_new_caller_and_can_move_it() -> None:
    case = opened()
    run_to_end(case, UNHAPPY)
    assert case.state.status == FOLLOW_UP
    due = case.state.follow_up_due
    assert due is not None
    case.record(flow.reassign_follow_up(case.state, "Fay Follow", users=USERS, now=case.now))
    assert case.events[-1].payload == {"to": "Fay Follow", "from": "agent", "due": None}
    assert case.state.follow_up_assignee == "Fay Follow" and case.state.follow_up_due == due
    later = due + timedelta(hours=24)
    case.record(flow.reassign_follow_up(case.state, "Sam Supervisor", users=USERS, due=later,
                                        now=case.now))
    assert case.events[-1].payload == {"to": "Sam Supervisor", "from": "Fay Follow",
                                       "due": later.isoformat()}
    assert case.state.follow_up_due == later and case.state.status == FOLLOW_UP
    # the same again records nothing
    assert flow.reassign_follow_up(case.state, "Sam Supervisor", users=USERS,
                                   now=case.now) == []


def test_reassignment_refusals() -> None:
    case = opened()
    with pytest.raises(FlowError, match="No follow-up is scheduled"):
        flow.reassign_follow_up(case.state, "Fay Follow", users=USERS)
    run_to_end(case, UNHAPPY)
    with pytest.raises(FlowError, match="There is no user “Nobody” on this log."):
        flow.reassign_follow_up(case.state, "Nobody", users=USERS)
    with pytest.raises(FlowError, match="Choose who makes the follow-up."):
        flow.reassign_follow_up(case.state, " ", users=USERS)
    with pytest.raises(FlowError, match="in the past"):
        flow.reassign_follow_up(case.state, "Fay Follow", users=USERS,
                                due=case.now - timedelta(minutes=1), now=case.now)
    with pytest.raises(FlowError, match="time zone"):
        flow.reassign_follow_up(case.state, "Fay Follow", users=USERS,
                                due=case.now.replace(tzinfo=None), now=case.now)
    closed = _closed_case()
    with pytest.raises(FlowError, match="This case is closed"):
        flow.reassign_follow_up(closed.state, "Fay Follow", users=USERS)


def test_follow_up_done_time_is_the_latest_whatever_the_replay_order() -> None:
    case = opened()
    run_to_end(case, UNHAPPY)
    case.wait(3600)
    case.record(flow.complete_follow_up(DEFAULT, case.state, UNHAPPY, "called",
                                        case.now))
    first = case.now
    assert case.state.follow_up_done_at == first
    # a follow-up recorded elsewhere with an earlier clock does not move it back
    case.now -= timedelta(hours=5)
    case.record(flow.complete_follow_up(DEFAULT, case.state, HAPPY, "again",
                                        case.now))
    assert case.state.follow_up_done_at == first and case.state.follow_ups_done == 2

