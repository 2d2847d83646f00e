"""Read side: customer search and history, follow-ups, active cases, practice runs, a
case's timeline, desk lists. Each reads an index range, most with a LIMIT (the Log's pages
are ``case_query``, the Dashboard's figures ``kpis``).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, and_, select

from recovery_desk.domain.refusal import Code
from recovery_desk.services.cases.identity_search import phone_ends, phone_ways
from recovery_desk.storage.models import Case, Customer, Desk
from recovery_desk.storage.rows import phone_tail, search_keys

C = Case.__table__.c
CU = Customer.__table__.c
CASE_GONE = Code("case.gone", "No case with id {case_id} in this log.",
                 "Refresh the list; the case may have been removed by a restore.")


def search_customers(engine: Engine, text: str, limit: int = 12) -> list[Any]:
    """As-you-type: prefix match on either name order (diacritics ignored), phone start or
    end (or the whole number in another format), e-mail, number.

    Each way of matching is its own index range scan with a LIMIT, merged here, so a short
    prefix that matches thousands of customers still costs a handful of index reads.
    """
    text = text.strip()
    if len(text) < 2:
        return []
    keys = search_keys({"name": text, "phone": text, "email": text})
    ways: list[tuple[Any, Any]] = []  # (condition, its index's column)
    if keys["name_key"]:
        ways += [(_prefix(column, keys["name_key"]), column)
                 for column in (CU.name_key, CU.name_alt_key)]
    digits = keys["phone_key"]
    if len(digits) >= 3:
        # the start of the number as typed; its end, or the whole number in another format
        ways.append((_prefix(CU.phone_key, digits), CU.phone_key))
        ends = phone_tail(digits) if phone_ends(text) else ""
        ways += [(way, CU.phone_rev) for way in phone_ways(ends or digits)]
    if "@" in text or re.fullmatch(r"[\w.+-]+", text):
        ways.append((_prefix(CU.email_key, keys["email_key"]), CU.email_key))
    columns = (CU.customer_id, CU.number, CU.name, CU.phone, CU.email, CU.language, CU.name_key)
    found: dict[str, Any] = {}
    with engine.connect() as conn:
        for row in conn.execute(select(*columns).where(CU.number == text.upper(),
                                                       CU.erased.is_(False)).limit(limit)):
            found.setdefault(row.customer_id, row)
        for way, column in ways:
            stmt = (select(*columns).where(way, CU.erased.is_(False))
                    .order_by(column).limit(limit))
            for row in conn.execute(stmt):
                found.setdefault(row.customer_id, row)
    return sorted(found.values(), key=lambda r: r.name_key)[:limit]


def _prefix(column: Any, text: str) -> Any:
    """``column`` starts with ``text``, as a range an ordinary index answers."""
    return and_(column >= text, column < text + "\uffff")


def case_customer_id(engine: Engine, case_id: str) -> str:
    """The customer a case belongs to (for actions on the customer, such as erasure)."""
    with engine.connect() as conn:
        found = conn.execute(select(C.customer_id).where(C.case_id == case_id)).scalar()
    if found is None:
        from recovery_desk.core.errors import RecoveryDeskError

        raise RecoveryDeskError.refusing(CASE_GONE(case_id=case_id))
    return str(found)


def customer_history(engine: Engine, customer_id: str, limit: int = 20) -> list[Any]:
    stmt = (select(C.case_id, C.ref, C.opened_at, C.category, C.status, C.outcome, C.csat,
                   C.likelihood, C.watchlist, C.follow_up_due)
            # the reference breaks ties of one moment: a desk numbers its cases in order
            .where(C.customer_id == customer_id).order_by(C.opened_at.desc(), C.ref.desc())
            .limit(limit))
    with engine.connect() as conn:
        return list(conn.execute(stmt))


def follow_ups(engine: Engine, *, due_before: datetime, limit: int = 100) -> list[Any]:
    """Follow-ups due up to ``due_before`` (overdue first), for the Desk's queue."""
    stmt = (select(C.case_id, C.ref, C.customer_id, C.category, C.follow_up_due, C.agent,
                   C.csat, C.likelihood)
            # watchlist first: (watchlist, follow_up_due) is an index, a follow-up is always
            # on the watchlist, so this is a short range scan even on a million cases
            .where(C.watchlist.is_(True), C.follow_up_due <= due_before,
                   C.status == "follow_up", C.training.is_(False))
            .order_by(C.follow_up_due).limit(limit))
    with engine.connect() as conn:
        return list(conn.execute(stmt))


def active_cases(engine: Engine, desk_id: str, limit: int = 200) -> list[Any]:
    """Cases still in the guided flow at this desk (parked ones included), newest first."""
    stmt = (select(C.case_id, C.ref, C.stage, C.status, C.opened_at, C.agent)
            .where(C.desk_id == desk_id, C.status.in_(("open", "escalated")),
                   C.training.is_(False), C.playbook != "imported")
            .order_by(C.opened_at.desc()).limit(limit))
    with engine.connect() as conn:
        return list(conn.execute(stmt))


def still_active(engine: Engine, case_ids: list[str], agent: str | None = None) -> list[str]:
    """Those of ``case_ids`` that are still open, escalated or waiting for a follow-up
    (with ``agent``: only that agent's own cases)."""
    if not case_ids:
        return []
    stmt = select(C.case_id).where(C.case_id.in_(case_ids),
                                   C.status.in_(("open", "escalated", "follow_up")))
    if agent is not None:
        stmt = stmt.where(C.agent == agent)
    with engine.connect() as conn:
        active = set(conn.execute(stmt).scalars())
    return [case_id for case_id in case_ids if case_id in active]


def practice_runs(engine: Engine, training_desk: str, limit: int = 200) -> list[Any]:
    """Practice cases recorded at this desk's training chain, newest first."""
    stmt = (select(C.case_id, C.ref, C.opened_at, C.agent, C.category, C.status, C.outcome,
                   C.mode, C.csat)
            .where(C.desk_id == training_desk).order_by(C.opened_at.desc()).limit(limit))
    with engine.connect() as conn:
        return list(conn.execute(stmt))


def practice_reviews(engine: Engine, training_desk: str) -> dict[str, dict[str, Any]]:
    """The latest review of each practice case: {case_id: {score, rubric, comments, at}}."""
    from recovery_desk.storage.models import CaseEvent

    E = CaseEvent.__table__.c  # noqa: N806
    stmt = (select(E.case_id, E.at, E.actor, E.payload)
            .where(E.desk_id == training_desk, E.kind == "practice_reviewed")
            .order_by(E.desk_seq))
    reviews: dict[str, dict[str, Any]] = {}
    with engine.connect() as conn:
        for row in conn.execute(stmt):
            reviews[row.case_id] = {**row.payload, "at": row.at, "reviewer": row.actor}
    return reviews


def case_timeline(engine: Engine, case_id: str) -> list[Any]:
    from recovery_desk.storage.models import CaseEvent
    from recovery_desk.storage.rows import REPLAY_ORDER

    E = CaseEvent.__table__.c  # noqa: N806
    stmt = (select(E.at, E.kind, E.stage, E.actor, E.payload).where(E.case_id == case_id)
            .order_by(*REPLAY_ORDER))
    with engine.connect() as conn:
        return list(conn.execute(stmt))


def desk_ids(engine: Engine, *, training: bool) -> list[str]:
    """Every desk the log knows, sorted; practice desks (``…-TRAINING``) only when asked.

    The Log lists them (it can show practice runs); the Dashboard does not (practice never
    counts). Bounded by the number of desks, not of cases.
    """
    with engine.connect() as conn:
        desks = list(conn.execute(select(Desk.desk_id).order_by(Desk.desk_id)).scalars())
    return desks if training else [d for d in desks if not d.endswith("-TRAINING")]
