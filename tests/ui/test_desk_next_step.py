"""The next step in view, in the real window: F9 and F7 say who to call and how, what was
promised and why they were unhappy; an opened follow-up's clock reads in days."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QTreeWidget

from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.ui.desk.case_header import _clock, pace
from recovery_desk.ui.main_window import MainWindow
from tests.conftest import StepClock, open_default_case
from tests.services.test_worklists import to_follow_up, walk

from .helpers import focused, press

EMMA = {"name": "Emma Clarke", "phone": "+44 20 7946 0018", "email": "emma@example.co.uk",
        "number": "C900", "language": "en"}


def shown_list(qtbot, window: MainWindow, key: Qt.Key) -> QTreeWidget:  # noqa: ANN001
    window.desk.picker = None
    press(qtbot, key)
    qtbot.waitUntil(lambda: window.desk.picker is not None and window.desk.picker.isVisible(),
                    timeout=3000)
    table = window.desk.picker.findChild(QTreeWidget)
    assert table is not None
    return table


def row_texts(table: QTreeWidget, row: int) -> list[str]:
    item = table.topLevelItem(row)
    return [item.text(column) for column in range(table.columnCount())]


def test_f9_rows_carry_name_contact_promise_and_why(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    service = CaseService(window.ws, clock=StepClock())  # March: overdue by now
    case_id = to_follow_up(service, channel="phone", customer=dict(EMMA))
    table = shown_list(qtbot, window, Qt.Key.Key_F9)
    cells = row_texts(table, 0)
    assert table.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole) == case_id
    assert cells[0].startswith("Overdue")
    assert cells[1] == "Emma Clarke"
    assert cells[2] == "Phone: +44 20 7946 0018 · E-mail: emma@example.co.uk"
    march_6 = QLocale().toString(QDate(2026, 3, 6), QLocale.FormatType.ShortFormat)
    assert cells[3] == f"Replacement, by {march_6}"  # the locale's date, not 2026-03-06
    assert cells[4] == "accepted only partly, satisfaction 2 of 5, would recommend 3 of 10"
    assert cells[5] == "tester" and cells[6] == service.get(case_id).ref
    # "only mine" hides what is someone else's; here everything is the tester's
    window.desk.picker.mine.setChecked(True)
    assert table.topLevelItemCount() == 1
    # Enter opens the follow-up; its case clock reads in days, not 6000 hours
    assert focused() is table
    press(qtbot, Qt.Key.Key_Return)
    panel = window.desk._current_panel()
    assert panel is not None and panel.state.case_id == case_id
    assert "days" in panel.header.timers.text() and ":" in panel.header.timers.text()


def test_f7_rows_show_stage_title_and_waiting_for_approval(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    service = CaseService(window.ws, clock=StepClock())  # this desk, in March
    plain = open_default_case(service, customer=dict(EMMA, name="Nora Field")).case_id
    waiting = open_default_case(service, channel="email", customer=dict(
        EMMA, name="Daniel Brooks", number="C901")).case_id
    walk(service, waiting, "resolution")
    service.offer(waiting, "refund", amount=Decimal("480"), currency="EUR",
                  deadline=date(2026, 3, 9))
    table = shown_list(qtbot, window, Qt.Key.Key_F7)
    first, second = row_texts(table, 0), row_texts(table, 1)
    assert first[1] == "Daniel Brooks" and first[2].startswith("E-mail: emma@")
    stage_title = service.playbook_for(service.get(waiting)).stage(
        service.get(waiting).stage).title.get("en")
    assert first[3] == f"{stage_title} · waiting for approval"
    assert "480" in first[4]
    listen = service.playbook_for(service.get(plain)).stages[0]
    assert second[1] == "Nora Field" and second[3] == listen.title.get("en")
    assert listen.id not in second  # the stage id never shows


def test_long_durations_read_in_days_and_pace_turns_amber_then_red() -> None:
    assert _clock(65) == "01:05"
    assert _clock(3 * 3600 + 5) == "3:00:05"
    assert _clock(178 * 86400 + 15 * 3600 + 57 * 60) == "178 days 15:57"
    assert _clock(86400 + 60) == "1 day 00:01"
    assert pace(60, 2) == "ok"
    assert pace(100, 2) == "near"
    assert pace(121, 2) == "over"
