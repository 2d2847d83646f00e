"""The F9 and F7 lists as a table: one row per case with what the call needs (who, how to
reach them, what was promised, why they were unhappy, whose it is), most urgent first, and
a "mine" filter. Enter opens the case."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.services.cases.worklists import OVERDUE, TODAY, WorkRow, only_mine
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common import tree_rows
from recovery_desk.ui.common.formatting import date_time
from recovery_desk.ui.desk.worklist_texts import WorklistWords

FOLLOW_UPS, PARKED = "follow_ups", "parked"
URGENCY_COLOURS = {OVERDUE: "#fde7ea", TODAY: "#fff1e0"}


class WorklistDialog(QDialog):
    """Rows of ``kind`` (FOLLOW_UPS or PARKED); ``open_case`` is called with the chosen id."""

    def __init__(self, ws: Workspace, kind: str, rows: list[WorkRow],
                 open_case: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.kind, self.rows, self._open = ws, kind, rows, open_case
        self.lang = ws.settings.language
        self.words = WorklistWords(ws, self.lang)
        following = kind == FOLLOW_UPS
        self.setWindowTitle(self.tr("Follow-ups due") if following else
                            self.tr("Open cases at this desk"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr("Most urgent first. Press Enter to open the case and "
                                    "record the call.") if following else
                            self.tr("Waiting for approval first, then the longest waiting. "
                                    "Press Enter to continue a parked case."))
        self.intro.setWordWrap(True)   # at a larger zoom it wraps, not widening the list
        layout.addWidget(self.intro)
        self.mine = QCheckBox(self.tr("Only mine (Ctrl+M)"))
        self.mine.setShortcut("Ctrl+M")
        self.mine.setToolTip(self.tr("Only the cases and follow-ups that are yours (%1)")
                             .replace("%1", ws.user or ""))
        self.mine.toggled.connect(self._fill)
        layout.addWidget(self.mine)
        self.table = QTreeWidget()
        self.table.setObjectName("worklist")
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(False)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.windowTitle())
        self.table.setHeaderLabels(self._headers())
        self.table.itemActivated.connect(self._chosen)
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill()
        self.resize(tree_rows.list_width(self), 460)
        self.table.setFocus()

    def _headers(self) -> list[str]:
        if self.kind == FOLLOW_UPS:
            return [self.tr("Due"), self.tr("Customer"), self.tr("How to reach them"),
                    self.tr("Promised"), self.tr("Why unhappy"), self.tr("Owner"),
                    self.tr("Reference")]
        return [self.tr("Opened"), self.tr("Customer"), self.tr("How to reach them"),
                self.tr("Stage"), self.tr("Promised"), self.tr("Owner"), self.tr("Reference")]

    def _cells(self, row: WorkRow) -> list[str]:
        customer = row.customer or self.tr("(no name)")
        contact, promise = self.words.contacts(row.contacts), self.words.promise(row)
        if self.kind == FOLLOW_UPS:
            return [self.words.due(row), customer, contact, promise, self.words.unhappy(row),
                    row.owner, row.ref]
        return [date_time(row.opened_at), customer, contact, self.words.parked_state(row),
                promise, row.owner, row.ref]

    def _free_text_column(self) -> int:
        """The column that gives way when the row is wider than the list: why the customer
        was unhappy (F9) or the stage (F7); never a name, a contact or what was promised."""
        return self._headers().index(self.tr("Why unhappy") if self.kind == FOLLOW_UPS
                                     else self.tr("Stage"))

    def shown_rows(self) -> list[WorkRow]:
        return only_mine(self.rows, self.ws.user or "") if self.mine.isChecked() else \
            list(self.rows)

    def _fill(self) -> None:
        shown = self.shown_rows()
        items = []
        promised = self._headers().index(self.tr("Promised"))
        for row in shown:
            colour = URGENCY_COLOURS.get(row.urgency) if self.kind == FOLLOW_UPS else \
                URGENCY_COLOURS[TODAY] if row.waiting_for_approval else None
            cells = self._cells(row)
            item = tree_rows.row_item(cells, row.case_id, colour)
            item.setToolTip(1, row.words)
            item.setToolTip(promised, cells[promised])  # read whole if the column is cut
            items.append(item)
        tree_rows.fill(self.table, items, elided=[self._free_text_column()])
        self.empty.setVisible(not shown)
        self.empty.setText(self._empty_text())

    def _empty_text(self) -> str:
        if self.mine.isChecked() and self.rows:
            return self.tr("Nothing of yours here; clear \"Only mine\" to see everyone's.")
        if self.kind == FOLLOW_UPS:
            return self.tr("No follow-ups due this week.")
        return self.tr("No open cases: every case is closed or waiting for a follow-up.")

    def _chosen(self, item: QTreeWidgetItem) -> None:
        case_id = item.data(0, Qt.ItemDataRole.UserRole)
        if case_id:
            self.accept()
            self._open(case_id)
