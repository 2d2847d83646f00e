"""Starting a session in the real window: an empty, focused name field (never the previous
user), Esc after a wrong password asks before quitting, restore offers only one's own
drafts, and only administrators change where the desk's cases go."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher, profiles
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from recovery_desk.services.access.accounts import Accounts
from recovery_desk.services.cases import drafts
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.account.sign_in import SignInDialog, ensure_signed_in
from recovery_desk.ui.app import make_app
from recovery_desk.ui.main_window import MainWindow
from tests.conftest import open_default_case

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def accounts(workspace: Workspace) -> Accounts:
    make_app()
    workspace.access.password_hasher = PasswordHasher.from_parameters(profiles.CHEAPEST)
    accounts = Accounts(workspace)
    accounts.create_first_admin("Ada Admin", "admin password")
    accounts.sign_in("Ada Admin", "admin password")
    accounts.add_user("Alex Agent", "agent", "agent password")
    return accounts


@pytest.mark.parametrize("pin", [False, True])
def test_sign_in_starts_on_an_empty_focused_name(qtbot, accounts: Accounts,  # noqa: ANN001
                                                 workspace: Workspace, pin: bool) -> None:
    workspace.settings.user = "Ada Admin"  # the previous user, as settings.json remembers
    dialog = SignInDialog(workspace, pin=pin, accounts=accounts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    assert dialog.name_box.currentText() == ""
    assert QApplication.focusWidget() is dialog.name_box
    qtbot.keyClicks(dialog.name_box, "Alex Agent")  # a colleague types their own name
    assert dialog.name_box.currentText() == "Alex Agent" and dialog.secret_edit.text() == ""


def test_cancelling_the_sign_in_asks_before_quitting(qtbot, accounts: Accounts,  # noqa: ANN001
                                                    workspace: Workspace) -> None:
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    seen: list[str] = []

    def act() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, SignInDialog):
            seen.append("sign-in")
            modal.reject()  # Esc, e.g. after a wrong password
        elif isinstance(modal, QMessageBox):
            seen.append("asked")
            modal.button(answers.pop(0)).click()
        if answers:
            QTimer.singleShot(50, act)
    QTimer.singleShot(50, act)
    assert ensure_signed_in(workspace, None) is False
    # No brought the sign-in back; only the second, confirmed cancel quits
    assert seen == ["sign-in", "asked", "sign-in", "asked"]


def test_restore_offers_only_the_signed_in_users_own_drafts(qtbot,  # noqa: ANN001
                                                            window: MainWindow) -> None:
    workspace = window.ws
    kims = open_default_case(_service_as(workspace, "kim"))
    drafts.save_drafts(workspace.engine, workspace.desk_id, "kim", {
        f"{workspace.desk_id}:case:{kims.case_id}:note": (kims.case_id, "kim's private note")})
    workspace.settings.open_cases = [kims.case_id]
    window.desk.banner.hide()
    workspace.trust_in_process("tester")  # the next person at the counter starts the desk
    window.desk._first_start_checks()
    assert not window.desk.banner.isVisible()
    assert kims.case_id not in window.desk.panels
    # kim herself is offered her case and her note
    workspace.trust_in_process("kim")
    window.desk._first_start_checks()
    assert window.desk.banner.isVisible() and window.desk.banner_yes.text() == "Restore"
    window.desk.banner_yes.click()
    assert window.desk.panels[kims.case_id].notes.note_edit.toPlainText() == "kim's private note"


def _service_as(workspace: Workspace, user: str):  # noqa: ANN202
    from recovery_desk.services.cases.recovery import CaseService

    workspace.ensure_user(user, "agent")
    workspace.trust_in_process(user)
    return CaseService(workspace)


def test_only_an_administrator_changes_the_sync_target(qtbot, window: MainWindow,  # noqa: ANN001
                                                       accounts: Accounts) -> None:
    window.show_page("settings")
    page = window.settings_page
    accounts.sign_in("Alex Agent", "agent password")
    page.activate()
    assert page.sync_edit.isReadOnly() and page.desk_edit.isReadOnly()
    assert page.where_note.isVisible() and "administrator" in page.where_note.text()
    page.sync_edit.setText("/tmp/elsewhere")  # even if the text changed somehow
    page.save_button.click()
    assert window.ws.settings.sync_target == "" and Settings.load().sync_target == ""
    accounts.sign_in("Ada Admin", "admin password")
    page.activate()
    assert not page.sync_edit.isReadOnly() and not page.where_note.isVisible()
    page.sync_edit.setText("/srv/shared/recovery")
    page.save_button.click()
    assert window.ws.settings.sync_target == "/srv/shared/recovery"
