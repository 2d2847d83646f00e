"""Answers are chosen, never assumed: the flow refuses unset answers, keeps a declined or
unasked score as unknown (never a number), and opens a case only with its category,
severity and channel chosen; what the customer wants is recorded once."""

from __future__ import annotations

import pytest

from recovery_desk.domain import events as ev
from recovery_desk.domain import flow
from recovery_desk.domain.flow import FlowError, NewCase
from recovery_desk.domain.satisfaction import Answers, needs_follow_up

from .test_flow import DEFAULT, opened, tick_required

UNSET = Answers(accepted=None, how=None, csat=None, likelihood=None, ces=None)


def _at_satisfaction():  # noqa: ANN202
    case = opened()
    while DEFAULT.stage(case.state.stage).records != "satisfaction":
        tick_required(case)
        if DEFAULT.stage(case.state.stage).records == "resolution":
            case.record(flow.offer_resolution(DEFAULT, case.state, role="agent",
                                              resolution="explanation"))
        case.record(flow.advance(DEFAULT, case.state, case.now))
    return case


def test_unset_answers_are_refused_one_code_per_question() -> None:
    case = _at_satisfaction()
    with pytest.raises(FlowError) as refused:
        flow.record_satisfaction(DEFAULT, case.state, UNSET, case.now)
    assert [r.code for r in refused.value.refusals] == [
        "satisfaction.acceptance_missing", "satisfaction.csat_missing",
        "satisfaction.likelihood_missing", "satisfaction.ces_missing"]
    # accepted "yes" needs how; "no" does not
    with pytest.raises(FlowError) as refused:
        flow.record_satisfaction(DEFAULT, case.state, Answers(
            "yes", None, 5, 9, 6), case.now)
    assert [r.code for r in refused.value.refusals] == [
        "satisfaction.acceptance_how_missing"]
    assert Answers("no", None, 1, 0, 1).problems() == []
    with pytest.raises(FlowError):
        flow.record_satisfaction(DEFAULT, case.state, Answers(
            "yes", "verbal", None, 9, 6, unknown={"csat": "maybe"}), case.now)


def test_declined_and_not_asked_are_recorded_as_unknown_never_as_a_number() -> None:
    case = _at_satisfaction()
    answers = Answers("yes", "verbal", None, 9, None,
                      unknown={"csat": "declined", "ces": "not_asked"})
    changes = flow.record_satisfaction(DEFAULT, case.state, answers, case.now)
    payload = changes[0].payload
    assert (payload["csat"], payload["ces"], payload["likelihood"]) == (None, None, 9)
    assert payload["unknown"] == {"csat": "declined", "ces": "not_asked"}
    assert payload["follow_up"] is False  # satisfied by what is known
    case.record(changes)
    assert case.state.csat is None and case.state.unknown_answers == payload["unknown"]
    # a reason beside a value is not recorded: the value is the answer
    both = Answers("yes", "verbal", 4, 9, 6, unknown={"csat": "declined"})
    assert both.unknown_reasons() == {}


def test_an_unknown_score_neither_satisfies_nor_dissatisfies() -> None:
    rule = DEFAULT.follow_up
    declined = {"csat": "declined", "likelihood": "declined", "ces": "declined"}
    assert not needs_follow_up(Answers("yes", "verbal", None, None, None, declined), rule)
    assert needs_follow_up(Answers("partly", "verbal", None, None, None, declined), rule)


def test_category_severity_and_channel_are_chosen_not_assumed() -> None:
    new = NewCase(ref="D-2", customer={"id": "c2", "name": "B"}, channel="", category="",
                  severity="", words="The lift is broken.")
    with pytest.raises(FlowError) as refused:
        flow.open_case(DEFAULT, new, "agent")
    assert [(r.code, r.params["field"]) for r in refused.value.refusals] == [
        ("flow.choose_field", "channel"), ("flow.choose_field", "category"),
        ("flow.choose_field", "severity")]


def test_what_the_customer_wants_is_captured_once_as_the_stage_answer() -> None:
    new = NewCase(ref="D-3", customer={"id": "c3", "name": "C"}, channel="phone",
                  category="late_delivery", severity="low", words="Still no parcel.",
                  remedy="  Deliver it tomorrow ")
    changes = flow.open_case(DEFAULT, new, "agent")
    captured = [c for c in changes if c.kind == ev.FIELD_CAPTURED]
    assert [(c.payload["field"], c.payload["value"]) for c in captured] == [
        ("customer_expectation", "Deliver it tomorrow")]
    without = flow.open_case(DEFAULT, NewCase(**{**new.__dict__, "remedy": ""}), "agent")
    assert not any(c.kind == ev.FIELD_CAPTURED for c in without)
