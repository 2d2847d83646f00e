"""The wrap-up of a case: what the agent reads out when the case is closed (the reference,
what was agreed and by when, who follows up and when), drawn only from the recorded case.

Nothing here is invented: a part that was not recorded (no amount, no deadline, no
follow-up) is said to be absent, never filled in.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from recovery_desk.domain import events as ev
from recovery_desk.domain.case import CLOSED, FOLLOW_UP, WITHDRAWN, CaseState
from recovery_desk.domain.playbook import Playbook
from recovery_desk.services.cases.case_detail import TimelineEntry
from recovery_desk.ui.common.formatting import date_time, money
from recovery_desk.ui.log.timeline_texts import entry_text, kind_label, when_text

translate = QCoreApplication.translate


def resolution_label(playbook: Playbook, resolution: str | None, lang: str) -> str:
    """The agreed resolution in words (its playbook label), never its id."""
    if not resolution:
        return ""
    spec = playbook.resolution(resolution)
    return spec.label.get(lang) if spec else translate("WrapUp", "a resolution")


def title(s: CaseState) -> str:
    if s.status == WITHDRAWN:
        return translate("WrapUp", "This case was withdrawn.")
    if s.status == FOLLOW_UP:
        return translate("WrapUp", "This case waits for a follow-up.")
    return translate("WrapUp", "This case is closed.")


def agreed_lines(s: CaseState, playbook: Playbook, lang: str) -> list[str]:
    """What was agreed, every resolution of the offer with its amount and deadline; the
    total under several. Empty when nothing was agreed."""
    items = s.offer_items if s.resolution else []
    if len(items) == 1:
        item = items[0]
        lines = [translate("WrapUp", "What we agreed: %1.").replace(
            "%1", resolution_label(playbook, item.get("resolution"), lang))]
        if s.redress_amount is not None:
            lines.append(translate("WrapUp", "Amount: %1.")
                         .replace("%1", money(s.redress_amount, s.currency)))
        deadline = item.get("deadline") or s.deadline
        lines.append(translate("WrapUp", "By: %1.").replace("%1", when_text(str(deadline)))
                     if deadline else translate("WrapUp", "No date was agreed."))
        return lines
    if not items:
        return []
    lines = [translate("WrapUp", "What we agreed:")]
    for item in items:
        parts = [resolution_label(playbook, item.get("resolution"), lang)]
        if item.get("amount") is not None:
            parts.append(money(Decimal(str(item["amount"])), s.currency))
        parts.append(translate("WrapUp", "by %1").replace("%1", when_text(str(item["deadline"])))
                     if item.get("deadline") else translate("WrapUp", "no date agreed"))
        lines.append("• " + " · ".join(parts))
    if s.redress_amount is not None:
        lines.append(translate("WrapUp", "Total: %1.")
                     .replace("%1", money(s.redress_amount, s.currency)))
    return lines


def summary_lines(s: CaseState, playbook: Playbook, lang: str) -> list[str]:
    """The sentences to read out to the customer, in order."""
    lines = [translate("WrapUp", "Your reference is %1.").replace("%1", s.ref)]
    agreed = agreed_lines(s, playbook, lang)
    if agreed:
        lines += agreed
    elif s.status != WITHDRAWN:
        lines.append(translate("WrapUp", "No resolution was agreed."))
    who = s.follow_up_assignee or s.agent
    if s.follow_up_due is not None:
        lines.append(translate("WrapUp", "Follow-up: %1 contacts you by %2.")
                     .replace("%1", who).replace("%2", date_time(s.follow_up_due)))
    elif s.status == CLOSED:
        lines.append(translate("WrapUp", "No follow-up is due."))
    # a locale's date may end in its own full stop (hu "2026. 12. 06."): one stop, not two
    return [line[:-1] if line.endswith("..") else line for line in lines]


def summary_html(s: CaseState, playbook: Playbook, lang: str) -> str:
    """The wrap-up as the Desk shows it: a heading, then one paragraph per sentence."""
    heading = translate("WrapUp", "Wrap-up: read this to the customer")
    body = "".join(f"<p>{html.escape(line)}</p>" for line in summary_lines(s, playbook, lang))
    return (f"<h3>{html.escape(title(s))}</h3><h4>{html.escape(heading)}</h4>{body}")


def timeline_lines(entries: Iterable[TimelineEntry]) -> list[str]:
    """The case's events as the Desk lists them, newest first, in words: notes in full,
    other events by their kind and gist; checklist ticks are left to the checklist."""
    lines = []
    for entry in entries:
        if entry.kind == ev.CHECKLIST_SET:
            continue
        gist = entry_text(entry) or entry.stage_title
        label = kind_label(entry.kind)
        lines.append(f"{date_time(entry.at)}  {label}: {gist}" if gist
                     else f"{date_time(entry.at)}  {label}")
    return lines[::-1]
