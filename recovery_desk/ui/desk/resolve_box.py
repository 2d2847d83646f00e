"""The resolution stage's box: choose a remedy from the catalogue, its amount and deadline,
offer it; an offer over the agent's limit waits here for a supervisor's approval."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from recovery_desk.core import messages
from recovery_desk.domain.case import CaseState
from recovery_desk.domain.playbook import Playbook
from recovery_desk.ui.common.formatting import money


@dataclass(frozen=True)
class Offer:
    """What the agent chose in the box, ready for ``CaseService.offer``."""

    resolution: str
    amount: Decimal | None
    currency: str | None
    deadline: date | None


def _amount(text: str) -> Decimal | None:
    """A typed amount, or None while it is not (yet) a number."""
    try:
        return Decimal(text.replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        return None


class ResolveBox(QGroupBox):
    def __init__(self, playbook: Playbook, currencies: Sequence[str], lang: str) -> None:
        super().__init__(self.tr("Resolution"))
        self.playbook, self.lang = playbook, lang
        form = QFormLayout(self)
        self.resolution_box = QComboBox()
        self.resolution_box.setAccessibleName(self.tr("Resolution"))
        for res in playbook.resolutions:
            self.resolution_box.addItem(res.label.get(lang), res.id)
        self.resolution_box.currentIndexChanged.connect(self._kind_changed)
        self.amount_edit = QLineEdit()
        self.amount_edit.setAccessibleName(self.tr("Amount"))
        self.amount_edit.setPlaceholderText("0.00")
        self.currency_box = QComboBox()
        self.currency_box.setAccessibleName(self.tr("Currency"))
        for currency in currencies:
            self.currency_box.addItem(currency, currency)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount_edit, 1)
        amount_row.addWidget(self.currency_box)
        self.limit_label = QLabel()
        self.limit_label.setObjectName("limitLabel")
        self.limit_label.setWordWrap(True)
        self.role = ""
        self.currency_box.currentIndexChanged.connect(self._show_limit)
        self.amount_edit.textChanged.connect(self._show_limit)
        self.deadline_edit = QDateEdit()
        self.deadline_edit.setAccessibleName(self.tr("Promised deadline"))
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDisplayFormat("yyyy-MM-dd")
        self.deadline_edit.setDate(QDate.currentDate().addDays(3))
        self.offer_button = QPushButton(self.tr("Offer (Ctrl+Shift+O)"))
        self.escalation_label = QLabel()
        self.escalation_label.setWordWrap(True)
        self.approve_button = QPushButton(self.tr("Supervisor approves here (Ctrl+Shift+A)"))
        form.addRow(self.tr("Resolution:"), self.resolution_box)
        form.addRow(self.tr("Amount:"), amount_row)
        form.addRow(self.limit_label)
        form.addRow(self.tr("Deadline:"), self.deadline_edit)
        form.addRow(self.offer_button)
        form.addRow(self.escalation_label)
        form.addRow(self.approve_button)
        self._kind_changed()

    def _kind_changed(self) -> None:
        spec = self.playbook.resolution(self.resolution_box.currentData() or "")
        needs_amount = bool(spec and spec.amount)
        self.amount_edit.setEnabled(needs_amount)
        self.currency_box.setEnabled(needs_amount)
        self.deadline_edit.setEnabled(bool(spec and spec.deadline))
        self._show_limit()

    def set_role(self, role: str) -> None:
        """Whose limit the box shows before offering: the signed-in user's role."""
        self.role = role
        self._show_limit()

    def _show_limit(self) -> None:
        """The agent's limit in the chosen currency, and whether the typed amount is over it,
        so nobody learns the limit only after offering."""
        spec = self.playbook.resolution(self.resolution_box.currentData() or "")
        self.limit_label.setVisible(bool(spec and spec.amount and self.role))
        if not (spec and spec.amount and self.role):
            return
        currency = self.currency_box.currentData() or ""
        limit = self.playbook.limit_for(self.role, currency)
        if limit is None:
            self.limit_label.setText(self.tr("You may give any amount without approval."))
            self.limit_label.setStyleSheet("")
            return
        text = self.tr("Your limit: %1 without a supervisor's approval.").replace(
            "%1", money(limit, currency))
        over = _amount(self.amount_edit.text())
        if over is not None and over > limit:
            text += " " + self.tr("This amount needs a supervisor's approval.")
        self.limit_label.setText(text)
        self.limit_label.setStyleSheet(
            "color: #8a5300;" if over is not None and over > limit else "")

    def show_state(self, s: CaseState, resolving: bool) -> None:
        """``resolving``: the case is in its resolution stage (the box shows only then)."""
        self.setVisible(resolving)
        self.escalation_label.setVisible(s.escalation_pending)
        self.approve_button.setVisible(s.escalation_pending)
        if s.escalation_pending:
            self.escalation_label.setText(self.tr(
                "%1 is over the limit of %2: a supervisor must approve it. Ask one to approve "
                "here, or park the case and serve the next customer: it waits for approval.")
                .replace("%1", money(s.redress_amount, s.currency))
                .replace("%2", money(s.escalation_limit, s.currency)))
        elif s.resolution and resolving:
            self._show_offered(s)

    def _show_offered(self, s: CaseState) -> None:
        assert s.resolution is not None
        self.resolution_box.setCurrentIndex(max(0, self.resolution_box.findData(s.resolution)))
        if s.redress_amount is not None and not self.amount_edit.hasFocus():
            self.amount_edit.setText(str(s.redress_amount))
            self.currency_box.setCurrentIndex(max(0, self.currency_box.findData(s.currency)))
        spec = self.playbook.resolution(s.resolution)
        offered = spec.label.get(self.lang) if spec else s.resolution
        amount = f" {money(s.redress_amount, s.currency)}" if s.redress_amount else ""
        self.escalation_label.setVisible(True)
        self.escalation_label.setText(self.tr("Offered: %1").replace(
            "%1", f"{offered}{amount}") + (" · " + self.tr("by %1").replace(
                "%1", s.deadline) if s.deadline else ""))

    def offer(self) -> Offer | None:
        """The chosen remedy; None (with the reason shown) if the amount is not a number."""
        resolution = self.resolution_box.currentData()
        spec = self.playbook.resolution(resolution)
        amount = None
        if spec and spec.amount:
            try:
                amount = Decimal(self.amount_edit.text().replace(",", ".").replace(" ", ""))
            except InvalidOperation:
                messages.warning(self.tr("Type the amount as a number, e.g. 25.50."))
                self.amount_edit.setFocus()
                return None
        chosen = self.deadline_edit.date()
        deadline = date(chosen.year(), chosen.month(), chosen.day()) \
            if spec and spec.deadline else None
        return Offer(resolution, amount,
                     self.currency_box.currentData() if amount is not None else None, deadline)
