"""The complaint register: every complaint under a rule pack with its codes and clock, the
systemic issues a supervisor must look at, and coding the selected complaint."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
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
    ShareMet,
    register_rows,
    share_met,
)
from recovery_desk.services.regulated.templates import OUTCOMES
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.bus import AppBus, CaseIds
from recovery_desk.ui.common.clock_texts import clock_name, outcome_name, status_name
from recovery_desk.ui.common.flow_texts import error_text
from recovery_desk.ui.common.formatting import date_only, date_time
from recovery_desk.ui.common.workers import alive, run_in_background
from recovery_desk.ui.page import Page


@dataclass(frozen=True)
class RegisterRead:
    """What one background read of the register found (the three queries grow with the log)."""

    rows: list[RegisterRow]
    issues: list[register.SystemicIssue] | None  # None: not for this reader's role
    shares: list[ShareMet]


def read_register(ws: Workspace, now: datetime, with_issues: bool) -> RegisterRead:
    """The register's rows, systemic issues and on-time shares; runs off the GUI thread."""
    return RegisterRead(rows=register_rows(ws, now),
                        issues=register.systemic_issues(ws, now) if with_issues else None,
                        shares=share_met(ws, now))


class RegisterPage(Page):
    # a read's answer is on screen (only the newest request's; older ones are dropped)
    register_shown = Signal()

    def __init__(self, workspace: Workspace, bus: AppBus,
                 service: CaseService | None = None) -> None:
        super().__init__(workspace, bus)
        self.service = service or CaseService(workspace)
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.rows: list[RegisterRow] = []
        self._request = 0
        self._then: Callable[[], None] | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Complaint register"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.systemic = QLabel()
        self.systemic.setObjectName("clockWarning")
        self.systemic.setWordWrap(True)
        self.systemic.setAccessibleName(self.tr("Systemic issues"))
        self.systemic.hide()  # shown by a read that finds one (supervisors only)
        layout.addWidget(self.systemic)
        self.shares = QLabel()
        self.shares.setObjectName("clockChips")
        self.shares.setAccessibleName(self.tr("Deadlines met on time"))
        self.shares.hide()  # until the first read: an empty chip strip is an orange bar
        layout.addWidget(self.shares)
        self.status = QLabel()
        self.status.setObjectName("registerStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        self.retry = QPushButton(self.tr("&Read the register again"))
        self.retry.clicked.connect(lambda: self.read())
        self.retry.hide()
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignLeft)
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
        self.table.resizeColumnsToContents()  # whole headers while the first read runs
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
        self.read()

    def read(self, then: Callable[[], None] | None = None) -> None:
        """Fill the code boxes, then read the register in the background: the page says it
        is reading, and only the newest request's answer is drawn (``then`` after it)."""
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
        self._request += 1
        request, self._then = self._request, then
        self.status.setText(self.tr("Reading the register…"))
        self.status.setProperty("failed", False)
        self.status.show()
        self.retry.hide()
        self.empty.hide()
        ws, now = self.ws, self.now()
        with_issues = allowed(ws, Permission.ANNOTATE)  # supervisors and administrators
        run_in_background(lambda: read_register(ws, now, with_issues),
                          lambda found: self._read_done(request, found, now),
                          lambda exc: self._read_failed(request, exc))

    def is_reading(self) -> bool:
        return self.status.isVisible() and not self.status.property("failed")

    def _read_done(self, request: int, found: RegisterRead, now: datetime) -> None:
        if not alive(self) or request != self._request:
            return  # a newer read was asked for meanwhile (or the page was rebuilt)
        self.status.hide()
        codes, lang = register.codes(), self.ws.settings.language
        self.rows = found.rows
        self._draw_rows(codes, lang)
        self._draw_systemic(codes, lang, found.issues)
        self._draw_shares(found.shares)
        then, self._then = self._then, None
        if then is not None:
            then()
        self.register_shown.emit()

    def _read_failed(self, request: int, exc: BaseException) -> None:
        if not alive(self) or request != self._request:
            return
        self._then = None
        self.status.setProperty("failed", True)
        self.status.setText(self.tr("Could not read the register: %1").replace(
            "%1", error_text(exc)))
        self.status.show()
        self.retry.show()

    def _draw_shares(self, shares: list[ShareMet]) -> None:
        parts = []
        for share in shares:
            percent = share.percent
            value = "—" if percent is None else f"{percent:g} %"
            parts.append(self.tr("%1 met on time: %2 (%3 of %4)").replace(
                "%1", clock_name(share.clock)).replace("%2", value).replace(
                "%3", str(share.met_on_time)).replace("%4", str(share.decided)))
        self.shares.setText(self.tr("Last 90 days — ") + " · ".join(parts))
        self.shares.show()

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

    def _draw_systemic(self, codes: register.RegisterCodes, lang: str,
                       issues: list[register.SystemicIssue] | None) -> None:
        if not issues:  # none, or not for this reader's role
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
        self.read(then=lambda: self.table.selectRow(row))
