"""Background sync from the window: success shows in the status bar, failure never blocks."""

from __future__ import annotations

from pathlib import Path

from recovery_desk.ui.main_window import MainWindow
from tests.conftest import open_default_case


def test_sync_to_a_folder_from_the_window(qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    share = tmp_path / "share"
    share.mkdir()
    open_default_case(window.desk.service)
    window.ws.settings.sync_target = str(share)
    window.sync_now()
    qtbot.waitUntil(lambda: "✓" in window.sync_label.text(), timeout=10_000)
    assert "0 waiting" in window.sync_label.text()
    assert len(list(share.glob("*.rdbundle"))) == 1


def test_unreachable_server_is_reported_and_the_desk_keeps_working(qtbot,  # noqa: ANN001
                                                                   window: MainWindow) -> None:
    window.ws.settings.sync_target = "postgresql+psycopg://nobody@127.0.0.1:9/none"
    window.sync_now()
    qtbot.waitUntil(lambda: "failed" in window.sync_label.text(), timeout=20_000)
    assert "Cannot reach the server" in window.sync_label.toolTip()
    state = open_default_case(window.desk.service)  # work goes on, offline
    assert state.status == "open"
