"""The Dashboard's period choices and the days each one covers."""

from __future__ import annotations

from datetime import date, timedelta

PERIODS = ("7", "30", "90", "month", "year", "all", "custom")
DEFAULT_PERIOD = "90"


def period_dates(key: str, today: date, custom: tuple[date, date] | None = None,
                 ) -> tuple[date | None, date | None]:
    """The first and last local day of a period choice (``None``: open-ended)."""
    if key.isdigit():
        return today - timedelta(days=int(key) - 1), today
    if key == "month":
        return today.replace(day=1), today
    if key == "year":
        return today.replace(month=1, day=1), today
    if key == "custom" and custom is not None:
        start, end = custom
        return (start, end) if start <= end else (end, start)
    return None, None
