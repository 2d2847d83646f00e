"""Correcting a customer's contact details from a case being worked (the Desk's "Correct
contact details…"): the customer's current recorded details, and the correction itself.

The correction is one event on the case (``domain.contact``); its unit of work refreshes
the customers table, which the Log's search by name, phone and e-mail reads, so the
new details find the customer's cases and the old ones no longer do.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from recovery_desk.domain import contact
from recovery_desk.domain.case import CaseState
from recovery_desk.domain.flow import FlowError
from recovery_desk.domain.flow_refusals import CONTACT_ERASED, NO_CASE
from recovery_desk.services.access.permissions import Permission, require
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.storage.models import Case, Customer

C = Case.__table__.c
CU = Customer.__table__.c


def current_contact(service: CaseService, case_id: str) -> dict[str, Any]:
    """The customer of this case as the customers table holds them now (their latest
    opening or correction): what the correction starts from. ``erased`` is True when
    their personal data was erased."""
    stmt = (select(CU.customer_id, CU.name, CU.phone, CU.email, CU.number, CU.language,
                   CU.erased)
            .join(Case, C.customer_id == CU.customer_id).where(C.case_id == case_id))
    with service.ws.engine.connect() as conn:
        row = conn.execute(stmt).first()
    if row is None:
        raise FlowError(NO_CASE(case_id=case_id))
    return {"id": row.customer_id, "name": row.name or "", "phone": row.phone or "",
            "email": row.email or "", "number": row.number or "",
            "language": row.language or "en", "erased": bool(row.erased)}


def correct_contact(service: CaseService, case_id: str, values: Mapping[str, str],
                    reason: str) -> CaseState:
    """Record the corrected ``values`` (name, phone, email, number) with ``reason``; for
    whoever may work cases at the Desk."""
    require(service.ws, Permission.RUN_CASES, action="correct a customer's contact details",
            case_id=case_id)
    current = current_contact(service, case_id)
    if current.pop("erased"):
        raise FlowError(CONTACT_ERASED())

    def build(_playbook: Any, state: CaseState) -> list[Any]:
        return contact.correct_contact(state, {**state.customer, **current}, values, reason)

    return service.act(case_id, build)
