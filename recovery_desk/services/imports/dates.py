"""Reading another helpdesk's dates: the mapping's formats, ISO 8601, then unambiguous ones.

A local time (no offset) is taken in the mapping's zone, and summer time is decided
explicitly: a time in the spring gap (02:30 on the night clocks go forward) never existed
and is refused; a time in the autumn fold (02:30 twice) is taken as the earlier instant
(still summer time) unless the mapping says ``dst_fold = "later"`` or ``"refuse"``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

#: Unambiguous formats tried after the mapping's own ``date_formats`` (ISO 8601 comes first).
DEFAULT_DATE_FORMATS = (
    "%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y",
    "%Y.%m.%d. %H:%M", "%Y.%m.%d. %H:%M:%S", "%Y.%m.%d.", "%Y. %m. %d. %H:%M",
    "%Y-%m-%d %H:%M:%S", "%d.%m.%Y. %H:%M", "%d.%m.%Y.",
)
#: Day/month order cannot be told apart for these; used only when the mapping lists them.
AMBIGUOUS_DATE_FORMATS = ("%m/%d/%Y %H:%M", "%d/%m/%Y %H:%M", "%m/%d/%Y", "%d/%m/%Y")
#: What to do with a local time the autumn change repeats.
FOLD_RULES = ("earlier", "later", "refuse")

GAP = "gap"            # the local time does not exist (clocks went forward)
FOLD = "fold"          # the local time happened twice; resolved by the rule
AMBIGUOUS = "ambiguous"  # … and the rule is "refuse"


@dataclass(frozen=True)
class LocalTime:
    """A parsed time: ``at`` in UTC (None when refused or unreadable) and what was odd."""

    at: datetime | None
    issue: str | None = None


def _first_format(text: str, formats: Iterable[str]) -> datetime | None:
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def parse_naive(value: str, formats: Iterable[str]) -> datetime | None:
    """The value as written: the mapping's formats, ISO 8601, then the defaults."""
    text = " ".join(value.split())
    parsed = _first_format(text, formats)
    if parsed is None:
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            parsed = _first_format(text, DEFAULT_DATE_FORMATS)
    return parsed


def _in_zone(naive: datetime, zone: tzinfo, rule: str) -> LocalTime:
    first = naive.replace(tzinfo=zone, fold=0)
    second = naive.replace(tzinfo=zone, fold=1)
    if first.utcoffset() == second.utcoffset():
        return LocalTime(first.astimezone(UTC))
    back = first.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if back != naive:   # the wall clock never showed this time
        return LocalTime(None, GAP)
    if rule == "refuse":
        return LocalTime(None, AMBIGUOUS)
    chosen = first if rule == "earlier" else second
    return LocalTime(chosen.astimezone(UTC), FOLD)


def parse_local(value: str, formats: Iterable[str], zone: tzinfo,
                fold_rule: str = "earlier") -> LocalTime:
    """The value as an aware UTC time; ``at`` is None when no allowed format fits or the
    local time is refused (see the module's rule)."""
    parsed = parse_naive(value, formats)
    if parsed is None:
        return LocalTime(None)
    if parsed.tzinfo is not None:
        return LocalTime(parsed.astimezone(UTC))
    return _in_zone(parsed, zone, fold_rule)


def bad_date(column: str, raw: str, issue: str | None = None, zone: str = "") -> str:
    """Why a date was refused, with the way to make it readable."""
    if issue == GAP:
        return (f"{column} {raw!r} does not exist in {zone} (the clocks went forward that "
                "night); check the time or the [source] timezone")
    if issue == AMBIGUOUS:
        return (f"{column} {raw!r} happened twice in {zone} (the clocks went back that "
                "night) and [source] dst_fold is \"refuse\"")
    reason = f"{column} {raw!r} is not a date in a known format"
    if "/" in raw:
        return (reason + " (dates with / are ambiguous: list \"%d/%m/%Y %H:%M\" or "
                "\"%m/%d/%Y %H:%M\" under [source] date_formats)")
    return reason + " (add its format under [source] date_formats)"
