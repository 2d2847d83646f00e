"""Erasing a customer: gone from projections, payloads and the file; chains still verify."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from recovery_desk.domain.redaction import CUSTOMER_ERASED
from recovery_desk.services.access.permissions import PermissionDenied
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.settings import Settings
from recovery_desk.services.trust.check import check_log
from recovery_desk.services.trust.erasure import CustomerNotFound, erase_customer
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage.models import Case, CaseEvent, Customer
from recovery_desk.sync.folder import import_bundle, push_to_folder
from tests.conftest import CUSTOMER, StepClock, open_default_case, trust_each_other
from tests.services.test_case_log import run_default
from tests.services.trust_helpers import make_v1, personal_left, sign_in

KPI_COLUMNS = ("status", "outcome", "category", "channel", "severity", "csat", "likelihood",
               "ces", "resolution", "redress_amount", "currency", "accepted", "opened_at",
               "closed_at", "acknowledged_at", "resolved_at", "notes")


def _kpis(workspace: Workspace) -> list[tuple]:
    with workspace.engine.connect() as conn:
        return [tuple(getattr(r, c) for c in KPI_COLUMNS)
                for r in conn.execute(select(Case).order_by(Case.ref))]


def _customer_id(workspace: Workspace) -> str:
    with workspace.engine.connect() as conn:
        return conn.execute(select(Customer.customer_id).where(Customer.number == "C100")
                            ).scalar_one()


def _recovery_with_notes(service: CaseService, clock: StepClock) -> str:
    case_id = run_default(service, clock)
    customer = {**CUSTOMER, "id": service.get(case_id).customer_id}
    state = open_default_case(service, customer=customer)  # the same customer, still open
    service.add_note(state.case_id, "Anna called back from +36 30 123 4567")
    return case_id


def test_erasure_scrubs_every_copy_and_the_chain_still_verifies(
        workspace: Workspace, service: CaseService, clock: StepClock, db_path: Path) -> None:
    _recovery_with_notes(service, clock)
    other = open_default_case(service, customer={"name": "Bob Other", "number": "C200"},
                              words="Still waiting for my parcel.", remedy="A refund.")
    assert personal_left(db_path)  # the data is there before
    before = _kpis(workspace)
    sign_in(workspace)
    result = erase_customer(workspace, "C100")
    assert len(result.cases) == 2 and result.events_scrubbed >= 3 and result.sealed_v1 == 0
    report = check_log(workspace.engine)
    assert report.ok, report.findings
    assert _kpis(workspace) == before  # every figure unchanged
    assert personal_left(db_path) == []  # not in the file, not in the WAL
    with workspace.engine.connect() as conn:
        customer = conn.execute(select(Customer).where(Customer.number == "")).one()
        assert customer.erased and customer.name == customer.phone == customer.email == ""
        cases = conn.execute(select(Case).where(Case.customer_id == customer.customer_id)
                             ).all()
        assert {(c.words, c.remedy) for c in cases} == {("", "")}
        erasures = conn.execute(select(CaseEvent).where(CaseEvent.kind == CUSTOMER_ERASED)
                                ).all()
        kept = conn.execute(select(Case.words).where(Case.case_id == other.case_id)).scalar()
    assert len(erasures) == 2 and kept == "Still waiting for my parcel."
    assert all(e.payload["customer_id"] == customer.customer_id and e.actor == "Ada Admin"
               for e in erasures)
    assert "Kov" not in json.dumps([e.payload for e in erasures], ensure_ascii=False)
    # erasing again changes nothing
    again = erase_customer(workspace, customer.customer_id)
    assert not again.changed and check_log(workspace.engine).ok


def test_erasure_needs_the_permission(workspace: Workspace, service: CaseService) -> None:
    open_default_case(service)
    with pytest.raises(PermissionDenied):
        erase_customer(workspace, "C100")  # the fixture's user is an agent
    sign_in(workspace)
    with pytest.raises(CustomerNotFound):
        erase_customer(workspace, "nobody")


def test_tampering_with_an_unerased_event_is_still_found(
        workspace: Workspace, service: CaseService, clock: StepClock, db_path: Path) -> None:
    _recovery_with_notes(service, clock)
    open_default_case(service, customer={"name": "Bob Other", "number": "C200"})
    sign_in(workspace)
    erase_customer(workspace, "C100")
    raw = sqlite3.connect(db_path)
    event_id, desk_seq = raw.execute(
        "SELECT event_id, desk_seq FROM case_events WHERE kind='case_opened' "
        "AND payload LIKE '%Bob Other%'").fetchone()
    raw.execute("UPDATE case_events SET payload = json_set(payload, '$.words', 'edited') "
                "WHERE event_id = ?", (event_id,))
    raw.commit()
    raw.close()
    report = check_log(workspace.engine)
    first = [f for f in report.findings if "first broken link" in f]
    assert len(first) == 1 and event_id in first[0] and f"desk_seq {desk_seq}" in first[0]


def test_an_erased_field_filled_in_again_is_found(
        workspace: Workspace, service: CaseService, clock: StepClock, db_path: Path) -> None:
    run_default(service, clock)
    sign_in(workspace)
    erase_customer(workspace, "C100")
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE case_events SET payload = json_set(payload, '$.words', 'forged') "
                "WHERE kind = 'case_opened'")
    raw.commit()
    raw.close()
    report = check_log(workspace.engine)
    assert any("erased field holds a value" in f for f in report.findings)


def test_old_v1_events_are_sealed_at_erasure_and_a_broken_link_still_fails(
        workspace: Workspace, service: CaseService, clock: StepClock, db_path: Path) -> None:
    run_default(service, clock)
    make_v1(db_path)  # as an older desk wrote them
    assert check_log(workspace.engine).ok
    sign_in(workspace)
    result = erase_customer(workspace, "C100")
    assert result.sealed_v1 == result.events_scrubbed >= 1
    report = check_log(workspace.engine)
    assert report.ok, report.findings
    assert report.sealed == result.sealed_v1
    assert personal_left(db_path) == []
    # changing a sealed event's content is found
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE case_events SET payload = json_set(payload, '$.category', 'other') "
                "WHERE kind = 'case_opened'")
    raw.commit()
    report = check_log(workspace.engine)
    assert any("not sealed by an erasure" in f for f in report.findings)
    raw.execute("UPDATE case_events SET payload = json_set(payload, '$.category', "
                "'wrong_item') WHERE kind = 'case_opened'")
    # and so is a broken link of a v1 event
    raw.execute("UPDATE case_events SET prev_hash = ? WHERE desk_seq = 3", ("f" * 64,))
    raw.commit()
    raw.close()
    report = check_log(workspace.engine)
    assert any("first broken link" in f and "does not link" in f for f in report.findings)


def test_an_erased_log_travels_by_bundle_and_erases_the_peer_copy(
        workspace: Workspace, service: CaseService, clock: StepClock, tmp_path: Path) -> None:
    run_default(service, clock)
    share = tmp_path / "share"
    share.mkdir()
    first = push_to_folder(workspace.engine, "DESK-T", share)[0]
    peer_path = tmp_path / "peer.sqlite3"
    peer = open_workspace(str(peer_path), settings=Settings(desk_id="PEER", user="p"))
    peer.trust_in_process("p")
    trust_each_other(workspace, peer)
    try:
        import_bundle(peer.engine, first)
        assert personal_left(peer_path)  # the peer holds the data before the erasure
        sign_in(workspace)
        erase_customer(workspace, "C100")
        second = push_to_folder(workspace.engine, "DESK-T", share)[0]
        import_bundle(peer.engine, second)  # the erasure event travels and is applied
        report = check_log(peer.engine)
        assert report.ok, report.findings
        with peer.engine.connect() as conn:
            words = conn.execute(select(Case.words)).scalars().all()
            erased = conn.execute(select(Customer.erased)).scalars().all()
        assert words == [""] and erased == [True]
        # the old bundle, still in the share with the data, brings nothing back
        import_bundle(peer.engine, first)
        from recovery_desk.services.trust.erasure import truncate_wal

        truncate_wal(peer.engine)
        assert personal_left(peer_path) == []
        # a fresh desk importing the whole erased chain verifies it too
        fresh_path = tmp_path / "fresh.sqlite3"
        fresh = open_workspace(str(fresh_path), settings=Settings(desk_id="NEW", user="n"))
        fresh.trust_in_process("n")
        trust_each_other(workspace, fresh)
        try:
            export = tmp_path / "again"
            export.mkdir()
            with workspace.engine.begin() as conn:
                conn.exec_driver_sql("DELETE FROM sync_state")
            bundle = push_to_folder(workspace.engine, "DESK-T", export)[0]
            import_bundle(fresh.engine, bundle)
            assert check_log(fresh.engine).ok
        finally:
            fresh.close()
    finally:
        peer.close()


def test_a_late_event_from_a_peer_that_has_not_erased_is_scrubbed_on_arrival(
        workspace: Workspace, clock: StepClock, tmp_path: Path) -> None:
    peer_path = tmp_path / "peer.sqlite3"
    peer = open_workspace(str(peer_path), settings=Settings(desk_id="PEER", user="p"))
    peer.trust_in_process("p")
    trust_each_other(workspace, peer)
    try:
        peer_service = CaseService(peer, clock=clock)
        state = open_default_case(peer_service)
        share = tmp_path / "share"
        share.mkdir()
        import_bundle(workspace.engine, push_to_folder(peer.engine, "PEER", share)[0])
        sign_in(workspace)
        erase_customer(workspace, "C100")
        peer_service.add_note(state.case_id, "Anna called back twice")  # peer has not erased
        import_bundle(workspace.engine, push_to_folder(peer.engine, "PEER", share)[0])
        with workspace.engine.connect() as conn:
            texts = [p.get("text") for p in conn.execute(select(CaseEvent.payload).where(
                CaseEvent.kind == "note_added")).scalars()]
        assert texts == [""]
        assert check_log(workspace.engine).ok
    finally:
        peer.close()


@pytest.mark.parametrize("erasure_first", [True, False])
def test_an_old_desks_v1_events_erased_elsewhere_stay_erased_on_a_third_desk(
        workspace: Workspace, service: CaseService, clock: StepClock, db_path: Path,
        tmp_path: Path, erasure_first: bool) -> None:
    run_default(service, clock)
    make_v1(db_path)  # DESK-T plays an older desk: its events are v1
    share = tmp_path / "share"
    share.mkdir()
    old_bundle = push_to_folder(workspace.engine, "DESK-T", share)[0]
    opened: list[Workspace] = []
    try:
        peer = open_workspace(str(tmp_path / "peer.sqlite3"),
                              settings=Settings(desk_id="PEER", user="p"))
        peer.trust_in_process("p")
        opened.append(peer)
        trust_each_other(workspace, peer)
        import_bundle(peer.engine, old_bundle)
        sign_in(peer)
        assert erase_customer(peer, "C100").sealed_v1 >= 1  # seals DESK-T's events
        erasure_bundle = push_to_folder(peer.engine, "PEER", share)[0]
        third_path = tmp_path / "third.sqlite3"
        third = open_workspace(str(third_path), settings=Settings(desk_id="NEW", user="n"))
        third.trust_in_process("n")
        opened.append(third)
        trust_each_other(workspace, peer, third)
        order = [erasure_bundle, old_bundle] if erasure_first else [old_bundle, erasure_bundle]
        for bundle in order:
            import_bundle(third.engine, bundle)
        report = check_log(third.engine)
        assert report.ok, report.findings
        assert report.sealed >= 1
        from recovery_desk.services.trust.erasure import truncate_wal

        truncate_wal(third.engine)
        assert personal_left(third_path) == []
    finally:
        for ws in opened:
            ws.close()


@pytest.fixture
def server_url(pg_server):  # noqa: ANN001, ANN201
    url = pg_server.create_database("erasure_sync")
    open_workspace(url, settings=Settings(desk_id="SERVER", user="admin")).close()  # migrate
    yield url
    pg_server.drop_database("erasure_sync")


def test_erasure_through_a_postgresql_server(
        workspace: Workspace, service: CaseService, clock: StepClock, db_path: Path,
        tmp_path: Path, server_url: str) -> None:
    from recovery_desk.sync import service as sync

    run_default(service, clock)
    open_default_case(service, customer={"name": "Bob Other", "number": "C200"},
                      words="Still waiting for my parcel.", remedy="A refund.")
    make_v1(db_path)  # as an older desk wrote them
    sync.push(workspace.engine, "DESK-T", server_url)
    peer_path = tmp_path / "peer.sqlite3"
    peer = open_workspace(str(peer_path), settings=Settings(desk_id="PEER", user="p"))
    peer.trust_in_process("p")
    central_ws = open_workspace(server_url, settings=Settings(desk_id="SUPER", user="s"))
    central_ws.trust_in_process("s")
    trust_each_other(workspace, peer)
    try:
        sync.pull(peer.engine, "PEER", server_url)
        sign_in(workspace)
        erase_customer(workspace, "C100")
        sync.push(workspace.engine, "DESK-T", server_url)  # the server applies the erasure
        sync.pull(peer.engine, "PEER", server_url)  # and so does the peer
        for ws in (central_ws, peer):
            report = check_log(ws.engine)
            assert report.ok, report.findings
            with ws.engine.connect() as conn:
                words = sorted(conn.execute(select(Case.words)).scalars())
                texts = json.dumps(list(conn.execute(select(CaseEvent.payload)).scalars()),
                                   ensure_ascii=False)
            assert words == ["", "Still waiting for my parcel."]
            assert "Kovács" not in texts and "anna@example.hu" not in texts
        # a new desk pulling everything from the server verifies the sealed events
        fresh = open_workspace(str(tmp_path / "fresh.sqlite3"),
                               settings=Settings(desk_id="NEW", user="n"))
        fresh.trust_in_process("n")
        trust_each_other(workspace, peer, fresh)
        try:
            sync.pull(fresh.engine, "NEW", server_url)
            report = check_log(fresh.engine)
            assert report.ok, report.findings
            assert report.sealed >= 1
        finally:
            fresh.close()
        # a supervisor working on the server erases there directly (events written on the
        # server itself carry no desk signature, so desks do not pull them: see the report)
        sign_in(central_ws, "Sam Supervisor", "supervisor")
        result = erase_customer(central_ws, "C200")
        assert result.sealed_v1 >= 1 and check_log(central_ws.engine).ok
        from recovery_desk.services.trust.audit import export_audit

        trail = tmp_path / "server-audit.jsonl"
        export_audit(central_ws, trail)  # streamed from the server
        statuses = {json.loads(line)["verification"]
                    for line in trail.read_text(encoding="utf-8").splitlines()}
        assert statuses == {"ok", "sealed"}
    finally:
        peer.close()
        central_ws.close()
