"""Shared steps for the regulated-handling tests: a log under a pack, a case received then."""

from __future__ import annotations

from datetime import datetime

from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.regulated.packs import choose_pack
from recovery_desk.services.workspace import Workspace
from tests.conftest import StepClock, open_default_case

SUPERVISOR = "Sam Supervisor"


def as_user(ws: Workspace, user: str) -> None:
    ws.settings.user = user
    ws.session = None


def under_pack(ws: Workspace, pack_id: str) -> None:
    """The log runs under ``pack_id``, chosen by the supervisor; the agent acts again.

    The organization's name is set, as an administrator would before letters go out.
    """
    ws.settings.organization_name = "Northwind Bank plc"
    agent = ws.settings.user
    as_user(ws, SUPERVISOR)
    choose_pack(ws, pack_id)
    as_user(ws, agent)


def received_at(service: CaseService, clock: StepClock, at: datetime, **overrides: object):  # noqa: ANN201
    clock.now = at
    return open_default_case(service, **overrides)
