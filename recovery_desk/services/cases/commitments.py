"""The Desk's reminders of promises with a date (``domain.commitments``): each resolution
agreed with a deadline, until someone marks it done, for satisfied customers too.

Read from the events themselves (the offer and the ``commitment_done`` events), so a promise
kept at another desk ends the reminder here after sync. Only cases whose earliest open
promise (``cases.promise_due``, indexed, None once all are kept) falls before the horizon
are read, so the reading stays small however many promises the log has seen kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
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
    """Open promises due up to ``days_ahead`` days from now: overdue, due today, later;
    ties by case and promise, so the list is the same however the log is read.

    Cases are read earliest ``promise_due`` first, ``_CHUNK`` at a time, and the reading
    stops once the ``limit`` rows kept all fall due before any later case's promise can:
    on a log where half a million cases hold an open promise, F10 reads a few days of
    them, not all of them (it read every one before, minutes on a 1M-case log)."""
    until = (end_of_today(now) + timedelta(days=days_ahead)).date().isoformat()
    stmt = (select(C.case_id, C.ref, C.channel, C.agent, C.follow_up_assignee, C.playbook,
                   C.accepted, C.promise_due, CU.name, CU.phone, CU.email, CU.erased)
            .join(Customer, Customer.customer_id == Case.customer_id, isouter=True)
            # "IS NOT true" (training is never NULL): "= false" made SQLite pick the
            # training index and sort every candidate case before the first 400
            .where(C.promise_due <= until, C.training.is_not(True))
            .order_by(C.promise_due, C.case_id))
    rows: list[CommitmentRow] = []
    with engine.connect() as conn:
        cases = conn.execute(stmt)
        while batch := cases.fetchmany(_CHUNK):
            if len(rows) >= limit and _none_sooner(rows[limit - 1], batch[0].promise_due):
                break
            found = conn.execute(select(CaseEvent.__table__)
                                 .where(E.case_id.in_([raw.case_id for raw in batch]),
                                        E.kind.in_(_KINDS))
                                 .order_by(E.case_id, *REPLAY_ORDER))
            by_id = {raw.case_id: raw for raw in batch}
            for case_id, state in fold_states(found).items():
                rows += _rows(by_id[case_id], state, now, until)
            rows.sort(key=_order)
            del rows[limit:]
        cases.close()
    return rows


def _order(row: CommitmentRow) -> tuple[int, datetime, str, str]:
    return URGENCY_ORDER[row.urgency], row.due_at, row.case_id, row.key


def _none_sooner(last_kept: CommitmentRow, next_date: str) -> bool:
    """True when no promise of a case whose earliest open promise is dated ``next_date``
    (or later) can come before ``last_kept``: each falls due at or after that date's
    start in its own zone, which is after the previous UTC day began. Urgency only grows
    with the moment, so the order by (urgency, moment) cannot put it first either."""
    earliest = datetime.fromisoformat(next_date).replace(tzinfo=UTC) - timedelta(days=1)
    return earliest > last_kept.due_at


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
