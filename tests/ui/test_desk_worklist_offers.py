"""What was promised, whole, in the real window: a case whose offer holds two resolutions
reads both in F9 (follow-ups due) and F7 (parked cases), one line each with its amount
and deadline, then the total where it adds up two amounts; a one-resolution row reads as
it always did; the follow-up opened from F9 shows both in its panel."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt

from recovery_desk.domain.commitments import OfferItem
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.ui.common.formatting import date_text, money
from recovery_desk.ui.main_window import MainWindow
from tests.conftest import StepClock, open_default_case
from tests.services.test_worklists import UNHAPPY, finish_stage, to_follow_up, walk

from .helpers import press
from .test_desk_next_step import EMMA, row_texts, shown_list

REDELIVERY, REFUND = date(2026, 3, 4), date(2026, 3, 9)
FEE = Decimal("12.5")


def _offer_two(service: CaseService, case_id: str) -> None:
    walk(service, case_id, "resolution")
    service.offer(case_id, "replacement", deadline=REDELIVERY, currency="EUR",
                  more=[OfferItem("refund", FEE, REFUND)])


def _two_in_follow_up(service: CaseService, **case: object) -> str:
    case_id = open_default_case(service, **case).case_id
    _offer_two(service, case_id)
    finish_stage(service, case_id)
    walk(service, case_id, "satisfaction")
    service.record_satisfaction(case_id, UNHAPPY)
    while service.get(case_id).status != "follow_up":
        finish_stage(service, case_id)
    return case_id


def _both(service: CaseService, case_id: str) -> str:
    playbook = service.playbook_for(service.get(case_id))
    replacement = playbook.resolution("replacement").label.get("en")
    refund = playbook.resolution("refund").label.get("en")
    # one amount: no "Total" line repeating it
    return (f"{replacement}, by {date_text(REDELIVERY.isoformat())}\n"
            f"{refund}, {money(FEE, 'EUR')}, by {date_text(REFUND.isoformat())}")


def _row_of(table, case_id: str) -> int:  # noqa: ANN001
    for row in range(table.topLevelItemCount()):
        if table.topLevelItem(row).data(0, Qt.ItemDataRole.UserRole) == case_id:
            return row
    raise AssertionError(f"{case_id} is not listed")


def test_f9_shows_both_resolutions_of_an_offer_and_a_single_one_unchanged(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    service = CaseService(window.ws, clock=StepClock())  # March: overdue by now
    single = to_follow_up(service, customer=dict(EMMA))
    double = _two_in_follow_up(service, customer=dict(EMMA, name="Daniel Brooks",
                                                      number="C901"))
    table = shown_list(qtbot, window, Qt.Key.Key_F9)
    assert table.headerItem().text(3) == "Promised"
    one, two = _row_of(table, single), _row_of(table, double)
    assert row_texts(table, one)[3] == f"Replacement, by {date_text('2026-03-06')}"
    assert row_texts(table, two)[3] == _both(service, double)
    assert table.topLevelItem(two).toolTip(3) == _both(service, double)
    # the follow-up opened from the row says both in its panel too
    table.setCurrentItem(table.topLevelItem(two))
    press(qtbot, Qt.Key.Key_Return)
    panel = window.desk._current_panel()
    assert panel is not None and panel.state.case_id == double
    said = panel.guidance.toPlainText()
    assert f"• Replacement · by {date_text('2026-03-04')}" in said
    assert f"• Refund · {money(FEE, 'EUR')} · by {date_text('2026-03-09')}" in said


def test_f7_shows_both_resolutions_of_a_parked_offer_and_a_single_one_unchanged(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    service = CaseService(window.ws, clock=StepClock())  # this desk, in March
    double = open_default_case(service, customer=dict(EMMA)).case_id
    walk(service, double, "resolution")
    playbook = service.playbook_for(service.get(double))
    limit = playbook.limit_for("agent", "EUR")
    assert limit is not None
    half = (limit / 2 + 1).quantize(Decimal("0.01"))  # together over the agent's limit
    waiting = service.offer(double, "refund", amount=half, currency="EUR",
                            deadline=REFUND, more=[OfferItem("goodwill_credit", half)])
    assert waiting.escalation_pending
    single = open_default_case(service, customer=dict(EMMA, name="Nora Field",
                                                      number="C902")).case_id
    walk(service, single, "resolution")
    service.offer(single, "refund", amount=Decimal("30"), currency="EUR",
                  deadline=date(2026, 3, 9))
    table = shown_list(qtbot, window, Qt.Key.Key_F7)
    assert table.headerItem().text(4) == "Promised"
    refund, credit = (playbook.resolution(r).label.get("en")
                      for r in ("refund", "goodwill_credit"))
    cells = row_texts(table, _row_of(table, double))
    assert cells[3].endswith("waiting for approval")
    assert cells[4] == (f"{refund}, {money(half, 'EUR')}, by {date_text('2026-03-09')}\n"
                        f"{credit}, {money(half, 'EUR')}\n"
                        f"Total: {money(half * 2, 'EUR')}")
    assert row_texts(table, _row_of(table, single))[4] == \
        f"Refund, {money(Decimal('30'), 'EUR')}, by {date_text('2026-03-09')}"
