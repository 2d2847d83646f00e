"""Typed text survives a killed process: a real subprocess, a real SIGKILL, a real restore."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import open_workspace
from recovery_desk.ui.main_window import MainWindow

TYPIST = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import open_workspace
from recovery_desk.ui.app import build_window, make_app

ws = open_workspace(sys.argv[1], settings=Settings(desk_id="DESK-K", user="kim"))
ws.trust_in_process("kim")
app = make_app()
window = build_window(ws)
window.show()
state = window.desk.service.open_case(
    customer={"name": "Ірина Бондар", "phone": "+380 67 1234567"}, channel="phone",
    category="billing_error", severity="high", words="Двічі списали гроші за один рахунок.")
panel = window.desk.show_case(state)
panel.notes.note_edit.setPlainText("Клієнтка чекає на лінії, перевіряю платіж")
window.desk.form.words.setPlainText("Second customer: the lift has been broken for a week")
window.desk.form.name_edit.setText("Mārtiņš Kalniņš")
QTimer.singleShot(1600, lambda: print("typed", flush=True))
app.exec()
"""


def test_drafts_and_open_cases_come_back_after_sigkill(qtbot, tmp_path: Path,  # noqa: ANN001
                                                      isolated_home: Path) -> None:
    db = tmp_path / "crash.sqlite3"
    env = {**os.environ, "RECOVERY_DESK_HOME": str(isolated_home)}
    proc = subprocess.Popen([sys.executable, "-c", TYPIST, str(db)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stdout.readline()
        assert line.strip() == "typed", proc.stderr.read()
        time.sleep(0.3)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    workspace = open_workspace(str(db), settings=Settings.load())
    workspace.trust_in_process("kim")  # kim signs in again (the window opens only then)
    from recovery_desk.ui.app import make_app
    from recovery_desk.ui.common.i18n import install_translator

    install_translator(make_app(), "en")  # as the app does: English's plural forms
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    desk = window.desk
    qtbot.waitUntil(desk.banner.isVisible, timeout=3000)
    assert "1 open case and 3 pieces of typed text" in desk.banner_text.text()
    desk.banner_yes.click()
    panel = desk._current_panel()
    assert panel is not None
    assert panel.notes.note_edit.toPlainText() == "Клієнтка чекає на лінії, перевіряю платіж"
    assert desk.form.words.toPlainText() == "Second customer: the lift has been broken for a week"
    assert desk.form.name_edit.text() == "Mārtiņš Kalniņš"
    assert panel.state.customer["name"] == "Ірина Бондар"
    desk._autosave.stop()
    workspace.close()
