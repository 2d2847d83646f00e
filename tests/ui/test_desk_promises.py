"""Promises are kept, in the real window: an offer of two resolutions in GBP (a currency of
the default settings) is recorded and shown; its deadlines become reminders (F10) that fire
for a satisfied customer on the due date (a simulated clock) until marked done by keyboard."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget

from recovery_desk.domain import events as ev
from recovery_desk.domain.currencies import not_currencies, split_codes
from recovery_desk.domain.satisfaction import Answers
from recovery_desk.storage.event_store import case_events
from recovery_desk.ui.main_window import MainWindow
from tests.services.test_worklists import finish_stage, walk

from .helpers import (
    choose_deadline,
    choose_in_combo,
    focused,
    press,
    tab_to,
    tick_all,
    type_text,
    walk_to_stage,
)
from .test_desk_keyboard import start_case_by_keyboard

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
HAPPY = Answers(accepted="yes", how="verbal", csat=5, likelihood=9, unknown={"ces": "not_asked"})


def offer_two_in_gbp(qtbot, window: MainWindow):  # noqa: ANN001, ANN202
    panel = start_case_by_keyboard(qtbot, window, "Olena Kovalenko")
    walk_to_stage(qtbot, panel, "resolution")
    tick_all(qtbot, panel)
    box = panel.resolve
    tab_to(qtbot, box.resolution_box)
    choose_in_combo(qtbot, box.resolution_box, "replacement")
    choose_deadline(qtbot, box)
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)  # keep it, choose the next
    assert box.items_list.count() == 1 and box.items_list.isVisible()
    choose_in_combo(qtbot, box.resolution_box, "refund")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "12.50")
    press(qtbot, Qt.Key.Key_Tab)
    choose_in_combo(qtbot, box.currency_box, "GBP")  # offered by the default settings
    choose_deadline(qtbot, box)
    press(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    return panel


def test_an_offer_of_two_resolutions_in_gbp_is_recorded_and_shown(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    assert window.ws.settings.currencies == [] and "GBP" in window.ws.currencies
    panel = offer_two_in_gbp(qtbot, window)
    s = panel.state
    assert [i["resolution"] for i in s.offer_items] == ["replacement", "refund"]
    assert s.currency == "GBP" and str(s.redress_amount) == "12.50"
    shown = panel.resolve.escalation_label.text()
    assert "Replacement, by " in shown and "Refund £12.50, by " in shown
    assert panel.resolve.items_list.count() == 0  # recorded: the box starts afresh


def test_a_satisfied_customers_promises_are_reminded_on_the_due_date_until_done(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    panel = offer_two_in_gbp(qtbot, window)
    case_id, service = panel.state.case_id, window.desk.service
    due = panel.state.deadline
    assert due is not None
    finish_stage(service, case_id)
    walk(service, case_id, "satisfaction")
    service.record_satisfaction(case_id, HAPPY)
    for _ in range(10):
        if service.get(case_id).status == "closed":
            break
        finish_stage(service, case_id)
    assert service.get(case_id).outcome == "recovered"
    # the simulated clock: ten in the morning of the promised day
    window.desk.now = lambda: datetime.fromisoformat(f"{due}T10:00").astimezone()
    button = window.desk.promises_button
    button.dialog = None
    press(qtbot, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: button.dialog is not None and button.dialog.isVisible(),
                    timeout=3000)
    dialog = button.dialog
    table = dialog.findChild(QTreeWidget)
    assert table.topLevelItemCount() == 2
    first = [table.topLevelItem(0).text(c) for c in range(table.columnCount())]
    assert first[0].startswith("Due today") and first[1] == "Olena Kovalenko"
    assert first[4] == "yes" and "2 due today" in button.text()
    qtbot.waitUntil(lambda: focused() is table, timeout=3000)
    press(qtbot, Qt.Key.Key_D, CTRL)
    assert table.topLevelItemCount() == 1
    press(qtbot, Qt.Key.Key_D, CTRL)
    assert table.topLevelItemCount() == 0 and dialog.empty.isVisible()
    with window.ws.engine.connect() as conn:
        done = [e for e in case_events(conn, case_id) if e.kind == ev.COMMITMENT_DONE]
    assert len(done) == 2
    qtbot.waitUntil(lambda: "0 due today, 0 overdue" in button.text(), timeout=3000)


def test_currency_codes_in_settings_must_be_iso_4217() -> None:
    assert split_codes("gbp, EUR; huf GBP") == ["GBP", "EUR", "HUF"]
    assert not_currencies(["GBP", "GPB", "EURO"]) == ["GPB", "EURO"]


def test_a_currency_in_settings_that_is_no_iso_code_is_refused_and_nothing_saved(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from recovery_desk.core import messages
    from recovery_desk.ui.settings.page import SettingsPage

    page = window.pages["settings"]   # built the first time it is asked for
    assert isinstance(page, SettingsPage)
    heard: list[messages.Message] = []
    unsubscribe = messages.subscribe(heard.append)
    try:
        page.currencies_edit.setText("GBP, GPB")
        page.save()
    finally:
        unsubscribe()
    assert window.ws.settings.currencies == []  # unchanged
    assert any("“GPB” is not an ISO 4217 currency code" in m.text for m in heard)
    page.currencies_edit.setText("gbp, chf")
    page.save()
    assert window.ws.settings.currencies == ["GBP", "CHF"]
    assert window.ws.currencies == ("GBP", "CHF")


def test_only_mine_in_f10_keeps_the_promises_of_my_cases_by_keyboard(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from datetime import date
    from decimal import Decimal

    from recovery_desk.services.cases.recovery import CaseService
    from tests.conftest import StepClock, open_default_case

    service = CaseService(window.ws, clock=StepClock())   # March: overdue by now
    assert window.ws.user == "tester"
    ids = {}
    for owner in ("tester", "Priya Shah"):
        with service.acting_as(owner):
            case_id = open_default_case(service, customer={
                "name": f"Customer of {owner}", "phone": "+44 20 7946 0018",
                "email": "c@example.co.uk", "number": f"C-{owner[:2]}", "language": "en"}
            ).case_id
            walk(service, case_id, "resolution")
            service.offer(case_id, "refund", amount=Decimal("9"), currency="EUR",
                          deadline=date(2026, 3, 9))
        ids[owner] = case_id
    button = window.desk.promises_button
    button.dialog = None
    press(qtbot, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: button.dialog is not None and button.dialog.isVisible(),
                    timeout=3000)
    dialog = button.dialog
    table = dialog.findChild(QTreeWidget)
    qtbot.waitUntil(lambda: focused() is table, timeout=3000)

    def owners() -> list[str]:
        return [table.topLevelItem(i).text(5) for i in range(table.topLevelItemCount())]

    assert sorted(owners()) == ["Priya Shah", "tester"]
    assert "Ctrl+M" in dialog.mine.text() and "tester" in dialog.mine.toolTip()
    press(qtbot, Qt.Key.Key_M, CTRL)   # the box clicks itself as a key-pressed button does
    qtbot.waitUntil(dialog.mine.isChecked, timeout=2000)
    assert owners() == ["tester"]
    assert table.topLevelItem(0).text(1) == "Customer of tester"
    # Ctrl+D marks mine done; the other agent's promise is not touched
    table.setCurrentItem(table.topLevelItem(0))
    press(qtbot, Qt.Key.Key_D, CTRL)
    assert owners() == [] and dialog.empty.isVisible()
    assert "Only mine" in dialog.empty.text()
    assert service.get(ids["tester"]).commitments == []
    assert len(service.get(ids["Priya Shah"]).commitments) == 1
    press(qtbot, Qt.Key.Key_M, CTRL)
    qtbot.waitUntil(lambda: not dialog.mine.isChecked(), timeout=2000)
    assert owners() == ["Priya Shah"]
