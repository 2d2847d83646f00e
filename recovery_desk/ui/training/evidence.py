"""What a practice run shows for each rubric criterion, so the trainer judges it beside the
evidence: the listening stage's items, fields and words (and whether an offer came before
listening was done), the acknowledging and apologizing stages', the offer with its
deadline, and the customer's answers. Read from the case detail, never from event kinds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTextBrowser

from recovery_desk.domain import events as ev
from recovery_desk.domain.playbook import LANGUAGES
from recovery_desk.domain.scenario import Scenario
from recovery_desk.services.cases.case_detail import CaseDetail, TimelineEntry, case_detail_for
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.training.conversation import conversation_html, said

translate = QCoreApplication.translate

#: stage ids (across the shipped playbooks) that carry each stage-based criterion
_STAGES = {
    "listened_first": frozenset({"listen", "hear", "believe"}),
    "acknowledged_specific": frozenset({"acknowledge", "empathize"}),
    "apology_without_blame": frozenset({"apologize"}),
}
_SAID_IN_STAGE = frozenset({ev.STAGE_COMPLETED, ev.STAGE_SKIPPED, ev.CHECKLIST_SET,
                            ev.FIELD_CAPTURED, ev.NOTE_ADDED})


def _stage_lines(detail: CaseDetail, stages: frozenset[str]) -> list[str]:
    return [text for e in detail.timeline
            if e.stage in stages and e.kind in _SAID_IN_STAGE and (text := said(e))]


def _kind_lines(detail: CaseDetail, kind: str) -> list[str]:
    return [said(e) for e in detail.timeline if e.kind == kind]


def _offer_before_listening(entries: tuple[TimelineEntry, ...]) -> bool:
    listened = False
    for e in entries:
        if e.kind == ev.STAGE_COMPLETED and e.stage in _STAGES["listened_first"]:
            listened = True
        if e.kind == ev.RESOLUTION_OFFERED and not listened:
            return True
    return False


def evidence(detail: CaseDetail) -> dict[str, list[str]]:
    """Each criterion's lines of evidence (an empty list: nothing recorded for it)."""
    out = {item: _stage_lines(detail, stages) for item, stages in _STAGES.items()}
    if _offer_before_listening(detail.timeline) and out["listened_first"]:
        out["listened_first"].append(translate("Evidence",
                                               "An offer was made before listening ended."))
    out["fix_with_deadline"] = _kind_lines(detail, ev.RESOLUTION_OFFERED)
    out["satisfaction_confirmed"] = _kind_lines(detail, ev.SATISFACTION_RECORDED)
    return out


def nothing_recorded() -> str:
    return translate("Evidence", "Nothing recorded for this in the run.")


def scenario_of(words: str, scenarios: dict[str, Scenario]) -> Scenario | None:
    """The scenario a practice run was started from: its customer's words, in any language."""
    for scenario in scenarios.values():
        if any(scenario.words.get(lang) == words for lang in LANGUAGES):
            return scenario
    return None


def show_reviewed_case(workspace: Workspace, case_id: str, timeline: QTextBrowser,
                       labels: dict[str, QLabel]) -> CaseDetail:
    """The case a reviewer scores, read once and shown as practice and live reviews both
    show it: the conversation in ``timeline``, each rubric item's evidence in its label."""
    detail = case_detail_for(workspace, case_id, lang=workspace.settings.language)
    timeline.setHtml(conversation_html(detail))
    for item, lines in evidence(detail).items():
        labels[item].setText("\n".join(lines) or nothing_recorded())
    return detail
