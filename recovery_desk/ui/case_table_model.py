"""A table model over the case list that fetches keyset pages as the view scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..services import queries
from ..services.workspace import Workspace
from .formatting import date_time
from .labels import status_label

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    """Rows are cached tuples; ``fetchMore`` asks for the next page after the last row."""

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.rows: list[Any] = []
        self._exhausted = False
        self.headers = [self.tr("Reference"), self.tr("Opened"), self.tr("Agent"),
                        self.tr("Channel"), self.tr("Category"), self.tr("Status"),
                        self.tr("Stage"), self.tr("Resolution"), self.tr("CSAT"),
                        self.tr("Recommend"), self.tr("Watchlist")]

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = queries.case_page(self.ws.engine, limit=PAGE)
        self._exhausted = len(self.rows) < PAGE
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and bool(self.rows) and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self.rows:
            return
        last = self.rows[-1]
        more = queries.case_page(self.ws.engine, after=(last.opened_at, last.case_id),
                                 limit=PAGE)
        self._exhausted = len(more) < PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row.case_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        lang = self.ws.settings.language
        tax = self.ws.taxonomy
        column = index.column()
        values = (
            row.ref, date_time(row.opened_at), row.agent,
            tax.label("channels", row.channel, lang), tax.label("categories", row.category, lang),
            status_label(row.status), self.ws.stage_label(row.stage, lang),
            self.ws.resolution_label(row.resolution, lang),
            "" if row.csat is None else str(row.csat),
            "" if row.likelihood is None else str(row.likelihood),
            "●" if row.watchlist else "",
        )
        return values[column] if column < len(values) else None
