"""The Register page in a real window on a real regulated demo log: it reads in the background
(the window answers while the log is locked), says so, then shows the service's rows; a read
that fails says why in the page; only the newest read is drawn."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer

from recovery_desk.services.demo.generator import generate
from recovery_desk.services.regulated.register_view import register_rows
from recovery_desk.services.workspace import Settings, Workspace, open_workspace
from recovery_desk.ui.main_window import MainWindow
from recovery_desk.ui.register.page import RegisterPage

from .helpers import press

WAIT = 30_000


@pytest.fixture
def workspace(db_path: Path) -> Iterator[Workspace]:
    """A log of regulated demo complaints (FCA rule pack), then an agent at the desk."""
    ws = open_workspace(str(db_path), settings=Settings(desk_id="DESK-T", user="Maker"))
    ws.trust_in_process("Maker")
    generate(ws, 60, seed=7, clock_pack="fca-disp")
    ws.ensure_user("tester", "agent")
    ws.ensure_user("Sam Supervisor", "supervisor")
    ws.settings.user = "tester"
    ws.trust_in_process("tester")
    yield ws
    ws.close()


def _open_register(qtbot, window: MainWindow) -> RegisterPage:  # noqa: ANN001
    window.desk.form.search.setFocus()
    press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["register"]
    assert isinstance(page, RegisterPage) and window.stack.currentWidget() is page
    return page


def _refs(page: RegisterPage) -> list[str]:
    return [page.table.item(i, 0).text() for i in range(page.table.rowCount())]


def _quiet(window: MainWindow) -> None:
    """No connection of the window stays open, so another one can lock the file alone."""
    window.checkpointer.stop()
    QThreadPool.globalInstance().waitForDone(WAIT)
    window.ws.engine.dispose()


def _lock(db_path: Path) -> sqlite3.Connection:
    """Another program holds the log's write lock (exclusive, as WAL allows it)."""
    holder = sqlite3.connect(db_path, isolation_level=None, timeout=0)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("SELECT count(*) FROM cases").fetchone()
    return holder


def test_register_says_it_is_reading_then_shows_the_services_rows(
        qtbot, window: MainWindow, db_path: Path) -> None:  # noqa: ANN001
    _quiet(window)
    holder = _lock(db_path)  # the read waits, so the reading state is on screen for certain
    try:
        page = _open_register(qtbot, window)
        assert page.is_reading() and page.status.text() == "Reading the register…"
        assert page.status.isVisible() and not page.empty.isVisible()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    qtbot.waitUntil(lambda: not page.is_reading(), timeout=WAIT)
    expected = [r.ref for r in register_rows(window.ws, page.now())]
    assert expected and _refs(page) == expected
    assert page.rows and [r.ref for r in page.rows] == expected
    assert page.table.isVisible() and not page.status.isVisible()
    assert page.shares.text().startswith("Last 90 days — ")


def test_the_window_answers_while_the_register_waits_for_a_locked_log(
        qtbot, window: MainWindow, db_path: Path) -> None:  # noqa: ANN001
    _quiet(window)
    holder = _lock(db_path)
    try:
        started = time.monotonic()
        page = _open_register(qtbot, window)
        ticked: list[float] = []
        QTimer.singleShot(0, lambda: ticked.append(time.monotonic()))  # the GUI's next turn
        qtbot.waitUntil(lambda: bool(ticked), timeout=2000)
        # a read on the GUI thread would have waited for the lock (10 s busy timeout) first
        assert ticked[0] - started < 2.0
        qtbot.wait(300)  # and still the read waits for the lock
        assert page.is_reading() and page.table.rowCount() == 0
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    qtbot.waitUntil(lambda: not page.is_reading(), timeout=WAIT)
    assert _refs(page) == [r.ref for r in register_rows(window.ws, page.now())]


def test_a_failed_read_says_why_in_the_page_and_reading_again_fills_it(
        qtbot, window: MainWindow, db_path: Path) -> None:  # noqa: ANN001
    _quiet(window)
    with sqlite3.connect(db_path, isolation_level=None) as other:
        other.execute("ALTER TABLE cases RENAME TO cases_away")
    page = _open_register(qtbot, window)
    qtbot.waitUntil(lambda: page.retry.isVisible(), timeout=WAIT)
    assert page.status.text().startswith("Could not read the register: ")
    assert "cases" in page.status.text() and window.isVisible()
    with sqlite3.connect(db_path, isolation_level=None) as other:
        other.execute("ALTER TABLE cases_away RENAME TO cases")
    page.retry.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.table.rowCount() > 0, timeout=WAIT)
    assert not page.retry.isVisible() and not page.status.isVisible()


def test_only_the_newest_register_read_is_drawn(qtbot, window: MainWindow,  # noqa: ANN001
                                                db_path: Path) -> None:
    page = _open_register(qtbot, window)
    qtbot.waitUntil(lambda: not page.is_reading(), timeout=WAIT)
    drawn: list[int] = []
    page.register_shown.connect(lambda: drawn.append(page.table.rowCount()))
    _quiet(window)
    holder = _lock(db_path)
    try:
        page.refresh()  # both wait for the lock, so both answers arrive after it is released
        page.refresh()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    QThreadPool.globalInstance().waitForDone(WAIT)
    qtbot.waitUntil(lambda: not page.is_reading(), timeout=WAIT)
    qtbot.wait(200)  # the older answer, had it been drawn, would have arrived by now
    assert len(drawn) == 1 and drawn[0] > 0
