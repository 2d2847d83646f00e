"""Search results with the matching words in bold.

The search snippet arrives as plain text with start/end markers around each match. It is
turned into HTML here, escaping everything else, so a customer's "<b>" or "&" in their own
words is shown as typed and can never change the markup.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from recovery_desk.domain.text import MARK_END, MARK_START  # around each match in ``snippet``

Index = QModelIndex | QPersistentModelIndex

__all__ = ["MARK_END", "MARK_START", "SnippetDelegate", "plain_snippet", "snippet_html"]


def snippet_html(text: str, start: str = MARK_START, end: str = MARK_END) -> str:
    """Escaped HTML with each marked stretch in ``<b>``; unbalanced markers are dropped."""
    out: list[str] = []
    bold = False
    pos = 0
    while pos < len(text):
        marker = start if not bold else end
        found = text.find(marker, pos)
        if found < 0:
            out.append(html.escape(_strip(text[pos:], start, end)))
            break
        piece = html.escape(_strip(text[pos:found], start, end))
        out.append(f"{piece}</b>" if bold else piece)
        if not bold:
            out.append("<b>")
        bold = not bold
        pos = found + len(marker)
    if bold:
        out.append("</b>")
    return "".join(out)


def plain_snippet(text: str, start: str = MARK_START, end: str = MARK_END) -> str:
    """The snippet without markers (for screen readers, tooltips and copying)."""
    return _strip(text, start, end)


def _strip(text: str, start: str, end: str) -> str:
    return text.replace(start, "").replace(end, "")


class SnippetDelegate(QStyledItemDelegate):
    """Paints the display text of its column as a snippet with bold matches.

    One ``QTextDocument`` is reused for every cell: painting a screenful of rows costs a
    few layouts, never an object per row.
    """

    def __init__(self, parent: QObject | None = None, start: str = MARK_START,
                 end: str = MARK_END) -> None:
        super().__init__(parent)
        self.start, self.end = start, end
        self._doc = QTextDocument(self)
        self._doc.setDocumentMargin(2)

    def _prepare(self, option: QStyleOptionViewItem, text: str) -> None:
        self._doc.setDefaultFont(option.font)
        self._doc.setHtml(snippet_html(text, self.start, self.end))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not text:
            return
        self._prepare(opt, text)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        painter.save()
        painter.setClipRect(rect)
        top = rect.top() + max(0.0, (rect.height() - self._doc.size().height()) / 2)
        painter.translate(rect.left(), top)
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        self._doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        base = super().sizeHint(option, index)
        if not text:
            return base
        self._prepare(option, text)
        return QSize(int(self._doc.idealWidth()) + 4, max(base.height(),
                                                          int(self._doc.size().height())))
