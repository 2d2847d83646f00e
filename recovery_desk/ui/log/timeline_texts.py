"""The words a case's timeline is read in: event kinds, modes, a stage's time and the gist
of each event, in the interface language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from recovery_desk.domain import events as ev
from recovery_desk.services.cases.case_detail import TimelineEntry
from recovery_desk.ui.common.formatting import date_text, date_time, money
from recovery_desk.ui.log.follow_ups import outcome_label

translate = QCoreApplication.translate


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
        ev.COMMITMENT_DONE: translate("CaseDetail", "Promise kept"),
        ev.CUSTOMER_CONTACT_CORRECTED: translate("CaseDetail", "Contact details corrected"),
    }.get(kind, kind.replace("_", " "))


def mode_label(mode: str) -> str:
    return {
        "scripted": translate("CaseDetail", "scripted"),
        "natural": translate("CaseDetail", "natural"),
    }.get(mode, mode)


def when_text(deadline: str) -> str:
    """A deadline as agreed: the date, or the date and time (local) where one was
    promised; the one wording of the timeline, the Log's detail and the wrap-up."""
    return date_time(datetime.fromisoformat(deadline)) if "T" in deadline \
        else date_text(deadline)


def _by(deadline: object) -> str:
    """ "by 06/12/2026", or with the hour where one was promised, in local time."""
    if not deadline:
        return ""
    return translate("CaseDetail", "by %1").replace("%1", when_text(str(deadline)))


def _corrected(d: dict[str, object]) -> str:
    """ "Phone number, e-mail address: the customer gave a new number"."""
    names = {"name": translate("CaseDetail", "name"),
             "phone": translate("CaseDetail", "phone number"),
             "email": translate("CaseDetail", "e-mail address"),
             "number": translate("CaseDetail", "customer number")}
    changed = d.get("changed")
    fields = ", ".join(names.get(str(k), "") for k in changed if str(k) in names) \
        if isinstance(changed, list) else ""
    fields = fields[:1].upper() + fields[1:]
    reason = str(d.get("reason") or "")
    return f"{fields}: {reason}" if fields and reason else fields or reason


def entry_text(entry: TimelineEntry) -> str:
    """The gist of one event's details, in one line."""
    d = entry.details
    kind = entry.kind
    if kind == ev.CHECKLIST_SET:
        mark = "✓" if d.get("done", True) else "✗"
        return f"{mark} {d.get('item_label', d.get('item', ''))}"
    if kind == ev.FIELD_CAPTURED:
        return f"{d.get('field_label', '')}: {d.get('value', '')}"
    if kind == ev.RESOLUTION_OFFERED and d.get("items"):
        return " · ".join(" ".join(x for x in (str(i.get("label", "")), money(
            float(i["amount"]), d.get("currency")) if i.get("amount") is not None else "",
            _by(i.get("deadline"))) if x) for i in d["items"])
    if kind == ev.COMMITMENT_DONE:
        return str(d.get("resolution_label", ""))
    if kind == ev.CUSTOMER_CONTACT_CORRECTED:
        return _corrected(d)
    if kind == ev.RESOLUTION_OFFERED:
        amount = d.get("amount")
        cost = money(float(amount), d.get("currency")) if amount is not None else ""
        return " ".join(x for x in (d.get("resolution_label", ""), cost) if x)
    if kind == ev.MODE_CHANGED:
        return mode_label(str(d.get("mode", "")))
    if kind == ev.SATISFACTION_RECORDED:
        return (
            translate("CaseDetail", "CSAT %1, recommend %2")
            .replace("%1", "–" if d.get("csat") is None else str(d["csat"]))
            .replace("%2", "–" if d.get("likelihood") is None else str(d["likelihood"]))
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
