"""The customer's answers: accepted or not, how, and the playbook's satisfaction questions;
at a follow-up also a note and the way to close a case as not recovered."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
)

from recovery_desk.domain.case import FOLLOW_UP, CaseState
from recovery_desk.domain.playbook import Playbook
from recovery_desk.domain.satisfaction import Answers


class SatisfactionBox(QGroupBox):
    def __init__(self, playbook: Playbook, lang: str) -> None:
        super().__init__(self.tr("Customer's satisfaction"))
        form = QFormLayout(self)
        questions = playbook.satisfaction
        self.accepted_box = QComboBox()
        self.accepted_box.setAccessibleName(self.tr("Accepted the resolution"))
        for key, text in (("yes", self.tr("Yes")), ("partly", self.tr("Partly")),
                          ("no", self.tr("No"))):
            self.accepted_box.addItem(text, key)
        self.how_box = QComboBox()
        self.how_box.setAccessibleName(self.tr("How accepted"))
        self.how_box.addItem(self.tr("Verbally"), "verbal")
        self.how_box.addItem(self.tr("In writing"), "written")
        self.csat_spin = QSpinBox()
        self.csat_spin.setRange(1, 5)
        self.csat_spin.setValue(4)
        self.csat_spin.setAccessibleName(questions.csat.get(lang))
        self.csat_spin.setToolTip(questions.csat.get(lang))
        self.likelihood_spin = QSpinBox()
        self.likelihood_spin.setRange(0, 10)
        self.likelihood_spin.setValue(8)
        self.likelihood_spin.setAccessibleName(questions.likelihood.get(lang))
        self.likelihood_spin.setToolTip(questions.likelihood.get(lang))
        self.ces_box = QComboBox()
        self.ces_box.setAccessibleName(questions.effort_question.get(lang))
        self.ces_box.setToolTip(questions.effort_question.get(lang))
        self.ces_box.addItem(self.tr("not asked"), None)
        for value in range(1, 8):
            self.ces_box.addItem(str(value), value)
        self.follow_note = QLineEdit()
        self.follow_note.setAccessibleName(self.tr("Follow-up note"))
        self.record_button = QPushButton(self.tr("Record answers (Ctrl+Shift+S)"))
        self.unrecovered_button = QPushButton(self.tr("Close as not recovered…"))
        form.addRow(self.tr("Accepted:"), self.accepted_box)
        form.addRow(self.tr("How:"), self.how_box)
        for question, scale, widget in (
                (questions.csat, "1–5", self.csat_spin),
                (questions.likelihood, "0–10", self.likelihood_spin),
                (questions.effort_question, "1–7", self.ces_box)):
            if widget is self.ces_box and not questions.effort:
                continue
            label = QLabel(f"{question.get(lang)} ({scale})")
            label.setWordWrap(True)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.follow_note_label = QLabel(self.tr("Follow-up note:"))
        form.addRow(self.follow_note_label, self.follow_note)
        form.addRow(self.record_button)
        form.addRow(self.unrecovered_button)

    def show_state(self, s: CaseState, satisfying: bool) -> None:
        """``satisfying``: the stage records satisfaction, or a follow-up is due."""
        self.setVisible(satisfying)
        following_up = s.status == FOLLOW_UP
        self.follow_note.setVisible(following_up)
        self.follow_note_label.setVisible(following_up)
        self.unrecovered_button.setVisible(following_up)
        self.record_button.setText(self.tr("Record follow-up (Ctrl+Shift+S)")
                                   if following_up else
                                   self.tr("Record answers (Ctrl+Shift+S)"))

    def answers(self) -> Answers:
        return Answers(accepted=self.accepted_box.currentData(), how=self.how_box.currentData(),
                       csat=self.csat_spin.value(), likelihood=self.likelihood_spin.value(),
                       ces=self.ces_box.currentData())
