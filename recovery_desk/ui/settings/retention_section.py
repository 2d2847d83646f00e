"""The Settings page's "Retention" section: an administrator sets the period and applies it.

The period is applied at every start anyway (``services.startup.housekeeping``); here it
can be changed and applied at once, in the background, with the outcome shown. Shown only
to a role that may manage retention; the service refuses everyone else anyway.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.core import messages
from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.services.access.permissions import Permission, allowed
from recovery_desk.services.trust.retention import RetentionResult, apply_retention
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.account.sign_in import refusal_text
from recovery_desk.ui.common.workers import run_in_background


def _ask(parent: QWidget, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("RetentionSection", "Apply retention"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                      parent)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


class RetentionSection(QGroupBox):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.ws = workspace
        #: asks before anonymizing; tests answer it without a modal loop
        self.confirm: Callable[[QWidget, str], bool] = _ask
        self.setTitle(self.tr("Retention"))
        layout = QVBoxLayout(self)
        explain = QLabel(self.tr(
            "Customers whose cases all closed more than this many months ago are anonymized: "
            "their name, contact details, words and notes are removed for good. The cases "
            "and their figures stay. The period is applied at every start."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        row = QHBoxLayout()
        self.months = QSpinBox()
        self.months.setRange(0, 240)
        self.months.setSuffix(self.tr(" months"))
        self.months.setSpecialValueText(self.tr("off"))
        self.months.setAccessibleName(self.tr("Retention period in months"))
        self.apply_button = QPushButton(self.tr("Save and apply now…"))
        self.apply_button.clicked.connect(self.apply)
        row.addWidget(self.months)
        row.addWidget(self.apply_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    def activate(self) -> None:
        """Show only to a role that may manage retention, with the period now in force."""
        show = allowed(self.ws, Permission.MANAGE_RETENTION)
        self.setVisible(show)
        if show:
            self.months.setValue(int(self.ws.settings.retention_months or 0))

    def apply(self) -> None:
        months = self.months.value()
        if months and not self.confirm(self, self.tr(
                "Anonymize now every customer whose cases all closed more than %1 months "
                "ago? This cannot be undone.").replace("%1", str(months))):
            return
        settings = self.ws.settings
        previous = settings.retention_months
        settings.retention_months = months
        try:
            settings.save()
        except OSError as exc:
            settings.retention_months = previous
            messages.error(self.tr("Could not save the settings: %1").replace("%1", str(exc)))
            return
        if not months:
            self.status.setText(self.tr("Retention is off: no customer is anonymized."))
            return
        self.apply_button.setEnabled(False)
        self.status.setText(self.tr("Applying the retention period…"))
        ws = self.ws
        run_in_background(lambda: apply_retention(ws, months), self._done, self._failed)

    def _done(self, result: RetentionResult) -> None:
        self.apply_button.setEnabled(True)
        text = self.tr("Anonymized %1 customer(s) in %2 case(s).").replace(
            "%1", str(result.customers)).replace("%2", str(result.cases))
        self.status.setText(text)
        messages.info(text)

    def _failed(self, exc: BaseException) -> None:
        self.apply_button.setEnabled(True)
        if isinstance(exc, RecoveryDeskError):
            text = refusal_text(self, exc)
        else:
            text = self.tr("Applying the retention period failed: %1").replace("%1", str(exc))
        self.status.setText(text)
        messages.error(text)
