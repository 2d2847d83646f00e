"""A practice scenario end to end: real flow, reviewed, never in the figures or the sync."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt

from recovery_desk.core import messages
from recovery_desk.services.cases import queries
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.kpis.compute import compute
from recovery_desk.sync import service as sync
from recovery_desk.ui.main_window import MainWindow
from tests.conftest import open_default_case

from .helpers import choose_in_combo, press, tab_to, tick_all, walk_to_stage
from .test_desk_keyboard import CTRL, SHIFT, answer_satisfaction


def test_practice_run_is_reviewed_and_kept_out_of_kpis_and_sync(qtbot, window: MainWindow,  # noqa: ANN001
                                                                tmp_path: Path) -> None:
    real = open_default_case(window.desk.service)  # one real complaint at this desk
    window.show_page("training")
    training = window.training
    training.tabs.setCurrentIndex(1)
    assert training.current_scenario() is not None
    scenario = training.current_scenario()
    training.trainee_box.setFocus()
    choose_in_combo(qtbot, training.trainee_box, "tester")
    training.start_button.click()
    assert window.current_page() == "desk"
    panel = window.desk._current_panel()
    assert panel is not None and panel.state.training
    assert panel.state.words == scenario.words.get("en")
    assert window.desk.tabs.tabText(window.desk.tabs.currentIndex()).startswith("Practice")

    walk_to_stage(qtbot, panel, "resolution")
    tick_all(qtbot, panel)
    tab_to(qtbot, panel.resolve.resolution_box)
    choose_in_combo(qtbot, panel.resolve.resolution_box, "explanation")
    press(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_F8)
    tick_all(qtbot, panel)
    answer_satisfaction(qtbot, panel, "yes", "verbal", 4, 8, 5)  # nothing is preselected
    press(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_F8)
    assert panel.state.status in ("closed", "follow_up")
    practice_id = panel.state.case_id

    # the trainer reviews it with the rubric
    window.show_page("training")
    training.tabs.setCurrentIndex(2)
    training.refresh_reviews()
    review = training.reviews
    assert review.runs.rowCount() == 1
    review.runs.selectRow(0)
    # the run reads as a conversation: the customer's words, stage titles with their
    # times, the items ticked (their text), the offer and the answers; no event kinds
    shown = review.timeline.toPlainText()
    playbook = window.ws.playbooks.default
    first = playbook.stages[0]
    assert scenario.words.get("en") in shown
    assert first.title.get("en") in shown and f"{first.title.get('en')} done in" in shown
    assert f"✓ {first.checklist[0].label.get('en')}" in shown
    assert "Offered: " in shown and "Customer answered: accepted" in shown
    for raw in ("checklist set", "resolution offered", "stage entered", first.id + "\n"):
        assert raw not in shown
    review.rubric["listened_first"].setChecked(True)
    review.rubric["satisfaction_confirmed"].setChecked(True)
    # no score until the trainer chooses one: saving without it records nothing
    assert review.score.currentData() is None
    heard: list[messages.Message] = []
    unsubscribe = messages.subscribe(heard.append)
    try:
        review.save_review.click()
    finally:
        unsubscribe()
    assert [m.text for m in heard] == ["Choose a score from 1 to 5, then save."]
    assert practice_id not in queries.practice_reviews(
        window.ws.engine, window.desk.practice_service.desk_id)
    review.score.setCurrentIndex(review.score.findData(4))
    review.comments.setText("Good listening; name the deadline earlier.")
    review.save_review.click()
    reviews = queries.practice_reviews(window.ws.engine, window.desk.practice_service.desk_id)
    assert reviews[practice_id]["score"] == 4
    assert reviews[practice_id]["rubric"]["listened_first"] is True
    assert review.runs.item(0, 4).text() == "4"

    # never in the figures
    figures = compute(window.ws.engine, CaseFilter(include_training=True), now=datetime.now(UTC))
    assert figures.tile("cases").n == 1
    # never in the sync unless chosen
    share = tmp_path / "share"
    share.mkdir()
    sync.push(window.ws.engine, window.ws.desk_id, str(share))
    bundles = list(share.glob("*.rdbundle"))
    assert len(bundles) == 1
    with zipfile.ZipFile(bundles[0]) as archive:
        events = archive.read("events.jsonl").decode()
    assert real.case_id in events and practice_id not in events
    chosen = sync.push(window.ws.engine, window.ws.desk_id, str(share), include_training=True)
    assert chosen.pushed_events > 0


def test_presenter_mode_enlarges_the_scenario_text_and_restores_it(qtbot,  # noqa: ANN001
                                                                   window: MainWindow) -> None:
    window.show_page("training")
    training = window.training
    base = training.scripted.font().pointSizeF()
    training.presenter_button.click()  # on
    assert training.scripted.font().pointSizeF() == base * 1.6
    training.presenter_button.click()  # off: back to the size it started at, not 1.6 / 1.6
    assert training.scripted.font().pointSizeF() == base
    training.presenter_button.click()  # on again: from the same base, not compounded
    assert training.scripted.font().pointSizeF() == base * 1.6
    training.presenter_button.click()
