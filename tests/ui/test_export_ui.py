"""Exporting from the window: runs in the background, shows progress, Cancel leaves nothing."""

from __future__ import annotations

from pathlib import Path

from recovery_desk.ui.main_window import MainWindow
from tests.conftest import CUSTOMER


def _fill(window: MainWindow, count: int) -> None:
    service = window.desk.service
    with service.batch():
        for _ in range(count):
            service.open_case(customer=dict(CUSTOMER), channel="chat", category="long_wait",
                              severity="low", words="Forty minutes in the queue.")


def test_export_and_cancel_from_the_window(qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    _fill(window, 5200)
    out = tmp_path / "cases.xlsx"
    with qtbot.waitSignal(window.exporter.finished, timeout=60_000) as done:
        window.exporter.export_to(out, "xlsx")
    assert done.args == [5200] and out.stat().st_size > 10_000

    cancelled = tmp_path / "cancelled.csv"
    with qtbot.waitSignal(window.exporter.finished, timeout=60_000) as stopped:
        window.exporter.export_to(cancelled, "csv")
        window.exporter.cancel()
    assert stopped.args == [-1]
    assert not cancelled.exists() and list(tmp_path.glob(".cancelled.csv*")) == []
