"""A supervisor's actions on a case, each a small dialog and one call to the review service.

The service checks the permission and records the event; this module only asks for the
words, shows a refusal (``PermissionDenied``, a flow rule) in a message box with its text,
and tells the caller whether something was recorded so it can redraw.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain.flow import FlowError
from recovery_desk.services.access import permissions
from recovery_desk.services.access.permissions import Permission
from recovery_desk.services.review.supervisor import ReviewService
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common.flow_texts import error_text
from recovery_desk.ui.common.workers import run_in_background

translate = QCoreApplication.translate

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Action:
    key: str
    label: str
    permission: Permission


def actions() -> tuple[Action, ...]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("SupervisorActions", text)

    return (
        Action("coach", translate("SupervisorActions", "Coaching note…"), Permission.ANNOTATE),
        Action("flag", translate("SupervisorActions", "Flag for training…"), Permission.ANNOTATE),
        Action("root_cause", translate("SupervisorActions", "Root cause…"), Permission.ANNOTATE),
        Action(
            "approve",
            translate("SupervisorActions", "Approve escalation…"),
            Permission.APPROVE_ESCALATION,
        ),
        Action(
            "decline",
            translate("SupervisorActions", "Decline escalation…"),
            Permission.APPROVE_ESCALATION,
        ),
        Action(
            "reassign",
            translate("SupervisorActions", "Reassign follow-up…"),
            Permission.REASSIGN_FOLLOW_UP,
        ),
        Action(
            "erase",
            translate("SupervisorActions", "Erase customer…"),
            Permission.ERASE_CUSTOMER,
        ),
    )


class TextDialog(QDialog):
    """One or more text boxes; OK only once every required box has words."""

    def __init__(
        self, parent: QWidget | None, title: str, intro: str, boxes: list[tuple[str, str, bool]]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            layout.addWidget(text)
        form = QFormLayout()
        self.boxes: dict[str, QPlainTextEdit] = {}
        self.required: set[str] = set()
        for key, label, required in boxes:
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setAccessibleName(label)
            box.setMinimumHeight(70)
            form.addRow(label, box)
            self.boxes[key] = box
            if required:
                self.required.add(key)
            box.textChanged.connect(self._check)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._check()

    def text(self, key: str) -> str:
        return self.boxes[key].toPlainText().strip()

    def _check(self) -> None:
        ok = all(self.text(k) for k in self.required)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class ReassignDialog(QDialog):
    """Who makes the follow-up call, and optionally a new due time."""

    def __init__(
        self, parent: QWidget | None, users: list[str], current: str, due: datetime | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reassign follow-up"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.user = QComboBox()
        self.user.setAccessibleName(self.tr("Make the call"))
        for name in users:
            self.user.addItem(name, name)
        if current in users:
            self.user.setCurrentIndex(users.index(current))
        form.addRow(self.tr("Make the call"), self.user)
        self.move_due = QCheckBox(self.tr("Move the due time"))
        self.due = QDateTimeEdit()
        self.due.setAccessibleName(self.tr("New due time"))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd HH:mm")
        start = QDateTime.currentDateTime().addSecs(3600)
        if due is not None:
            start = QDateTime.fromSecsSinceEpoch(int(due.timestamp()))
        self.due.setDateTime(start)
        self.due.setEnabled(False)
        self.move_due.toggled.connect(self.due.setEnabled)
        form.addRow(self.move_due, self.due)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def to_user(self) -> str:
        return self.user.currentData() or ""

    def new_due(self) -> datetime | None:
        if not self.move_due.isChecked():
            return None
        return datetime.fromtimestamp(self.due.dateTime().toSecsSinceEpoch(), UTC)


#: How a dialog is run; tests put their own in to fill it in and accept.
Runner = Callable[[QDialog], bool]


def exec_dialog(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def refusal_text(exc: BaseException) -> str:
    """A refusal in words, in the interface language (by its code)."""
    return error_text(exc)


class SupervisorActions:
    """Runs the action dialogs for one case and records what was asked."""

    def __init__(
        self,
        workspace: Workspace,
        service: ReviewService | None = None,
        runner: Runner = exec_dialog,
    ) -> None:
        self.ws = workspace
        self.service = service or ReviewService(workspace)
        self.runner = runner
        self.last_error = ""

    def allowed(self, action: Action) -> bool:
        return permissions.allowed(self.ws, action.permission)

    def run(
        self,
        key: str,
        case_id: str,
        parent: QWidget | None,
        *,
        assignee: str = "",
        due: datetime | None = None,
    ) -> bool:
        """Ask for the action's details and record it; True when an event was stored."""
        call = self._ask(key, case_id, parent, assignee, due)
        if call is None:
            return False
        try:
            call()
        except (RecoveryDeskError, FlowError) as exc:
            self.last_error = refusal_text(exc)
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                translate("SupervisorActions", "Not recorded"),
                self.last_error,
                QMessageBox.StandardButton.Ok,
                parent,
            )
            box.setObjectName("actionRefused")
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.runner(box)
            return False
        self.last_error = ""
        return True

    def _ask(
        self, key: str, case_id: str, parent: QWidget | None, assignee: str, due: datetime | None
    ) -> Callable[[], object] | None:
        svc = self.service
        if key == "coach":
            dialog = TextDialog(
                parent,
                translate("SupervisorActions", "Coaching note"),
                translate(
                    "SupervisorActions",
                    "A note for the agent on how this recovery went. It is kept on the case's "
                    "timeline; it changes no figure.",
                ),
                [("text", translate("SupervisorActions", "Note"), True)],
            )
            if not self.runner(dialog):
                return None
            text = dialog.text("text")
            return lambda: svc.add_coaching_note(case_id, text)
        if key == "flag":
            dialog = TextDialog(
                parent,
                translate("SupervisorActions", "Flag for training"),
                translate(
                    "SupervisorActions",
                    "Trainers see flagged cases as examples. Say what this case teaches.",
                ),
                [("reason", translate("SupervisorActions", "Why it is an example"), True)],
            )
            if not self.runner(dialog):
                return None
            reason = dialog.text("reason")
            return lambda: svc.flag_for_training(case_id, reason)
        if key == "root_cause":
            dialog = TextDialog(
                parent,
                translate("SupervisorActions", "Root cause and corrective action"),
                "",
                [
                    ("cause", translate("SupervisorActions", "Root cause"), True),
                    ("action", translate("SupervisorActions", "Corrective action"), False),
                ],
            )
            if not self.runner(dialog):
                return None
            cause, action = dialog.text("cause"), dialog.text("action")
            return lambda: svc.record_root_cause(case_id, cause, action)
        if key == "approve":
            dialog = TextDialog(
                parent,
                translate("SupervisorActions", "Approve escalation"),
                translate(
                    "SupervisorActions",
                    "Approve the offer waiting on this case? The agent can then go on with the "
                    "recovery.",
                ),
                [],
            )
            if not self.runner(dialog):
                return None
            return lambda: svc.approve_escalation(case_id)
        if key == "decline":
            dialog = TextDialog(
                parent,
                translate("SupervisorActions", "Decline escalation"),
                translate("SupervisorActions", "The agent is told why and offers something else."),
                [("reason", translate("SupervisorActions", "Reason"), True)],
            )
            if not self.runner(dialog):
                return None
            reason = dialog.text("reason")
            return lambda: svc.decline_escalation(case_id, reason)
        if key == "reassign":
            users = [name for name, _role in self.ws.users()]
            reassign = ReassignDialog(parent, users, assignee, due)
            if not self.runner(reassign):
                return None
            to_user, new_due = reassign.to_user(), reassign.new_due()
            return lambda: svc.reassign_follow_up(case_id, to_user, new_due)
        if key == "erase":
            return self._ask_erase(case_id, parent)
        raise KeyError(key)

    def _ask_erase(self, case_id: str, parent: QWidget | None) -> Callable[[], object] | None:
        """The customer's right to erasure: confirmed with a reason, then one service call."""
        dialog = TextDialog(
            parent,
            translate("SupervisorActions", "Erase the customer's personal data"),
            translate(
                "SupervisorActions",
                "Name, phone, e-mail, customer number, the customer's words and every note "
                "are removed from all of this customer's cases in this log, for good. The "
                "cases, their figures and the proof of the log stay; the erasure is recorded. "
                "It cannot be undone.",
            ),
            [("reason", translate("SupervisorActions", "Reason (e.g. the customer's request)"),
              True)],
        )
        if not self.runner(dialog):
            return None
        reason = dialog.text("reason")
        ws = self.ws

        def erase() -> object:
            from recovery_desk.services.cases import queries
            from recovery_desk.services.trust import erasure
            customer_id = queries.case_customer_id(ws.engine, case_id)
            result = erasure.erase_customer(ws, customer_id, reason=reason, purge_now=False)
            # the words are out of every search already; their last copies in the search
            # index go in the background (seconds on a big log), retried at start-up
            run_in_background(lambda: erasure.purge_search_index(ws.engine),
                              lambda _steps: None,
                              lambda exc: log.warning("purging the search index: %s", exc))
            return result

        return erase


def tr(text: str) -> str:
    return QCoreApplication.translate("SupervisorActions", text)
