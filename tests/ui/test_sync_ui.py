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


def test_held_and_set_aside_bundles_are_not_a_success_in_the_status_bar(
        qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    """A pull that holds a stranger's bundle and quarantines garbage says so, in the
    interface language, instead of a tick."""
    from recovery_desk.services.demo.generator import DemoGenerator
    from recovery_desk.services.settings import Settings
    from recovery_desk.services.workspace import open_workspace
    from recovery_desk.sync.folder import push_to_folder
    from recovery_desk.ui.common.i18n import install_translator
    from tests.sync.conftest import ANCHOR
    from tests.ui.conftest import make_app

    share = tmp_path / "share"
    share.mkdir()
    stranger = open_workspace(str(tmp_path / "stranger.sqlite3"),
                              settings=Settings(desk_id="STRANGER", user="s"))
    stranger.trust_in_process("s")
    DemoGenerator(stranger, seed=2, anchor=ANCHOR).run(2)
    push_to_folder(stranger.engine, "STRANGER", share)
    stranger.close()
    (share / "AAA-000000001-000000009.rdbundle").write_bytes(b"not a zip at all")
    window.ws.settings.sync_target = str(share)
    window.sync_now()
    qtbot.waitUntil(lambda: "not applied: 2" in window.sync_label.text(), timeout=20_000)
    assert "✓" not in window.sync_label.text()
    tip = window.sync_label.toolTip()
    assert "desk STRANGER" in tip and "is not trusted here" in tip and "Settings ▸ Desks" in tip
    assert "AAA-000000001-000000009.rdbundle was set aside in the quarantine folder" in tip
    app = make_app()
    try:
        window.ws.settings.language = "hu"
        install_translator(app, "hu")
        window.sync_now()
        qtbot.waitUntil(lambda: "STRANGER" in window.sync_label.toolTip() and
                        "is not trusted here" not in window.sync_label.toolTip(),
                        timeout=20_000)
        assert "STRANGER" in window.sync_label.toolTip()
    finally:
        window.ws.settings.language = "en"
        install_translator(app, "en")
