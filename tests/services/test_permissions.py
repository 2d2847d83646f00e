"""Roles enforced in the services, refusals on the desk's audit stream, personal-data masking."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from argon2 import PasswordHasher, profiles
from sqlalchemy import select

from recovery_desk.domain.audit import ACCESS_DENIED, audit_stream_id
from recovery_desk.domain.flow import FlowError
from recovery_desk.services.access.accounts import (
    Accounts,
    IdentityNotProven,
    TryAgainLater,
    WrongCredentials,
)
from recovery_desk.services.access.permissions import (
    MASK,
    Permission,
    PermissionDenied,
    allowed,
    can_read_personal,
    mask_personal,
    personal_view,
    require,
)
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.settings import Settings
from recovery_desk.services.trust.check import check_log, rebuild_projections
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage.models import CaseEvent
from recovery_desk.sync.folder import pull_from_folder, push_to_folder
from tests.conftest import open_default_case, trust_each_other


def _denied(workspace: Workspace) -> list:  # noqa: ANN202 - rows
    with workspace.engine.connect() as conn:
        return conn.execute(select(CaseEvent.__table__).where(
            CaseEvent.kind == ACCESS_DENIED).order_by(CaseEvent.desk_seq)).all()


def _escalated(service: CaseService) -> str:
    state = open_default_case(service)
    playbook = service.playbook_for(state)
    while playbook.stage(state.stage).records != "resolution":
        for item in playbook.stage(state.stage).required_items:
            service.set_checklist(state.case_id, item)
        state = service.advance(state.case_id)
    state = service.offer(state.case_id, "refund", amount=Decimal("250"), currency="EUR",
                          deadline=date(2026, 3, 9))
    assert state.escalation_pending
    return state.case_id


@pytest.mark.parametrize("permission", [Permission.ANNOTATE, Permission.ERASE_CUSTOMER,
                                        Permission.MANAGE_USERS, Permission.MANAGE_RETENTION,
                                        Permission.READ_OTHER_DESKS_PERSONAL,
                                        Permission.APPROVE_ESCALATION])
def test_an_agent_is_refused_and_the_refusal_is_on_the_audit_stream(
        workspace: Workspace, permission: Permission) -> None:
    assert workspace.user == "tester" and workspace.role_of("tester") == "agent"
    assert not allowed(workspace, permission)
    with pytest.raises(PermissionDenied, match=r"tester \(agent\) may not annotate it") \
            if permission is Permission.ANNOTATE else pytest.raises(PermissionDenied):
        require(workspace, permission, action="annotate it" if permission is
                Permission.ANNOTATE else "", case_id="c-1")
    [row] = _denied(workspace)
    assert row.case_id == audit_stream_id("DESK-T") and row.desk_id == "DESK-T"
    assert row.payload["user"] == "tester" and row.payload["role"] == "agent"
    assert row.payload["permission"] == permission.value and row.payload["case_id"] == "c-1"
    assert workspace.case_count() == 0
    assert check_log(workspace.engine).ok


def test_roles_allow_what_they_should(workspace: Workspace) -> None:
    assert allowed(workspace, Permission.ANNOTATE, "Sam Supervisor")
    require(workspace, Permission.APPROVE_ESCALATION, user="Sam Supervisor")
    assert not allowed(workspace, Permission.MANAGE_USERS, "Sam Supervisor")
    workspace.ensure_user("Tia Trainer", "trainer")
    assert allowed(workspace, Permission.REVIEW_PRACTICE, "Tia Trainer")
    assert not allowed(workspace, Permission.EXPORT_PERSONAL, "Tia Trainer")
    workspace.ensure_user("Ada Admin", "admin")
    assert all(allowed(workspace, p, "Ada Admin") for p in Permission)
    assert _denied(workspace) == []  # allowed checks write nothing


def test_an_agent_cannot_approve_over_their_limit_and_it_is_logged(
        service: CaseService, workspace: Workspace) -> None:
    case_id = _escalated(service)
    with pytest.raises(FlowError, match="supervisor"):
        service.approve(case_id, "tester")
    [row] = _denied(workspace)
    assert row.payload["case_id"] == case_id and row.payload["permission"] == \
        "approve_escalation"
    assert check_log(workspace.engine).ok
    assert rebuild_projections(workspace.engine) == 1  # the audit stream is not a case
    assert check_log(workspace.engine).ok


def test_at_a_signed_in_desk_the_supervisor_must_prove_it(workspace: Workspace,
                                                          service: CaseService) -> None:
    workspace.access.password_hasher = PasswordHasher.from_parameters(profiles.CHEAPEST)
    accounts = Accounts(workspace)
    accounts.create_first_admin("Ada Admin", "admin password")
    accounts.sign_in("Ada Admin", "admin password")
    accounts.set_password("Sam Supervisor", "supervisor password")
    accounts.set_pin("Sam Supervisor", "2468")
    accounts.add_user("Alex Agent", "agent", "agent password")
    accounts.sign_in("Alex Agent", "agent password")
    case_id = _escalated(service)
    with pytest.raises(IdentityNotProven, match="password or PIN"):
        service.approve(case_id, "Sam Supervisor")
    with pytest.raises(WrongCredentials):
        service.approve(case_id, "Sam Supervisor", proof="not the password")
    with pytest.raises(TryAgainLater):  # proofs are throttled like sign-ins
        service.approve(case_id, "Sam Supervisor", proof="2468")
    assert service.get(case_id).escalation_pending
    accounts.sign_in("Ada Admin", "admin password")
    accounts.unlock("Sam Supervisor")
    accounts.sign_in("Alex Agent", "agent password")
    state = service.approve(case_id, "Sam Supervisor", proof="2468")
    assert state.approved_by == "Sam Supervisor" and not state.escalation_pending
    assert workspace.user == "Alex Agent"  # the desk stays the agent's


def test_personal_data_of_other_desks_finished_cases_is_masked(workspace: Workspace) -> None:
    row = {"case_id": "c", "desk_id": "OTHER", "status": "closed", "name": "Anna Kovács",
           "phone": "+36 30 123 4567", "words": "You sent me the wrong size twice.",
           "customer": {"id": "k1", "name": "Anna Kovács", "language": "hu"}, "csat": 4}
    assert not can_read_personal(workspace, "OTHER", "closed")
    assert can_read_personal(workspace, "DESK-T", "closed")
    assert can_read_personal(workspace, "DESK-T-TRAINING", "withdrawn")
    assert can_read_personal(workspace, "OTHER", "follow_up")  # still being worked
    assert can_read_personal(workspace, "OTHER", "closed", user="Sam Supervisor")
    shown = personal_view(workspace, row)
    assert shown["name"] == shown["phone"] == shown["words"] == MASK
    assert shown["customer"] == {"id": "k1", "name": MASK, "language": "hu"}
    assert shown["csat"] == 4 and shown["case_id"] == "c"
    assert personal_view(workspace, {**row, "desk_id": "DESK-T"})["name"] == "Anna Kovács"
    assert mask_personal({"name": ""})["name"] == ""  # nothing to hide stays empty


def test_refusals_travel_with_sync_and_never_become_cases(workspace: Workspace,
                                                          service: CaseService,
                                                          tmp_path: Path) -> None:
    open_default_case(service)
    with pytest.raises(PermissionDenied):
        require(workspace, Permission.ERASE_CUSTOMER, action="erase a customer")
    folder = tmp_path / "shared"
    folder.mkdir()
    push_to_folder(workspace.engine, "DESK-T", folder)
    other = open_workspace(str(tmp_path / "other.sqlite3"),
                           settings=Settings(desk_id="DESK-O", user="olga"))
    other.trust_in_process("olga")
    trust_each_other(workspace, other)
    try:
        pull_from_folder(other.engine, "DESK-O", folder)
        assert len(_denied(other)) == 1 and other.case_count() == 1
        report = check_log(other.engine)
        assert report.ok, report.findings
    finally:
        other.close()


def test_an_agent_searches_only_text_they_may_read(workspace: Workspace) -> None:
    """Another desk's finished case is masked for an agent, so a search must not find it
    by its words either: the list, its snippets and its count would tell what was said."""
    from recovery_desk.services.access.permissions import readable_search
    from recovery_desk.services.cases import case_query
    from recovery_desk.services.cases.case_filter import CaseFilter
    from tests.services.test_case_query import _load, _state
    from tests.services.trust_helpers import sign_in

    def state(i: int, desk: str, status: str):  # noqa: ANN202
        return _state(i, {"id_prefix": 7, "opened_h": i, "closed_s": 60 if status == "closed"
                          else None, "desk": desk, "agent": "Anna", "channel": "phone",
                          "category": "billing", "severity": "low", "playbook": "default",
                          "mode": "natural", "training": False, "status": status,
                          "outcome": None, "redress": None, "csat": None,
                          "watchlist": False, "escalated": False, "due_d": None,
                          "words": ["parcel", "lost"]})

    own, other_closed, other_open = (state(1, "DESK-T", "closed"),
                                     state(2, "RIGA", "closed"), state(3, "RIGA", "open"))
    _load(workspace.engine, [own, other_closed, other_open])
    search = CaseFilter(text="parcel")

    def found() -> set[str]:
        flt = readable_search(workspace, search)
        rows = case_query.page(workspace.engine, flt).rows
        assert case_query.count(workspace.engine, flt) == len(rows)
        return {r.case_id for r in rows}

    sign_in(workspace, "Alex Agent", "agent")
    assert found() == {own.case_id, other_open.case_id}
    assert readable_search(workspace, CaseFilter(desks=("RIGA",))) == CaseFilter(
        desks=("RIGA",))  # no words: nothing hidden from the list itself
    sign_in(workspace, "Sam Supervisor", "supervisor")
    assert found() == {own.case_id, other_closed.case_id, other_open.case_id}
