"""The one definition of an overdue follow-up, and the one count of them.

A follow-up is overdue when its case waits for it (status ``follow_up``, on the watchlist)
and it was due before now. The Log's "Follow-up overdue" filter, the Desk's F9 badge, the
Dashboard tile and the PDF report all ask :func:`among` (through
``case_query.overdue_count`` or with their scope's clause), so for the same scope they
show the same number: the Desk's scope is the whole log, the Dashboard's and the report's
the period and filters on screen, which the tile states.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, select

from recovery_desk.storage.models import Case

CASES = Case.__table__


def rule(c: Any, now: datetime) -> ColumnElement[bool]:
    """Overdue at ``now``, over the case columns ``c`` (``cases.c`` or the Log's own)."""
    return and_(c["watchlist"].is_(True), c["follow_up_due"] < now,
                c["status"] == "follow_up")


def among(conn: Connection, base: ColumnElement[bool], now: datetime) -> int:
    """How many of the cases of ``base`` (a ``case_query.where`` clause) are overdue: an
    index range (watchlist, follow-up due), however big the log."""
    stmt = select(func.count()).select_from(CASES).where(base, rule(CASES.c, now))
    return int(conn.execute(stmt).scalar_one())
