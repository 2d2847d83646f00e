"""F1: every shortcut in one list."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.ui.common import shortcuts


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, overrides: dict[str, str] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Every action works from the keyboard. Shortcuts can be "
                               "changed in settings.json."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = [(shortcuts.sequence(n, overrides).toString(
            QKeySequence.SequenceFormat.NativeText), shortcuts.label(n))
            for n in shortcuts.DEFAULTS]
        rows += [("Ctrl+1 … Ctrl+6",
                  self.tr("Desk, Log, Dashboard, Register, Training, Settings")),
                 ("Ctrl+Tab", self.tr("Next open case")), ("Ctrl+Shift+Y", self.tr("Sync now")),
                 ("F11", self.tr("Presenter mode (Training)")), ("F1", self.tr("This list"))]
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for i, (keys, action) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(keys))
            table.setItem(i, 1, QTableWidgetItem(action))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 480)
