"""The follow-up queue a supervisor chases: overdue, due and done, with the customer's
history beside the chosen follow-up.

The queue is read in keyset pages (``review.follow_up_queue``), fetched as the list
scrolls, like the case table.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.services.access.permissions import Permission, allowed
from recovery_desk.services.cases import queries
from recovery_desk.services.review import supervisor as review
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common.formatting import date_time
from recovery_desk.ui.common.labels import status_label
from recovery_desk.ui.log.actions import SupervisorActions
from recovery_desk.ui.log.rows_model import RowsModel

translate = QCoreApplication.translate

PAGE = 100
Index = QModelIndex | QPersistentModelIndex


def outcome_label(outcome: str | None) -> str:
    return {
        "recovered": QCoreApplication.translate("Outcome", "recovered"),
        "not_recovered": QCoreApplication.translate("Outcome", "not recovered"),
        "unknown": QCoreApplication.translate("Outcome", "unknown"),
        "withdrawn": QCoreApplication.translate("Outcome", "withdrawn"),
    }.get(outcome or "", (outcome or "").replace("_", " "))


class FollowUpModel(RowsModel):
    """One queue (overdue, due or done); rows are (case_id, customer_id, assignee, due,
    cursor, display texts…)."""

    display_offset = 5
    user_column = 0

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.state: review.QueueState = "overdue"
        self.headers = [
            translate("FollowUpModel", "Reference"),
            translate("FollowUpModel", "Customer"),
            translate("FollowUpModel", "Category"),
            translate("FollowUpModel", "Due"),
            translate("FollowUpModel", "Done"),
            translate("FollowUpModel", "Makes the call"),
            translate("FollowUpModel", "Calls made"),
            translate("FollowUpModel", "CSAT"),
            translate("FollowUpModel", "Recommend"),
        ]
        self.rows: list[tuple[Any, ...]] = []
        self._more = False
        self.now = datetime.now(UTC)

    def load(self, state: review.QueueState | None = None) -> None:
        self.beginResetModel()
        if state is not None:
            self.state = state
        self.now = datetime.now(UTC)
        items = review.follow_up_queue(self.ws.engine, state=self.state, now=self.now,
                                       limit=PAGE, viewer=self.ws)
        self.rows = [self._compact(i) for i in items]
        self._more = len(items) == PAGE
        self.endResetModel()

    def _compact(self, item: review.FollowUpItem) -> tuple[Any, ...]:
        lang = self.ws.settings.language
        tax = self.ws.taxonomy
        return (
            item.case_id,
            item.customer_id,
            item.assignee,
            item.due,
            item.cursor(self.state),
            item.ref,
            item.customer_name,
            tax.label("categories", item.category, lang),
            date_time(item.due),
            date_time(item.done_at),
            item.assignee
            + (" " + translate("FollowUpModel", "(reassigned)") if item.reassigned else ""),
            str(item.follow_ups_done),
            "" if item.csat is None else str(item.csat),
            "" if item.likelihood is None else str(item.likelihood),
        )

    def item_at(self, row: int) -> tuple[Any, ...] | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._more or not self.rows:
            return
        items = review.follow_up_queue(
            self.ws.engine, state=self.state, now=self.now, limit=PAGE, after=self.rows[-1][4],
            viewer=self.ws,
        )
        self._more = len(items) == PAGE
        if items:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(items) - 1)
            self.rows.extend(self._compact(i) for i in items)
            self.endInsertRows()


class HistoryModel(RowsModel):
    """A customer's earlier complaints, newest first (at most 20)."""

    display_offset = 1
    user_column = 0

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.headers = [
            translate("FollowUpModel", "Reference"),
            translate("FollowUpModel", "Opened"),
            translate("FollowUpModel", "Category"),
            translate("FollowUpModel", "Status"),
            translate("FollowUpModel", "Outcome"),
            translate("FollowUpModel", "CSAT"),
            translate("FollowUpModel", "Recommend"),
            translate("FollowUpModel", "Watchlist"),
        ]
        self.rows: list[tuple[str, ...]] = []

    def load(self, customer_id: str | None) -> None:
        self.beginResetModel()
        lang = self.ws.settings.language
        tax = self.ws.taxonomy
        found = queries.customer_history(self.ws.engine, customer_id) if customer_id else []
        self.rows = [
            (
                r.case_id,
                r.ref,
                date_time(r.opened_at),
                tax.label("categories", r.category, lang),
                status_label(r.status),
                outcome_label(r.outcome),
                "" if r.csat is None else str(r.csat),
                "" if r.likelihood is None else str(r.likelihood),
                "●" if r.watchlist else "",
            )
            for r in found
        ]
        self.endResetModel()


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table


class FollowUpQueue(QWidget):
    """Overdue / due / done follow-ups; the chosen one's customer history below."""

    open_case = Signal(str)  # case_id: show it in the case detail
    changed = Signal(str)  # case_id: an action was recorded on it

    def __init__(
        self, workspace: Workspace, actions: SupervisorActions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.supervisor = actions  # not self.actions: QWidget.actions() is a method
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.state_buttons: dict[review.QueueState, QPushButton] = {}
        states: tuple[tuple[review.QueueState, str], ...] = (
            ("overdue", self.tr("Overdue")),
            ("due", self.tr("Due")),
            ("done", self.tr("Done")),
        )
        for key, text in states:
            button = QPushButton(text)
            button.setCheckable(True)
            button.setObjectName(f"queue_{key}")
            self.group.addButton(button)
            self.state_buttons[key] = button
            button.clicked.connect(lambda _c=False, k=key: self.show_state(k))
            row.addWidget(button)
        row.addStretch(1)
        self.open_button = QPushButton(self.tr("Open the case"))
        self.open_button.clicked.connect(self._open)
        self.reassign_button = QPushButton(self.tr("Reassign follow-up…"))
        self.reassign_button.clicked.connect(self._reassign)
        self.reassign_button.setVisible(allowed(workspace, Permission.REASSIGN_FOLLOW_UP))
        row.addWidget(self.open_button)
        row.addWidget(self.reassign_button)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Vertical)
        self.model = FollowUpModel(workspace, self)
        self.table = _table(self.tr("Follow-ups"))
        self.table.setModel(self.model)
        self.table.activated.connect(lambda _i: self._open())
        split.addWidget(self.table)
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        self.history_title = QLabel(self.tr("Customer's history"))
        self.history_title.setObjectName("sectionTitle")
        self.history_title.setStyleSheet("font-weight: 600; margin-top: 4px;")
        history_layout.addWidget(self.history_title)
        self.history = HistoryModel(workspace, self)
        self.history_table = _table(self.tr("Customer's history"))
        self.history_table.setModel(self.history)
        self.history_table.activated.connect(self._open_history)
        history_layout.addWidget(self.history_table)
        split.addWidget(history)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.state_buttons["overdue"].setChecked(True)
        self._loaded = False

    def refresh(self) -> None:
        self.show_state(self.model.state)

    def show_state(self, state: review.QueueState) -> None:
        self._loaded = True
        self.reassign_button.setVisible(allowed(self.ws, Permission.REASSIGN_FOLLOW_UP))
        self.state_buttons[state].setChecked(True)
        self.model.load(state)
        self.table.resizeColumnsToContents()
        empty = {
            "overdue": self.tr("No follow-up is overdue."),
            "due": self.tr("No follow-up is waiting."),
            "done": self.tr("No follow-up call has been made yet."),
        }[state]
        if self.model.rowCount():
            self.summary.setText(
                {
                    "overdue": self.tr("Follow-ups past their due time, most overdue first."),
                    "due": self.tr("Follow-ups still to make, soonest first."),
                    "done": self.tr("Follow-up calls made, latest first."),
                }[state]
            )
            self.table.selectRow(0)
        else:
            self.summary.setText(empty)
            self.history.load(None)
        self._buttons()

    def current(self) -> tuple[Any, ...] | None:
        index = self.table.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def _buttons(self) -> None:
        item = self.current()
        self.open_button.setEnabled(item is not None)
        self.reassign_button.setEnabled(item is not None and self.model.state != "done")

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.item_at(current.row())
        self.history.load(item[1] if item else None)
        self.history_table.resizeColumnsToContents()
        if item:
            self.history_title.setText(self.tr("History of %1").replace("%1", item[6] or item[5]))
        self._buttons()

    def _open(self) -> None:
        item = self.current()
        if item:
            self.open_case.emit(item[0])

    def _open_history(self, index: QModelIndex) -> None:
        case_id = self.history.data(index, Qt.ItemDataRole.UserRole)
        if case_id:
            self.open_case.emit(case_id)

    def _reassign(self) -> None:
        item = self.current()
        if item and self.supervisor.run("reassign", item[0], self, assignee=item[2], due=item[3]):
            self.changed.emit(item[0])
            self.refresh()
