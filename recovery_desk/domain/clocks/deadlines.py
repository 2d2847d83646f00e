"""When each clock of a pack falls due for a complaint received at a given moment.

Deadlines are fixed at receipt and recorded on the case (``clocks_started``), so a later
change of pack or of the holiday list never moves a deadline the firm already told the
customer. A pause moves a deadline by exactly the time it was paused, counted in the
clock's own unit (``resumed_due``).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from recovery_desk.domain.clocks.calendar import BusinessCalendar
from recovery_desk.domain.clocks.pack import ClockPack, ClockRule, Span

_BUSINESS = frozenset({"business_hours", "business_days"})


def start_of_count(calendar: BusinessCalendar, rule: ClockRule, received: datetime
                   ) -> datetime:
    """Receipt as the rule counts it: as it happened, or moved to the next business hours."""
    if rule.counts_from == "deemed_receipt":
        return calendar.deemed_receipt(received)
    return calendar.local(received)


def due_after(calendar: BusinessCalendar, span: Span, start: datetime) -> datetime:
    """The moment a span counted from ``start`` ends.

    Business days end at close of business of the n-th business day after the day of
    ``start`` (DISP 1.5.1R: "by close of business on the third business day following the
    day on which it is received"); calendar days and weeks end at the close of the n-th
    day after it, on the desk's wall clock; hours are exact.
    """
    local = calendar.local(start)
    if span.unit == "business_days":
        return calendar.close_of_business(calendar.add_business_days(local.date(), span.amount))
    if span.unit == "calendar_days":
        return calendar.end_of_day(local.date() + timedelta(days=span.amount))
    if span.unit == "weeks":
        return calendar.end_of_day(local.date() + timedelta(weeks=span.amount))
    if span.unit == "business_hours":
        return calendar.add_business_seconds(local, span.amount * 3600)
    return local + timedelta(hours=span.amount)


def deadlines(pack: ClockPack, calendar: BusinessCalendar, received: datetime
              ) -> dict[str, datetime]:
    """Each clock's due time for a complaint received at ``received``."""
    return {rule.id: due_after(calendar, rule.span, start_of_count(calendar, rule, received))
            for rule in pack.clocks}


def extended_due(pack: ClockPack, calendar: BusinessCalendar, clock_id: str,
                 received: datetime) -> datetime | None:
    """The longer deadline a clock gets once its extension is used (PSD2: 35 days)."""
    rule = pack.clock(clock_id)
    if rule is None or rule.extension is None:
        return None
    return due_after(calendar, rule.extension, start_of_count(calendar, rule, received))


def resumed_due(calendar: BusinessCalendar, unit: str, due: datetime, paused_at: datetime,
                resumed_at: datetime) -> datetime:
    """The due time after a pause: what was left at the pause, counted on from the resume.

    Business units keep the business time that was left (a pause over a weekend costs
    nothing); calendar units keep the calendar time that was left.
    """
    if unit in _BUSINESS:
        left = calendar.business_seconds_between(paused_at, due)
        return calendar.add_business_seconds(resumed_at, left)
    left_s = max((due - paused_at).total_seconds(), 0.0)
    return calendar.local(resumed_at) + timedelta(seconds=left_s)
