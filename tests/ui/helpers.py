"""Drive the real window from the keyboard, as an agent would."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


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


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
          times: int = 1) -> None:  # noqa: ANN001
    for _ in range(times):
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
