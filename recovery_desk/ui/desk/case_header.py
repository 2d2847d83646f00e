"""The top of a case tab: who and what, the clocks, the delivery mode, the regulated
deadlines, the customer's own words, and the row of stages."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.case import ESCALATED, FOLLOW_UP, OPEN, CaseState
from recovery_desk.domain.playbook import Playbook
from recovery_desk.domain.taxonomy import Taxonomy
from recovery_desk.ui.common.labels import status_label
from recovery_desk.ui.common.plurals import plurals

# the stage clock turns amber at this share of the playbook's suggested time, red over it
NEAR_SHARE = 0.8


def _clock(seconds: float) -> str:
    """mm:ss, h:mm:ss, and from a day on "3 days 04:12" (a follow-up opened weeks later)."""
    seconds = max(0, int(seconds))
    days, seconds = divmod(seconds, 86400)
    hours, rest = divmod(seconds, 3600)
    if days:
        return plurals().days(days) + f" {hours:02d}:{rest // 60:02d}"
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else \
        f"{rest // 60:02d}:{rest % 60:02d}"


def pace(seconds: float, suggested_minutes: float | None) -> str:
    """"ok", "near" (amber) or "over" (red) against the stage's suggested time."""
    if not suggested_minutes or suggested_minutes <= 0:
        return "ok"
    share = seconds / (suggested_minutes * 60)
    return "over" if share > 1 else "near" if share >= NEAR_SHARE else "ok"


class StageStepper(QWidget):
    """A row of stage names: done ✓, current highlighted, the rest greyed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.labels: list[QLabel] = []
        self.setAccessibleName(self.tr("Stages"))

    def show_state(self, playbook: Playbook, state: CaseState, lang: str) -> None:
        if len(self.labels) != len(playbook.stages):
            for label in self.labels:
                label.hide()
                self.row.removeWidget(label)
                label.deleteLater()
            self.labels = []
            for _stage in playbook.stages:
                label = QLabel()
                label.setWordWrap(True)
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.row.addWidget(label, 1)
                self.labels.append(label)
        for position, (stage, label) in enumerate(zip(playbook.stages, self.labels,
                                                      strict=True)):
            done = stage.id in state.stages_completed
            current = stage.id == state.stage
            mark = "✓ " if done and not current else ""
            label.setText(f"{position + 1}. {mark}{stage.title.get(lang)}")
            name = "stageCurrent" if current else "stageDone" if done else "stagePending"
            if label.objectName() != name:
                label.setObjectName(name)
                label.style().unpolish(label)
                label.style().polish(label)
            label.setAccessibleName(f"{stage.title.get(lang)}: " + (
                self.tr("current") if current else self.tr("done") if done else
                self.tr("to do")))


class CaseHeader(QWidget):
    """Drawn from the case state; the mode box reports the agent's choice, nothing more."""

    mode_chosen = Signal(str)  # "natural" or "scripted"
    correct_contact = Signal()  # "Correct contact details…" was pressed

    def __init__(self, playbook: Playbook, taxonomy: Taxonomy, lang: str,
                 clocks: QWidget) -> None:
        """``clocks``: the regulated clocks' strip, shown under the title line."""
        super().__init__()
        self.playbook, self.taxonomy, self.lang = playbook, taxonomy, lang
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        self.title.setWordWrap(True)
        header.addWidget(self.title, 1)
        self.timers = QLabel()
        self.timers.setObjectName("caseTimers")
        self.timers.setAccessibleName(self.tr("Time in stage and in case"))
        header.addWidget(self.timers)
        self.mode_box = QComboBox()
        self.mode_box.setAccessibleName(self.tr("Delivery mode for this case"))
        self.mode_box.addItem(self.tr("Natural (own words)"), "natural")
        self.mode_box.addItem(self.tr("Scripted (read lines)"), "scripted")
        self.mode_box.activated.connect(lambda _i: self.mode_chosen.emit(
            self.mode_box.currentData()))
        header.addWidget(self.mode_box)
        self.contact_button = QPushButton(self.tr("Correct contact details…"))
        self.contact_button.setAccessibleName(self.tr("Correct the customer's contact details"))
        self.contact_button.clicked.connect(self.correct_contact.emit)
        # reached by its key (Ctrl+Shift+K, in F1 and its tooltip), not by Tab: the Tab
        # cycle stays on the stage's work, as the keyboard-only recovery counts it
        self.contact_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        header.addWidget(self.contact_button)
        column.addLayout(header)
        column.addWidget(clocks)
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setObjectName("customerWordsQuote")
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.words)
        self.stepper = StageStepper()
        column.addWidget(self.stepper)

    def show_state(self, s: CaseState) -> None:
        lang = self.lang
        customer = s.customer.get("name") or self.tr("(no name)")
        category = self.taxonomy.label("categories", s.category, lang)
        channel = self.taxonomy.label("channels", s.channel, lang)
        status = {OPEN: self.tr("in progress"), ESCALATED: self.tr("waiting for a supervisor"),
                  FOLLOW_UP: self.tr("waiting for a follow-up")}.get(
            s.status, status_label(s.status))
        self.title.setText(f"<b>{html.escape(s.ref)}</b> · {html.escape(customer)} · "
                           f"{html.escape(category)} · {html.escape(channel)} · "
                           f"<i>{html.escape(status)}</i>")
        wants = self.tr("Wants:")
        self.words.setText("“" + html.escape(s.words) + "”" + (
            f"<br><small>{html.escape(wants)} {html.escape(s.remedy)}</small>"
            if s.remedy else ""))
        self.mode_box.setCurrentIndex(max(0, self.mode_box.findData(s.mode)))
        self.stepper.show_state(self.playbook, s, lang)
        self.tick(s)

    def tick(self, s: CaseState) -> None:
        """The clocks: time in this stage (against the suggested minutes) and in the case."""
        now = datetime.now(UTC)
        total = ((s.closed_at or now) - s.opened_at).total_seconds() if s.opened_at else 0
        stage = (now - s.stage_entered_at).total_seconds() if (
            s.stage_entered_at and s.stage) else 0
        suggested, state = "", "ok"
        if s.stage and s.status in (OPEN, ESCALATED):
            minutes = self.playbook.stage(s.stage).suggested_minutes
            suggested = " / ~" + self.tr("%1 min").replace("%1", f"{minutes:g}")
            state = pace(stage, minutes)
        if self.timers.property("pace") != state:
            self.timers.setProperty("pace", state)
            self.timers.style().unpolish(self.timers)
            self.timers.style().polish(self.timers)
        self.timers.setText(self.tr("Stage %1 · Case %2").replace(
            "%1", _clock(stage) + suggested).replace("%2", _clock(total)))
