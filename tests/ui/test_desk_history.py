"""The customer history in the new-case form, in the real window: an earlier case's line
opens that case, and a customer waiting for a follow-up is offered "record the follow-up
now" (with the focus) rather than a second case for the same complaint."""

from __future__ import annotations

from PySide6.QtCore import Qt

from recovery_desk.ui.main_window import MainWindow

from .helpers import choose_in_combo, focused, press, tab_to, tick_all, type_text, walk_to_stage
from .test_desk_keyboard import answer_satisfaction, start_case_by_keyboard

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _find_returning(qtbot, window: MainWindow, name: str) -> None:  # noqa: ANN001
    form = window.desk.form
    press(qtbot, Qt.Key.Key_N, CTRL)
    type_text(qtbot, name)
    qtbot.waitUntil(lambda: form.results.count() > 0, timeout=2000)
    press(qtbot, Qt.Key.Key_Return)
    assert form.customer is not None


def test_history_line_opens_the_earlier_case(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    earlier = start_case_by_keyboard(qtbot, window, "Ozola Līga")
    ref, case_id = earlier.state.ref, earlier.state.case_id
    press(qtbot, Qt.Key.Key_W, CTRL)  # parked: its tab closes
    assert case_id not in window.desk.panels
    _find_returning(qtbot, window, "Ozola")
    form = window.desk.form
    assert ref in form.history.toPlainText()
    assert "1 earlier complaint" in form.history.toPlainText()  # a Qt plural, not "(s)"
    assert "(s)" not in form.history.toPlainText()
    assert not form.follow_up_now.isVisible()  # nothing waits for a follow-up
    form.history.setFocus()
    press(qtbot, Qt.Key.Key_Tab)  # to the first link in the history
    assert form.history.textCursor().selectedText() == ref
    press(qtbot, Qt.Key.Key_Return)
    panel = window.desk._current_panel()
    assert panel is not None and panel.state.case_id == case_id


def test_customer_waiting_for_a_follow_up_is_offered_it_not_a_duplicate(  # noqa: ANN001
        qtbot, window: MainWindow) -> None:
    panel = start_case_by_keyboard(qtbot, window, "Nagy Péter")
    walk_to_stage(qtbot, panel, "resolution")
    tick_all(qtbot, panel)
    tab_to(qtbot, panel.resolve.resolution_box)
    choose_in_combo(qtbot, panel.resolve.resolution_box, "explanation")
    press(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_F8)
    tick_all(qtbot, panel)
    answer_satisfaction(qtbot, panel, "partly", "verbal", 3, 4, "declined")
    press(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_F8)
    assert panel.state.status == "follow_up"
    case_id, ref = panel.state.case_id, panel.state.ref
    press(qtbot, Qt.Key.Key_W, CTRL)
    _find_returning(qtbot, window, "Nagy")
    form = window.desk.form
    button = form.follow_up_now
    assert button.isVisible() and focused() is button
    assert button.text() == f"Record the follow-up now ({ref})"
    press(qtbot, Qt.Key.Key_Space)
    opened = window.desk._current_panel()
    assert opened is not None and opened.state.case_id == case_id
    assert opened.satisfaction.isVisible()  # the follow-up answers, on the same case
    assert len({p.state.customer_id for p in window.desk.panels.values()}) == 1
