"""The resolution stage's box: choose remedies from the catalogue, each with its amount and
deadline (a time too where the catalogue asks for one), offer them together in one currency;
an offer over the agent's limit (its total) waits here for a supervisor's approval."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from recovery_desk.core import messages
from recovery_desk.domain.case import CaseState
from recovery_desk.domain.commitments import OfferItem
from recovery_desk.domain.playbook import Playbook
from recovery_desk.ui.common.formatting import money
from recovery_desk.ui.desk.deadline_edits import DeadlineDateEdit, DeadlineTimeEdit
from recovery_desk.ui.desk.promise_words import offer_words, promise_words


@dataclass(frozen=True)
class Offer:
    """What the agent chose in the box, ready for ``CaseService.offer``: the first item and
    ``more``, all in ``currency``."""

    items: tuple[OfferItem, ...]
    currency: str | None

    @property
    def first(self) -> OfferItem:
        return self.items[0]

    @property
    def more(self) -> tuple[OfferItem, ...]:
        return self.items[1:]


def _amount(text: str) -> Decimal | None:
    """A typed amount, or None while it is not (yet) a number."""
    try:
        return Decimal(text.replace(",", ".").replace(" ", "").replace("\u00a0", ""))
    except InvalidOperation:
        return None


def _iso(item: OfferItem) -> str | None:
    return item.deadline.isoformat() if item.deadline is not None else None


class ResolveBox(QGroupBox):
    def __init__(self, playbook: Playbook, currencies: Sequence[str], lang: str) -> None:
        super().__init__(self.tr("Resolution"))
        self.playbook, self.lang = playbook, lang
        self.added: list[OfferItem] = []
        self._offer_key = ""
        form = self.form = QFormLayout(self)
        self.resolution_box = QComboBox()
        self.resolution_box.setAccessibleName(self.tr("Resolution"))
        self.resolution_box.addItem(self.tr("— choose —"), None)  # unset: records nothing
        for res in playbook.resolutions:
            self.resolution_box.addItem(res.label.get(lang), res.id)
        self.resolution_box.currentIndexChanged.connect(self._kind_changed)
        self.amount_edit = QLineEdit()
        self.amount_edit.setAccessibleName(self.tr("Amount"))
        self.amount_edit.setPlaceholderText(QLocale().toString(0.0, "f", 2))
        self.currency_box = QComboBox()
        self.currency_box.setAccessibleName(self.tr("Currency"))
        self.currency_box.setToolTip(self.tr("One currency for the whole offer"))
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
        self.deadline_edit = DeadlineDateEdit()
        self.deadline_edit.setAccessibleName(self.tr("Promised deadline"))
        self.time_edit = DeadlineTimeEdit()
        self.time_edit.setAccessibleName(self.tr("Promised time"))
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.deadline_edit, 1)
        deadline_row.addWidget(self.time_edit)
        self.add_button = QPushButton(self.tr("Add another resolution (Ctrl+Shift+R)"))
        self.add_button.setToolTip(self.tr(
            "Keeps this resolution in the offer and lets you choose the next, e.g. the "
            "redelivery and the fee back"))
        self.add_button.clicked.connect(self.add_current)
        QShortcut(QKeySequence("Ctrl+Shift+R"), self, self.add_current,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.items_list = QListWidget()
        self.items_list.setObjectName("offerItems")
        self.items_list.setAccessibleName(self.tr("Resolutions in this offer"))
        self.items_list.setToolTip(self.tr("Delete removes the selected resolution"))
        self.items_list.setMaximumHeight(72)
        QShortcut(QKeySequence.StandardKey.Delete, self.items_list, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.offer_button = QPushButton(self.tr("Offer (Ctrl+Shift+O)"))
        self.escalation_label = QLabel()
        self.escalation_label.setWordWrap(True)
        self.approve_button = QPushButton(self.tr("Supervisor approves here (Ctrl+Shift+A)"))
        form.addRow(self.tr("Resolution:"), self.resolution_box)
        form.addRow(self.tr("Amount:"), amount_row)
        form.addRow(self.limit_label)
        form.addRow(self.tr("Deadline:"), deadline_row)
        form.addRow(self.add_button)
        form.addRow(self.tr("Also in the offer:"), self.items_list)
        form.addRow(self.offer_button)
        form.addRow(self.escalation_label)
        form.addRow(self.approve_button)
        self._kind_changed()
        self._show_added()

    def _kind_changed(self) -> None:
        spec = self.playbook.resolution(self.resolution_box.currentData() or "")
        needs_amount = bool(spec and spec.amount)
        self.amount_edit.setEnabled(needs_amount)
        self.currency_box.setEnabled(needs_amount or any(i.amount for i in self.added))
        self.deadline_edit.setEnabled(bool(spec and spec.deadline))
        self.time_edit.setVisible(bool(spec and spec.deadline_time))
        self._show_limit()

    def set_role(self, role: str) -> None:
        """Whose limit the box shows before offering: the signed-in user's role."""
        self.role = role
        self._show_limit()

    def _total(self) -> Decimal | None:
        """The offer's total so far: the added resolutions and the one being chosen."""
        amounts = [i.amount for i in self.added if i.amount is not None]
        spec = self.playbook.resolution(self.resolution_box.currentData() or "")
        typed = _amount(self.amount_edit.text()) if spec and spec.amount else None
        if typed is not None:
            amounts.append(typed)
        return sum(amounts, Decimal(0)) if amounts else None

    def _show_limit(self) -> None:
        """The agent's limit in the offer's currency, and whether the offer's total is over
        it, so nobody learns the limit only after offering."""
        spec = self.playbook.resolution(self.resolution_box.currentData() or "")
        money_in_offer = bool(spec and spec.amount) or any(i.amount for i in self.added)
        self.limit_label.setVisible(money_in_offer and bool(self.role))
        if not (money_in_offer and self.role):
            return
        currency = self.currency_box.currentData() or ""
        limit = self.playbook.limit_for(self.role, currency)
        if limit is None:
            self.limit_label.setText(self.tr("You may give any amount without approval."))
            self.limit_label.setStyleSheet("")
            return
        text = self.tr("Your limit: %1 without a supervisor's approval.").replace(
            "%1", money(limit, currency))
        total = self._total()
        if total is not None and self.added:
            text = self.tr("Offer total: %1.").replace("%1", money(total, currency)) + " " + text
        over = total is not None and total > limit
        if over:
            text += " " + self.tr("This offer needs a supervisor's approval.")
        self.limit_label.setText(text)
        self.limit_label.setStyleSheet("color: #8a5300;" if over else "")

    def show_state(self, s: CaseState, resolving: bool) -> None:
        """``resolving``: the case is in its resolution stage (the box shows only then)."""
        self.setVisible(resolving)
        if s.offer_key and s.offer_key != self._offer_key:  # recorded: start afresh
            self._offer_key = s.offer_key
            self.added.clear()
            self._show_added()
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
        first = s.offer_items[0] if s.offer_items else {}
        self.resolution_box.setCurrentIndex(max(0, self.resolution_box.findData(s.resolution)))
        if first.get("amount") is not None and not self.amount_edit.hasFocus():
            self.amount_edit.setText(QLocale().toString(float(first["amount"]), "f", 2))
            self.currency_box.setCurrentIndex(max(0, self.currency_box.findData(s.currency)))
        elif first.get("amount") is None and not self.amount_edit.hasFocus():
            self.amount_edit.clear()  # a remedy without money: no amount left from typing
        self.escalation_label.setVisible(True)
        self.escalation_label.setText(self.tr("Offered: %1").replace(
            "%1", offer_words(self.playbook, self.lang, s.offer_items, s.currency)))

    def _refuse(self, text: str, widget: QWidget) -> None:
        messages.warning(text)
        widget.setFocus()

    def _current(self) -> OfferItem | None:
        """The resolution being chosen; None (with the reason shown) if none is chosen, its
        amount is not a number or its deadline was not chosen: nothing is assumed."""
        resolution = self.resolution_box.currentData()
        if resolution is None:
            self._refuse(self.tr("Choose the resolution."), self.resolution_box)
            return None
        spec = self.playbook.resolution(resolution)
        amount = None
        if spec and spec.amount:
            amount = _amount(self.amount_edit.text())
            if amount is None:
                messages.warning(self.tr("Type the amount as a number, e.g. 25.50."))
                self.amount_edit.setFocus()
                return None
        day = self.deadline_edit.chosen()
        deadline: date | datetime | None = None
        if spec and spec.deadline:
            if day is None:
                self._refuse(self.tr("Choose the deadline you agreed with the customer."),
                             self.deadline_edit)
                return None
            deadline = day
        if spec and spec.deadline_time and day is not None:
            at = self.time_edit.chosen()
            if at is None:
                self._refuse(self.tr("Choose the time you agreed with the customer."),
                             self.time_edit)
                return None
            deadline = datetime.combine(day, at).astimezone()
        return OfferItem(resolution, amount, deadline)

    def clear_choice(self) -> None:
        """The next resolution starts unset: no resolution, no amount, no deadline."""
        self.resolution_box.setCurrentIndex(0)
        self.amount_edit.clear()
        self.deadline_edit.clear_choice()
        self.time_edit.clear_choice()

    def add_current(self) -> None:
        """Keep the chosen resolution in the offer and choose the next one."""
        item = self._current()
        if item is None:
            return
        if any(i.resolution == item.resolution for i in self.added):
            messages.warning(self.tr("This resolution is in the offer already."))
            return
        self.added.append(item)
        self.clear_choice()
        self._show_added()
        self.resolution_box.setFocus()

    def remove_selected(self) -> None:
        row = self.items_list.currentRow()
        if 0 <= row < len(self.added):
            del self.added[row]
            self._show_added()

    def _show_added(self) -> None:
        self.items_list.clear()
        currency = self.currency_box.currentData()
        for item in self.added:
            self.items_list.addItem(promise_words(
                self.playbook, self.lang, item.resolution, item.amount,
                currency if item.amount is not None else None, _iso(item)))
        self.items_list.setVisible(bool(self.added))
        label = self.form.labelForField(self.items_list)
        if label is not None:
            label.setVisible(bool(self.added))
        self._kind_changed()

    def offer(self) -> Offer | None:
        """The chosen remedies (those added, then the one in the box); None (with the reason
        shown) if an amount is not a number."""
        current = self._current()
        if current is None:
            return None
        items = (*self.added, current)
        has_money = any(i.amount is not None for i in items)
        return Offer(items, self.currency_box.currentData() if has_money else None)
