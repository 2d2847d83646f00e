"""Qt Charts for the Dashboard and the PDF report, built from plain rows.

Every bar carries the :class:`CaseFilter` that lists its cases, so a click on the Dashboard
opens exactly those cases in the Log. The same builders draw the report's charts (rendered
through a ``QGraphicsScene`` into the PDF painter), so screen and paper never disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QSizePolicy, QWidget

from recovery_desk.services.cases.case_filter import CaseFilter

#: Colours that stay apart for the common kinds of colour blindness (Okabe–Ito).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")
LINE_COLOUR = "#D55E00"
LABEL_CHARS = 22


@dataclass(frozen=True)
class Bar:
    """One bar: its label, its value (``None``: no data) and the cases behind it."""

    label: str
    value: float | None
    scope: CaseFilter | None = None
    text: str = ""           # the value in words for the hover text, e.g. "82 % (n = 140)"


@dataclass(frozen=True)
class Series:
    name: str
    bars: tuple[Bar, ...]
    colour: str = PALETTE[0]


@dataclass
class DrillMap:
    """Which case filter each bar stands for: one list per bar set, in the series' order."""

    scopes: list[list[CaseFilter | None]] = field(default_factory=list)
    texts: list[list[str]] = field(default_factory=list)

    def add(self, bars: Sequence[Bar]) -> None:
        self.scopes.append([bar.scope for bar in bars])
        self.texts.append([f"{bar.label}: {bar.text}" if bar.text else bar.label
                           for bar in bars])

    def scope(self, set_no: int, index: int) -> CaseFilter | None:
        scopes = self.scopes[set_no] if 0 <= set_no < len(self.scopes) else []
        return scopes[index] if 0 <= index < len(scopes) else None

    def text(self, set_no: int, index: int) -> str:
        texts = self.texts[set_no] if 0 <= set_no < len(self.texts) else []
        return texts[index] if 0 <= index < len(texts) else ""


def short(label: str, limit: int = LABEL_CHARS) -> str:
    """An axis label of at most two lines (Qt draws category labels as rich text, so the
    break is ``<br>``), broken between words only: a word longer than a line keeps its
    line whole rather than being split mid-word. Anything over two lines ends in "…" after
    the last whole word that fits, and the full text is in the hover text."""
    import textwrap
    from html import escape

    lines = textwrap.wrap(label, width=limit, break_long_words=False) or [""]
    if len(lines) > 2:
        rest = textwrap.shorten(" ".join(lines[1:]), width=limit, placeholder=" …")
        lines = [lines[0], rest if rest.strip() != "…" else lines[1] + " …"]
    return "<br>".join(escape(line) for line in lines)


def _base_chart(title: str, font: QFont | None) -> QChart:
    from PySide6.QtCore import QLocale

    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setLocalizeNumbers(True)
    chart.setLocale(QLocale())
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(4)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    if font is not None:
        title_font = QFont(font)
        title_font.setBold(True)
        if font.pixelSize() > 0:      # the report sizes fonts in pixels (= points there)
            title_font.setPixelSize(round(font.pixelSize() * 1.15))
        else:
            title_font.setPointSizeF(font.pointSizeF() * 1.15)
        chart.setTitleFont(title_font)
        chart.legend().setFont(font)
    return chart


def _style_axis(axis: QAbstractAxis, font: QFont | None) -> None:
    if font is not None:
        axis.setLabelsFont(font)
        axis.setTitleFont(font)
    axis.setGridLineVisible(isinstance(axis, QValueAxis))
    if isinstance(axis, QBarCategoryAxis):
        axis.setTruncateLabels(False)   # Qt cuts even labels that fit; ours are short already


def bar_chart(title: str, series: Sequence[Series], *, horizontal: bool = True,
              value_title: str = "", value_range: tuple[float, float] | None = None,
              labels_precision: int = 0, font: QFont | None = None) -> tuple[QChart, DrillMap]:
    """Bars per label, one set per series (two series: side by side, e.g. mode comparison).

    Labels come from the first series; every series must list the same labels in order.
    """
    chart = _base_chart(title, font)
    drill = DrillMap()
    bar_series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
    labels = [bar.label for bar in series[0].bars] if series else []
    if horizontal:
        # top to bottom reads in the order given: Qt draws the first category at the bottom
        labels = labels[::-1]
    top = 0.0
    for one in series:
        bars = list(one.bars[::-1] if horizontal else one.bars)
        bar_set = QBarSet(one.name)
        bar_set.setColor(QColor(one.colour))
        bar_set.setBorderColor(QColor(one.colour))
        for bar in bars:
            # rounded as printed: the label shows the value itself (Qt has no format width)
            value = round(float(bar.value or 0.0), labels_precision)
            bar_set.append(value)
            top = max(top, value)
        if font is not None:
            bar_set.setLabelFont(font)
        bar_set.setLabelColor(QColor("#1f2430"))
        drill.add(bars)
        bar_series.append(bar_set)
    bar_series.setLabelsVisible(True)
    bar_series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    bar_series.setLabelsFormat("@value")
    bar_series.setBarWidth(0.7 if len(series) > 1 else 0.6)
    chart.addSeries(bar_series)
    categories = QBarCategoryAxis()
    categories.append([short(label) for label in labels])
    values = _value_axis(value_range or (0.0, top * 1.12), labels_precision)
    if value_title:
        values.setTitleText(value_title)
    for axis in (categories, values):
        _style_axis(axis, font)
    if horizontal:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    bar_series.attachAxis(categories)
    bar_series.attachAxis(values)
    chart.legend().setVisible(len(series) > 1)
    chart.setProperty("drillSeries", bar_series)
    return chart, drill


def trend_chart(title: str, bars: Sequence[Bar], line: Sequence[float | None], *,
                bar_name: str, line_name: str, line_range: tuple[float, float] = (0, 100),
                font: QFont | None = None, width: float = 1000.0) -> tuple[QChart, DrillMap]:
    """Complaints per period as bars, a rate (e.g. CSAT %) as a line on its own axis."""
    chart = _base_chart(title, font)
    drill = DrillMap()
    counts = QBarSet(bar_name)
    counts.setColor(QColor(PALETTE[4]))
    counts.setBorderColor(QColor(PALETTE[0]))
    top = 0.0
    for bar in bars:
        counts.append(float(bar.value or 0.0))
        top = max(top, float(bar.value or 0.0))
    if font is not None:
        counts.setLabelFont(font)
    drill.add(bars)
    series = QBarSeries()
    series.append(counts)
    series.setBarWidth(0.7)
    chart.addSeries(series)
    rate = QLineSeries()
    rate.setName(line_name)
    pen = QPen(QColor(LINE_COLOUR))
    pen.setWidthF(2.5)
    rate.setPen(pen)
    rate.setPointsVisible(True)
    for index, value in enumerate(line):
        if value is not None:
            rate.append(QPointF(index, value))
    chart.addSeries(rate)
    periods = QBarCategoryAxis()
    periods.append([bar.label for bar in bars])
    left = _value_axis((0.0, top * 1.1), 0)
    left.setTitleText(bar_name)
    right = QValueAxis()
    right.setRange(*line_range)
    right.setTickCount(left.tickCount())
    right.setLabelFormat("%.0f")
    right.setTitleText(line_name)
    right.setLinePenColor(QColor(LINE_COLOUR))
    for axis in (periods, left, right):
        _style_axis(axis, font)
    right.setGridLineVisible(False)
    # labels side by side while they fit the plot (about 85 % of the chart), else slanted
    char = (font.pixelSize() if font is not None and font.pixelSize() > 0 else 12) * 0.6
    longest = max((len(bar.label) for bar in bars), default=0)
    if len(bars) * (longest + 1) * char > width * 0.85:
        periods.setLabelsAngle(-45)
    chart.addAxis(periods, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(left, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(right, Qt.AlignmentFlag.AlignRight)
    series.attachAxis(periods)
    series.attachAxis(left)
    rate.attachAxis(periods)
    rate.attachAxis(right)
    chart.legend().setVisible(True)
    chart.setProperty("drillSeries", series)
    return chart, drill


def _value_axis(value_range: tuple[float, float], precision: int) -> QValueAxis:
    """A value axis on round numbers, with room above the tallest bar for its label."""
    low, high = value_range
    axis = QValueAxis()
    axis.setRange(low, max(high, low + (1.0 if precision == 0 else 0.1)))
    axis.applyNiceNumbers()
    step = (axis.max() - axis.min()) / max(axis.tickCount() - 1, 1)
    axis.setLabelFormat("%.0f" if step >= 1 or precision == 0 else "%.1f")
    if precision == 0 and step < 1:     # whole numbers only: 0, 1, 2 … not 0.25
        axis.setTickCount(int(axis.max() - axis.min()) + 1)
    return axis


def empty_chart(title: str, message: str, font: QFont | None = None) -> QChart:
    from html import escape

    chart = _base_chart(title, font)
    chart.setTitle(f"{escape(title)}<br><br>{escape(message)}")   # the title is rich text
    chart.legend().setVisible(False)
    return chart


class ChartView(QChartView):
    """A chart on screen: hover shows the bar's figure, a click or Enter drills down."""

    element_clicked = Signal(object)
    #: The bar chosen with the keyboard, in words (the page shows it: no hover needed).
    bar_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.drill = DrillMap()
        self.current: tuple[int, int] | None = None   # (bar set, index) chosen by keyboard

    def show_chart(self, chart: QChart, drill: DrillMap | None = None) -> None:
        """Replace the chart; the previous one is deleted."""
        old = self.chart()
        self.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()
        self.drill = drill or DrillMap()
        self.current = None
        for set_no, bar_set in enumerate(self.bar_sets()):
            bar_set.clicked.connect(lambda index, n=set_no: self._clicked(n, index))
            bar_set.hovered.connect(lambda on, index, n=set_no: self._hovered(n, on, index))
        self.setAccessibleDescription(chart.title())

    def _series(self) -> QAbstractBarSeries | None:
        series = self.chart().property("drillSeries") if self.chart() else None
        return series if isinstance(series, QAbstractBarSeries) else None

    def bar_sets(self) -> list[QBarSet]:
        series = self._series()
        return list(series.barSets()) if series is not None else []

    def bar_centre(self, set_no: int, index: int) -> QPointF:
        """Where bar ``index`` of bar set ``set_no`` is drawn, in viewport coordinates."""
        series = self._series()
        assert series is not None
        sets = self.bar_sets()
        offset = 0.0
        if len(sets) > 1:
            width = series.barWidth() / len(sets)
            offset = -series.barWidth() / 2 + width * (set_no + 0.5)
        value = sets[set_no].at(index) / 2
        horizontal = isinstance(series, QHorizontalBarSeries)
        point = QPointF(value, index + offset) if horizontal else QPointF(index + offset, value)
        at = self.chart().mapToPosition(point, series)
        return QPointF(self.mapFromScene(self.chart().mapToScene(at)))

    def _clicked(self, set_no: int, index: int) -> None:
        self.current = (set_no, index)
        scope = self.drill.scope(set_no, index)
        if scope is not None:
            self.element_clicked.emit(scope)

    def _hovered(self, set_no: int, on: bool, index: int) -> None:
        """The bar under the mouse becomes the view's tooltip (Qt shows it on rest)."""
        text = self.drill.text(set_no, index)
        if on and text:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(text)
        else:
            self.unsetCursor()
            self.setToolTip(self.accessibleDescription())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Arrow keys walk the bars, Enter drills down: no mouse needed."""
        sets = self.bar_sets()
        key = event.key()
        walk = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
        enter = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if not sets or not sets[0].count() or key not in walk + enter:
            super().keyPressEvent(event)
            return
        flat = [(n, i) for i in range(sets[0].count()) for n in range(len(sets))]
        if isinstance(self._series(), QHorizontalBarSeries):
            flat.reverse()   # the first label is drawn at the top
        position = flat.index(self.current) if self.current in flat else -1
        if key in enter:
            if position >= 0 and self.current is not None:  # position >= 0: one is chosen
                self._clicked(*self.current)
            return
        step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
        position = max(0, min(len(flat) - 1, position + step))
        self.current = flat[position]
        set_no, index = self.current
        for bar_set in sets:
            bar_set.deselectAllBars()
            bar_set.setSelectedColor(QColor("#1f2430"))
        sets[set_no].selectBar(index)
        text = self.drill.text(set_no, index)
        self.setToolTip(text)
        self.bar_chosen.emit(text)


def render_chart(painter: QPainter, chart: QChart, target: QRectF,
                 size: tuple[float, float]) -> None:
    """Draw ``chart`` laid out at ``size`` (points) into ``target`` of any paint device."""
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, *size))
    scene.setSceneRect(QRectF(0, 0, *size))
    scene.render(painter, target, QRectF(0, 0, *size))
    scene.removeItem(chart)


ChartBuilder = Callable[[QFont | None], tuple[QChart, DrillMap]]
