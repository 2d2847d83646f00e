"""Screenshots of the wrap-up (docs/screenshots/wrap-up/), not a test: run it explicitly,
the real window at 1366x768, grabbed as drawn:

    .venv/bin/python -m pytest -q tests/ui/shots_wrap_up.py

It closes a case by keyboard (a refund, a note added with Ctrl+Shift+Enter), grabs the
window, writes the customer's agreement PDF and renders it with pdftoppm."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.main_window import MainWindow

from .helpers import (
    choose_deadline,
    choose_in_combo,
    press,
    tab_to,
    tick_all,
    type_text,
    walk_to_stage,
    window_for_screenshots,
)
from .test_desk_keyboard import start_case_by_keyboard
from .test_desk_wrap_up import _close_with_refund

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "wrap-up"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _shot(qtbot, win: MainWindow, name: str) -> None:  # noqa: ANN001
    qtbot.wait(300)
    win.grab().save(str(OUT / name))


def _close_hu(qtbot, win: MainWindow):  # noqa: ANN001, ANN202
    """As _close_with_refund, with the answers chosen by their data (the type-ahead keys
    of the Hungarian answers differ)."""
    panel = start_case_by_keyboard(qtbot, win, "Kovács Anna")
    walk_to_stage(qtbot, panel, "resolution")
    tick_all(qtbot, panel)
    tab_to(qtbot, panel.resolve.resolution_box)
    choose_in_combo(qtbot, panel.resolve.resolution_box, "refund")
    tab_to(qtbot, panel.resolve.amount_edit)
    type_text(qtbot, "30")
    choose_deadline(qtbot, panel.resolve)
    press(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_F8)
    tick_all(qtbot, panel)
    box = panel.satisfaction
    for combo, data in ((box.accepted_box, "yes"), (box.how_box, "verbal"),
                        (box.csat_box, 5), (box.likelihood_box, 9), (box.ces_box, 6)):
        combo.setCurrentIndex(combo.findData(data))
    press(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_F8)
    assert panel.state.status == "closed"
    return panel


@pytest.mark.parametrize("lang", ["en", "hu"])
def test_wrap_up_screens(qtbot, workspace: Workspace, lang: str, tmp_path: Path) -> None:  # noqa: ANN001
    win = window_for_screenshots(qtbot, workspace, lang)
    try:
        panel = _close_with_refund(qtbot, win) if lang == "en" else _close_hu(qtbot, win)
        press(qtbot, Qt.Key.Key_F2)
        type_text(qtbot, {"en": "Told her the refund reaches her card in 3 working days.",
                          "hu": "Elmondtam, hogy a visszatérítés 3 munkanapon belül "
                                "megérkezik a kártyájára."}[lang])
        press(qtbot, Qt.Key.Key_Return, CTRL | SHIFT)
        panel.next_customer_button.setFocus()
        _shot(qtbot, win, f"wrap-up-{lang}.png")
        pdf = tmp_path / "agreement.pdf"
        panel.save_agreement(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf),
                        str(OUT / f"agreement-{lang}")], check=True)
    finally:
        win.desk._autosave.stop()
        win.checkpointer.stop()
