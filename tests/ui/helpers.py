"""Drive the real window from the keyboard, as an agent would."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFormLayout, QWidget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def type_text(qtbot, text: str) -> None:  # noqa: ANN001
    """Type like a keyboard does; non-ASCII letters (ā, ő, ї) arrive as key events too."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(focused(), char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focused(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                        char))


#: Keys pressed through ``press`` since the last ``count_keys()`` (typed text is not
#: counted): the end-to-end recovery reports how many an agent needs.
_pressed = [0]


def count_keys() -> int:
    """The keys pressed since the last call, and start counting again."""
    pressed, _pressed[0] = _pressed[0], 0
    return pressed


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
          times: int = 1) -> None:  # noqa: ANN001
    for _ in range(times):
        _pressed[0] += 1
        qtbot.keyClick(focused(), key, modifier)
        QApplication.processEvents()  # as between real keystrokes: layouts, deferred deletes


def tab_to(qtbot, target: QWidget, limit: int = 40) -> None:  # noqa: ANN001
    """Press Tab until ``target`` has focus (fails if the focus order never reaches it)."""
    seen = []
    for _ in range(limit):
        if focused() is target:
            return
        seen.append(focused().accessibleName() or type(focused()).__name__)
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName() or target}; "
                         f"focus went {' > '.join(seen[:14])}")


def choose_in_combo(qtbot, combo, data: str) -> None:  # noqa: ANN001
    """Move a focused combo box with the arrow keys until it shows ``data``."""
    assert focused() is combo
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        press(qtbot, Qt.Key.Key_Down)
    raise AssertionError(f"{data} not in {combo.accessibleName()}")


def tick_all(qtbot, panel) -> None:  # noqa: ANN001 - a CasePanel
    """Tick every checklist item of the stage on screen, by Tab and Space."""
    boxes = [panel.checklist.checklist_layout.itemAt(i).widget()
             for i in range(panel.checklist.checklist_layout.count())]
    for box in boxes:
        tab_to(qtbot, box)
        press(qtbot, Qt.Key.Key_Space)


def fill_required_fields(qtbot, panel) -> None:  # noqa: ANN001 - a CasePanel
    stage = panel.playbook.stage(panel.state.stage)
    for row, spec in enumerate(stage.fields):
        if spec.required:
            item = panel.fields.fields_layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            tab_to(qtbot, item.widget())
            type_text(qtbot, "PX-4471")
            press(qtbot, Qt.Key.Key_Tab)


def walk_to_stage(qtbot, panel, records: str) -> None:  # noqa: ANN001 - a CasePanel
    """Tick, fill and press F8 until the stage that records ``records`` is on screen.

    Each F8 must move the case on; if it does not, this fails with what the panel says
    is missing (it never loops on a stage F8 cannot leave).
    """
    for _ in range(len(panel.playbook.stages)):
        stage_id = panel.state.stage
        assert stage_id is not None, f"the case left the flow before a {records!r} stage"
        if panel.playbook.stage(stage_id).records == records:
            return
        tick_all(qtbot, panel)
        fill_required_fields(qtbot, panel)
        qtbot.wait(20)
        press(qtbot, Qt.Key.Key_F8)
        assert panel.state.stage != stage_id, \
            f"F8 did not complete the stage {stage_id!r}: {panel.blockers.text()}"
    raise AssertionError(f"no stage of {panel.playbook.id!r} records {records!r}")


def choose_deadline(qtbot, box, days: int = 3) -> None:  # noqa: ANN001 - a ResolveBox
    """Choose the promised deadline by keyboard: Tab to the date (unset), Up for today, Up
    ``days`` more (each a day); a time too where the
    resolution asks for one (Up: the next full hour)."""
    tab_to(qtbot, box.deadline_edit)
    press(qtbot, Qt.Key.Key_Up, times=1 + days)
    if box.time_edit.isVisible():
        tab_to(qtbot, box.time_edit)
        press(qtbot, Qt.Key.Key_Up)


def window_for_screenshots(qtbot, workspace, lang: str):  # noqa: ANN001, ANN201
    """The main window at 1366x768 in ``lang``, active, with the focus in the Desk's
    customer search: where every screenshot script starts."""
    from recovery_desk.ui.app import make_app
    from recovery_desk.ui.common.i18n import install_translator
    from recovery_desk.ui.main_window import MainWindow

    workspace.settings.language = lang
    install_translator(make_app(), lang)
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.setGeometry(0, 0, 1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.wait(100)
    win.desk.form.search.setFocus()
    return win
