"""One open case: stage stepper, guidance by mode, checklist, fields, resolve, satisfaction.

The panel never changes the case itself: it calls ``CaseService`` and redraws from the
state that comes back, so what is on screen is always what is in the log.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.core import messages
from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.core.paths import resources_dir
from recovery_desk.domain import flow
from recovery_desk.domain.case import ESCALATED, FOLLOW_UP, OPEN, CaseState
from recovery_desk.domain.coaching import Coach
from recovery_desk.domain.flow import FlowError
from recovery_desk.domain.playbook import Playbook
from recovery_desk.domain.satisfaction import Answers
from recovery_desk.services.access.permissions import PermissionDenied
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.ui.common.flow_texts import error_text, flow_message, sentence
from recovery_desk.ui.common.formatting import date_time, money
from recovery_desk.ui.common.labels import status_label
from recovery_desk.ui.desk.clock_strip import ClockStrip
from recovery_desk.ui.training.page import natural_html, scripted_html


def coach_for(workspace) -> Coach:  # noqa: ANN001
    """One coach (word lists loaded once) per workspace."""
    coach = workspace.extra.get("coach")
    if coach is None:
        coach = workspace.extra["coach"] = Coach(resources_dir() / "coaching")
    return coach


def _clock(seconds: float) -> str:
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else \
        f"{rest // 60:02d}:{rest % 60:02d}"


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


class CasePanel(QWidget):
    changed = Signal(object)  # CaseState after every recorded action
    park_requested = Signal(str)

    def __init__(self, service: CaseService, state: CaseState, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.ws = service.ws
        self.state = state
        self.playbook = service.playbook_for(state)
        self.lang = self.ws.settings.language
        self._note_dirty = False
        self._drawn_stage: str | None = "-"
        self._fields_drawn = False

        root = QVBoxLayout(self)
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
        self.mode_box.activated.connect(self._mode_chosen)
        header.addWidget(self.mode_box)
        root.addLayout(header)
        self.clock_strip = ClockStrip(self._run, self.open_letter)
        self.clock_strip.service = service
        root.addWidget(self.clock_strip)
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setObjectName("customerWordsQuote")
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        root.addWidget(self.words)
        self.stepper = StageStepper()
        root.addWidget(self.stepper)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.body = QHBoxLayout(body)
        scroll.setWidget(body)
        root.addWidget(scroll, 1)

        guide_column = QVBoxLayout()
        self.guidance = QTextBrowser()
        self.guidance.setAccessibleName(self.tr("What to say"))
        self.guidance.setMinimumWidth(320)
        self.guidance.setTabChangesFocus(True)
        guide_column.addWidget(self.guidance)
        self.body.addLayout(guide_column, 3)

        work = QVBoxLayout()
        self.body.addLayout(work, 2)
        self.checklist_box = QGroupBox(self.tr("Checklist"))
        self.checklist_layout = QVBoxLayout(self.checklist_box)
        work.addWidget(self.checklist_box)
        self.fields_box = QGroupBox(self.tr("Capture"))
        self.fields_layout = QFormLayout(self.fields_box)
        work.addWidget(self.fields_box)
        self._build_resolve(work)
        self._build_satisfaction(work)
        notes_box = QGroupBox(self.tr("Notes"))
        notes_layout = QVBoxLayout(notes_box)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("Type a note; it is kept even if the PC "
                                                  "crashes. Ctrl+Shift+Enter adds it."))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(90)
        self.note_edit.textChanged.connect(self._note_changed)
        notes_layout.addWidget(self.note_edit)
        self.coaching = QLabel()
        self.coaching.setObjectName("coaching")
        self.coaching.setWordWrap(True)
        self.coaching.setAccessibleName(self.tr("Language hint"))
        self.coaching.hide()
        notes_layout.addWidget(self.coaching)
        self.add_note_button = QPushButton(self.tr("Add note"))
        self.add_note_button.clicked.connect(self.add_note)
        notes_layout.addWidget(self.add_note_button, 0, Qt.AlignmentFlag.AlignRight)
        work.addWidget(notes_box)
        work.addStretch(1)

        self.blockers = QLabel()
        self.blockers.setObjectName("blockers")
        self.blockers.setWordWrap(True)
        root.addWidget(self.blockers)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("◀ Back (Shift+F8)"))
        self.back_button.clicked.connect(self.back)
        self.skip_button = QPushButton(self.tr("Skip… (F6)"))
        self.skip_button.clicked.connect(self.skip)
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.park_button = QPushButton(self.tr("Park (Ctrl+W)"))
        self.park_button.setToolTip(self.tr("Keep the case open and serve the next customer."))
        self.park_button.clicked.connect(lambda: self.park_requested.emit(self.state.case_id))
        self.next_button = QPushButton(self.tr("Complete stage ▶ (F8)"))
        self.next_button.setObjectName("nextStage")
        self.next_button.clicked.connect(self.advance)
        for button in (self.back_button, self.skip_button, self.withdraw_button,
                       self.park_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        root.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(1000)
        self.redraw()

    # -- building blocks -----------------------------------------------------------------

    def _build_resolve(self, work: QVBoxLayout) -> None:
        self.resolve_box = QGroupBox(self.tr("Resolution"))
        form = QFormLayout(self.resolve_box)
        self.resolution_box = QComboBox()
        self.resolution_box.setAccessibleName(self.tr("Resolution"))
        for res in self.playbook.resolutions:
            self.resolution_box.addItem(res.label.get(self.lang), res.id)
        self.resolution_box.currentIndexChanged.connect(self._resolution_kind_changed)
        self.amount_edit = QLineEdit()
        self.amount_edit.setAccessibleName(self.tr("Amount"))
        self.amount_edit.setPlaceholderText("0.00")
        self.currency_box = QComboBox()
        self.currency_box.setAccessibleName(self.tr("Currency"))
        for currency in self.ws.taxonomy.currencies:
            self.currency_box.addItem(currency, currency)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount_edit, 1)
        amount_row.addWidget(self.currency_box)
        self.deadline_edit = QDateEdit()
        self.deadline_edit.setAccessibleName(self.tr("Promised deadline"))
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDisplayFormat("yyyy-MM-dd")
        self.deadline_edit.setDate(QDate.currentDate().addDays(3))
        self.offer_button = QPushButton(self.tr("Offer (Ctrl+Shift+O)"))
        self.offer_button.clicked.connect(self.offer)
        self.escalation_label = QLabel()
        self.escalation_label.setWordWrap(True)
        self.approve_button = QPushButton(self.tr("Supervisor approves here (Ctrl+Shift+A)"))
        self.approve_button.clicked.connect(self.approve_here)
        form.addRow(self.tr("Resolution:"), self.resolution_box)
        form.addRow(self.tr("Amount:"), amount_row)
        form.addRow(self.tr("Deadline:"), self.deadline_edit)
        form.addRow(self.offer_button)
        form.addRow(self.escalation_label)
        form.addRow(self.approve_button)
        work.addWidget(self.resolve_box)
        self._resolution_kind_changed()

    def _build_satisfaction(self, work: QVBoxLayout) -> None:
        self.satisfaction_box = QGroupBox(self.tr("Customer's satisfaction"))
        form = QFormLayout(self.satisfaction_box)
        questions = self.playbook.satisfaction
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
        self.csat_spin.setAccessibleName(questions.csat.get(self.lang))
        self.csat_spin.setToolTip(questions.csat.get(self.lang))
        self.likelihood_spin = QSpinBox()
        self.likelihood_spin.setRange(0, 10)
        self.likelihood_spin.setValue(8)
        self.likelihood_spin.setAccessibleName(questions.likelihood.get(self.lang))
        self.likelihood_spin.setToolTip(questions.likelihood.get(self.lang))
        self.ces_box = QComboBox()
        self.ces_box.setAccessibleName(questions.effort_question.get(self.lang))
        self.ces_box.setToolTip(questions.effort_question.get(self.lang))
        self.ces_box.addItem(self.tr("not asked"), None)
        for value in range(1, 8):
            self.ces_box.addItem(str(value), value)
        self.follow_note = QLineEdit()
        self.follow_note.setAccessibleName(self.tr("Follow-up note"))
        self.follow_note.textEdited.connect(self.coach)
        self.record_button = QPushButton(self.tr("Record answers (Ctrl+Shift+S)"))
        self.record_button.clicked.connect(self.record_satisfaction)
        self.unrecovered_button = QPushButton(self.tr("Close as not recovered…"))
        self.unrecovered_button.clicked.connect(self.close_unrecovered)
        form.addRow(self.tr("Accepted:"), self.accepted_box)
        form.addRow(self.tr("How:"), self.how_box)
        for question, scale, widget in (
                (questions.csat, "1–5", self.csat_spin),
                (questions.likelihood, "0–10", self.likelihood_spin),
                (questions.effort_question, "1–7", self.ces_box)):
            if widget is self.ces_box and not questions.effort:
                continue
            label = QLabel(f"{question.get(self.lang)} ({scale})")
            label.setWordWrap(True)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.follow_note_label = QLabel(self.tr("Follow-up note:"))
        form.addRow(self.follow_note_label, self.follow_note)
        form.addRow(self.record_button)
        form.addRow(self.unrecovered_button)
        work.addWidget(self.satisfaction_box)

    def _resolution_kind_changed(self) -> None:
        spec = self.playbook.resolution(self.resolution_box.currentData() or "")
        needs_amount = bool(spec and spec.amount)
        self.amount_edit.setEnabled(needs_amount)
        self.currency_box.setEnabled(needs_amount)
        self.deadline_edit.setEnabled(bool(spec and spec.deadline))

    # -- drawing --------------------------------------------------------------------------

    def redraw(self) -> None:
        s, lang = self.state, self.lang
        customer = s.customer.get("name") or self.tr("(no name)")
        category = self.ws.taxonomy.label("categories", s.category, lang)
        channel = self.ws.taxonomy.label("channels", s.channel, lang)
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
        self.clock_strip.show_state(s)
        in_flow = s.status in (OPEN, ESCALATED) and s.stage is not None
        stage = self.playbook.stage(s.stage) if in_flow and s.stage else None
        if stage is not None:
            if s.mode == "scripted":
                self.guidance.setHtml(scripted_html(stage, lang) +
                                      f"<p><i>{html.escape(stage.goal.get(lang))}</i></p>")
            else:
                self.guidance.setHtml(natural_html(stage, lang, {
                    "key_points": self.tr("Key points"), "do": self.tr("Do"),
                    "dont": self.tr("Don't"), "examples": self.tr("You could say")}))
        elif s.status == FOLLOW_UP:
            due = date_time(s.follow_up_due) if s.follow_up_due else "—"
            self.guidance.setHtml("<h3>" + html.escape(self.tr("Follow-up")) + "</h3><p>" +
                                  html.escape(self.tr(
                                      "Call or write to the customer, ask whether the problem is "
                                      "fully solved now, and record their answers. Due: %1")
                                      .replace("%1", due)) + "</p>")
        else:
            self.guidance.setHtml("<h3>" + html.escape(self.tr("This case is closed.")) + "</h3>")
        self._draw_checklist(stage)
        self._draw_fields(stage)
        resolving = stage is not None and stage.records == "resolution"
        self.resolve_box.setVisible(resolving)
        self.escalation_label.setVisible(s.escalation_pending)
        self.approve_button.setVisible(s.escalation_pending)
        if s.escalation_pending:
            self.escalation_label.setText(self.tr(
                "%1 %2 is over your limit: a supervisor must approve it. Ask one to approve here, "
                "or park the case and serve the next customer.").replace(
                "%1", money(s.redress_amount, s.currency)).replace("%2", ""))
        elif s.resolution and resolving:
            self.resolution_box.setCurrentIndex(max(0, self.resolution_box.findData(
                s.resolution)))
            if s.redress_amount is not None and not self.amount_edit.hasFocus():
                self.amount_edit.setText(str(s.redress_amount))
                self.currency_box.setCurrentIndex(max(0, self.currency_box.findData(
                    s.currency)))
            spec = self.playbook.resolution(s.resolution)
            offered = spec.label.get(lang) if spec else s.resolution
            amount = f" {money(s.redress_amount, s.currency)}" if s.redress_amount else ""
            self.escalation_label.setVisible(True)
            self.escalation_label.setText(self.tr("Offered: %1").replace(
                "%1", f"{offered}{amount}") + (" · " + self.tr("by %1").replace(
                    "%1", s.deadline) if s.deadline else ""))
        satisfying = (stage is not None and stage.records == "satisfaction") or \
            s.status == FOLLOW_UP
        self.satisfaction_box.setVisible(satisfying)
        self.follow_note.setVisible(s.status == FOLLOW_UP)
        self.follow_note_label.setVisible(s.status == FOLLOW_UP)
        self.unrecovered_button.setVisible(s.status == FOLLOW_UP)
        self.record_button.setText(self.tr("Record follow-up (Ctrl+Shift+S)")
                                   if s.status == FOLLOW_UP else
                                   self.tr("Record answers (Ctrl+Shift+S)"))
        self.back_button.setEnabled(in_flow and stage is not None and
                                    self.playbook.stage_position(stage.id) > 0)
        self.skip_button.setVisible(bool(stage and stage.skippable))
        self.next_button.setEnabled(in_flow)
        self.withdraw_button.setEnabled(s.is_active)
        problems = flow.blockers(self.playbook, s) if in_flow else []
        self.blockers.setText(" ".join(sentence(p) for p in problems))
        self._tick()

    def _draw_checklist(self, stage) -> None:  # noqa: ANN001
        stage_id = stage.id if stage else None
        if stage_id == self._drawn_stage and stage is not None:
            done = self.state.checked(stage.id)
            for i, item in enumerate(stage.checklist):
                box = self.checklist_layout.itemAt(i).widget()
                box.blockSignals(True)
                box.setChecked(item.id in done)
                box.blockSignals(False)
            return
        self._drawn_stage = stage_id
        self._fields_drawn = False
        while self.checklist_layout.count():
            item = self.checklist_layout.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        self.checklist_box.setVisible(bool(stage and stage.checklist))
        if not stage:
            return
        done = self.state.checked(stage.id)
        for item in stage.checklist:
            box = QCheckBox(item.label.get(self.lang) + (" *" if item.required else ""))
            box.setChecked(item.id in done)
            box.setAccessibleName(item.label.get(self.lang))
            box.toggled.connect(lambda on, i=item.id: self._tick_item(i, on))
            self.checklist_layout.addWidget(box)
            box.show()  # now, not at the next layout pass, so focus can move to it

    def _draw_fields(self, stage) -> None:  # noqa: ANN001
        if self._fields_drawn:
            return
        self._fields_drawn = True
        while self.fields_layout.rowCount():
            self.fields_layout.removeRow(0)
        self.fields_box.setVisible(bool(stage and stage.fields))
        if not stage:
            return
        for spec in stage.fields:
            value = self.state.fields.get(spec.id, "")
            if spec.kind == "choice":
                widget = QComboBox()
                widget.addItem("—", "")
                for choice in spec.choices:
                    widget.addItem(choice, choice)
                widget.setCurrentIndex(max(0, widget.findData(value)))
                widget.activated.connect(
                    lambda _i, w=widget, f=spec.id: self._capture(f, w.currentData() or ""))
            else:
                widget = QLineEdit(value)
                widget.editingFinished.connect(
                    lambda w=widget, f=spec.id: self._capture(f, w.text()))
            widget.setAccessibleName(spec.label.get(self.lang))
            self.fields_layout.addRow(spec.label.get(self.lang) + (" *" if spec.required else ""),
                                      widget)
            widget.show()

    def _tick(self) -> None:
        s = self.state
        now = datetime.now(UTC)
        total = ((s.closed_at or now) - s.opened_at).total_seconds() if s.opened_at else 0
        stage = (now - s.stage_entered_at).total_seconds() if (
            s.stage_entered_at and s.stage) else 0
        suggested = ""
        if s.stage and s.status in (OPEN, ESCALATED):
            minutes = self.playbook.stage(s.stage).suggested_minutes
            suggested = f" / ~{minutes:g} min"
        self.timers.setText(self.tr("Stage %1 · Case %2").replace(
            "%1", _clock(stage) + suggested).replace("%2", _clock(total)))

    # -- actions ------------------------------------------------------------------------

    def open_letter(self, kind: str | None = None) -> None:
        """The letter preview for this case (regulated letters and ordinary replies)."""
        from recovery_desk.ui.desk.letter_preview import LetterPreview

        LetterPreview(self.service, self.state, kind, self._run, parent=self).exec()

    def _run(self, action) -> bool:  # noqa: ANN001
        try:
            self.state = action()
        except FlowError as exc:
            messages.warning(flow_message(exc))
            self.blockers.setText(flow_message(exc))
            return False
        except PermissionDenied as exc:
            from recovery_desk.ui.account.sign_in import denied_text

            messages.warning(denied_text(self, exc))
            return False
        except RecoveryDeskError as exc:
            messages.error(error_text(exc))
            return False
        except Exception as exc:  # storage errors: disk full, server gone…
            messages.error(self.tr("The action was not recorded: %1").replace("%1", str(exc)))
            return False
        self.redraw()
        self.changed.emit(self.state)
        focus = QApplication.focusWidget()
        if focus is None or not focus.isVisible() or not self.isAncestorOf(focus):
            self.focus_first()
        return True

    def _tick_item(self, item: str, on: bool) -> None:
        self._run(lambda: self.service.set_checklist(self.state.case_id, item, on))

    def _capture(self, field_id: str, value: str) -> None:
        if self.state.fields.get(field_id, "") != value.strip():
            self._run(lambda: self.service.capture(self.state.case_id, field_id, value))

    def _mode_chosen(self) -> None:
        mode = self.mode_box.currentData()
        self._run(lambda: self.service.change_mode(self.state.case_id, mode))

    def toggle_mode(self) -> None:
        mode = "scripted" if self.state.mode == "natural" else "natural"
        self._run(lambda: self.service.change_mode(self.state.case_id, mode))

    def _note_changed(self) -> None:
        self._note_dirty = True
        self.coach(self.note_edit.toPlainText())

    def coach(self, text: str) -> None:
        """In natural mode, a gentle hint when the words shift blame or sound negative."""
        findings = coach_for(self.ws).check(text, self.lang) if self.state.mode == "natural" \
            else []
        if not findings:
            self.coaching.hide()
            return
        first = findings[0]
        try_label = self.tr("Try:")
        better = f" {try_label} “{first.hint.better[0]}”" if first.hint.better else ""
        self.coaching.setText(f"💡 “{html.escape(first.phrase)}”: "
                              f"{html.escape(first.hint.hint)}{html.escape(better)}")
        self.coaching.show()

    def add_note(self) -> None:
        text = self.note_edit.toPlainText()
        if text.strip() and self._run(lambda: self.service.add_note(self.state.case_id, text)):
            self.note_edit.clear()
            messages.info(self.tr("Note added."))

    def advance(self) -> None:
        """F8: what is still being typed in a field goes with the advance, in one go."""
        typed = self._typed_fields()
        self._run(lambda: self.service.advance(self.state.case_id, typed))
        self.focus_first()

    def back(self) -> None:
        self._run(lambda: self.service.back(self.state.case_id))
        self.focus_first()

    def skip(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Skip stage"),
                                          self.tr("Why do you skip this stage?"))
        if ok:
            self._run(lambda: self.service.skip(self.state.case_id, reason))

    def withdraw(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Withdraw case"),
                                          self.tr("Why is the case withdrawn?"))
        if ok:
            self._run(lambda: self.service.withdraw(self.state.case_id, reason))

    def offer(self) -> None:
        if not self.resolve_box.isVisible():
            return
        resolution = self.resolution_box.currentData()
        spec = self.playbook.resolution(resolution)
        amount = None
        if spec and spec.amount:
            try:
                amount = Decimal(self.amount_edit.text().replace(",", ".").replace(" ", ""))
            except InvalidOperation:
                messages.warning(self.tr("Type the amount as a number, e.g. 25.50."))
                self.amount_edit.setFocus()
                return
        deadline = self.deadline_edit.date().toPython() if spec and spec.deadline else None
        self._run(lambda: self.service.offer(
            self.state.case_id, resolution, amount=amount,
            currency=self.currency_box.currentData() if amount is not None else None,
            deadline=deadline))

    def approve_here(self) -> None:
        if not self.state.escalation_pending:
            return
        if self.ws.role_of(self.ws.user) in ("supervisor", "admin"):
            self._run(lambda: self.service.approve(self.state.case_id, self.ws.user))
            return
        supervisors = [name for name, role in self.ws.users() if role in ("supervisor", "admin")]
        if not supervisors:
            messages.warning(self.tr("No supervisor account exists on this desk yet."))
            return
        self._approve_with_proof(supervisors)

    def _approve_with_proof(self, supervisors: list[str]) -> None:
        """The supervisor proves who they are in a small dialog (the service checks it);
        a wrong password keeps the dialog open, anything else is shown as usual."""
        from recovery_desk.services.access.accounts import IdentityNotProven, SignInRefused
        from recovery_desk.ui.account.sign_in import ApprovalDialog

        case_id = self.state.case_id
        outcome: dict[str, object] = {}

        def attempt(name: str, secret: str) -> None:
            try:
                outcome["state"] = self.service.approve(case_id, name, proof=secret or None)
            except (SignInRefused, IdentityNotProven):
                raise
            except Exception as exc:  # noqa: BLE001 - handed to _run, which explains it
                outcome["error"] = exc

        if ApprovalDialog(supervisors, attempt, self).exec():
            def result() -> CaseState:
                if "error" in outcome:
                    raise outcome["error"]  # type: ignore[misc]
                return outcome["state"]  # type: ignore[return-value]
            self._run(result)

    def answers(self) -> Answers:
        return Answers(accepted=self.accepted_box.currentData(), how=self.how_box.currentData(),
                       csat=self.csat_spin.value(), likelihood=self.likelihood_spin.value(),
                       ces=self.ces_box.currentData())

    def record_satisfaction(self) -> None:
        if not self.satisfaction_box.isVisible():
            return
        answers = self.answers()
        if self.state.status == FOLLOW_UP:
            note = self.follow_note.text()
            if self._run(lambda: self.service.complete_follow_up(self.state.case_id, answers,
                                                                 note)):
                self.follow_note.clear()
        else:
            self._run(lambda: self.service.record_satisfaction(self.state.case_id, answers))
        if self.state.follow_up_due is not None and self.state.watchlist:
            due = date_time(self.state.follow_up_due)
            messages.info(self.tr("Not fully satisfied: the customer is on the watchlist and a "
                                  "follow-up is due %1.").replace("%1", due))

    def close_unrecovered(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Close as not recovered"),
                                          self.tr("Why is the case closed without a satisfied "
                                                  "customer?"))
        if ok:
            self._run(lambda: self.service.close_unrecovered(self.state.case_id, reason))

    def _typed_fields(self) -> dict[str, str]:
        """Text fields whose text differs from the record (still being typed: a field is
        captured when the cursor leaves it)."""
        stage = self.state.stage
        if not stage:
            return {}
        typed: dict[str, str] = {}
        for row, spec in enumerate(self.playbook.stage(stage).fields):
            item = self.fields_layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item else None
            if isinstance(widget, QLineEdit) and \
                    widget.text().strip() != self.state.fields.get(spec.id, ""):
                typed[spec.id] = widget.text()
        return typed

    def focus_first(self) -> None:
        for i in range(self.checklist_layout.count()):
            widget = self.checklist_layout.itemAt(i).widget()
            if widget is not None:
                widget.setFocus()
                return
        if self.resolve_box.isVisible():
            self.resolution_box.setFocus()
        elif self.satisfaction_box.isVisible():
            self.accepted_box.setFocus()
        else:
            self.next_button.setFocus()

    def shutdown(self) -> None:
        """The page is being replaced: the clock stops ticking."""
        self._timer.stop()

    # -- drafts -------------------------------------------------------------------------

    def draft_key(self) -> str:
        return f"case:{self.state.case_id}:note"

    def draft_text(self) -> str:
        return self.note_edit.toPlainText()

    def restore_note(self, text: str) -> None:
        self.note_edit.setPlainText(text)
