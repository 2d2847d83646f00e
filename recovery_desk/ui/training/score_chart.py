"""A small chart of one trainee's scores over time (1–5), oldest on the left, so a trainer
sees a trend at a glance beside the list of dates and scores."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget


class ScoreChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scores: list[int] = []
        self.setMinimumHeight(70)
        self.setAccessibleName(self.tr("Scores over time"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(320, 80)

    def set_scores(self, scores: list[int]) -> None:
        self.scores = list(scores)
        self.setToolTip(", ".join(str(s) for s in scores))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(22, 6, -8, -6)
        p.setPen(QPen(QColor("#c8ccd2"), 1))
        for score in range(1, 6):
            y = area.bottom() - (score - 1) / 4 * area.height()
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.drawText(QRectF(0, y - 8, 18, 16), Qt.AlignmentFlag.AlignRight, str(score))
        if not self.scores:
            p.end()
            return
        step = area.width() / max(len(self.scores) - 1, 1)
        points = [QPointF(area.left() + i * step if len(self.scores) > 1 else area.center().x(),
                          area.bottom() - (s - 1) / 4 * area.height())
                  for i, s in enumerate(self.scores)]
        p.setPen(QPen(QColor("#1f6fbf"), 2))
        for a, b in zip(points, points[1:], strict=False):
            p.drawLine(a, b)
        p.setBrush(QColor("#1f6fbf"))
        for point in points:
            p.drawEllipse(point, 3.5, 3.5)
        p.end()
