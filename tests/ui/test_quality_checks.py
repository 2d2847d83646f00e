"""Quality checks on the real window: a supervisor samples finished cases into the review
queue, scores one beside its evidence with a score chosen (never assumed), a second
reviewer scores it too and the calibration shows the difference; an agent sees no tab, and
the service refuses their sampling."""

from __future__ import annotations

from PySide6.QtCore import Qt

from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.review import quality
from recovery_desk.ui.main_window import MainWindow
from tests.conftest import StepClock
from tests.services.test_review import UNHAPPY, events_of, run_case

from .helpers import choose_in_combo, press

SUPERVISOR, SECOND = "Sam Supervisor", "Rita Reviewer"


def _sign_in(window: MainWindow, user: str) -> None:
    window.ws.trust_in_process(user)
    window.bus.user_changed.emit()


def test_sample_score_and_calibrate_in_the_window_and_an_agent_is_refused(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    ws = window.ws
    ws.ensure_user(SECOND, "supervisor")
    clock = StepClock()
    service = CaseService(ws, clock=clock)
    run_case(service, clock)
    watched = run_case(service, clock, UNHAPPY)
    service.close_unrecovered(watched, "No answer to three calls.")
    training = window.training
    assert not training.tabs.isTabVisible(3)  # the agent at the desk has no quality tab
    tab = training.quality
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.sample()  # as if pressed: refused by the service, nothing sampled
    assert quality.review_queue(ws.engine, SUPERVISOR) == []
    assert "quality_sampled" not in [e.kind for e in events_of(ws, watched)]

    _sign_in(window, SUPERVISOR)
    window.show_page("training")
    assert training.tabs.isTabVisible(3)
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        training.tabs.setCurrentIndex(3)
    tab.rule_box.setFocus()
    choose_in_combo(qtbot, tab.rule_box, "watchlist")
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.sample_button.click()
    assert tab.queue_table.rowCount() == 1
    assert tab.queue_table.item(0, 2).text() == "On the watchlist"
    assert "Offered: " in tab.evidence["fix_with_deadline"].text()
    assert tab.score_box.currentData() is None  # no score until one is chosen
    tab.save_button.click()  # refused: choose a score
    assert quality.reviews(ws.engine) == []
    tab.rubric["listened_first"].setChecked(True)
    tab.score_box.setFocus()
    choose_in_combo(qtbot, tab.score_box, 4)
    tab.comments.setFocus()
    for key in (Qt.Key.Key_O, Qt.Key.Key_K):
        press(qtbot, key)
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.save_button.click()
    assert [(r.case_id, r.score, r.comments, r.reviewer) for r in quality.reviews(ws.engine)] \
        == [(watched, 4, "ok", SUPERVISOR)]
    assert tab.queue_table.rowCount() == 0  # scored by this reviewer

    _sign_in(window, SECOND)
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.refresh()
    assert tab.queue_table.rowCount() == 1 and tab.queue_table.item(0, 4).text() == SUPERVISOR
    tab.score_box.setFocus()
    choose_in_combo(qtbot, tab.score_box, 2)
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.save_button.click()
    assert tab.calibration_table.rowCount() == 1
    assert tab.calibration_table.item(0, 3).text() == "2"
    assert tab.calibration_table.item(0, 2).text() == f"{SECOND} 2, {SUPERVISOR} 4"
    assert tab.calibration_table.item(0, 4).text() == "Listened before solving"
    assert tab.agents_table.item(0, 0).text() == "tester"
    assert tab.agents_table.item(0, 1).text() == "2"
