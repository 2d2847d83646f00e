"""Scripted lines fit the case on the real Desk: the customer's name, the case reference
and the chosen resolution are filled in; what is not known yet shows as [field]."""

from __future__ import annotations

from PySide6.QtCore import Qt

from recovery_desk.ui.main_window import MainWindow

from .helpers import (
    choose_deadline,
    choose_in_combo,
    fill_required_fields,
    press,
    tab_to,
    tick_all,
    walk_to_stage,
)
from .test_desk_keyboard import start_case_by_keyboard

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_scripted_lines_carry_customer_reference_and_resolution(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    panel = start_case_by_keyboard(qtbot, window, name="Līga Ozola")
    press(qtbot, Qt.Key.Key_M, CTRL)
    assert panel.state.mode == "scripted"
    first = panel.guidance.toPlainText()
    assert "Līga Ozola" in first and "{" not in first and "…" not in first

    walk_to_stage(qtbot, panel, "resolution")
    before = panel.guidance.toPlainText()
    assert "[resolution]" in before, "an unchosen resolution must show as a placeholder"
    assert panel.state.ref and panel.state.ref in before
    tick_all(qtbot, panel)
    tab_to(qtbot, panel.resolve.resolution_box)
    choose_in_combo(qtbot, panel.resolve.resolution_box, "rebooking")
    choose_deadline(qtbot, panel.resolve)
    press(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    assert panel.state.resolution == "rebooking"
    label = panel.playbook.resolution("rebooking").label.get(panel.lang)
    after = panel.guidance.toPlainText()
    assert label in after and "[resolution]" not in after
    assert "…" not in after and "RD-1042" not in after


def test_insert_key_puts_the_line_at_the_caret_into_the_note(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    panel = start_case_by_keyboard(qtbot, window, name="Līga Ozola")
    press(qtbot, Qt.Key.Key_M, CTRL)
    walk_to_stage(qtbot, panel, "resolution")
    tick_all(qtbot, panel)
    tab_to(qtbot, panel.resolve.resolution_box)
    choose_in_combo(qtbot, panel.resolve.resolution_box, "rebooking")
    choose_deadline(qtbot, panel.resolve)
    press(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    tab_to(qtbot, panel.guidance)
    for _ in range(12):
        if "agreed" in panel.guidance.current_line():
            break
        press(qtbot, Qt.Key.Key_Down)
    line = panel.guidance.current_line()
    assert panel.state.ref in line, line
    assert panel.notes.note_edit.toPlainText() == ""
    press(qtbot, Qt.Key.Key_I, CTRL)
    note = panel.notes.note_edit.toPlainText()
    assert note == line and panel.state.ref in note and "“" not in note
    assert "Ctrl+I" in panel.guidance.toolTip()


def test_zoom_keys_change_desk_text_and_a_restart_keeps_it(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from recovery_desk.services.settings import Settings

    panel = start_case_by_keyboard(qtbot, window)
    normal = panel.guidance.font().pointSizeF()
    press(qtbot, Qt.Key.Key_Plus, CTRL)
    press(qtbot, Qt.Key.Key_Plus, CTRL)
    assert panel.guidance.font().pointSizeF() == normal + 2
    press(qtbot, Qt.Key.Key_Minus, CTRL)
    assert panel.guidance.font().pointSizeF() == normal + 1
    assert Settings.load().desk_zoom == 1, "the size is saved with the settings"

    # a restart: a new window on the settings as saved
    window.ws.settings = Settings.load()
    again = MainWindow(window.ws)
    qtbot.addWidget(again)
    assert "font-size: %gpt" % (window.desk.zoom.base + 1) in again.desk.styleSheet()
    again.desk._autosave.stop()
    again.checkpointer.stop()
    press(qtbot, Qt.Key.Key_0, CTRL)
    assert panel.guidance.font().pointSizeF() == normal
    assert Settings.load().desk_zoom == 0


def test_tab_and_shift_tab_never_leave_the_case_panel(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from .helpers import focused

    panel = start_case_by_keyboard(qtbot, window)
    panel.focus_first()
    assert focused() is panel.checklist.boxes()[0]
    seen = set()
    for _ in range(60):
        press(qtbot, Qt.Key.Key_Tab)
        assert panel.isAncestorOf(focused()), f"Tab went to {focused()!r}"
        seen.add(id(focused()))
    assert len(seen) > 5, "Tab must move through the case, not stay put"
    assert id(panel.notes.note_edit) in seen and id(panel.guidance) in seen
    for _ in range(30):
        press(qtbot, Qt.Key.Key_Tab, SHIFT)
        assert panel.isAncestorOf(focused()), f"Shift+Tab went to {focused()!r}"


def test_you_could_say_shows_the_case_categorys_example_only(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    panel = start_case_by_keyboard(qtbot, window)  # a late delivery
    assert panel.state.category == "late_delivery"
    for _ in range(len(panel.playbook.stages)):
        stage = panel.playbook.stage(panel.state.stage)
        if stage.natural.by_category:
            break
        tick_all(qtbot, panel)
        fill_required_fields(qtbot, panel)
        press(qtbot, Qt.Key.Key_F8)
    text = panel.guidance.toPlainText()
    assert "You could say" in text
    assert "parcel was promised" in text and "sea-view" not in text


def test_you_could_say_above_the_fold_at_1366x768(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.resize(1366, 768)
    panel = start_case_by_keyboard(qtbot, window)
    walk_to_stage(qtbot, panel, "resolution")
    qtbot.wait(50)
    guidance = panel.guidance
    block = guidance.document().find("You could say")
    assert not block.isNull()
    rect = guidance.cursorRect(block)
    assert 0 <= rect.bottom() < guidance.viewport().height() // 2, rect


def test_notes_and_answers_both_on_screen_in_the_satisfaction_stage_at_1366x768(  # noqa: ANN001
        qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import QRect

    window.resize(1366, 768)
    panel = start_case_by_keyboard(qtbot, window)
    walk_to_stage(qtbot, panel, "resolution")
    tick_all(qtbot, panel)
    tab_to(qtbot, panel.resolve.resolution_box)
    choose_in_combo(qtbot, panel.resolve.resolution_box, "rebooking")
    choose_deadline(qtbot, panel.resolve)
    press(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_F8)
    assert panel.playbook.stage(panel.state.stage).records == "satisfaction"
    qtbot.wait(50)
    screen = QRect(0, 0, window.width(), window.height())
    for widget in (panel.notes.note_edit, panel.satisfaction.accepted_box):
        top_left = widget.mapTo(window, widget.rect().topLeft())
        assert screen.contains(QRect(top_left, widget.size())), widget.accessibleName()
        assert widget.visibleRegion().boundingRect().height() == widget.height(), \
            f"{widget.accessibleName()} is partly scrolled away"


def test_a_field_not_yet_known_shows_in_the_desks_language(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """On a Latvian desk the resolve stage's line reads "[risinājums]" before a
    resolution is chosen, not the English field name."""
    window.ws.settings.language = "lv"   # a case opened now is guided in Latvian
    try:
        panel = start_case_by_keyboard(qtbot, window, name="Līga Ozola")
        press(qtbot, Qt.Key.Key_M, CTRL)
        assert panel.state.mode == "scripted" and panel.lang == "lv"
        walk_to_stage(qtbot, panel, "resolution")
        shown = panel.guidance.toPlainText()
        assert "[risinājums]" in shown and "[resolution]" not in shown
    finally:
        window.ws.settings.language = "en"


def test_zoom_reaches_widgets_with_their_own_style_and_the_desks_lists(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """The limit label (coloured when over the limit), the approvals and promises buttons
    (their own style sheets) and the lists F10 and the approvals button open (windows of
    their own) grow with Ctrl++ as the rest of the Desk does, and a restart keeps it."""
    from dataclasses import replace

    from PySide6.QtWidgets import QTreeWidget

    from recovery_desk.services.settings import Settings

    from .helpers import focused, type_text

    desk = window.desk
    panel = start_case_by_keyboard(qtbot, window)
    normal = panel.guidance.font().pointSizeF()
    press(qtbot, Qt.Key.Key_Plus, CTRL)
    press(qtbot, Qt.Key.Key_Plus, CTRL)
    walk_to_stage(qtbot, panel, "resolution")
    box = panel.resolve
    tab_to(qtbot, box.resolution_box)
    choose_in_combo(qtbot, box.resolution_box, "refund")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "480")                       # over the agent's limit: coloured
    assert box.limit_label.styleSheet() and box.limit_label.isVisible()
    assert box.limit_label.font().pointSizeF() == normal + 2
    choose_deadline(qtbot, box)
    press(qtbot, Qt.Key.Key_O, CTRL | SHIFT)       # waits for approval
    ws = window.ws   # a supervisor's workstation elsewhere sees it waiting
    ws.identity = replace(ws.identity, desk_id="DESK-ELSEWHERE")
    ws.trust_in_process("Sam Supervisor")
    desk.approvals_button.refresh()
    qtbot.waitUntil(desk.approvals_button.isVisible, timeout=3000)
    assert desk.approvals_button.styleSheet()
    assert desk.approvals_button.font().pointSizeF() == normal + 2
    desk.promises_button.setStyleSheet("background: #f8d0d6;")   # as when one is overdue
    assert desk.promises_button.font().pointSizeF() == normal + 2
    desk.approvals_button.click()
    approvals = desk.approvals_button.dialog
    assert approvals.table.font().pointSizeF() == normal + 2
    approvals.reject()
    window.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None, timeout=3000)
    desk.promises_button.dialog = None
    press(qtbot, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: desk.promises_button.dialog is not None
                    and desk.promises_button.dialog.isVisible(), timeout=3000)
    promises = desk.promises_button.dialog
    assert promises.findChild(QTreeWidget).font().pointSizeF() == normal + 2
    promises.reject()
    # a restart at the saved size: the approvals button is as large at once
    window.ws.settings = Settings.load()
    again = MainWindow(window.ws)
    qtbot.addWidget(again)
    again.show()
    again.desk.approvals_button.refresh()
    qtbot.waitUntil(again.desk.approvals_button.isVisible, timeout=3000)
    assert again.desk.approvals_button.font().pointSizeF() == normal + 2
    again.desk._autosave.stop()
    again.checkpointer.stop()


def test_at_a_large_zoom_the_desks_buttons_wrap_and_keep_their_whole_text(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """At 1366 pixels and eight steps larger, the row of feedback, approvals, open cases,
    follow-ups and promises wraps onto a second line instead of squeezing the buttons."""
    from PySide6.QtWidgets import QPushButton

    window.resize(1366, 768)
    desk = window.desk
    desk.approvals_button.setText("2 offers waiting for approval")
    desk.approvals_button.show()
    buttons = [desk.feedback_button, desk.approvals_button, desk.open_cases_button,
               desk.follow_ups_button, desk.promises_button]
    assert all(isinstance(b, QPushButton) for b in buttons)
    qtbot.waitUntil(lambda: "F9" in desk.follow_ups_button.text()
                    and "F10" in desk.promises_button.text(), timeout=3000)
    start_case_by_keyboard(qtbot, window)
    for _ in range(8):
        press(qtbot, Qt.Key.Key_Plus, CTRL)
    qtbot.wait(50)

    def squeezed() -> list[str]:
        return [b.text() for b in buttons if b.isVisible() and (
            b.width() < b.sizeHint().width()
            or b.mapTo(desk, b.rect().topRight()).x() > desk.width())]

    qtbot.waitUntil(lambda: not squeezed(), timeout=2000)
    rows = {b.mapTo(desk, b.rect().topLeft()).y() for b in buttons if b.isVisible()}
    assert window.width() <= 1366, window.width()
    assert sum(b.sizeHint().width() for b in buttons) > desk.width()   # it cannot fit
    assert len(rows) >= 2, "the row takes more lines"
    press(qtbot, Qt.Key.Key_0, CTRL)
    qtbot.waitUntil(lambda: len({b.mapTo(desk, b.rect().topLeft()).y()
                                 for b in buttons if b.isVisible()}) == 1, timeout=2000)
    assert not squeezed()
