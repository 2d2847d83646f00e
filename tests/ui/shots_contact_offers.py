"""Screenshots (docs/screenshots/desk/), not a test: run it explicitly, the real window at
1366x768 and its dialog, each grabbed as drawn and the dialog painted where it stands over
the window (offscreen: under Xvfb without a window manager nothing gets keyboard focus):

    .venv/bin/python -m pytest -q tests/ui/shots_contact_offers.py

It opens a case, corrects the contact details by keyboard (Ctrl+Shift+K, a new phone,
Enter without a reason first: the refusal shows in the dialog), then wraps up a case
whose offer holds two resolutions."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from recovery_desk.domain.commitments import OfferItem
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.desk.contact_dialog import ContactDialog
from recovery_desk.ui.main_window import MainWindow
from tests.conftest import open_default_case
from tests.services.test_commitments import HAPPY
from tests.services.test_worklists import finish_stage, walk

from .helpers import press, type_text, window_for_screenshots

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "desk"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
WORDS = {"en": ("She gave her new number", "Customer number moved to the new account"),
         "hu": ("Új telefonszámot adott meg", "Az ügyfélszám az új fiókhoz került")}


def _screen(qtbot, win: MainWindow, name: str, dialog: QWidget | None = None) -> None:  # noqa: ANN001
    qtbot.wait(400)
    picture = win.grab()
    if dialog is not None:  # where a window manager would put it, with a plain frame
        painter = QPainter(picture)
        x, y = (win.width() - dialog.width()) // 2, (win.height() - dialog.height()) // 3
        bar = 26
        painter.fillRect(x - 1, y - bar, dialog.width() + 2, bar, QColor("#3c4a5c"))
        painter.setPen(QColor("white"))
        painter.drawText(x + 8, y - bar, dialog.width(), bar,
                         int(Qt.AlignmentFlag.AlignVCenter), dialog.windowTitle())
        painter.drawPixmap(x, y, dialog.grab())
        painter.setPen(QColor("#3c4a5c"))
        painter.drawRect(x - 1, y - bar, dialog.width() + 1, dialog.height() + bar)
        painter.end()
    picture.save(str(OUT / name))


def _correct(qtbot, win: MainWindow, panel, lang: str) -> None:  # noqa: ANN001
    def steps() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ContactDialog):
            QTimer.singleShot(50, steps)
            return
        dialog.activateWindow()
        dialog.edits["phone"].setFocus()
        dialog.edits["phone"].selectAll()
        type_text(qtbot, "+36 70 555 0199")
        press(qtbot, Qt.Key.Key_Return)  # no reason: refused in the dialog
        _screen(qtbot, win, f"contact-dialog-{lang}.png", dialog)
        type_text(qtbot, WORDS[lang][0])
        press(qtbot, Qt.Key.Key_Return)
    QTimer.singleShot(50, steps)
    panel.focus_first()
    press(qtbot, Qt.Key.Key_K, CTRL_SHIFT)


@pytest.mark.parametrize("lang", ["en", "hu"])
def test_contact_and_offer_screens(qtbot, workspace: Workspace, lang: str) -> None:  # noqa: ANN001
    OUT.mkdir(parents=True, exist_ok=True)
    win = window_for_screenshots(qtbot, workspace, lang)
    try:
        service = CaseService(workspace)  # the real clock: the timers read minutes
        state = open_default_case(service, language=lang)
        walk(service, state.case_id, "resolution")
        panel = win.desk.show_case(service.get(state.case_id))
        _correct(qtbot, win, panel, lang)
        today = date.today()
        service.offer(state.case_id, "replacement", deadline=today + timedelta(days=2),
                      currency="EUR", more=[OfferItem("refund", Decimal("12.5"),
                                                      today + timedelta(days=7))])
        finish_stage(service, state.case_id)
        walk(service, state.case_id, "satisfaction")
        service.record_satisfaction(state.case_id, HAPPY)
        while service.get(state.case_id).status != "closed":
            finish_stage(service, state.case_id)
        panel.state = service.get(state.case_id)  # recorded outside the tab: drawn again
        panel.redraw()
        panel.next_customer_button.setFocus()
        _screen(qtbot, win, f"wrap-up-two-resolutions-{lang}.png")
    finally:
        win.desk._autosave.stop()
        win.checkpointer.stop()
