"""A row of buttons that wraps onto a second line when it does not fit, each line to the
right: at a larger zoom on a 1366-pixel screen the Desk's buttons (feedback, approvals,
open cases, follow-ups, promises) keep their whole text instead of being squeezed and cut.

A widget that places its children itself rather than a QLayout subclass: a layout written
in Python holds layout items whose wrappers PySide may delete under it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtWidgets import QSizePolicy, QWidget


class WrapRow(QWidget):
    """Children added with :meth:`add`, in their size hints, wrapped, lines aligned right."""

    def __init__(self, parent: QWidget | None = None, gap: int = 6) -> None:
        super().__init__(parent)
        self.gap = gap
        self.items: list[QWidget] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, widget: QWidget) -> None:
        widget.setParent(self)
        widget.installEventFilter(self)   # shown, hidden, new text: lay out again
        self.items.append(widget)
        self._changed()

    def lines(self, width: int) -> list[list[QWidget]]:
        """The shown children broken into lines that fit ``width``."""
        out: list[list[QWidget]] = [[]]
        used = 0
        for widget in (w for w in self.items if not w.isHidden()):
            wide = widget.sizeHint().width()
            if out[-1] and used + self.gap + wide > width:
                out.append([])
                used = 0
            used += (self.gap if out[-1] else 0) + wide
            out[-1].append(widget)
        return out

    def _line_height(self, line: list[QWidget]) -> int:
        return max((w.sizeHint().height() for w in line), default=0)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        lines = [line for line in self.lines(width) if line]
        return sum(self._line_height(line) for line in lines) + self.gap * max(0, len(lines) - 1)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def sizeHint(self) -> QSize:  # noqa: N802
        shown = [w for w in self.items if not w.isHidden()]
        width = sum(w.sizeHint().width() for w in shown) + self.gap * max(0, len(shown) - 1)
        return QSize(width, self._line_height(shown))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        shown = [w for w in self.items if not w.isHidden()]
        return QSize(max((w.sizeHint().width() for w in shown), default=0),
                     self._line_height(shown))

    def resizeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.LayoutRequest,
                            QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._changed()
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._changed()
        return super().event(event)

    def _changed(self) -> None:
        self.updateGeometry()
        self._place()

    def _place(self) -> None:
        y = 0
        for line in self.lines(self.width()):
            x = self.width() - sum(w.sizeHint().width() for w in line) \
                - self.gap * max(0, len(line) - 1)
            for widget in line:
                hint = widget.sizeHint()
                widget.setGeometry(QRect(max(x, 0), y, hint.width(), hint.height()))
                x += hint.width() + self.gap
            y += self._line_height(line) + self.gap
