"""What a case's regulated events say, folded: its clocks, letters, codes, redress.

``CaseState`` carries one ``RegulatedFacts``; the fold here never changes the case's status,
outcome or any figure the recovery flow owns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from recovery_desk.domain import events as ev
from recovery_desk.domain.events import Event


@dataclass
class ClockFacts:
    """One clock as started on the case, and what happened to it since."""

    id: str
    kind: str
    unit: str
    due: datetime
    met_by: tuple[str, ...]
    pausable: bool = False
    letter: str | None = None
    disapplies: tuple[str, ...] = ()
    extended_by: str | None = None
    extended_due: datetime | None = None
    paused_at: datetime | None = None
    paused_seconds: float = 0.0


@dataclass
class Redress:
    redress_id: str
    kind: str
    amount: Decimal
    currency: str
    approved_by: str
    recorded_at: datetime
    paid_on: str | None = None


@dataclass
class Letter:
    kind: str
    at: datetime
    lang: str
    outcome: str | None
    channel: str
    actor: str


@dataclass
class RegulatedFacts:
    pack: str = ""
    pack_version: int = 0
    regime: str = ""
    received_at: datetime | None = None
    clocks: dict[str, ClockFacts] = field(default_factory=dict)
    letters: list[Letter] = field(default_factory=list)
    product: str | None = None
    cause: str | None = None
    sub_cause: str | None = None
    register_outcome: str | None = None
    vulnerable: bool = False
    vulnerability_drivers: tuple[str, ...] = ()
    vulnerability_needs: str = ""
    vulnerability_adjustments: str = ""
    redress: dict[str, Redress] = field(default_factory=dict)
    excluded: bool = False
    excluded_reason: str = ""

    def apply(self, event: Event) -> None:
        handler = _HANDLERS.get(event.kind)
        if handler is not None:
            handler(self, event, event.payload)

    def first_letter(self, kind: str) -> datetime | None:
        times = [letter.at for letter in self.letters if letter.kind == kind]
        return min(times) if times else None


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _started(f: RegulatedFacts, e: Event, p: dict[str, Any]) -> None:
    f.pack = str(p.get("pack", ""))
    f.pack_version = int(p.get("version", 0) or 0)
    f.regime = str(p.get("regime", ""))
    f.received_at = _time(p.get("received")) or e.at
    f.clocks = {}
    for clock_id, raw in (p.get("clocks") or {}).items():
        due = _time(raw.get("due"))
        if due is None:
            continue
        f.clocks[clock_id] = ClockFacts(
            id=clock_id, kind=str(raw.get("kind", "deadline")), unit=str(raw.get("unit", "")),
            due=due, met_by=tuple(raw.get("met_by", ())), pausable=bool(raw.get("pausable")),
            letter=raw.get("letter"), disapplies=tuple(raw.get("disapplies", ())),
            extended_by=raw.get("extended_by"), extended_due=_time(raw.get("extended_due")))


def _paused(f: RegulatedFacts, e: Event, p: dict[str, Any]) -> None:
    for clock_id in p.get("clocks", ()):
        clock = f.clocks.get(clock_id)
        if clock is not None and clock.pausable and clock.paused_at is None:
            clock.paused_at = e.at


def _resumed(f: RegulatedFacts, e: Event, p: dict[str, Any]) -> None:
    for clock_id, due in (p.get("due") or {}).items():
        clock = f.clocks.get(clock_id)
        new_due = _time(due)
        if clock is None or clock.paused_at is None or new_due is None:
            continue
        clock.paused_seconds += max((e.at - clock.paused_at).total_seconds(), 0.0)
        clock.paused_at = None
        clock.due = new_due


def _letter(f: RegulatedFacts, e: Event, p: dict[str, Any]) -> None:
    f.letters.append(Letter(kind=str(p.get("kind", "")), at=e.at, lang=str(p.get("lang", "")),
                            outcome=p.get("outcome"), channel=str(p.get("channel", "")),
                            actor=e.actor))


def _coded(f: RegulatedFacts, e: Event, p: dict[str, Any]) -> None:
    f.product = p.get("product") or None
    f.cause = p.get("cause") or None
    f.sub_cause = p.get("sub_cause") or None
    f.register_outcome = p.get("outcome") or None


def _vulnerability(f: RegulatedFacts, e: Event, p: dict[str, Any]) -> None:
    f.vulnerable = bool(p.get("vulnerable", True))
    f.vulnerability_drivers = tuple(p.get("drivers", ())) if f.vulnerable else ()
    f.vulnerability_needs = str(p.get("needs", "")) if f.vulnerable else ""
    f.vulnerability_adjustments = str(p.get("adjustments", "")) if f.vulnerable else ""


def _redress(f: RegulatedFacts, e: Event, p: dict[str, Any]) -> None:
    try:
        amount = Decimal(str(p.get("amount", "0")))
    except InvalidOperation:
        return
    redress_id = str(p.get("redress_id", e.event_id))
    f.redress[redress_id] = Redress(redress_id=redress_id, kind=str(p.get("type", "")),
                                    amount=amount, currency=str(p.get("currency", "")),
                                    approved_by=str(p.get("approved_by", e.actor)),
                                    recorded_at=e.at)


def _paid(f: RegulatedFacts, e: Event, p: dict[str, Any]) -> None:
    item = f.redress.get(str(p.get("redress_id", "")))
    if item is not None:
        item.paid_on = str(p.get("paid_on") or e.at.date().isoformat())


def _exclusion(f: RegulatedFacts, e: Event, p: dict[str, Any]) -> None:
    f.excluded = bool(p.get("excluded", True))
    f.excluded_reason = str(p.get("reason", "")) if f.excluded else ""


_HANDLERS = {
    ev.CLOCKS_STARTED: _started,
    ev.CLOCK_PAUSED: _paused,
    ev.CLOCK_RESUMED: _resumed,
    ev.LETTER_SENT: _letter,
    ev.REGISTER_CODED: _coded,
    ev.VULNERABILITY_RECORDED: _vulnerability,
    ev.REDRESS_RECORDED: _redress,
    ev.REDRESS_PAID: _paid,
    ev.RETURN_EXCLUSION_SET: _exclusion,
}
