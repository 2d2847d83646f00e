"""The sign-in dialogs on a real log: first admin, wrong password, countdown, lock, PIN."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher, profiles

from recovery_desk.services.access.accounts import LOCK_AFTER, Accounts
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.account.sign_in import FirstAdminDialog, SignInDialog
from recovery_desk.ui.app import make_app

# sign-in answers come from a background check: one that never returns would hang
pytestmark = pytest.mark.timeout(120)


def _sign_in(qtbot, dialog: SignInDialog) -> None:  # noqa: ANN001
    """Press Sign in and wait for the check, which runs on a worker thread."""
    dialog.try_sign_in()
    assert dialog.checking or dialog.result() == dialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: not dialog.checking, timeout=10_000)


@pytest.fixture
def accounts(workspace: Workspace) -> Accounts:
    make_app()
    workspace.access.password_hasher = PasswordHasher.from_parameters(profiles.CHEAPEST)
    return Accounts(workspace)


def test_first_start_creates_the_admin_and_signs_in(qtbot, accounts: Accounts,  # noqa: ANN001
                                                    workspace: Workspace) -> None:
    dialog = FirstAdminDialog(workspace, accounts=accounts)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Ada Admin")
    dialog.password_edit.setText("admin password")
    dialog.again_edit.setText("admin passwort")
    dialog.create_admin()
    assert "differ" in dialog.error.text() and accounts.needs_first_admin()
    dialog.again_edit.setText("admin password")
    dialog.create_admin()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert workspace.user == "Ada Admin" and workspace.session.authenticated  # type: ignore


def test_wrong_password_disables_the_button_for_the_delay(qtbot,  # noqa: ANN001
                                                          accounts: Accounts,
                                                          workspace: Workspace) -> None:
    accounts.create_first_admin("Ada Admin", "admin password")
    dialog = SignInDialog(workspace, accounts=accounts)
    qtbot.addWidget(dialog)
    assert "Ada Admin" in [dialog.name_box.itemText(i) for i in range(dialog.name_box.count())]
    assert "tester" not in [dialog.name_box.itemText(i) for i in range(dialog.name_box.count())]
    dialog.name_box.setCurrentText("Ada Admin")
    dialog.secret_edit.setText("wrong")
    _sign_in(qtbot, dialog)
    assert dialog.error.text().startswith("The user name or password is not right.")
    assert not dialog.sign_in_button.isEnabled() and "(1)" in dialog.sign_in_button.text()
    qtbot.waitUntil(dialog.sign_in_button.isEnabled, timeout=3000)
    dialog.secret_edit.setText("admin password")
    dialog.try_sign_in()
    assert dialog.checking and not dialog.secret_edit.isEnabled()  # on a worker thread
    dialog.reject()  # Cancel while checking waits for the answer: no sign-in behind it
    qtbot.waitUntil(lambda: not dialog.checking, timeout=10_000)
    assert dialog.result() == dialog.DialogCode.Accepted and workspace.user == "Ada Admin"


def test_locked_account_says_until_when(qtbot, accounts: Accounts,  # noqa: ANN001
                                        workspace: Workspace) -> None:
    accounts.create_first_admin("Ada Admin", "admin password")
    accounts.sign_in("Ada Admin", "admin password")
    with workspace.engine.begin() as conn:  # as if four wrong attempts came long ago
        conn.exec_driver_sql("UPDATE users SET failed_attempts = ?, last_failed_at = "
                             "'2000-01-01 00:00:00' WHERE name = 'Ada Admin'",
                             (LOCK_AFTER - 1,))
    dialog = SignInDialog(workspace, accounts=accounts)
    qtbot.addWidget(dialog)
    dialog.name_box.setCurrentText("Ada Admin")
    dialog.secret_edit.setText("wrong")
    _sign_in(qtbot, dialog)
    assert "locked" in dialog.error.text() and "15 min" in dialog.error.text()
    assert not dialog.sign_in_button.isEnabled()


def test_pin_switch_and_disabled_account(qtbot, accounts: Accounts,  # noqa: ANN001
                                         workspace: Workspace) -> None:
    accounts.create_first_admin("Ada Admin", "admin password")
    accounts.sign_in("Ada Admin", "admin password")
    accounts.add_user("Alex Agent", "agent", "agent password")
    accounts.set_pin("Alex Agent", "4711")
    accounts.add_user("Dee Gone", "agent", "gone password")
    accounts.disable("Dee Gone")
    dialog = SignInDialog(workspace, pin=True, accounts=accounts)
    qtbot.addWidget(dialog)
    assert dialog.secret_label.text() == "PIN:"
    dialog.name_box.setCurrentText("Dee Gone")
    dialog.pin_box.setChecked(False)
    dialog.secret_edit.setText("gone password")
    _sign_in(qtbot, dialog)
    assert "disabled" in dialog.error.text() and dialog.sign_in_button.isEnabled()
    dialog.pin_box.setChecked(True)
    dialog.name_box.setCurrentText("Alex Agent")
    dialog.secret_edit.setText("4711")
    _sign_in(qtbot, dialog)
    assert workspace.user == "Alex Agent" and workspace.session.method == "pin"  # type: ignore


def test_switch_user_by_pin_in_the_window_and_users_section_for_admins(
        qtbot, window, accounts: Accounts, workspace: Workspace) -> None:  # noqa: ANN001
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    accounts.create_first_admin("Ada Admin", "admin password")
    accounts.sign_in("Ada Admin", "admin password")
    accounts.add_user("Alex Agent", "agent", "agent password")
    accounts.set_pin("Alex Agent", "4711")
    window.refresh_status()
    settings = window.pages["settings"]
    settings.activate()
    assert not settings.users_section.isHidden()  # an admin manages users there
    assert settings.users_section.add_user("Bea Agent", "agent", "bea password")
    assert accounts.get("Bea Agent").has_password  # type: ignore[union-attr]

    def type_pin() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SignInDialog) and dialog.pin_box.isChecked()
        dialog.name_box.setCurrentText("Alex Agent")
        dialog.secret_edit.setText("4711")
        dialog.try_sign_in()
    QTimer.singleShot(50, type_pin)
    assert window.switch_user(pin=True)
    assert workspace.user == "Alex Agent"
    assert window.user_label.text() == "Signed in: Alex Agent (agent)"
    settings.activate()
    assert settings.users_section.isHidden()  # not for an agent
    assert settings.user_box.currentText() == "Alex Agent" and not settings.user_box.isEnabled()


def test_own_pin_needs_the_password(qtbot, accounts: Accounts,  # noqa: ANN001
                                    workspace: Workspace) -> None:
    from recovery_desk.ui.account.set_pin import SetPinDialog

    accounts.create_first_admin("Ada Admin", "admin password")
    accounts.sign_in("Ada Admin", "admin password")
    accounts.add_user("Alex Agent", "agent", "agent password")
    accounts.sign_in("Alex Agent", "agent password")
    dialog = SetPinDialog(workspace, accounts=accounts)
    qtbot.addWidget(dialog)
    dialog.password_edit.setText("agent password")
    dialog.pin_edit.setText("12")
    dialog.again_edit.setText("12")
    dialog.save()
    assert "4 to 8 digits" in dialog.error.text()
    dialog.password_edit.setText("not my password")
    dialog.pin_edit.setText("2580")
    dialog.again_edit.setText("2580")
    dialog.save()
    assert "not right" in dialog.error.text() and not dialog.save_button.isEnabled()
    assert not accounts.get("Alex Agent").has_pin  # type: ignore[union-attr]
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=3000)
    dialog.password_edit.setText("agent password")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert accounts.switch_user("Alex Agent", "2580").method == "pin"


def test_sign_out_hides_the_window_until_someone_signs_in(
        qtbot, window, accounts: Accounts, workspace: Workspace) -> None:  # noqa: ANN001
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    accounts.create_first_admin("Ada Admin", "admin password")
    accounts.sign_in("Ada Admin", "admin password")
    accounts.add_user("Sam Supervisor", "supervisor", "supervisor password")
    seen: list[bool] = []

    def sign_in_as_sam() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SignInDialog) and not dialog.pin_box.isChecked()
        seen.append(window.isVisible() or workspace.session is not None)
        dialog.name_box.setCurrentText("Sam Supervisor")
        dialog.secret_edit.setText("supervisor password")
        dialog.try_sign_in()
    QTimer.singleShot(50, sign_in_as_sam)
    window.sign_out()
    assert seen == [False]  # hidden, nobody signed in, while the dialog was up
    assert window.isVisible() and workspace.user == "Sam Supervisor"
    assert window.user_label.text() == "Signed in: Sam Supervisor (supervisor)"
