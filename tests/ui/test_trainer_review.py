"""The trainer's review on the real window: the trainer picks the trainee a practice run is
credited to, the run's end opens its debrief, each rubric criterion sits beside its
evidence, and the trainee's scores over time (and chart) are read again at once after a
save; the review reaches the trainee's feedback list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from recovery_desk.services.cases.case_detail import case_detail_for
from recovery_desk.services.review.quality import feedback_for
from recovery_desk.ui.main_window import MainWindow
from recovery_desk.ui.training.debrief import DebriefDialog

from .helpers import choose_in_combo, press, tab_to, tick_all, walk_to_stage
from .test_desk_keyboard import CTRL, SHIFT, answer_satisfaction

TRAINER, TRAINEE = "Tim Trainer", "Tara Trainee"


def _run_to_the_end(qtbot, window: MainWindow):  # noqa: ANN001, ANN202
    panel = window.desk._current_panel()
    walk_to_stage(qtbot, panel, "resolution")
    tick_all(qtbot, panel)
    tab_to(qtbot, panel.resolve.resolution_box)
    choose_in_combo(qtbot, panel.resolve.resolution_box, "explanation")
    press(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_F8)
    tick_all(qtbot, panel)
    answer_satisfaction(qtbot, panel, "yes", "verbal", 4, 8, 5)
    press(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_F8)
    return panel


def test_trainee_chosen_debriefed_and_scores_over_time_refreshed_after_a_save(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    ws = window.ws
    ws.ensure_user(TRAINER, "trainer")
    ws.ensure_user(TRAINEE, "agent")
    ws.trust_in_process(TRAINER)
    window.bus.user_changed.emit()
    window.show_page("training")
    training = window.training
    training.tabs.setCurrentIndex(1)
    scenario = training.current_scenario()
    assert scenario is not None
    assert training.trainee_box.currentData() is None  # nobody is assumed
    training.start_button.click()
    assert window.current_page() == "training"  # refused: no trainee chosen
    training.trainee_box.setFocus()
    choose_in_combo(qtbot, training.trainee_box, TRAINEE)
    training.start_button.click()
    assert window.current_page() == "desk"
    panel = window.desk._current_panel()
    assert panel is not None and panel.state.training and panel.state.agent == TRAINEE
    case_id = panel.state.case_id

    _run_to_the_end(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(training.debrief_dialog, DebriefDialog)
                    and training.debrief_dialog.isVisible(), timeout=3000)
    debrief = training.debrief_dialog.text.toPlainText()
    assert scenario.facts[0].get("en") in debrief and scenario.pitfalls[0].get("en") in debrief
    training.debrief_dialog.activateWindow()
    qtbot.waitUntil(training.debrief_dialog.isActiveWindow, timeout=3000)
    press(qtbot, Qt.Key.Key_Return)  # "Review this run" is the default
    assert window.current_page() == "training" and training.tabs.currentIndex() == 2
    reviews = training.reviews
    assert reviews.runs.rowCount() == 1 and reviews.runs.item(0, 1).text() == TRAINEE
    assert reviews.progress.text() == f"{TRAINEE}'s scores over time: none yet"
    # each criterion beside its evidence
    assert "Offered: " in reviews.evidence["fix_with_deadline"].text()
    assert "Customer answered: accepted" in reviews.evidence["satisfaction_confirmed"].text()
    first = ws.playbooks.default.stages[0]
    assert f"✓ {first.checklist[0].label.get('en')}" in reviews.evidence["listened_first"].text()
    assert len(reviews.facts) == len(scenario.facts)

    reviews.rubric["listened_first"].setChecked(True)
    reviews.facts[0].setChecked(True)
    reviews.facts[2].setChecked(True)
    reviews.score.setCurrentIndex(reviews.score.findData(4))
    reviews.comments.setText("Ask about the second night.")
    reviews.save_review.click()
    text = reviews.progress.text()
    assert text.startswith(f"{TRAINEE}'s scores over time: ") and text.endswith(": 4")
    assert reviews.chart.scores == [4]
    assert f"2 of {len(scenario.facts)} facts found." in reviews.debrief.text()
    assert reviews.runs.item(0, 4).text() == "4"
    reviews.score.setCurrentIndex(reviews.score.findData(5))
    reviews.save_review.click()
    assert reviews.chart.scores == [5] and reviews.progress.text().endswith(": 5")

    opened = case_detail_for(ws, case_id, lang="en").timeline[0]
    assert opened.actor == TRAINER  # recorded by the trainer, credited to the trainee
    items = feedback_for(ws.engine, TRAINEE)
    assert [(i.kind, i.score, i.author) for i in items][:1] == [
        ("practice_reviewed", 5, TRAINER)]
    assert feedback_for(ws.engine, TRAINER) == []
