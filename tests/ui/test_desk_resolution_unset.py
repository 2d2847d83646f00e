"""The resolution stage assumes nothing, in the real window: no resolution and no deadline
until the agent chooses them; Offer untouched is refused with the missing field named and
nothing recorded; what is chosen by keyboard is exactly what is recorded."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from recovery_desk.core import messages
from recovery_desk.ui.main_window import MainWindow

from .helpers import (
    choose_deadline,
    choose_in_combo,
    focused,
    press,
    tab_to,
    tick_all,
    walk_to_stage,
)
from .test_desk_keyboard import start_case_by_keyboard

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def heard() -> Iterator[list[messages.Message]]:
    seen: list[messages.Message] = []
    unsubscribe = messages.subscribe(seen.append)
    yield seen
    unsubscribe()


def _at_resolution(qtbot, window: MainWindow):  # noqa: ANN001, ANN202
    panel = start_case_by_keyboard(qtbot, window, "Olena Kovalenko")
    walk_to_stage(qtbot, panel, "resolution")
    tick_all(qtbot, panel)
    return panel


def test_box_starts_with_no_resolution_and_no_deadline(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    box = _at_resolution(qtbot, window).resolve
    assert box.resolution_box.currentData() is None
    assert box.resolution_box.currentText() == "— choose —"
    assert box.deadline_edit.chosen() is None and box.time_edit.chosen() is None
    assert box.deadline_edit.text() == "— choose a date —"
    assert box.amount_edit.text() == ""


def test_offer_untouched_is_refused_and_records_nothing(  # noqa: ANN001
        qtbot, window: MainWindow, heard: list[messages.Message]) -> None:
    panel = _at_resolution(qtbot, window)
    before = window.desk.service.get(panel.state.case_id).last_seq
    press(qtbot, Qt.Key.Key_O, CTRL_SHIFT)
    assert heard[-1].level == "warning" and heard[-1].text == "Choose the resolution."
    assert focused() is panel.resolve.resolution_box
    press(qtbot, Qt.Key.Key_R, CTRL_SHIFT)  # nor can it be added to the offer
    assert panel.resolve.added == []
    assert window.desk.service.get(panel.state.case_id).last_seq == before
    assert not panel.state.resolution


def test_resolution_with_a_deadline_is_refused_until_the_deadline_is_chosen(  # noqa: ANN001
        qtbot, window: MainWindow, heard: list[messages.Message]) -> None:
    panel = _at_resolution(qtbot, window)
    box = panel.resolve
    before = window.desk.service.get(panel.state.case_id).last_seq
    tab_to(qtbot, box.resolution_box)
    choose_in_combo(qtbot, box.resolution_box, "replacement")
    press(qtbot, Qt.Key.Key_O, CTRL_SHIFT)
    assert heard[-1].text == "Choose the deadline you agreed with the customer."
    assert focused() is box.deadline_edit
    press(qtbot, Qt.Key.Key_R, CTRL_SHIFT)
    assert box.added == []
    assert window.desk.service.get(panel.state.case_id).last_seq == before
    tab_to(qtbot, box.resolution_box)
    choose_in_combo(qtbot, box.resolution_box, "rebooking")
    tab_to(qtbot, box.deadline_edit)
    press(qtbot, Qt.Key.Key_Up)  # a date, but no time yet for a rebooking
    press(qtbot, Qt.Key.Key_O, CTRL_SHIFT)
    assert heard[-1].text == "Choose the time you agreed with the customer."
    assert window.desk.service.get(panel.state.case_id).last_seq == before


def test_what_is_chosen_is_exactly_what_is_recorded(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    panel = _at_resolution(qtbot, window)
    box = panel.resolve
    tab_to(qtbot, box.resolution_box)
    choose_in_combo(qtbot, box.resolution_box, "replacement")
    choose_deadline(qtbot, box, days=5)
    chosen = date.today() + timedelta(days=5)
    assert box.deadline_edit.chosen() == chosen
    press(qtbot, Qt.Key.Key_R, CTRL_SHIFT)  # kept; the next one starts unset again
    assert box.resolution_box.currentData() is None and box.deadline_edit.chosen() is None
    press(qtbot, Qt.Key.Key_O, CTRL_SHIFT)
    assert not panel.state.resolution  # the second one is not chosen: refused
    choose_in_combo(qtbot, box.resolution_box, "explanation")
    press(qtbot, Qt.Key.Key_O, CTRL_SHIFT)
    s = panel.state
    assert [i["resolution"] for i in s.offer_items] == ["replacement", "explanation"]
    assert s.offer_items[0]["deadline"] == chosen.isoformat()
    assert s.offer_items[1]["deadline"] is None and s.redress_amount is None
