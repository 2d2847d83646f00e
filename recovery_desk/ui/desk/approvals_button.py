"""A supervisor's Desk says when offers wait for their approval: a button with the count,
shown only to those who may approve and only while something waits. It reads the log every
half minute as well as on every change, so an escalation parked at another workstation and
brought in by sync appears without anyone asking. Enter on a row opens the case, where
Ctrl+Shift+A approves it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton, QWidget

from recovery_desk.services.cases.approvals import waiting_for_approval
from recovery_desk.services.cases.worklists import WorkRow
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common.workers import alive, run_in_background
from recovery_desk.ui.desk.approval_request import APPROVER_ROLES
from recovery_desk.ui.desk.worklist import PARKED, WorklistDialog

REFRESH_MS = 30_000


class ApprovalsDialog(WorklistDialog):
    """The offers waiting for approval, at every desk, the longest waiting first."""

    def __init__(self, ws: Workspace, rows: list[WorkRow], open_case: Callable[[str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(ws, PARKED, rows, open_case, parent)
        self.setWindowTitle(self.tr("Waiting for approval"))
        self.table.setAccessibleName(self.windowTitle())
        self.intro.setText(self.tr("Offers over an agent's limit at any desk, the longest "
                                   "waiting first. Press Enter to open the case, then "
                                   "Ctrl+Shift+A to approve it."))

    def _empty_text(self) -> str:
        return self.tr("No offer is waiting for approval.")


class ApprovalsButton(QPushButton):
    def __init__(self, ws: Workspace, open_case: Callable[[str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.open_case = ws, open_case
        self.rows: list[WorkRow] = []
        self.dialog: ApprovalsDialog | None = None
        self.setObjectName("approvalsWaiting")
        self.setStyleSheet("QPushButton#approvalsWaiting { background: #fff1e0; "
                           "color: #8a5300; font-weight: bold; }")
        self.setToolTip(self.tr("Offers over an agent's limit wait for a supervisor"))
        self.clicked.connect(self.show_list)
        self.hide()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(REFRESH_MS)
        self.refresh()

    def may_approve(self) -> bool:
        return self.ws.role_of(self.ws.user or "") in APPROVER_ROLES

    def refresh(self) -> None:
        """Count the waiting offers in the background (only for those who may approve)."""
        if not self.may_approve():
            self.rows = []
            self.hide()
            return
        engine = self.ws.engine

        def show(rows: list[WorkRow]) -> None:
            if alive(self):
                self.show_rows(rows)

        run_in_background(lambda: waiting_for_approval(engine, datetime.now(UTC)), show,
                          lambda _exc: None)  # the next refresh tries again

    def show_rows(self, rows: list[WorkRow]) -> None:
        self.rows = rows
        self.setText(self.tr("%n offer(s) waiting for approval", "", len(rows)))
        self.setVisible(bool(rows))

    def show_list(self) -> None:
        # a child of the Desk page (a window of its own still): the page's zoom reaches it
        self.dialog = ApprovalsDialog(self.ws, self.rows, self.open_case,
                                      self.parentWidget() or self.window())
        self.dialog.open()
