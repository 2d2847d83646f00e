"""The complaint register: every complaint under a rule pack with its codes and clock, the
systemic issues a supervisor must look at, and coding the selected complaint."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from recovery_desk.core import messages
from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.services.access.permissions import Permission, allowed
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.regulated import register
from recovery_desk.services.regulated.register_view import (
    RegisterRow,
    register_rows,
    share_met,
)
from recovery_desk.services.regulated.templates import OUTCOMES
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.bus import AppBus, CaseIds
from recovery_desk.ui.common.clock_texts import clock_name, outcome_name, status_name
from recovery_desk.ui.common.flow_texts import error_text
from recovery_desk.ui.common.formatting import date_only, date_time
from recovery_desk.ui.page import Page


class RegisterPage(Page):
    def __init__(self, workspace: Workspace, bus: AppBus,
                 service: CaseService | None = None) -> None:
        super().__init__(workspace, bus)
        self.service = service or CaseService(workspace)
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.rows: list[RegisterRow] = []
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Complaint register"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.systemic = QLabel()
        self.systemic.setObjectName("clockWarning")
        self.systemic.setWordWrap(True)
        self.systemic.setAccessibleName(self.tr("Systemic issues"))
        layout.addWidget(self.systemic)
        self.shares = QLabel()
        self.shares.setObjectName("clockChips")
        self.shares.setAccessibleName(self.tr("Deadlines met on time"))
        layout.addWidget(self.shares)
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels([
            self.tr("Case"), self.tr("Received"), self.tr("Product"), self.tr("Cause"),
            self.tr("Outcome"), self.tr("Final response due"), self.tr("Clock"),
            self.tr("Vulnerable")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Complaints in the register"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No complaint runs under a clock rule pack yet. A "
                                    "supervisor chooses one in Settings ▸ Regulated handling."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        layout.addLayout(self._coding_row())
        # filled by activate() when shown: the window builds it on its first show and then
        # activates it, so reading here too read the register twice (15 s on 1M cases)

    def refresh(self) -> None:
        self.activate()

    def cases_changed(self, case_ids: CaseIds, origin: object) -> None:
        if origin is not self and self.isVisible():
            self.activate()

    def user_changed(self) -> None:
        self.activate()  # vulnerability and systemic issues follow the new user's role

    def _coding_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.product_box, self.cause_box = QComboBox(), QComboBox()
        self.sub_box, self.outcome_box = QComboBox(), QComboBox()
        for box, name in ((self.product_box, self.tr("Product")),
                          (self.cause_box, self.tr("Cause")),
                          (self.sub_box, self.tr("Sub-cause")),
                          (self.outcome_box, self.tr("Outcome"))):
            box.setAccessibleName(name)
            row.addWidget(box, 1)
        self.cause_box.currentIndexChanged.connect(self._fill_sub)
        self.code_button = QPushButton(self.tr("Save &codes"))
        self.code_button.clicked.connect(self.save_codes)
        row.addWidget(self.code_button)
        return row

    def activate(self) -> None:
        lang = self.ws.settings.language
        codes = register.codes()
        for box, items in ((self.product_box, codes.products), (self.cause_box, codes.causes)):
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("— choose —"), None)
            for code in items:
                box.addItem(code.label.get(lang), code.id)
            box.blockSignals(False)
        self.outcome_box.clear()
        self.outcome_box.addItem(self.tr("— not decided —"), None)
        for outcome in OUTCOMES:
            self.outcome_box.addItem(outcome_name(outcome), outcome)
        self._fill_sub()
        now = self.now()
        self.rows = register_rows(self.ws, now)
        self._draw_rows(codes, lang)
        self._draw_systemic(codes, lang, now)
        self._draw_shares(now)

    def _draw_shares(self, now: datetime) -> None:
        parts = []
        for share in share_met(self.ws, now):
            percent = share.percent
            value = "—" if percent is None else f"{percent:g} %"
            parts.append(self.tr("%1 met on time: %2 (%3 of %4)").replace(
                "%1", clock_name(share.clock)).replace("%2", value).replace(
                "%3", str(share.met_on_time)).replace("%4", str(share.decided)))
        self.shares.setText(self.tr("Last 90 days — ") + " · ".join(parts))

    def _draw_rows(self, codes: register.RegisterCodes, lang: str) -> None:
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            cells = [r.ref, date_only(r.received), codes.label(r.product, lang) or "—",
                     codes.label(r.cause, lang) or "—", outcome_name(r.outcome) or "—",
                     date_time(r.final_due), status_name(r.clock_status),
                     {True: self.tr("yes"), False: "", None: "•••"}[r.vulnerable]]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 6 and r.clock_status == "breached":
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.rows)
        self.table.setVisible(bool(self.rows))

    def _draw_systemic(self, codes: register.RegisterCodes, lang: str, now: datetime) -> None:
        if not allowed(self.ws, Permission.ANNOTATE):  # supervisors and administrators
            self.systemic.hide()
            return
        issues = register.systemic_issues(self.ws, now)
        if not issues:
            self.systemic.hide()
            return
        lines = []
        for issue in issues:
            line = self.tr("Systemic issue: %1 — %2 complaints in the last %3 days "
                           "(%4 in the %3 days before).").replace(
                "%1", codes.label(issue.cause, lang)).replace("%2", str(issue.count)).replace(
                "%3", str(codes.period_days)).replace("%4", str(issue.previous))
            if issue.corrective_actions:
                line += " " + self.tr("Corrective action so far: %1").replace(
                    "%1", "; ".join(issue.corrective_actions))
            else:
                line += " " + self.tr("No corrective action recorded yet: escalate it.")
            lines.append(html.escape(line))
        self.systemic.setText("<br>".join(lines))
        self.systemic.show()

    def _fill_sub(self) -> None:
        lang = self.ws.settings.language
        cause = register.codes().cause(self.cause_box.currentData() or "")
        self.sub_box.clear()
        self.sub_box.addItem(self.tr("— none —"), None)
        for sub in cause.sub if cause else ():
            self.sub_box.addItem(sub.label.get(lang), sub.id)

    def _selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        r = self.rows[row]
        for box, value in ((self.product_box, r.product), (self.cause_box, r.cause),
                           (self.outcome_box, r.outcome)):
            box.setCurrentIndex(max(0, box.findData(value)))

    def save_codes(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            messages.warning(self.tr("Choose a complaint in the register first."))
            return
        product, cause = self.product_box.currentData(), self.cause_box.currentData()
        if not product or not cause:
            messages.warning(self.tr("Choose the product and the cause."))
            return
        try:
            register.code_complaint(self.service, self.rows[row].case_id, product=product,
                                    cause=cause, sub_cause=self.sub_box.currentData(),
                                    outcome=self.outcome_box.currentData())
        except RecoveryDeskError as exc:
            messages.error(error_text(exc))
            return
        self.bus.announce([self.rows[row].case_id], self)
        self.activate()
        self.table.selectRow(row)
