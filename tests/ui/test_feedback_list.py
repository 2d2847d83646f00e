"""The agent's feedback list on the Desk: a supervisor's quality review of a sampled live
case shows on that agent's Desk with a count, is acknowledged with Ctrl+Enter (an event),
and another agent never sees it. Real window, real SQLite log."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt

from recovery_desk.domain.flow import RUBRIC
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.review import quality
from recovery_desk.services.review.quality import QualityService
from recovery_desk.ui.feedback.dialog import FeedbackDialog
from recovery_desk.ui.main_window import MainWindow
from tests.conftest import StepClock
from tests.services.test_review import run_case

from .helpers import press
from .test_desk_keyboard import CTRL


def test_a_sampled_case_reviewed_shows_on_its_agents_desk_and_is_acknowledged(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    ws, desk = window.ws, window.desk
    clock = StepClock()
    mine = run_case(CaseService(ws, clock=clock), clock)
    ws.ensure_user("Other Agent", "agent")
    ws.trust_in_process("Other Agent")
    run_case(CaseService(ws, clock=clock), clock)
    ws.trust_in_process("Sam Supervisor")
    qa = QualityService(ws, rng=random.Random(1))
    assert len(qa.sample("random", 5)) == 2
    qa.score(mine, rubric={**dict.fromkeys(RUBRIC, True), "fix_with_deadline": False},
             score=3, comments="Name the delivery date before you close.")

    ws.trust_in_process("tester")  # the agent who ran the case sits down again
    window.bus.user_changed.emit()
    button = desk.feedback_button
    qtbot.waitUntil(lambda: button.text() == "Feedback: 1 new", timeout=5000)
    button.click()
    dialog = button.dialog
    assert isinstance(dialog, FeedbackDialog)
    qtbot.waitExposed(dialog)
    assert dialog.table.topLevelItemCount() == 1  # the other agent's case is not here
    row = dialog.table.topLevelItem(0)
    texts = [row.text(c) for c in range(dialog.table.columnCount())]
    assert texts[1:] == [_ref(ws, mine), "Sam Supervisor",
                         "Quality review", "3", "New"]
    shown = dialog.detail.toPlainText()
    assert "Name the delivery date before you close." in shown
    assert "✗ Agreed a fix with a deadline" in shown and "✓ Listened before solving" in shown
    dialog.activateWindow()
    dialog.table.setFocus()
    qtbot.waitUntil(dialog.table.hasFocus, timeout=3000)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: dialog.table.topLevelItem(0).text(5) == "Acknowledged",
                    timeout=3000)
    assert not dialog.ack_button.isEnabled()
    assert button.text() == "Feedback"
    assert quality.feedback_for(ws.engine, "tester")[0].acknowledged
    dialog.reject()

    ws.trust_in_process("Other Agent")
    window.bus.user_changed.emit()
    qtbot.waitUntil(lambda: button.text() == "Feedback", timeout=5000)
    assert quality.feedback_for(ws.engine, "Other Agent") == []


def _ref(ws, case_id: str) -> str:  # noqa: ANN001
    from sqlalchemy import select

    from recovery_desk.storage.models import Case

    with ws.engine.connect() as conn:
        return conn.execute(select(Case.ref).where(Case.case_id == case_id)).scalar_one()
