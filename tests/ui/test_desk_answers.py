"""Answers are chosen, never assumed: in the real window, the satisfaction answers start
unset and nothing is recorded until acceptance is answered; a declined score is stored as
unknown, left out of CSAT and counted beside it; a new case's category is required and
nothing carries over to the next case."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from recovery_desk.core import messages
from recovery_desk.services.cases.case_detail import case_detail_for
from recovery_desk.services.exports.export import export
from recovery_desk.services.kpis.compute import compute
from recovery_desk.ui.common import kpi_texts as words
from recovery_desk.ui.log.detail_html import detail_html
from recovery_desk.ui.main_window import MainWindow

from .helpers import choose_in_combo, focused, press, tab_to, tick_all, type_text, walk_to_stage
from .test_desk_keyboard import answer_satisfaction, start_case_by_keyboard

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def heard() -> Iterator[list[messages.Message]]:
    """The messages the window shows the agent (warnings included)."""
    seen: list[messages.Message] = []
    unsubscribe = messages.subscribe(seen.append)
    yield seen
    unsubscribe()


def _to_satisfaction(qtbot, window: MainWindow, name: str):  # noqa: ANN001, ANN202
    panel = start_case_by_keyboard(qtbot, window, name)
    walk_to_stage(qtbot, panel, "resolution")
    tick_all(qtbot, panel)
    tab_to(qtbot, panel.resolve.resolution_box)
    choose_in_combo(qtbot, panel.resolve.resolution_box, "explanation")
    press(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_F8)
    assert panel.playbook.stage(panel.state.stage).records == "satisfaction"
    tick_all(qtbot, panel)
    return panel


def _events(window: MainWindow, tmp_path: Path) -> list[dict]:
    out = tmp_path / "events.jsonl"
    export(window.ws.engine, out, "jsonl", events=True)
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_satisfaction_answers_start_unset_and_none_is_refused(  # noqa: ANN001
        qtbot, window: MainWindow, heard, tmp_path: Path) -> None:
    panel = _to_satisfaction(qtbot, window, "Kovács Anna")
    box = panel.satisfaction
    assert box.isVisible()
    # nothing is preselected: no acceptance, no way, no score
    assert [b.currentData() for b in box.boxes()] == [None] * 5
    assert all(b.currentText() == "— choose —" for b in box.boxes())
    # recording untouched answers is refused, saying what to answer; nothing is recorded
    press(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    assert panel.state.satisfaction_count == 0 and panel.state.accepted is None
    said = heard[-1].text
    assert heard[-1].level == "warning"
    assert "Did the customer accept the resolution? Choose yes, partly or no." in said
    assert "satisfaction score (1 to 5)" in said and "declined to answer" in said
    # and the stage cannot be completed without them
    press(qtbot, Qt.Key.Key_F8)
    assert panel.playbook.stage(panel.state.stage).records == "satisfaction"
    assert "Record the customer's satisfaction." in panel.blockers.text()
    # acceptance answered but a score left unset: still refused, naming the score
    answer_satisfaction(qtbot, panel, "yes", "verbal", None, 9, 6)
    press(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    assert panel.state.satisfaction_count == 0
    assert "satisfaction score (1 to 5)" in heard[-1].text
    assert "Did the customer accept" not in heard[-1].text
    assert not any(e["kind"] == "satisfaction_recorded" for e in _events(window, tmp_path))


def test_declined_is_stored_as_unknown_and_left_out_of_csat(  # noqa: ANN001
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    panel = _to_satisfaction(qtbot, window, "Jānis Bērziņš")
    answer_satisfaction(qtbot, panel, "yes", "verbal", "declined", 9, "not_asked")
    press(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    state = panel.state
    assert state.satisfaction_count == 1 and state.accepted == "yes"
    assert state.csat is None and state.likelihood == 9 and state.ces is None
    # what was recorded is shown as a label, and the boxes are unset again
    assert "Customer declined to answer" in panel.satisfaction.previous.text()
    assert all(b.currentData() is None for b in panel.satisfaction.boxes())
    press(qtbot, Qt.Key.Key_F8)
    assert panel.state.status == "closed"
    recorded = [e["payload"] for e in _events(window, tmp_path)
                if e["kind"] == "satisfaction_recorded"]
    assert len(recorded) == 1
    assert recorded[0]["csat"] is None and recorded[0]["ces"] is None  # never a number
    assert recorded[0]["unknown"] == {"csat": "declined", "ces": "not_asked"}
    # the case detail a supervisor reads says why the scores are missing
    detail = case_detail_for(window.ws, panel.state.case_id, lang="en")
    assert detail.satisfaction[0].unknown == {"csat": "declined", "ces": "not_asked"}
    html = detail_html(detail, window.ws)
    assert "CSAT declined to answer" in html and "effort not asked" in html
    assert "recommend 9/10" in html

    # a second customer gives a CSAT of 2: CSAT rests on that one known answer
    second = _to_satisfaction(qtbot, window, "Olena Shevchenko")
    answer_satisfaction(qtbot, second, "yes", "written", 2, 10, 7)
    press(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    assert second.state.csat == 2

    window.show_page("dashboard")
    page = window.dashboard
    page.period.setCurrentIndex(page.period.findData("all"))
    page.refresh()
    qtbot.waitUntil(lambda: not page.is_busy() and page.result is not None, timeout=20_000)
    csat = page.result.tile("csat")
    assert (csat.n, csat.value, csat.unknown) == (1, 0.0, 1)  # 2 is not satisfied; 1 unknown
    assert page.result.tile("nps").unknown == 0
    assert page.result.tile("effort").unknown == 1
    tile = page.tiles["csat"]
    assert tile.value.text() == "0 %"
    assert tile.unknown.isVisible() and tile.unknown.text() == "1 unknown"
    assert "declined to answer or was not asked" in tile.toolTip()
    assert "1 unknown" in tile.accessibleName()
    # the figure is the service's own, from the one definition
    assert compute(window.ws.engine, page.scope(), now=page.result.now).tile("csat").unknown == 1
    assert words.unknown_text(csat) == tile.unknown.text()


def test_category_and_severity_are_required_and_nothing_carries_over(  # noqa: ANN001
        qtbot, window: MainWindow, heard) -> None:
    form = window.desk.form
    assert (form.channel.currentData(), form.category.currentData(),
            form.severity.currentData()) == (None, None, None)
    press(qtbot, Qt.Key.Key_N, CTRL)
    type_text(qtbot, "Emma Clarke")
    qtbot.waitUntil(lambda: form.name_edit.text() == "Emma Clarke", timeout=2000)
    tab_to(qtbot, form.channel)
    choose_in_combo(qtbot, form.channel, "phone")
    tab_to(qtbot, form.words)
    type_text(qtbot, "Charged twice for one order.")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    # refused, naming the fields nobody chose; no case was opened
    assert window.desk._current_panel() is None
    said = heard[-1].text
    assert "Choose the category of the complaint." in said
    assert "Choose the severity of the complaint." in said
    assert "channel" not in said
    tab_to(qtbot, form.category)
    choose_in_combo(qtbot, form.category, "billing_error")
    press(qtbot, Qt.Key.Key_Tab)
    choose_in_combo(qtbot, form.severity, "high")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    panel = window.desk._current_panel()
    assert panel is not None
    assert (panel.state.category, panel.state.severity) == ("billing_error", "high")
    # the next customer starts from nothing: no category, severity or channel carried over
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert focused() is form.search
    assert (form.channel.currentData(), form.category.currentData(),
            form.severity.currentData()) == (None, None, None)
    assert form.name_edit.text() == "" and form.words.toPlainText() == ""
