"""Filling a worklist table (F7, F9, F10): one row per item, its key kept for Enter, the
row tinted by its urgency, columns sized to their text, the first row current so the
keyboard starts on it. A long free-text column (why the customer was unhappy) would set
its own width and push the owner and reference behind a horizontal scroll bar at
1366x768, so such a column takes only the width the others leave, cut with "…" and read
whole in its tooltip; names, contacts and money are never cut."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget


def row_item(cells: list[str], key: str, colour: str | None = None) -> QTreeWidgetItem:
    """A row of ``cells`` carrying ``key``, tinted ``colour`` across every column."""
    item = QTreeWidgetItem(cells)
    item.setData(0, Qt.ItemDataRole.UserRole, key)
    if colour:
        for column in range(len(cells)):
            item.setBackground(column, QBrush(QColor(colour)))
    return item


def fill(table: QTreeWidget, items: Iterable[QTreeWidgetItem],
         elided: Iterable[int] = ()) -> None:
    """Replace ``table``'s rows, make the first current. Every column is as wide as its
    text, except the ``elided`` ones, which share the width left in the view (the text
    cut with "…", whole in the cell's tooltip)."""
    table.clear()
    cut = set(elided)
    for item in items:
        for column in cut:
            item.setToolTip(column, item.text(column))
        table.addTopLevelItem(item)
    table.setWordWrap(False)   # a cut cell ends in "…" on one line, rows stay one high
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = table.header()
    if cut:
        header.setStretchLastSection(False)
        for column in range(table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in cut
                                        else QHeaderView.ResizeMode.ResizeToContents)
    else:
        for column in range(table.columnCount()):
            table.resizeColumnToContents(column)
    first = table.topLevelItem(0)
    if first is not None:
        table.setCurrentItem(first)


def list_width(window: QWidget) -> int:
    """A worklist window's width: 1300 px, or the screen's width less a margin where the
    screen is narrower (1366x768), so the columns have the room there is."""
    screen = window.screen()
    return min(1300, screen.availableGeometry().width() - 40) if screen else 1100
