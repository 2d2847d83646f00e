"""Cases run through the service land as chained events with a matching projection."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from recovery_desk.domain.flow import FlowError
from recovery_desk.domain.satisfaction import Answers
from recovery_desk.services.access.accounts import IdentityNotProven
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.trust.check import check_log, rebuild_projections
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.models import Case, CaseEvent, Customer
from tests.conftest import StepClock, open_default_case

HAPPY = Answers(accepted="yes", how="verbal", csat=5, likelihood=10, ces=7)


def run_default(service: CaseService, clock: StepClock, answers: Answers = HAPPY) -> str:
    state = open_default_case(service)
    playbook = service.playbook_for(state)
    case_id = state.case_id
    while state.stage is not None:
        stage = playbook.stage(state.stage)
        for item in stage.required_items:
            state = service.set_checklist(case_id, item)
        if stage.records == "resolution":
            state = service.offer(case_id, "replacement", deadline=date(2026, 3, 6))
        if stage.records == "satisfaction":
            state = service.record_satisfaction(case_id, answers)
        clock.advance(45)
        state = service.advance(case_id)
    return case_id


def test_a_full_recovery_is_stored_and_verifies(workspace: Workspace, service: CaseService,
                                                clock: StepClock) -> None:
    case_id = run_default(service, clock)
    with workspace.engine.connect() as conn:
        row = conn.execute(select(Case).where(Case.case_id == case_id)).one()
        kinds = conn.execute(select(CaseEvent.kind).where(CaseEvent.case_id == case_id)
                             .order_by(CaseEvent.seq)).scalars().all()
        customer = conn.execute(select(Customer)).one()
    assert row.status == "closed" and row.outcome == "recovered" and row.csat == 5
    assert row.ref == "DESK-T-000001"
    assert kinds[0] == "case_opened" and kinds[-1] == "case_closed"
    assert customer.name == "Anna Kovács" and customer.phone_key == "36301234567"
    report = check_log(workspace.engine)
    assert report.ok, report.findings
    assert report.cases == 1 and report.events == len(kinds)


def test_refused_action_writes_nothing(workspace: Workspace, service: CaseService) -> None:
    state = open_default_case(service)
    with pytest.raises(FlowError):
        service.advance(state.case_id)
    with workspace.engine.connect() as conn:
        count = len(conn.execute(select(CaseEvent.event_id)).all())
    # case_opened + stage_entered + what the customer wants, from the form, only
    assert count == 3


def test_typed_fields_and_the_advance_are_one_transaction(workspace: Workspace,
                                                          service: CaseService) -> None:
    """F8 with a value still in a field: both land together, or (refused) neither."""
    state = open_default_case(service)
    field_id = service.playbook_for(state).stages[0].fields[0].id
    with pytest.raises(FlowError):  # a required item is not ticked: nothing is written
        service.advance(state.case_id, {field_id: "PX-4471"})
    with workspace.engine.connect() as conn:
        assert len(conn.execute(select(CaseEvent.event_id)).all()) == 3  # the opening's
    for item in service.playbook_for(state).stages[0].required_items:
        service.set_checklist(state.case_id, item)
    state = service.advance(state.case_id, {field_id: "PX-4471"})
    assert state.fields[field_id] == "PX-4471" and state.stage == "acknowledge"
    with workspace.engine.connect() as conn:
        kinds = conn.execute(select(CaseEvent.kind).order_by(CaseEvent.desk_seq)).scalars()
        assert list(kinds)[-3:] == ["field_captured", "stage_completed", "stage_entered"]


def test_escalation_is_approved_by_a_supervisor_not_an_agent(service: CaseService) -> None:
    state = open_default_case(service)
    playbook = service.playbook_for(state)
    while playbook.stage(state.stage).records != "resolution":
        for item in playbook.stage(state.stage).required_items:
            service.set_checklist(state.case_id, item)
        state = service.advance(state.case_id)
    state = service.offer(state.case_id, "refund", amount=Decimal("250"), currency="EUR",
                          deadline=date(2026, 3, 9))
    assert state.status == "escalated" and state.escalation_pending
    with pytest.raises(FlowError, match="supervisor"):
        service.approve(state.case_id, "tester")
    with pytest.raises(IdentityNotProven):   # someone else's approval needs their password
        service.approve(state.case_id, "Sam Supervisor")
    service.ws.trust_in_process("Sam Supervisor")   # the supervisor at the desk
    state = service.approve(state.case_id, "Sam Supervisor")
    assert state.approved_by == "Sam Supervisor" and state.status == "open"


def test_tampered_payload_is_found_by_check_and_rebuild_restores_projection(
        workspace: Workspace, service: CaseService, clock: StepClock, db_path: Path) -> None:
    run_default(service, clock)
    raw = sqlite3.connect(db_path)
    target = raw.execute("SELECT event_id FROM case_events WHERE kind='satisfaction_recorded'"
                         ).fetchone()[0]
    raw.execute("UPDATE case_events SET payload = json_set(payload, '$.csat', 1) "
                "WHERE event_id = ?", (target,))
    raw.execute("UPDATE cases SET status = 'open'")
    raw.commit()
    raw.close()
    report = check_log(workspace.engine)
    assert not report.ok
    assert any(target in f and "does not match its hash" in f for f in report.findings)
    assert any("differs from its events" in f for f in report.findings)
    rebuild_projections(workspace.engine)
    report = check_log(workspace.engine)
    assert [f for f in report.findings if "projection" in f or "case list" in f] == []
