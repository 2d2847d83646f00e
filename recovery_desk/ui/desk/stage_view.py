"""The stage in front of the agent: what to say, the checklist, the fields to capture.

Each part draws itself from the case state and reports what the agent did (an item
ticked, a field captured) as a signal; the case panel records it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
)

from recovery_desk.domain.case import FOLLOW_UP, CaseState
from recovery_desk.domain.playbook import Playbook, Stage
from recovery_desk.ui.common.formatting import date_text, date_time, money
from recovery_desk.ui.common.guidance import natural_html, scripted_html
from recovery_desk.ui.desk.wrap_up import summary_html


def case_values(s: CaseState, playbook: Playbook | None, lang: str) -> dict[str, str]:
    """The merge-field values this case has so far; a missing one stays out (shown as
    ``[field]``), never guessed."""
    resolution = playbook.resolution(s.resolution) if playbook and s.resolution else None
    values = {
        "customer": str(s.customer.get("name") or ""),
        "reference": s.ref,
        "resolution": resolution.label.get(lang) if resolution else "",
        "amount": money(s.redress_amount, s.currency) if s.redress_amount is not None else "",
        "deadline": date_text(s.deadline) if s.deadline else "",
        "agent": s.agent,
    }
    return {key: value for key, value in values.items() if value}


class Guidance(QTextBrowser):
    """What to say in this stage, in the case's delivery mode (or what is left to do)."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("What to say"))
        self.setMinimumWidth(320)
        self.setTabChangesFocus(True)
        # a caret the arrow keys move, so a line can be chosen to put into the note
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)

    def current_line(self) -> str:
        """The selected words, else the whole line (paragraph or list item) at the caret,
        without the quotation marks a scripted line is shown in."""
        cursor = self.textCursor()
        text = cursor.selectedText() if cursor.hasSelection() else cursor.block().text()
        return text.replace("\u2029", " ").strip().strip("“”„\"«»").strip()

    def show_stage(self, stage: Stage | None, s: CaseState, lang: str,
                   playbook: Playbook | None = None) -> None:
        if stage is not None:
            values = case_values(s, playbook, lang)
            if s.mode == "scripted":
                self.setHtml(scripted_html(stage, lang, values) +
                             f"<p><i>{html.escape(stage.goal.get(lang))}</i></p>")
            else:
                self.setHtml(natural_html(stage, lang, {
                    "key_points": self.tr("Key points"), "do": self.tr("Do"),
                    "dont": self.tr("Don't"), "examples": self.tr("You could say")}, values,
                    s.category))
        elif s.status == FOLLOW_UP:
            due = date_time(s.follow_up_due) if s.follow_up_due else "—"
            self.setHtml("<h3>" + html.escape(self.tr("Follow-up")) + "</h3><p>" +
                         html.escape(self.tr(
                             "Call or write to the customer, ask whether the problem is "
                             "fully solved now, and record their answers. Due: %1")
                             .replace("%1", due)) + "</p>" +
                         (summary_html(s, playbook, lang) if playbook else ""))
        elif playbook is not None:
            self.setHtml(summary_html(s, playbook, lang))
        else:
            self.setHtml("<h3>" + html.escape(self.tr("This case is closed.")) + "</h3>")


class ChecklistBox(QGroupBox):
    """One check box per item of the stage; rebuilt only when the stage changes."""

    ticked = Signal(str, bool)  # item id, done

    def __init__(self, lang: str) -> None:
        super().__init__(self.tr("Checklist"))
        self.lang = lang
        self.checklist_layout = QVBoxLayout(self)
        self._boxes: list[QCheckBox] = []
        self._drawn_stage: str | None = "-"

    def show_stage(self, stage: Stage | None, s: CaseState) -> None:
        stage_id = stage.id if stage else None
        if stage_id == self._drawn_stage and stage is not None:
            done = s.checked(stage.id)
            for box, item in zip(self._boxes, stage.checklist, strict=True):
                box.blockSignals(True)
                box.setChecked(item.id in done)
                box.blockSignals(False)
            return
        self._drawn_stage = stage_id
        _clear(self.checklist_layout)
        self._boxes = []
        self.setVisible(bool(stage and stage.checklist))
        if not stage:
            return
        done = s.checked(stage.id)
        for item in stage.checklist:
            box = QCheckBox(item.label.get(self.lang) + (" *" if item.required else ""))
            box.setChecked(item.id in done)
            box.setAccessibleName(item.label.get(self.lang))
            box.toggled.connect(lambda on, i=item.id: self.ticked.emit(i, on))
            self.checklist_layout.addWidget(box)
            self._boxes.append(box)
            box.show()  # now, not at the next layout pass, so focus can move to it

    def boxes(self) -> list[QCheckBox]:
        """The check boxes on screen, in order."""
        return list(self._boxes)


class FieldsBox(QGroupBox):
    """The stage's fields. A text field is captured when the cursor leaves it; what is
    still being typed is ``typed()``, recorded with the advance."""

    captured = Signal(str, str)  # field id, value

    def __init__(self, lang: str) -> None:
        super().__init__(self.tr("Capture"))
        self.lang = lang
        self.fields_layout = QFormLayout(self)
        self._drawn_stage: str | None = "-"
        self._stage: Stage | None = None

    def show_stage(self, stage: Stage | None, s: CaseState) -> None:
        stage_id = stage.id if stage else None
        if stage_id == self._drawn_stage:
            return
        self._drawn_stage, self._stage = stage_id, stage
        while self.fields_layout.rowCount():
            self.fields_layout.removeRow(0)
        self.setVisible(bool(stage and stage.fields))
        if not stage:
            return
        for spec in stage.fields:
            value = s.fields.get(spec.id, "")
            widget: QComboBox | QLineEdit
            if spec.kind == "choice":
                widget = QComboBox()
                widget.addItem("—", "")
                for choice in spec.choices:
                    widget.addItem(choice, choice)
                widget.setCurrentIndex(max(0, widget.findData(value)))
                widget.activated.connect(
                    lambda _i, w=widget, f=spec.id: self.captured.emit(f, w.currentData() or ""))
            else:
                widget = QLineEdit(value)
                widget.editingFinished.connect(
                    lambda w=widget, f=spec.id: self.captured.emit(f, w.text()))
            widget.setAccessibleName(spec.label.get(self.lang))
            self.fields_layout.addRow(spec.label.get(self.lang) + (" *" if spec.required else ""),
                                      widget)
            widget.show()

    def typed(self, s: CaseState) -> dict[str, str]:
        """Text fields whose text differs from the record (the cursor has not left them)."""
        if self._stage is None or self._stage.id != s.stage:
            return {}
        typed: dict[str, str] = {}
        for row, spec in enumerate(self._stage.fields):
            item = self.fields_layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item else None
            if isinstance(widget, QLineEdit) and \
                    widget.text().strip() != s.fields.get(spec.id, ""):
                typed[spec.id] = widget.text()
        return typed


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()
