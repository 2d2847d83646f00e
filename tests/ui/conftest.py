"""A real main window on a real, migrated SQLite log."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.app import make_app
from recovery_desk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, workspace: Workspace) -> Iterator[MainWindow]:  # noqa: ANN001
    make_app()
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.desk._autosave.stop()
    win.checkpointer.stop()
