"""Regulator returns on a small fixture counted by hand; the register; redress; exclusions."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from recovery_desk.services.access.permissions import PermissionDenied
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.regulated import records, register
from recovery_desk.services.regulated.register_view import redress_totals, share_met
from recovery_desk.services.regulated.returns import write_return
from recovery_desk.services.workspace import Workspace
from tests.conftest import StepClock
from tests.regulated.helpers import SUPERVISOR, as_user, received_at, resolve_happily, under_pack

LONDON = ZoneInfo("Europe/London")
SYDNEY = ZoneInfo("Australia/Sydney")


def _code(service: CaseService, case_id: str, product: str, cause: str, outcome: str) -> None:
    register.code_complaint(service, case_id, product=product, cause=cause, outcome=outcome)


def _as_supervisor(ws: Workspace, action):  # noqa: ANN001, ANN202
    as_user(ws, SUPERVISOR)
    try:
        return action()
    finally:
        as_user(ws, "tester")


def _fca_fixture(ws: Workspace, service: CaseService, clock: StepClock) -> dict[str, str]:
    under_pack(ws, "fca-disp")
    refs = {}
    # D: received before the period, still open at its start (and at its end)
    d = received_at(service, clock, datetime(2025, 12, 15, 10, 0, tzinfo=LONDON))
    _code(service, d.case_id, "loan", "delay", "rejected")
    # A: resolved on the day of receipt, upheld, 80 EUR paid the next day
    a = received_at(service, clock, datetime(2026, 2, 2, 10, 0, tzinfo=LONDON))
    resolve_happily(service, a.case_id)
    _code(service, a.case_id, "card", "charges", "upheld")
    redress = _as_supervisor(ws, lambda: records.record_redress(
        service, a.case_id, kind="financial_loss", amount="80", currency="EUR"))
    [line] = redress.regulated.redress
    records.mark_redress_paid(service, a.case_id, line, date(2026, 2, 3))
    # B: resolved and closed after 30 days (within eight weeks), rejected
    b = received_at(service, clock, datetime(2026, 3, 2, 10, 0, tzinfo=LONDON))
    _code(service, b.case_id, "payments", "delay", "rejected")
    clock.now = datetime(2026, 4, 1, 12, 0, tzinfo=LONDON)
    resolve_happily(service, b.case_id)
    # C: closed after eight weeks, partly upheld
    c = received_at(service, clock, datetime(2026, 3, 2, 11, 0, tzinfo=LONDON))
    _code(service, c.case_id, "card", "charges", "partly_upheld")
    clock.now = datetime(2026, 6, 1, 12, 0, tzinfo=LONDON)
    resolve_happily(service, c.case_id)
    # E: in the period but not a complaint: excluded, with its reason
    e = received_at(service, clock, datetime(2026, 4, 1, 10, 0, tzinfo=LONDON))
    _as_supervisor(ws, lambda: records.set_return_exclusion(
        service, e.case_id, excluded=True, reason="a service request, not a complaint"))
    # F: a practice case never counts
    received_at(service, clock, datetime(2026, 4, 2, 10, 0, tzinfo=LONDON), training=True)
    # G: received after the period
    received_at(service, clock, datetime(2026, 7, 2, 10, 0, tzinfo=LONDON))
    refs.update(a=a.ref, b=b.ref, c=c.ref, d=d.ref, e=e.ref)
    return refs


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_fca_figures_match_a_hand_count(workspace: Workspace, service: CaseService,
                                        clock: StepClock, tmp_path: Path) -> None:
    refs = _fca_fixture(workspace, service, clock)
    out = tmp_path / "fca.csv"
    result = write_return(workspace, "fca-disp", date(2026, 1, 1), date(2026, 6, 30), out)
    rows = {(r["product_group"], r["cause"]): r for r in _read(out)}
    total = rows[("total", "")]
    # counted by hand from the fixture above
    assert total["opened"] == "3"                        # A, B, C (E left out)
    assert total["closed"] == "3"                        # A, B, C
    assert total["closed_within_3_business_days"] == "1"  # A
    assert total["closed_within_8_weeks"] == "1"          # B
    assert total["closed_after_8_weeks"] == "1"           # C
    assert total["upheld"] == "2"                        # A upheld, C partly upheld
    assert total["upheld_share_percent"] == "66.7"
    assert total["outstanding_at_start"] == "1"          # D
    assert total["redress_paid_EUR"] == "80"
    assert rows[("banking", "charges")]["closed"] == "2"
    assert rows[("payments", "delay")]["closed_within_8_weeks"] == "1"
    assert rows[("credit", "delay")]["outstanding_at_start"] == "1"
    assert result.excluded == [(refs["e"], "a service request, not a complaint")]
    assert _read(tmp_path / "fca.excluded.csv") == [
        {"complaint_id": refs["e"], "reason": "a service request, not a complaint"}]
    # the share met on time (Register page and report): A's summary resolution made both
    # deadlines unnecessary; B, C and E sent neither letter and the deadlines passed
    since, until = datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 7, 1, tzinfo=UTC)
    shares = {s.clock: (s.met_on_time, s.decided)
              for s in share_met(workspace, until, since=since, until=until)}
    assert shares == {"acknowledge": (0, 3), "final_response": (0, 3)}
    [line] = redress_totals(workspace, since, until)
    assert (line.kind, line.currency, line.approved, line.paid, line.lines) == \
        ("financial_loss", "EUR", Decimal("80"), Decimal("80"), 1)


def test_asic_file_has_one_row_per_complaint_in_the_period(
        workspace: Workspace, service: CaseService, clock: StepClock, tmp_path: Path) -> None:
    under_pack(workspace, "asic-rg271")
    closed_before = received_at(service, clock, datetime(2025, 11, 3, 10, 0, tzinfo=SYDNEY))
    clock.now = datetime(2025, 12, 1, 10, 0, tzinfo=SYDNEY)
    resolve_happily(service, closed_before.case_id)
    open_at_start = received_at(service, clock, datetime(2025, 12, 10, 10, 0, tzinfo=SYDNEY))
    quick = received_at(service, clock, datetime(2026, 1, 27, 10, 0, tzinfo=SYDNEY))
    resolve_happily(service, quick.case_id)
    _code(service, quick.case_id, "card", "charges", "upheld")
    later = received_at(service, clock, datetime(2026, 5, 4, 10, 0, tzinfo=SYDNEY))
    left_out = received_at(service, clock, datetime(2026, 5, 5, 10, 0, tzinfo=SYDNEY))
    _as_supervisor(workspace, lambda: records.set_return_exclusion(
        service, left_out.case_id, excluded=True, reason="duplicate of an earlier case"))
    out = tmp_path / "asic.csv"
    result = write_return(workspace, "asic-rg271", date(2026, 1, 1), date(2026, 6, 30), out)
    rows = _read(out)
    assert [r["complaint_id"] for r in rows] == [open_at_start.ref, quick.ref, later.ref]
    assert result.complaints == 3 and len({r["complaint_id"] for r in rows}) == 3
    by_ref = {r["complaint_id"]: r for r in rows}
    assert by_ref[quick.ref]["status"] == "closed"
    assert by_ref[quick.ref]["closed_within_5_business_days"] == "yes"
    assert by_ref[quick.ref]["days_to_close"] == "0"
    assert by_ref[later.ref]["status"] == "open"
    assert by_ref[open_at_start.ref]["date_received"] == "2025-12-10"  # Sydney's day
    assert result.excluded == [(left_out.ref, "duplicate of an earlier case")]
    xlsx = tmp_path / "asic.xlsx"
    write_return(workspace, "asic-rg271", date(2026, 1, 1), date(2026, 6, 30), xlsx)
    assert xlsx.stat().st_size > 0


def test_systemic_issue_when_a_cause_crosses_the_threshold(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    under_pack(workspace, "fca-disp")
    for day in range(2, 7):  # five card-charge complaints in one week
        state = received_at(service, clock, datetime(2026, 3, day, 10, 0, tzinfo=LONDON))
        _code(service, state.case_id, "card", "charges", "upheld")
    other = received_at(service, clock, datetime(2026, 3, 6, 11, 0, tzinfo=LONDON))
    _code(service, other.case_id, "loan", "delay", "rejected")
    issues = register.systemic_issues(workspace, datetime(2026, 3, 10, tzinfo=LONDON))
    assert [(i.cause, i.count) for i in issues] == [("charges", 5)]
    assert register.systemic_issues(workspace, datetime(2026, 5, 1, tzinfo=LONDON)) == []
    # five more the next month: no rise over the month before, so not flagged again
    for day in range(2, 7):
        state = received_at(service, clock, datetime(2026, 4, day, 10, 0, tzinfo=LONDON))
        _code(service, state.case_id, "card", "charges", "upheld")
    assert register.systemic_issues(workspace, datetime(2026, 4, 9, tzinfo=LONDON)) == []
    for day in (7, 8, 9):  # eight in the month: 60 % more than the five before
        state = received_at(service, clock, datetime(2026, 4, day, 10, 0, tzinfo=LONDON))
        _code(service, state.case_id, "card", "charges", "upheld")
    [issue] = register.systemic_issues(workspace, datetime(2026, 4, 10, tzinfo=LONDON))
    assert (issue.cause, issue.count, issue.previous) == ("charges", 8, 5)
    with pytest.raises(register.RegisterError, match="not a cause"):
        _code(service, other.case_id, "loan", "weather", "rejected")


def test_redress_and_exclusion_are_for_supervisors(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    state = received_at(service, clock, datetime(2026, 3, 2, 10, 0, tzinfo=LONDON))
    with pytest.raises(PermissionDenied):
        records.record_redress(service, state.case_id, kind="goodwill", amount="20",
                               currency="GBP")
    with pytest.raises(PermissionDenied):
        records.set_return_exclusion(service, state.case_id, excluded=True, reason="x")
    with pytest.raises(records.RecordError, match="more than zero"):
        _as_supervisor(workspace, lambda: records.record_redress(
            service, state.case_id, kind="goodwill", amount="-5", currency="GBP"))
