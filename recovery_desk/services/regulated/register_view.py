"""The complaint register as supervisors and handlers read it: one row per complaint.

Read from the case list's regulated columns (no replay), newest first, practice left out.
Vulnerability shows only to those who may read the case's personal data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, Engine, select

from recovery_desk.domain.clocks.status import status_at
from recovery_desk.services.access.permissions import can_read_personal
from recovery_desk.services.regulated.packs import library

if TYPE_CHECKING:
    from recovery_desk.services.workspace import Workspace

MAX_ROWS = 500


@dataclass(frozen=True)
class RegisterRow:
    case_id: str
    ref: str
    received: datetime
    product: str | None
    cause: str | None
    outcome: str | None
    corrective_action: str | None
    final_due: datetime | None
    clock_status: str
    vulnerable: bool | None  # None: not for this reader's eyes
    status: str


def register_rows(ws: Workspace, now: datetime, *, days: int = 90,
                  limit: int = MAX_ROWS) -> list[RegisterRow]:
    """Complaints received in the last ``days`` under any pack, newest first."""
    from recovery_desk.storage.models import Case

    c = Case.__table__
    warn = {p.id: timedelta(hours=p.warn_hours) for p in library().usable.values()}
    with ws.engine.connect() as conn:
        rows = conn.execute(
            select(c.c.case_id, c.c.ref, c.c.opened_at, c.c.register_product,
                   c.c.register_cause, c.c.register_outcome, c.c.corrective_action,
                   c.c.final_response_due, c.c.clock_status, c.c.clock_pack, c.c.vulnerable,
                   c.c.desk_id, c.c.status)
            .where(c.c.clock_pack.is_not(None), c.c.training.is_(False),
                   c.c.opened_at >= now - timedelta(days=days))
            .order_by(c.c.opened_at.desc(), c.c.case_id).limit(limit)).all()
    return [RegisterRow(
        case_id=r.case_id, ref=r.ref, received=r.opened_at, product=r.register_product,
        cause=r.register_cause, outcome=r.register_outcome,
        corrective_action=r.corrective_action, final_due=r.final_response_due,
        clock_status=status_at(r.clock_status, r.final_response_due, now,
                               warn.get(r.clock_pack, timedelta(hours=24))),
        vulnerable=bool(r.vulnerable) if can_read_personal(ws, r.desk_id, r.status) else None,
        status=r.status) for r in rows]


@dataclass(frozen=True)
class ShareMet:
    clock: str
    met_on_time: int
    decided: int  # met (on time or late) or past due unmet
    under_clock: int = 0  # complaints with this deadline at all (decided or still running)

    @property
    def percent(self) -> float | None:
        return round(100 * self.met_on_time / self.decided, 1) if self.decided else None


def share_met(ws: Workspace, now: datetime, *, days: int = 90,
              since: datetime | None = None, until: datetime | None = None) -> list[ShareMet]:
    """Per deadline, the share met on time among complaints received in the last ``days``
    (or from ``since`` to before ``until``) whose deadline is decided (met, or passed unmet).
    A deadline a summary resolution made unnecessary is not counted (``not needed``)."""
    from recovery_desk.storage.models import Case

    c = Case.__table__.c
    received = [c.opened_at >= (since or now - timedelta(days=days)),
                c.training.is_(False)]
    if until is not None:
        received.append(c.opened_at < until)
    return share_met_where(ws.engine, now, received)


def share_met_where(engine: Engine, now: datetime,
                    where: list[ColumnElement[bool]]) -> list[ShareMet]:
    """:func:`share_met` for the complaints ``where`` selects (the Register's window, or a
    Dashboard scope): one definition of "met on time" for the Register, the Dashboard and
    the report."""
    from sqlalchemy import and_, case, func, or_

    from recovery_desk.storage.models import Case

    c = Case.__table__.c
    window_met = case((and_(c.summary_resolution_met_at.is_not(None),
                            c.summary_resolution_met_at <= c.summary_resolution_due), 1),
                      else_=0)
    columns = []
    for clock in ("acknowledge", "final_response"):
        due, met = c[f"{clock}_due"], c[f"{clock}_met_at"]
        under = due.is_not(None)
        columns += [
            func.sum(case((and_(under, met.is_not(None), met <= due), 1), else_=0)),
            func.sum(case((and_(under, or_(met.is_not(None),
                                           and_(due < now, window_met == 0))), 1), else_=0)),
            func.sum(case((under, 1), else_=0))]
    # both clocks in one pass over the complaints (a Dashboard scope may be every case)
    with engine.connect() as conn:
        row = conn.execute(select(*columns).where(
            or_(c.acknowledge_due.is_not(None), c.final_response_due.is_not(None)),
            *where)).one()
    out = []
    for i, clock in enumerate(("acknowledge", "final_response")):
        on_time, decided, under_clock = (int(v or 0) for v in row[3 * i:3 * i + 3])
        out.append(ShareMet(clock=clock, met_on_time=on_time, decided=decided,
                            under_clock=under_clock))
    return out


@dataclass(frozen=True)
class RedressTotal:
    kind: str
    currency: str
    approved: Decimal
    paid: Decimal
    lines: int


def redress_totals(ws: Workspace, since: datetime | None, until: datetime | None
                   ) -> list[RedressTotal]:
    """The redress ledger summed by type and currency, for complaints received in the
    period (practice left out): approved, and of that paid."""
    from recovery_desk.domain import events as ev
    from recovery_desk.storage.models import Case, CaseEvent

    c, e = Case.__table__.c, CaseEvent.__table__.c
    where: list[ColumnElement[bool]] = [
        c.training.is_(False), e.kind.in_((ev.REDRESS_RECORDED, ev.REDRESS_PAID))]
    if since is not None:
        where.append(c.opened_at >= since)
    if until is not None:
        where.append(c.opened_at < until)
    lines: dict[str, tuple[str, str, Decimal]] = {}
    paid: set[str] = set()
    with ws.engine.connect() as conn:
        for kind, payload in conn.execute(select(e.kind, e.payload).join(
                Case.__table__, c.case_id == e.case_id).where(*where)):
            p = payload or {}
            if kind == ev.REDRESS_RECORDED:
                lines[str(p.get("redress_id"))] = (str(p.get("type", "")),
                                                   str(p.get("currency", "")),
                                                   Decimal(str(p.get("amount", "0"))))
            else:
                paid.add(str(p.get("redress_id")))
    sums: dict[tuple[str, str], list[Decimal | int]] = {}
    for redress_id, (kind, currency, amount) in lines.items():
        entry = sums.setdefault((kind, currency), [Decimal(0), Decimal(0), 0])
        entry[0] += amount
        entry[1] += amount if redress_id in paid else Decimal(0)
        entry[2] += 1
    return [RedressTotal(kind=k, currency=cur, approved=Decimal(v[0]), paid=Decimal(v[1]),
                         lines=int(v[2])) for (k, cur), v in sorted(sums.items())]
