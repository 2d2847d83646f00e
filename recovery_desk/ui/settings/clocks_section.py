"""Settings ▸ Regulated handling: the log's clock rule pack and who letters come from.

Choosing the pack is a supervisor's or administrator's action, recorded as an event; cases
already open keep the deadlines they were given. The organization's name and contact go on
every letter and are this workstation's settings.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from recovery_desk.core import messages
from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.services.access.permissions import Permission, allowed
from recovery_desk.services.regulated import packs
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common.flow_texts import error_text
from recovery_desk.ui.common.formatting import date_time


class ClocksSection(QGroupBox):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.ws = workspace
        self.setTitle(self.tr("Regulated handling"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.pack_box = QComboBox()
        self.pack_box.setAccessibleName(self.tr("Clock rule pack for new cases"))
        self.use_button = QPushButton(self.tr("Use for new cases"))
        self.use_button.clicked.connect(self.use)
        row.addWidget(QLabel(self.tr("Clock rule pack:")))
        row.addWidget(self.pack_box, 1)
        row.addWidget(self.use_button)
        layout.addLayout(row)
        self.current = QLabel()
        self.current.setWordWrap(True)
        layout.addWidget(self.current)
        form = QFormLayout()
        self.org_name = QLineEdit()
        self.org_name.setAccessibleName(self.tr("Organization's name on letters"))
        self.org_contact = QLineEdit()
        self.org_contact.setAccessibleName(self.tr("Organization's reply address"))
        self.org_contact.setPlaceholderText(self.tr("complaints@example.org"))
        form.addRow(self.tr("Organization on letters:"), self.org_name)
        form.addRow(self.tr("Reply address:"), self.org_contact)
        layout.addLayout(form)

    def activate(self) -> None:
        lang = self.ws.settings.language
        lib = packs.library()
        choice = packs.current_choice(self.ws)
        self.pack_box.clear()
        self.pack_box.addItem(self.tr("No regulated clocks"), packs.NO_PACK)
        for pack in sorted(lib.usable.values(), key=lambda p: p.name.get(lang)):
            self.pack_box.addItem(pack.name.get(lang), pack.id)
        if choice is not None:
            self.pack_box.setCurrentIndex(max(0, self.pack_box.findData(choice.pack_id)))
        may = allowed(self.ws, Permission.MANAGE_CLOCKS)
        self.pack_box.setEnabled(may)
        self.use_button.setVisible(may)
        if choice is None or choice.pack_id == packs.NO_PACK:
            self.current.setText(self.tr("New cases run no regulated clocks."))
        else:
            self.current.setText(self.tr("New cases run under this pack since %1 (chosen by "
                                         "%2).").replace("%1", date_time(choice.chosen_at))
                                 .replace("%2", choice.chosen_by))
        if not may:
            self.current.setText(self.current.text() + " " + self.tr(
                "A supervisor or administrator chooses the pack."))
        self.org_name.setText(self.ws.settings.organization_name)
        self.org_contact.setText(self.ws.settings.organization_contact)

    def use(self) -> None:
        try:
            packs.choose_pack(self.ws, self.pack_box.currentData())
        except RecoveryDeskError as exc:
            messages.error(error_text(exc))
            return
        self.activate()

    def save_into_settings(self) -> None:
        """Called by the page's Save: the organization's details go with the settings."""
        self.ws.settings.organization_name = self.org_name.text().strip()
        self.ws.settings.organization_contact = self.org_contact.text().strip()
