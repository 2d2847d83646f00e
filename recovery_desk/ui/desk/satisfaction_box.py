"""The customer's answers: accepted or not, how, and the playbook's satisfaction questions;
at a follow-up also the earlier answers (for reference), a note and the way to close a
case as not recovered.

Every answer starts unset ("— choose —"): what is recorded is what the agent chose. Each
score also offers "customer declined to answer" and "not asked", recorded as unknown.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
)

from recovery_desk.domain.case import FOLLOW_UP, CaseState
from recovery_desk.domain.playbook import Playbook
from recovery_desk.domain.satisfaction import (
    CES_RANGE,
    CSAT_RANGE,
    DECLINED,
    LIKELIHOOD_RANGE,
    NOT_ASKED,
    Answers,
)


class SatisfactionBox(QGroupBox):
    def __init__(self, playbook: Playbook, lang: str) -> None:
        super().__init__(self.tr("Customer's satisfaction"))
        form = QFormLayout(self)
        questions = playbook.satisfaction
        self.effort_asked = questions.effort
        self.previous = QLabel()
        self.previous.setObjectName("previousAnswers")
        self.previous.setWordWrap(True)
        self.previous.setAccessibleName(self.tr("Answers at the last contact"))
        form.addRow(self.previous)
        self.accepted_box = self._choices(self.tr("Accepted the resolution"), [
            ("yes", self.tr("Yes")), ("partly", self.tr("Partly")), ("no", self.tr("No"))])
        self.how_box = self._choices(self.tr("How accepted"), [
            ("verbal", self.tr("Verbally")), ("written", self.tr("In writing"))])
        self.csat_box = self._scale(questions.csat.get(lang), CSAT_RANGE)
        self.likelihood_box = self._scale(questions.likelihood.get(lang), LIKELIHOOD_RANGE)
        self.ces_box = self._scale(questions.effort_question.get(lang), CES_RANGE)
        self.follow_note = QLineEdit()
        self.follow_note.setAccessibleName(self.tr("Follow-up note"))
        self.record_button = QPushButton(self.tr("Record answers (Ctrl+Shift+S)"))
        self.unrecovered_button = QPushButton(self.tr("Close as not recovered…"))
        form.addRow(self.tr("Accepted:"), self.accepted_box)
        form.addRow(self.tr("How:"), self.how_box)
        for question, (low, high), widget in (
                (questions.csat, CSAT_RANGE, self.csat_box),
                (questions.likelihood, LIKELIHOOD_RANGE, self.likelihood_box),
                (questions.effort_question, CES_RANGE, self.ces_box)):
            if widget is self.ces_box and not questions.effort:
                widget.hide()
                continue
            # the question as asked, over its answer: long questions keep the full width
            label = QLabel(f"{question.get(lang)} ({low}–{high})")
            label.setWordWrap(True)
            label.setBuddy(widget)
            form.addRow(label)
            form.addRow(widget)
        self.follow_note_label = QLabel(self.tr("Follow-up note:"))
        form.addRow(self.follow_note_label, self.follow_note)
        form.addRow(self.record_button)
        form.addRow(self.unrecovered_button)

    def _choices(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        box.addItem(self.tr("— choose —"), None)
        for key, text in items:
            box.addItem(text, key)
        return box

    def _scale(self, question: str, bounds: tuple[int, int]) -> QComboBox:
        """Unset, the scale's numbers, then the two ways a score stays unknown."""
        box = QComboBox()
        box.setAccessibleName(question)
        box.setToolTip(question)
        box.addItem(self.tr("— choose —"), None)
        for value in range(bounds[0], bounds[1] + 1):
            box.addItem(str(value), value)
        box.addItem(self.tr("Customer declined to answer"), DECLINED)
        box.addItem(self.tr("Not asked"), NOT_ASKED)
        return box

    def boxes(self) -> list[QComboBox]:
        """The answers, in the order they are asked."""
        found = [self.accepted_box, self.how_box, self.csat_box, self.likelihood_box]
        return found + [self.ces_box] if self.effort_asked else found

    def clear(self) -> None:
        """Back to unset: the next contact's answers are asked again, never carried over."""
        for box in (self.accepted_box, self.how_box, self.csat_box, self.likelihood_box,
                    self.ces_box):
            box.setCurrentIndex(0)

    def show_state(self, s: CaseState, satisfying: bool) -> None:
        """``satisfying``: the stage records satisfaction, or a follow-up is due."""
        self.setVisible(satisfying)
        following_up = s.status == FOLLOW_UP
        self.follow_note.setVisible(following_up)
        self.follow_note_label.setVisible(following_up)
        self.unrecovered_button.setVisible(following_up)
        earlier = s.satisfaction_count > 0
        self.previous.setVisible(earlier)
        self.previous.setText(self.previous_text(s, following_up) if earlier else "")
        self.record_button.setText(self.tr("Record follow-up (Ctrl+Shift+S)")
                                   if following_up else
                                   self.tr("Record answers (Ctrl+Shift+S)"))

    def _shown(self, box: QComboBox, data: object) -> str:
        index = box.findData(data)
        return box.itemText(index) if index > 0 else "–"

    def _score_text(self, box: QComboBox, value: int | None, reason: str | None,
                    high: int) -> str:
        if value is not None:
            return f"{value}/{high}"
        return self._shown(box, reason)

    def previous_text(self, s: CaseState, following_up: bool = True) -> str:
        """The answers of the last contact, to compare with: a label, never a default
        (``following_up``: asked at an earlier contact, else just recorded)."""
        why = s.unknown_answers
        parts = [
            self.tr("Accepted: %1").replace("%1", self._shown(self.accepted_box, s.accepted)),
            self.tr("CSAT %1").replace("%1", self._score_text(
                self.csat_box, s.csat, why.get("csat"), CSAT_RANGE[1])),
            self.tr("recommend %1").replace("%1", self._score_text(
                self.likelihood_box, s.likelihood, why.get("likelihood"),
                LIKELIHOOD_RANGE[1])),
        ]
        if self.effort_asked:
            parts.append(self.tr("effort %1").replace("%1", self._score_text(
                self.ces_box, s.ces, why.get("ces"), CES_RANGE[1])))
        template = self.tr("Last time: %1") if following_up else self.tr("Recorded: %1")
        return template.replace("%1", " · ".join(parts))

    def answers(self) -> Answers:
        """What is chosen on screen; unset stays None, for the flow to refuse."""
        values: dict[str, int | None] = {}
        unknown: dict[str, str] = {}
        for scale, box in (("csat", self.csat_box), ("likelihood", self.likelihood_box),
                           ("ces", self.ces_box)):
            data = box.currentData()
            values[scale] = data if isinstance(data, int) else None
            if isinstance(data, str):
                unknown[scale] = data
        if not self.effort_asked:
            values["ces"] = None
            unknown.pop("ces", None)
        return Answers(accepted=self.accepted_box.currentData(),
                       how=self.how_box.currentData(), csat=values["csat"],
                       likelihood=values["likelihood"], ces=values["ces"], unknown=unknown)
