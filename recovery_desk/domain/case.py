"""A case's current state, derived only from its events (the projection's source of truth)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from recovery_desk.domain import events as ev
from recovery_desk.domain.clocks.facts import RegulatedFacts
from recovery_desk.domain.commitments import Commitment, offer_items, open_commitments
from recovery_desk.domain.events import Event

OPEN = "open"
ESCALATED = "escalated"
FOLLOW_UP = "follow_up"
CLOSED = "closed"
WITHDRAWN = "withdrawn"
STATUSES = (OPEN, ESCALATED, FOLLOW_UP, CLOSED, WITHDRAWN)
ACTIVE_STATUSES = frozenset({OPEN, ESCALATED, FOLLOW_UP})

RECOVERED = "recovered"
NOT_RECOVERED = "not_recovered"
OUTCOME_WITHDRAWN = "withdrawn"
#: Closed without knowing whether the customer was satisfied (history imported without
#: satisfaction answers, or a customer who would not say): a value, not a gap to fill.
#: The figures count these cases apart (recovery rate and FCR over known outcomes).
OUTCOME_UNKNOWN = "unknown"
#: The outcomes a closed case may have.
CLOSED_OUTCOMES = (RECOVERED, NOT_RECOVERED, OUTCOME_UNKNOWN)

# Stage roles whose completion counts as the first response to the customer.
_ACKNOWLEDGING_ROLES = frozenset({"acknowledge", "apologize", "control"})


@dataclass
class CaseState:
    """Everything the Desk and the projection need to know about one case."""

    case_id: str
    ref: str = ""
    desk_id: str = ""
    agent: str = ""
    customer_id: str = ""
    customer: dict[str, Any] = field(default_factory=dict)
    opened_at: datetime | None = None
    closed_at: datetime | None = None
    channel: str = ""
    category: str = ""
    severity: str = ""
    words: str = ""
    remedy: str = ""
    # the case number in the helpdesk it was imported from (personal: erasable)
    external_ref: str = ""
    playbook: str = ""
    playbook_version: int = 0
    mode: str = "natural"
    language: str = "en"
    training: bool = False
    status: str = OPEN
    outcome: str | None = None
    stage: str | None = None
    stage_entered_at: datetime | None = None
    stage_roles: dict[str, str] = field(default_factory=dict)
    stages_completed: list[str] = field(default_factory=list)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    flow_finished: bool = False
    checklist: dict[str, set[str]] = field(default_factory=dict)
    fields: dict[str, str] = field(default_factory=dict)
    notes: int = 0
    resolution: str | None = None
    redress_amount: Decimal | None = None
    currency: str | None = None
    deadline: str | None = None  # the offer's earliest deadline (a date)
    #: the offer's resolutions (``domain.commitments.offer_items``) and its event id, which
    #: names its commitments; the keys of those marked done
    offer_items: list[dict[str, Any]] = field(default_factory=list)
    offer_key: str = ""
    commitments_done: set[str] = field(default_factory=set)
    escalation_pending: bool = False
    # who offered over their limit and what that limit was (the approval dialog names both)
    escalated_by: str = ""
    escalation_limit: Decimal | None = None
    escalated: bool = False
    approved_by: str | None = None
    accepted: str | None = None
    accepted_how: str | None = None
    csat: int | None = None
    likelihood: int | None = None
    ces: int | None = None
    #: why the latest answers' missing scores are unknown ({"csat": "declined"}); a score
    #: absent from an older event is unknown without a reason
    unknown_answers: dict[str, str] = field(default_factory=dict)
    satisfaction_count: int = 0
    watchlist: bool = False
    follow_up_due: datetime | None = None
    follow_ups_done: int = 0
    acknowledged_at: datetime | None = None
    resolved_at: datetime | None = None
    root_cause: str | None = None
    # supervisor review: never changes status, outcome or any figure
    corrective_action: str | None = None
    coaching_notes: int = 0
    flagged_for_training: bool = False
    follow_up_assignee: str | None = None
    follow_up_done_at: datetime | None = None
    # regulated handling: clocks, letters, register codes, vulnerability, redress
    regulated: RegulatedFacts = field(default_factory=RegulatedFacts)
    last_seq: int = 0
    updated_at: datetime | None = None

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    @property
    def commitments(self) -> list[Commitment]:
        """What is still promised by a date: nothing while the offer waits for approval,
        nor once the complaint is withdrawn; a closed case keeps its promises."""
        if self.escalation_pending or self.status == WITHDRAWN or not self.offer_key:
            return []
        return open_commitments(self.offer_key, self.offer_items, self.currency,
                                self.commitments_done)

    def checked(self, stage_id: str) -> set[str]:
        return self.checklist.setdefault(stage_id, set())

    def apply(self, event: Event) -> None:
        """Fold one event into the state. Unknown kinds are ignored (newer desks)."""
        handler = _HANDLERS.get(event.kind)
        if handler is not None:
            handler(self, event, event.payload)
        elif event.kind in ev.REGULATED_KINDS:
            self.regulated.apply(event)
        self.last_seq = max(self.last_seq, event.seq)
        self.updated_at = event.at


def replay(case_id: str, events: Iterable[Event]) -> CaseState:
    state = CaseState(case_id=case_id)
    for event in events:
        state.apply(event)
    return state


def _opened(s: CaseState, e: Event, p: dict[str, Any]) -> None:
    customer = p.get("customer") or {}
    s.ref = p.get("ref", "")
    s.desk_id = e.desk_id
    s.agent = p.get("agent", e.actor)
    s.customer = dict(customer)
    s.customer_id = customer.get("id", "")
    s.opened_at = e.at
    s.channel = p.get("channel", "")
    s.category = p.get("category", "")
    s.severity = p.get("severity", "")
    s.words = p.get("words", "")
    s.remedy = p.get("remedy", "")
    s.external_ref = str(p.get("external_ref") or (p.get("imported") or {}).get("reference")
                         or "")
    s.playbook = p.get("playbook", "")
    s.playbook_version = int(p.get("playbook_version", 0))
    s.mode = p.get("mode", "natural")
    s.language = p.get("language", "en")
    s.training = bool(p.get("training", False))
    s.stage_roles = dict(p.get("stage_roles", {}))
    s.status = OPEN


def _stage_entered(s: CaseState, e: Event, p: dict[str, Any]) -> None:
    s.stage = p["stage"]
    s.stage_entered_at = e.at


def _stage_completed(s: CaseState, e: Event, p: dict[str, Any]) -> None:
    stage = p["stage"]
    if stage not in s.stages_completed:
        s.stages_completed.append(stage)
    s.stage_seconds[stage] = s.stage_seconds.get(stage, 0.0) + float(p.get("seconds", 0.0))
    if s.acknowledged_at is None and s.stage_roles.get(stage) in _ACKNOWLEDGING_ROLES:
        s.acknowledged_at = e.at
    if p.get("last"):
        s.flow_finished = True
        s.stage = None
        if s.status == OPEN and s.follow_up_due is not None:
            s.status = FOLLOW_UP


def _stage_skipped(s: CaseState, e: Event, p: dict[str, Any]) -> None:
    _stage_completed(s, e, {**p, "seconds": p.get("seconds", 0.0)})


def _checklist(s: CaseState, e: Event, p: dict[str, Any]) -> None:
    items = s.checked(p["stage"])
    if p.get("done", True):
        items.add(p["item"])
    else:
        items.discard(p["item"])


def _field(s: CaseState, e: Event, p: dict[str, Any]) -> None:
    s.fields[p["field"]] = p.get("value", "")


def _note(s: CaseState, e: Event, p: dict[str, Any]) -> None:
    s.notes += 1


def _mode(s: CaseState, e: Event, p: dict[str, Any]) -> None:
    s.mode = p["mode"]


def _offered(s: CaseState, e: Event, p: dict[str, Any]) -> None:
    s.resolution = p["resolution"]
    amount = p.get("amount")
    s.redress_amount = Decimal(amount) if amount is not None else None
    s.currency = p.get("currency")
    s.deadline = p.get("deadline")
    s.offer_items = offer_items(p)
    s.offer_key = e.event_id
    s.escalation_pending = False
    s.approved_by = None
    if s.status == ESCALATED:
        s.status = OPEN


def _escalated(s: CaseState, e: Event, p: dict[str, Any]) -> None:
    s.escalation_pending = True
    s.escalated_by = e.actor
    limit = p.get("limit")
    s.escalation_limit = Decimal(limit) if limit not in (None, "None") else None
    s.escalated = True
    s.status = ESCALATED


def _approved(s: CaseState, e: Event, p: dict[str, Any]) -> None:
    s.escalation_pending = False
    s.approved_by = p.get("approver", e.actor)
    s.status = OPEN


def _declined(s: CaseState, e: Event, p: dict[str, Any]) -> None:
    s.escalation_pending = False
    s.resolution = None
    s.redress_amount = None
    s.currency = None
    s.deadline = None
    s.offer_items = []
    s.offer_key = ""
    s.status = OPEN


def _satisfaction(s: CaseState, e: Event, p: dict[str, Any]) -> None:
    s.accepted = p.get("accepted")
    s.accepted_how = p.get("how")
    s.csat = p.get("csat")
    s.likelihood = p.get("likelihood")
    s.ces = p.get("ces")
    s.unknown_answers = dict(p.get("unknown") or {})
    s.satisfaction_count += 1
    if s.accepted == "yes" and s.resolved_at is None:
        s.resolved_at = e.at
    if not p.get("follow_up"):
        s.watchlist = False
        s.follow_up_due = None


def _follow_up_scheduled(s: CaseState, e: Event, p: dict[str, Any]) -> None:
    s.watchlist = True
    s.follow_up_due = datetime.fromisoformat(p["due"])
    if s.flow_finished and s.status in (OPEN, CLOSED):
        s.status = FOLLOW_UP


def _follow_up_done(s: CaseState, e: Event, p: dict[str, Any]) -> None:
    s.follow_ups_done += 1
    # the latest time, not the last in replay order: desks' clocks may disagree
    if s.follow_up_done_at is None or e.at > s.follow_up_done_at:
        s.follow_up_done_at = e.at


def _closed(s: CaseState, e: Event, p: dict[str, Any]) -> None:
    s.status = CLOSED
    s.outcome = p.get("outcome", RECOVERED)
    s.closed_at = e.at
    s.follow_up_due = None
    if s.outcome == RECOVERED:
        s.watchlist = False


def _withdrawn(s: CaseState, e: Event, p: dict[str, Any]) -> None:
    s.status = WITHDRAWN
    s.outcome = OUTCOME_WITHDRAWN
    s.closed_at = e.at
    s.follow_up_due = None
    s.escalation_pending = False


def _reopened(s: CaseState, e: Event, p: dict[str, Any]) -> None:
    s.status = FOLLOW_UP
    s.outcome = None
    s.closed_at = None
    s.watchlist = True
    s.follow_up_due = e.at


def _root_cause(s: CaseState, e: Event, p: dict[str, Any]) -> None:
    s.root_cause = p.get("cause")
    s.corrective_action = p.get("corrective_action") or None


def _annotated(s: CaseState, e: Event, p: dict[str, Any]) -> None:
    s.coaching_notes += 1


def _training_flagged(s: CaseState, e: Event, p: dict[str, Any]) -> None:
    s.flagged_for_training = bool(p.get("flagged", True))


def _follow_up_reassigned(s: CaseState, e: Event, p: dict[str, Any]) -> None:
    s.follow_up_assignee = p.get("to") or None
    if p.get("due") and s.status == FOLLOW_UP:  # merged after a close: nothing to move
        s.follow_up_due = datetime.fromisoformat(p["due"])


def _contact_corrected(s: CaseState, e: Event, p: dict[str, Any]) -> None:
    """The corrected details replace the opening's on this case (the id stays)."""
    customer = p.get("customer") or {}
    s.customer = {**s.customer, **customer, "id": s.customer_id or customer.get("id", "")}


def _commitment_done(s: CaseState, e: Event, p: dict[str, Any]) -> None:
    s.commitments_done.add(str(p.get("commitment", "")))


_HANDLERS = {
    ev.COMMITMENT_DONE: _commitment_done,
    ev.CUSTOMER_CONTACT_CORRECTED: _contact_corrected,
    ev.CASE_OPENED: _opened,
    ev.STAGE_ENTERED: _stage_entered,
    ev.STAGE_COMPLETED: _stage_completed,
    ev.STAGE_SKIPPED: _stage_skipped,
    ev.CHECKLIST_SET: _checklist,
    ev.FIELD_CAPTURED: _field,
    ev.NOTE_ADDED: _note,
    ev.MODE_CHANGED: _mode,
    ev.RESOLUTION_OFFERED: _offered,
    ev.ESCALATED: _escalated,
    ev.ESCALATION_APPROVED: _approved,
    ev.ESCALATION_DECLINED: _declined,
    ev.SATISFACTION_RECORDED: _satisfaction,
    ev.FOLLOW_UP_SCHEDULED: _follow_up_scheduled,
    ev.FOLLOW_UP_DONE: _follow_up_done,
    ev.CASE_CLOSED: _closed,
    ev.CASE_WITHDRAWN: _withdrawn,
    ev.CASE_REOPENED: _reopened,
    ev.ROOT_CAUSE_RECORDED: _root_cause,
    ev.ANNOTATED: _annotated,
    ev.TRAINING_FLAGGED: _training_flagged,
    ev.FOLLOW_UP_REASSIGNED: _follow_up_reassigned,
}
