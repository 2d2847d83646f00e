"""The wrap-up of a case: what the agent reads out when the case is closed (the reference,
what was agreed and by when, who follows up and when), drawn only from the recorded case.

Nothing here is invented: a part that was not recorded (no amount, no deadline, no
follow-up) is said to be absent, never filled in.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from recovery_desk.domain import events as ev
from recovery_desk.domain.case import CLOSED, FOLLOW_UP, WITHDRAWN, CaseState
from recovery_desk.domain.playbook import Playbook
from recovery_desk.services.cases.case_detail import TimelineEntry
from recovery_desk.ui.common.formatting import date_text, date_time, money
from recovery_desk.ui.log.timeline_texts import entry_text, kind_label

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


def summary_lines(s: CaseState, playbook: Playbook, lang: str) -> list[str]:
    """The sentences to read out to the customer, in order."""
    lines = [translate("WrapUp", "Your reference is %1.").replace("%1", s.ref)]
    agreed = resolution_label(playbook, s.resolution, lang)
    if agreed:
        lines.append(translate("WrapUp", "What we agreed: %1.").replace("%1", agreed))
        if s.redress_amount is not None:
            lines.append(translate("WrapUp", "Amount: %1.")
                         .replace("%1", money(s.redress_amount, s.currency)))
        if s.deadline:
            lines.append(translate("WrapUp", "By: %1.").replace("%1", date_text(s.deadline)))
        else:
            lines.append(translate("WrapUp", "No date was agreed."))
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
