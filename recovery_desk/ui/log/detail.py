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

from recovery_desk.domain import events as ev
from recovery_desk.domain.flow import FlowError
from recovery_desk.services.cases.case_detail import CaseDetail, TimelineEntry, case_detail_for
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common.formatting import date_time, money
from recovery_desk.ui.common.labels import status_label
from recovery_desk.ui.log.actions import SupervisorActions, actions, refusal_text
from recovery_desk.ui.log.follow_ups import outcome_label
from recovery_desk.ui.log.rows_model import RowsModel

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex


def seconds_text(seconds: float | None) -> str:
    """A stage's time: "45 s", "3 min 05 s", "1 h 20 min"."""
    if seconds is None:
        return ""
    total = max(0, int(round(seconds)))
    if total < 60:
        return translate("CaseDetail", "%1 s").replace("%1", str(total))
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        return (
            translate("CaseDetail", "%1 min %2 s")
            .replace("%1", str(minutes))
            .replace("%2", f"{secs:02d}")
        )
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return (
            translate("CaseDetail", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", f"{minutes:02d}")
        )
    return (
        translate("CaseDetail", "%1 d %2 h")
        .replace("%1", str(hours // 24))
        .replace("%2", str(hours % 24))
    )


def kind_label(kind: str) -> str:
    return {
        ev.CASE_OPENED: translate("CaseDetail", "Case opened"),
        ev.STAGE_ENTERED: translate("CaseDetail", "Stage entered"),
        ev.STAGE_COMPLETED: translate("CaseDetail", "Stage completed"),
        ev.STAGE_SKIPPED: translate("CaseDetail", "Stage skipped"),
        ev.CHECKLIST_SET: translate("CaseDetail", "Checklist"),
        ev.FIELD_CAPTURED: translate("CaseDetail", "Field captured"),
        ev.NOTE_ADDED: translate("CaseDetail", "Note"),
        ev.MODE_CHANGED: translate("CaseDetail", "Mode changed"),
        ev.RESOLUTION_OFFERED: translate("CaseDetail", "Resolution offered"),
        ev.ESCALATED: translate("CaseDetail", "Escalated"),
        ev.ESCALATION_APPROVED: translate("CaseDetail", "Escalation approved"),
        ev.ESCALATION_DECLINED: translate("CaseDetail", "Escalation declined"),
        ev.SATISFACTION_RECORDED: translate("CaseDetail", "Satisfaction recorded"),
        ev.FOLLOW_UP_SCHEDULED: translate("CaseDetail", "Follow-up scheduled"),
        ev.FOLLOW_UP_DONE: translate("CaseDetail", "Follow-up made"),
        ev.CASE_CLOSED: translate("CaseDetail", "Case closed"),
        ev.CASE_WITHDRAWN: translate("CaseDetail", "Case withdrawn"),
        ev.CASE_REOPENED: translate("CaseDetail", "Case reopened"),
        ev.ANNOTATED: translate("CaseDetail", "Coaching note"),
        ev.ROOT_CAUSE_RECORDED: translate("CaseDetail", "Root cause"),
        ev.PRACTICE_REVIEWED: translate("CaseDetail", "Practice reviewed"),
        ev.TRAINING_FLAGGED: translate("CaseDetail", "Flagged for training"),
        ev.FOLLOW_UP_REASSIGNED: translate("CaseDetail", "Follow-up reassigned"),
    }.get(kind, kind.replace("_", " "))


def mode_label(mode: str) -> str:
    return {
        "scripted": translate("CaseDetail", "scripted"),
        "natural": translate("CaseDetail", "natural"),
    }.get(mode, mode)


def entry_text(entry: TimelineEntry) -> str:
    """The gist of one event's details, in one line."""
    d = entry.details
    kind = entry.kind
    if kind == ev.CHECKLIST_SET:
        mark = "✓" if d.get("done", True) else "✗"
        return f"{mark} {d.get('item_label', d.get('item', ''))}"
    if kind == ev.FIELD_CAPTURED:
        return f"{d.get('field_label', '')}: {d.get('value', '')}"
    if kind == ev.RESOLUTION_OFFERED:
        amount = d.get("amount")
        cost = money(float(amount), d.get("currency")) if amount is not None else ""
        return " ".join(x for x in (d.get("resolution_label", ""), cost) if x)
    if kind == ev.MODE_CHANGED:
        return mode_label(str(d.get("mode", "")))
    if kind == ev.SATISFACTION_RECORDED:
        return (
            translate("CaseDetail", "CSAT %1, recommend %2")
            .replace("%1", str(d.get("csat", "–")))
            .replace("%2", str(d.get("likelihood", "–")))
        )
    if kind == ev.FOLLOW_UP_REASSIGNED:
        return f"{d.get('from', '')} → {d.get('to', '')}"
    if kind == ev.CASE_CLOSED:
        return outcome_label(d.get("outcome"))
    for key in ("text", "reason", "note", "cause", "comments"):
        value = d.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


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


def _e(text: Any) -> str:
    return html.escape(str(text or ""))


def detail_html(d: CaseDetail, ws: Workspace) -> str:
    """The reading side of the panel as HTML; every value from the log is escaped."""
    lang = ws.settings.language
    h = d.header
    out: list[str] = []

    def section(title: str) -> None:
        out.append(f"<h4 style='margin:10px 0 2px 0'>{_e(title)}</h4>")

    def para(text: str) -> None:
        out.append(f"<p style='margin:2px 0'>{text}</p>")

    if d.flagged_for_training:
        label = translate("CaseDetail", "Flagged for training")
        para(f"<b>{_e(label)}</b>: {_e(d.training_flag_reason)}")
    section(translate("CaseDetail", "In the customer's words"))
    para(f"<i>“{_e(d.words)}”</i>")
    if d.remedy:
        wants = translate("CaseDetail", "Wants")
        para(f"{_e(wants)}: {_e(d.remedy)}")
    section(translate("CaseDetail", "Stages"))
    rows = []
    for stage in d.stages:
        state = {
            "completed": translate("CaseDetail", "done"),
            "skipped": translate("CaseDetail", "skipped"),
            "current": translate("CaseDetail", "now"),
        }.get(stage.state, stage.state)
        said: list[str] = []
        if stage.mode == "scripted" and stage.scripted_lines:
            said.append(
                _e(translate("CaseDetail", "Scripted line"))
                + ": “"
                + _e(stage.scripted_lines[0])
                + "”"
            )
        for note in stage.notes:
            said.append(_e(translate("CaseDetail", "Own words")) + ": “" + _e(note) + "”")
        for captured in stage.fields:
            said.append(f"{_e(captured.label)}: {_e(captured.value)}")
        if stage.skip_reason:
            said.append(
                _e(translate("CaseDetail", "Skipped because")) + ": " + _e(stage.skip_reason)
            )
        rows.append(
            f"<tr><td><b>{_e(stage.title)}</b></td><td>{_e(state)}</td>"
            f"<td align='right'>{_e(seconds_text(stage.seconds))}</td>"
            f"<td>{_e(mode_label(stage.mode))}</td><td>{'<br>'.join(said)}</td></tr>"
        )
    if rows:
        out.append("<table cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>")
    section(translate("CaseDetail", "Resolution"))
    if d.resolution:
        r = d.resolution
        cost = (
            money(r.amount, r.currency)
            if r.amount is not None
            else translate("CaseDetail", "no cost")
        )
        line = f"{_e(r.label)} · {_e(cost)}"
        if r.deadline:
            promised = translate("CaseDetail", "promised by %1").replace("%1", r.deadline)
            line += f" · {_e(promised)}"
        para(line)
    else:
        para(_e(translate("CaseDetail", "None offered yet.")))
    for x in d.escalations:
        decision = {
            "approved": translate("CaseDetail", "approved by %1"),
            "declined": translate("CaseDetail", "declined by %1"),
        }.get(x.decision or "", translate("CaseDetail", "waiting for a supervisor"))
        text = decision.replace("%1", x.approver or "")
        if x.decline_reason:
            text += f" — {x.decline_reason}"
        escalated = translate("CaseDetail", "Escalated")
        para(f"{_e(escalated)} ({_e(x.reason)}): {_e(text)}")
    section(translate("CaseDetail", "Satisfaction"))
    if d.satisfaction:
        for s in d.satisfaction:
            where = (
                translate("CaseDetail", "follow-up")
                if s.context == "follow_up"
                else translate("CaseDetail", "at the desk")
            )
            likely = s.likelihood if s.likelihood is not None else "–"
            accepted = translate("CaseDetail", "accepted")
            recommend = translate("CaseDetail", "recommend")
            effort = translate("CaseDetail", "effort")
            bits = [
                f"{_e(accepted)}: {_e(s.accepted or '–')}",
                f"CSAT {_e(s.csat if s.csat is not None else '–')}/5",
                f"{_e(recommend)} {_e(likely)}/10",
            ]
            if s.ces is not None:
                bits.append(f"{_e(effort)} {_e(s.ces)}/7")
            para(f"{_e(date_time(s.at))} ({_e(where)}): " + ", ".join(bits))
    else:
        para(_e(translate("CaseDetail", "Not asked yet.")))
    if d.follow_ups or d.follow_up_due:
        section(translate("CaseDetail", "Follow-ups"))
        for f in d.follow_ups:
            if f.kind == "scheduled":
                text = translate("CaseDetail", "due %1").replace("%1", date_time(f.due))
                if f.reason:
                    text += f" ({f.reason})"
            elif f.kind == "done":
                text = translate("CaseDetail", "call made by %1").replace("%1", f.actor)
                if f.note:
                    text += f": {f.note}"
            else:
                text = (
                    translate("CaseDetail", "reassigned from %1 to %2")
                    .replace("%1", f.from_user)
                    .replace("%2", f.to_user)
                )
                if f.due:
                    text += " · " + translate("CaseDetail", "due %1").replace(
                        "%1", date_time(f.due)
                    )
            para(f"{_e(date_time(f.at))}: {_e(text)}")
        if d.header.status == "follow_up":
            who = d.follow_up_assignee or h.agent
            para(
                _e(
                    translate("CaseDetail", "Next call: %1, due %2")
                    .replace("%1", who)
                    .replace("%2", date_time(d.follow_up_due))
                )
            )
    section(translate("CaseDetail", "Supervisor notes"))
    if d.supervisor_notes:
        for n in d.supervisor_notes:
            para(f"{_e(date_time(n.at))} · {_e(n.author)}: {_e(n.text)}")
    else:
        para(_e(translate("CaseDetail", "No notes yet.")))
    if d.root_cause:
        root_cause = translate("CaseDetail", "Root cause")
        para(
            f"<b>{_e(root_cause)}</b>: {_e(d.root_cause)}"
            + (f" ({_e(d.root_cause_by)})" if d.root_cause_by else "")
        )
        if d.corrective_action:
            label = translate("CaseDetail", "Corrective action")
            para(f"<b>{_e(label)}</b>: {_e(d.corrective_action)}")
    del lang
    return "".join(out)


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
