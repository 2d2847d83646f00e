"""The Settings page's "Users" section: an administrator manages the sign-in accounts.

Shown only to a role that may manage users; the service refuses everyone else anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from recovery_desk.core import messages
from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.services.access.accounts import Account, Accounts
from recovery_desk.services.access.permissions import ROLES, Permission, allowed
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.account.sign_in import refusal_text
from recovery_desk.ui.common.labels import role_label


class UsersSection(QGroupBox):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.ws = workspace
        self.accounts = Accounts(workspace)
        self.setTitle(self.tr("Users"))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"),
                                              self.tr("State")])
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(160)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("add", self.tr("Add user…"), self.ask_add),
                                ("password", self.tr("Set password…"), self.ask_password),
                                ("pin", self.tr("Set PIN…"), self.ask_pin),
                                ("toggle", self.tr("Disable"), self.toggle_active),
                                ("unlock", self.tr("Unlock"), self.unlock)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self._selection_changed)

    def activate(self) -> None:
        """Show (and fill) only for a role that may manage users."""
        show = allowed(self.ws, Permission.MANAGE_USERS)
        self.setVisible(show)
        if show:
            self.reload()

    def reload(self) -> None:
        now = datetime.now(UTC)
        chosen = self.selected()
        self.rows: list[Account] = self.accounts.list()
        self.table.setRowCount(len(self.rows))
        for number, account in enumerate(self.rows):
            for column, text in enumerate((account.name, role_label(account.role),
                                           self._state(account, now))):
                self.table.setItem(number, column, QTableWidgetItem(text))
            if account.name == chosen:
                self.table.selectRow(number)
        self._selection_changed()

    def _state(self, account: Account, now: datetime) -> str:
        parts = []
        if not account.active:
            parts.append(self.tr("disabled"))
        if not account.has_password:
            parts.append(self.tr("no password: cannot sign in"))
        if account.locked(now) and account.locked_until is not None:
            parts.append(self.tr("locked until %1").replace(
                "%1", account.locked_until.astimezone().strftime("%H:%M")))
        if account.has_pin:
            parts.append(self.tr("PIN"))
        return ", ".join(parts) or self.tr("active")

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or not getattr(self, "rows", None):
            return None
        return self.rows[rows[0].row()].name

    def _selection_changed(self) -> None:
        name = self.selected()
        account = next((a for a in getattr(self, "rows", []) if a.name == name), None)
        for key in ("password", "pin", "toggle", "unlock"):
            self.buttons[key].setEnabled(account is not None)
        self.buttons["toggle"].setText(self.tr("Enable") if account and not account.active
                                       else self.tr("Disable"))

    # -- actions (the dialogs only ask; the service decides) ---------------------

    def _do(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except RecoveryDeskError as exc:
            messages.error(refusal_text(self, exc))
            return False
        self.reload()
        return True

    def _secret(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Password)
        return text if ok else None

    def ask_add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add user"), self.tr("Name:"))
        if not ok or not name.strip():
            return
        labels = [role_label(r) for r in ROLES]
        role, ok = QInputDialog.getItem(self, self.tr("Add user"), self.tr("Role:"), labels,
                                        0, False)
        if not ok:
            return
        password = self._secret(self.tr("Add user"), self.tr("Password (at least 8 "
                                                             "characters):"))
        if password is not None:
            self.add_user(name, ROLES[labels.index(role)], password)

    def add_user(self, name: str, role: str, password: str) -> bool:
        return self._do(lambda: self.accounts.add_user(name, role, password))

    def ask_password(self) -> None:
        name = self.selected()
        if name is None:
            return
        password = self._secret(self.tr("Set password"),
                                self.tr("New password for %1:").replace("%1", name))
        if password is not None:
            self._do(lambda: self.accounts.set_password(name, password))

    def ask_pin(self) -> None:
        name = self.selected()
        if name is None:
            return
        pin = self._secret(self.tr("Set PIN"), self.tr(
            "Quick-switch PIN for %1 (4 to 8 digits; empty removes it):").replace("%1", name))
        if pin is not None:
            self._do(lambda: self.accounts.set_pin(name, pin or None))

    def toggle_active(self) -> None:
        name = self.selected()
        account = next((a for a in self.rows if a.name == name), None)
        if account is None:
            return
        if account.active:
            self._do(lambda: self.accounts.disable(account.name))
        else:
            self._do(lambda: self.accounts.enable(account.name))

    def unlock(self) -> None:
        name = self.selected()
        if name is not None:
            self._do(lambda: self.accounts.unlock(name))
