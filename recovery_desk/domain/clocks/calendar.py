"""A desk's business calendar: working days and hours in its time zone, minus closed days.

Public holidays come from outside (``services/regulated/calendars.py`` asks the ``holidays``
library); this module only counts with the set of closed dates it is given, so every rule
can be tested against a known calendar.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

#: How far any count may walk; a rule that needs more is a broken rule, not a long wait.
MAX_DAYS = 3660


@dataclass(frozen=True)
class BusinessCalendar:
    """Working days (Monday=0 … Sunday=6 not in ``weekend``) and hours, in ``zone``."""

    zone: ZoneInfo
    opens: time = time(9, 0)
    closes: time = time(17, 0)
    weekend: frozenset[int] = frozenset({5, 6})
    closed: frozenset[date] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if self.closes <= self.opens:
            raise ValueError("business hours must close after they open")
        if len(self.weekend) >= 7:
            raise ValueError("a calendar needs at least one working day a week")

    # -- days -------------------------------------------------------------------------
    def is_business_day(self, day: date) -> bool:
        return day.weekday() not in self.weekend and day not in self.closed

    def next_business_day(self, day: date) -> date:
        """The first business day after ``day``."""
        for offset in range(1, MAX_DAYS):
            candidate = day + timedelta(days=offset)
            if self.is_business_day(candidate):
                return candidate
        raise ValueError("no business day within ten years: check the closed days")

    def add_business_days(self, day: date, count: int) -> date:
        """The ``count``-th business day after ``day`` (``day`` itself never counts)."""
        for _ in range(count):
            day = self.next_business_day(day)
        return day

    # -- moments ----------------------------------------------------------------------
    def local(self, at: datetime) -> datetime:
        if at.tzinfo is None:
            raise ValueError("a moment without a time zone cannot be placed on a calendar")
        return at.astimezone(self.zone)

    def at(self, day: date, when: time) -> datetime:
        return datetime.combine(day, when, tzinfo=self.zone)

    def close_of_business(self, day: date) -> datetime:
        return self.at(day, self.closes)

    def end_of_day(self, day: date) -> datetime:
        """The last second of ``day`` on the desk's wall clock."""
        return self.at(day, time(23, 59, 59))

    def in_hours(self, at: datetime) -> bool:
        local = self.local(at)
        return self.is_business_day(local.date()) and self.opens <= local.time() < self.closes

    def deemed_receipt(self, at: datetime) -> datetime:
        """``at`` if inside business hours, else the opening of the next business hours.

        DISP 1.5: a complaint received on a day that is not a business day, or after close
        of business, may be treated as received on the next business day.
        """
        local = self.local(at)
        day = local.date()
        if self.is_business_day(day):
            if local.time() < self.opens:
                return self.at(day, self.opens)
            if local.time() < self.closes:
                return local
        return self.at(self.next_business_day(day), self.opens)

    # -- business time ----------------------------------------------------------------
    def _open_span(self, day: date) -> tuple[datetime, datetime] | None:
        if not self.is_business_day(day):
            return None
        return self.at(day, self.opens), self.at(day, self.closes)

    def business_seconds_between(self, start: datetime, end: datetime) -> float:
        """Seconds of business hours from ``start`` to ``end`` (0 when end is earlier)."""
        start, end = self.local(start), self.local(end)
        if end <= start:
            return 0.0
        total = 0.0
        day = start.date()
        for _ in range(MAX_DAYS):
            if day > end.date():
                break
            span = self._open_span(day)
            if span is not None:
                lo, hi = max(span[0], start), min(span[1], end)
                if hi > lo:
                    total += (hi - lo).total_seconds()
            day += timedelta(days=1)
        return total

    def add_business_seconds(self, start: datetime, seconds: float) -> datetime:
        """The moment ``seconds`` of business hours after ``start``."""
        moment = self.deemed_receipt(start) if not self.in_hours(start) else self.local(start)
        left = float(seconds)
        day = moment.date()
        for _ in range(MAX_DAYS):
            span = self._open_span(day)
            if span is not None:
                lo = max(span[0], moment)
                room = (span[1] - lo).total_seconds()
                if room >= left and room > 0:
                    return lo + timedelta(seconds=left)
                left -= max(room, 0.0)
            day += timedelta(days=1)
        raise ValueError("business time runs past ten years: check the rule and closed days")
