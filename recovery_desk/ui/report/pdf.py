"""The supervisor's PDF report, drawn with Qt: A4 pages, the Dashboard's charts, tables.

The data comes from ``services/report.gather`` (no Qt, any thread); this module only
draws, on the thread that owns the ``QApplication`` (Qt Charts are graphics items). Text is
laid out with pixel-sized fonts on a 72 dpi writer, so one unit is one PDF point and the
charts measure their labels exactly as they are printed. The file is written under a
temporary name and renamed when complete: a reader never sees half a report.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPicture,
)

from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.kpis.report import FollowUpList, ReportData
from recovery_desk.services.kpis.results import BREAKDOWNS, BreakdownRow, Dashboard, Kpi
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common import kpi_texts as words
from recovery_desk.ui.common.charts import render_chart
from recovery_desk.ui.common.formatting import date_only, date_time, number
from recovery_desk.ui.common.kpi_charts import (
    Built,
    build_categories,
    build_modes,
    build_stages,
    build_trend,
)
from recovery_desk.ui.report.pdf_blocks import (
    BODY_W,
    INK,
    MARGIN,
    MUTED,
    PAGE_H,
    RULE,
    TILE_BG,
    Block,
    Column,
    font,
    heading,
    paginate,
    paragraph,
    spacer,
    table,
    text_height,
)
from recovery_desk.ui.report.regulated_blocks import regulated_blocks

translate = QCoreApplication.translate

def _date(day: date) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.ShortFormat)


def period_text(scope: CaseFilter) -> str:
    if scope.date_from and scope.date_to:
        return translate("Report", "%1 to %2").replace("%1", _date(scope.date_from)) \
            .replace("%2", _date(scope.date_to))
    if scope.date_from:
        return translate("Report", "from %1").replace("%1", _date(scope.date_from))
    if scope.date_to:
        return translate("Report", "up to %1").replace("%1", _date(scope.date_to))
    return translate("Report", "all time")


def scope_text(ws: Workspace, scope: CaseFilter) -> str:
    every = translate("Report", "all")

    def named(values: tuple[str, ...], label: Callable[[str], str]) -> str:
        return ", ".join(label(v) for v in values) if values else every

    parts = [
        (translate("Report", "Desk"), named(scope.desks, str)),
        (translate("Report", "Agent"), named(scope.agents, str)),
        (translate("Report", "Channel"), named(scope.channels, lambda v: words.channel(ws, v))),
        (translate("Report", "Playbook"),
         named(scope.playbooks, lambda v: words.playbook(ws, v))),
    ]
    return " · ".join(f"{name}: {value}" for name, value in parts)


def _under_value(kpi: Kpi) -> str:
    """Under the figure: for a score how many answers it leaves out as unknown, then the
    definition."""
    unknown = words.unknown_text(kpi)
    return (unknown + "\n" if unknown else "") + words.tile_definition(kpi)


def _tiles(data: ReportData) -> list[Block]:
    """The figures as a grid of boxes, each with its definition (paper has no hover)."""
    columns, gap = 3, 8.0
    width = (BODY_W - gap * (columns - 1)) / columns
    inner = width - 12
    value_f, title_f, note_f = font(16, True), font(8.5, True), font(6.8)
    kpis_ = data.dashboard.tiles
    blocks = []
    for start in range(0, len(kpis_), columns):
        row = kpis_[start:start + columns]
        texts = [(words.tile_title(k.key) + (f" ({k.unit})" if words.tile_id(k) != k.key
                                             else ""),
                  words.value_text(k), _under_value(k)) for k in row]
        height = max(text_height(t, title_f, inner) + 22 + text_height(d, note_f, inner)
                     for t, _v, d in texts) + 14

        def draw(p: QPainter, top: float, texts: list[tuple[str, str, str]] = texts,
                 height: float = height) -> None:
            for i, (title, value, definition) in enumerate(texts):
                x = MARGIN + i * (width + gap)
                box = QRectF(x, top, width, height - 6)
                p.setPen(QPen(RULE, 0.8))
                p.setBrush(TILE_BG)
                p.drawRoundedRect(box, 4, 4)
                p.setPen(INK)
                p.setFont(title_f)
                title_h = text_height(title, title_f, inner)
                p.drawText(QRectF(x + 6, top + 5, inner, title_h + 2),
                           int(Qt.TextFlag.TextWordWrap), title)
                p.setFont(value_f)
                p.drawText(QRectF(x + 6, top + 5 + title_h, inner, 22),
                           int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                           value)
                p.setFont(note_f)
                p.setPen(MUTED)
                p.drawText(QRectF(x + 6, top + 7 + title_h + 22, inner, height),
                           int(Qt.TextFlag.TextWordWrap), definition)

        blocks.append(Block(height, draw))
    return blocks


#: The report's charts and their heights on the page (points).
CHARTS = (("trend", 340.0), ("categories", 300.0), ("modes", 300.0), ("stages", 380.0))


def draw_charts(ws: Workspace, data: ReportData) -> dict[str, QPicture]:
    """The charts as recorded drawings. Qt Charts are graphics items, so this runs on the
    thread that owns the application; any thread may then play the pictures into the PDF."""
    builders: dict[str, Callable[[Workspace, Dashboard, QFont | None], Built]] = {
        "trend": lambda w, d, f: build_trend(w, d, f, width=BODY_W),
        "categories": build_categories, "modes": build_modes, "stages": build_stages}
    pictures = {}
    for key, height in CHARTS:
        chart, _drill = builders[key](ws, data.dashboard, font(8.5))
        chart.setBackgroundVisible(False)
        chart.setTitleFont(font(11, True))
        picture = QPicture()
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = (BODY_W, height - 10)
        render_chart(painter, chart, QRectF(0, 0, *size), size)
        painter.end()
        chart.deleteLater()
        pictures[key] = picture
    return pictures


def _chart(picture: QPicture, height: float) -> Block:
    def draw(p: QPainter, top: float) -> None:
        # a picture plays back scaled by its resolution over the device's (96 over 72 dpi
        # here): undo that, so one unit stays one point
        scale = picture.logicalDpiX() / max(p.device().logicalDpiX(), 1)
        p.translate(MARGIN, top)
        p.scale(scale, scale)
        p.drawPicture(QPointF(0, 0), picture)

    return Block(height, draw)


def _breakdown(ws: Workspace, dimension: str, rows: list[BreakdownRow]) -> list[Block]:
    columns = [Column(words.breakdown_title(dimension), 0.34),
               Column(translate("Report", "Cases"), 0.11, True),
               Column(translate("Report", "CSAT"), 0.11, True),
               Column(translate("Report", "NPS"), 0.1, True),
               Column(translate("Report", "Recovery rate"), 0.14, True),
               Column(translate("Report", "Median time to resolution"), 0.2, True)]
    cells = [[words.breakdown_label(ws, dimension, r.value), number(r.count),
              words.percent(r.csat_pct), words.signed(r.nps), words.percent(r.recovery_rate),
              words.duration(r.median_resolution_s)] for r in rows]
    title = translate("Report", "By %1").replace("%1", words.breakdown_title(dimension).lower())
    if dimension == "mode":
        title = words.breakdown_title(dimension)
    blocks = [paragraph(title, 11, bold=True, space_after=4, keep_with_next=True)]
    if not cells:
        return [*blocks, paragraph(translate("Report", "No cases."), colour=MUTED)]
    return [*blocks, *table(columns, cells), spacer(12)]


def _follow_ups(ws: Workspace, title: str, listed: FollowUpList, names: bool,
                now: datetime, mark_overdue: bool = True) -> list[Block]:
    blocks = [paragraph(title, 11, bold=True, space_after=4, keep_with_next=True)]
    if not listed.rows:
        return [*blocks, paragraph(translate("Report", "None."), colour=MUTED), spacer(8)]
    columns = [Column(translate("Report", "Reference"), 0.14 if names else 0.16)]
    if names:
        columns.append(Column(translate("Report", "Customer"), 0.21))
    columns += [Column(translate("Report", "Follow-up due"), 0.23 if names else 0.24),
                Column(translate("Report", "Agent"), 0.17 if names else 0.25),
                Column(translate("Report", "Category"), 0.25 if names else 0.35)]
    rows = []
    for r in listed.rows:
        due = date_time(r.due) if r.due else "—"
        if r.due is not None and r.due < now and mark_overdue:
            due = translate("Report", "%1 (overdue)").replace("%1", due)
        cells = [r.ref]
        if names:
            cells.append(r.customer or "—")
        cells += [due, r.agent, words.category(ws, r.category)]
        rows.append(cells)
    blocks += table(columns, rows)
    if listed.total > len(listed.rows):
        blocks.append(paragraph(translate("Report", "… and %1 more; the Log lists them all.")
                                .replace("%1", number(listed.total - len(listed.rows))),
                                8.5, colour=MUTED))
    return [*blocks, spacer(10)]


def build_blocks(ws: Workspace, data: ReportData, charts: dict[str, QPicture]) -> list[Block]:
    dash = data.dashboard
    height = dict(CHARTS)
    blocks = [
        paragraph(translate("Report", "Recovery report"), 22, bold=True, space_after=6),
        paragraph(translate("Report", "Period: %1").replace("%1", period_text(dash.scope)),
                  11, space_after=2),
        paragraph(translate("Report", "Scope: %1").replace("%1", scope_text(ws, dash.scope)),
                  9.5, space_after=2),
        paragraph(translate("Report", "Created %1 by %2").replace(
            "%1", date_time(data.created_at)).replace("%2", data.user), 9.5, colour=MUTED,
            space_after=2),
        paragraph(translate("Report", "Practice cases are never counted. Each figure's "
                            "definition is printed with it."), 8.5, colour=MUTED,
                  space_after=12),
        *_tiles(data),
    ]
    if not data.names_shown:
        blocks.append(paragraph(translate(
            "Report", "Customer names are left out: the signed-in role may not export "
            "personal data."), 8.5, colour=MUTED))
    blocks += [
        heading(translate("Report", "Trend and complaint categories"), page_break_before=True),
        _chart(charts["trend"], height["trend"]),
        _chart(charts["categories"], height["categories"]),
        heading(translate("Report", "Scripted vs natural, and where recoveries stall"),
                page_break_before=True),
        _chart(charts["modes"], height["modes"]),
        _chart(charts["stages"], height["stages"]),
        heading(translate("Report", "Breakdowns"), page_break_before=True),
    ]
    for dimension in BREAKDOWNS:
        blocks += _breakdown(ws, dimension, dash.breakdowns.get(dimension, []))
    blocks += regulated_blocks(data)
    now = dash.now
    blocks += [
        heading(translate("Report", "Follow-ups"), page_break_before=True),
        *_follow_ups(ws, translate("Report", "Overdue follow-ups (%1)")
                     .replace("%1", number(data.overdue.total)), data.overdue,
                     data.names_shown, now, mark_overdue=False),
        *_follow_ups(ws, translate("Report", "On the watchlist (%1)")
                     .replace("%1", number(data.watchlist.total)), data.watchlist,
                     data.names_shown, now),
    ]
    return blocks


def _frame(p: QPainter, number_: int, total: int, data: ReportData) -> None:
    """Running header and footer: what this is, when it was made, page n of m."""
    p.setFont(font(7.5))
    p.setPen(MUTED)
    p.drawText(QRectF(MARGIN, MARGIN - 18, BODY_W, 12), int(Qt.AlignmentFlag.AlignLeft),
               translate("Report", "Recovery Desk · Recovery report · %1")
               .replace("%1", period_text(data.dashboard.scope)))
    p.setPen(QPen(RULE, 0.6))
    p.drawLine(QPointF(MARGIN, MARGIN - 4), QPointF(MARGIN + BODY_W, MARGIN - 4))
    p.drawLine(QPointF(MARGIN, PAGE_H - MARGIN + 2), QPointF(MARGIN + BODY_W, PAGE_H - MARGIN + 2))
    p.setPen(MUTED)
    footer = QRectF(MARGIN, PAGE_H - MARGIN + 5, BODY_W, 12)
    p.drawText(footer, int(Qt.AlignmentFlag.AlignLeft),
               translate("Report", "Created %1").replace("%1", date_only(data.created_at)))
    p.drawText(footer, int(Qt.AlignmentFlag.AlignRight),
               translate("Report", "Page %1 of %2").replace("%1", str(number_))
               .replace("%2", str(total)))


def write_report(ws: Workspace, data: ReportData, out: Path,
                 charts: dict[str, QPicture] | None = None) -> int:
    """Write the report to ``out``; returns the number of pages.

    With ``charts`` from :func:`draw_charts` this may run on a worker thread; without, it
    draws them itself and must run on the application's thread.
    """
    from recovery_desk.core.errors import RecoveryDeskError

    out = Path(out)
    if charts is None:
        charts = draw_charts(ws, data)
    cannot = f"Cannot write the report to {out}"
    fix = "Choose a folder you may write to, with free space."
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RecoveryDeskError(f"{cannot}: {exc.strerror or exc}.", fix) from exc
    part = out.with_name(out.name + ".part")
    try:
        pages = paginate(build_blocks(ws, data, charts))
        writer = QPdfWriter(str(part))
        writer.setResolution(72)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                         QPageLayout.Unit.Point))
        writer.setTitle(translate("Report", "Recovery report"))
        writer.setCreator("Recovery Desk")
        painter = QPainter()
        if not painter.begin(writer):
            raise RecoveryDeskError(f"{cannot}.", fix)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            for i, page in enumerate(pages):
                if i:
                    writer.newPage()
                _frame(painter, i + 1, len(pages), data)
                for top, block in page:
                    painter.save()
                    block.draw(painter, top)
                    painter.restore()
        finally:
            painter.end()
        del writer
        try:
            os.replace(part, out)
        except OSError as exc:
            raise RecoveryDeskError(f"{cannot}: {exc.strerror or exc}.", fix) from exc
    finally:
        if part.exists():
            part.unlink()
    return len(pages)
