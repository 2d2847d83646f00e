"""The reading side of the Log's case panel as HTML, one section at a time; every value
from the log is escaped before it goes into the HTML."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication

from recovery_desk.services.cases.case_detail import CaseDetail
from recovery_desk.services.cases.detail_types import OfferedItem
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common.formatting import date_time, money
from recovery_desk.ui.log.code_labels import accepted_label, escalation_reason, follow_up_reason
from recovery_desk.ui.log.timeline_texts import mode_label, seconds_text, when_text

translate = QCoreApplication.translate


def _e(text: Any) -> str:
    return html.escape(str(text or ""))


def _section(title: str) -> str:
    return f"<h4 style='margin:10px 0 2px 0'>{_e(title)}</h4>"


def _para(text: str) -> str:
    return f"<p style='margin:2px 0'>{text}</p>"


def detail_html(d: CaseDetail, ws: Workspace) -> str:
    """The whole reading side: the words, the stages, the offer, the answers, the
    follow-ups and what supervisors added."""
    out: list[str] = []
    if d.flagged_for_training:
        label = translate("CaseDetail", "Flagged for training")
        out.append(_para(f"<b>{_e(label)}</b>: {_e(d.training_flag_reason)}"))
    out.append(_section(translate("CaseDetail", "In the customer's words")))
    out.append(_para(f"<i>“{_e(d.words)}”</i>"))
    if d.remedy:
        wants = translate("CaseDetail", "Wants")
        out.append(_para(f"{_e(wants)}: {_e(d.remedy)}"))
    for part in (_stages, _resolution, _satisfaction, _follow_ups, _supervision):
        out.extend(part(d))
    return "".join(out)


def _stage_said(stage: Any) -> list[str]:
    said: list[str] = []
    if stage.mode == "scripted" and stage.scripted_lines:
        said.append(_e(translate("CaseDetail", "Scripted line")) + ": “"
                    + _e(stage.scripted_lines[0]) + "”")
    for note in stage.notes:
        said.append(_e(translate("CaseDetail", "Own words")) + ": “" + _e(note) + "”")
    for captured in stage.fields:
        said.append(f"{_e(captured.label)}: {_e(captured.value)}")
    if stage.skip_reason:
        said.append(_e(translate("CaseDetail", "Skipped because")) + ": "
                    + _e(stage.skip_reason))
    return said


def _stages(d: CaseDetail) -> list[str]:
    out = [_section(translate("CaseDetail", "Stages"))]
    rows = []
    for stage in d.stages:
        state = {
            "completed": translate("CaseDetail", "done"),
            "skipped": translate("CaseDetail", "skipped"),
            "current": translate("CaseDetail", "now"),
        }.get(stage.state, stage.state)
        rows.append(
            f"<tr><td><b>{_e(stage.title)}</b></td><td>{_e(state)}</td>"
            f"<td align='right'>{_e(seconds_text(stage.seconds))}</td>"
            f"<td>{_e(mode_label(stage.mode))}</td><td>{'<br>'.join(_stage_said(stage))}</td></tr>"
        )
    if rows:
        out.append("<table cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>")
    return out


def _promised(deadline: str) -> str:
    """ "promised by 06/12/2026", with the hour where one was promised."""
    return translate("CaseDetail", "promised by %1").replace("%1", when_text(deadline))


def _resolution(d: CaseDetail) -> list[str]:
    """Every resolution of the offer with its amount and deadline; the total under
    several."""
    out = [_section(translate("CaseDetail", "Resolution"))]
    if d.resolution:
        r = d.resolution
        items = r.items or (OfferedItem(r.resolution, r.label, r.amount, r.deadline),)
        for item in items:
            cost = (money(item.amount, r.currency) if item.amount is not None
                    else translate("CaseDetail", "no cost"))
            line = f"{_e(item.label)} · {_e(cost)}"
            if item.deadline:
                line += f" · {_e(_promised(item.deadline))}"
            out.append(_para(line))
        if len(items) > 1 and r.amount is not None:
            total = translate("CaseDetail", "Total: %1").replace(
                "%1", money(r.amount, r.currency))
            out.append(_para(f"<b>{_e(total)}</b>"))
    else:
        out.append(_para(_e(translate("CaseDetail", "None offered yet."))))
    for x in d.escalations:
        decision = {
            "approved": translate("CaseDetail", "approved by %1"),
            "declined": translate("CaseDetail", "declined by %1"),
        }.get(x.decision or "", translate("CaseDetail", "waiting for a supervisor"))
        text = decision.replace("%1", x.approver or "")
        if x.decline_reason:
            text += f" — {x.decline_reason}"
        escalated = translate("CaseDetail", "Escalated")
        out.append(_para(f"{_e(escalated)} ({_e(escalation_reason(x.reason))}): {_e(text)}"))
    return out


def _score(value: int | None, high: int, reason: str | None) -> str:
    """A score out of its scale, or why it is unknown (declined, not asked, or "–")."""
    if value is not None:
        return f"{value}/{high}"
    if reason == "declined":
        return translate("CaseDetail", "declined to answer")
    if reason == "not_asked":
        return translate("CaseDetail", "not asked")
    return "–"


def _satisfaction(d: CaseDetail) -> list[str]:
    out = [_section(translate("CaseDetail", "Satisfaction"))]
    if not d.satisfaction:
        return [*out, _para(_e(translate("CaseDetail", "Not asked yet.")))]
    for s in d.satisfaction:
        where = (translate("CaseDetail", "follow-up") if s.context == "follow_up"
                 else translate("CaseDetail", "at the desk"))
        accepted = translate("CaseDetail", "accepted")
        recommend = translate("CaseDetail", "recommend")
        effort = translate("CaseDetail", "effort")
        bits = [
            f"{_e(accepted)}: {_e(accepted_label(s.accepted))}",
            f"CSAT {_e(_score(s.csat, 5, s.unknown.get('csat')))}",
            f"{_e(recommend)} {_e(_score(s.likelihood, 10, s.unknown.get('likelihood')))}",
        ]
        if s.ces is not None or s.unknown.get("ces"):
            bits.append(f"{_e(effort)} {_e(_score(s.ces, 7, s.unknown.get('ces')))}")
        out.append(_para(f"{_e(date_time(s.at))} ({_e(where)}): " + ", ".join(bits)))
    return out


def _follow_up_text(f: Any) -> str:
    if f.kind == "scheduled":
        text = translate("CaseDetail", "due %1").replace("%1", date_time(f.due))
        return text + (f" ({follow_up_reason(f.reason)})" if f.reason else "")
    if f.kind == "done":
        text = translate("CaseDetail", "call made by %1").replace("%1", f.actor)
        return text + (f": {f.note}" if f.note else "")
    text = (translate("CaseDetail", "reassigned from %1 to %2")
            .replace("%1", f.from_user).replace("%2", f.to_user))
    if f.due:
        text += " · " + translate("CaseDetail", "due %1").replace("%1", date_time(f.due))
    return text


def _follow_ups(d: CaseDetail) -> list[str]:
    if not (d.follow_ups or d.follow_up_due):
        return []
    out = [_section(translate("CaseDetail", "Follow-ups"))]
    for f in d.follow_ups:
        out.append(_para(f"{_e(date_time(f.at))}: {_e(_follow_up_text(f))}"))
    if d.header.status == "follow_up":
        who = d.follow_up_assignee or d.header.agent
        out.append(_para(_e(translate("CaseDetail", "Next call: %1, due %2")
                            .replace("%1", who).replace("%2", date_time(d.follow_up_due)))))
    return out


def _supervision(d: CaseDetail) -> list[str]:
    out = [_section(translate("CaseDetail", "Supervisor notes"))]
    if d.supervisor_notes:
        for n in d.supervisor_notes:
            out.append(_para(f"{_e(date_time(n.at))} · {_e(n.author)}: {_e(n.text)}"))
    else:
        out.append(_para(_e(translate("CaseDetail", "No notes yet."))))
    if d.root_cause:
        root_cause = translate("CaseDetail", "Root cause")
        out.append(_para(f"<b>{_e(root_cause)}</b>: {_e(d.root_cause)}"
                         + (f" ({_e(d.root_cause_by)})" if d.root_cause_by else "")))
        if d.corrective_action:
            label = translate("CaseDetail", "Corrective action")
            out.append(_para(f"<b>{_e(label)}</b>: {_e(d.corrective_action)}"))
    return out
