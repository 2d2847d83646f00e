"""The Settings page's "Desks" section: this desk's key, the desks it trusts, and trusting one.

Shown only to a role that may manage trust (administrators); the service refuses everyone
else anyway. The fingerprint is typed (or pasted) by the administrator from what the other
desk shows, never filled in from a held bundle: comparing the two is the whole point.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.core import messages
from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.services.access.permissions import Permission, allowed
from recovery_desk.services.trust.desk_trust import (
    DeskRow,
    TrustRefused,
    list_desks,
    trust_desk,
)
from recovery_desk.services.trust.identity import desk_card
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.account.sign_in import refusal_text


def _ask(parent: QWidget, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("DesksSection", "Trust a desk"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                      parent)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


class DesksSection(QGroupBox):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.ws = workspace
        # asks before trusting; tests answer it without a modal loop
        self.confirm: Callable[[QWidget, str], bool] = _ask
        self.setTitle(self.tr("Desks"))
        layout = QVBoxLayout(self)
        self.identity = QLabel()
        self.identity.setWordWrap(True)
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.identity)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Desk"), self.tr("Key fingerprint"),
                                              self.tr("Status"), self.tr("Trusted by")])
        self.table.setAccessibleName(self.tr("Known desks and their keys"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(110)
        self.table.itemSelectionChanged.connect(self._row_chosen)
        layout.addWidget(self.table)
        self.held = QLabel()
        self.held.setWordWrap(True)
        layout.addWidget(self.held)
        form = QFormLayout()
        self.desk_edit = QLineEdit()
        self.desk_edit.setAccessibleName(self.tr("Desk id to trust"))
        self.desk_edit.setPlaceholderText(self.tr("e.g. RIGA-2"))
        self.fingerprint_edit = QLineEdit()
        self.fingerprint_edit.setAccessibleName(self.tr("Its key fingerprint"))
        self.fingerprint_edit.setPlaceholderText(
            self.tr("as that desk shows it (recovery-desk desks identity)"))
        form.addRow(self.tr("Desk id:"), self.desk_edit)
        form.addRow(self.tr("Key fingerprint:"), self.fingerprint_edit)
        layout.addLayout(form)
        self.trust_button = QPushButton(self.tr("Trust this desk…"))
        self.trust_button.clicked.connect(self.trust)
        layout.addWidget(self.trust_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    def activate(self) -> None:
        """Show only to a role that may manage trust, with what the log knows now."""
        show = allowed(self.ws, Permission.MANAGE_TRUST)
        self.setVisible(show)
        if show:
            self.refresh()

    def refresh(self) -> None:
        card = desk_card(self.ws.engine)
        if card is None:
            self.identity.setText(self.tr("This case log is a server, not a desk: it has no "
                                          "key of its own."))
        else:
            text = self.tr("This desk is %1; its key fingerprint is %2. Other desks compare "
                           "this with what they are asked to trust.")
            self.identity.setText(text.replace("%1", card.desk_id)
                                  .replace("%2", card.fingerprint))
        rows, holds = list_desks(self.ws.engine)
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            values = (row.desk_id, row.fingerprint, self._status(row), row.trusted_by or "")
            for column, value in enumerate(values):
                self.table.setItem(number, column, QTableWidgetItem(value))
        held = [h for h in holds if h.kind == "untrusted"]
        if held:
            desks = sorted({h.desk_id for h in held if h.desk_id})
            self.held.setText(self.tr("Held aside, not applied: %1 bundle(s) from desks not "
                                      "trusted here (%2).")
                              .replace("%1", str(len(held))).replace("%2", ", ".join(desks)))
        else:
            self.held.setText(self.tr("Nothing is held aside."))

    def _status(self, row: DeskRow) -> str:
        words = {"own": self.tr("this desk"), "trusted": self.tr("trusted"),
                 "seen": self.tr("not trusted: its events are held aside"),
                 "retired": self.tr("replaced by a newer key")}
        text = words.get(row.status, row.status)
        if row.status == "trusted" and not row.key_seen:
            text = self.tr("trusted; nothing received from it yet")
        return text

    def _row_chosen(self) -> None:
        """Choosing a row names its desk; the fingerprint is always typed by hand."""
        items = self.table.selectedItems()
        if items:
            chosen = self.table.item(items[0].row(), 0)
            if chosen is not None:
                self.desk_edit.setText(chosen.text())

    def trust(self) -> None:
        desk = self.desk_edit.text().strip()
        printed = self.fingerprint_edit.text().strip()
        if not desk or not printed:
            self.status.setText(self.tr("Type the desk id and the key fingerprint that desk "
                                        "shows."))
            return
        if not self.confirm(self, self.tr(
                "Trust desk %1 with the key %2? Do this only after comparing the fingerprint "
                "with what that desk shows, by phone or in person. Its events will then apply "
                "here.").replace("%1", desk).replace("%2", printed)):
            return
        try:
            result = trust_desk(self.ws, desk, printed)
        except TrustRefused as exc:
            self.status.setText(self._refused(exc, desk))
            return
        except RecoveryDeskError as exc:
            self.status.setText(refusal_text(self, exc))
            return
        self.fingerprint_edit.clear()
        text = (self.tr("Desk %1 is trusted. Its held events apply at the next sync.")
                if result.key_seen else
                self.tr("Desk %1 is trusted. Its events apply once they arrive."))
        text = text.replace("%1", result.desk_id)
        self.status.setText(text)
        messages.info(text)
        self.refresh()

    def _refused(self, exc: TrustRefused, desk: str) -> str:
        texts = {
            "not_a_desk": self.tr("%1 is not a desk id: letters, digits, - and _ only."),
            "not_a_fingerprint": self.tr("That is not a key fingerprint: it has 32 hex "
                                         "digits (0–9, a–f), in groups of four."),
            "own_desk": self.tr("%1 is this desk itself."),
            "has_other_key": self.tr("Desk %1 already has a trusted key. If it really has a "
                                     "new one, an administrator replaces it with recovery-desk "
                                     "desks trust %1 FINGERPRINT --replace."),
        }
        return texts.get(exc.reason, str(exc)).replace("%1", desk)
