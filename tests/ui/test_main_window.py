"""The window as a whole: navigation, status bar, message bridge, first-start offer."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from recovery_desk.core import messages
from recovery_desk.ui.main_window import MainWindow

from .helpers import press


def test_every_page_is_reachable_by_keyboard(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.desk.form.search.setFocus()
    for number, key in enumerate(["desk", "log", "dashboard", "register", "training",
                                  "settings"], 1):
        press(qtbot, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is window.pages[key]


def test_status_bar_shows_desk_user_log_and_sync(window: MainWindow) -> None:
    assert window.desk_label.text() == "Desk: DESK-T"
    assert window.user_label.text() == "Signed in: tester (agent)"
    assert window.db_label.text().startswith("Log: ")
    assert window.sync_label.text() == "Sync: not set up"


def test_empty_log_offers_demo_data(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    desk = window.desk
    qtbot.waitUntil(desk.banner.isVisible, timeout=2000)
    assert "empty" in desk.banner_text.text()
    desk.banner_no.click()
    assert not desk.banner.isVisible()


def test_loading_demo_data_in_the_background_fills_the_log(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    desk = window.desk
    qtbot.waitUntil(desk.banner.isVisible, timeout=2000)
    desk.load_demo(5)
    qtbot.waitUntil(lambda: not desk.banner.isVisible(), timeout=60_000)
    assert window.ws.has_cases() and desk.banner_yes.isEnabled()


def test_errors_from_any_thread_reach_the_window(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    shown: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.accept()

    QTimer.singleShot(100, close_box)
    worker = threading.Thread(target=messages.error, args=("The server is unreachable.",))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    assert shown == ["The server is unreachable."]
    messages.info("Saved.")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Saved.", timeout=2000)
