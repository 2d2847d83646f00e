"""One Dashboard figure as a focusable tile: its value, its caption, its definition in the
tooltip; a click or Enter asks for its cases."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout

from recovery_desk.services.kpis import results as kpis
from recovery_desk.ui.common import kpi_texts as words


class Tile(QFrame):
    """One figure; its definition is in the tooltip, a click (or Enter) lists its cases."""

    clicked = Signal()

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.setObjectName("kpiTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        self.value = QLabel("…")
        self.value.setObjectName("kpiValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(words.tile_title(key))
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        self.caption.setObjectName("kpiCaption")
        # the cases the figure is over ("Last 90 days", "All time · DESK-1"): two tiles of
        # the same name on two screens agree only for the same scope, so each says its own
        self.scope = QLabel("")
        self.scope.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scope.setWordWrap(True)
        self.scope.setObjectName("kpiScope")
        self.scope.setStyleSheet("color: #555; font-size: 11px;")
        self.unknown = QLabel()  # a score's unknown answers, which the figure leaves out
        self.unknown.setObjectName("kpiUnknown")
        self.unknown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unknown.setWordWrap(True)
        self.unknown.hide()
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.unknown)
        layout.addWidget(self.scope)
        self.kpi: kpis.Kpi | None = None

    def set_kpi(self, kpi: kpis.Kpi, scope: str = "") -> None:
        self.kpi = kpi
        definition = words.tile_definition(kpi)
        self.value.setText(words.value_text(kpi))
        unknown = words.unknown_text(kpi)
        self.unknown.setText(unknown)
        self.unknown.setVisible(bool(unknown))
        self.scope.setText(scope)
        self.scope.setVisible(bool(scope))
        self.setToolTip(f"{definition}\n{scope}" if scope else definition)
        self.setAccessibleName(f"{words.tile_title(kpi.key)}: {self.value.text()}"
                               + (f" ({unknown})" if unknown else ""))
        self.setAccessibleDescription(f"{definition} {scope}".strip())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)
