"""Correcting a customer's contact details: one event, the customers table, the Log's
search, ``check`` and ``check --rebuild``, erasure and sync all follow it (real SQLite)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from recovery_desk.domain.events import CUSTOMER_CONTACT_CORRECTED
from recovery_desk.domain.flow import FlowError
from recovery_desk.services.access.permissions import readable_search
from recovery_desk.services.cases import case_query
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.cases.contact import correct_contact, current_contact
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.settings import Settings
from recovery_desk.services.trust.check import check_log, rebuild_projections
from recovery_desk.services.trust.erasure import erase_customer
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage.models import CaseEvent, Customer
from recovery_desk.sync.folder import import_bundle, push_to_folder
from tests.conftest import CUSTOMER, StepClock, open_default_case, trust_each_other
from tests.services.trust_helpers import raw_bytes, sign_in

NEW = {"name": "Anna Szabó", "phone": "+36 70 555 0199", "email": "anna.szabo@example.hu"}


def _customers(workspace: Workspace) -> list[tuple[Any, ...]]:
    cols = [c for c in Customer.__table__.columns if c.name != "created_at"]
    with workspace.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(*cols).order_by(Customer.customer_id))]


def _customer(workspace: Workspace) -> Any:
    with workspace.engine.connect() as conn:
        return conn.execute(select(Customer)).one()


def found(workspace: Workspace, text: str) -> set[str]:
    flt = readable_search(workspace, CaseFilter(text=text))
    return {r.case_id for r in case_query.page(workspace.engine, flt).rows}


def test_a_correction_updates_the_customer_row_and_the_case_state(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    state = open_default_case(service)
    clock.advance(60)
    after = correct_contact(service, state.case_id, NEW, "Customer spelled her new name")
    assert after.customer["name"] == "Anna Szabó" and after.customer["number"] == "C100"
    assert after.customer["language"] == "hu"  # what was not corrected stays
    row = _customer(workspace)
    assert (row.name, row.phone, row.email, row.number) == (
        "Anna Szabó", "+36 70 555 0199", "anna.szabo@example.hu", "C100")
    assert row.phone_rev == "36705550199"[::-1] and row.name_key == "anna szabo"
    assert service.get(state.case_id).customer == after.customer  # replayed the same
    with workspace.engine.connect() as conn:
        payload = conn.execute(select(CaseEvent.payload).where(
            CaseEvent.kind == CUSTOMER_CONTACT_CORRECTED)).scalar_one()
    assert payload["changed"] == ["name", "phone", "email"]
    assert payload["reason"] == "Customer spelled her new name"
    assert current_contact(service, state.case_id)["phone"] == "+36 70 555 0199"


def test_search_finds_the_new_phone_in_another_format_and_not_the_old(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    first = open_default_case(service)
    clock.advance(60)
    second = open_default_case(service, customer={**CUSTOMER, "id": first.customer_id})
    assert found(workspace, "06 30 123 4567") == {first.case_id, second.case_id}
    clock.advance(60)
    correct_contact(service, second.case_id, NEW, "New phone")
    both = {first.case_id, second.case_id}  # every case of the customer
    assert found(workspace, "0036705550199") == both
    assert found(workspace, "06-70-555-0199") == both
    assert found(workspace, "anna.szabo@example.hu") == both
    assert found(workspace, "Szabo Anna") == both
    assert found(workspace, "06 30 123 4567") == set()
    assert found(workspace, "anna@example.hu") == set()


def test_check_passes_after_a_correction_and_rebuild_gives_the_same_customers(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    state = open_default_case(service)
    clock.advance(30)
    open_default_case(service, customer={"name": "Bob Other", "number": "C200"},
                      words="Still waiting.")
    clock.advance(30)
    correct_contact(service, state.case_id, {"phone": "+36 1 222 3333"}, "Typo")
    report = check_log(workspace.engine)
    assert report.ok, report.findings
    live = _customers(workspace)
    rebuild_projections(workspace.engine)
    assert _customers(workspace) == live
    assert check_log(workspace.engine).ok


def test_a_correction_older_than_a_later_opening_loses_to_the_opening(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    first = open_default_case(service)
    clock.advance(3600)
    later = {**CUSTOMER, "id": first.customer_id, "phone": "+36 20 999 8888"}
    open_default_case(service, customer=later)
    clock.advance(-1800)  # a desk whose clock is behind corrects the first case
    correct_contact(service, first.case_id, {"phone": "+36 70 111 2222"}, "Old number")
    assert _customer(workspace).phone == "+36 20 999 8888"  # the later opening stays
    report = check_log(workspace.engine)
    assert report.ok, report.findings
    live = _customers(workspace)
    rebuild_projections(workspace.engine)
    assert _customers(workspace) == live
    clock.advance(3600)  # a correction after the opening wins
    correct_contact(service, first.case_id, {"phone": "+36 70 111 2222"}, "Newest number")
    assert _customer(workspace).phone == "+36 70 111 2222"
    assert check_log(workspace.engine).ok


def test_an_empty_correction_or_one_without_a_reason_is_refused_and_nothing_changes(
        workspace: Workspace, service: CaseService) -> None:
    state = open_default_case(service)
    before = _customers(workspace)
    with pytest.raises(FlowError) as empty:
        correct_contact(service, state.case_id, {"phone": " +36 30 123 4567 "}, "No change")
    assert empty.value.refusals[0].code == "contact.unchanged"
    with pytest.raises(FlowError) as reason:
        correct_contact(service, state.case_id, NEW, "  ")
    assert reason.value.refusals[0].code == "contact.reason"
    assert _customers(workspace) == before
    assert service.get(state.case_id).last_seq == state.last_seq


def test_erasure_scrubs_the_corrected_values_too(
        workspace: Workspace, service: CaseService, clock: StepClock, db_path: Path) -> None:
    state = open_default_case(service)
    clock.advance(60)
    correct_contact(service, state.case_id, NEW, "Married, new surname Szabó")
    assert b"555 0199" in raw_bytes(db_path)
    sign_in(workspace)
    erase_customer(workspace, "C100")
    data = raw_bytes(db_path)
    for value in ("555 0199", "anna.szabo", "Szab", "new surname"):
        assert value.encode() not in data, value
    row = _customer(workspace)
    assert row.erased and row.phone == "" and row.name == ""
    report = check_log(workspace.engine)
    assert report.ok, report.findings
    with pytest.raises(FlowError) as erased:
        correct_contact(service, state.case_id, NEW, "Again")
    assert erased.value.refusals[0].code == "contact.erased"


def test_a_correction_on_desk_a_arrives_on_desk_b_by_bundle(
        workspace: Workspace, service: CaseService, clock: StepClock, tmp_path: Path) -> None:
    state = open_default_case(service)
    share = tmp_path / "share"
    share.mkdir()
    peer = open_workspace(str(tmp_path / "peer.sqlite3"),
                          settings=Settings(desk_id="PEER", user="p"))
    peer.trust_in_process("p")
    trust_each_other(workspace, peer)
    try:
        import_bundle(peer.engine, push_to_folder(workspace.engine, "DESK-T", share)[0])
        assert _customer(peer).phone == CUSTOMER["phone"]
        clock.advance(60)
        correct_contact(service, state.case_id, NEW, "New phone")
        import_bundle(peer.engine, push_to_folder(workspace.engine, "DESK-T", share)[0])
        assert _customers(peer) == _customers(workspace)
        assert _customer(peer).phone == NEW["phone"]
        assert found(peer, "06705550199") == {state.case_id}
        report = check_log(peer.engine)
        assert report.ok, report.findings
    finally:
        peer.close()


@pytest.fixture
def server_url(pg_server):  # noqa: ANN001, ANN201
    url = pg_server.create_database("contact_sync")
    open_workspace(url, settings=Settings(desk_id="SERVER", user="admin")).close()  # migrate
    yield url
    pg_server.drop_database("contact_sync")


def test_a_correction_travels_through_a_postgresql_server_to_another_desk(
        workspace: Workspace, service: CaseService, clock: StepClock, tmp_path: Path,
        server_url: str) -> None:
    from recovery_desk.sync import service as sync

    state = open_default_case(service)
    sync.push(workspace.engine, "DESK-T", server_url)
    peer = open_workspace(str(tmp_path / "peer.sqlite3"),
                          settings=Settings(desk_id="PEER", user="p"))
    peer.trust_in_process("p")
    central = open_workspace(server_url, settings=Settings(desk_id="SUPER", user="s"))
    central.trust_in_process("s")
    trust_each_other(workspace, peer)
    try:
        sync.pull(peer.engine, "PEER", server_url)
        clock.advance(60)
        correct_contact(service, state.case_id, NEW, "New phone")
        sync.push(workspace.engine, "DESK-T", server_url)
        sync.pull(peer.engine, "PEER", server_url)
        for ws in (central, peer):
            assert _customers(ws) == _customers(workspace)
            report = check_log(ws.engine)
            assert report.ok, report.findings
        assert found(peer, "06 70 555 0199") == {state.case_id}
    finally:
        peer.close()
        central.close()
