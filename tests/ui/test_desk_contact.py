"""Correcting the customer's contact details on the Desk, by keyboard, in the real window:
Ctrl+Shift+K opens the dialog at the recorded values, a correction without a reason or
without a change is refused in the dialog, and a recorded one shows at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableWidget
from sqlalchemy import select

from recovery_desk.storage.models import Customer
from recovery_desk.ui.common import shortcuts
from recovery_desk.ui.common.shortcuts_dialog import ShortcutsDialog
from recovery_desk.ui.desk.contact_dialog import ContactDialog
from recovery_desk.ui.main_window import MainWindow
from tests.conftest import CUSTOMER, open_default_case

from .helpers import focused, press, type_text

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def open_case(window: MainWindow):  # noqa: ANN201 - a CasePanel
    state = open_default_case(window.desk.service, language="en")
    return window.desk.show_case(state)


def _in_dialog(steps) -> list[str]:  # noqa: ANN001
    """Run ``steps(dialog)`` once the modal dialog is up; returns what it saw."""
    seen: list[str] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ContactDialog) or not dialog.isActiveWindow():
            QTimer.singleShot(50, run)  # on a busy machine activation (and focus) comes later
            return
        try:
            steps(dialog, seen)
        except BaseException as failure:  # a failed check must close the dialog, not hang
            seen.append(f"failed inside the dialog: {failure!r}")
            dialog.reject()
    QTimer.singleShot(50, run)
    return seen


def test_contact_details_are_corrected_by_keyboard_from_the_recorded_values(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    panel = open_case(window)

    def steps(dialog: ContactDialog, seen: list[str]) -> None:
        seen.extend(e.text() for e in dialog.edits.values())  # what it started from
        assert focused() is dialog.edits["name"]
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.edits["phone"]
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, "+36 70 555 0199")
        press(qtbot, Qt.Key.Key_Return)  # no reason yet: refused, the dialog stays
        seen.append(dialog.problem.text())
        assert dialog.isVisible() and focused() is dialog.reason
        type_text(qtbot, "She gave her new number")
        press(qtbot, Qt.Key.Key_Return)

    seen = _in_dialog(steps)
    press(qtbot, Qt.Key.Key_K, CTRL_SHIFT)
    assert seen[:4] == [CUSTOMER["name"], CUSTOMER["phone"], CUSTOMER["email"],
                        CUSTOMER["number"]]
    assert seen[4] == "Say why the contact details are corrected."
    with window.ws.engine.connect() as conn:
        assert conn.execute(select(Customer.phone)).scalar_one() == "+36 70 555 0199"
    assert panel.state.customer["phone"] == "+36 70 555 0199"
    rows = [panel.notes.timeline.item(i).text() for i in range(panel.notes.timeline.count())]
    assert "Contact details corrected: Phone number: She gave her new number" in rows[0]
    assert focused() is panel.header.contact_button


def test_an_empty_correction_is_refused_with_a_clear_message_and_nothing_recorded(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    panel = open_case(window)
    before = panel.state.last_seq

    def steps(dialog: ContactDialog, seen: list[str]) -> None:
        press(qtbot, Qt.Key.Key_Tab, times=4)  # name, phone, e-mail, number, reason
        assert focused() is dialog.reason
        type_text(qtbot, "Checking")
        press(qtbot, Qt.Key.Key_Return)
        seen.append(dialog.problem.text())
        assert dialog.isVisible()
        press(qtbot, Qt.Key.Key_Escape)

    seen = _in_dialog(steps)
    panel.focus_first()
    press(qtbot, Qt.Key.Key_K, CTRL_SHIFT)  # from wherever the agent is in the case
    assert seen == ["Nothing was changed: correct the name, phone, e-mail or customer "
                    "number first."]
    assert window.desk.service.get(panel.state.case_id).last_seq == before


def test_the_correction_key_is_listed_in_f1_and_the_buttons_tooltip(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    panel = open_case(window)
    listed = ShortcutsDialog(window, window.ws.settings.shortcuts)
    table = listed.findChild(QTableWidget)
    rows = {(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())}
    assert ("Ctrl+Shift+K", shortcuts.label("correct_contact")) in rows
    assert "Ctrl+Shift+K" in panel.header.contact_button.toolTip()
