"""What the Dashboard and the report show: the result types of ``kpis.compute.compute``.

Every figure carries the ``CaseFilter`` that opens exactly its cases in the Log, so a
supervisor can always ask "which cases are these?".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from recovery_desk.services.cases.case_filter import CaseFilter

Granularity = Literal["week", "month"]

#: Breakdown dimensions, in the order the Dashboard shows them.
BREAKDOWNS = ("desk", "agent", "channel", "category", "playbook", "mode")
TOP_CATEGORIES = 5


@dataclass(frozen=True)
class Kpi:
    """One tile. ``key`` is a stable id (the UI translates by it); ``n`` the cases behind
    it, which ``drill`` opens (``scope.drill_where`` turns it into SQL, ``has``
    included). A score's ``n`` counts known answers only; ``unknown`` the rest.
    """

    key: str
    value: float | None
    unit: str               # "%", "points", "score", "s", "cases" or a currency code
    n: int
    definition: str
    drill: CaseFilter = field(default_factory=CaseFilter)
    #: for a score (CSAT, NPS, effort): cases with answers recorded but this score unknown
    #: (declined or not asked), shown beside the figure; None where it does not apply
    unknown: int | None = None


@dataclass(frozen=True)
class CategoryShare:
    category: str
    count: int
    share: float            # percent of the cases in scope
    drill: CaseFilter


@dataclass(frozen=True)
class Period:
    start: date              # first day: Monday of the ISO week or the 1st of the month
    end: date                # last day, inclusive
    label: str               # "2026-W09" or "2026-03"
    count: int
    csat_pct: float | None
    nps: float | None
    recovery_rate: float | None
    drill: CaseFilter
    # only some of its days are in the figures (the period or the log starts or ends inside
    # it, or it is still running): its count is no fall in complaints (``assemble._trend``)
    partial: bool = False


@dataclass(frozen=True)
class BreakdownRow:
    value: str               # the desk id, agent name, channel, category, playbook or mode
    count: int
    csat_pct: float | None
    nps: float | None
    recovery_rate: float | None
    median_resolution_s: float | None
    drill: CaseFilter


@dataclass(frozen=True)
class StageDuration:
    stage: str               # the stage's role (listen, acknowledge, …), common to playbooks
    n: int
    median_s: float | None
    p90_s: float | None
    mean_s: float | None
    drill: CaseFilter


@dataclass(frozen=True)
class Dashboard:
    scope: CaseFilter
    now: datetime
    granularity: Granularity
    tiles: list[Kpi]
    top_categories: list[CategoryShare]
    trend: list[Period]
    breakdowns: dict[str, list[BreakdownRow]]   # keys: BREAKDOWNS
    stage_durations: list[StageDuration]

    def tile(self, key: str, unit: str | None = None) -> Kpi:
        return next(t for t in self.tiles if t.key == key and unit in (None, t.unit))
