"""Offers waiting for a supervisor's approval, at every desk: what a supervisor's Desk shows
as "waiting for approval". Cases reach this log from other workstations by sync, so a parked
escalation at any desk is seen wherever a supervisor works."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, or_, select

from recovery_desk.services.cases.worklists import _COLUMNS, WorkRow, _row
from recovery_desk.storage.models import Case, Customer

C = Case.__table__.c


def waiting_for_approval(engine: Engine, now: datetime, limit: int = 200) -> list[WorkRow]:
    """Every undecided offer over an agent's limit (practice runs aside), the longest
    waiting first."""
    stmt = (select(*_COLUMNS).join(Customer, Customer.customer_id == Case.customer_id,
                                   isouter=True)
            .where(or_(C.escalation_pending.is_(True), C.status == "escalated"),
                   C.training.is_(False))
            .order_by(C.opened_at).limit(limit))
    with engine.connect() as conn:
        return [_row(raw, now, follow_up=False) for raw in conn.execute(stmt)]
