"""The Desk header's regulated clocks: each deadline with its state, and a warning in time.

Read from the case's events through ``services/regulated/clocks.views`` (the one definition
of met and breached); redrawn when the case changes and every 30 seconds, so a warning
appears before the deadline even when nobody touches the case.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from recovery_desk.domain.case import CaseState
from recovery_desk.domain.clocks import status as st
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.regulated import clock_actions
from recovery_desk.services.regulated.clocks import pack_of, views
from recovery_desk.ui.common.clock_texts import clock_name, letter_name, status_name, time_left
from recovery_desk.ui.common.formatting import date_time

_LOUD = (st.BREACHED, st.DUE_SOON)


class ClockStrip(QWidget):
    """Chips for each clock, a warning line, and the letter and pause buttons."""

    def __init__(self, run: Callable[[Callable[[], CaseState]], bool],
                 open_letter: Callable[[str | None], None],
                 now: Callable[[], datetime] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("clockStrip")
        self._run = run
        self._open_letter = open_letter
        self._now = now or (lambda: datetime.now(UTC))
        self.state: CaseState | None = None
        self.service: CaseService | None = None  # set by the panel (for pause/resume)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.chips = QLabel()
        self.chips.setObjectName("clockChips")
        self.chips.setWordWrap(True)
        self.chips.setAccessibleName(self.tr("Regulated clocks"))
        row.addWidget(self.chips, 1)
        self.letter_button = QPushButton(self.tr("&Letter…"))
        self.letter_button.setToolTip(self.tr("Preview, edit and send a letter or reply"))
        self.letter_button.clicked.connect(lambda: self._open_letter(self._suggested()))
        row.addWidget(self.letter_button)
        self.pause_button = QPushButton()
        self.pause_button.clicked.connect(self._pause_or_resume)
        row.addWidget(self.pause_button)
        root.addLayout(row)
        self.warning = QLabel()
        self.warning.setObjectName("clockWarning")
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Deadline warning"))
        self.warning.hide()
        root.addWidget(self.warning)
        self.timer = QTimer(self)
        self.timer.setInterval(30_000)
        self.timer.timeout.connect(self.redraw)
        self.timer.start()
        self.hide()

    def show_state(self, state: CaseState) -> None:
        self.state = state
        self.redraw()

    def _suggested(self) -> str | None:
        """The letter the next open clock waits for (what the agent should send next)."""
        if self.state is None:
            return None
        upcoming = st.next_due(views(self.state, self._now()))
        return upcoming.letter if upcoming is not None else None

    def redraw(self) -> None:
        state = self.state
        clocks = views(state, self._now()) if state is not None else []
        self.setVisible(bool(clocks))
        if not clocks or state is None:
            return
        now = self._now()
        pack = pack_of(state)
        lang = state.language
        labels = {c.id: c.label.get(lang) if c.label else None
                  for c in (pack.clocks if pack else ())}
        parts = []
        for view in clocks:
            colour = {st.BREACHED: "#b00020", st.DUE_SOON: "#8a4b00", st.MET: "#1d5f2c",
                      st.MET_LATE: "#8a4b00", st.PAUSED: "#5b6270"}.get(view.status, "#223")
            when = date_time(view.met_at if view.met_at else view.due)
            parts.append(f"<span style='color:{colour}'><b>"
                         f"{html.escape(clock_name(view.id, labels.get(view.id)))}</b> "
                         f"{html.escape(when)} · {html.escape(status_name(view.status))}"
                         "</span>")
        self.chips.setText("&nbsp;&nbsp;|&nbsp;&nbsp;".join(parts))
        self._draw_warning(clocks, labels, now)
        paused = any(c.paused_at for c in state.regulated.clocks.values())
        pausable = any(c.pausable for c in state.regulated.clocks.values())
        self.pause_button.setVisible(pausable and state.is_active)
        self.pause_button.setText(self.tr("Resume clock") if paused
                                  else self.tr("Pause clock (waiting on customer)"))

    def _draw_warning(self, clocks: list[st.ClockView], labels: dict[str, str | None],
                      now: datetime) -> None:
        loud = sorted((v for v in clocks if v.status in _LOUD), key=lambda v: v.due)
        if not loud:
            self.warning.hide()
            return
        first = loud[0]
        name = clock_name(first.id, labels.get(first.id))
        if first.status == st.BREACHED:
            text = self.tr("%1 is overdue (%2). Send it now and tell your supervisor.")
        else:
            text = self.tr("%1 due %2 (%3).")
        text = text.replace("%1", name).replace("%2", date_time(first.due)).replace(
            "%3", time_left(first.due, now))
        if first.letter:
            text += " " + self.tr("Send: %1.").replace("%1", letter_name(first.letter))
        self.warning.setText(text)
        self.warning.setProperty("breached", first.status == st.BREACHED)
        self.warning.show()

    def _pause_or_resume(self) -> None:
        state, service = self.state, self.service
        if state is None or service is None:
            return
        if any(c.paused_at for c in state.regulated.clocks.values()):
            self._run(lambda: clock_actions.resume(service, state.case_id))
            return
        from PySide6.QtWidgets import QInputDialog

        reason, ok = QInputDialog.getText(self, self.tr("Pause the clock"),
                                          self.tr("What is the case waiting for?"))
        if ok and reason.strip():
            self._run(lambda: clock_actions.pause(service, state.case_id, reason))
