"""Shared steps for the regulated-handling tests: a log under a pack, a case received then."""

from __future__ import annotations

from datetime import datetime

from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.regulated.packs import choose_pack
from recovery_desk.services.workspace import Workspace
from tests.conftest import StepClock, open_default_case

SUPERVISOR = "Sam Supervisor"


def as_user(ws: Workspace, user: str) -> None:
    """Act as ``user`` (in-process: the sign-in has its own tests)."""
    ws.trust_in_process(user)


def under_pack(ws: Workspace, pack_id: str) -> None:
    """The log runs under ``pack_id``, chosen by the supervisor; the agent acts again.

    The organization's name is set, as an administrator would before letters go out.
    """
    ws.settings.organization_name = "Northwind Bank plc"
    agent = ws.user
    as_user(ws, SUPERVISOR)
    choose_pack(ws, pack_id)
    as_user(ws, agent)


def received_at(service: CaseService, clock: StepClock, at: datetime, **overrides: object):  # noqa: ANN201
    clock.now = at
    return open_default_case(service, **overrides)


def drive_to(service: CaseService, case_id: str, records: str = "resolution"):  # noqa: ANN201
    """Walk the default playbook up to the stage that records ``records``."""
    state = service.get(case_id)
    playbook = service.playbook_for(state)
    while state.stage is not None:
        stage = playbook.stage(state.stage)
        for item in stage.required_items:
            state = service.set_checklist(case_id, item)
        if stage.records == records:
            return state
        state = service.advance(case_id)
    raise AssertionError(f"the playbook has no stage recording {records}")


def resolve_happily(service: CaseService, case_id: str):  # noqa: ANN201
    """Offer a replacement, hear a happy "yes" and walk the flow to its close."""
    from datetime import date, timedelta

    from recovery_desk.domain.satisfaction import Answers

    state = drive_to(service, case_id)
    today = service.clock().date()
    service.offer(case_id, "replacement", deadline=date(today.year, today.month, today.day)
                  + timedelta(days=3))
    drive_to(service, case_id, "satisfaction")
    state = service.record_satisfaction(case_id, Answers(accepted="yes", how="verbal", csat=5,
                                                         likelihood=10, ces=6))
    playbook = service.playbook_for(state)
    while state.stage is not None:
        for item in playbook.stage(state.stage).required_items:
            state = service.set_checklist(case_id, item)
        state = service.advance(case_id)
    return state
