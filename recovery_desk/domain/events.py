"""The case log's vocabulary: one immutable event per thing that happened to a case."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

# Event kinds. Stored as text; never rename one that has shipped.
CASE_OPENED = "case_opened"
STAGE_ENTERED = "stage_entered"
STAGE_COMPLETED = "stage_completed"
STAGE_SKIPPED = "stage_skipped"
CHECKLIST_SET = "checklist_set"
FIELD_CAPTURED = "field_captured"
NOTE_ADDED = "note_added"
MODE_CHANGED = "mode_changed"
RESOLUTION_OFFERED = "resolution_offered"
ESCALATED = "escalated"
ESCALATION_APPROVED = "escalation_approved"
ESCALATION_DECLINED = "escalation_declined"
SATISFACTION_RECORDED = "satisfaction_recorded"
FOLLOW_UP_SCHEDULED = "follow_up_scheduled"
FOLLOW_UP_DONE = "follow_up_done"
CASE_CLOSED = "case_closed"
CASE_WITHDRAWN = "case_withdrawn"
CASE_REOPENED = "case_reopened"
ANNOTATED = "annotated"
ROOT_CAUSE_RECORDED = "root_cause_recorded"
PRACTICE_REVIEWED = "practice_reviewed"
# Supervisor review (``annotated`` carries a coaching note; ``root_cause_recorded`` the
# cause and the corrective action).
TRAINING_FLAGGED = "training_flagged"
FOLLOW_UP_REASSIGNED = "follow_up_reassigned"
# Quality checks on live cases (``domain/quality.py``): a finished case sampled into the
# review queue, a reviewer's rubric score, and the agent acknowledging feedback.
QUALITY_SAMPLED = "quality_sampled"
QUALITY_REVIEWED = "quality_reviewed"
FEEDBACK_ACKNOWLEDGED = "feedback_acknowledged"
#: a promised resolution was carried out (``domain.commitments``)
COMMITMENT_DONE = "commitment_done"
#: the customer's contact details corrected on a case (``domain.contact``): the whole
#: corrected customer under "customer", the fields changed and a reason
CUSTOMER_CONTACT_CORRECTED = "customer_contact_corrected"
# Regulated handling (``domain/clocks``): the clocks a case runs under, letters sent, the
# complaint register's codes, vulnerability, redress and regulatory-return exclusion.
CLOCKS_STARTED = "clocks_started"
CLOCK_PAUSED = "clock_paused"
CLOCK_RESUMED = "clock_resumed"
LETTER_SENT = "letter_sent"
REGISTER_CODED = "register_coded"
VULNERABILITY_RECORDED = "vulnerability_recorded"
REDRESS_RECORDED = "redress_recorded"
REDRESS_PAID = "redress_paid"
RETURN_EXCLUSION_SET = "return_exclusion_set"
REGULATED_KINDS = frozenset(
    {
        CLOCKS_STARTED, CLOCK_PAUSED, CLOCK_RESUMED, LETTER_SENT, REGISTER_CODED,
        VULNERABILITY_RECORDED, REDRESS_RECORDED, REDRESS_PAID, RETURN_EXCLUSION_SET,
    }
)

ALL_KINDS = frozenset(
    {
        CASE_OPENED, STAGE_ENTERED, STAGE_COMPLETED, STAGE_SKIPPED, CHECKLIST_SET,
        FIELD_CAPTURED, NOTE_ADDED, MODE_CHANGED, RESOLUTION_OFFERED, ESCALATED,
        ESCALATION_APPROVED, ESCALATION_DECLINED, SATISFACTION_RECORDED,
        FOLLOW_UP_SCHEDULED, FOLLOW_UP_DONE, CASE_CLOSED, CASE_WITHDRAWN, CASE_REOPENED,
        ANNOTATED, ROOT_CAUSE_RECORDED, PRACTICE_REVIEWED, TRAINING_FLAGGED,
        FOLLOW_UP_REASSIGNED, QUALITY_SAMPLED, QUALITY_REVIEWED, FEEDBACK_ACKNOWLEDGED,
        COMMITMENT_DONE, CUSTOMER_CONTACT_CORRECTED,
    }
) | REGULATED_KINDS


@dataclass(frozen=True, slots=True)
class Change:
    """What a flow command decided should happen, before it is stamped and stored."""

    kind: str
    payload: dict[str, Any] = field(default_factory=dict)
    stage: str | None = None


@dataclass(slots=True)
class Event:
    """A stored, stamped event. ``seq`` counts per case from 1; ``desk_seq`` per desk.

    Treat as immutable once stored; it is a plain (unfrozen) dataclass only so that the
    hash can be filled in right after stamping without copying the event.
    """

    event_id: str
    case_id: str
    seq: int
    at: datetime
    desk_id: str
    actor: str
    kind: str
    stage: str | None
    payload: dict[str, Any]
    desk_seq: int = 0
    prev_hash: str = ""
    hash: str = ""
    #: hash scheme (``domain.hashing``): 1 hashes the payload as is, 2 its redacted form
    hash_version: int = 1
