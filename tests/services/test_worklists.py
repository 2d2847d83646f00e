"""The Desk's work lists on a real log: follow-ups and parked cases carry who to call, how,
what was promised and why the customer was unhappy, most urgent first."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from recovery_desk.domain.satisfaction import Answers
from recovery_desk.services.cases import worklists
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.cases.worklists import LATER, OVERDUE, TODAY, Contact
from recovery_desk.services.workspace import Workspace
from tests.conftest import StepClock, open_default_case

UNHAPPY = Answers(accepted="partly", how="verbal", csat=2, likelihood=3,
                  unknown={"ces": "not_asked"})


def walk(service: CaseService, case_id: str, until: str) -> None:
    """Tick, fill and advance until the stage that records ``until`` is in front."""
    for _ in range(20):
        state = service.get(case_id)
        stage = service.playbook_for(state).stage(state.stage)
        if stage.records == until:
            return
        for item in stage.required_items:
            service.set_checklist(case_id, item)
        service.advance(case_id, {f.id: "X-1" for f in stage.fields if f.required})
    raise AssertionError(f"never reached {until}")


def finish_stage(service: CaseService, case_id: str) -> None:
    state = service.get(case_id)
    stage = service.playbook_for(state).stage(state.stage)
    for item in stage.required_items:
        service.set_checklist(case_id, item)
    service.advance(case_id)


def to_follow_up(service: CaseService, **case: object) -> str:
    """A case whose customer was not fully satisfied: it waits for a follow-up."""
    case_id = open_default_case(service, **case).case_id
    walk(service, case_id, "resolution")
    service.offer(case_id, "replacement", deadline=date(2026, 3, 6))
    finish_stage(service, case_id)
    walk(service, case_id, "satisfaction")
    service.record_satisfaction(case_id, UNHAPPY)
    for _ in range(10):
        if service.get(case_id).status == "follow_up":
            return case_id
        finish_stage(service, case_id)
    raise AssertionError("no follow-up was scheduled")


def test_preferred_contact_comes_first() -> None:
    assert worklists.contacts("phone", "+44 20 7946 0000", "a@b.uk") == (
        Contact("phone", "+44 20 7946 0000"), Contact("email", "a@b.uk"))
    assert worklists.contacts("email", "+44 20 7946 0000", "a@b.uk")[0] == Contact(
        "email", "a@b.uk")
    assert worklists.contacts("counter", "", "a@b.uk") == (Contact("email", "a@b.uk"),)


def test_urgency_overdue_today_later() -> None:
    now = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    assert worklists.urgency(now - timedelta(minutes=1), now) == OVERDUE
    assert worklists.urgency(now + timedelta(minutes=1), now) == TODAY
    assert worklists.urgency(now + timedelta(days=2), now) == LATER


def test_follow_up_row_says_who_how_what_and_why(workspace: Workspace, service: CaseService,
                                                 clock: StepClock) -> None:
    case_id = to_follow_up(service, channel="email", customer={
        "name": "Emma Clarke", "phone": "+44 20 7946 0018", "email": "emma@example.co.uk",
        "number": "C900", "language": "en"})
    due = service.get(case_id).follow_up_due
    assert due is not None
    rows = worklists.follow_ups_due(workspace.engine, due - timedelta(hours=1))
    assert [r.case_id for r in rows] == [case_id]
    row = rows[0]
    assert row.customer == "Emma Clarke"
    assert row.contacts == (Contact("email", "emma@example.co.uk"),
                            Contact("phone", "+44 20 7946 0018"))  # wrote in: e-mail first
    assert (row.resolution, row.deadline) == ("replacement", "2026-03-06")
    assert (row.accepted, row.csat, row.likelihood) == ("partly", 2, 3)
    assert row.owner == "tester" and row.due == due


def test_follow_ups_ordered_overdue_today_later(workspace: Workspace, service: CaseService,
                                                clock: StepClock) -> None:
    first = to_follow_up(service)
    clock.advance(3 * 24 * 3600)
    later = to_follow_up(service)
    first_due = service.get(first).follow_up_due
    assert first_due is not None
    now = first_due + timedelta(minutes=5)
    rows = worklists.follow_ups_due(workspace.engine, now)
    assert [(r.case_id, r.urgency) for r in rows] == [(first, OVERDUE), (later, LATER)]
    assert worklists.only_mine(rows, "somebody else") == []
    assert len(worklists.only_mine(rows, "tester")) == 2


def test_parked_cases_waiting_for_approval_first(workspace: Workspace, service: CaseService,
                                                 clock: StepClock) -> None:
    older = open_default_case(service).case_id
    clock.advance(60)
    waiting = open_default_case(service, customer={
        "name": "Daniel Brooks", "phone": "+44 161 496 0000", "email": "", "number": "C901",
        "language": "en"}).case_id
    walk(service, waiting, "resolution")
    service.offer(waiting, "refund", amount=Decimal("480"), currency="EUR",
                  deadline=date(2026, 3, 9))
    rows = worklists.parked_cases(workspace.engine, workspace.desk_id, clock())
    assert [r.case_id for r in rows] == [waiting, older]
    assert rows[0].waiting_for_approval and not rows[1].waiting_for_approval
    assert rows[0].contacts == (Contact("phone", "+44 161 496 0000"),)
    assert rows[0].stage is not None and rows[0].amount == Decimal("480")


def test_parked_rows_carry_the_current_offer_folded_from_its_events(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    from recovery_desk.domain.commitments import OfferItem

    case_id = open_default_case(service).case_id
    walk(service, case_id, "resolution")
    limit = service.playbook_for(service.get(case_id)).limit_for("agent", "EUR")
    assert limit is not None
    half = (limit / 2 + 1).quantize(Decimal("0.01"))
    service.offer(case_id, "refund", amount=half, currency="EUR", deadline=date(2026, 3, 9),
                  more=[OfferItem("goodwill_credit", half)])
    (row,) = worklists.parked_cases(workspace.engine, workspace.desk_id, clock())
    assert [i["resolution"] for i in row.offer_items] == ["refund", "goodwill_credit"]
    workspace.trust_in_process("Sam Supervisor")  # signed in at this desk
    service.decline(case_id, "Sam Supervisor", "Too much for a late parcel.")
    workspace.trust_in_process("tester")
    (row,) = worklists.parked_cases(workspace.engine, workspace.desk_id, clock())
    assert row.offer_items == () and row.resolution is None  # declined: nothing promised
    service.offer(case_id, "replacement", deadline=date(2026, 3, 6))
    (row,) = worklists.parked_cases(workspace.engine, workspace.desk_id, clock())
    assert [i["resolution"] for i in row.offer_items] == ["replacement"]  # the latest only
