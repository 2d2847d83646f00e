"""Reading another helpdesk's dates: the mapping's formats, ISO 8601, then unambiguous ones."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, tzinfo

#: Unambiguous formats tried after the mapping's own ``date_formats`` (ISO 8601 comes first).
DEFAULT_DATE_FORMATS = (
    "%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y",
    "%Y.%m.%d. %H:%M", "%Y.%m.%d. %H:%M:%S", "%Y.%m.%d.", "%Y. %m. %d. %H:%M",
    "%Y-%m-%d %H:%M:%S", "%d.%m.%Y. %H:%M", "%d.%m.%Y.",
)
#: Day/month order cannot be told apart for these; used only when the mapping lists them.
AMBIGUOUS_DATE_FORMATS = ("%m/%d/%Y %H:%M", "%d/%m/%Y %H:%M", "%m/%d/%Y", "%d/%m/%Y")


def _first_format(text: str, formats: Iterable[str]) -> datetime | None:
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def parse_local(value: str, formats: Iterable[str], zone: tzinfo) -> datetime | None:
    """The value as an aware UTC time, or None when no allowed format fits."""
    text = " ".join(value.split())
    parsed = _first_format(text, formats)
    if parsed is None:
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            parsed = _first_format(text, DEFAULT_DATE_FORMATS)
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zone)
    return parsed.astimezone(UTC)


def bad_date(column: str, raw: str) -> str:
    """Why a date was refused, with the way to make it readable."""
    reason = f"{column} {raw!r} is not a date in a known format"
    if "/" in raw:
        return (reason + " (dates with / are ambiguous: list \"%d/%m/%Y %H:%M\" or "
                "\"%m/%d/%Y %H:%M\" under [source] date_formats)")
    return reason + " (add its format under [source] date_formats)"
