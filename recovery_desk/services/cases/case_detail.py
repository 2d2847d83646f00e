"""The case detail a supervisor reads: header, timeline and everything said and decided.

Built from the case's events in replay order (the same fold as the projection), so it shows
exactly what the log holds. Human sentences are left to the interface: each timeline entry
has a ``kind`` (the event kind) and structured ``details``; only names that come from data
(playbook stage titles, checklist, field and resolution labels) are resolved here, in the
language asked for.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, select

from recovery_desk.core.paths import resources_dir
from recovery_desk.domain import events as ev
from recovery_desk.domain import redaction
from recovery_desk.domain.case import CaseState
from recovery_desk.domain.commitments import offer_items
from recovery_desk.domain.events import Event
from recovery_desk.domain.flow import FlowError
from recovery_desk.domain.flow_refusals import NO_CASE
from recovery_desk.domain.playbook import Playbook, PlaybookLibrary, Stage
from recovery_desk.services.access import permissions
from recovery_desk.services.cases.detail_types import (
    CapturedField,
    CaseDetail,
    CaseHeader,
    EscalationDetail,
    FollowUpEntry,
    OfferedItem,
    ResolutionDetail,
    SatisfactionDetail,
    StageRecord,
    SupervisorNote,
    TimelineEntry,
)
from recovery_desk.services.playbook_cache import cached_library
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.event_store import case_events
from recovery_desk.storage.models import Case, Customer

__all__ = [
    "case_detail",
    "case_detail_for",
    "CaseHeader",
    "TimelineEntry",
    "CapturedField",
    "StageRecord",
    "ResolutionDetail",
    "EscalationDetail",
    "SatisfactionDetail",
    "FollowUpEntry",
    "SupervisorNote",
    "CaseDetail",
]

C = Case.__table__.c
CU = Customer.__table__.c

#: Payload keys never copied into timeline details (shown in the header, or internal);
#: keys starting with "_" belong to the log itself (salts, erasure commitments).
_HIDDEN_KEYS = frozenset({"customer", "stage_roles", "words", "remedy"})


def _add(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)


def _shipped_playbooks() -> PlaybookLibrary:
    return cached_library(resources_dir() / "playbooks")


def case_detail(engine: Engine, case_id: str, *, lang: str,
                playbooks: PlaybookLibrary | None = None, masked: bool = False) -> CaseDetail:
    """Everything about one case, for reading. ``playbooks`` default to the shipped ones
    (pass ``workspace.playbooks`` to use the desk's); a case whose playbook is unknown is
    still shown, with stage ids for titles and no scripted lines. ``masked`` shows every
    personal value (the customer, their words, notes, captured values, free-text reasons)
    as ``permissions.MASK``; :func:`case_detail_for` decides it from the reader's role."""
    with engine.connect() as conn:
        events = case_events(conn, case_id)
        if not events:
            raise FlowError(NO_CASE(case_id=case_id))
        if masked:
            events = [_masked(e) for e in events]
        state = CaseState(case_id=case_id)
        for event in events:
            state.apply(event)
        person = conn.execute(select(CU.name, CU.number, CU.erased)
                              .where(CU.customer_id == state.customer_id)).first()
    library = playbooks if playbooks is not None else _shipped_playbooks()
    playbook = library.usable.get(state.playbook)
    return _Builder(state, playbook, lang, masked).build(events, person)


def case_detail_for(workspace: Workspace, case_id: str, *, lang: str) -> CaseDetail:
    """The case detail as the signed-in user may see it: other desks' finished cases are
    masked unless their role may read them (``permissions.can_read_personal``)."""
    with workspace.engine.connect() as conn:
        row = conn.execute(select(C.desk_id, C.status).where(C.case_id == case_id)).first()
    masked = row is not None and not permissions.can_read_personal(workspace, row.desk_id,
                                                                   row.status)
    return case_detail(workspace.engine, case_id, lang=lang, playbooks=workspace.playbooks,
                       masked=masked)


def _masked(event: Event) -> Event:
    payload = copy.deepcopy(event.payload or {})
    for path, _value in redaction.present(event.kind, event.payload or {}):
        node = payload
        *parents, last = path.split(".")
        for part in parents:
            node = node[part]
        node[last] = permissions.MASK
    return dataclasses.replace(event, payload=payload)


class _Builder:
    def __init__(self, state: CaseState, playbook: Playbook | None, lang: str,
                 masked: bool = False) -> None:
        self.state = state
        self.playbook = playbook
        self.lang = lang
        self.masked = masked

    # labels from the playbook, falling back to ids
    def _stage(self, stage_id: str | None) -> Stage | None:
        if self.playbook is None or not stage_id:
            return None
        try:
            return self.playbook.stage(stage_id)
        except KeyError:
            return None

    def stage_title(self, stage_id: str | None) -> str:
        stage = self._stage(stage_id)
        return stage.title.get(self.lang) if stage is not None else (stage_id or "")

    def item_label(self, stage_id: str | None, item: str) -> str:
        stage = self._stage(stage_id)
        found = next((i for i in stage.checklist if i.id == item), None) if stage else None
        return found.label.get(self.lang) if found else item

    def field_label(self, stage_id: str | None, field_id: str) -> str:
        stage = self._stage(stage_id)
        found = next((f for f in stage.fields if f.id == field_id), None) if stage else None
        return found.label.get(self.lang) if found else field_id

    def resolution_label(self, resolution: str | None) -> str:
        if not resolution:
            return ""
        spec = self.playbook.resolution(resolution) if self.playbook else None
        return spec.label.get(self.lang) if spec else resolution

    def build(self, events: list[Event], person: Any) -> CaseDetail:
        """Fold the events, in replay order, into the detail (one handler per kind)."""
        fold = _Fold(self)
        for e in events:
            fold.take(e)
        s = self.state
        current = s.stage if s.is_active else None
        for stage_id, record in fold.visits.items():
            if stage_id == current:
                record["state"] = "current"
                _add(record["modes"], fold.mode)
            elif record["state"] == "current":  # entered, then left by going back
                record["state"] = "visited"
        stages = tuple(self._stage_record(stage_id, fold.visits[stage_id])
                       for stage_id in fold.order)
        return CaseDetail(
            header=self._header(person), words=s.words, remedy=s.remedy,
            timeline=tuple(fold.timeline), stages=stages, resolution=fold.offer,
            escalations=tuple(EscalationDetail(**x) for x in fold.escalations),
            approved_by=s.approved_by, satisfaction=tuple(fold.satisfaction),
            follow_ups=tuple(fold.follow_ups), follow_up_due=s.follow_up_due,
            follow_up_assignee=s.follow_up_assignee, supervisor_notes=tuple(fold.notes),
            flagged_for_training=s.flagged_for_training,
            training_flag_reason=fold.flag_reason if s.flagged_for_training else "",
            root_cause=s.root_cause, corrective_action=s.corrective_action,
            root_cause_by=fold.root_cause_by, state=s)

    def _stage_record(self, stage_id: str, record: dict[str, Any]) -> StageRecord:
        stage = self._stage(stage_id)
        modes = tuple(record["modes"]) or (self.state.mode,)
        scripted = (stage.scripted.get(self.state.language)
                    if stage is not None and "scripted" in modes else ())
        return StageRecord(
            stage=stage_id, title=self.stage_title(stage_id), state=record["state"],
            mode=modes[-1], modes=modes, seconds=round(record["seconds"], 3),
            skip_reason=record["skip_reason"], scripted_lines=tuple(scripted),
            notes=tuple(record["notes"]), fields=tuple(record["fields"].values()),
            checked=tuple(record["checked"]))

    def _header(self, person: Any) -> CaseHeader:
        s = self.state
        if self.masked:
            name = number = permissions.MASK
        elif person is not None:
            name = "" if person.erased else person.name
            number = "" if person.erased else person.number
        else:
            name = str(s.customer.get("name", ""))
            number = str(s.customer.get("number", ""))
        return CaseHeader(
            case_id=s.case_id, ref=s.ref, customer_id=s.customer_id, customer_name=name,
            customer_number=number, channel=s.channel, category=s.category,
            severity=s.severity, playbook=s.playbook,
            playbook_title=self.playbook.title.get(self.lang) if self.playbook else s.playbook,
            mode=s.mode, language=s.language, agent=s.agent, desk_id=s.desk_id,
            status=s.status, outcome=s.outcome, opened_at=s.opened_at, closed_at=s.closed_at,
            training=s.training)


class _Fold:
    """What the events of one case say, gathered in replay order: the stages visited and
    what happened in each, the offer, escalations, answers, follow-ups, supervisors' notes,
    and a timeline entry per event."""

    def __init__(self, builder: _Builder) -> None:
        self.b = builder
        self.timeline: list[TimelineEntry] = []
        self.visits: dict[str, dict[str, Any]] = {}  # stage id -> what happened in it
        self.order: list[str] = []
        self.mode = "natural"
        self.offer: ResolutionDetail | None = None
        self.escalations: list[dict[str, Any]] = []
        self.satisfaction: list[SatisfactionDetail] = []
        self.follow_ups: list[FollowUpEntry] = []
        self.notes: list[SupervisorNote] = []
        self.flag_reason = ""
        self.root_cause_by: str | None = None

    def visit(self, stage_id: str) -> dict[str, Any]:
        if stage_id not in self.visits:
            self.order.append(stage_id)
            self.visits[stage_id] = {"state": "current", "modes": [], "seconds": 0.0,
                                     "skip_reason": "", "notes": [], "fields": {},
                                     "checked": []}
        return self.visits[stage_id]

    def take(self, e: Event) -> None:
        p = e.payload or {}
        details = {k: v for k, v in p.items() if k not in _HIDDEN_KEYS and not k.startswith("_")}
        handler = _HANDLERS.get(e.kind)
        seconds = handler(self, e, p, details) if handler is not None else None
        self.timeline.append(TimelineEntry(
            seq=e.seq, at=e.at, actor=e.actor, desk_id=e.desk_id, kind=e.kind,
            stage=e.stage, stage_title=self.b.stage_title(e.stage), seconds=seconds,
            details=details))

    # each handler: (event, payload, the entry's details to complete) -> seconds spent

    def opened(self, e: Event, p: dict[str, Any], details: dict[str, Any]) -> float | None:
        self.mode = p.get("mode", "natural")
        return None

    def mode_changed(self, e: Event, p: dict[str, Any], details: dict[str, Any]) -> float | None:
        self.mode = p.get("mode", self.mode)
        return None

    def entered(self, e: Event, p: dict[str, Any], details: dict[str, Any]) -> float | None:
        seconds = None
        if p.get("via") == "back" and p.get("left"):
            seconds = float(p.get("seconds", 0.0))
            left = self.visit(p["left"])
            left["seconds"] += seconds
            _add(left["modes"], self.mode)
            details["left_title"] = self.b.stage_title(p["left"])
        self.visit(p["stage"])["state"] = "current"
        return seconds

    def left(self, e: Event, p: dict[str, Any], details: dict[str, Any]) -> float | None:
        seconds = float(p.get("seconds", 0.0))
        record = self.visit(p["stage"])
        record["seconds"] += seconds
        _add(record["modes"], self.mode)
        skipped = e.kind == ev.STAGE_SKIPPED
        record["state"] = "skipped" if skipped else "completed"
        record["skip_reason"] = p.get("reason", "") if skipped else ""
        return seconds

    def checklist(self, e: Event, p: dict[str, Any], details: dict[str, Any]) -> float | None:
        label = self.b.item_label(p["stage"], p["item"])
        details["item_label"] = label
        checked = self.visit(p["stage"])["checked"]
        done = p.get("done", True)
        if done and label not in checked:
            checked.append(label)
        elif not done and label in checked:
            checked.remove(label)
        return None

    def field(self, e: Event, p: dict[str, Any], details: dict[str, Any]) -> float | None:
        label = self.b.field_label(p["stage"], p["field"])
        details["field_label"] = label
        self.visit(p["stage"])["fields"][p["field"]] = CapturedField(
            p["field"], label, p.get("value", ""))
        return None

    def note(self, e: Event, p: dict[str, Any], details: dict[str, Any]) -> float | None:
        if e.stage:
            self.visit(e.stage)["notes"].append(p.get("text", ""))
        return None

    def offered(self, e: Event, p: dict[str, Any], details: dict[str, Any]) -> float | None:
        details["resolution_label"] = self.b.resolution_label(p.get("resolution"))
        amount = p.get("amount")
        items = tuple(OfferedItem(
            resolution=str(i.get("resolution") or ""),
            label=self.b.resolution_label(i.get("resolution")),
            amount=Decimal(i["amount"]) if i.get("amount") is not None else None,
            deadline=str(i["deadline"]) if i.get("deadline") else None)
            for i in offer_items(p))
        self.offer = ResolutionDetail(
            resolution=p["resolution"], label=details["resolution_label"],
            amount=Decimal(amount) if amount is not None else None,
            currency=p.get("currency"), deadline=p.get("deadline"), offered_at=e.at,
            offered_by=e.actor, items=items)
        if p.get("items"):  # several resolutions, or a deadline with a time
            details["items"] = [{**item, "label": self.b.resolution_label(item.get("resolution"))}
                                for item in offer_items(p)]
        return None

    def kept(self, e: Event, p: dict[str, Any], details: dict[str, Any]) -> float | None:
        details["resolution_label"] = self.b.resolution_label(p.get("resolution"))
        return None

    def escalated(self, e: Event, p: dict[str, Any], details: dict[str, Any]) -> float | None:
        self.escalations.append({"at": e.at, "reason": p.get("reason", ""),
                                 "amount": p.get("amount"), "currency": p.get("currency"),
                                 "limit": p.get("limit"), "decision": None,
                                 "approver": None, "decided_at": None, "decline_reason": ""})
        return None

    def decided(self, e: Event, p: dict[str, Any], details: dict[str, Any]) -> float | None:
        approved = e.kind == ev.ESCALATION_APPROVED
        if self.escalations and self.escalations[-1]["decision"] is None:
            self.escalations[-1].update(
                decision="approved" if approved else "declined",
                approver=p.get("approver", e.actor), decided_at=e.at,
                decline_reason="" if approved else p.get("reason", ""))
        if not approved:
            self.offer = None
        return None

    def answered(self, e: Event, p: dict[str, Any], details: dict[str, Any]) -> float | None:
        self.satisfaction.append(SatisfactionDetail(
            at=e.at, actor=e.actor, context=p.get("context", "desk"),
            accepted=p.get("accepted"), how=p.get("how"), csat=p.get("csat"),
            likelihood=p.get("likelihood"), ces=p.get("ces"),
            follow_up=bool(p.get("follow_up")), unknown=dict(p.get("unknown") or {})))
        return None

    def follow_up(self, e: Event, p: dict[str, Any], details: dict[str, Any]) -> float | None:
        due = datetime.fromisoformat(p["due"]) if p.get("due") else None
        if e.kind == ev.FOLLOW_UP_SCHEDULED:
            entry = FollowUpEntry("scheduled", e.at, e.actor, due=due,
                                  reason=p.get("reason", ""))
        elif e.kind == ev.FOLLOW_UP_DONE:
            entry = FollowUpEntry("done", e.at, e.actor, note=p.get("note", ""))
        else:
            entry = FollowUpEntry("reassigned", e.at, e.actor, due=due,
                                  from_user=p.get("from", ""), to_user=p.get("to", ""))
        self.follow_ups.append(entry)
        return None

    def annotated(self, e: Event, p: dict[str, Any], details: dict[str, Any]) -> float | None:
        self.notes.append(SupervisorNote(e.at, e.actor, p.get("text", "")))
        return None

    def flagged(self, e: Event, p: dict[str, Any], details: dict[str, Any]) -> float | None:
        self.flag_reason = p.get("reason", "") if p.get("flagged", True) else ""
        return None

    def root_cause(self, e: Event, p: dict[str, Any], details: dict[str, Any]) -> float | None:
        self.root_cause_by = e.actor
        return None


_Handler = Callable[[_Fold, Event, dict[str, Any], dict[str, Any]], "float | None"]
_HANDLERS: dict[str, _Handler] = {
    ev.CASE_OPENED: _Fold.opened, ev.MODE_CHANGED: _Fold.mode_changed,
    ev.STAGE_ENTERED: _Fold.entered, ev.STAGE_COMPLETED: _Fold.left,
    ev.STAGE_SKIPPED: _Fold.left, ev.CHECKLIST_SET: _Fold.checklist,
    ev.FIELD_CAPTURED: _Fold.field, ev.NOTE_ADDED: _Fold.note,
    ev.RESOLUTION_OFFERED: _Fold.offered, ev.ESCALATED: _Fold.escalated,
    ev.ESCALATION_APPROVED: _Fold.decided, ev.ESCALATION_DECLINED: _Fold.decided,
    ev.SATISFACTION_RECORDED: _Fold.answered, ev.FOLLOW_UP_SCHEDULED: _Fold.follow_up,
    ev.FOLLOW_UP_DONE: _Fold.follow_up, ev.FOLLOW_UP_REASSIGNED: _Fold.follow_up,
    ev.ANNOTATED: _Fold.annotated, ev.TRAINING_FLAGGED: _Fold.flagged,
    ev.ROOT_CAUSE_RECORDED: _Fold.root_cause, ev.COMMITMENT_DONE: _Fold.kept,
}
