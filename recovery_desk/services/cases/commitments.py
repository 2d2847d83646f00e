"""The Desk's reminders of promises with a date (``domain.commitments``): each resolution
agreed with a deadline, until someone marks it done, for satisfied customers too.

Read from the events themselves (the offer and the ``commitment_done`` events), so a promise
kept at another desk ends the reminder here after sync. Only cases whose earliest open
promise (``cases.promise_due``, indexed, None once all are kept) falls before the horizon
are read, so the reading stays small however many promises the log has seen kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, select

from recovery_desk.domain import events as ev
from recovery_desk.domain.case import CaseState
from recovery_desk.domain.commitments import due_moment
from recovery_desk.services.cases.worklists import (
    URGENCY_ORDER,
    Contact,
    contacts,
    end_of_today,
    fold_states,
    urgency,
)
from recovery_desk.storage.models import Case, CaseEvent, Customer
from recovery_desk.storage.rows import REPLAY_ORDER

C = Case.__table__.c
CU = Customer.__table__.c
E = CaseEvent.__table__.c
#: the events that make or end a commitment
_KINDS = (ev.RESOLUTION_OFFERED, ev.ESCALATED, ev.ESCALATION_APPROVED,
          ev.ESCALATION_DECLINED, ev.CASE_WITHDRAWN, ev.CASE_REOPENED, ev.COMMITMENT_DONE)
_CHUNK = 400


@dataclass(frozen=True)
class CommitmentRow:
    """One open promise with who to call about it; ``due`` as stored (date or moment)."""

    case_id: str
    ref: str
    customer: str
    contacts: tuple[Contact, ...]
    owner: str
    playbook: str
    key: str
    resolution: str
    amount: Decimal | None
    currency: str | None
    due: str
    due_at: datetime
    urgency: str
    satisfied: bool


def commitments_due(engine: Engine, now: datetime, *, days_ahead: int = 7,
                    limit: int = 500) -> list[CommitmentRow]:
    """Open promises due up to ``days_ahead`` days from now: overdue, due today, later."""
    until = (end_of_today(now) + timedelta(days=days_ahead)).date().isoformat()
    stmt = (select(C.case_id, C.ref, C.channel, C.agent, C.follow_up_assignee, C.playbook,
                   C.accepted, CU.name, CU.phone, CU.email, CU.erased)
            .join(Customer, Customer.customer_id == Case.customer_id, isouter=True)
            .where(C.promise_due <= until, C.training.is_(False)))
    rows: list[CommitmentRow] = []
    with engine.connect() as conn:
        cases = {raw.case_id: raw for raw in conn.execute(stmt)}
        ids = list(cases)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            found = conn.execute(select(CaseEvent.__table__).where(E.case_id.in_(chunk),
                                                         E.kind.in_(_KINDS))
                                 .order_by(E.case_id, *REPLAY_ORDER))
            for case_id, state in fold_states(found).items():
                rows += _rows(cases[case_id], state, now, until)
    rows.sort(key=lambda r: (URGENCY_ORDER[r.urgency], r.due_at))
    return rows[:limit]


def _rows(raw: Any, state: CaseState, now: datetime, until: str) -> list[CommitmentRow]:
    erased = bool(raw.erased)
    out = []
    for promise in state.commitments:
        if promise.due[:10] > until:
            continue
        due_at = due_moment(promise.due)
        out.append(CommitmentRow(
            case_id=raw.case_id, ref=raw.ref, customer="" if erased else (raw.name or ""),
            contacts=() if erased else contacts(raw.channel or "", raw.phone or "",
                                                raw.email or ""),
            owner=raw.follow_up_assignee or raw.agent or "", playbook=raw.playbook or "",
            key=promise.key, resolution=promise.resolution, amount=promise.amount,
            currency=promise.currency, due=promise.due, due_at=due_at,
            urgency=urgency(due_at, now), satisfied=raw.accepted == "yes"))
    return out
