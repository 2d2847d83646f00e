"""Screenshots of the resolution stage's refusal (docs/screenshots/resolution/), not a test:
run it explicitly, the real window at 1366x768, grabbed as drawn:

    .venv/bin/python -m pytest -q tests/ui/shots_resolution.py

A replacement is chosen by keyboard, its deadline left unset, and Offer is pressed: the
Desk refuses, naming the deadline, and records nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from recovery_desk.services.workspace import Workspace

from .helpers import (
    choose_in_combo,
    press,
    tab_to,
    tick_all,
    walk_to_stage,
    window_for_screenshots,
)
from .test_desk_keyboard import start_case_by_keyboard

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "resolution"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.mark.parametrize("lang", ["en", "hu"])
def test_refused_offer_screen(qtbot, workspace: Workspace, lang: str) -> None:  # noqa: ANN001
    win = window_for_screenshots(qtbot, workspace, lang)
    panel = start_case_by_keyboard(qtbot, win, "Olena Kovalenko")
    walk_to_stage(qtbot, panel, "resolution")
    tick_all(qtbot, panel)
    tab_to(qtbot, panel.resolve.resolution_box)
    choose_in_combo(qtbot, panel.resolve.resolution_box, "replacement")
    before = panel.state.last_seq
    press(qtbot, Qt.Key.Key_O, CTRL_SHIFT)
    assert panel.state.last_seq == before and not panel.state.resolution
    qtbot.wait(300)
    OUT.mkdir(parents=True, exist_ok=True)
    win.grab().save(str(OUT / f"offer-refused-{lang}.png"))
