"""The case detail read model over a real log: header, timeline with exact stage times,
what the agent said in each mode, decisions, satisfaction, follow-ups and review."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from recovery_desk.domain.flow import FlowError
from recovery_desk.domain.playbook import PlaybookLibrary
from recovery_desk.domain.satisfaction import Answers
from recovery_desk.services.access.permissions import MASK
from recovery_desk.services.cases.case_detail import case_detail, case_detail_for
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.review.supervisor import ReviewService
from recovery_desk.services.trust.check import check_log
from recovery_desk.services.workspace import Workspace
from tests.conftest import StepClock, open_default_case

from .test_review import SUPERVISOR, sign_in

UNHAPPY = Answers(accepted="partly", how="verbal", csat=3, likelihood=5,
                  unknown={"ces": "not_asked"})
HAPPY = Answers(accepted="yes", how="written", csat=5, likelihood=10, ces=7)


def _tick(service: CaseService, case_id: str) -> None:
    state = service.get(case_id)
    stage = service.playbook_for(state).stage(state.stage)
    for item in stage.required_items:
        service.set_checklist(case_id, item)


def test_detail_of_a_whole_recovery(workspace: Workspace, service: CaseService,
                                    clock: StepClock) -> None:
    start = clock()
    state = open_default_case(service, mode="scripted", language="en")
    case_id = state.case_id
    # listen, scripted: 120 s, with the order number captured
    service.capture(case_id, "order_or_reference", "A-778")
    _tick(service, case_id)
    clock.advance(120)
    service.advance(case_id)
    # acknowledge: switch to natural, 30 s, then back to listen for 15 s, then on again
    service.change_mode(case_id, "natural")
    service.add_note(case_id, "Said sorry for the second wrong size.")
    clock.advance(30)
    service.back(case_id)
    clock.advance(15)
    service.advance(case_id)  # listen's required items are still ticked
    _tick(service, case_id)
    clock.advance(40)
    service.advance(case_id)
    # apologize: 20 s
    _tick(service, case_id)
    clock.advance(20)
    service.advance(case_id)
    # resolve: a refund over the agent's limit, approved by the supervisor
    service.offer(case_id, "refund", amount=Decimal("250"), currency="EUR",
                  deadline=date(2026, 3, 6))
    clock.advance(300)
    sign_in(workspace, SUPERVISOR)
    review = ReviewService(workspace, clock=clock)
    review.approve_escalation(case_id)
    sign_in(workspace, "tester")
    _tick(service, case_id)
    clock.advance(60)
    service.advance(case_id)
    # confirm: not fully satisfied, so a follow-up; then the follow-up call satisfies
    service.record_satisfaction(case_id, UNHAPPY)
    _tick(service, case_id)
    clock.advance(90)
    service.advance(case_id)
    clock.advance(24 * 3600)
    service.complete_follow_up(case_id, HAPPY, "Refund arrived, thanked us.")
    # the supervisor reviews the closed case
    sign_in(workspace, SUPERVISOR)
    clock.advance(600)
    review.add_coaching_note(case_id, "Good read-back; approve sooner next time.")
    review.flag_for_training(case_id, "Model recovery")
    review.record_root_cause(case_id, "Size label swapped", "Check labels at packing")

    detail = case_detail(workspace.engine, case_id, lang="hu",
                         playbooks=workspace.playbooks)

    h = detail.header
    assert (h.ref, h.customer_name, h.customer_number, h.channel, h.category, h.severity) == (
        "DESK-T-000001", "Anna Kovács", "C100", "counter", "wrong_item", "medium")
    assert (h.playbook, h.playbook_title, h.mode, h.agent, h.desk_id, h.status, h.outcome) == (
        "default", "Panaszkezelés lépésről lépésre", "natural", "tester", "DESK-T", "closed",
        "recovered")
    assert h.opened_at == start
    assert detail.words == "You sent me the wrong size twice."
    assert detail.remedy == "The right size by Friday."

    # the timeline: every event in replay order, with stage times where they belong
    assert [e.seq for e in detail.timeline] == list(range(1, len(detail.timeline) + 1))
    timed = [(e.kind, e.stage, e.seconds) for e in detail.timeline if e.seconds is not None]
    assert timed == [
        ("stage_completed", "listen", 120.0),
        ("stage_entered", "listen", 30.0),  # back from acknowledge after 30 s
        ("stage_completed", "listen", 15.0),
        ("stage_completed", "acknowledge", 40.0),
        ("stage_completed", "apologize", 20.0),
        ("stage_completed", "resolve", 360.0),
        ("stage_completed", "confirm", 90.0)]
    first = detail.timeline[0]
    assert (first.kind, first.actor, first.at, first.stage_title) == (
        "case_opened", "tester", start, "")
    assert "customer" not in first.details and "words" not in first.details
    assert not any(k.startswith("_") for e in detail.timeline for k in e.details)
    completed = next(e for e in detail.timeline if e.kind == "stage_completed")
    assert completed.stage_title == "Meghallgatás és rögzítés"
    # what the customer wants, said in the new-case form, is recorded once as the answer
    # of listen's "what the customer expects"; then the order number the agent captured
    wants, captured = [e for e in detail.timeline if e.kind == "field_captured"]
    assert wants.details["field_label"] == "Mit vár az ügyfél"
    assert wants.details["value"] == "The right size by Friday."
    assert captured.details["field_label"] == "Rendelés- vagy foglalási szám"
    assert captured.details["value"] == "A-778"
    offered = next(e for e in detail.timeline if e.kind == "resolution_offered")
    assert offered.details["resolution_label"] and offered.details["amount"] == "250.00"
    approved = next(e for e in detail.timeline if e.kind == "escalation_approved")
    assert approved.actor == SUPERVISOR
    assert detail.timeline[-1].kind == "root_cause_recorded"

    # what the agent said, stage by stage
    stages = {s.stage: s for s in detail.stages}
    assert [s.stage for s in detail.stages] == ["listen", "acknowledge", "apologize",
                                                "resolve", "confirm"]
    listen = stages["listen"]
    playbook = workspace.playbooks.get("default")
    # read from the script first; after going back, finished in the agent's own words
    assert listen.modes == ("scripted", "natural") and listen.state == "completed"
    assert listen.scripted_lines == playbook.stage("listen").scripted.get("en")
    assert listen.seconds == 120 + 15
    assert [(f.field_id, f.value) for f in listen.fields] == [
        ("customer_expectation", "The right size by Friday."), ("order_or_reference", "A-778")]
    assert len(listen.checked) == 2
    ack = stages["acknowledge"]
    assert ack.modes == ("natural",) and ack.mode == "natural" and ack.scripted_lines == ()
    assert ack.notes == ("Said sorry for the second wrong size.",) and ack.seconds == 30 + 40
    assert stages["resolve"].seconds == 360

    # resolution, escalation, satisfaction, follow-ups
    assert detail.resolution is not None
    assert (detail.resolution.resolution, detail.resolution.amount,
            detail.resolution.currency, detail.resolution.deadline) == (
        "refund", Decimal("250.00"), "EUR", "2026-03-06")
    assert len(detail.escalations) == 1
    escalation = detail.escalations[0]
    assert (escalation.decision, escalation.approver, escalation.amount,
            escalation.limit) == ("approved", SUPERVISOR, "250.00", "100")
    assert detail.approved_by == SUPERVISOR
    assert [(s.context, s.accepted, s.how, s.csat, s.likelihood, s.ces, s.follow_up)
            for s in detail.satisfaction] == [
        ("desk", "partly", "verbal", 3, 5, None, True),
        ("follow_up", "yes", "written", 5, 10, 7, False)]
    assert [f.kind for f in detail.follow_ups] == ["scheduled", "done"]
    assert detail.follow_ups[1].note == "Refund arrived, thanked us."
    assert detail.follow_up_due is None

    # the supervisor's review
    assert [(n.author, n.text) for n in detail.supervisor_notes] == [
        (SUPERVISOR, "Good read-back; approve sooner next time.")]
    assert detail.flagged_for_training and detail.training_flag_reason == "Model recovery"
    assert (detail.root_cause, detail.corrective_action, detail.root_cause_by) == (
        "Size label swapped", "Check labels at packing", SUPERVISOR)
    assert check_log(workspace.engine).ok


def test_detail_of_a_case_in_progress_and_of_a_reassigned_follow_up(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    case_id = open_default_case(service).case_id
    clock.advance(42)
    detail = case_detail(workspace.engine, case_id, lang="en")  # the shipped playbooks
    assert [(s.stage, s.state, s.mode, s.seconds) for s in detail.stages] == [
        ("listen", "current", "natural", 0.0)]
    assert detail.resolution is None and detail.escalations == ()
    assert detail.header.status == "open" and detail.header.outcome is None
    with pytest.raises(FlowError, match="No case with id missing in this log."):
        case_detail(workspace.engine, "missing", lang="en")


def test_a_declined_offer_is_shown_with_its_reason_and_the_offer_is_gone(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    case_id = open_default_case(service).case_id
    for _ in range(3):
        _tick(service, case_id)
        clock.advance(10)
        service.advance(case_id)
    service.offer(case_id, "refund", amount=Decimal("900"), currency="EUR",
                  deadline=date(2026, 3, 6))
    sign_in(workspace, SUPERVISOR)
    ReviewService(workspace, clock=clock).decline_escalation(case_id, "Offer a repair first.")
    detail = case_detail(workspace.engine, case_id, lang="en")
    assert detail.resolution is None
    assert [(e.decision, e.decline_reason) for e in detail.escalations] == [
        ("declined", "Offer a repair first.")]
    assert detail.header.status == "open"
    assert [s.state for s in detail.stages] == ["completed", "completed", "completed",
                                                "current"]


def test_another_desks_finished_case_is_masked_for_an_agent(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    case_id = open_default_case(service).case_id
    service.capture(case_id, "order_or_reference", "A-778")
    service.add_note(case_id, "Customer is Anna from the third floor.")
    service.withdraw(case_id, "Anna called to cancel.")
    mine = case_detail_for(workspace, case_id, lang="en")  # own desk: everything
    assert mine.header.customer_name == "Anna Kovács"
    workspace.identity = replace(workspace.identity, desk_id="DESK-X")  # now read from another desk
    theirs = case_detail_for(workspace, case_id, lang="en")
    assert theirs.header.customer_name == MASK and theirs.header.customer_number == MASK
    assert theirs.words == MASK and theirs.remedy == MASK
    assert theirs.stages[0].notes == (MASK,) and theirs.stages[0].fields[0].value == MASK
    texts = [str(v) for e in theirs.timeline for v in e.details.values()]
    assert not any("Anna" in t or "A-778" in t for t in texts)
    # figures and structure stay readable
    assert theirs.header.status == "withdrawn" and len(theirs.timeline) == len(mine.timeline)
    sign_in(workspace, SUPERVISOR)
    assert case_detail_for(workspace, case_id, lang="en").header.customer_name == "Anna Kovács"


def test_a_case_on_a_playbook_this_desk_lacks_is_shown_and_reviewed(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    case_id = open_default_case(service, mode="scripted").case_id
    _tick(service, case_id)
    clock.advance(5)
    service.advance(case_id)
    detail = case_detail(workspace.engine, case_id, lang="en", playbooks=PlaybookLibrary())
    assert [(s.stage, s.title, s.scripted_lines) for s in detail.stages] == [
        ("listen", "listen", ()), ("acknowledge", "acknowledge", ())]
    assert detail.header.playbook_title == "default"
    workspace.playbooks.usable.pop("default")  # e.g. a case imported from another helpdesk
    sign_in(workspace, SUPERVISOR)
    review = ReviewService(workspace, clock=clock)
    assert review.add_coaching_note(case_id, "Read the script more slowly.").coaching_notes == 1
    with pytest.raises(FlowError, match="not available on this desk"):
        review.approve_escalation(case_id)
