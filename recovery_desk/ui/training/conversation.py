"""A practice run's timeline read as a conversation, for the trainer's rubric: each stage
by its title with the time spent in it, the checklist items ticked (their text), the
fields captured, the trainee's own words, the offer (resolution, amount, deadline) and the
customer's answers, never event kinds or stage ids. Every value is escaped."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from recovery_desk.domain import events as ev
from recovery_desk.services.cases.case_detail import CaseDetail, TimelineEntry
from recovery_desk.ui.common.formatting import date_text, date_time, money
from recovery_desk.ui.log.code_labels import (
    accepted_label,
    escalation_reason,
    follow_up_reason,
    how_label,
)
from recovery_desk.ui.log.follow_ups import outcome_label
from recovery_desk.ui.log.timeline_texts import kind_label, mode_label, seconds_text

translate = QCoreApplication.translate


def _fill(text: str, *values: str) -> str:
    for i, value in enumerate(values, 1):
        text = text.replace(f"%{i}", value)
    return text


def _offer(d: dict[str, Any]) -> str:
    parts = [str(d.get("resolution_label") or "")]
    amount = d.get("amount")
    parts.append(money(float(amount), d.get("currency")) if amount is not None
                 else translate("Conversation", "no cost"))
    if d.get("deadline"):
        parts.append(_fill(translate("Conversation", "by %1"),
                           date_text(str(d["deadline"]))))
    return _fill(translate("Conversation", "Offered: %1"), " · ".join(p for p in parts if p))


def _answers(d: dict[str, Any]) -> str:
    accepted = _fill(translate("Conversation", "accepted: %1"),
                     accepted_label(d.get("accepted")))
    if d.get("how"):
        accepted += f" ({how_label(d.get('how'))})"
    bits = [accepted]
    scales = (("csat", 5, translate("Conversation", "CSAT %1/%2")),
              ("likelihood", 10, translate("Conversation", "recommend %1/%2")),
              ("ces", 7, translate("Conversation", "effort %1/%2")))
    for key, scale, label in scales:
        value = d.get(key)
        if value is None and key == "ces":
            continue  # effort is asked by some playbooks only
        bits.append(_fill(label, "–" if value is None else str(value), str(scale)))
    return _fill(translate("Conversation", "Customer answered: %1"), ", ".join(bits))


def _left(e: TimelineEntry) -> str:
    spent = seconds_text(e.seconds)
    if e.kind == ev.STAGE_SKIPPED:
        reason = str(e.details.get("reason") or "")
        text = _fill(translate("Conversation", "%1 skipped after %2"), e.stage_title, spent)
        return text + (f": {reason}" if reason else "")
    return _fill(translate("Conversation", "%1 done in %2"), e.stage_title, spent)


def _follow_up(e: TimelineEntry) -> str:
    text = _fill(translate("Conversation", "Follow-up due %1"),
                 date_time(_due(e.details.get("due"))))
    reason = e.details.get("reason")
    return text + (f" ({follow_up_reason(reason)})" if reason else "")


_SAYS: dict[str, Callable[[TimelineEntry], str]] = {
    ev.STAGE_COMPLETED: _left,
    ev.STAGE_SKIPPED: _left,
    ev.CHECKLIST_SET: lambda e: ("✓ " if e.details.get("done", True) else "✗ ")
    + str(e.details.get("item_label") or ""),
    ev.FIELD_CAPTURED: lambda e: f"{e.details.get('field_label', '')}: "
    f"{e.details.get('value', '')}",
    ev.NOTE_ADDED: lambda e: _fill(translate("Conversation", "In own words: “%1”"),
                                   str(e.details.get("text", ""))),
    ev.MODE_CHANGED: lambda e: _fill(translate("Conversation", "Switched to %1"),
                                     mode_label(str(e.details.get("mode", "")))),
    ev.RESOLUTION_OFFERED: lambda e: _offer(e.details),
    ev.ESCALATED: lambda e: _fill(translate("Conversation", "Asked a supervisor: %1"),
                                  escalation_reason(e.details.get("reason"))),
    ev.SATISFACTION_RECORDED: lambda e: _answers(e.details),
    ev.FOLLOW_UP_SCHEDULED: _follow_up,
    ev.CASE_CLOSED: lambda e: _fill(translate("Conversation", "Closed: %1"),
                                    outcome_label(e.details.get("outcome"))),
}


def _due(value: Any) -> Any:
    from datetime import datetime

    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


def said(e: TimelineEntry) -> str:
    """One event as a line of the conversation ("" for those that say nothing)."""
    if e.kind == ev.STAGE_ENTERED:
        return ""
    say = _SAYS.get(e.kind)
    if say is not None:
        return say(e)
    for key in ("text", "reason", "note", "comments"):
        value = e.details.get(key)
        if isinstance(value, str) and value:
            return f"{kind_label(e.kind)}: {value}"
    return kind_label(e.kind)


def conversation_html(detail: CaseDetail) -> str:
    """The run as rows: time since opening, the stage's title, what was done or said."""
    start = detail.timeline[0].at if detail.timeline else None
    words = html.escape(detail.words)
    customer = html.escape(translate("Conversation", "Customer"))
    rows = [f"<tr><td>+00:00</td><td></td><td><b>{customer}</b>: "
            f"<i>“{words}”</i></td></tr>"]
    for e in detail.timeline:
        if e.kind == ev.CASE_OPENED:
            continue
        offset = int((e.at - start).total_seconds()) if start else 0
        if e.kind == ev.STAGE_ENTERED:
            rows.append(f"<tr><td>+{offset // 60:02d}:{offset % 60:02d}</td>"
                        f"<td colspan=2><b>{html.escape(e.stage_title)}</b></td></tr>")
            continue
        text = said(e)
        if text:
            rows.append(f"<tr><td>+{offset // 60:02d}:{offset % 60:02d}</td>"
                        f"<td>{html.escape(e.stage_title or '')}</td>"
                        f"<td>{html.escape(text)}</td></tr>")
    return "<table cellspacing=4>" + "".join(rows) + "</table>"
