"""Sign-in: the first administrator, the sign-in dialog and quick switch by PIN (a
supervisor approving at someone else's desk proves who they are in ``approval``).

All checks happen in ``services/accounts.py``; these dialogs only ask and explain. When the
service says to wait (after wrong attempts), the button is disabled and counts down on a
timer: nothing here sleeps.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.services.access.accounts import (
    MIN_PASSWORD_LENGTH,
    AccountDisabled,
    AccountError,
    AccountLocked,
    Accounts,
    SignInRefused,
    TryAgainLater,
)
from recovery_desk.services.access.permissions import PermissionDenied
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common.flow_texts import error_text
from recovery_desk.ui.common.workers import run_in_background


def refusal_text(
    widget: QWidget, exc: BaseException, *, pin: bool = False, either: bool = False
) -> str:
    """The refusal in the interface language (the service's text is English)."""
    if isinstance(exc, AccountLocked) and exc.locked_until is not None:
        until = exc.locked_until.astimezone().strftime("%H:%M")
        minutes = max(1, math.ceil(exc.retry_after / 60))
        return (
            translate(
                "SignIn",
                "This account is locked after too many wrong attempts, until %1 "
                "(%2 min). Wait, or ask an administrator to unlock it."
            )
            .replace("%1", until)
            .replace("%2", str(minutes))
        )
    if isinstance(exc, TryAgainLater):
        return translate("SignIn", "Too many wrong attempts. Try again in %1 s.").replace(
            "%1", str(exc.wait_seconds)
        )
    if isinstance(exc, AccountDisabled):
        return translate("SignIn", "This account is disabled. Ask an administrator if you "
                         "should still have access.")
    if isinstance(exc, SignInRefused):
        text = (
            translate("SignIn", "The name or the password or PIN is not right.")
            if either
            else translate("SignIn", "The user name or PIN is not right.")
            if pin
            else translate("SignIn", "The user name or password is not right.")
        )
        if exc.wait_seconds:
            again = translate("SignIn", "Try again in %1 s.")
            text += " " + again.replace("%1", str(exc.wait_seconds))
        return text
    return error_text(exc)  # a refusal by role, or any other coded refusal


translate = QCoreApplication.translate


def denied_text(widget: QWidget, exc: PermissionDenied) -> str:
    """A refusal by role, in the interface language: who is signed in, who may do it."""
    return error_text(exc)


class _Countdown:
    """Keeps a button disabled for the seconds the service asked to wait."""

    def __init__(self, button: QPushButton, label: Callable[[], str]) -> None:
        self.button, self.label = button, label
        self.left = 0
        self.timer = QTimer(button)
        self.timer.setInterval(1000)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # never early: the service counts
        self.timer.timeout.connect(self._tick)

    def start(self, seconds: float) -> None:
        self.left = math.ceil(seconds)
        if self.left > 0:
            self.button.setEnabled(False)
            self._show()
            self.timer.start()

    def _tick(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self.timer.stop()
            self.button.setEnabled(True)
            self.button.setText(self.label())
        else:
            self._show()

    def _show(self) -> None:
        self.button.setText(f"{self.label()} ({self.left})")


@contextmanager
def _busy() -> Iterator[None]:
    """A wait cursor for the short, synchronous checks (approval, first admin, own PIN)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def _accept_row(dialog: QDialog, layout: QVBoxLayout, label: str,
                on_accept: Callable[[], None]) -> QPushButton:
    """The dialogs' button row: one default action and Cancel; returns the action button."""
    buttons = QDialogButtonBox()
    button = buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
    button.setDefault(True)
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return button


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("signInError")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class _AccountDialog(QDialog):
    """A dialog that works on the log's accounts (``accounts``: tests pass cheap hashing)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None,
                 accounts: Accounts | None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.accounts = accounts or Accounts(workspace)


class SignInDialog(_AccountDialog):
    """User name and password, or PIN for a quick switch at a shared counter."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        pin: bool = False,
        accounts: Accounts | None = None,
    ) -> None:
        super().__init__(workspace, parent, accounts)
        self.setWindowTitle(self.tr("Sign in – Recovery Desk"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Sign in"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Desk %1. Sign in with your own account: every step you record carries your name."
            ).replace("%1", workspace.desk_id)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_box = QComboBox()
        self.name_box.setEditable(True)
        self.name_box.setAccessibleName(self.tr("User name"))
        self.name_box.addItems(self.accounts.can_sign_in())
        # never the previous user: a colleague typing their own name must not spend an
        # attempt (five lock it) on someone else's account
        self.name_box.setCurrentIndex(-1)
        self.name_box.setCurrentText("")
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_label = QLabel()
        self.secret_label.setBuddy(self.secret_edit)
        form.addRow(self.tr("User name:"), self.name_box)
        form.addRow(self.secret_label, self.secret_edit)
        layout.addLayout(form)
        self.pin_box = QCheckBox(self.tr("Quick switch with my PIN"))
        self.pin_box.toggled.connect(self._mode_changed)
        layout.addWidget(self.pin_box)
        self.error = _error_label()
        layout.addWidget(self.error)
        self.sign_in_button = _accept_row(self, layout, self.tr("Sign in"), self.try_sign_in)
        self.countdown = _Countdown(self.sign_in_button, lambda: self.tr("Sign in"))
        self.checking = False
        self.pin_box.setChecked(pin)
        self._mode_changed(pin)
        self.name_box.setFocus()

    def _mode_changed(self, pin: bool) -> None:
        self.secret_label.setText(self.tr("PIN:") if pin else self.tr("Password:"))
        self.secret_edit.setAccessibleName(self.tr("PIN") if pin else self.tr("Password"))
        self.secret_edit.setMaxLength(8 if pin else 1024)
        self.secret_edit.clear()

    def try_sign_in(self) -> None:
        """Check on a worker thread (Argon2id takes a noticeable moment by design)."""
        if not self.sign_in_button.isEnabled() or self.checking:
            return
        name, secret = self.name_box.currentText().strip(), self.secret_edit.text()
        pin = self.pin_box.isChecked()
        accounts = self.accounts

        def work() -> SignInRefused | None:
            try:
                if pin:
                    accounts.switch_user(name, secret)
                else:
                    accounts.sign_in(name, secret)
            except SignInRefused as exc:
                return exc
            return None

        self._set_checking(True)
        run_in_background(work, lambda refused: self._checked(refused, pin), self._failed)

    def reject(self) -> None:
        if not self.checking:  # a check under way finishes first: no sign-in after Cancel
            super().reject()

    def _set_checking(self, on: bool) -> None:
        self.checking = on
        self.sign_in_button.setEnabled(not on)
        self.sign_in_button.setText(self.tr("Checking…") if on else self.tr("Sign in"))
        self.name_box.setEnabled(not on)
        self.secret_edit.setEnabled(not on)
        self.pin_box.setEnabled(not on)

    def _checked(self, refused: SignInRefused | None, pin: bool) -> None:
        self._set_checking(False)
        if refused is None:
            self.accept()
            return
        self.show_error(refusal_text(self, refused, pin=pin))
        self.countdown.start(0 if isinstance(refused, AccountDisabled) else refused.retry_after)
        self.secret_edit.clear()
        self.secret_edit.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._set_checking(False)
        self.show_error(error_text(exc))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class FirstAdminDialog(_AccountDialog):
    """The first start: no account has a password yet, so create the administrator."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        accounts: Accounts | None = None,
    ) -> None:
        super().__init__(workspace, parent, accounts)
        self.setWindowTitle(self.tr("Create the administrator – Recovery Desk"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Create the administrator"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "This case log has no account that can sign in yet. Create the administrator "
                "now; the administrator then adds the agents, supervisors and trainers."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Administrator's name"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setPlaceholderText(
            self.tr("At least %1 characters").replace("%1", str(MIN_PASSWORD_LENGTH))
        )
        self.again_edit = QLineEdit()
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit.setAccessibleName(self.tr("Password again"))
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow(self.tr("Password again:"), self.again_edit)
        layout.addLayout(form)
        self.error = _error_label()
        layout.addWidget(self.error)
        self.create_button = _accept_row(self, layout, self.tr("Create and sign in"),
                                          self.create_admin)
        self.name_edit.setFocus()

    def create_admin(self) -> None:  # not create(): QWidget.create() is Qt's own
        name, password = self.name_edit.text().strip(), self.password_edit.text()
        if password != self.again_edit.text():
            self.error.setText(self.tr("The two passwords differ. Type the same one twice."))
            self.error.show()
            return
        try:
            with _busy():
                self.accounts.create_first_admin(name, password)
                self.accounts.sign_in(name, password)
        except AccountError:
            self.error.setText(
                self.tr(
                    "Choose a name (1 to 200 characters) and a password of at least %1 characters."
                ).replace("%1", str(MIN_PASSWORD_LENGTH))
            )
            self.error.show()
            return
        except RecoveryDeskError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()


def ensure_signed_in(
    workspace: Workspace, parent: QWidget | None = None, *, pin: bool = False
) -> bool:
    """Run the first-start or sign-in dialog until someone is signed in (False: cancelled)."""
    accounts = Accounts(workspace)
    while True:
        dialog: QDialog = FirstAdminDialog(workspace, parent, accounts=accounts) \
            if accounts.needs_first_admin() else \
            SignInDialog(workspace, parent, pin=pin, accounts=accounts)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return True
        if confirm_quit(parent):  # Esc after a wrong password must not end the app unasked
            return False


def confirm_quit(parent: QWidget | None) -> bool:
    """Cancelling the sign-in quits the app: say so and ask, No being the default."""
    answer = QMessageBox.question(
        parent, translate("SignIn", "Quit Recovery Desk?"),
        translate("SignIn", "Nobody is signed in, so Recovery Desk will close. Quit now?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
