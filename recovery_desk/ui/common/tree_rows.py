"""Filling a worklist table (F7, F9, F10): one row per item, its key kept for Enter, the
row tinted by its urgency, columns sized to their text, the first row current so the
keyboard starts on it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem


def row_item(cells: list[str], key: str, colour: str | None = None) -> QTreeWidgetItem:
    """A row of ``cells`` carrying ``key``, tinted ``colour`` across every column."""
    item = QTreeWidgetItem(cells)
    item.setData(0, Qt.ItemDataRole.UserRole, key)
    if colour:
        for column in range(len(cells)):
            item.setBackground(column, QBrush(QColor(colour)))
    return item


def fill(table: QTreeWidget, items: Iterable[QTreeWidgetItem]) -> None:
    """Replace ``table``'s rows, size its columns to their text, make the first current."""
    table.clear()
    for item in items:
        table.addTopLevelItem(item)
    for column in range(table.columnCount()):
        table.resizeColumnToContents(column)
    first = table.topLevelItem(0)
    if first is not None:
        table.setCurrentItem(first)
