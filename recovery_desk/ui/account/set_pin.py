"""The signed-in user sets their own quick-switch PIN (File ▸ My PIN…), confirming with
their password; the check is the service's."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from recovery_desk.services.access.accounts import AccountError, Accounts, SignInRefused
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.account.sign_in import (
    _accept_row,
    _AccountDialog,
    _busy,
    _Countdown,
    _error_label,
    refusal_text,
)


class SetPinDialog(_AccountDialog):
    """The signed-in user sets their own quick-switch PIN, confirming with their password."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        accounts: Accounts | None = None,
    ) -> None:
        super().__init__(workspace, parent, accounts)
        self.setWindowTitle(self.tr("My PIN"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A PIN of 4 to 8 digits lets you take over a shared counter "
                "quickly (File ▸ Switch user…). Confirm with your password."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.password_edit = QLineEdit()
        self.pin_edit = QLineEdit()
        self.again_edit = QLineEdit()
        for edit, name in (
            (self.password_edit, self.tr("Your password")),
            (self.pin_edit, self.tr("New PIN")),
            (self.again_edit, self.tr("New PIN again")),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
        self.pin_edit.setMaxLength(8)
        self.again_edit.setMaxLength(8)
        form.addRow(self.tr("Your password:"), self.password_edit)
        form.addRow(self.tr("New PIN:"), self.pin_edit)
        form.addRow(self.tr("New PIN again:"), self.again_edit)
        layout.addLayout(form)
        self.error = _error_label()
        layout.addWidget(self.error)
        self.save_button = _accept_row(self, layout, self.tr("Set PIN"), self.save)
        self.countdown = _Countdown(self.save_button, lambda: self.tr("Set PIN"))
        self.password_edit.setFocus()

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        pin = self.pin_edit.text()
        if pin != self.again_edit.text():
            self._fail(self.tr("The two PINs differ. Type the same one twice."))
            return
        try:
            with _busy():
                self.accounts.set_pin(self.ws.user, pin, current=self.password_edit.text())
        except AccountError:
            self._fail(self.tr("A PIN is 4 to 8 digits."))
            return
        except SignInRefused as exc:
            self._fail(refusal_text(self, exc))
            self.countdown.start(exc.retry_after)
            self.password_edit.clear()
            return
        self.accept()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
