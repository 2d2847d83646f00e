"""The Dashboard page: headline recovery figures, each with its definition on hover."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ...services import queries
from ...services.workspace import Workspace
from ..formatting import number
from ..workers import run_in_background


class Tile(QFrame):
    def __init__(self, title: str, definition: str) -> None:
        super().__init__()
        self.setObjectName("tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(definition)
        self.setAccessibleName(title)
        self.setAccessibleDescription(definition)
        layout = QVBoxLayout(self)
        self.value = QLabel("…")
        self.value.setObjectName("tileValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption = QLabel(title)
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(caption)

    def set(self, text: str) -> None:
        self.value.setText(text)


class DashboardPage(QWidget):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.ws = workspace
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Dashboard"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.status = QLabel(self.tr("Hover a figure to see how it is computed. Training cases "
                                     "are never counted."))
        layout.addWidget(self.status)
        grid = QGridLayout()
        self.tiles = {
            "cases": Tile(self.tr("Complaints"), self.tr("All complaints in the log.")),
            "open": Tile(self.tr("Open now"), self.tr("Cases in the flow, escalated or waiting "
                                                      "for a follow-up.")),
            "csat": Tile(self.tr("CSAT"), self.tr("Share of CSAT answers that are 4 or 5 "
                                                  "(scale 1–5).")),
            "nps": Tile(self.tr("NPS"), self.tr("% promoters (9–10) minus % detractors (0–6) "
                                                "on likelihood to recommend.")),
            "recovery": Tile(self.tr("Recovery rate"), self.tr(
                "Share of closed complaints closed with a satisfied customer.")),
            "watchlist": Tile(self.tr("On the watchlist"), self.tr(
                "Customers who were not fully satisfied and are being followed up.")),
            "overdue": Tile(self.tr("Overdue follow-ups"), self.tr(
                "Follow-ups past their due time.")),
            "pending": Tile(self.tr("Escalations waiting"), self.tr(
                "Offers over the agent's limit waiting for a supervisor.")),
        }
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, i // 4, i % 4)
        layout.addLayout(grid)
        layout.addStretch(1)
        self._busy = False

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.status.setText(self.tr("Computing…"))
        engine = self.ws.engine
        run_in_background(lambda: queries.headline(engine, datetime.now(UTC)),
                          self._show, self._failed)

    def _show(self, h: queries.Headline) -> None:
        self._busy = False
        self.status.setText(self.tr("Hover a figure to see how it is computed. Training cases "
                                    "are never counted."))
        def fmt(value: float | None, suffix: str = "") -> str:
            return "—" if value is None else number(round(value)) + suffix

        self.tiles["cases"].set(number(h.cases))
        self.tiles["open"].set(number(h.open_cases))
        self.tiles["csat"].set(fmt(h.csat_pct, " %"))
        self.tiles["nps"].set(fmt(h.nps))
        self.tiles["recovery"].set(fmt(h.recovery_rate, " %"))
        self.tiles["watchlist"].set(number(h.watchlist))
        self.tiles["overdue"].set(number(h.overdue_follow_ups))
        self.tiles["pending"].set(number(h.escalations_pending))

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.status.setText(self.tr("Could not compute the figures: %1").replace("%1", str(exc)))
