"""The Desk's reminder of promises with a date (F10): who to call, how, what was promised
and by when, overdue in red and due today in amber, satisfied customers too, and whose
it is, with a "mine" filter (Ctrl+M) as F9 and F7 have. Ctrl+D marks the chosen promise
done (an event); Enter opens its case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.core import messages
from recovery_desk.domain.flow import FlowError
from recovery_desk.services.cases.commitments import CommitmentRow, commitments_due
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.cases.worklists import OVERDUE, TODAY
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common import tree_rows
from recovery_desk.ui.common.flow_texts import flow_message
from recovery_desk.ui.common.workers import alive, run_in_background
from recovery_desk.ui.desk.promise_words import due_words, promise_words
from recovery_desk.ui.desk.worklist_texts import WorklistWords

#: red for overdue, amber for due today
PROMISE_COLOURS = {OVERDUE: "#f8d0d6", TODAY: "#ffe2b8"}


class PromisesDialog(QDialog):
    """The open promises in ``rows``; ``open_case`` is called with a chosen case's id,
    ``reload`` after a promise is marked done (the list is read again from the log)."""

    def __init__(self, ws: Workspace, service: CaseService, rows: list[CommitmentRow],
                 open_case: Callable[[str], object], reload: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.service, self.rows = ws, service, rows
        self._open, self._reload = open_case, reload
        self.lang = ws.settings.language
        self.words = WorklistWords(ws, self.lang)
        self.setWindowTitle(self.tr("Promises due"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "What was promised by a date, until it is marked done, whether the customer was "
            "satisfied or not. Overdue first. Ctrl+D marks the selected promise done; Enter "
            "opens the case."))
        intro.setWordWrap(True)   # at a larger zoom it wraps instead of widening the list
        layout.addWidget(intro)
        self.mine = QCheckBox(self.tr("Only mine (Ctrl+M)"))
        self.mine.setShortcut("Ctrl+M")
        self.mine.setToolTip(self.tr("Only the promises of cases that are yours (%1)")
                             .replace("%1", ws.user or ""))
        self.mine.toggled.connect(self._show)
        layout.addWidget(self.mine)
        self.table = QTreeWidget()
        self.table.setObjectName("promises")
        self.table.setRootIsDecorated(False)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.windowTitle())
        self.table.setHeaderLabels([
            self.tr("Due"), self.tr("Customer"), self.tr("How to reach them"),
            self.tr("Promised"), self.tr("Satisfied"), self.tr("Owner"), self.tr("Reference")])
        self.table.itemActivated.connect(self._chosen)
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.done_button = QPushButton(self.tr("Mark done (Ctrl+D)"))
        QShortcut(QKeySequence("Ctrl+D"), self, self.mark_done)
        self.done_button.setAutoDefault(False)
        self.done_button.clicked.connect(self.mark_done)
        buttons.addButton(self.done_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fill(rows)
        self.resize(tree_rows.list_width(self), 460)
        self.table.setFocus()

    def _urgency(self, row: CommitmentRow) -> str:
        return {OVERDUE: self.tr("Overdue"), TODAY: self.tr("Due today")}.get(
            row.urgency, self.tr("Later"))

    def cells(self, row: CommitmentRow) -> list[str]:
        playbook = self.words._playbook(row.playbook)
        return [f"{self._urgency(row)} · {due_words(row.due)}",
                row.customer or self.tr("(no name)"), self.words.contacts(row.contacts),
                promise_words(playbook, self.lang, row.resolution, row.amount, row.currency,
                              None),
                self.tr("yes") if row.satisfied else self.tr("no or not known"),
                row.owner, row.ref]

    def fill(self, rows: list[CommitmentRow]) -> None:
        self.rows = rows
        self._show()

    def shown_rows(self) -> list[CommitmentRow]:
        """All rows, or with "Only mine" those the signed-in user owns (the case's agent, or
        whoever its follow-up is assigned to)."""
        if not self.mine.isChecked():
            return list(self.rows)
        return [row for row in self.rows if row.owner == (self.ws.user or "")]

    def _show(self) -> None:
        shown = self.shown_rows()
        tree_rows.fill(self.table, (
            tree_rows.row_item(self.cells(row), row.key, PROMISE_COLOURS.get(row.urgency))
            for row in shown))
        self.empty.setVisible(not shown)
        self.empty.setText(
            self.tr("No promises of yours due this week; clear \"Only mine\" to see "
                    "everyone's.") if self.mine.isChecked() and self.rows else
            self.tr("No promises due this week."))
        self.done_button.setEnabled(bool(shown))

    def _row(self) -> CommitmentRow | None:
        item = self.table.currentItem()
        key = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return next((r for r in self.rows if r.key == key), None)

    def mark_done(self) -> None:
        """Record that the selected promise was carried out; the list is read again."""
        row = self._row()
        if row is None:
            return
        try:
            self.service.commitment_done(row.case_id, row.key)
        except FlowError as exc:
            messages.warning(flow_message(exc))
            return
        self.fill([r for r in self.rows if r.key != row.key])
        self._reload()

    def _chosen(self, item: QTreeWidgetItem) -> None:
        row = self._row()
        if row is not None:
            self.accept()
            self._open(row.case_id)


class PromisesButton(QPushButton):
    """The Desk's count of promises due (F10), red when one is overdue, amber when one is
    due today; pressed, it shows the list. Read in the background: it grows with the log."""

    def __init__(self, ws: Workspace, service: CaseService, open_case: Callable[[str], object],
                 now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.service, self._open, self._now = ws, service, open_case, now
        self.setObjectName("promisesButton")
        self.rows: list[CommitmentRow] = []
        self.dialog: PromisesDialog | None = None
        self.clicked.connect(self.show_list)

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        engine, now = self.ws.engine, self._now()

        def show(rows: list[CommitmentRow]) -> None:
            if not alive(self):
                return
            self.rows = rows
            today = sum(1 for r in rows if r.urgency == TODAY)
            overdue = sum(1 for r in rows if r.urgency == OVERDUE)
            self.setText(self.tr("Promises: %1 due today, %2 overdue (F10)")
                         .replace("%1", str(today)).replace("%2", str(overdue)))
            colour = PROMISE_COLOURS[OVERDUE] if overdue else \
                PROMISE_COLOURS[TODAY] if today else ""
            self.setStyleSheet(f"background: {colour};" if colour else "")
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            if alive(self):
                self.setText(self.tr("Promises: could not be read (F10)"))

        run_in_background(lambda: commitments_due(engine, now), show, failed)

    def show_list(self) -> None:
        def shown() -> None:
            # a child of the Desk page, as F9's list is: the page's zoom reaches it
            self.dialog = PromisesDialog(self.ws, self.service, self.rows, self._open,
                                         self.refresh, self.parentWidget() or self.window())
            self.dialog.open()

        self.refresh(then=shown)
