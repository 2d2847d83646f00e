"""The report's drawing blocks: A4 geometry, fonts, paragraphs, headings, tables, pages.

Shared by the report's sections (``pdf.py``, ``regulated_blocks.py``); each block knows its
height and draws itself at a given top, so ``paginate`` can lay pages out before drawing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

FONT_FAMILY = "DejaVu Sans"     # covers Latin, Hungarian, Latvian and Cyrillic letters
PAGE_W, PAGE_H = 595.0, 842.0   # A4 in points
MARGIN = 42.0
BODY_W = PAGE_W - 2 * MARGIN
TOP = MARGIN + 14               # below the running header
BOTTOM = PAGE_H - MARGIN - 16   # above the footer
INK = QColor("#1f2430")
MUTED = QColor("#5b6270")
RULE = QColor("#d9dde6")
TILE_BG = QColor("#f4f6fa")


def font(size: float, bold: bool = False) -> QFont:
    f = QFont(FONT_FAMILY)
    f.setPixelSize(max(1, round(size)))
    f.setBold(bold)
    return f


# -- blocks: measured first, then placed on pages ---------------------------------------------

@dataclass
class Block:
    """A piece of the report with a known height; ``draw`` paints it at ``top``."""

    height: float
    draw: Callable[[QPainter, float], None]
    page_break_before: bool = False
    keep_with_next: bool = False
    repeat: Block | None = None        # a table header drawn again atop a continued page


def text_height(text: str, f: QFont, width: float) -> float:
    metrics = QFontMetricsF(f)
    rect = metrics.boundingRect(QRectF(0, 0, width, 10_000),
                                int(Qt.TextFlag.TextWordWrap), text)
    return rect.height()


def paragraph(text: str, size: float = 9.5, *, bold: bool = False, colour: QColor = INK,
              space_after: float = 4.0, keep_with_next: bool = False,
              page_break_before: bool = False) -> Block:
    f = font(size, bold)
    height = text_height(text, f, BODY_W)

    def draw(p: QPainter, top: float) -> None:
        p.setFont(f)
        p.setPen(colour)
        p.drawText(QRectF(MARGIN, top, BODY_W, height + 2),
                   int(Qt.TextFlag.TextWordWrap), text)

    return Block(height + space_after, draw, page_break_before, keep_with_next)


def heading(text: str, *, page_break_before: bool = False) -> Block:
    return paragraph(text, 14, bold=True, space_after=8, keep_with_next=True,
                     page_break_before=page_break_before)


def spacer(height: float) -> Block:
    return Block(height, lambda _p, _t: None)


@dataclass(frozen=True)
class Column:
    title: str
    share: float                 # part of the body width
    right: bool = False


def table(columns: list[Column], rows: list[list[str]], *, size: float = 8.5) -> list[Block]:
    """A table as a header block and one block per row; the header repeats on new pages."""
    f, bold = font(size), font(size, True)
    widths = [c.share * BODY_W for c in columns]
    pad = 3.0

    def row_height(cells: list[str], face: QFont) -> float:
        return max(text_height(text or " ", face, w - 2 * pad)
                   for text, w in zip(cells, widths, strict=True)) + 2 * pad

    def painter_for(cells: list[str], face: QFont, height: float, shade: bool,
                    rule: bool) -> Callable[[QPainter, float], None]:
        def draw(p: QPainter, top: float) -> None:
            if shade:
                p.fillRect(QRectF(MARGIN, top, BODY_W, height), TILE_BG)
            p.setFont(face)
            p.setPen(INK)
            x = MARGIN
            for text, w, column in zip(cells, widths, columns, strict=True):
                align = Qt.AlignmentFlag.AlignRight if column.right else \
                    Qt.AlignmentFlag.AlignLeft
                p.drawText(QRectF(x + pad, top + pad, w - 2 * pad, height - 2 * pad),
                           int(align | Qt.AlignmentFlag.AlignTop) | int(
                               Qt.TextFlag.TextWordWrap), text)
                x += w
            if rule:
                p.setPen(QPen(RULE, 0.6))
                p.drawLine(QPointF(MARGIN, top + height), QPointF(MARGIN + BODY_W, top + height))
        return draw

    titles = [c.title for c in columns]
    head_h = row_height(titles, bold)
    header = Block(head_h, painter_for(titles, bold, head_h, False, True), keep_with_next=True)
    blocks = [header]
    for i, cells in enumerate(rows):
        h = row_height(cells, f)
        blocks.append(Block(h, painter_for(cells, f, h, i % 2 == 1, False), repeat=header))
    return blocks


def paginate(blocks: list[Block]) -> list[list[tuple[float, Block]]]:
    """Place blocks top to bottom; a block that does not fit starts a new page."""
    pages: list[list[tuple[float, Block]]] = [[]]
    y = TOP
    for i, block in enumerate(blocks):
        need = block.height
        if block.keep_with_next and i + 1 < len(blocks):
            need += blocks[i + 1].height     # never a heading alone at a page's foot
        if (block.page_break_before and pages[-1]) or (y + need > BOTTOM and pages[-1]):
            pages.append([])
            y = TOP
            if block.repeat is not None:
                pages[-1].append((y, block.repeat))
                y += block.repeat.height
        pages[-1].append((y, block))
        y += block.height
    return pages


# -- the report's content ---------------------------------------------------------------------
