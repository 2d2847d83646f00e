"""A supervisor approves an offer over the agent's limit at the agent's desk.

The dialog says what is being approved (the case, the resolution, the amount and the limit it
goes over) and lists only the people whose own limit covers the amount, so nobody types a
password to approve something they cannot; the service still checks both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.services.access.accounts import IdentityNotProven, SignInRefused
from recovery_desk.ui.account.sign_in import (
    _accept_row,
    _busy,
    _Countdown,
    _error_label,
    refusal_text,
)


@dataclass(frozen=True)
class ApprovalRequest:
    """What waits for approval, in words ready to show (``ui/desk/approval_request``)."""

    reference: str
    resolution: str
    amount: str
    agent: str
    limit: str
    approvers: list[str]


class ApprovalDialog(QDialog):
    """Names what is approved and who may approve it; ``approve`` is called with (name,
    secret) and does the real check in the service."""

    def __init__(
        self,
        request: ApprovalRequest,
        approve: Callable[[str, str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.approve = approve
        self.setWindowTitle(self.tr("Supervisor approval"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "%1 offered more than their limit. A supervisor who may give this much "
            "approves it here with their own password or PIN.").replace("%1", request.agent))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        facts = QFormLayout()
        self.facts: dict[str, QLabel] = {}
        for key, label, value in (
                ("case", self.tr("Case:"), request.reference),
                ("resolution", self.tr("Resolution:"), request.resolution),
                ("amount", self.tr("Amount:"), request.amount),
                ("limit", self.tr("Agent's limit:"), request.limit),
                ("approvers", self.tr("Who may approve:"), ", ".join(request.approvers))):
            self.facts[key] = QLabel(value)
            self.facts[key].setWordWrap(True)
            facts.addRow(label, self.facts[key])
        layout.addLayout(facts)
        form = QFormLayout()
        self.name_box = QComboBox()
        self.name_box.addItems(request.approvers)
        self.name_box.setAccessibleName(self.tr("Supervisor"))
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setAccessibleName(self.tr("Password or PIN"))
        form.addRow(self.tr("Supervisor:"), self.name_box)
        form.addRow(self.tr("Password or PIN:"), self.secret_edit)
        layout.addLayout(form)
        self.error = _error_label()
        layout.addWidget(self.error)
        self.approve_button = _accept_row(self, layout, self.tr("Approve"), self.try_approve)
        self.countdown = _Countdown(self.approve_button, lambda: self.tr("Approve"))
        self.secret_edit.setFocus()

    def try_approve(self) -> None:
        if not self.approve_button.isEnabled():
            return
        try:
            with _busy():  # the check is quick but not instant (Argon2id)
                self.approve(self.name_box.currentText(), self.secret_edit.text())
        except IdentityNotProven:
            self.error.setText(self.tr("Type the supervisor's password or PIN."))
            self.error.show()
            return
        except SignInRefused as exc:
            self.error.setText(refusal_text(self, exc, either=True))
            self.error.show()
            self.countdown.start(exc.retry_after)
            self.secret_edit.clear()
            return
        self.accept()
