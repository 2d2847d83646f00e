"""The figures put together from both rounds' answers: tiles, top categories, breakdowns,
trend and stage durations, each with the filter that opens its cases.

Counts come from the sums (exact), values from the percentile queries (maybe sampled).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from recovery_desk.domain.case import CLOSED, NOT_RECOVERED, OUTCOME_UNKNOWN, RECOVERED
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.kpis.definitions import (
    APPROXIMATE_NOTE,
    DEFINITIONS,
    PERCENTILE_NOTE,
)
from recovery_desk.services.kpis.results import (
    BREAKDOWNS,
    TOP_CATEGORIES,
    BreakdownRow,
    CategoryShare,
    Dashboard,
    Granularity,
    Kpi,
    Period,
    StageDuration,
)
from recovery_desk.services.kpis.scope import DIMENSION, clip, has
from recovery_desk.services.kpis.series import Quantiles
from recovery_desk.services.kpis.sums import ScopeSums, add_sums
from recovery_desk.storage.rows import KPI_STAGE_ROLES

_NONE = (0, {0.5: None, 0.9: None})


def _pct(part: int, whole: int) -> float | None:
    return 100.0 * part / whole if whole else None


def known_outcomes(sums: dict[str, int]) -> int:
    """Closed cases whose outcome is known: the base of the recovery rate and of FCR.

    A case closed with outcome unknown (history imported without satisfaction answers, a
    customer who would not say) is neither recovered nor not recovered; it is counted
    apart (the ``unknown_outcomes`` tile) instead of lowering the rates.
    """
    return sums.get("closed", 0) - sums.get("unknown", 0)


def recovery_rate(sums: dict[str, int]) -> float | None:
    return _pct(sums.get("recovered", 0), known_outcomes(sums))


#: Each score's count of known answers among the sums.
_KNOWN = {"csat": "csat_n", "likelihood": "likelihood_n", "ces": "ces_n"}


def unknown_answers(sums: dict[str, int], scale: str) -> int:
    """Cases whose latest answers were recorded (acceptance is always answered) but whose
    ``scale`` score is unknown: the customer declined, was not asked, or an older record
    has none. The one definition behind the "unknown" beside CSAT, NPS and effort; the
    figures themselves count known answers only."""
    return max(0, sums.get("accepted_n", 0) - sums.get(_KNOWN[scale], 0))


def _nps(promoters: int, detractors: int, answers: int) -> float | None:
    return 100.0 * (promoters - detractors) / answers if answers else None


def _seconds(ms: float | None) -> float | None:
    return None if ms is None else ms / 1000.0


def _period_of(day: date, granularity: Granularity) -> tuple[date, date, str]:
    if granularity == "month":
        start = day.replace(day=1)
        nxt = (start + timedelta(days=32)).replace(day=1)
        return start, nxt - timedelta(days=1), f"{start:%Y-%m}"
    start = day - timedelta(days=day.weekday())
    year, week, _ = start.isocalendar()
    return start, start + timedelta(days=6), f"{year}-W{week:02d}"


def _tiles(scope: CaseFilter, t: dict[str, int], paid: dict[str, float],
           times: Quantiles, note: str) -> list[Kpi]:
    n, recovered, unknown = t.get("n", 0), t.get("recovered", 0), t.get("unknown", 0)
    known = known_outcomes(t)
    fr = times.get(("first_response", ""), _NONE)[1]
    rs = times.get(("resolution", ""), _NONE)[1]
    fr_n, rs_n = t.get("first_response_n", 0), t.get("resolution_n", 0)
    d = DEFINITIONS
    known_scope = scope.with_(statuses=(CLOSED,), outcomes=(RECOVERED, NOT_RECOVERED))
    unknown_scope = scope.with_(statuses=(CLOSED,), outcomes=(OUTCOME_UNKNOWN,))
    resolved_scope = scope.with_(statuses=(CLOSED,), outcomes=(RECOVERED,))
    g = t.get
    tiles = [
        Kpi("cases", float(n), "cases", n, d["cases"], scope),
        Kpi("csat", _pct(g("csat_ok", 0), g("csat_n", 0)), "%", g("csat_n", 0), d["csat"],
            has(scope, "csat"), unknown_answers(t, "csat")),
        Kpi("nps", _nps(g("promoters", 0), g("detractors", 0), g("likelihood_n", 0)),
            "points", g("likelihood_n", 0), d["nps"], has(scope, "likelihood"),
            unknown_answers(t, "likelihood")),
        Kpi("effort", g("ces_sum", 0) / g("ces_n", 0) if g("ces_n") else None, "score",
            g("ces_n", 0), d["effort"], has(scope, "ces"), unknown_answers(t, "ces")),
        Kpi("acceptance", _pct(g("accepted_yes", 0), g("accepted_n", 0)), "%",
            g("accepted_n", 0), d["acceptance"], has(scope, "accepted")),
        Kpi("first_contact_resolution", _pct(g("fcr", 0), known), "%", known,
            d["first_contact_resolution"], known_scope),
        Kpi("first_response_median", _seconds(fr[0.5]), "s", fr_n,
            d["first_response_median"] + note, has(scope, "first_response_ms")),
        Kpi("first_response_p90", _seconds(fr[0.9]), "s", fr_n,
            d["first_response_p90"] + note, has(scope, "first_response_ms")),
        Kpi("resolution_time_median", _seconds(rs[0.5]), "s", rs_n,
            d["resolution_time_median"] + note, has(scope, "resolution_ms")),
        Kpi("resolution_time_p90", _seconds(rs[0.9]), "s", rs_n,
            d["resolution_time_p90"] + note, has(scope, "resolution_ms")),
    ]
    money = sorted(paid.items())
    if not money:
        tiles.append(Kpi("cost_per_resolution", 0.0 if recovered else None, "", recovered,
                         d["cost_per_resolution"], resolved_scope))
    for currency, total in money:
        tiles.append(Kpi("cost_per_resolution", round(total / recovered, 2), currency,
                         recovered, d["cost_per_resolution"], resolved_scope))
    tiles += [
        Kpi("recovery_rate", recovery_rate(t), "%", known, d["recovery_rate"], known_scope),
        Kpi("unknown_outcomes", float(unknown), "cases", unknown, d["unknown_outcomes"],
            unknown_scope),
        Kpi("watchlist", float(g("watchlist", 0)), "cases", g("watchlist", 0),
            d["watchlist"], scope.with_(watchlist=True)),
        Kpi("overdue_follow_ups", float(g("overdue", 0)), "cases", g("overdue", 0),
            d["overdue_follow_ups"], scope.with_(overdue_follow_up=True)),
    ]
    return tiles


def _breakdowns(scope: CaseFilter, sums: ScopeSums, medians: Quantiles,
                scope_median: float | None) -> dict[str, list[BreakdownRow]]:
    breakdowns: dict[str, list[BreakdownRow]] = {}
    for dim in BREAKDOWNS:
        field_name = DIMENSION[dim][1]
        rows = sorted(sums.groups[dim].items(), key=lambda kv: (-kv[1]["n"], kv[0]))
        breakdowns[dim] = [BreakdownRow(
            value, a["n"], _pct(a["csat_ok"], a["csat_n"]),
            _nps(a["promoters"], a["detractors"], a["likelihood_n"]),
            recovery_rate(a),
            _seconds(medians.get((dim, value), (0, {0.5: None}))[1][0.5]
                     if len(rows) > 1 else scope_median),
            scope.with_(**{field_name: (value,)})) for value, a in rows]
    return breakdowns


def _trend(scope: CaseFilter, days: dict[date, dict[str, int]],
           granularity: Granularity, today: date) -> list[Period]:
    periods: dict[tuple[date, date, str], dict[str, int]] = {}
    for day, per in days.items():   # one per day with cases
        add_sums(periods.setdefault(_period_of(day, granularity), {}), per)
    # the days the figures can cover: the scope's, or (open-ended) from the log's first
    # day with cases up to today
    first = scope.date_from or min(days, default=today)
    last = min(scope.date_to or today, today)
    return [Period(start, end, label, a["n"], _pct(a["csat_ok"], a["csat_n"]),
                   _nps(a["promoters"], a["detractors"], a["likelihood_n"]),
                   recovery_rate(a), clip(scope, start, end),
                   partial=first > start or last < end)
            for (start, end, label), a in sorted(periods.items())]


def _stage_durations(scope: CaseFilter, t: dict[str, int],
                     stages: Quantiles) -> list[StageDuration]:
    out = []
    for role in KPI_STAGE_ROLES:
        count, total_ms = t.get(f"stage_n_{role}", 0), t.get(f"stage_sum_{role}", 0)
        if not count:
            continue
        q = stages.get((role, ""), _NONE)[1]
        out.append(StageDuration(
            role, count, _seconds(q[0.5]), _seconds(q[0.9]), total_ms / count / 1000.0,
            has(scope, f"stage_ms_{role}")))
    return out


def assemble(scope: CaseFilter, now: datetime, granularity: Granularity, sums: ScopeSums,
             r: dict[str, Quantiles], *, exact: bool) -> Dashboard:
    """The Dashboard from round one's ``sums`` and round two's quantiles ``r``."""
    note = PERCENTILE_NOTE if exact else APPROXIMATE_NOTE
    scope_median = r["times"].get(("resolution", ""), _NONE)[1][0.5]
    breakdowns = _breakdowns(scope, sums, r["medians"], scope_median)
    n = sums.total.get("n", 0)
    top = [CategoryShare(row.value, row.count, _pct(row.count, n) or 0.0, row.drill)
           for row in breakdowns["category"][:TOP_CATEGORIES]]
    return Dashboard(scope=scope, now=now, granularity=granularity,
                     tiles=_tiles(scope, sums.total, sums.paid, r["times"], note),
                     top_categories=top,
                     trend=_trend(scope, sums.days, granularity, now.astimezone().date()),
                     breakdowns=breakdowns,
                     stage_durations=_stage_durations(scope, sums.total, r["stages"]))
