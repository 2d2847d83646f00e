"""The Dashboard's and the PDF report's figures: SQL aggregates over the case projection.

Every figure carries the ``CaseFilter`` that opens exactly its cases in the Log, so a
supervisor can always ask "which cases are these?". Python only touches result rows, never
the cases: one ``GROUP BY`` over (desk, agent, channel, category, playbook, mode) gives
every sum behind the tiles and breakdowns (at most a few thousand groups, read from the
covering index ``ix_cases_kpi`` in its own order, so no sort), one per opening hour and
currency gives the trend and the money. The durations (first response, resolution, per stage
role) are projection columns in whole milliseconds (``storage/rows.py: kpi_columns``), so no
event is read.

A scope of whole days plus at most one breakdown value (the usual Dashboard: a period,
perhaps one desk) reads those sums from the daily rollup instead (``storage/kpi_rollup.py``:
a few hundred rows per scope, recomputed per dirty day before reading); the figures are the
same, and the test compares both paths.

Percentiles up to ``EXACT_LIMIT`` cases are ``percentile_cont`` (linear interpolation
between the two nearest values): PostgreSQL's own, on SQLite the two values around each
rank read with window functions, so both databases give the same figures exactly. Above,
sorting every duration of a big scope would dominate, so they come from a uniform sample
by ``sample_key`` (derived from the case id, the same on every database) with a documented
bound (``APPROXIMATE_NOTE``); counts, sums and means stay exact.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from math import ceil, exp, floor
from typing import Any, Literal

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Engine,
    Integer,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    literal_column,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.sql.visitors import replacement_traverse

from recovery_desk.services.cases import case_query
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.storage import kpi_rollup
from recovery_desk.storage.models import KPI_ROLLUP_SUMS, Case, kpi_daily, kpi_daily_money
from recovery_desk.storage.rows import KPI_STAGE_ROLES

log = logging.getLogger(__name__)
C = Case.__table__.c
Granularity = Literal["week", "month"]

#: Breakdown dimensions, in the order the Dashboard shows them, with their columns.
BREAKDOWNS = ("desk", "agent", "channel", "category", "playbook", "mode")
_DIMENSION = {"desk": (C.desk_id, "desks"), "agent": (C.agent, "agents"),
              "channel": (C.channel, "channels"), "category": (C.category, "categories"),
              "playbook": (C.playbook, "playbooks"), "mode": (C.mode, "modes")}
TOP_CATEGORIES = 5

DEFINITIONS = {
    "cases": "Complaints opened in the period and scope (practice cases never count).",
    "csat": "CSAT: share of satisfaction answers of 4 or 5 on the 1-5 scale, among the cases "
            "with an answer (the latest answer of each case).",
    "nps": "Net promoter score: percent of promoters (9-10) minus percent of detractors "
           "(0-6) among the cases that answered how likely they are to recommend (0-10).",
    "effort": "Customer effort score: mean agreement that the issue was easy to handle, "
              "from 1 (strongly disagree) to 7 (strongly agree), among the cases that "
              "answered the effort question.",
    "acceptance": "Acceptance rate: share of cases whose customer accepted the resolution "
                  "fully, among all cases with an answer; 'partly' counts as not accepted "
                  "(it puts the customer on the watchlist).",
    "first_contact_resolution": "First-contact resolution: share of closed cases that were "
                                "closed as recovered with no follow-up contact at all (no "
                                "follow-up done, so never on a follow-up or reopened).",
    "first_response_median": "First response time, median: from opening the case to the "
                              "end of its first acknowledge, apologize or control stage.",
    "first_response_p90": "First response time, 90th percentile: 9 in 10 acknowledged "
                          "cases were acknowledged within this time.",
    "resolution_time_median": "Time to resolution, median: from opening the case to the "
                              "customer first accepting the resolution fully.",
    "resolution_time_p90": "Time to resolution, 90th percentile: 9 in 10 resolved cases "
                           "were resolved within this time.",
    "cost_per_resolution": "Cost per resolution: total redress given on cases closed as "
                           "recovered, divided by the number of those cases (cases resolved "
                           "without money count as zero). One tile per currency, never "
                           "converted; the tile's unit is the currency.",
    "recovery_rate": "Recovery rate: share of closed cases closed with a satisfied customer "
                     "(outcome recovered). Withdrawn cases are not closed.",
    "watchlist": "Watchlist: customers in scope not fully satisfied yet (on the watchlist "
                 "now).",
    "overdue_follow_ups": "Overdue follow-ups: follow-ups due before now and not done.",
}
PERCENTILE_NOTE = (" Percentiles interpolate between the two nearest values "
                   "(percentile_cont); exact.")
APPROXIMATE_NOTE = (" Over 10,000 cases, percentiles come from a uniform sample of about "
                    "20,000 cases (by case id), counted in 0.25 % buckets: the value is "
                    "within 0.125 % of a value whose rank is within 0.9 percentile points "
                    "of the one asked for (99 % of the time; for a breakdown row, within "
                    "0.9 points times the square root of 1 / its share of the cases).")


@dataclass(frozen=True)
class Kpi:
    """One tile. ``key`` is a stable id (the UI translates by it); ``n`` the cases behind
    it, which ``drill`` opens (``drill_where`` turns it into SQL, ``extra["has"]`` included).
    """

    key: str
    value: float | None
    unit: str               # "%", "points", "score", "s", "cases" or a currency code
    n: int
    definition: str
    drill: CaseFilter = field(default_factory=CaseFilter)


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


# -- scope --------------------------------------------------------------------------------

def drill_where(flt: CaseFilter, now: datetime) -> ColumnElement[bool]:
    """``case_query.where`` plus ``extra["has"]``: columns that must have a value (e.g. the
    cases with a CSAT answer behind the CSAT tile)."""
    return case_query.where(flt, now)


def _has(scope: CaseFilter, *columns: str) -> CaseFilter:
    return scope.with_(extra={**scope.extra, "has": tuple(columns)})


# -- small arithmetic ---------------------------------------------------------------------

def _pct(part: int, whole: int) -> float | None:
    return 100.0 * part / whole if whole else None


def _nps(promoters: int, detractors: int, answers: int) -> float | None:
    return 100.0 * (promoters - detractors) / answers if answers else None


def _int(value: Any) -> int:
    return int(value or 0)


def _seconds(ms: float | None) -> float | None:
    return None if ms is None else ms / 1000.0


def _percentile_cont(values: dict[int, float], n: int, p: float) -> float | None:
    """PostgreSQL's percentile_cont over n sorted values, given the ones at the ranks used."""
    if n == 0:
        return None
    rank = p * (n - 1)
    low = floor(rank)
    if low + 1 >= n:
        return float(values[low])
    first, second = float(values[low]), float(values[low + 1])
    return first + (second - first) * (rank - low)


# -- percentiles over groups --------------------------------------------------------------

Series = tuple[str, Any, Any]   # (label, group expression, value expression in ms)
#: Up to this many cases in scope, percentiles are exact.
EXACT_LIMIT = 10_000
#: Above, they come from a uniform sample of about this many cases (by ``sample_key``).
SAMPLE_TARGET = 20_000
#: Sampled values are counted per logarithmic bucket: a bucket spans a factor of
#: e^(1/400) (0.25 %) of (1 + ms), and its middle is within 0.125 % of any value in it.
BUCKETS_PER_E = 400
Quantiles = dict[tuple[str, str], tuple[int, dict[float, float | None]]]


def _union(base: ColumnElement[bool], series: Sequence[Series], value: Callable[[Any], Any]
           ) -> Any:
    parts = [select(literal(label, String).label("label"),
                    type_coerce(group, String).label("grp"), value(expr).label("x"))
             .where(base, expr.is_not(None)) for label, group, expr in series]
    return (union_all(*parts) if len(parts) > 1 else parts[0]).subquery()


def _quantiles(conn: Connection, base: ColumnElement[bool], series: Sequence[Series],
               ps: tuple[float, ...] = (0.5, 0.9)) -> Quantiles:
    """{(label, group): (n, {p: ms})} for every series, in one query, exactly:
    ``percentile_cont`` on PostgreSQL, on SQLite the two values around each rank read with
    window functions and interpolated the same way."""
    if not series:
        return {}
    union = _union(base, series, lambda x: x)
    out: Quantiles = {}
    if conn.dialect.name == "postgresql":
        stmt = select(union.c.label, union.c.grp, func.count(),
                      *(func.percentile_cont(p).within_group(union.c.x) for p in ps)
                      ).group_by(union.c.label, union.c.grp)
        for row in conn.execute(stmt):
            out[(row[0], row[1])] = (int(row[2]), {
                p: (None if v is None else float(v)) for p, v in zip(ps, row[3:], strict=True)})
        return out
    window = (union.c.label, union.c.grp)
    ranked = select(union.c.label, union.c.grp, union.c.x,
                    (func.row_number().over(partition_by=window, order_by=union.c.x) - 1)
                    .label("i"),
                    func.count().over(partition_by=window).label("n")).subquery()
    wanted = []
    for p in ps:
        low_rank = cast((ranked.c.n - 1) * p, Integer)   # truncates: floor of a rank >= 0
        wanted += [ranked.c.i == low_rank, ranked.c.i == low_rank + 1]
    stmt = select(ranked.c.label, ranked.c.grp, ranked.c.n, ranked.c.i, ranked.c.x
                  ).where(or_(*wanted))
    found: dict[tuple[str, str], tuple[int, dict[int, float]]] = {}
    for row in conn.execute(stmt):
        n, values = found.setdefault((row[0], row[1]), (int(row[2]), {}))
        values[int(row[3])] = float(row[4])
    for key, (n, values) in found.items():
        out[key] = (n, {p: _percentile_cont(values, n, p) for p in ps})
    return out


def _bucket(conn: Connection, x: Any) -> Any:
    scaled = func.ln(x + 1.0) * BUCKETS_PER_E
    if conn.dialect.name == "postgresql":
        return cast(func.floor(scaled), Integer)
    return cast(scaled, Integer)      # durations are >= 0, so truncating is flooring


def _bucket_of(conn: Connection, expr: Any) -> Any:
    clamped = func.max(expr, 0) if conn.dialect.name == "sqlite" else func.greatest(expr, 0)
    return _bucket(conn, clamped)


def _histogram_quantiles(conn: Connection, base: ColumnElement[bool],
                         series: Sequence[Series], ps: tuple[float, ...]) -> Quantiles:
    """Counts per logarithmic bucket, one plain ``GROUP BY group, bucket`` per series (same
    SQL on both databases); a percentile is the middle of the bucket holding its rank, within
    0.125 % (+0.5 ms) of the value there."""
    out: Quantiles = {}
    for label, group, expr in series:
        bucket = _bucket_of(conn, expr).label("b")
        grp = group.label("grp")
        stmt = (select(grp, bucket, func.count()).where(base, expr.is_not(None))
                .group_by(grp, bucket).order_by(grp, bucket))
        counts: dict[str, list[tuple[int, int]]] = {}
        for g, b, k in conn.execute(stmt):   # one row per bucket in use
            counts.setdefault(str(g), []).append((int(b), int(k)))
        for g, buckets in counts.items():
            out[(label, g)] = _bucket_quantiles(buckets, ps)
    return out


def _bucket_quantiles(buckets: list[tuple[int, int]], ps: tuple[float, ...]
                      ) -> tuple[int, dict[float, float | None]]:
    """(n, {p: value}) from (bucket, count) pairs in bucket order."""
    n = sum(k for _, k in buckets)
    values: dict[float, float | None] = {}
    for p in ps:
        rank, seen = p * (n - 1), 0
        for b, k in buckets:
            seen += k
            if seen > rank:
                values[p] = exp((b + 0.5) / BUCKETS_PER_E) - 1.0
                break
    return n, values


# -- the figures --------------------------------------------------------------------------

#: Additive sums per group; the cube's rows add up to every tile and every breakdown.
_SUMS = ("n", "csat_ok", "csat_n", "promoters", "detractors", "likelihood_n", "closed",
         "recovered", "ces_sum", "ces_n", "accepted_yes", "accepted_n", "fcr", "watchlist",
         "overdue", "first_response_n", "resolution_n",
         *(f"{kind}_{role}" for role in KPI_STAGE_ROLES for kind in ("stage_n", "stage_sum")))
_RATES = _SUMS[:8]


def _flag(condition: ColumnElement[bool]) -> Any:
    return func.sum(case((condition, 1), else_=0))


def _sums(now: datetime) -> list[Any]:
    closed = C.status == "closed"
    recovered = and_(closed, C.outcome == "recovered")
    stage_cols = []
    for role in KPI_STAGE_ROLES:
        column = C[f"stage_ms_{role}"]
        stage_cols += [func.count(column), func.sum(column)]
    columns = [
        func.count(), _flag(C.csat >= 4), func.count(C.csat), _flag(C.likelihood >= 9),
        _flag(C.likelihood <= 6), func.count(C.likelihood), _flag(closed), _flag(recovered),
        func.sum(C.ces), func.count(C.ces), _flag(C.accepted == "yes"), func.count(C.accepted),
        _flag(and_(recovered, C.follow_ups_done == 0)), _flag(C.watchlist.is_(True)),
        # as case_query.where(overdue_follow_up=True) has it
        _flag(and_(C.watchlist.is_(True), C.follow_up_due < now, C.status == "follow_up")),
        func.count(C.first_response_ms), func.count(C.resolution_ms), *stage_cols]
    return [column.label(name) for column, name in zip(columns, _SUMS, strict=True)]


_CUBE_KEYS = tuple(_DIMENSION[dim][0] for dim in BREAKDOWNS)


def _cube(conn: Connection, base: ColumnElement[bool], now: datetime) -> list[Any]:
    """Every sum per (desk, agent, channel, category, playbook, mode): one pass over the
    scope, and at most a few thousand rows however big the log."""
    stmt = select(*_CUBE_KEYS, *_sums(now)).where(base).group_by(*_CUBE_KEYS)
    return list(conn.execute(stmt))


def _hour_key(conn: Connection) -> Any:
    """Opening time truncated to the UTC hour, as text: periods are cut from these in local
    time (every zone with whole-hour offsets cuts exactly)."""
    if conn.dialect.name == "postgresql":
        return func.to_char(C.opened_at, "YYYY-MM-DD HH24")
    return func.substr(type_coerce(C.opened_at, String), 1, 13)


def _trend(conn: Connection, base: ColumnElement[bool], now: datetime) -> list[Any]:
    """Sums per opening hour and currency: the trend, and the redress of recovered cases
    per currency from the same pass (the sort is by hour either way)."""
    hour = _hour_key(conn).label("hour")
    recovered = and_(C.status == "closed", C.outcome == "recovered")
    redress = func.sum(case((recovered, C.redress_amount), else_=None)).label("redress")
    stmt = (select(hour, C.currency, *_sums(now)[:len(_RATES)], redress).where(base)
            .group_by(hour, C.currency))
    return list(conn.execute(stmt))


def _add(total: dict[str, int], row: Any, names: Sequence[str] = _SUMS) -> None:
    for name in names:
        total[name] = total.get(name, 0) + _int(getattr(row, name))


def _add_sums(total: dict[str, int], sums: dict[str, int]) -> None:
    for name, value in sums.items():
        total[name] = total.get(name, 0) + value


def _local_day(hour_key: str) -> date:
    at = datetime.strptime(hour_key, "%Y-%m-%d %H").replace(tzinfo=UTC)
    return at.astimezone().date()


def _period_of(day: date, granularity: Granularity) -> tuple[date, date, str]:
    if granularity == "month":
        start = day.replace(day=1)
        nxt = (start + timedelta(days=32)).replace(day=1)
        return start, nxt - timedelta(days=1), f"{start:%Y-%m}"
    start = day - timedelta(days=day.weekday())
    year, week, _ = start.isocalendar()
    return start, start + timedelta(days=6), f"{year}-W{week:02d}"


def _clip(scope: CaseFilter, start: date, end: date) -> CaseFilter:
    lo = max(start, scope.date_from) if scope.date_from else start
    hi = min(end, scope.date_to) if scope.date_to else end
    return scope.with_(date_from=lo, date_to=hi)


def compute(engine: Engine, scope: CaseFilter, *, now: datetime,
            granularity: Granularity = "week", workers: int = 2,
            use_rollup: bool = True) -> Dashboard:
    """Every figure of the Dashboard for the cases in ``scope`` (training never counts).

    A scope of whole days plus at most one breakdown value reads the daily rollup
    (``storage/kpi_rollup.py``, brought up to date first) instead of the cases; any other
    scope, or ``use_rollup=False``, aggregates the cases. Both give the same figures.

    Two rounds of independent queries, each run on ``workers`` connections at once (SQLite
    reads in parallel under WAL; the driver releases the GIL while it steps): the sums
    first, then the percentiles, exact or from a histogram depending on how many values
    the sums found.
    """
    scope = scope.with_(include_training=False)
    base = case_query.where(scope, now)
    key = rollup_key(scope) if use_rollup else None
    if key is not None and _rollup_ready(engine):
        first = _run(engine, _rollup_jobs(scope, key, base, now), workers)
        total = {name: _int(first["days"].get(("total",), {}).get(name))
                 for name in KPI_ROLLUP_SUMS}
        total["overdue"] = _int(first["overdue"])
        groups = first["groups"]
        if "cube" in first:   # breakdowns by the other dimensions, from the cases
            for dim, rows in _cube_groups(first["cube"]).items():
                if dim != key[0]:
                    groups[dim] = rows
        days = {day: sums for day, sums in first["days"].items() if day != ("total",)}
        paid = first["money"]
    else:
        first = _run(engine, {"cube": lambda conn: _cube(conn, base, now),
                              "trend": lambda conn: _trend(conn, base, now)}, workers)
        total = {}
        for row in first["cube"]:
            _add(total, row)
        groups = _cube_groups(first["cube"])
        days = {}
        paid = {}
        for row in first["trend"]:   # one row per hour with cases: a few thousand at most
            _add(days.setdefault(_local_day(row.hour), {}), row, _RATES)
            if row.currency is not None and row.redress is not None:
                paid[row.currency] = paid.get(row.currency, 0.0) + float(row.redress)
    second, exact = _percentiles(engine, base, total, groups, workers)
    return _assemble(scope, now, granularity, total, groups, days, paid, second,
                     exact=exact)


def _rollup_ready(engine: Engine) -> bool:
    """Refresh the rollup; a log this process cannot write (read-only, locked past the
    busy timeout) is aggregated from the cases instead, with the same figures."""
    try:
        return kpi_rollup.refresh(engine)
    except OperationalError:
        log.warning("dashboard rollup not refreshed; aggregating the cases", exc_info=True)
        return False


#: CaseFilter fields the rollup keys by, with their rollup dimension.
_ROLLUP_FIELDS = {"desks": "desk", "agents": "agent", "channels": "channel",
                  "categories": "category", "playbooks": "playbook", "modes": "mode"}


def rollup_key(scope: CaseFilter) -> tuple[str, str] | None:
    """(dimension, value) of the rollup rows that answer ``scope`` ("all", "" for no
    breakdown value), or None when it filters on more than dates and one value."""
    rest = scope.with_(date_from=None, date_to=None, **{name: () for name in _ROLLUP_FIELDS})
    if not rest.is_empty():
        return None
    picked = [(dim, getattr(scope, name)) for name, dim in _ROLLUP_FIELDS.items()
              if getattr(scope, name)]
    if not picked:
        return (kpi_rollup.ALL, "")
    if len(picked) > 1 or len(picked[0][1]) != 1:
        return None
    return picked[0][0], picked[0][1][0]


def _rollup_jobs(scope: CaseFilter, key: tuple[str, str], base: ColumnElement[bool],
                 now: datetime) -> dict[str, Callable[[Connection], Any]]:
    """Round one from the rollup: the scope's days (a few hundred rows), its breakdowns
    (one row per value), the redress per currency; overdue follow-ups depend on "now", so
    they are counted in the cases (an index range), as are, under one breakdown value,
    the breakdowns by the other dimensions."""
    d, m = kpi_daily.c, kpi_daily_money.c

    def days_of(table: Any) -> list[ColumnElement[bool]]:
        terms = []
        if scope.date_from is not None:
            terms.append(table.day >= scope.date_from.isoformat())
        if scope.date_to is not None:
            terms.append(table.day <= scope.date_to.isoformat())
        return terms

    def days(conn: Connection) -> dict[Any, dict[str, int]]:
        stmt = select(d.day, *(d[name] for name in KPI_ROLLUP_SUMS)).where(
            d.dim == key[0], d.value == key[1], *days_of(d))
        out: dict[Any, dict[str, int]] = {}
        sums = [0] * len(KPI_ROLLUP_SUMS)
        rates = [KPI_ROLLUP_SUMS.index(name) for name in _RATES]
        for row in conn.execute(stmt):   # one per day: a few hundred
            values = row[1:]
            sums = [a + b for a, b in zip(sums, values, strict=True)]
            out[date.fromisoformat(row[0])] = {name: values[i]
                                               for name, i in zip(_RATES, rates, strict=True)}
        out[("total",)] = dict(zip(KPI_ROLLUP_SUMS, sums, strict=True))
        return out

    def groups(conn: Connection) -> dict[str, dict[str, dict[str, int]]]:
        dims = [d.dim != kpi_rollup.ALL] if key[0] == kpi_rollup.ALL else [
            d.dim == key[0], d.value == key[1]]
        stmt = (select(d.dim, d.value, *(func.sum(d[name]).label(name) for name in _RATES))
                .where(*dims, *days_of(d)).group_by(d.dim, d.value))
        out: dict[str, dict[str, dict[str, int]]] = {dim: {} for dim in BREAKDOWNS}
        for row in conn.execute(stmt):
            _add(out[row.dim].setdefault(row.value, {}), row, _RATES)
        return out

    def money(conn: Connection) -> dict[str, float]:
        stmt = (select(m.currency, func.sum(m.redress_cents))
                .where(m.dim == key[0], m.value == key[1], *days_of(m))
                .group_by(m.currency))
        return {currency: int(cents) / 100 for currency, cents in conn.execute(stmt)}

    def overdue(conn: Connection) -> int:
        due = and_(base, C.watchlist.is_(True), C.follow_up_due < now,
                   C.status == "follow_up")
        return int(conn.execute(select(func.count()).where(due)).scalar_one())

    jobs: dict[str, Callable[[Connection], Any]] = {
        "days": days, "groups": groups, "money": money, "overdue": overdue}
    if key[0] != kpi_rollup.ALL:
        jobs["cube"] = lambda conn: _cube(conn, base, now)
    return jobs


def _cube_groups(cube: list[Any]) -> dict[str, dict[str, dict[str, int]]]:
    groups: dict[str, dict[str, dict[str, int]]] = {dim: {} for dim in BREAKDOWNS}
    for row in cube:   # a few thousand group rows, never the cases
        for dim, key in zip(BREAKDOWNS, _CUBE_KEYS, strict=True):
            _add(groups[dim].setdefault(getattr(row, key.name), {}), row, _RATES)
    return groups


def _percentiles(engine: Engine, base: ColumnElement[bool], total: dict[str, int],
                 groups: dict[str, dict[str, dict[str, int]]], workers: int
                 ) -> tuple[dict[str, Quantiles], bool]:
    """Round two: first response and resolution times, resolution medians per breakdown
    value, stage percentiles; exact up to EXACT_LIMIT cases, sampled above."""
    empty = literal("", String)
    times = [("first_response", empty, C.first_response_ms), ("resolution", empty,
                                                              C.resolution_ms)]
    # a dimension with one value in scope (often the desk) has the scope's own median
    medians = [(dim, _DIMENSION[dim][0], C.resolution_ms) for dim in BREAKDOWNS
               if len(groups[dim]) > 1]
    stages = [(role, empty, C[f"stage_ms_{role}"]) for role in KPI_STAGE_ROLES
              if total.get(f"stage_n_{role}")]
    if total.get("n", 0) <= EXACT_LIMIT:
        # one job per series, so both workers stay busy; each one scan of the covering index
        jobs: dict[str, Callable[[Connection], Any]] = {}
        for name, series, ps in (("times", times, (0.5, 0.9)), ("medians", medians, (0.5,)),
                                 ("stages", stages, (0.5, 0.9))):
            for one in series:
                jobs[f"{name}:{one[0]}"] = (lambda conn, one=one, ps=ps:
                                            _quantiles(conn, base, [one], ps))
        done = _run(engine, jobs, workers)
        return {name: {k: v for job, part in done.items() if job.startswith(name + ":")
                       for k, v in part.items()}
                for name in ("times", "medians", "stages")}, True
    keys = min(256, ceil(256 * SAMPLE_TARGET / total["n"]))
    with engine.connect() as conn:
        return _sampled(conn, base, keys, {"times": (times, (0.5, 0.9)),
                                           "medians": (medians, (0.5,)),
                                           "stages": (stages, (0.5, 0.9))}), False


_DURATIONS = ("first_response_ms", "resolution_ms",
              *(f"stage_ms_{role}" for role in KPI_STAGE_ROLES))


def _sampled(conn: Connection, base: ColumnElement[bool], keys: int,
             jobs: dict[str, tuple[Sequence[Series], tuple[float, ...]]]
             ) -> dict[str, Quantiles]:
    """Percentiles of a big scope from its cases with ``sample_key < keys`` (a uniform
    sample of about SAMPLE_TARGET cases, the same on every database): one read of the
    sample's breakdown values and logarithmic buckets (the bucket computed in SQL, as
    ``_histogram_quantiles`` does), counted per series and group here, so each series
    costs a pass over ~20k small tuples instead of a sorted ``GROUP BY``."""
    if conn.dialect.name == "sqlite":
        # "+column" keeps SQLite's planner off the scope's indexes (it would take the covering
        # index's "training" prefix and look up every case), so it reads the sample's range
        base = replacement_traverse(base, {}, lambda e: literal_column(
            f"+cases.{e.name}", e.type) if isinstance(e, Column) and e.table is Case.__table__
            else None)
    keys_at = {c.name: i for i, c in enumerate(_CUBE_KEYS)}
    at = {name: len(_CUBE_KEYS) + i for i, name in enumerate(_DURATIONS)}
    # NULL for no value (PostgreSQL's greatest(NULL, 0) is 0)
    pick = select(*_CUBE_KEYS, *(case((C[name].is_not(None), _bucket_of(conn, C[name])))
                                 for name in _DURATIONS)).where(base, C.sample_key < keys)
    rows = conn.execute(pick).all()
    columns = list(zip(*rows, strict=True)) if rows else [()] * (len(_CUBE_KEYS) + len(at))
    out: dict[str, Quantiles] = {}
    for name, (series, ps) in jobs.items():
        found: Quantiles = {}
        for label, group, value in series:
            bs = columns[at[value.name]]
            g_at = keys_at.get(group.name) if isinstance(group, Column) else None
            counts: dict[str, list[tuple[int, int]]] = {}
            if g_at is None:
                counts[""] = sorted((b, k) for b, k in Counter(bs).items() if b is not None)
            else:
                pairs = Counter(zip(columns[g_at], bs, strict=True))
                for (g, b), k in sorted(pairs.items(), key=lambda item: item[0][1] or 0):
                    if b is not None:
                        counts.setdefault(str(g), []).append((b, k))
            counts = {g: per for g, per in counts.items() if per}
            for g, per in counts.items():
                found[(label, g)] = _bucket_quantiles(per, ps)
        out[name] = found
    return out


def _run(engine: Engine, jobs: dict[str, Callable[[Connection], Any]],
         workers: int) -> dict[str, Any]:
    def one(item: tuple[str, Callable[[Connection], Any]]) -> tuple[str, Any]:
        with engine.connect() as conn:
            return item[0], item[1](conn)

    if workers <= 1:
        return dict(one(item) for item in jobs.items())
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return dict(pool.map(one, jobs.items()))


def _assemble(scope: CaseFilter, now: datetime, granularity: Granularity,
              t: dict[str, int], groups: dict[str, dict[str, dict[str, int]]],
              days: dict[date, dict[str, int]], paid: dict[str, float],
              r: dict[str, Any], *, exact: bool) -> Dashboard:
    n, closed, recovered = t.get("n", 0), t.get("closed", 0), t.get("recovered", 0)
    note = PERCENTILE_NOTE if exact else APPROXIMATE_NOTE
    # counts from the sums (exact), values from the percentile queries (maybe sampled)
    fr = r["times"].get(("first_response", ""), (0, {0.5: None, 0.9: None}))[1]
    rs = r["times"].get(("resolution", ""), (0, {0.5: None, 0.9: None}))[1]
    fr_n, rs_n = t.get("first_response_n", 0), t.get("resolution_n", 0)
    d = DEFINITIONS
    closed_scope = scope.with_(statuses=("closed",))
    resolved_scope = scope.with_(statuses=("closed",), outcomes=("recovered",))
    g = t.get
    tiles = [
        Kpi("cases", float(n), "cases", n, d["cases"], scope),
        Kpi("csat", _pct(g("csat_ok", 0), g("csat_n", 0)), "%", g("csat_n", 0), d["csat"],
            _has(scope, "csat")),
        Kpi("nps", _nps(g("promoters", 0), g("detractors", 0), g("likelihood_n", 0)),
            "points", g("likelihood_n", 0), d["nps"], _has(scope, "likelihood")),
        Kpi("effort", g("ces_sum", 0) / g("ces_n", 0) if g("ces_n") else None, "score",
            g("ces_n", 0), d["effort"], _has(scope, "ces")),
        Kpi("acceptance", _pct(g("accepted_yes", 0), g("accepted_n", 0)), "%",
            g("accepted_n", 0), d["acceptance"], _has(scope, "accepted")),
        Kpi("first_contact_resolution", _pct(g("fcr", 0), closed), "%", closed,
            d["first_contact_resolution"], closed_scope),
        Kpi("first_response_median", _seconds(fr[0.5]), "s", fr_n,
            d["first_response_median"] + note, _has(scope, "first_response_ms")),
        Kpi("first_response_p90", _seconds(fr[0.9]), "s", fr_n,
            d["first_response_p90"] + note, _has(scope, "first_response_ms")),
        Kpi("resolution_time_median", _seconds(rs[0.5]), "s", rs_n,
            d["resolution_time_median"] + note, _has(scope, "resolution_ms")),
        Kpi("resolution_time_p90", _seconds(rs[0.9]), "s", rs_n,
            d["resolution_time_p90"] + note, _has(scope, "resolution_ms")),
    ]
    money = sorted(paid.items())
    if not money:
        tiles.append(Kpi("cost_per_resolution", 0.0 if recovered else None, "", recovered,
                         d["cost_per_resolution"], resolved_scope))
    for currency, total in money:
        tiles.append(Kpi("cost_per_resolution", round(total / recovered, 2), currency,
                         recovered, d["cost_per_resolution"], resolved_scope))
    tiles += [
        Kpi("recovery_rate", _pct(recovered, closed), "%", closed, d["recovery_rate"],
            closed_scope),
        Kpi("watchlist", float(g("watchlist", 0)), "cases", g("watchlist", 0),
            d["watchlist"], scope.with_(watchlist=True)),
        Kpi("overdue_follow_ups", float(g("overdue", 0)), "cases", g("overdue", 0),
            d["overdue_follow_ups"], scope.with_(overdue_follow_up=True)),
    ]

    breakdowns: dict[str, list[BreakdownRow]] = {}
    for dim in BREAKDOWNS:
        field_name = _DIMENSION[dim][1]
        rows = sorted(groups[dim].items(), key=lambda kv: (-kv[1]["n"], kv[0]))
        breakdowns[dim] = [BreakdownRow(
            value, a["n"], _pct(a["csat_ok"], a["csat_n"]),
            _nps(a["promoters"], a["detractors"], a["likelihood_n"]),
            _pct(a["recovered"], a["closed"]),
            _seconds(r["medians"].get((dim, value), (0, {0.5: None}))[1][0.5]
                     if len(rows) > 1 else rs[0.5]),
            scope.with_(**{field_name: (value,)})) for value, a in rows]
    top = [CategoryShare(row.value, row.count, _pct(row.count, n) or 0.0, row.drill)
           for row in breakdowns["category"][:TOP_CATEGORIES]]

    periods: dict[tuple[date, date, str], dict[str, int]] = {}
    for day, sums in days.items():   # one per day with cases
        _add_sums(periods.setdefault(_period_of(day, granularity), {}), sums)
    trend = [Period(start, end, label, a["n"], _pct(a["csat_ok"], a["csat_n"]),
                    _nps(a["promoters"], a["detractors"], a["likelihood_n"]),
                    _pct(a["recovered"], a["closed"]), _clip(scope, start, end))
             for (start, end, label), a in sorted(periods.items())]

    stage_durations = []
    for role in KPI_STAGE_ROLES:
        count, total_ms = g(f"stage_n_{role}", 0), g(f"stage_sum_{role}", 0)
        if not count:
            continue
        q = r["stages"].get((role, ""), (0, {0.5: None, 0.9: None}))[1]
        stage_durations.append(StageDuration(
            role, count, _seconds(q[0.5]), _seconds(q[0.9]), total_ms / count / 1000.0,
            _has(scope, f"stage_ms_{role}")))

    return Dashboard(scope=scope, now=now, granularity=granularity, tiles=tiles,
                     top_categories=top, trend=trend, breakdowns=breakdowns,
                     stage_durations=stage_durations)
