"""Retention: anonymize the customers of cases closed more than N months ago.

The setting ``retention_months`` (0 = off) is applied at start-up and on demand, through
the very same erasure code path as a request (``services.erasure``), with reason
``retention``. A customer is anonymized only when *every* case of theirs is closed (or
withdrawn) and the newest closing is older than the cutoff: a customer who came back keeps
their history while the new case runs.

Selection is index-backed: ``ix_cases_closed_at`` finds the old closed cases,
``customers.erased`` skips those already done, ``ix_cases_customer_opened`` checks the
customer's other cases. Running it again changes nothing (idempotent).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, exists, false, or_, select

from recovery_desk.services.access.permissions import Permission, require
from recovery_desk.services.trust.erasure import erase_customers, purge_search_index
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.models import Case, Customer

log = logging.getLogger(__name__)
_CASES = Case.__table__
_CUSTOMERS = Customer.__table__
BATCH = 200


@dataclass
class RetentionResult:
    months: int
    cutoff: datetime | None = None
    customers: int = 0
    cases: int = 0
    events_scrubbed: int = 0


def months_before(now: datetime, months: int) -> datetime:
    """The same day and time ``months`` calendar months earlier (clamped to month end)."""
    year, month = divmod(now.year * 12 + (now.month - 1) - months, 12)
    month += 1
    for day in (now.day, 30, 29, 28):
        try:
            return now.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def due_customers(conn: Any, cutoff: datetime) -> list[str]:
    """Customers not erased yet whose cases all closed before ``cutoff``."""
    other = _CASES.alias("other")
    newer = exists().where(and_(other.c.customer_id == _CASES.c.customer_id,
                                or_(other.c.closed_at.is_(None), other.c.closed_at >= cutoff)))
    stmt = (select(_CASES.c.customer_id).distinct()
            .join(_CUSTOMERS, _CUSTOMERS.c.customer_id == _CASES.c.customer_id)
            .where(_CASES.c.closed_at < cutoff, _CUSTOMERS.c.erased == false(), ~newer))
    return sorted(conn.execute(stmt).scalars())


def apply_retention(workspace: Workspace, months: int | None = None, *, automatic: bool = False,
                    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                    ) -> RetentionResult:
    """Anonymize what the retention period says; ``automatic`` is the start-up run.

    On demand it needs ``MANAGE_RETENTION``; the start-up run applies the policy an
    administrator set, for whoever signed in.
    """
    if not automatic:
        require(workspace, Permission.MANAGE_RETENTION, action="apply the retention period")
    months = workspace.settings.retention_months if months is None else months
    result = RetentionResult(months=months)
    if months <= 0:
        return result
    result.cutoff = months_before(clock(), months)
    with workspace.engine.connect() as conn:
        ids = due_customers(conn, result.cutoff)
    for start in range(0, len(ids), BATCH):
        # the search index is purged once at the end, not after every batch: each purge
        # rewrites the whole index
        for erased in erase_customers(workspace, ids[start:start + BATCH], reason="retention",
                                      clock=clock, purge_now=False):
            result.customers += 1
            result.cases += len(erased.cases)
            result.events_scrubbed += erased.events_scrubbed
    purge_search_index(workspace.engine)
    if result.customers:
        log.info("retention (%d months): anonymized %d customers, %d cases", months,
                 result.customers, result.cases)
    return result
