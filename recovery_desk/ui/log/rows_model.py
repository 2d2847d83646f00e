"""A read-only table of precomputed display tuples: the Log's small models share it.

Each row is a tuple made once when the data arrives (so ``data()`` only indexes it); the
first ``display_offset`` items are hidden keys, item ``user_column`` (if any) is what
``UserRole`` returns, usually the case id.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    display_offset = 0
    user_column: int | None = None
    tooltips = False  # show the cell's text as its tooltip too (long timeline entries)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[tuple[Any, ...]] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (not index.isValid() or not 0 <= index.row() < len(self.rows)
                or not 0 <= index.column() < len(self.headers)):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole or (
                self.tooltips and role == Qt.ItemDataRole.ToolTipRole):
            return row[self.display_offset + index.column()]
        if role == Qt.ItemDataRole.UserRole and self.user_column is not None:
            return row[self.user_column]
        return None
