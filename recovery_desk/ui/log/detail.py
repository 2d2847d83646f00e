"""One case as a supervisor reads it: what the customer said, each stage with its time and
what the agent said, the resolution and its cost, the answers, follow-ups and notes; the
whole timeline of events beside it; and the supervisor's actions.

Everything shown comes from ``case_detail`` (a fold over the case's events); every text
from the log is escaped before it goes into the HTML.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.flow import FlowError
from recovery_desk.services.cases.case_detail import CaseDetail, TimelineEntry, case_detail_for
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common.formatting import date_time
from recovery_desk.ui.common.labels import status_label
from recovery_desk.ui.log.actions import SupervisorActions, actions, refusal_text
from recovery_desk.ui.log.detail_html import _e, detail_html
from recovery_desk.ui.log.follow_ups import outcome_label
from recovery_desk.ui.log.rows_model import RowsModel
from recovery_desk.ui.log.timeline_texts import entry_text, kind_label, mode_label, seconds_text

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex


class TimelineModel(RowsModel):
    """The case's events in replay order: time, stage, event, by whom, time in stage."""

    tooltips = True

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = [
            translate("CaseDetail", "Time"),
            translate("CaseDetail", "Event"),
            translate("CaseDetail", "Stage"),
            translate("CaseDetail", "Time in stage"),
            translate("CaseDetail", "Details"),
            translate("CaseDetail", "By"),
        ]

    def load(self, entries: tuple[TimelineEntry, ...]) -> None:
        """The date is shown where a day starts; the other rows show the time of day with
        seconds, so the steps of one conversation read apart."""
        self.beginResetModel()
        self.rows = []
        day = None
        for e in entries:
            local = e.at.astimezone()
            when = (
                date_time(e.at)
                if local.date() != day
                else f"{local.hour:02d}:{local.minute:02d}:{local.second:02d}"
            )
            day = local.date()
            self.rows.append(
                (
                    when,
                    kind_label(e.kind),
                    e.stage_title,
                    seconds_text(e.seconds),
                    entry_text(e),
                    e.actor,
                )
            )
        self.endResetModel()


def header_text(d: CaseDetail, ws: Workspace) -> str:
    h = d.header
    lang = ws.settings.language
    tax = ws.taxonomy
    status = status_label(h.status)
    if h.outcome:
        status += f" · {outcome_label(h.outcome)}"
    parts = [
        h.customer_name or translate("CaseDetail", "(no name)"),
        tax.label("channels", h.channel, lang),
        tax.label("categories", h.category, lang),
        tax.label("severities", h.severity, lang),
        h.playbook_title,
        mode_label(h.mode),
        translate("CaseDetail", "agent %1").replace("%1", h.agent),
        date_time(h.opened_at),
    ]
    if h.training:
        parts.append(translate("CaseDetail", "training"))
    return f"<span style='font-size:12pt'><b>{_e(h.ref)}</b> — {_e(status)}</span><br>" + _e(
        " · ".join(p for p in parts if p)
    )


class CaseDetailPanel(QWidget):
    """Shown below the case table; ``show_case`` loads a case, ``changed`` tells the page
    that an action was recorded on it."""

    changed = Signal(str)
    closed = Signal()

    def __init__(
        self, workspace: Workspace, supervisor: SupervisorActions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.supervisor = supervisor
        self.case_id: str | None = None
        self.detail: CaseDetail | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        self.header = QLabel()
        self.header.setObjectName("detailTitle")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        top.addWidget(self.header, 1)
        self.close_button = QPushButton(self.tr("Close (Esc)"))
        self.close_button.clicked.connect(self.close_detail)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for action in actions():
            button = QPushButton(action.label)
            button.setObjectName(f"action_{action.key}")
            button.clicked.connect(lambda _c=False, k=action.key: self.run(k))
            button.setVisible(supervisor.allowed(action))
            buttons.addWidget(button)
            self.buttons[action.key] = button
        buttons.addStretch(1)
        layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Case detail"))
        self.text.setOpenLinks(False)
        split.addWidget(self.text)
        self.timeline = TimelineModel(self)
        self.timeline_view = QTableView()
        self.timeline_view.setAccessibleName(self.tr("Timeline"))
        self.timeline_view.setModel(self.timeline)
        self.timeline_view.verticalHeader().setVisible(False)
        self.timeline_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.timeline_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.timeline_view.setWordWrap(False)
        self.timeline_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline_view.setAlternatingRowColors(True)
        self.timeline_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )
        self.timeline_view.horizontalHeader().setStretchLastSection(True)
        split.addWidget(self.timeline_view)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)

    def show_case(self, case_id: str) -> bool:
        """Load the case; False (with the reason shown) if it cannot be read."""
        try:
            # as the signed-in user may see it: other desks' finished cases masked by role
            detail = case_detail_for(self.ws, case_id, lang=self.ws.settings.language)
        except FlowError as exc:
            self.case_id, self.detail = None, None
            self.header.setText(html.escape(refusal_text(exc)))
            self.text.clear()
            self.timeline.load(())
            return False
        self.case_id, self.detail = case_id, detail
        self.header.setText(header_text(detail, self.ws))
        self.text.setHtml(detail_html(detail, self.ws))
        self.timeline.load(detail.timeline)
        self.timeline_view.resizeColumnsToContents()
        self._enable()
        return True

    def _enable(self) -> None:
        d = self.detail
        state = d.state if d else None
        pending = bool(state and state.escalation_pending)
        follow_up = bool(state and state.status == "follow_up")
        for action in actions():  # the role may have changed since the panel was built
            self.buttons[action.key].setVisible(self.supervisor.allowed(action))
        for key, button in self.buttons.items():
            if key in ("approve", "decline"):
                button.setEnabled(pending)
                button.setToolTip(
                    "" if pending else self.tr("No offer is waiting for a supervisor on this case.")
                )
            elif key == "reassign":
                button.setEnabled(follow_up)
                button.setToolTip(
                    "" if follow_up else self.tr("No follow-up is scheduled on this case.")
                )
            else:
                button.setEnabled(d is not None)

    def run(self, key: str) -> bool:
        if self.case_id is None or self.detail is None:
            return False
        d = self.detail
        done = self.supervisor.run(
            key,
            self.case_id,
            self,
            assignee=d.follow_up_assignee or d.header.agent,
            due=d.follow_up_due,
        )
        if done:
            case_id = self.case_id
            self.show_case(case_id)
            self.changed.emit(case_id)
        return done

    def close_detail(self) -> None:
        self.hide()
        self.closed.emit()
