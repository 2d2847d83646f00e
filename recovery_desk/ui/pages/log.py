"""The Log page: every case, newest first, loaded page by page as you scroll."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.workspace import Workspace
from ..case_table_model import CaseTableModel
from ..formatting import number


class LogPage(QWidget):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.ws = workspace
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Recovery log"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.model = CaseTableModel(workspace, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        self._loaded = False

    def activate(self) -> None:
        if not self._loaded:
            self.refresh()

    def mark_stale(self) -> None:
        """Cases changed: reload now if the log is on screen, else when it is next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._loaded = False

    def refresh(self) -> None:
        self._loaded = True
        self.model.reload()
        self.table.resizeColumnsToContents()
        total = self.ws.case_count()
        self.summary.setText(self.tr("%1 cases in the log, newest first.")
                             .replace("%1", number(total)))
        if total == 0:
            self.summary.setText(self.tr("The log is empty. Open a case on the Desk, or load "
                                         "demo data from the Desk page."))
