"""The Desk under a rule pack, in a real window: clocks in the header, a warning before the
deadline, the letter preview that meets the clock when the letter is recorded as sent."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.regulated.clocks import views
from recovery_desk.ui.desk.letter_preview import LetterPreview
from recovery_desk.ui.main_window import MainWindow
from tests.conftest import StepClock
from tests.regulated.helpers import received_at, under_pack

LONDON = ZoneInfo("Europe/London")


def _panel(window: MainWindow, at: datetime):  # noqa: ANN202
    ws = window.ws
    under_pack(ws, "fca-disp")
    clock = StepClock()
    service = CaseService(ws, clock=clock)
    state = received_at(service, clock, at)
    panel = window.desk.show_case(state)
    return panel, clock


def test_breach_warning_appears_on_the_desk_before_the_deadline(qtbot, window: MainWindow  # noqa: ANN001
                                                                ) -> None:
    moment = {"now": datetime(2026, 12, 23, 10, 5, tzinfo=LONDON)}
    panel, _ = _panel(window, datetime(2026, 12, 23, 10, 0, tzinfo=LONDON))
    strip = panel.clock_strip
    strip._now = lambda: moment["now"]
    strip.redraw()
    assert strip.isVisible()
    assert "Final response" in strip.chips.text() and "running" in strip.chips.text()
    assert not strip.warning.isVisible()
    # 29 December, 10:00: the acknowledgement is due on the 30th at 17:00 (48 h lead time)
    moment["now"] = datetime(2026, 12, 29, 10, 0, tzinfo=LONDON)
    strip.timer.setInterval(20)  # the 30-second refresh, sped up: nobody touches the case
    qtbot.waitUntil(strip.warning.isVisible, timeout=3000)
    assert "Acknowledgement due" in strip.warning.text()
    assert "1 d 7 h left" in strip.warning.text()
    assert "Send: Acknowledgement" in strip.warning.text()
    moment["now"] = datetime(2026, 12, 31, 9, 0, tzinfo=LONDON)
    qtbot.waitUntil(lambda: "overdue" in strip.warning.text(), timeout=3000)
    assert strip.warning.property("breached") is True


def test_letter_preview_edits_and_sends_and_the_clock_is_met(qtbot, window: MainWindow  # noqa: ANN001
                                                             ) -> None:
    panel, clock = _panel(window, datetime(2026, 12, 23, 10, 0, tzinfo=LONDON))
    clock.now = datetime(2026, 12, 23, 11, 0, tzinfo=LONDON)
    service = CaseService(window.ws, clock=clock)
    sent = []

    def run(action):  # noqa: ANN001, ANN202
        sent.append(action())
        return True

    dialog = LetterPreview(service, panel.state, "final-response", run,
                           now=lambda: clock.now, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.outcome_box.isVisible()
    assert not dialog.send_button.isEnabled()  # no decision chosen yet
    dialog.outcome_box.setCurrentIndex(dialog.outcome_box.findData("rejected"))
    assert panel.state.ref in dialog.body.toPlainText()
    assert "www.financial-ombudsman.org.uk" in dialog.body.toPlainText()
    assert not dialog.send_button.isEnabled()  # the reasons are still to be written
    assert "[[" in dialog.gaps.text() or "Write the parts" in dialog.gaps.text()
    dialog.body.setPlainText(re.sub(r"\[\[[^\]]*\]\]", "the fee is in the signed terms",
                                    dialog.body.toPlainText()))
    assert dialog.send_button.isEnabled()
    dialog.send_button.click()
    [state] = sent
    clocks = {v.id: v for v in views(state, clock.now)}
    assert clocks["final_response"].status == "met"
    assert state.regulated.letters[-1].kind == "final-response"
