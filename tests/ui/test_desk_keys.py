"""Keyboard and screen on the real window: the sidebar never takes typing, keys jump to
the note, resolution and satisfaction (listed in F1 and tooltips), F6 refuses at once,
and whatever has the focus shows it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QTableWidget

from recovery_desk.ui.common import shortcuts
from recovery_desk.ui.common.shortcuts_dialog import ShortcutsDialog
from recovery_desk.ui.main_window import MainWindow
from tests.conftest import open_default_case

from .helpers import focused, press, type_text, walk_to_stage


def open_case(window: MainWindow):  # noqa: ANN201 - a CasePanel
    state = open_default_case(window.desk.service, language="en")
    return window.desk.show_case(state)


def test_the_sidebar_never_switches_pages_on_typing(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    open_case(window)
    window.nav.setFocus()
    type_text(qtbot, "Told him the refund is on its way")
    assert window.current_page() == "desk"


def test_keys_jump_to_note_resolution_and_satisfaction(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    panel = open_case(window)
    press(qtbot, Qt.Key.Key_F2)
    assert focused() is panel.notes.note_edit
    walk_to_stage(qtbot, panel, "resolution")
    press(qtbot, Qt.Key.Key_F3)
    assert focused() is panel.resolve.resolution_box
    assert "F3" in panel.resolve.resolution_box.toolTip()
    assert "F2" in panel.notes.note_edit.toolTip()
    assert "F4" in panel.satisfaction.accepted_box.toolTip()
    listed = ShortcutsDialog(window, window.ws.settings.shortcuts)  # F1
    table = listed.findChild(QTableWidget)
    rows = {(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())}
    for key, name in (("F2", "go_notes"), ("F3", "go_resolution"), ("F4", "go_satisfaction")):
        assert (key, shortcuts.label(name)) in rows
    keys = list(shortcuts.DEFAULTS.values())
    assert len(set(keys)) == len(keys) and not any(k.startswith("Alt+") for k in keys)


def test_f6_refuses_at_once_where_skipping_is_not_allowed(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    panel = open_case(window)
    stage = panel.playbook.stage(panel.state.stage)
    assert not (stage.skippable and stage.records == "none"), "the first stage may be skipped"
    asked = []

    def answer_if_asked() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            asked.append(dialog.labelText())
            dialog.reject()
    QTimer.singleShot(100, answer_if_asked)
    press(qtbot, Qt.Key.Key_F6)
    qtbot.wait(200)
    assert asked == []  # no reason was asked for
    assert "skip" in panel.blockers.text().lower()
    assert panel.state.stage == stage.id


def test_whatever_has_the_focus_shows_a_ring(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    panel = open_case(window)
    button = panel.next_button
    button.setFocus()
    qtbot.waitUntil(button.hasFocus, timeout=1000)
    with_focus = button.grab().toImage()
    panel.notes.note_edit.setFocus()
    qtbot.waitUntil(lambda: not button.hasFocus(), timeout=1000)
    without = button.grab().toImage()
    ring = with_focus.pixelColor(1, with_focus.height() // 2)
    assert with_focus != without
    assert ring.blue() > 150 and ring.red() < 100  # the blue ring on its edge
