"""Promises with a date on a real log: each agreed resolution's deadline is reminded about
until marked done, for a satisfied customer too; an offer may hold several resolutions in
one currency, its total against the agent's limit; old one-resolution offers still read."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from recovery_desk.domain import events as ev
from recovery_desk.domain.commitments import OfferItem, offer_items
from recovery_desk.domain.flow import FlowError
from recovery_desk.domain.satisfaction import Answers
from recovery_desk.services.cases.commitments import commitments_due
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.cases.worklists import LATER, OVERDUE, TODAY
from recovery_desk.storage.event_store import case_events
from tests.conftest import StepClock, open_default_case
from tests.services.test_worklists import finish_stage, walk

HAPPY = Answers(accepted="yes", how="verbal", csat=5, likelihood=9,
                unknown={"ces": "not_asked"})


def closed_satisfied(service: CaseService, **offer: object) -> str:
    """A case whose customer accepted the offer and was satisfied: it closes recovered."""
    case_id = open_default_case(service).case_id
    walk(service, case_id, "resolution")
    service.offer(case_id, **offer)  # type: ignore[arg-type]
    finish_stage(service, case_id)
    walk(service, case_id, "satisfaction")
    service.record_satisfaction(case_id, HAPPY)
    for _ in range(10):
        if service.get(case_id).status == "closed":
            return case_id
        finish_stage(service, case_id)
    raise AssertionError("the case did not close")


def test_a_satisfied_customers_refund_is_reminded_on_its_date_until_done(
        service: CaseService, clock: StepClock) -> None:
    case_id = closed_satisfied(service, resolution="refund", amount=Decimal("25"),
                               currency="GBP", deadline=date(2026, 3, 5))
    assert service.get(case_id).outcome == "recovered"
    engine = service.ws.engine
    assert [r.urgency for r in commitments_due(engine, clock.now)] == [LATER]
    on_the_day = datetime(2026, 3, 5, 10, 0, tzinfo=UTC)
    (row,) = commitments_due(engine, on_the_day)
    assert row.urgency == TODAY and row.satisfied and row.resolution == "refund"
    assert row.amount == Decimal("25.00") and row.currency == "GBP"
    assert commitments_due(engine, on_the_day + timedelta(days=1))[0].urgency == OVERDUE
    service.commitment_done(case_id, row.key)
    assert commitments_due(engine, on_the_day) == []
    with engine.connect() as conn:
        done = [e for e in case_events(conn, case_id) if e.kind == ev.COMMITMENT_DONE]
    assert [e.payload["commitment"] for e in done] == [row.key]
    with pytest.raises(FlowError) as refused:  # done once: a second time is refused
        service.commitment_done(case_id, row.key)
    assert refused.value.refusals[0].code == "flow.commitment_unknown"


def test_an_offer_holds_two_resolutions_each_with_its_deadline(
        service: CaseService, clock: StepClock) -> None:
    case_id = open_default_case(service).case_id
    walk(service, case_id, "resolution")
    state = service.offer(case_id, "replacement", deadline=date(2026, 3, 4), currency="GBP",
                          more=[OfferItem("refund", Decimal("12.5"), date(2026, 3, 9))])
    assert [i["resolution"] for i in state.offer_items] == ["replacement", "refund"]
    assert state.redress_amount == Decimal("12.50") and state.currency == "GBP"
    assert state.deadline == "2026-03-04"  # the earliest, for the Log and the export
    rows = commitments_due(service.ws.engine, datetime(2026, 3, 4, 9, tzinfo=UTC))
    assert [(r.resolution, r.urgency) for r in rows] == [("replacement", TODAY),
                                                        ("refund", LATER)]


def test_the_limit_applies_to_the_offers_total(service: CaseService) -> None:
    case_id = open_default_case(service).case_id
    walk(service, case_id, "resolution")
    limit = service.playbook_for(service.get(case_id)).limit_for("agent", "EUR")
    assert limit is not None and limit > 2
    half = (limit / 2 + 1).quantize(Decimal("0.01"))
    state = service.offer(case_id, "refund", amount=half, currency="EUR",
                          deadline=date(2026, 3, 9),
                          more=[OfferItem("goodwill_credit", half)])
    assert state.escalation_pending and state.redress_amount == half * 2
    assert state.commitments == []  # nothing is promised until it is approved


def test_a_rebooking_needs_a_time_and_is_late_by_the_minute(
        service: CaseService, clock: StepClock) -> None:
    case_id = open_default_case(service).case_id
    walk(service, case_id, "resolution")
    with pytest.raises(FlowError) as refused:
        service.offer(case_id, "rebooking", deadline=date(2026, 3, 2))
    assert refused.value.refusals[0].code == "flow.deadline_time_missing"
    flight = clock.now + timedelta(minutes=40)
    service.offer(case_id, "rebooking", deadline=flight)
    (row,) = commitments_due(service.ws.engine, clock.now)
    assert row.due_at == flight and row.urgency == TODAY
    assert commitments_due(service.ws.engine, flight + timedelta(minutes=1))[0].urgency \
        == OVERDUE


def test_an_old_one_resolution_offer_reads_as_one_item() -> None:
    old = {"resolution": "refund", "amount": "30.00", "currency": "EUR",
           "deadline": "2025-01-10", "needs_approval": False}
    assert offer_items(old) == [{"resolution": "refund", "amount": "30.00",
                                 "deadline": "2025-01-10"}]


def test_the_timeline_names_every_resolution_and_the_promise_kept(
        service: CaseService, clock: StepClock) -> None:
    from recovery_desk.services.cases.case_detail import case_detail_for

    case_id = open_default_case(service).case_id
    walk(service, case_id, "resolution")
    state = service.offer(case_id, "replacement", deadline=date(2026, 3, 4), currency="GBP",
                          more=[OfferItem("refund", Decimal("12.5"), date(2026, 3, 9))])
    service.commitment_done(case_id, state.commitments[0].key)
    detail = case_detail_for(service.ws, case_id, lang="en")
    offered = next(e for e in detail.timeline if e.kind == ev.RESOLUTION_OFFERED)
    assert [i["label"] for i in offered.details["items"]] == ["Replacement", "Refund"]
    kept = next(e for e in detail.timeline if e.kind == ev.COMMITMENT_DONE)
    assert kept.details["resolution_label"] == "Replacement"


def promise_dues(service: CaseService) -> dict[str, str | None]:
    from sqlalchemy import select

    from recovery_desk.storage.models import Case

    with service.ws.engine.connect() as conn:
        return {r.case_id: r.promise_due for r in conn.execute(
            select(Case.case_id, Case.promise_due))}


def promises_of_every_kind(service: CaseService, clock: StepClock) -> dict[str, str | None]:
    """Cases whose earliest open promise is known: open, partly kept, all kept, waiting
    for approval, declined, withdrawn, a rebooking by the hour. Returns what it should be."""
    want: dict[str, str | None] = {}

    def offered(**offer: object) -> str:
        case_id = open_default_case(service).case_id
        walk(service, case_id, "resolution")
        service.offer(case_id, **offer)  # type: ignore[arg-type]
        return case_id

    want[offered(resolution="refund", amount=Decimal("5"), currency="EUR",
                 deadline=date(2026, 3, 9))] = "2026-03-09"
    two = offered(resolution="replacement", deadline=date(2026, 3, 4), currency="EUR",
                  more=[OfferItem("refund", Decimal("4"), date(2026, 3, 12))])
    service.commitment_done(two, service.get(two).commitments[0].key)
    want[two] = "2026-03-12"   # the first kept: the second is the earliest open
    kept = offered(resolution="replacement", deadline=date(2026, 3, 5))
    service.commitment_done(kept, service.get(kept).commitments[0].key)
    want[kept] = None
    pending = offered(resolution="refund", amount=Decimal("5000"), currency="EUR",
                      deadline=date(2026, 3, 6))
    want[pending] = None      # nothing is promised until it is approved
    declined = offered(resolution="refund", amount=Decimal("5000"), currency="EUR",
                       deadline=date(2026, 3, 7))
    service.ws.trust_in_process("Sam Supervisor")
    service.decline(declined, "Sam Supervisor", "Too much for a late parcel.")
    service.ws.trust_in_process("tester")
    want[declined] = None
    withdrawn = offered(resolution="replacement", deadline=date(2026, 3, 8))
    service.withdraw(withdrawn, "The customer found the parcel.")
    want[withdrawn] = None
    flight = (clock.now + timedelta(hours=2)).astimezone(UTC)
    want[offered(resolution="rebooking", deadline=flight)] = flight.date().isoformat()
    want[open_default_case(service).case_id] = None   # no offer yet
    return want


def test_the_earliest_open_promise_is_projected_on_the_case_as_it_changes(
        service: CaseService, clock: StepClock) -> None:
    want = promises_of_every_kind(service, clock)
    assert promise_dues(service) == want


def test_the_migration_fills_the_earliest_open_promise_of_an_existing_log(
        service: CaseService, clock: StepClock) -> None:
    """A log made before 0015 (the column dropped, as at 0014) gets the same dates from its
    events as the live writer gives, and ``check`` finds the case list equal to a replay."""
    from recovery_desk.services.trust.check import check_log
    from recovery_desk.storage import migrate

    want = promises_of_every_kind(service, clock)
    engine = service.ws.engine
    migrate.downgrade(engine, "0014")
    migrate.upgrade(engine)
    assert promise_dues(service) == want
    report = check_log(engine)
    assert report.ok, report.findings


def test_f10_stops_reading_early_and_lists_exactly_what_reading_every_case_lists(
        service: CaseService, clock: StepClock, monkeypatch: pytest.MonkeyPatch) -> None:
    """A short list reads only the cases it needs, earliest promise first, and is the
    head of the whole list: a case whose first promise is early and second late cannot
    crowd out another case's promise in between."""
    from recovery_desk.services.cases import commitments

    deadlines = [(date(2026, 3, 5), date(2026, 3, 20)), (date(2026, 3, 9), None),
                 (date(2026, 3, 6), date(2026, 3, 7)), (date(2026, 3, 12), None),
                 (date(2026, 3, 5), None), (date(2026, 3, 25), date(2026, 3, 8))]
    for first, second in deadlines:
        case_id = open_default_case(service).case_id
        walk(service, case_id, "resolution")
        more = [OfferItem("refund", Decimal("3"), second)] if second else []
        service.offer(case_id, "replacement", currency="GBP", deadline=first, more=more)
    engine, now = service.ws.engine, datetime(2026, 3, 4, 9, 0, tzinfo=UTC)
    monkeypatch.setattr(commitments, "_CHUNK", 1)
    folded: list[int] = []
    fold = commitments.fold_states
    monkeypatch.setattr(commitments, "fold_states",
                        lambda rows: folded.append(1) or fold(rows))
    whole = commitments_due(engine, now, days_ahead=30, limit=100)
    assert len(whole) == 9 and len(folded) == 6
    assert [r.due for r in whole] == sorted(r.due for r in whole)
    for limit in range(1, 10):
        assert commitments_due(engine, now, days_ahead=30, limit=limit) == whole[:limit]
    folded.clear()
    commitments_due(engine, now, days_ahead=30, limit=2)
    assert len(folded) < 6


def test_a_practice_cases_promise_is_never_reminded(service: CaseService,
                                                    clock: StepClock) -> None:
    from recovery_desk.services.cases.recovery import training_desk

    practice = CaseService(service.ws, clock=clock, desk_id=training_desk(service.ws.desk_id))
    for desk in (practice, service):
        case_id = open_default_case(desk, training=desk is practice).case_id
        walk(desk, case_id, "resolution")
        desk.offer(case_id, "replacement", currency="GBP", deadline=date(2026, 3, 5))
    rows = commitments_due(service.ws.engine, datetime(2026, 3, 4, 9, tzinfo=UTC))
    assert [service.get(r.case_id).training for r in rows] == [False]
