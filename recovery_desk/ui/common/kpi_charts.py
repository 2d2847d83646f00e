"""The Dashboard's charts, built from its figures: the page shows them, the PDF report prints
them. Module functions, so the report draws the same charts without the page.

A chart with nothing to draw (no complaints in the period, history imported without
satisfaction answers or stage times) says "No data for this chart" under its title instead
of an empty plot with axis labels such as "0.0 0.1".
"""

from __future__ import annotations

from PySide6.QtCharts import QChart
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

from recovery_desk.services.kpis.results import Dashboard, Period
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common import kpi_texts as words
from recovery_desk.ui.common.charts import (
    PALETTE,
    Bar,
    DrillMap,
    Series,
    bar_chart,
    empty_chart,
    trend_chart,
)
from recovery_desk.ui.common.formatting import number

translate = QCoreApplication.translate
#: a chart and the drill-down behind each of its bars
Built = tuple[QChart, DrillMap]


def no_data(title: str, font: QFont | None = None) -> Built:
    """The chart titled ``title`` when there is nothing to draw, and no bars to drill."""
    return (empty_chart(title, translate("DashboardCharts", "No data for this chart."), font),
            DrillMap())


def _period_bar(p: Period, granularity: str) -> Bar:
    """One period's bar; a partial period (``Period.partial``) is labelled so, and its
    tooltip names the days counted, so a short week is not read as a fall."""
    label = words.period_label(p.start, granularity)
    tip = (translate("DashboardCharts", "%1 complaints, CSAT %2")
           .replace("%1", number(p.count)).replace("%2", words.percent(p.csat_pct)))
    if p.partial:
        label = translate("DashboardCharts", "%1 (partial)").replace("%1", label)
        tip += "\n" + translate("DashboardCharts", "Partial: some of its days are outside "
                                "the period chosen, before the first case or still to come.")
    return Bar(label, p.count, p.drill, tip)


def build_trend(ws: Workspace, result: Dashboard, font: QFont | None = None,
                width: float = 1000.0) -> Built:
    bars = [_period_bar(p, result.granularity) for p in result.trend]
    if result.granularity == "week":
        title = translate("DashboardCharts", "Complaints and CSAT by week")
    else:
        title = translate("DashboardCharts", "Complaints and CSAT by month")
    if not any(p.count for p in result.trend):
        return no_data(title, font)
    return trend_chart(title, bars, [p.csat_pct for p in result.trend],
                       bar_name=translate("DashboardCharts", "Complaints"),
                       line_name=translate("DashboardCharts", "CSAT %"), font=font,
                       width=width)


def build_categories(ws: Workspace, result: Dashboard, font: QFont | None = None) -> Built:
    bars = tuple(Bar(words.category(ws, c.category), c.count, c.drill,
                     translate("DashboardCharts", "%1 complaints (%2 of all)")
                     .replace("%1", number(c.count)).replace("%2", words.percent(c.share)))
                 for c in result.top_categories[:5])
    name = translate("DashboardCharts", "Complaints")
    title = translate("DashboardCharts", "Top five complaint categories")
    if not bars:
        return no_data(title, font)
    return bar_chart(title, [Series(name, bars, PALETTE[0])], value_title=name, font=font)


def build_modes(ws: Workspace, result: Dashboard, font: QFont | None = None) -> Built:
    """Scripted vs natural side by side on the rates that say whether a recovery worked."""
    rows = {row.value: row for row in result.breakdowns.get("mode", [])}
    metrics = ((translate("DashboardCharts", "CSAT %"), "csat_pct"),
               (translate("DashboardCharts", "Recovery rate"), "recovery_rate"),
               (translate("DashboardCharts", "NPS"), "nps"))
    series = []
    low = 0.0
    for colour, mode in zip((PALETTE[1], PALETTE[2]), ("scripted", "natural"), strict=True):
        row = rows.get(mode)
        bars = []
        for label, attr in metrics:
            value = getattr(row, attr) if row is not None else None
            low = min(low, value or 0.0)
            text = words.signed(value) if attr == "nps" else words.percent(value)
            if row is not None:
                text += " · " + translate("DashboardCharts", "%1 cases").replace(
                    "%1", number(row.count))
            bars.append(Bar(label, value, row.drill if row is not None else None, text))
        label = words.mode(mode)
        if row is not None:
            label += f" ({number(row.count)})"
        series.append(Series(label, tuple(bars), colour))
    low = -100.0 if low < -50 else (-50.0 if low < 0 else 0.0)
    title = translate("DashboardCharts", "Scripted vs natural")
    if all(bar.value is None for one in series for bar in one.bars):
        return no_data(title, font)   # e.g. history imported without any answer
    return bar_chart(title, series, horizontal=False, value_range=(low, 100.0), font=font)


def build_stages(ws: Workspace, result: Dashboard, font: QFont | None = None) -> Built:
    """Median and 90th percentile time per stage, in minutes or hours as the data needs."""
    stages = [s for s in result.stage_durations if s.n]
    longest = max((s.p90_s or s.median_s or 0.0 for s in stages), default=0.0)
    hours = longest >= 3 * 3600
    scale = 3600.0 if hours else 60.0
    precision = 1 if hours or longest < 15 * 60 else 0
    if hours:
        unit = translate("DashboardCharts", "hours")
    else:
        unit = translate("DashboardCharts", "minutes")

    def bars(attr: str) -> tuple[Bar, ...]:
        return tuple(
            Bar(words.stage(ws, s.stage),
                None if getattr(s, attr) is None else getattr(s, attr) / scale, s.drill,
                translate("DashboardCharts", "median %1, 90th percentile %2 (%3 cases)")
                .replace("%1", words.duration(s.median_s))
                .replace("%2", words.duration(s.p90_s)).replace("%3", number(s.n)))
            for s in stages)

    series = [Series(translate("DashboardCharts", "Median"), bars("median_s"), PALETTE[0]),
              Series(translate("DashboardCharts", "90th percentile"), bars("p90_s"),
                     PALETTE[5])]
    title = translate("DashboardCharts", "Where recoveries stall: time in each stage")
    if not stages:
        return no_data(title, font)   # e.g. imported history: no stage was ever timed
    return bar_chart(title, series, value_title=unit, labels_precision=precision, font=font)
