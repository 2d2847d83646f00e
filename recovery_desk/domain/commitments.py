"""Promises with a date: each resolution agreed with a deadline is a commitment the Desk
reminds about until someone marks it done, whether the customer was satisfied or not.

An offer may hold several resolutions (redelivery *and* the fee back), in one currency.
Offers recorded before that held one: their top-level fields read as a one-item offer, so
old logs need no rewrite.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class OfferItem:
    """One resolution of an offer as the agent chose it; the offer's currency is shared."""

    resolution: str
    amount: Decimal | None = None
    deadline: date | datetime | None = None


@dataclass(frozen=True)
class Commitment:
    """An open promise: ``due`` is an ISO date, or an ISO date and time where the catalogue
    asks for the hour (a flight in forty minutes)."""

    key: str
    resolution: str
    amount: Decimal | None
    currency: str | None
    due: str

    @property
    def has_time(self) -> bool:
        return "T" in self.due


def offer_items(payload: dict[str, Any]) -> list[dict[str, Any]]:
    """The resolutions of a ``resolution_offered`` payload, the old one-resolution form too."""
    items = payload.get("items")
    if items:
        return [dict(item) for item in items]
    return [{"resolution": payload.get("resolution"), "amount": payload.get("amount"),
             "deadline": payload.get("deadline")}]


def due_text(deadline: date | datetime) -> str:
    """A deadline as stored: a date alone, or an aware date and time."""
    return deadline.isoformat()


def due_moment(due: str, tz: Any = None) -> datetime:
    """When a commitment is late: its time, or the end of its (local) date."""
    if "T" in due:
        return datetime.fromisoformat(due)
    day = date.fromisoformat(due)
    return datetime(day.year, day.month, day.day, 23, 59, 59).astimezone(tz)


def open_commitments(offer_key: str, items: list[dict[str, Any]], currency: str | None,
                     done: set[str]) -> list[Commitment]:
    """The items with a deadline not yet marked done, earliest first."""
    found = []
    for index, item in enumerate(items):
        key = f"{offer_key}/{index}"
        if not item.get("deadline") or key in done:
            continue
        amount = item.get("amount")
        found.append(Commitment(key, str(item.get("resolution") or ""),
                                Decimal(amount) if amount is not None else None,
                                currency, str(item["deadline"])))
    return sorted(found, key=lambda c: due_moment(c.due))
