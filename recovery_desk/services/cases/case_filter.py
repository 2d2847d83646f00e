"""What a supervisor asks of the case log: one value object shared by the Log, the
Dashboard (its scope and every drill-down), exports and the PDF report.

Plain data, no SQL: ``case_query.where(...)`` turns it into a clause for either database.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any

#: Sort keys the Log offers; each is backed by an index so a page never sorts the log.
SORT_KEYS = ("opened", "closed", "csat", "redress", "duration")




@dataclass(frozen=True)
class CaseFilter:
    """Empty tuples and ``None`` mean "any". Dates are local calendar days, inclusive."""

    date_from: date | None = None
    date_to: date | None = None
    desks: tuple[str, ...] = ()
    agents: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    severities: tuple[str, ...] = ()
    playbooks: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()          # "scripted" / "natural"
    statuses: tuple[str, ...] = ()       # open, escalated, follow_up, closed, withdrawn
    outcomes: tuple[str, ...] = ()       # recovered, not_recovered, withdrawn …
    watchlist: bool | None = None
    escalated: bool | None = None
    overdue_follow_up: bool = False      # follow-up due before "now" and not done
    include_training: bool = False
    text: str = ""                       # full-text search over the case's words and notes
    # not chosen in the filter bar, so not part of what makes two filters equal:
    #: drill-downs: only cases with a value in each of these columns
    has: tuple[str, ...] = field(default=(), compare=False, hash=False)
    #: searched words only in this desk's cases or in cases still being worked (the desk
    #: id; ``permissions.readable_search``)
    search_desk: str | None = field(default=None, compare=False, hash=False)

    def with_(self, **changes: Any) -> CaseFilter:
        return replace(self, **changes)

    def is_empty(self) -> bool:
        blank = CaseFilter()
        return all(getattr(self, f.name) == getattr(blank, f.name) for f in fields(self)
                   if f.compare)
