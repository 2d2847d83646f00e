"""The recovery flow over the default playbook, including property tests of its invariants."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recovery_desk.core.paths import resources_dir
from recovery_desk.domain import events as ev
from recovery_desk.domain import flow
from recovery_desk.domain.case import CLOSED, FOLLOW_UP, OPEN, WITHDRAWN
from recovery_desk.domain.flow import FlowError, NewCase
from recovery_desk.domain.playbook import load_library
from recovery_desk.domain.satisfaction import Answers

from .harness import InMemoryCase

LIBRARY = load_library(resources_dir() / "playbooks")
DEFAULT = LIBRARY.get("default")
HAPPY = Answers(accepted="yes", how="verbal", csat=5, likelihood=9, ces=6)
UNHAPPY = Answers(accepted="partly", how="verbal", csat=3, likelihood=5,
                  unknown={"ces": "not_asked"})


def opened(playbook=DEFAULT) -> InMemoryCase:  # noqa: ANN001
    case = InMemoryCase()
    case.record(flow.open_case(playbook, NewCase(
        ref="D-1", customer={"id": "c1", "name": "A"}, channel="phone", category="billing_error",
        severity="high", words="I was charged twice."), "agent"))
    return case


def tick_required(case: InMemoryCase, playbook=DEFAULT) -> None:  # noqa: ANN001
    stage = playbook.stage(case.state.stage)
    for item in stage.required_items:
        case.record(flow.set_checklist(playbook, case.state, item, True))
    for spec in stage.fields:
        if spec.required:
            value = spec.choices[0] if spec.choices else "x"
            case.record(flow.capture_field(playbook, case.state, spec.id, value))


def run_to_end(case: InMemoryCase, answers: Answers, playbook=DEFAULT) -> None:  # noqa: ANN001
    while case.state.stage is not None:
        tick_required(case, playbook)
        stage = playbook.stage(case.state.stage)
        if stage.records == "resolution":
            case.record(flow.offer_resolution(playbook, case.state, role="agent",
                                              resolution="refund", amount=Decimal("20"),
                                              currency="EUR", deadline=date(2026, 1, 9)))
        if stage.records == "satisfaction":
            case.record(flow.record_satisfaction(playbook, case.state, answers, case.now))
        case.wait(60)
        case.record(flow.advance(playbook, case.state, case.now))


def test_full_recovery_closes_recovered_with_exact_stage_durations() -> None:
    case = opened()
    run_to_end(case, HAPPY)
    assert case.state.status == CLOSED and case.state.outcome == "recovered"
    completed = [e for e in case.events if e.kind == ev.STAGE_COMPLETED]
    assert [e.payload["stage"] for e in completed] == [s.id for s in DEFAULT.stages]
    assert all(e.payload["seconds"] == 60.0 for e in completed)
    assert case.state.acknowledged_at is not None
    assert not case.state.watchlist


def test_advance_is_refused_until_required_items_are_done() -> None:
    case = opened()
    with pytest.raises(FlowError, match="Tick"):
        flow.advance(DEFAULT, case.state, case.now)


def _ticked_with_field(kind: str):  # noqa: ANN202
    """A case on the default playbook whose first field is made required and of ``kind``,
    every required item of its first stage ticked."""
    listen = DEFAULT.stages[0]
    field = replace(listen.fields[0], kind=kind, required=True)
    stages = (replace(listen, fields=(field, *listen.fields[1:])), *DEFAULT.stages[1:])
    playbook = replace(DEFAULT, stages=stages, _stage_index={})
    case = opened(playbook)
    for item in listen.required_items:
        case.record(flow.set_checklist(playbook, case.state, item, True))
    return playbook, field.id, case


def test_typed_field_values_are_captured_with_the_advance_and_count_for_it() -> None:
    playbook, field_id, case = _ticked_with_field("text")
    with pytest.raises(FlowError, match="Fill in"):
        flow.advance(playbook, case.state, case.now)
    changes = flow.advance(playbook, case.state, case.now, {field_id: "  PX-4471 "})
    assert [c.kind for c in changes] == [ev.FIELD_CAPTURED, ev.STAGE_COMPLETED,
                                         ev.STAGE_ENTERED]
    case.record(changes)
    assert case.state.fields[field_id] == "PX-4471" and case.state.stage == "acknowledge"


def test_a_typed_value_the_flow_refuses_refuses_the_advance_too() -> None:
    playbook, field_id, case = _ticked_with_field("number")
    with pytest.raises(FlowError, match="not a number"):
        flow.advance(playbook, case.state, case.now, {field_id: "twelve"})
    assert case.state.stage == "listen" and field_id not in case.state.fields


def test_a_typed_value_already_recorded_adds_no_capture() -> None:
    case = opened()
    tick_required(case)
    field_id = DEFAULT.stages[0].fields[0].id
    case.record(flow.capture_field(DEFAULT, case.state, field_id, "PX-1"))
    changes = flow.advance(DEFAULT, case.state, case.now, {field_id: "PX-1"})
    assert ev.FIELD_CAPTURED not in [c.kind for c in changes]


def test_unhappy_customer_goes_on_watchlist_and_follow_up_closes_the_loop() -> None:
    case = opened()
    run_to_end(case, UNHAPPY)
    assert case.state.status == FOLLOW_UP and case.state.watchlist
    due = case.state.follow_up_due
    assert due is not None and (due - case.events[-3].at).total_seconds() > 0
    case.wait(3600 * 30)
    case.record(flow.complete_follow_up(DEFAULT, case.state, UNHAPPY, "still unhappy", case.now))
    assert case.state.status == FOLLOW_UP and case.state.follow_ups_done == 1
    case.record(flow.complete_follow_up(DEFAULT, case.state, HAPPY, "sorted now", case.now))
    assert case.state.status == CLOSED and case.state.outcome == "recovered"
    assert not case.state.watchlist


def test_offer_over_agent_limit_escalates_and_needs_a_supervisor() -> None:
    case = opened()
    while DEFAULT.stage(case.state.stage).records != "resolution":
        tick_required(case)
        case.record(flow.advance(DEFAULT, case.state, case.now))
    tick_required(case)
    case.record(flow.offer_resolution(DEFAULT, case.state, role="agent", resolution="refund",
                                      amount=Decimal("450"), currency="EUR",
                                      deadline=date(2026, 1, 9)))
    assert case.state.escalation_pending
    with pytest.raises(FlowError, match="supervisor"):
        flow.advance(DEFAULT, case.state, case.now)
    with pytest.raises(FlowError, match="Only a supervisor"):
        flow.approve_escalation(DEFAULT, case.state, approver="x", approver_role="agent")
    case.record(flow.approve_escalation(DEFAULT, case.state, approver="boss",
                                        approver_role="supervisor"))
    assert not case.state.escalation_pending and case.state.approved_by == "boss"
    case.record(flow.advance(DEFAULT, case.state, case.now))


def test_withdraw_needs_a_reason() -> None:
    case = opened()
    with pytest.raises(FlowError):
        flow.withdraw(case.state, "  ")
    case.record(flow.withdraw(case.state, "customer left"))
    assert case.state.status == WITHDRAWN


# -- property tests: no sequence of actions breaks the invariants ---------------------------

ACTIONS = st.sampled_from(["tick", "advance", "back", "skip", "offer", "offer_big", "approve",
                           "decline", "happy", "unhappy", "follow_up_ok", "follow_up_bad",
                           "withdraw", "note", "mode"])


def _try(case: InMemoryCase, playbook, action: str) -> None:  # noqa: ANN001
    s = case.state
    try:
        if action == "tick" and s.stage:
            tick_required(case, playbook)
            return
        changes = {
            "advance": lambda: flow.advance(playbook, s, case.now),
            "back": lambda: flow.go_back(playbook, s, case.now),
            "skip": lambda: flow.skip(playbook, s, "hurry", case.now),
            "offer": lambda: flow.offer_resolution(
                playbook, s, role="agent", resolution="explanation"),
            "offer_big": lambda: flow.offer_resolution(
                playbook, s, role="agent", resolution="goodwill_credit", amount=Decimal("999"),
                currency="EUR"),
            "approve": lambda: flow.approve_escalation(playbook, s, approver="b",
                                                       approver_role="supervisor"),
            "decline": lambda: flow.decline_escalation(s, approver="b",
                                                       approver_role="supervisor", reason="no"),
            "happy": lambda: flow.record_satisfaction(playbook, s, HAPPY, case.now),
            "unhappy": lambda: flow.record_satisfaction(playbook, s, UNHAPPY, case.now),
            "follow_up_ok": lambda: flow.complete_follow_up(playbook, s, HAPPY, "", case.now),
            "follow_up_bad": lambda: flow.complete_follow_up(playbook, s, UNHAPPY, "", case.now),
            "withdraw": lambda: flow.withdraw(s, "left"),
            "note": lambda: flow.add_note(s, "n"),
            "mode": lambda: flow.change_mode(s, "scripted" if s.mode == "natural"
                                             else "natural"),
        }.get(action)
        if changes is not None:
            case.record(changes())
    except FlowError:
        pass
    case.wait(7)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(playbook_id=st.sampled_from(sorted(LIBRARY.usable)),
       actions=st.lists(ACTIONS, max_size=60))
def test_no_sequence_of_actions_breaks_the_invariants(playbook_id: str,
                                                      actions: list[str]) -> None:
    playbook = LIBRARY.get(playbook_id)
    case = opened(playbook)
    for action in actions:
        _try(case, playbook, action)
    order = [s.id for s in playbook.stages]
    entered = [e.payload["stage"] for e in case.events if e.kind == ev.STAGE_ENTERED]
    # stages are entered in order: forward one at a time, or back one at a time
    for before, after in zip(entered, entered[1:], strict=False):
        assert abs(order.index(after) - order.index(before)) == 1
    kinds = case.kinds()
    if ev.CASE_CLOSED in kinds:
        closed_at = kinds.index(ev.CASE_CLOSED)
        assert ev.SATISFACTION_RECORDED in kinds[:closed_at]
        for stage in order:  # every stage was completed or skipped before closing
            assert any(e.kind in (ev.STAGE_COMPLETED, ev.STAGE_SKIPPED)
                       and e.payload["stage"] == stage for e in case.events[:closed_at])
    if case.state.status == WITHDRAWN:
        withdrawn = next(e for e in case.events if e.kind == ev.CASE_WITHDRAWN)
        assert withdrawn.payload["reason"]
    if case.state.status in (OPEN,) and case.state.stage is None:
        pytest.fail("an open case must be at a stage")
    # the satisfaction gate: no stage after it is entered before satisfaction was recorded
    sat_pos = order.index(playbook.satisfaction_stage.id)
    first_sat = next((i for i, e in enumerate(case.events)
                      if e.kind == ev.SATISFACTION_RECORDED), len(case.events))
    for i, e in enumerate(case.events):
        if e.kind == ev.STAGE_ENTERED and order.index(e.payload["stage"]) > sat_pos:
            assert i > first_sat
    # no offer is left unapproved on a closed case
    if case.state.status == CLOSED:
        assert not case.state.escalation_pending
