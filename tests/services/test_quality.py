"""Quality checks on live cases through the service: sampling, scoring, calibration, the
agent's feedback list and its acknowledgement, permissions — on a real SQLite log."""

from __future__ import annotations

import random

import pytest

from recovery_desk.domain.flow import RUBRIC, FlowError
from recovery_desk.services.access.permissions import PermissionDenied
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.review import quality
from recovery_desk.services.review.quality import QualityService
from recovery_desk.services.review.supervisor import ReviewService
from recovery_desk.services.trust.check import check_log
from recovery_desk.services.workspace import Workspace
from tests.conftest import StepClock, open_default_case

from .test_review import HAPPY, SUPERVISOR, UNHAPPY, events_of, row_of, run_case, sign_in

SECOND = "Rita Reviewer"
ALL_MET = dict.fromkeys(RUBRIC, True)


@pytest.fixture
def qa(workspace: Workspace, clock: StepClock) -> QualityService:
    workspace.ensure_user(SECOND, "supervisor")
    return QualityService(workspace, clock=clock, rng=random.Random(7))


def test_an_agent_is_refused_sampling_and_scoring(
        workspace: Workspace, service: CaseService, qa: QualityService,
        clock: StepClock) -> None:
    case_id = run_case(service, clock)
    with pytest.raises(PermissionDenied, match="may not sample cases for a quality review"):
        qa.sample("random", 5)
    with pytest.raises(PermissionDenied, match="may not score a case for quality"):
        qa.score(case_id, rubric=ALL_MET, score=5)
    assert quality.review_queue(workspace.engine, "tester") == []
    assert [e.kind for e in events_of(workspace, case_id)].count("quality_sampled") == 0


def test_rules_pick_finished_live_cases_and_never_twice(
        workspace: Workspace, service: CaseService, qa: QualityService,
        clock: StepClock) -> None:
    happy = run_case(service, clock, HAPPY)
    unhappy = run_case(service, clock, UNHAPPY)  # waits for a follow-up: on the watchlist
    open_default_case(service)  # still open: never sampled
    practice = CaseService(workspace, clock=clock, desk_id="DESK-T-TRAINING")
    open_default_case(practice, training=True)
    sign_in(workspace, SUPERVISOR)
    assert qa.candidates("random") == [happy]  # the follow-up case is not finished yet
    service.close_unrecovered(unhappy, "Customer stopped answering.")  # stays watched
    assert set(qa.candidates("random")) == {happy, unhappy}
    assert qa.candidates("watchlist") == [unhappy]
    assert qa.candidates("escalated") == []
    assert qa.sample("watchlist", 3) == [unhappy]
    assert qa.candidates("watchlist") == []  # in the queue already
    queue = quality.review_queue(workspace.engine, SUPERVISOR)
    assert [(i.case_id, i.rule, i.agent) for i in queue] == [(unhappy, "watchlist", "tester")]
    with pytest.raises(FlowError, match="There is no sampling rule “nice”."):
        qa.sample("nice", 1)
    row = row_of(workspace, unhappy)
    assert row.status == "closed"  # sampling changes nothing on the case
    assert check_log(workspace.engine).ok


def test_a_sampled_case_is_scored_shown_to_its_agent_and_acknowledged(
        workspace: Workspace, service: CaseService, qa: QualityService,
        clock: StepClock) -> None:
    mine = run_case(service, clock)
    workspace.ensure_user("Other Agent", "agent")
    sign_in(workspace, "Other Agent")
    theirs = run_case(CaseService(workspace, clock=clock), clock)
    sign_in(workspace, SUPERVISOR)
    assert set(qa.sample("random", 10)) == {mine, theirs}
    ReviewService(workspace, clock=clock).add_coaching_note(mine, "Name the problem sooner.")
    clock.advance(60)
    qa.score(mine, rubric={**ALL_MET, "listened_first": False}, score=3,
             comments="  Solved before listening. ")
    qa.score(theirs, rubric=ALL_MET, score=5)
    assert [i.case_id for i in quality.review_queue(workspace.engine, SUPERVISOR)] == []
    scores = quality.scores_by_agent(workspace.engine)
    assert [(r.ref, r.score) for r in scores["tester"]] == [(row_of(workspace, mine).ref, 3)]
    assert [r.score for r in scores["Other Agent"]] == [5]

    sign_in(workspace, "tester")
    items = quality.feedback_for(workspace.engine, "tester")
    assert [(i.kind, i.text, i.score, i.acknowledged) for i in items] == [
        ("quality_reviewed", "Solved before listening.", 3, False),
        ("annotated", "Name the problem sooner.", None, False)]
    assert items[0].rubric["listened_first"] is False
    assert quality.unacknowledged(workspace.engine, "tester") == 2
    assert {i.case_id for i in items} == {mine}  # another agent's feedback never shows
    qa.acknowledge(items[0].event_id)
    assert [i.acknowledged for i in quality.feedback_for(workspace.engine, "tester")] == [
        True, False]
    assert quality.unacknowledged(workspace.engine, "tester") == 1
    last = events_of(workspace, mine)[-1]
    assert (last.kind, last.actor, last.payload["event_id"]) == (
        "feedback_acknowledged", "tester", items[0].event_id)
    other = quality.feedback_for(workspace.engine, "Other Agent")
    with pytest.raises(FlowError, match="Only the agent who ran the case"):
        qa.acknowledge(other[0].event_id)
    assert quality.unacknowledged(workspace.engine, "Other Agent") == 1
    assert check_log(workspace.engine).ok


def test_calibration_shows_how_far_two_reviewers_are_apart(
        workspace: Workspace, service: CaseService, qa: QualityService,
        clock: StepClock) -> None:
    case_id = run_case(service, clock)
    sign_in(workspace, SUPERVISOR)
    qa.sample("random", 1)
    qa.score(case_id, rubric=ALL_MET, score=5)
    assert quality.calibration(workspace.engine) == []
    sign_in(workspace, SECOND)
    queue = quality.review_queue(workspace.engine, SECOND)
    assert [(i.case_id, i.reviewers) for i in queue] == [(case_id, (SUPERVISOR,))]
    qa.score(case_id, rubric={**ALL_MET, "fix_with_deadline": False}, score=2)
    [calibrated] = quality.calibration(workspace.engine)
    assert calibrated.scores == {SECOND: 2, SUPERVISOR: 5}
    assert calibrated.difference == 3
    assert calibrated.criteria_apart == ("fix_with_deadline",)


def test_bad_quality_input_is_refused_and_records_nothing(
        workspace: Workspace, service: CaseService, qa: QualityService,
        clock: StepClock) -> None:
    done = run_case(service, clock)
    in_flow = open_default_case(service).case_id
    sign_in(workspace, SUPERVISOR)
    for case_id, message, call in (
            (done, "The score must be 1 to 5.",
             lambda: qa.score(done, rubric=ALL_MET, score=6)),
            (done, "Unknown rubric items: smiled.",
             lambda: qa.score(done, rubric={"smiled": True}, score=4)),
            (in_flow, "Only finished cases are checked for quality",
             lambda: qa.score(in_flow, rubric=ALL_MET, score=4))):
        count = len(events_of(workspace, case_id))
        with pytest.raises(FlowError, match=message):
            call()
        assert len(events_of(workspace, case_id)) == count


def test_review_reads_use_the_review_index_never_a_scan_of_every_event(
        workspace: Workspace, service: CaseService, qa: QualityService,
        clock: StepClock) -> None:
    """The queue, scores, calibration and an agent's feedback read the few review events
    from ``ix_case_events_review`` (0016): on a 1M-case log a scan of every event's kind
    took tens of seconds. The plans are SQLite's own for the real queries."""
    from sqlalchemy import event

    case_id = run_case(service, clock)
    sign_in(workspace, SUPERVISOR)
    qa.sample("random", 1)
    qa.score(case_id, rubric=ALL_MET, score=4)
    plans: list[str] = []

    def explain(conn, cursor, statement, parameters, context, many) -> None:  # noqa: ANN001
        if statement.lstrip().upper().startswith("SELECT") and "case_events" in statement:
            rows = cursor.connection.execute("EXPLAIN QUERY PLAN " + statement,
                                             parameters).fetchall()
            plans.append(" | ".join(str(row[-1]) for row in rows))

    engine = workspace.engine
    event.listen(engine, "before_cursor_execute", explain)
    try:
        assert quality.review_queue(engine, SECOND)[0].case_id == case_id
        assert [r.score for r in quality.scores_by_agent(engine)["tester"]] == [4]
        assert quality.calibration(engine) == []
        assert [i.score for i in quality.feedback_for(engine, "tester")] == [4]
    finally:
        event.remove(engine, "before_cursor_execute", explain)
    assert len(plans) == 5, plans  # the queue reads samples and reviews
    for plan in plans:
        assert "ix_case_events_review" in plan, plan
        assert "SCAN case_events" not in plan, plan
        assert "SCAN cases" not in plan, plan
