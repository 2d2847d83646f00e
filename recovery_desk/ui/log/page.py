"""The Log page a supervisor works in: the case table under a filter bar, a case's detail
with the review actions below it, and the follow-up queue on a second tab.

The table is a keyset-paged model (see ``case_table_model``); the number of matching cases
is counted in the background, since a count with filters on a big log can take a while.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from recovery_desk.services.cases import case_query
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.bus import AppBus, CaseIds
from recovery_desk.ui.common.formatting import number
from recovery_desk.ui.common.workers import run_in_background
from recovery_desk.ui.log.actions import SupervisorActions
from recovery_desk.ui.log.case_table_model import CaseTableModel
from recovery_desk.ui.log.detail import CaseDetailPanel
from recovery_desk.ui.log.export_dialog import CaseExporter
from recovery_desk.ui.log.filters import FilterBar
from recovery_desk.ui.log.follow_ups import FollowUpQueue
from recovery_desk.ui.log.highlight import SnippetDelegate
from recovery_desk.ui.page import Page

FIND = QKeySequence("Ctrl+F")
EXPORT_FORMATS = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)"}


class LogPage(Page):
    """``apply_filter(flt)`` shows the cases of a filter (the Dashboard's drill-down)."""

    counted = Signal(int)  # the background count of the current filter arrived

    def __init__(self, workspace: Workspace, bus: AppBus, exporter: CaseExporter) -> None:
        super().__init__(workspace, bus)
        self.exporter = exporter  # the window's, shared with its Export menu
        self.supervisor = SupervisorActions(workspace)
        self._loaded = False
        self._count_generation = 0
        self.total: int | None = None
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        title = QLabel(self.tr("Recovery log"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addStretch(1)
        self.export_button = QPushButton(self.tr("Export this view…"))
        self.export_button.setObjectName("exportView")
        self.export_button.setToolTip(self.tr("The cases of the current filter, as CSV or "
                                              "Excel (Ctrl+Shift+E)"))
        self.export_button.clicked.connect(self.export_view)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(top)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Log views"))
        layout.addWidget(self.tabs, 1)

        cases = QWidget()
        cases_layout = QVBoxLayout(cases)
        cases_layout.setContentsMargins(4, 6, 4, 0)
        self.filters = FilterBar(workspace)
        self.filters.changed.connect(self._filter_changed)
        cases_layout.addWidget(self.filters)
        self.summary = QLabel()
        self.summary.setObjectName("logSummary")
        self.summary.setWordWrap(True)
        cases_layout.addWidget(self.summary)

        self.model = CaseTableModel(workspace, self)
        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.match_column = self.model.column_of("match")
        self.table.setItemDelegateForColumn(self.match_column, SnippetDelegate(self.table))
        self.table.setColumnHidden(self.match_column, True)
        self.table.activated.connect(self._activated)

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        self.empty_text = QLabel()
        self.empty_text.setObjectName("emptyState")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_layout.addWidget(self.empty_text)
        self.empty_reset = QPushButton(self.tr("Reset filters"))
        self.empty_reset.setObjectName("emptyReset")
        self.empty_reset.clicked.connect(self.filters.reset)
        empty_layout.addWidget(self.empty_reset, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty)

        self.detail = CaseDetailPanel(workspace, self.supervisor)
        self.detail.changed.connect(self._case_changed)
        self.detail.closed.connect(self._detail_closed)
        self.detail.hide()
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.table_stack)
        self.split.addWidget(self.detail)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        self.split.setChildrenCollapsible(False)
        cases_layout.addWidget(self.split, 1)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.split)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._escape)
        self.tabs.addTab(cases, self.tr("Cases"))

        self.queue = FollowUpQueue(workspace, self.supervisor)
        self.queue.open_case.connect(self.open_case)
        self.queue.changed.connect(self._case_changed)
        self.tabs.addTab(self.queue, self.tr("Watchlist and follow-ups"))
        self.tabs.currentChanged.connect(self._tab_changed)

        export = QShortcut(QKeySequence("Ctrl+Shift+E"), self)
        export.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        export.activated.connect(self.export_view)

    # -- public ---------------------------------------------------------------------------

    def activate(self) -> None:
        if not self._loaded:
            self.refresh()
        if self.tabs.currentWidget() is self.queue:
            self.queue.refresh()
        else:
            self.focus_table()

    def user_changed(self) -> None:
        """Someone else signed in: what the last user was shown (an open case, pages of
        search snippets) may not be theirs to read, so it goes, and the view is read
        again with their rights."""
        if self.detail.isVisible():
            self.detail.close_detail()
        self.mark_stale()

    def cases_changed(self, _case_ids: CaseIds, origin: object) -> None:
        """Another screen (or a sync pull) recorded something: the list may be out of date."""
        if origin is not self:
            self.mark_stale()

    def mark_stale(self) -> None:
        """Cases changed: reload now if the log is on screen, else when it is next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._loaded = False

    def refresh(self) -> None:
        """Fetch the first page of the current filter and count it in the background."""
        self._loaded = True
        flt = self.model.flt
        had_columns = self.model.rowCount() > 0
        self.model.reload()
        searching = bool(flt.text.strip())
        was_hidden = self.table.isColumnHidden(self.match_column)
        self.table.setColumnHidden(self.match_column, not searching)
        if self.model.rowCount() and not had_columns:
            self._fit_columns()
        if searching and was_hidden:
            self.table.setColumnWidth(self.match_column, max(260, self.table.width() // 3))
        self._show_empty_state()
        self._count()
        if self.detail.isVisible() and self.detail.case_id:
            self.detail.show_case(self.detail.case_id)

    def apply_filter(self, flt: CaseFilter) -> None:
        """Set every control from ``flt`` and show its cases (for drill-downs)."""
        self.filters.set_filter(flt)
        self.tabs.setCurrentIndex(0)
        self.model.flt = flt
        self.refresh()
        self.focus_table()

    def current_filter(self) -> CaseFilter:
        return self.model.flt

    def open_case(self, case_id: str) -> None:
        """Show the case's detail (from the table, the queue, or elsewhere)."""
        self.tabs.setCurrentIndex(0)
        row = self.model.row_of(case_id)
        if row is not None:
            self.table.selectRow(row)
        self._show_detail(case_id)

    def _show_detail(self, case_id: str) -> None:
        if not self.detail.isVisible():
            self.detail.show()
            height = sum(self.split.sizes()) or self.split.height()
            self.split.setSizes([height * 2 // 5, height - height * 2 // 5])
        self.detail.show_case(case_id)

    def prepare_screenshot(self) -> None:
        """For ``recovery-desk screenshot --page log``: the first case open below the list."""
        case_id = self.model.case_id_at(0)
        if case_id:
            self.table.setCurrentIndex(self.model.index(0, 0))
            self._show_detail(case_id)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_table(self) -> None:
        if self.table_stack.currentWidget() is self.table and self.model.rowCount():
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.table_stack.currentWidget() is self.empty:
            self.empty_reset.setFocus(Qt.FocusReason.OtherFocusReason)

    def export_view(self) -> None:
        """Export the cases of the current filter (CSV or XLSX), in the background."""
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export this view…"), str(Path.home() / "cases.csv"),
            ";;".join(EXPORT_FORMATS.values()))
        if path:
            fmt = next((k for k, v in EXPORT_FORMATS.items() if v == chosen),
                       Path(path).suffix.lstrip(".").lower() or "csv")
            self.export_to(Path(path), fmt if fmt in EXPORT_FORMATS else "csv")

    def export_to(self, path: Path, fmt: str) -> None:
        self.exporter.export_to(path, fmt, case_filter=self.model.query_filter())

    # -- keyboard ------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Ctrl+F is the Desk's "find customer" too: on this page it means the log's search
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and QKeySequence(event.keyCombination()) == FIND:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if QKeySequence(event.keyCombination()) == FIND:
            self.tabs.setCurrentIndex(0)
            self.filters.focus_search()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- reacting -------------------------------------------------------------------------

    def _filter_changed(self, flt: CaseFilter) -> None:
        self.model.flt = flt
        self.refresh()

    def _sort_indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        column = self.model.columns[section] if 0 <= section < len(self.model.columns) else None
        if column is None or column.sort is None:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(),
                                    Qt.SortOrder.DescendingOrder if self.model.descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            return
        self._show_empty_state()
        self._describe()

    def _activated(self, index: QModelIndex) -> None:
        case_id = self.model.case_id_at(index.row())
        if case_id:
            self._show_detail(case_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.detail.isVisible() and current.isValid():
            case_id = self.model.case_id_at(current.row())
            if case_id and case_id != self.detail.case_id:
                self.detail.show_case(case_id)

    def _escape(self) -> None:
        if self.detail.isVisible():
            self.detail.close_detail()

    def _detail_closed(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _case_changed(self, case_id: str) -> None:
        """A supervisor action was recorded here: redraw its row, then tell the others."""
        self.model.refresh_case(case_id)
        if self.detail.isVisible() and self.detail.case_id == case_id \
                and self.sender() is not self.detail:
            self.detail.show_case(case_id)
        if self.queue.isVisible():
            self.queue.refresh()
        self.bus.announce({case_id}, self)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.queue:
            self.queue.refresh()

    # -- counts and empty states ---------------------------------------------------------------

    def _count(self) -> None:
        self._count_generation += 1
        generation = self._count_generation
        flt, engine = self.model.query_filter(), self.ws.engine
        self.total = None
        self._describe()

        def done(total: int) -> None:
            if generation == self._count_generation and isValid(self.summary):
                self.total = total
                self._describe()
                self.counted.emit(total)

        def failed(exc: BaseException) -> None:
            if generation == self._count_generation and isValid(self.summary):
                self.summary.setText(self.tr("Could not count the cases: %1")
                                     .replace("%1", str(exc)))

        run_in_background(lambda: case_query.count(engine, flt), done, failed)

    def _describe(self) -> None:
        flt = self.model.flt
        order = self.model.columns[self.model.sort_column()].header
        direction = self.tr("descending") if self.model.descending else self.tr("ascending")
        if self.model.rowCount() == 0:
            self.summary.setText("")
            return
        if self.total is None:
            amount = self.tr("Counting the cases…")
        elif flt.is_empty():
            amount = self.tr("%1 cases in the log.").replace("%1", number(self.total))
        else:
            amount = self.tr("%1 cases match the filters.").replace("%1", number(self.total))
        text = (self.tr("%1 Sorted by %2, %3. Enter opens a case.")
                .replace("%1", amount).replace("%2", order.lower()).replace("%3", direction))
        if self.model.query_filter().search_desk is not None:
            text += " " + self.tr("Customers and words are searched in this desk's cases and "
                                  "in cases still being worked; references in every case.")
        self.summary.setText(text)

    def _show_empty_state(self) -> None:
        if self.model.rowCount():
            self.table_stack.setCurrentWidget(self.table)
            return
        if self.model.flt.is_empty():
            self.empty_text.setText(self.tr("The log is empty. Open a case on the Desk, or "
                                            "load demo data from the Desk page."))
            self.empty_reset.hide()
        else:
            self.empty_text.setText(self.tr("No case matches these filters."))
            self.empty_reset.show()
        self.table_stack.setCurrentWidget(self.empty)

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), 220))
