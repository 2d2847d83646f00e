"""A full disk for real: SQLite's own page limit makes every write that needs room fail.

``set_page_limit`` caps the log at its current size, so SQLite answers SQLITE_FULL ("database
or disk is full") exactly as on a full disk. The engine turns that into ``DiskFull`` in one
place: a clear message with the fix, the transaction rolled back, the app still running.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from recovery_desk.core import messages
from recovery_desk.core.errors import DiskFull, RecoveryDeskError
from recovery_desk.services.cases import drafts
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.exports.export import export
from recovery_desk.services.trust.check import check_log
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.engine import set_page_limit
from recovery_desk.storage.models import CaseEvent
from tests.conftest import open_default_case

# long enough to need new pages (overflow pages), as a long pasted e-mail would
LONG_NOTE = ("The customer read out the whole e-mail thread from the courier again; "
             "every promised date was missed and nobody called back. ") * 120


def _event_count(ws: Workspace) -> int:
    with ws.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(CaseEvent)).scalar_one()


def _fill_to_the_brim(ws: Workspace) -> None:
    """Cap the log at the pages it has now: the next growth fails like a full disk."""
    with ws.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
    set_page_limit(ws.engine, pages)


def _export(ws: Workspace, out: Path) -> bytes:
    export(ws.engine, out, "jsonl", events=True)
    return out.read_bytes()


def test_disk_full_is_a_clear_error_and_changes_nothing(service: CaseService,
                                                       workspace: Workspace,
                                                       tmp_path: Path) -> None:
    state = open_default_case(service)
    service.add_note(state.case_id, "Short note before the disk filled up.")
    before_events = _event_count(workspace)
    before_export = _export(workspace, tmp_path / "before.jsonl")
    assert check_log(workspace.engine).ok

    _fill_to_the_brim(workspace)
    try:
        with pytest.raises(DiskFull) as caught:
            service.add_note(state.case_id, LONG_NOTE)
        assert isinstance(caught.value, RecoveryDeskError)
        text = str(caught.value)
        assert "The disk is full" in text
        assert "Free space" in text
        assert "Nothing of this action was recorded" in text
        with pytest.raises(DiskFull):
            drafts.save_drafts(workspace.engine, workspace.desk_id, workspace.user,
                               {"DESK-T:form:words": (None, LONG_NOTE)})
    finally:
        set_page_limit(workspace.engine, None)

    assert _event_count(workspace) == before_events
    assert _export(workspace, tmp_path / "after.jsonl") == before_export
    report = check_log(workspace.engine)
    assert report.ok, report.findings

    # room again: the very same action now lands, and the chain goes on intact
    service.add_note(state.case_id, LONG_NOTE)
    assert _event_count(workspace) == before_events + 1
    assert check_log(workspace.engine).ok


def test_disk_full_when_opening_a_case_in_one_batch_keeps_nothing(
        service: CaseService, workspace: Workspace) -> None:
    open_default_case(service)
    before = _event_count(workspace)
    cases = workspace.case_count()
    _fill_to_the_brim(workspace)
    try:
        with pytest.raises(DiskFull), service.batch():
            for _ in range(40):
                open_default_case(service, words=LONG_NOTE)
    finally:
        set_page_limit(workspace.engine, None)
    assert _event_count(workspace) == before
    assert workspace.case_count() == cases
    assert check_log(workspace.engine).ok


def _answer_boxes(shown: list[str]) -> QTimer:
    """Read and close each warning box the window shows (as a person clicking OK)."""
    timer = QTimer()

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.accept()

    timer.timeout.connect(close_box)
    timer.start(50)
    return timer


def test_desk_says_disk_full_keeps_the_note_and_recovers(qtbot, workspace: Workspace  # noqa: ANN001
                                                        ) -> None:
    from recovery_desk.ui.app import make_app
    from recovery_desk.ui.main_window import MainWindow

    make_app()
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    desk = window.desk
    desk._autosave.stop()  # the test saves drafts itself, at known moments
    heard: list[messages.Message] = []
    unsubscribe = messages.subscribe(heard.append)
    shown: list[str] = []
    closer = _answer_boxes(shown)
    try:
        state = open_default_case(desk.service)
        panel = desk.show_case(state)
        panel.notes.note_edit.setPlainText(LONG_NOTE)
        desk.save_drafts_now()
        key = f"{workspace.desk_id}:{panel.draft_key()}"
        before = _event_count(workspace)

        _fill_to_the_brim(workspace)
        panel.add_note()
        qtbot.waitUntil(lambda: bool(shown), timeout=3000)
        assert "The disk is full" in shown[0] and "Free space" in shown[0]
        assert any(m.level == messages.ERROR and "The disk is full" in m.text for m in heard)
        assert _event_count(workspace) == before
        assert panel.notes.note_edit.toPlainText() == LONG_NOTE  # the half-typed note is kept
        saved = {d.key: d.text for d in drafts.load_drafts(workspace.engine, workspace.desk_id)}
        assert saved[key] == LONG_NOTE  # and kept as a draft for a restart

        # the window keeps working: type on, autosave reports the problem without crashing
        panel.notes.note_edit.setPlainText(LONG_NOTE + " Called the depot too.")
        desk.save_drafts_now()
        assert any(m.level == messages.WARNING and "disk is full" in m.text for m in heard)
        window.show_page("log")
        window.show_page("desk")
        assert window.isVisible()

        set_page_limit(workspace.engine, None)
        desk.save_drafts_now()
        saved = {d.key: d.text for d in drafts.load_drafts(workspace.engine, workspace.desk_id)}
        assert saved[key] == LONG_NOTE + " Called the depot too."
        count = len(shown)
        panel.add_note()
        assert _event_count(workspace) == before + 1
        assert panel.notes.note_edit.toPlainText() == ""
        assert len(shown) == count  # no new warning
        assert check_log(workspace.engine).ok
    finally:
        set_page_limit(workspace.engine, None)
        closer.stop()
        unsubscribe()
        desk._autosave.stop()
        window.checkpointer.stop()
