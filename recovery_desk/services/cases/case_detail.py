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
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import Engine, select

from recovery_desk.core.paths import resources_dir
from recovery_desk.domain import events as ev
from recovery_desk.domain import redaction
from recovery_desk.domain.case import CaseState
from recovery_desk.domain.events import Event
from recovery_desk.domain.flow import FlowError
from recovery_desk.domain.flow_refusals import NO_CASE
from recovery_desk.domain.playbook import Playbook, PlaybookLibrary, Stage, load_library
from recovery_desk.services.access import permissions
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.event_store import case_events
from recovery_desk.storage.models import Case, Customer

C = Case.__table__.c
CU = Customer.__table__.c

#: Payload keys never copied into timeline details (shown in the header, or internal);
#: keys starting with "_" belong to the log itself (salts, erasure commitments).
_HIDDEN_KEYS = frozenset({"customer", "stage_roles", "words", "remedy"})


@dataclass(frozen=True)
class CaseHeader:
    case_id: str
    ref: str
    customer_id: str
    customer_name: str
    customer_number: str
    channel: str
    category: str
    severity: str
    playbook: str
    playbook_title: str
    mode: str
    language: str
    agent: str
    desk_id: str
    status: str
    outcome: str | None
    opened_at: datetime | None
    closed_at: datetime | None
    training: bool


@dataclass(frozen=True)
class TimelineEntry:
    """One event. ``seconds`` is the time spent in the stage for ``stage_completed`` and
    ``stage_skipped`` (their payload's ``seconds``) and for ``stage_entered`` via ``back``
    (time in the stage that was left); None otherwise. ``details`` is the event's payload
    (without customer data) plus labels: ``stage_title``, ``item_label``, ``field_label``,
    ``resolution_label`` where they apply."""

    seq: int
    at: datetime
    actor: str
    desk_id: str
    kind: str
    stage: str | None
    stage_title: str
    seconds: float | None
    details: dict[str, Any]


@dataclass(frozen=True)
class CapturedField:
    field_id: str
    label: str
    value: str


@dataclass(frozen=True)
class StageRecord:
    """What happened in one stage. ``modes`` are the modes it was left in, one per visit
    (completed, skipped, or left by going back; the current mode for the current stage),
    without repeats; ``mode`` is the last. When one was scripted, ``scripted_lines`` are
    the playbook's lines the agent read, in the case's language (the log does not record
    which single line was spoken); otherwise they are empty, and in either mode the agent's
    own words are the ``notes`` and ``fields``. ``seconds`` is all the time spent in the
    stage, over every visit."""

    stage: str
    title: str
    state: str  # "completed", "skipped", "current" or "visited" (left by going back)
    mode: str
    modes: tuple[str, ...]
    seconds: float
    skip_reason: str
    scripted_lines: tuple[str, ...]
    notes: tuple[str, ...]
    fields: tuple[CapturedField, ...]
    checked: tuple[str, ...]  # labels of the ticked checklist items


@dataclass(frozen=True)
class ResolutionDetail:
    resolution: str
    label: str
    amount: Decimal | None
    currency: str | None
    deadline: str | None
    offered_at: datetime
    offered_by: str


@dataclass(frozen=True)
class EscalationDetail:
    """One escalated offer and the supervisor's decision (``decision`` None: waiting)."""

    at: datetime
    reason: str
    amount: str | None
    currency: str | None
    limit: str | None
    decision: str | None  # "approved", "declined"
    approver: str | None
    decided_at: datetime | None
    decline_reason: str


@dataclass(frozen=True)
class SatisfactionDetail:
    at: datetime
    actor: str
    context: str  # "desk" or "follow_up"
    accepted: str | None
    how: str | None
    csat: int | None
    likelihood: int | None
    ces: int | None
    follow_up: bool


@dataclass(frozen=True)
class FollowUpEntry:
    """``kind``: "scheduled" (``due``, ``reason``), "done" (``note``), "reassigned"
    (``from_user``, ``to_user``, ``due`` when it was moved)."""

    kind: str
    at: datetime
    actor: str
    due: datetime | None = None
    reason: str = ""
    note: str = ""
    from_user: str = ""
    to_user: str = ""


@dataclass(frozen=True)
class SupervisorNote:
    at: datetime
    author: str
    text: str


@dataclass(frozen=True)
class CaseDetail:
    header: CaseHeader
    words: str
    remedy: str
    timeline: tuple[TimelineEntry, ...]
    stages: tuple[StageRecord, ...]
    resolution: ResolutionDetail | None
    escalations: tuple[EscalationDetail, ...]
    approved_by: str | None
    satisfaction: tuple[SatisfactionDetail, ...]
    follow_ups: tuple[FollowUpEntry, ...]
    follow_up_due: datetime | None
    follow_up_assignee: str | None  # None: the case's agent
    supervisor_notes: tuple[SupervisorNote, ...]
    flagged_for_training: bool
    training_flag_reason: str
    root_cause: str | None
    corrective_action: str | None
    root_cause_by: str | None
    state: CaseState = field(repr=False)


def _add(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)


@lru_cache(maxsize=1)
def _shipped_playbooks() -> PlaybookLibrary:
    return load_library(resources_dir() / "playbooks")


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
        s = self.state
        timeline: list[TimelineEntry] = []
        visits: dict[str, dict[str, Any]] = {}  # stage id -> what happened in it
        order: list[str] = []
        mode = "natural"
        offer: ResolutionDetail | None = None
        escalations: list[dict[str, Any]] = []
        satisfaction: list[SatisfactionDetail] = []
        follow_ups: list[FollowUpEntry] = []
        notes: list[SupervisorNote] = []
        flag_reason = ""
        root_cause_by: str | None = None

        def visit(stage_id: str) -> dict[str, Any]:
            if stage_id not in visits:
                order.append(stage_id)
                visits[stage_id] = {"state": "current", "modes": [], "seconds": 0.0,
                                    "skip_reason": "", "notes": [], "fields": {},
                                    "checked": []}
            return visits[stage_id]

        for e in events:
            p = e.payload or {}
            details = {k: v for k, v in p.items()
                       if k not in _HIDDEN_KEYS and not k.startswith("_")}
            seconds: float | None = None
            if e.kind == ev.CASE_OPENED:
                mode = p.get("mode", "natural")
            elif e.kind == ev.MODE_CHANGED:
                mode = p.get("mode", mode)
            elif e.kind == ev.STAGE_ENTERED:
                if p.get("via") == "back" and p.get("left"):
                    seconds = float(p.get("seconds", 0.0))
                    left = visit(p["left"])
                    left["seconds"] += seconds
                    _add(left["modes"], mode)
                    details["left_title"] = self.stage_title(p["left"])
                visit(p["stage"])["state"] = "current"
            elif e.kind in (ev.STAGE_COMPLETED, ev.STAGE_SKIPPED):
                seconds = float(p.get("seconds", 0.0))
                record = visit(p["stage"])
                record["seconds"] += seconds
                _add(record["modes"], mode)
                record["state"] = "skipped" if e.kind == ev.STAGE_SKIPPED else "completed"
                record["skip_reason"] = p.get("reason", "") if e.kind == ev.STAGE_SKIPPED else ""
            elif e.kind == ev.CHECKLIST_SET:
                label = self.item_label(p["stage"], p["item"])
                details["item_label"] = label
                checked = visit(p["stage"])["checked"]
                if p.get("done", True) and label not in checked:
                    checked.append(label)
                elif not p.get("done", True) and label in checked:
                    checked.remove(label)
            elif e.kind == ev.FIELD_CAPTURED:
                label = self.field_label(p["stage"], p["field"])
                details["field_label"] = label
                visit(p["stage"])["fields"][p["field"]] = CapturedField(
                    p["field"], label, p.get("value", ""))
            elif e.kind == ev.NOTE_ADDED:
                if e.stage:
                    visit(e.stage)["notes"].append(p.get("text", ""))
            elif e.kind == ev.RESOLUTION_OFFERED:
                details["resolution_label"] = self.resolution_label(p.get("resolution"))
                amount = p.get("amount")
                offer = ResolutionDetail(
                    resolution=p["resolution"], label=details["resolution_label"],
                    amount=Decimal(amount) if amount is not None else None,
                    currency=p.get("currency"), deadline=p.get("deadline"), offered_at=e.at,
                    offered_by=e.actor)
            elif e.kind == ev.ESCALATED:
                escalations.append({"at": e.at, "reason": p.get("reason", ""),
                                    "amount": p.get("amount"), "currency": p.get("currency"),
                                    "limit": p.get("limit"), "decision": None,
                                    "approver": None, "decided_at": None,
                                    "decline_reason": ""})
            elif e.kind in (ev.ESCALATION_APPROVED, ev.ESCALATION_DECLINED):
                approved = e.kind == ev.ESCALATION_APPROVED
                if escalations and escalations[-1]["decision"] is None:
                    escalations[-1].update(
                        decision="approved" if approved else "declined",
                        approver=p.get("approver", e.actor), decided_at=e.at,
                        decline_reason="" if approved else p.get("reason", ""))
                if not approved:
                    offer = None
            elif e.kind == ev.SATISFACTION_RECORDED:
                satisfaction.append(SatisfactionDetail(
                    at=e.at, actor=e.actor, context=p.get("context", "desk"),
                    accepted=p.get("accepted"), how=p.get("how"), csat=p.get("csat"),
                    likelihood=p.get("likelihood"), ces=p.get("ces"),
                    follow_up=bool(p.get("follow_up"))))
            elif e.kind == ev.FOLLOW_UP_SCHEDULED:
                follow_ups.append(FollowUpEntry(
                    "scheduled", e.at, e.actor, due=datetime.fromisoformat(p["due"]),
                    reason=p.get("reason", "")))
            elif e.kind == ev.FOLLOW_UP_DONE:
                follow_ups.append(FollowUpEntry("done", e.at, e.actor, note=p.get("note", "")))
            elif e.kind == ev.FOLLOW_UP_REASSIGNED:
                follow_ups.append(FollowUpEntry(
                    "reassigned", e.at, e.actor,
                    due=datetime.fromisoformat(p["due"]) if p.get("due") else None,
                    from_user=p.get("from", ""), to_user=p.get("to", "")))
            elif e.kind == ev.ANNOTATED:
                notes.append(SupervisorNote(e.at, e.actor, p.get("text", "")))
            elif e.kind == ev.TRAINING_FLAGGED:
                flag_reason = p.get("reason", "") if p.get("flagged", True) else ""
            elif e.kind == ev.ROOT_CAUSE_RECORDED:
                root_cause_by = e.actor
            timeline.append(TimelineEntry(
                seq=e.seq, at=e.at, actor=e.actor, desk_id=e.desk_id, kind=e.kind,
                stage=e.stage, stage_title=self.stage_title(e.stage), seconds=seconds,
                details=details))

        current = s.stage if s.is_active else None
        for stage_id, record in visits.items():
            if stage_id == current:
                record["state"] = "current"
                _add(record["modes"], mode)
            elif record["state"] == "current":  # entered, then left by going back
                record["state"] = "visited"
        stages = tuple(self._stage_record(stage_id, visits[stage_id]) for stage_id in order)
        return CaseDetail(
            header=self._header(person), words=s.words, remedy=s.remedy,
            timeline=tuple(timeline), stages=stages, resolution=offer,
            escalations=tuple(EscalationDetail(**x) for x in escalations),
            approved_by=s.approved_by, satisfaction=tuple(satisfaction),
            follow_ups=tuple(follow_ups), follow_up_due=s.follow_up_due,
            follow_up_assignee=s.follow_up_assignee, supervisor_notes=tuple(notes),
            flagged_for_training=s.flagged_for_training,
            training_flag_reason=flag_reason if s.flagged_for_training else "",
            root_cause=s.root_cause, corrective_action=s.corrective_action,
            root_cause_by=root_cause_by, state=s)

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
