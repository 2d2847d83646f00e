"""A real main window on a real, migrated SQLite log."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool

from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.app import make_app
from recovery_desk.ui.common import gc_guard
from recovery_desk.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(qapp) -> Iterator[None]:  # noqa: ANN001
    """As in the app: no automatic collection, so no worker thread ever frees a widget.

    Each test ends by letting its background tasks finish and collecting its garbage
    here, on the GUI thread, so the next test starts clean.
    """
    gc_guard.install(qapp)
    yield
    QThreadPool.globalInstance().waitForDone(30_000)
    gc.collect()


@pytest.fixture(autouse=True)
def english_after_each_test(qapp) -> Iterator[None]:  # noqa: ANN001
    """A test that switches the interface language leaves English behind it, so the next
    test reads the texts it expects whatever ran before it."""
    yield
    from recovery_desk.ui.common.i18n import install_translator

    install_translator(qapp, "en")


@pytest.fixture
def window(qtbot, workspace: Workspace) -> Iterator[MainWindow]:  # noqa: ANN001
    from recovery_desk.ui.common.i18n import install_translator

    install_translator(make_app(), workspace.settings.language)  # as the app does
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.desk._autosave.stop()
    win.checkpointer.stop()
