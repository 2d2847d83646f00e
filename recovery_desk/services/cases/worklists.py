"""The Desk's two work lists, follow-ups due (F9) and parked cases (F7), with what the agent
needs to make the call: who, how to reach them, what was promised, why they were unhappy,
whose it is and how urgent.

The rows are plain data; the Desk puts them into words. Urgency is a value of its own
(overdue, due today, later) so every screen that sorts or colours by it agrees.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Engine, select

from recovery_desk.domain import events as ev
from recovery_desk.domain.case import CaseState
from recovery_desk.storage.models import Case, CaseEvent, Customer
from recovery_desk.storage.rows import REPLAY_ORDER, event_from_row

C = Case.__table__.c
CU = Customer.__table__.c
E = CaseEvent.__table__.c
#: the events that make or unmake the current offer (``CaseState.offer_items``)
_OFFER_KINDS = (ev.RESOLUTION_OFFERED, ev.ESCALATION_DECLINED)

OVERDUE, TODAY, LATER = "overdue", "today", "later"
URGENCY_ORDER = {OVERDUE: 0, TODAY: 1, LATER: 2}
#: channels where the customer reached us in writing: answer in writing first
WRITTEN_CHANNELS = frozenset({"email", "chat", "social"})


@dataclass(frozen=True)
class Contact:
    """One way to reach the customer: ``kind`` is "phone" or "email"."""

    kind: str
    value: str


@dataclass(frozen=True)
class WorkRow:
    case_id: str
    ref: str
    customer: str
    contacts: tuple[Contact, ...]  # the preferred one first
    category: str
    words: str
    owner: str
    playbook: str
    stage: str | None
    status: str
    waiting_for_approval: bool
    resolution: str | None
    amount: Decimal | None
    currency: str | None
    deadline: str | None  # the offer's earliest
    accepted: str | None
    csat: int | None
    likelihood: int | None
    due: datetime | None  # the follow-up's due time (F9) or None (F7)
    opened_at: datetime
    urgency: str
    #: every resolution of the current offer, as ``CaseState.offer_items`` folds them from
    #: the events (the case row keeps only the first resolution and the total)
    offer_items: tuple[dict[str, Any], ...] = ()


def contacts(channel: str, phone: str, email: str) -> tuple[Contact, ...]:
    """The customer's phone and e-mail, the way they reached us first (a written channel
    puts the e-mail first); empty ones left out."""
    found = [Contact("phone", phone.strip()), Contact("email", email.strip())]
    if channel in WRITTEN_CHANNELS:
        found.reverse()
    return tuple(c for c in found if c.value)


def urgency(due: datetime | None, now: datetime) -> str:
    """Overdue before ``now``; due today up to the end of ``now``'s (local) day; else later."""
    if due is None:
        return LATER
    if due < now:
        return OVERDUE
    return TODAY if due < end_of_today(now) else LATER


def end_of_today(now: datetime) -> datetime:
    """The end of ``now``'s local day, as the Desk's "due today" counts it."""
    local_now = now.astimezone()
    return local_now.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)


_COLUMNS = (C.case_id, C.ref, C.channel, C.category, C.words, C.agent, C.follow_up_assignee,
            C.playbook, C.stage, C.status, C.escalation_pending, C.resolution,
            C.redress_amount, C.currency, C.deadline, C.accepted, C.csat, C.likelihood,
            C.follow_up_due, C.opened_at, CU.name, CU.phone, CU.email, CU.erased)


def _row(raw: Any, now: datetime, *, follow_up: bool) -> WorkRow:
    erased = bool(raw.erased)
    due = raw.follow_up_due if follow_up else None
    return WorkRow(
        case_id=raw.case_id, ref=raw.ref, customer="" if erased else (raw.name or ""),
        contacts=() if erased else contacts(raw.channel or "", raw.phone or "",
                                            raw.email or ""),
        category=raw.category or "", words=raw.words or "",
        owner=(raw.follow_up_assignee or raw.agent or "") if follow_up else (raw.agent or ""),
        playbook=raw.playbook or "", stage=raw.stage, status=raw.status,
        waiting_for_approval=bool(raw.escalation_pending) or raw.status == "escalated",
        resolution=raw.resolution, amount=raw.redress_amount, currency=raw.currency,
        deadline=raw.deadline, accepted=raw.accepted, csat=raw.csat,
        likelihood=raw.likelihood, due=due, opened_at=raw.opened_at,
        urgency=urgency(due, now) if follow_up else LATER)


def follow_ups_due(engine: Engine, now: datetime, *, days_ahead: int = 7,
                   limit: int = 500) -> list[WorkRow]:
    """Follow-ups due up to ``days_ahead`` days from now: overdue, due today, later; each
    group by due time."""
    until = end_of_today(now) + timedelta(days=days_ahead)
    stmt = (select(*_COLUMNS).join(Customer, Customer.customer_id == Case.customer_id,
                                   isouter=True)
            # (watchlist, follow_up_due) is an index and a follow-up is always on the
            # watchlist: a short range scan even on a large log
            .where(C.watchlist.is_(True), C.follow_up_due <= until,
                   C.status == "follow_up", C.training.is_(False))
            .order_by(C.follow_up_due).limit(limit))
    with engine.connect() as conn:
        rows = with_offers(conn, [_row(raw, now, follow_up=True) for raw in conn.execute(stmt)])
    return sorted(rows, key=lambda r: (URGENCY_ORDER[r.urgency], r.due or now))


def parked_cases(engine: Engine, desk_id: str, now: datetime,
                 limit: int = 200) -> list[WorkRow]:
    """Cases still in the guided flow at this desk: those waiting for an approval first,
    then the oldest (the customer who has waited longest)."""
    stmt = (select(*_COLUMNS).join(Customer, Customer.customer_id == Case.customer_id,
                                   isouter=True)
            .where(C.desk_id == desk_id, C.status.in_(("open", "escalated")),
                   C.training.is_(False), C.playbook != "imported")
            .order_by(C.opened_at.desc()).limit(limit))
    with engine.connect() as conn:
        rows = with_offers(conn, [_row(raw, now, follow_up=False)
                                  for raw in conn.execute(stmt)])
    return sorted(rows, key=lambda r: (not r.waiting_for_approval, r.opened_at))


def with_offers(conn: Connection, rows: list[WorkRow]) -> list[WorkRow]:
    """``rows`` with each one's current offer read from its offer events: one query for the
    listed cases that have a resolution (the list is bounded by its limit), folded by
    ``CaseState`` as the wrap-up folds it."""
    ids = [row.case_id for row in rows if row.resolution]
    if not ids:
        return rows
    found = conn.execute(select(CaseEvent.__table__)
                         .where(E.case_id.in_(ids), E.kind.in_(_OFFER_KINDS))
                         .order_by(E.case_id, *REPLAY_ORDER))
    offers = {case_id: tuple(state.offer_items) for case_id, state in fold_states(found).items()}
    return [replace(row, offer_items=offers.get(row.case_id, ())) for row in rows]


def fold_states(found: Iterable[Any]) -> dict[str, CaseState]:
    """Event rows in replay order, folded into one state per case (F7/F9's offers, F10's
    promises)."""
    states: dict[str, CaseState] = {}
    for raw in found:
        event = event_from_row(raw)
        states.setdefault(event.case_id, CaseState(case_id=event.case_id)).apply(event)
    return states


def only_mine(rows: list[WorkRow], user: str) -> list[WorkRow]:
    """The rows the signed-in user owns (their own cases, or follow-ups assigned to them)."""
    return [row for row in rows if row.owner == user]
