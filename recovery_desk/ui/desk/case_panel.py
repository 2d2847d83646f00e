"""One open case: the header, the stage (guidance, checklist, fields), resolve, satisfaction,
notes, and the buttons that move the case on.

The panel never changes the case itself: it calls ``CaseService`` and redraws from the
state that comes back, so what is on screen is always what is in the log. Its parts
(``case_header``, ``stage_view``, ``resolve_box``, ``satisfaction_box``, ``notes_box``)
only draw and report what the agent did; every action is recorded here, through ``_run``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.core import messages
from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain import flow
from recovery_desk.domain.case import ESCALATED, FOLLOW_UP, OPEN, WITHDRAWN, CaseState
from recovery_desk.domain.flow import FlowError
from recovery_desk.services.access.permissions import PermissionDenied
from recovery_desk.services.cases.case_detail import case_detail_for
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.ui.account.approval import ApprovalRequest
from recovery_desk.ui.common import shortcuts
from recovery_desk.ui.common.flow_texts import error_text, flow_message, sentence
from recovery_desk.ui.common.formatting import date_time
from recovery_desk.ui.desk import focus
from recovery_desk.ui.desk.approval_request import approval_request
from recovery_desk.ui.desk.case_header import CaseHeader
from recovery_desk.ui.desk.clock_strip import ClockStrip
from recovery_desk.ui.desk.notes_box import NotesBox
from recovery_desk.ui.desk.resolve_box import ResolveBox
from recovery_desk.ui.desk.satisfaction_box import SatisfactionBox
from recovery_desk.ui.desk.stage_view import ChecklistBox, FieldsBox, Guidance
from recovery_desk.ui.desk.wrap_up import timeline_lines


class CasePanel(QWidget):
    changed = Signal(object)  # CaseState after every recorded action
    park_requested = Signal(str)
    next_customer = Signal()  # the wrap-up's "Next customer": the page opens a new case

    def __init__(self, service: CaseService, state: CaseState, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.ws = service.ws
        self.state = state
        self.playbook = service.playbook_for(state)
        self.lang = self.ws.settings.language

        root = QVBoxLayout(self)
        self.clock_strip = ClockStrip(self._run, self.open_letter)
        self.clock_strip.service = service
        self.header = CaseHeader(self.playbook, self.ws.taxonomy, self.lang, self.clock_strip)
        self.header.mode_chosen.connect(self._mode_chosen)
        self.header.correct_contact.connect(self.correct_contact)
        root.addWidget(self.header)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.body = QHBoxLayout(body)
        scroll.setWidget(body)
        root.addWidget(scroll, 1)
        self.guide_column = guide_column = QVBoxLayout()
        self.guidance = Guidance()
        guide_column.addWidget(self.guidance, 1)
        self.body.addLayout(guide_column, 3)
        self.work = work = QVBoxLayout()
        self.body.addLayout(work, 2)
        self._build_work(work)
        self.blockers = QLabel()
        self.blockers.setObjectName("blockers")
        self.blockers.setWordWrap(True)
        root.addWidget(self.blockers)
        root.addLayout(self._build_buttons())
        self._timer = QTimer(self)
        self._timer.timeout.connect(lambda: self.header.tick(self.state))
        self._timer.start(1000)
        self._key_tooltips()
        self.redraw()

    def _build_work(self, work: QVBoxLayout) -> None:
        """The right-hand column: what the agent ticks, types and chooses."""
        self.checklist = ChecklistBox(self.lang)
        self.checklist.ticked.connect(self._tick_item)
        work.addWidget(self.checklist)
        self.fields = FieldsBox(self.lang)
        self.fields.captured.connect(self._capture)
        work.addWidget(self.fields)
        self.resolve = ResolveBox(self.playbook, self.ws.currencies, self.lang)
        self.resolve.offer_button.clicked.connect(self.offer)
        self.resolve.approve_button.clicked.connect(self.approve_here)
        self.resolve.set_role(self.ws.role_of(self.ws.user))
        work.addWidget(self.resolve)
        self.satisfaction = SatisfactionBox(self.playbook, self.lang)
        self.satisfaction.follow_note.textEdited.connect(self._coach)
        self.satisfaction.record_button.clicked.connect(self.record_satisfaction)
        self.satisfaction.unrecovered_button.clicked.connect(self.close_unrecovered)
        work.addWidget(self.satisfaction)
        self.notes = NotesBox(self.ws, self.lang)
        self.notes.note_edit.textChanged.connect(
            lambda: self._coach(self.notes.note_edit.toPlainText()))
        self.notes.add_note_button.clicked.connect(self.add_note)
        work.addWidget(self.notes)
        work.addStretch(1)

    def _build_buttons(self) -> QHBoxLayout:
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
        self.next_customer_button = QPushButton(self.tr("Next customer (Ctrl+N)"))
        self.next_customer_button.setObjectName("nextCustomer")
        self.next_customer_button.clicked.connect(self.next_customer.emit)
        self.next_customer_button.setMinimumWidth(
            self.next_customer_button.sizeHint().width() + 24)  # the focus frame's room
        self.next_customer_button.hide()
        self.agreement_button = QPushButton(self.tr("Agreement for the customer (PDF)…"))
        self.agreement_button.setToolTip(self.tr("One page in the customer's language: "
                                                 "the reference and what was agreed."))
        self.agreement_button.clicked.connect(self._ask_agreement)
        self.agreement_button.hide()
        self.next_button = QPushButton(self.tr("Complete stage ▶ (F8)"))
        self.next_button.setObjectName("nextStage")
        self.next_button.clicked.connect(self.advance)
        for button in (self.back_button, self.skip_button, self.withdraw_button,
                       self.park_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.agreement_button)
        buttons.addWidget(self.next_customer_button)
        buttons.addWidget(self.next_button)
        return buttons

    # -- drawing --------------------------------------------------------------------------

    def redraw(self) -> None:
        s = self.state
        self.header.show_state(s)
        self.clock_strip.show_state(s)
        in_flow = s.status in (OPEN, ESCALATED) and s.stage is not None
        stage = self.playbook.stage(s.stage) if in_flow and s.stage else None
        self.guidance.show_stage(stage, s, self.lang, self.playbook)
        self.checklist.show_stage(stage, s)
        self.fields.show_stage(stage, s)
        self.resolve.show_state(s, stage is not None and stage.records == "resolution")
        asking = (stage is not None and stage.records == "satisfaction") or s.status == FOLLOW_UP
        self.satisfaction.show_state(s, asking)
        self._place_notes(beside_guidance=asking)
        self.back_button.setEnabled(in_flow and stage is not None and
                                    self.playbook.stage_position(stage.id) > 0)
        self.skip_button.setVisible(bool(stage and stage.skippable))
        self.next_button.setEnabled(in_flow)
        self.next_button.setVisible(in_flow)
        self.next_customer_button.setVisible(not in_flow)
        self.agreement_button.setVisible(not in_flow and s.status != WITHDRAWN)
        self.withdraw_button.setEnabled(s.is_active)
        problems = flow.blockers(self.playbook, s) if in_flow else []
        self.blockers.setText(" ".join(sentence(p) for p in problems))
        self._show_timeline()

    def _show_timeline(self) -> None:
        """The case's notes and events from the log, so a note added shows at once."""
        try:
            detail = case_detail_for(self.ws, self.state.case_id, lang=self.lang)
        except Exception:  # noqa: BLE001 - the list is a view; the case itself is drawn
            return
        self.notes.show_timeline(timeline_lines(detail.timeline))

    # -- actions ------------------------------------------------------------------------

    def open_letter(self, kind: str | None = None) -> None:
        """The letter preview for this case (regulated letters and ordinary replies)."""
        from recovery_desk.ui.desk.letter_preview import LetterPreview

        LetterPreview(self.service, self.state, kind, self._run, parent=self).exec()

    def _run(self, action: Callable[[], CaseState]) -> bool:
        """Record one action and redraw from the state it returns; a refusal or an error
        is explained and changes nothing."""
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

    def save_agreement(self, path: Path) -> None:
        """The one-page agreement for the customer, in their language, as a PDF."""
        from recovery_desk.ui.desk.agreement import write_agreement_pdf

        write_agreement_pdf(self.state, self.playbook, path,
                            organization=self.ws.settings.organization_name)

    def _ask_agreement(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the agreement as PDF"),
                                              f"{self.state.ref}-agreement.pdf",
                                              "PDF (*.pdf)")
        if not name:
            return
        try:
            self.save_agreement(Path(name))
        except (OSError, RecoveryDeskError) as exc:
            messages.error(error_text(exc))
            return
        messages.info(self.tr("Agreement saved: %1").replace("%1", name))

    def _tick_item(self, item: str, on: bool) -> None:
        self._run(lambda: self.service.set_checklist(self.state.case_id, item, on))

    def _capture(self, field_id: str, value: str) -> None:
        if self.state.fields.get(field_id, "") != value.strip():
            self._run(lambda: self.service.capture(self.state.case_id, field_id, value))

    def _mode_chosen(self, mode: str) -> None:
        self._run(lambda: self.service.change_mode(self.state.case_id, mode))

    def toggle_mode(self) -> None:
        mode = "scripted" if self.state.mode == "natural" else "natural"
        self._run(lambda: self.service.change_mode(self.state.case_id, mode))

    def _coach(self, text: str) -> None:
        self.notes.coach(text, self.state.mode, self.state.language)

    def add_note(self) -> None:
        text = self.notes.note_edit.toPlainText()
        if text.strip() and self._run(lambda: self.service.add_note(self.state.case_id, text)):
            self.notes.note_edit.clear()
            messages.info(self.tr("Note added."))

    def advance(self) -> None:
        """F8: what is still being typed in a field goes with the advance, in one go."""
        typed = self.fields.typed(self.state)
        self._run(lambda: self.service.advance(self.state.case_id, typed))
        if self.next_customer_button.isVisible():
            self.next_customer_button.setFocus()  # the case is wrapped up: who is next
        else:
            self.focus_first()

    def back(self) -> None:
        self._run(lambda: self.service.back(self.state.case_id))
        self.focus_first()

    def skip(self) -> None:
        """F6: where the playbook does not allow skipping, say so at once, before any
        reason is asked for."""
        try:
            flow.check_skippable(self.playbook, self.state)
        except FlowError as exc:
            messages.warning(flow_message(exc))
            self.blockers.setText(flow_message(exc))
            return
        reason, ok = QInputDialog.getText(self, self.tr("Skip stage"),
                                          self.tr("Why do you skip this stage?"))
        if ok:
            self._run(lambda: self.service.skip(self.state.case_id, reason))

    def correct_contact(self) -> None:
        """Ctrl+Shift+K: correct the customer's name, phone, e-mail or number, with why."""
        from recovery_desk.services.cases import contact
        from recovery_desk.ui.desk.contact_dialog import ContactDialog

        try:
            current = contact.current_contact(self.service, self.state.case_id)
        except FlowError as exc:
            messages.warning(flow_message(exc))
            return

        def record(values: dict[str, str], reason: str) -> str | None:
            try:
                self.state = contact.correct_contact(self.service, self.state.case_id,
                                                     values, reason)
            except FlowError as exc:
                return flow_message(exc)
            except PermissionDenied as exc:
                from recovery_desk.ui.account.sign_in import denied_text

                return denied_text(self, exc)
            self.redraw()
            self.changed.emit(self.state)
            return None

        if ContactDialog(current, record, parent=self).exec():
            messages.info(self.tr("Contact details corrected."))
        self.window().activateWindow()  # the focus comes back from the dialog
        self.header.contact_button.setFocus()

    def withdraw(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Withdraw case"),
                                          self.tr("Why is the case withdrawn?"))
        if ok:
            self._run(lambda: self.service.withdraw(self.state.case_id, reason))

    def offer(self) -> None:
        if not self.resolve.isVisible():
            return
        chosen = self.resolve.offer()
        if chosen is not None:
            self._run(lambda: self.service.offer(
                self.state.case_id, chosen.first.resolution, amount=chosen.first.amount,
                currency=chosen.currency, deadline=chosen.first.deadline, more=chosen.more))

    def approve_here(self) -> None:
        if not self.state.escalation_pending:
            return
        if self.ws.role_of(self.ws.user) in ("supervisor", "admin"):
            self._run(lambda: self.service.approve(self.state.case_id, self.ws.user))
            return
        request = approval_request(self.ws, self.playbook, self.state, self.lang)
        if not request.approvers:
            messages.warning(self.tr("Nobody on this desk may approve %1: no supervisor's "
                                     "limit covers it.").replace("%1", request.amount))
            return
        self._approve_with_proof(request)

    def _approve_with_proof(self, request: ApprovalRequest) -> None:
        """The supervisor proves who they are in a small dialog (the service checks it);
        a wrong password keeps the dialog open, anything else is shown as usual."""
        from recovery_desk.services.access.accounts import IdentityNotProven, SignInRefused
        from recovery_desk.ui.account.approval import ApprovalDialog

        case_id = self.state.case_id
        approved: list[CaseState] = []  # what the attempts gave, the last one counts
        failed: list[Exception] = []

        def attempt(name: str, secret: str) -> None:
            try:
                approved.append(self.service.approve(case_id, name, proof=secret or None))
            except (SignInRefused, IdentityNotProven):
                raise
            except Exception as exc:  # noqa: BLE001 - handed to _run, which explains it
                failed.append(exc)

        if ApprovalDialog(request, attempt, self).exec():
            def result() -> CaseState:
                if failed:
                    raise failed[-1]
                return approved[-1]
            self._run(result)

    def record_satisfaction(self) -> None:
        if not self.satisfaction.isVisible():
            return
        answers = self.satisfaction.answers()
        if self.state.status == FOLLOW_UP:
            note = self.satisfaction.follow_note.text()
            recorded = self._run(lambda: self.service.complete_follow_up(
                self.state.case_id, answers, note))
            if recorded:
                self.satisfaction.follow_note.clear()
        else:
            recorded = self._run(lambda: self.service.record_satisfaction(self.state.case_id,
                                                                          answers))
        if not recorded:
            return
        self.satisfaction.clear()  # the next contact is asked again, from unset
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

    # -- keyboard: keys jump to the case's parts ------------------------------------------

    def _place_notes(self, beside_guidance: bool) -> None:
        """While the satisfaction questions fill the right-hand column, the notes move under
        "What to say", so at 1366x768 both are on screen without scrolling."""
        column = self.guide_column if beside_guidance else self.work
        if column.indexOf(self.notes) >= 0:
            return
        (self.work if beside_guidance else self.guide_column).removeWidget(self.notes)
        if beside_guidance:
            column.addWidget(self.notes)
        else:
            column.insertWidget(column.count() - 1, self.notes)  # above the stretch

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt's name
        """Tab cycles inside the case panel (see focus.cycle)."""
        return focus.cycle(self, next) or super().focusNextPrevChild(next)

    def go_notes(self) -> None:
        focus.jump(self.notes.note_edit)

    def insert_line(self) -> None:
        """The line under the cursor in "What to say" (or the selected words) goes into the
        note as it reads on screen, merge fields filled; the caret stays where it was, so the
        next line can follow."""
        line = self.guidance.current_line()
        if not line:
            messages.info(self.tr("Move the cursor to a line of \"What to say\" (Tab to it, "
                                  "then the arrow keys) and press the key again."))
            return
        edit = self.notes.note_edit
        text = edit.toPlainText()
        edit.setPlainText(f"{text}\n{line}" if text.strip() else line)
        cursor = edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        edit.setTextCursor(cursor)

    def go_resolution(self) -> None:
        if not focus.jump(self.resolve.resolution_box):
            messages.info(self.tr("The resolution is chosen in the resolution stage."))

    def go_satisfaction(self) -> None:
        if not focus.jump(self.satisfaction.accepted_box):
            messages.info(self.tr("The customer's satisfaction is asked in its own stage or "
                                  "at the follow-up."))

    def _key_tooltips(self) -> None:
        """Each part says its key, as F1 lists them (overrides from settings included)."""
        keys = self.ws.settings.shortcuts
        for widget, name in ((self.notes.note_edit, "go_notes"), (self.guidance, "insert_line"),
                             (self.resolve.resolution_box, "go_resolution"),
                             (self.satisfaction.accepted_box, "go_satisfaction"),
                             (self.header.contact_button, "correct_contact")):
            key = f"{shortcuts.label(name)} ({shortcuts.hint(name, keys)})"
            widget.setToolTip(f"{widget.toolTip()}\n{key}" if widget.toolTip() else key)

    def focus_first(self) -> None:
        """Where the agent's hands go next: the first check box, else the stage's box."""
        boxes = self.checklist.boxes()
        if boxes:
            boxes[0].setFocus()
        elif self.resolve.isVisible():
            self.resolve.resolution_box.setFocus()
        elif self.satisfaction.isVisible():
            self.satisfaction.accepted_box.setFocus()
        elif self.next_button.isVisible():
            self.next_button.setFocus()
        else:
            self.next_customer_button.setFocus()

    def shutdown(self) -> None:
        """The page is being replaced: the clock stops ticking."""
        self._timer.stop()

    # -- drafts -------------------------------------------------------------------------

    def draft_key(self) -> str:
        return f"case:{self.state.case_id}:note"

    def draft_text(self) -> str:
        return self.notes.note_edit.toPlainText()

    def restore_note(self, text: str) -> None:
        self.notes.note_edit.setPlainText(text)
