"""Correcting a customer's contact details, and the one rule for whose details are current.

A correction is an event on the case being worked (``customer_contact_corrected``): the
whole customer as corrected (so it stands alone like an opening's), the fields changed and
the reason. The customers table shows, for each customer, the details of the *latest* of
their case openings and corrections by time (``precedence``); the live writer, the merge and
import, ``check --rebuild`` and ``check``'s drift check all follow this rule, through
``storage.projections.LatestCustomers``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from recovery_desk.domain import events as ev
from recovery_desk.domain import flow_refusals as R
from recovery_desk.domain.case import CaseState
from recovery_desk.domain.events import Change
from recovery_desk.domain.flow import FlowError

#: the details an agent may correct, as the opening's "customer" holds them
CORRECTABLE = ("name", "phone", "email", "number")
#: the events that say who a customer is
SOURCES = frozenset({ev.CASE_OPENED, ev.CUSTOMER_CONTACT_CORRECTED})


def correct_contact(state: CaseState, current: Mapping[str, Any], values: Mapping[str, str],
                    reason: str) -> list[Change]:
    """The correction of ``current`` (the customer's recorded details) to ``values``;
    refused when nothing changes or no reason is given."""
    if not state.customer_id:
        raise FlowError(R.CUSTOMER_MISSING())
    before = {k: str(current.get(k) or "") for k in CORRECTABLE}
    after = {k: str(values.get(k, before[k]) or "").strip() for k in CORRECTABLE}
    changed = [k for k in CORRECTABLE if after[k] != before[k]]
    if not changed:
        raise FlowError(R.CONTACT_UNCHANGED())
    if not reason.strip():
        raise FlowError(R.CONTACT_REASON())
    customer = {**dict(current), **after, "id": state.customer_id}
    return [Change(ev.CUSTOMER_CONTACT_CORRECTED,
                   {"customer": customer, "changed": changed, "reason": reason.strip()},
                   state.stage)]


def customer_in(kind: str, payload: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The customer an event says a customer is (an opening or a correction), or None."""
    if kind not in SOURCES:
        return None
    customer = (payload or {}).get("customer") or {}
    return dict(customer) if customer.get("id") else None


def precedence(at: datetime, kind: str) -> tuple[datetime, int]:
    """The order of a customer's details: the later wins; at the same moment a correction
    wins over an opening (it was made on the case just opened)."""
    naive = at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo else at
    return naive, 1 if kind == ev.CUSTOMER_CONTACT_CORRECTED else 0
