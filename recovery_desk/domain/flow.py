"""The recovery flow: a state machine over a playbook that turns commands into events.

Every command checks the case's state against the playbook and either refuses with a
``FlowError`` (a message fit to show the agent) or returns the ``Change`` list to record.
Nothing here stores anything or reads a clock: the caller passes ``now``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from recovery_desk.domain import events as ev
from recovery_desk.domain import flow_refusals as R
from recovery_desk.domain.case import (
    ACTIVE_STATUSES,
    CLOSED,
    ESCALATED,
    FOLLOW_UP,
    NOT_RECOVERED,
    OPEN,
    RECOVERED,
    CaseState,
)
from recovery_desk.domain.commitments import OfferItem
from recovery_desk.domain.events import Change
from recovery_desk.domain.playbook import Playbook
from recovery_desk.domain.refusal import Refusal
from recovery_desk.domain.satisfaction import Answers, needs_follow_up

MODES = ("scripted", "natural")


class FlowError(ValueError):
    """A command the flow refuses; ``str()`` says in English what is wrong and what to do.

    ``refusals`` holds one :class:`Refusal` per thing missing (a stage can lack several),
    each with its code and parameters, so the interface can translate them one by one.
    """

    def __init__(self, *refusals: Refusal) -> None:
        if not refusals:
            raise TypeError("a FlowError needs at least one refusal")
        super().__init__(" ".join(str(r) for r in refusals))
        self.refusals = refusals


@dataclass(frozen=True)
class NewCase:
    """What the agent captured when opening a case."""

    ref: str
    customer: dict[str, Any]
    channel: str
    category: str
    severity: str
    words: str
    remedy: str = ""
    mode: str = "natural"
    language: str = "en"
    training: bool = False


#: The stage field that asks what the customer wants: the new-case form already asked it
#: ("They want"), so that answer is recorded there once instead of asked again empty.
REMEDY_FIELD = "customer_expectation"


def open_case(playbook: Playbook, new: NewCase, agent: str) -> list[Change]:
    """Open the case; the channel, category and severity are chosen by the agent, never
    assumed (a missing one is refused, naming it)."""
    missing = [R.CHOOSE_FIELD(field=name) for name, value in (
        ("channel", new.channel), ("category", new.category), ("severity", new.severity))
        if not (value or "").strip()]
    if missing:
        raise FlowError(*missing)
    if not new.words.strip():
        raise FlowError(R.WORDS_MISSING())
    if new.mode not in MODES:
        raise FlowError(R.UNKNOWN_MODE(mode=new.mode))
    if not new.customer.get("id"):
        raise FlowError(R.CUSTOMER_MISSING())
    first = playbook.stages[0]
    return [
        Change(ev.CASE_OPENED, {
            "ref": new.ref, "customer": dict(new.customer), "channel": new.channel,
            "category": new.category, "severity": new.severity, "words": new.words.strip(),
            "remedy": new.remedy.strip(), "playbook": playbook.id,
            "playbook_version": playbook.version, "mode": new.mode, "language": new.language,
            "training": new.training, "agent": agent,
            "stage_roles": {s.id: s.role for s in playbook.stages},
        }),
        Change(ev.STAGE_ENTERED, {"stage": first.id, "via": "start"}, first.id),
        *_remedy_captured(playbook, new.remedy.strip()),
    ]


def _remedy_captured(playbook: Playbook, remedy: str) -> list[Change]:
    """What the customer wants, said once at opening, as the answer of the first stage
    field that asks it (the same answer, in the customer's words: not a default)."""
    if not remedy:
        return []
    stage = next((s for s in playbook.stages if any(f.id == REMEDY_FIELD for f in s.fields)),
                 None)
    if stage is None:
        return []
    return [Change(ev.FIELD_CAPTURED, {"stage": stage.id, "field": REMEDY_FIELD,
                                       "value": remedy, "from": "remedy"}, stage.id)]


def _require_in_flow(state: CaseState) -> str:
    if state.status not in (OPEN, ESCALATED) or state.stage is None:
        raise FlowError(R.NOT_IN_FLOW())
    return state.stage


def set_checklist(playbook: Playbook, state: CaseState, item: str, done: bool) -> list[Change]:
    stage_id = _require_in_flow(state)
    stage = playbook.stage(stage_id)
    if item not in {i.id for i in stage.checklist}:
        raise FlowError(R.NO_CHECKLIST_ITEM(stage=stage_id, item=item))
    if (item in state.checked(stage_id)) == done:
        return []
    return [Change(ev.CHECKLIST_SET, {"stage": stage_id, "item": item, "done": done}, stage_id)]


def capture_field(playbook: Playbook, state: CaseState, field_id: str, value: str) -> list[Change]:
    stage_id = _require_in_flow(state)
    stage = playbook.stage(stage_id)
    spec = next((f for f in stage.fields if f.id == field_id), None)
    if spec is None:
        raise FlowError(R.NO_FIELD(stage=stage_id, field=field_id))
    value = value.strip()
    label = spec.label.get(state.language)
    if spec.kind == "choice" and value and value not in spec.choices:
        raise FlowError(R.NOT_A_CHOICE(label=label, choices=", ".join(spec.choices)))
    if spec.kind == "number" and value:
        try:
            Decimal(value)
        except InvalidOperation as exc:
            raise FlowError(R.NOT_A_NUMBER(label=label, value=value)) from exc
    if state.fields.get(field_id, "") == value:
        return []
    return [Change(ev.FIELD_CAPTURED, {"stage": stage_id, "field": field_id, "value": value},
                   stage_id)]


def add_note(state: CaseState, text: str) -> list[Change]:
    if not text.strip():
        return []
    return [Change(ev.NOTE_ADDED, {"text": text.strip()}, state.stage)]


def change_mode(state: CaseState, mode: str) -> list[Change]:
    if mode not in MODES:
        raise FlowError(R.UNKNOWN_MODE(mode=mode))
    if mode == state.mode:
        return []
    return [Change(ev.MODE_CHANGED, {"mode": mode}, state.stage)]


def blockers(playbook: Playbook, state: CaseState) -> list[Refusal]:
    """Why the current stage cannot be completed yet (empty when it can)."""
    stage_id = state.stage
    if stage_id is None or state.status not in (OPEN, ESCALATED):
        return [R.NOT_IN_FLOW()]
    stage = playbook.stage(stage_id)
    found: list[Refusal] = []
    done = state.checked(stage_id)
    for item in stage.checklist:
        if item.required and item.id not in done:
            found.append(R.TICK(item=item.label.get(state.language)))
    for spec in stage.fields:
        if spec.required and not state.fields.get(spec.id):
            found.append(R.FILL_IN(field=spec.label.get(state.language)))
    if stage.records == "resolution":
        if state.resolution is None:
            found.append(R.OFFER_MISSING())
        elif state.escalation_pending:
            found.append(R.APPROVAL_PENDING())
    if stage.records == "satisfaction" and state.satisfaction_count == 0:
        found.append(R.SATISFACTION_MISSING())
    return found


def _seconds(state: CaseState, now: datetime) -> float:
    if state.stage_entered_at is None:
        return 0.0
    return max(0.0, round((now - state.stage_entered_at).total_seconds(), 3))


def _leave_stage(playbook: Playbook, state: CaseState, now: datetime, kind: str,
                 extra: dict[str, Any]) -> list[Change]:
    stage_id = state.stage
    assert stage_id is not None
    position = playbook.stage_position(stage_id)
    is_last = position == len(playbook.stages) - 1
    payload = {"stage": stage_id, "seconds": _seconds(state, now), **extra}
    if is_last:
        payload["last"] = True
    changes = [Change(kind, payload, stage_id)]
    if not is_last:
        following = playbook.stages[position + 1]
        changes.append(Change(ev.STAGE_ENTERED, {"stage": following.id, "via": "advance"},
                              following.id))
    elif state.follow_up_due is None:
        changes.append(Change(ev.CASE_CLOSED, {"outcome": RECOVERED}, None))
    return changes


def advance(playbook: Playbook, state: CaseState, now: datetime,
            typed: Mapping[str, str] | None = None) -> list[Change]:
    """Complete the current stage.

    ``typed``: field values on screen that are not recorded yet. They are captured as part
    of the same changes and count for the blockers, so the log gets the values and the
    advance together, or (when either is refused) neither.
    """
    _require_in_flow(state)
    captured = [change for field_id, value in (typed or {}).items()
                for change in capture_field(playbook, state, field_id, value)]
    if captured:
        values = {c.payload["field"]: c.payload["value"] for c in captured}
        state = replace(state, fields={**state.fields, **values})
    problems = blockers(playbook, state)
    if problems:
        raise FlowError(*problems)
    return captured + _leave_stage(playbook, state, now, ev.STAGE_COMPLETED, {})


def check_skippable(playbook: Playbook, state: CaseState) -> None:
    """Refuse to skip the current stage where the playbook does not allow it: the Desk
    asks this before it asks for a reason, so nobody types one in vain."""
    stage = playbook.stage(_require_in_flow(state))
    if not stage.skippable or stage.records != "none":
        raise FlowError(R.NOT_SKIPPABLE())


def skip(playbook: Playbook, state: CaseState, reason: str, now: datetime) -> list[Change]:
    check_skippable(playbook, state)
    if not reason.strip():
        raise FlowError(R.SKIP_REASON())
    return _leave_stage(playbook, state, now, ev.STAGE_SKIPPED, {"reason": reason.strip()})


def go_back(playbook: Playbook, state: CaseState, now: datetime) -> list[Change]:
    stage_id = _require_in_flow(state)
    position = playbook.stage_position(stage_id)
    if position == 0:
        raise FlowError(R.FIRST_STAGE())
    previous = playbook.stages[position - 1]
    return [Change(ev.STAGE_ENTERED, {"stage": previous.id, "via": "back",
                                      "left": stage_id, "seconds": _seconds(state, now)},
                   previous.id)]


def offer_resolution(playbook: Playbook, state: CaseState, *, role: str, resolution: str,
                     amount: Decimal | None = None, currency: str | None = None,
                     deadline: date | datetime | None = None, today: date | None = None,
                     more: Sequence[OfferItem] = (), now: datetime | None = None
                     ) -> list[Change]:
    """One offer of one or more resolutions (``more`` after the first), in one currency;
    the agent's limit applies to the offer's total."""
    stage_id = _require_in_flow(state)
    if playbook.stage(stage_id).records != "resolution":
        raise FlowError(R.OFFER_WRONG_STAGE())
    if state.escalation_pending:
        raise FlowError(R.OFFER_UNDECIDED())
    wanted = [OfferItem(resolution, amount, deadline), *more]
    chosen = [item.resolution for item in wanted]
    twice = next((r for r in chosen if chosen.count(r) > 1), None)
    if twice is not None:
        spec = playbook.resolution(twice)
        raise FlowError(R.OFFERED_TWICE(label=spec.label.get(state.language) if spec else twice))
    items = [_offer_item(playbook, state, item, today, now) for item in wanted]
    amounts = [Decimal(i["amount"]) for i in items if i["amount"] is not None]
    total = sum(amounts, Decimal(0)) if amounts else None
    if total is not None and (not currency or len(currency) != 3):
        raise FlowError(R.CURRENCY_MISSING())
    limit = playbook.limit_for(role, currency or "") if total is not None else None
    needs_approval = total is not None and limit is not None and total > limit
    dates = sorted(str(i["deadline"])[:10] for i in items if i["deadline"])
    payload: dict[str, Any] = {
        "resolution": items[0]["resolution"], "amount": None if total is None else str(total),
        "currency": currency if total is not None else None,
        "deadline": dates[0] if dates else None, "needs_approval": needs_approval}
    if len(items) > 1 or any("T" in str(i["deadline"] or "") for i in items):
        payload["items"] = items
    changes = [Change(ev.RESOLUTION_OFFERED, payload, stage_id)]
    if needs_approval:
        changes.append(Change(ev.ESCALATED, {
            "reason": "over_limit", "role": role, "limit": str(limit),
            "amount": payload["amount"], "currency": currency}, stage_id))
    return changes


def _offer_item(playbook: Playbook, state: CaseState, item: OfferItem, today: date | None,
                now: datetime | None) -> dict[str, Any]:
    """One resolution of an offer checked against the catalogue, as stored."""
    spec = playbook.resolution(item.resolution)
    if spec is None:
        raise FlowError(R.NOT_IN_CATALOGUE(resolution=item.resolution))
    label = spec.label.get(state.language)
    out: dict[str, Any] = {"resolution": item.resolution, "amount": None, "deadline": None}
    if spec.amount:
        if item.amount is None or item.amount <= 0:
            raise FlowError(R.AMOUNT_NEEDED(label=label))
        out["amount"] = str(item.amount.quantize(Decimal("0.01")))
    if spec.deadline:
        due = item.deadline
        if due is None:
            raise FlowError(R.DEADLINE_MISSING())
        if spec.deadline_time and not isinstance(due, datetime):
            raise FlowError(R.DEADLINE_TIME_MISSING(label=label))
        if isinstance(due, datetime) and not spec.deadline_time:
            due = due.date()
        late = (now is not None and due < now) if isinstance(due, datetime) else \
            (today is not None and due < today)
        if late:
            raise FlowError(R.DEADLINE_PAST())
        out["deadline"] = due.isoformat()
    return out


def approve_escalation(playbook: Playbook, state: CaseState, *, approver: str,
                       approver_role: str) -> list[Change]:
    if not state.escalation_pending:
        raise FlowError(R.NOTHING_PENDING())
    if approver_role not in ("supervisor", "admin"):
        raise FlowError(R.APPROVE_SUPERVISOR_ONLY())
    limit = playbook.limit_for(approver_role, state.currency or "")
    if limit is not None and state.redress_amount is not None and state.redress_amount > limit:
        raise FlowError(R.OVER_APPROVER_LIMIT(amount=state.redress_amount,
                                              currency=state.currency or "", limit=limit))
    return [Change(ev.ESCALATION_APPROVED, {"approver": approver}, state.stage)]


def decline_escalation(state: CaseState, *, approver: str, approver_role: str,
                       reason: str) -> list[Change]:
    if not state.escalation_pending:
        raise FlowError(R.NOTHING_PENDING())
    if approver_role not in ("supervisor", "admin"):
        raise FlowError(R.DECLINE_SUPERVISOR_ONLY())
    if not reason.strip():
        raise FlowError(R.DECLINE_REASON())
    return [Change(ev.ESCALATION_DECLINED, {"approver": approver, "reason": reason.strip()},
                   state.stage)]


def _satisfaction_changes(playbook: Playbook, answers: Answers, now: datetime,
                          context: str) -> list[Change]:
    """The answers as recorded: a score the customer did not give is None, with its
    reason in ``unknown`` (older events have no ``unknown``: an absent score is unknown)."""
    problems = answers.problems(effort_asked=playbook.satisfaction.effort)
    if problems:
        raise FlowError(*problems)
    follow = needs_follow_up(answers, playbook.follow_up)
    changes = [Change(ev.SATISFACTION_RECORDED, {
        "accepted": answers.accepted, "how": answers.how, "csat": answers.csat,
        "likelihood": answers.likelihood, "ces": answers.ces,
        "unknown": answers.unknown_reasons(), "follow_up": follow, "context": context})]
    if follow:
        due = now + timedelta(hours=playbook.follow_up.due_hours)
        changes.append(Change(ev.FOLLOW_UP_SCHEDULED, {"due": due.isoformat(),
                                                       "reason": "not_satisfied"}))
    return changes


def record_satisfaction(playbook: Playbook, state: CaseState, answers: Answers,
                        now: datetime) -> list[Change]:
    stage_id = _require_in_flow(state)
    if playbook.stage(stage_id).records != "satisfaction":
        raise FlowError(R.SATISFACTION_WRONG_STAGE())
    if state.resolution is None or state.escalation_pending:
        raise FlowError(R.SATISFACTION_TOO_EARLY())
    return [Change(c.kind, c.payload, stage_id)
            for c in _satisfaction_changes(playbook, answers, now, "desk")]


def complete_follow_up(playbook: Playbook, state: CaseState, answers: Answers, note: str,
                       now: datetime) -> list[Change]:
    if state.status != FOLLOW_UP:
        raise FlowError(R.NO_FOLLOW_UP_WAITING())
    changes = [Change(ev.FOLLOW_UP_DONE, {"note": note.strip()})]
    changes += _satisfaction_changes(playbook, answers, now, "follow_up")
    if len(changes) == 2:  # satisfied: no new follow-up was scheduled
        changes.append(Change(ev.CASE_CLOSED, {"outcome": RECOVERED}))
    return changes


def close_unrecovered(state: CaseState, reason: str) -> list[Change]:
    if state.status != FOLLOW_UP:
        raise FlowError(R.UNRECOVERED_NOT_WAITING())
    if not reason.strip():
        raise FlowError(R.UNRECOVERED_REASON())
    return [Change(ev.CASE_CLOSED, {"outcome": NOT_RECOVERED, "reason": reason.strip()})]


def withdraw(state: CaseState, reason: str) -> list[Change]:
    if state.status not in ACTIVE_STATUSES:
        raise FlowError(R.ALREADY_CLOSED())
    if not reason.strip():
        raise FlowError(R.WITHDRAW_REASON())
    return [Change(ev.CASE_WITHDRAWN, {"reason": reason.strip()}, state.stage)]


def reopen(state: CaseState, reason: str) -> list[Change]:
    if state.status != CLOSED:
        raise FlowError(R.REOPEN_NOT_CLOSED())
    if not reason.strip():
        raise FlowError(R.REOPEN_REASON())
    return [Change(ev.CASE_REOPENED, {"reason": reason.strip()})]


# -- supervisor review -------------------------------------------------------------------
# These work on closed cases too (a supervisor reviews after the fact): they never change
# the status, the outcome or any figure, and are recorded outside any stage.


def annotate(state: CaseState, text: str) -> list[Change]:
    """A supervisor's coaching note on the case."""
    if not text.strip():
        raise FlowError(R.COACHING_NOTE_MISSING())
    return [Change(ev.ANNOTATED, {"note": "coaching", "text": text.strip()})]


def flag_for_training(state: CaseState, reason: str, flagged: bool = True) -> list[Change]:
    """Mark the case as an example for training (or take the mark off)."""
    if flagged and not reason.strip():
        raise FlowError(R.TRAINING_REASON())
    if not flagged and not state.flagged_for_training:
        raise FlowError(R.NOT_FLAGGED())
    return [Change(ev.TRAINING_FLAGGED, {"flagged": flagged, "reason": reason.strip()})]


def record_root_cause(state: CaseState, cause: str, corrective_action: str) -> list[Change]:
    if not cause.strip():
        raise FlowError(R.ROOT_CAUSE_MISSING())
    return [Change(ev.ROOT_CAUSE_RECORDED, {"cause": cause.strip(),
                                            "corrective_action": corrective_action.strip()})]


def reassign_follow_up(state: CaseState, to_user: str, *, users: set[str] | frozenset[str],
                       due: datetime | None = None, now: datetime | None = None) -> list[Change]:
    """Give the case's follow-up to ``to_user`` (one of ``users``), optionally moving it."""
    if state.status not in ACTIVE_STATUSES:
        raise FlowError(R.FOLLOW_UP_ON_CLOSED())
    if state.status != FOLLOW_UP:
        raise FlowError(R.NO_FOLLOW_UP())
    to_user = to_user.strip()
    if not to_user:
        raise FlowError(R.FOLLOW_UP_WHO())
    if to_user not in users:
        raise FlowError(R.NO_SUCH_USER(user=to_user))
    if due is not None:
        if due.tzinfo is None:
            raise FlowError(R.DUE_WITHOUT_ZONE())
        if now is not None and due < now:
            raise FlowError(R.DUE_PAST())
    current = state.follow_up_assignee or state.agent
    if to_user == current and (due is None or due == state.follow_up_due):
        return []
    return [Change(ev.FOLLOW_UP_REASSIGNED, {
        "to": to_user, "from": current, "due": due.isoformat() if due is not None else None})]


RUBRIC = ("listened_first", "acknowledged_specific", "apology_without_blame",
          "fix_with_deadline", "satisfaction_confirmed")


def review_practice(state: CaseState, *, rubric: dict[str, bool], score: int, comments: str,
                    reviewer: str, facts_found: tuple[int, ...] | None = None) -> list[Change]:
    """A trainer's review of a practice run: the rubric, a score 1–5 and comments; with a
    scenario, which of its facts (by position) the trainee found out, for the debrief."""
    if not state.training:
        raise FlowError(R.PRACTICE_ONLY())
    unknown = set(rubric) - set(RUBRIC)
    if unknown:
        raise FlowError(R.UNKNOWN_RUBRIC(items=", ".join(sorted(unknown))))
    if not 1 <= score <= 5:
        raise FlowError(R.SCORE_RANGE())
    payload: dict[str, Any] = {
        "rubric": {item: bool(rubric.get(item, False)) for item in RUBRIC}, "score": score,
        "comments": comments.strip(), "reviewer": reviewer}
    if facts_found is not None:
        payload["facts_found"] = sorted({int(i) for i in facts_found})
    return [Change(ev.PRACTICE_REVIEWED, payload)]
