"""Every control a person can reach has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from recovery_desk.ui.main_window import MainWindow
from tests.conftest import open_default_case

INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QSpinBox, QAbstractButton)


def _has_buddy_label(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    if parent is None:
        return False
    for label in parent.findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return True
    layout = parent.layout()
    if isinstance(layout, QFormLayout):
        for row in range(layout.rowCount()):
            field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if field and field.widget() is widget and label and label.widget():
                return True
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(root):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            continue
        if isinstance(widget.parentWidget(), (QComboBox, QSpinBox)):
            continue  # the editor inside a combo or spin box: the outer control is named
        if widget.accessibleName() or _has_buddy_label(widget):
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_reachable_control_is_named(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    panel = window.desk.show_case(open_default_case(window.desk.service))
    qtbot.wait(50)
    assert unnamed_controls(window.desk.form) == []
    assert unnamed_controls(panel) == []
    for key in ("log", "dashboard", "training", "settings"):
        window.show_page(key)
        assert unnamed_controls(window.pages[key]) == [], key
