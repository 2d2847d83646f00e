"""Vulnerable customers, the redress ledger and exclusion from regulatory returns.

Each is an event on the case. Vulnerability (FCA FG21/1's four drivers: health, life
events, resilience, capability) is personal data: sealed like the customer's words, left out
of exports unless the exporter may export personal data, erased with the customer. Redress is
recorded with who approved it and marked paid on the day it was paid; approving redress and
excluding a case from a return are for supervisors and administrators.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain import events as ev
from recovery_desk.domain.events import Change
from recovery_desk.domain.refusal import Code
from recovery_desk.services.access.permissions import Permission, require

if TYPE_CHECKING:
    from recovery_desk.services.cases.recovery import CaseService

DRIVERS = ("health", "life_events", "resilience", "capability")
REDRESS_TYPES = ("financial_loss", "distress_inconvenience", "goodwill")
MAX_TEXT = 2000


class RecordError(RecoveryDeskError):
    """A regulated record that cannot be made as asked."""


#: ``what``: which text (needs, adjustments, reason).
TEXT_TOO_LONG = Code("record.text_too_long", "The {what} is longer than {limit} characters.",
                     "Shorten it.", types={"limit": int})
DRIVERS_MISSING = Code("record.drivers_missing",
                       "A vulnerability needs at least one of the four drivers.",
                       "Choose from: {choices}.")
REDRESS_TYPE = Code("record.redress_type", "{kind!r} is not a type of redress.",
                    "Choose one of: {choices}.")
NOT_AN_AMOUNT = Code("record.not_an_amount", "{amount!r} is not an amount.",
                     "Write it like 120.50.")
AMOUNT_NOT_POSITIVE = Code("record.amount_not_positive",
                           "A redress amount must be more than zero.", "Write it like 120.50.")
NOT_A_CURRENCY = Code("record.not_a_currency", "{currency!r} is not a currency code.",
                      "Use GBP, EUR, AUD, UAH…")
NO_SUCH_REDRESS = Code("record.no_such_redress", "No such redress on this case.",
                       "Check the ledger.")
EXCLUSION_REASON = Code("record.exclusion_reason",
                        "Leaving a case out of a return needs a reason.",
                        "Say why, e.g. 'not a complaint: a service request'.")


def _text(value: str, what: str) -> str:
    value = value.strip()
    if len(value) > MAX_TEXT:
        raise RecordError.refusing(TEXT_TOO_LONG(what=what, limit=MAX_TEXT))
    return value


def record_vulnerability(service: CaseService, case_id: str, *, drivers: list[str],
                         needs: str, adjustments: str = "") -> Any:
    """Flag the customer as vulnerable, with the drivers, needs and adjustments made."""
    unknown = [d for d in drivers if d not in DRIVERS]
    if unknown or not drivers:
        raise RecordError.refusing(DRIVERS_MISSING(choices=", ".join(DRIVERS)))
    payload = {"vulnerable": True, "drivers": sorted(set(drivers)),
               "needs": _text(needs, "needs"), "adjustments": _text(adjustments, "adjustments")}
    return service.act(case_id, lambda _p, _s: [Change(ev.VULNERABILITY_RECORDED, payload)])


def clear_vulnerability(service: CaseService, case_id: str) -> Any:
    return service.act(case_id, lambda _p, _s: [
        Change(ev.VULNERABILITY_RECORDED, {"vulnerable": False})])


def record_redress(service: CaseService, case_id: str, *, kind: str, amount: str | Decimal,
                   currency: str) -> Any:
    """A redress line, approved by the signed-in supervisor or administrator (in demo data,
    by the demo's supervisor the synthetic service acts for)."""
    require(service.ws, Permission.REGULATED_RECORDS, action="approve redress",
            case_id=case_id, user=service.actor if service.synthetic else None)
    if kind not in REDRESS_TYPES:
        raise RecordError.refusing(REDRESS_TYPE(kind=kind, choices=", ".join(REDRESS_TYPES)))
    try:
        value = Decimal(str(amount))
    except InvalidOperation:
        raise RecordError.refusing(NOT_AN_AMOUNT(amount=str(amount))) from None
    if not value.is_finite() or value <= 0 or value >= Decimal("1e10"):
        raise RecordError.refusing(AMOUNT_NOT_POSITIVE())
    if len(currency) != 3 or not currency.isalpha():
        raise RecordError.refusing(NOT_A_CURRENCY(currency=currency))
    payload = {"redress_id": str(uuid.uuid4()), "type": kind, "amount": str(value),
               "currency": currency.upper(), "approved_by": service.ws.user}
    return service.act(case_id, lambda _p, _s: [Change(ev.REDRESS_RECORDED, payload)])


def mark_redress_paid(service: CaseService, case_id: str, redress_id: str,
                      paid_on: date) -> Any:
    def build(_p: Any, state: Any) -> list[Change]:
        if redress_id not in state.regulated.redress:
            raise RecordError.refusing(NO_SUCH_REDRESS())
        return [Change(ev.REDRESS_PAID, {"redress_id": redress_id,
                                         "paid_on": paid_on.isoformat()})]

    return service.act(case_id, build)


def set_return_exclusion(service: CaseService, case_id: str, *, excluded: bool,
                         reason: str = "") -> Any:
    """Leave a case out of regulatory returns (with the reason), or put it back."""
    require(service.ws, Permission.REGULATED_RECORDS,
            action="exclude a case from regulatory returns", case_id=case_id)
    if excluded and not reason.strip():
        raise RecordError.refusing(EXCLUSION_REASON())
    payload = {"excluded": excluded, "reason": _text(reason, "reason") if excluded else ""}
    return service.act(case_id, lambda _p, _s: [Change(ev.RETURN_EXCLUSION_SET, payload)])
