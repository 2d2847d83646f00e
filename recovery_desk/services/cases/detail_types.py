"""What a case detail holds: plain, frozen records the Log, the review and the command line
read (built by :mod:`recovery_desk.services.cases.case_detail`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from recovery_desk.domain.case import CaseState


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
class OfferedItem:
    """One resolution of an offer: its label, amount (in the offer's currency) and deadline
    (an ISO date, or date and time)."""

    resolution: str
    label: str
    amount: Decimal | None
    deadline: str | None


@dataclass(frozen=True)
class ResolutionDetail:
    """The offer standing on the case: ``resolution``, ``amount`` and ``deadline`` are its
    first resolution, its total and its earliest date (as the case list holds them);
    ``items`` every resolution it holds."""

    resolution: str
    label: str
    amount: Decimal | None
    currency: str | None
    deadline: str | None
    offered_at: datetime
    offered_by: str
    items: tuple[OfferedItem, ...] = ()


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
    #: why a score is None: "declined" or "not_asked" (absent in older events: unknown)
    unknown: Mapping[str, str] = field(default_factory=dict)


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
