"""Screenshots of the Register reading in the background (docs/screenshots/register/), not a
test: run it explicitly, the real window at 1366x768 on a regulated demo log:

    .venv/bin/python -m pytest -q tests/ui/shots_register.py

While another connection holds the log's lock the page says it is reading; once released,
the rows. English and Ukrainian."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.main_window import MainWindow

from .test_register_page import WAIT, _lock, _open_register, _quiet
from .test_register_page import workspace as demo_workspace

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "register"


@pytest.fixture(params=["en", "uk"])
def workspace(request, db_path: Path) -> Iterator[Workspace]:  # noqa: ANN001
    ws = next(demo_workspace.__wrapped__(db_path))  # type: ignore[attr-defined]
    ws.settings.language = request.param
    yield ws
    ws.close()


def test_register_reading_then_filled(qtbot, window: MainWindow, db_path: Path) -> None:  # noqa: ANN001
    lang = window.ws.settings.language
    OUT.mkdir(parents=True, exist_ok=True)
    window.resize(1366, 768)
    _quiet(window)
    holder = _lock(db_path)
    try:
        page = _open_register(qtbot, window)
        qtbot.wait(300)
        window.grab().save(str(OUT / f"reading-{lang}.png"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    qtbot.waitUntil(lambda: not page.is_reading(), timeout=WAIT)
    qtbot.wait(300)
    window.grab().save(str(OUT / f"filled-{lang}.png"))
