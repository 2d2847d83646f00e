"""The agent's feedback list: each coaching note, quality review and practice review of
their own cases, newest first, with the rubric and comments of the one chosen; Ctrl+Enter
acknowledges it (an event on the case, by the agent)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.core import messages
from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain import events as ev
from recovery_desk.domain.flow import FlowError
from recovery_desk.services.review.quality import FeedbackItem, QualityService, feedback_for
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common.flow_texts import error_text
from recovery_desk.ui.common.formatting import date_time
from recovery_desk.ui.common.rubric import rubric_html


class FeedbackDialog(QDialog):
    acknowledged = Signal(object)  # the list as read again

    def __init__(self, ws: Workspace, items: list[FeedbackItem],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.items = ws, items
        self.setWindowTitle(self.tr("Feedback on your cases"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Coaching notes and reviews of your own cases, newest first. "
                               "Read one, then press Ctrl+Enter to acknowledge it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = QTreeWidget()
        self.table.setObjectName("feedbackList")
        self.table.setRootIsDecorated(False)
        self.table.setAccessibleName(self.windowTitle())
        self.table.setHeaderLabels([self.tr("When"), self.tr("Case"), self.tr("Written by"),
                                    self.tr("Kind"), self.tr("Score"), self.tr("State")])
        self.table.currentItemChanged.connect(lambda *_: self._show())
        split.addWidget(self.table)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Feedback"))
        split.addWidget(self.detail)
        layout.addWidget(split, 1)
        self.empty = QLabel(self.tr("No coaching notes or reviews of your cases yet."))
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.ack_button = QPushButton(self.tr("Acknowledge (Ctrl+Enter)"))
        self.ack_button.setShortcut("Ctrl+Return")
        self.ack_button.clicked.connect(self.acknowledge)
        buttons.addButton(self.ack_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill()
        self.resize(1000, 560)

    def _what(self, item: FeedbackItem) -> str:
        if item.kind == ev.ANNOTATED:
            return self.tr("Coaching note")
        if item.kind == ev.PRACTICE_REVIEWED:
            return self.tr("Practice review")
        return self.tr("Quality review")

    def _fill(self, keep: str | None = None) -> None:
        self.table.clear()
        for item in self.items:
            row = QTreeWidgetItem([date_time(item.at), item.ref, item.author, self._what(item),
                                   "" if item.score is None else str(item.score),
                                   self.tr("Acknowledged") if item.acknowledged
                                   else self.tr("New")])
            row.setData(0, Qt.ItemDataRole.UserRole, item.event_id)
            self.table.addTopLevelItem(row)
            if item.event_id == keep:
                self.table.setCurrentItem(row)
        for column in range(self.table.columnCount()):
            self.table.resizeColumnToContents(column)
        self.empty.setVisible(not self.items)
        first = self.table.topLevelItem(0)
        if self.table.currentItem() is None and first is not None:
            self.table.setCurrentItem(first)
        self._show()

    def current(self) -> FeedbackItem | None:
        row = self.table.currentItem()
        event_id = row.data(0, Qt.ItemDataRole.UserRole) if row else None
        return next((i for i in self.items if i.event_id == event_id), None)

    def _show(self) -> None:
        item = self.current()
        self.ack_button.setEnabled(item is not None and not item.acknowledged)
        if item is None:
            self.detail.clear()
            return
        source = self.tr("From %1, %2").replace("%1", item.author).replace(
            "%2", date_time(item.at))
        parts = [f"<h3>{html.escape(self._what(item))} — {html.escape(item.ref)}</h3>",
                 f"<p>{html.escape(source)}</p>"]
        if item.score is not None:
            score = self.tr("Score: %1 of 5").replace("%1", str(item.score))
            parts.append(f"<p><b>{html.escape(score)}</b></p>")
            parts.append(rubric_html(item.rubric))
        if item.text:
            parts.append(f"<blockquote>{html.escape(item.text)}</blockquote>")
        self.detail.setHtml("".join(parts))

    def acknowledge(self) -> None:
        item = self.current()
        if item is None or item.acknowledged:
            return
        try:
            QualityService(self.ws).acknowledge(item.event_id)
        except (FlowError, RecoveryDeskError) as exc:
            messages.warning(error_text(exc))
            return
        self.items = feedback_for(self.ws.engine, self.ws.user or "")
        self._fill(keep=item.event_id)
        self.acknowledged.emit(self.items)
