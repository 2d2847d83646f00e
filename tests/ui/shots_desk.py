"""Screenshots of the Desk's changes in docs/screenshots/desk/, not a test: run it
explicitly on a virtual X screen, the real window at 1366x768 grabbed from the screen (so
the F10 list, a window of its own, is in the picture):

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" \\
        .venv/bin/python -m pytest -q -p no:cacheprovider tests/ui/shots_desk.py

F10 with two agents' promises, then "Only mine" (Ctrl+M); a field not yet known in the
desk's language; a listen-stage read-back with no blank; F10 at a larger zoom."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.main_window import MainWindow
from tests.conftest import StepClock, open_default_case
from tests.services.test_worklists import walk

from .helpers import press, tick_all, walk_to_stage, window_for_screenshots
from .test_desk_keyboard import start_case_by_keyboard

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "desk"
CTRL = Qt.KeyboardModifier.ControlModifier
NAMES = {"en": ("Emma Clarke", "Oliver Grant", "Grace O'Neill"),
         "lv": ("Līga Ozola", "Jānis Bērziņš", "Inese Kalniņa")}


def _shot(qtbot, name: str) -> None:  # noqa: ANN001
    qtbot.wait(400)
    QGuiApplication.primaryScreen().grabWindow(0).save(str(OUT / name))


def _window(qtbot, workspace: Workspace, lang: str) -> MainWindow:  # noqa: ANN001
    return window_for_screenshots(qtbot, workspace, lang)


def _promises(workspace: Workspace, lang: str) -> None:
    service = CaseService(workspace, clock=StepClock())   # March: overdue by now
    for owner, name, due in (("tester", NAMES[lang][0], date(2026, 3, 9)),
                             ("Priya Shah", NAMES[lang][1], date(2026, 3, 10))):
        with service.acting_as(owner):
            case_id = open_default_case(service, customer={
                "name": name, "phone": "+371 2612 3456" if lang == "lv" else "+44 20 7946 0018",
                "email": "klients@example.lv" if lang == "lv" else "client@example.co.uk",
                "number": f"C-{owner[:2]}", "language": lang}).case_id
            walk(service, case_id, "resolution")
            service.offer(case_id, "refund", amount=Decimal("19"), currency="EUR",
                          deadline=due)


def _refocus(qtbot, win: MainWindow) -> None:  # noqa: ANN001
    """After a list window closes, the main window takes the keyboard again."""
    from PySide6.QtWidgets import QApplication

    win.activateWindow()
    win.raise_()
    win.desk.form.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)


def _open_f10(qtbot, win: MainWindow):  # noqa: ANN001, ANN202
    button = win.desk.promises_button
    button.dialog = None
    press(qtbot, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: button.dialog is not None and button.dialog.isVisible(),
                    timeout=3000)
    button.dialog.setGeometry(120, 140, 1140, 420)
    return button.dialog


@pytest.mark.parametrize("lang", ["en", "lv"])
def test_desk_screens(qtbot, workspace: Workspace, lang: str) -> None:  # noqa: ANN001
    OUT.mkdir(parents=True, exist_ok=True)
    _promises(workspace, lang)
    win = _window(qtbot, workspace, lang)
    try:
        dialog = _open_f10(qtbot, win)
        _shot(qtbot, f"promises-everyone-{lang}.png")
        press(qtbot, Qt.Key.Key_M, CTRL)
        qtbot.waitUntil(dialog.mine.isChecked, timeout=2000)
        _shot(qtbot, f"promises-only-mine-{lang}.png")
        dialog.reject()
        _refocus(qtbot, win)
        panel = start_case_by_keyboard(qtbot, win, NAMES[lang][2])
        press(qtbot, Qt.Key.Key_M, CTRL)                      # scripted lines
        walk_to_stage(qtbot, panel, "resolution")
        _shot(qtbot, f"field-not-yet-known-{lang}.png")
        service = win.desk.service
        state = open_default_case(service, playbook_id="blast", customer={
            "name": NAMES[lang][1], "phone": "+371 2000 1234", "language": lang})
        blast = win.desk.show_case(state)
        blast.focus_first()
        tick_all(qtbot, blast)
        press(qtbot, Qt.Key.Key_F8)                          # "believe", then "listen"
        assert blast.state.stage == "listen"
        blast.toggle_mode()
        qtbot.waitUntil(lambda: blast.state.mode == "scripted", timeout=2000)
        _shot(qtbot, f"read-back-{lang}.png")
        blast.focus_first()
        for _ in range(3):
            press(qtbot, Qt.Key.Key_Plus, CTRL)
        _open_f10(qtbot, win)
        _shot(qtbot, f"zoom-promises-{lang}.png")
        win.desk.promises_button.dialog.reject()
    finally:
        win.desk.zoom.change(None)
        win.desk._autosave.stop()
        win.checkpointer.stop()
