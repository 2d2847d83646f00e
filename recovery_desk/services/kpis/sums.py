"""Round one of the figures from the cases: additive sums in two ``GROUP BY`` passes.

One ``GROUP BY`` over (desk, agent, channel, category, playbook, mode) gives every sum
behind the tiles and breakdowns (at most a few thousand groups, read from the covering
index ``ix_cases_kpi`` in its own order, so no sort), one per opening hour and currency
gives the trend and the money. Python only adds up these group rows, never the cases.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    String,
    and_,
    case,
    func,
    select,
    type_coerce,
)

from recovery_desk.domain.case import CLOSED, OUTCOME_UNKNOWN, RECOVERED
from recovery_desk.services.cases import overdue
from recovery_desk.services.kpis import parallel
from recovery_desk.services.kpis.results import BREAKDOWNS
from recovery_desk.services.kpis.scope import CUBE_KEYS, C
from recovery_desk.storage.rows import KPI_STAGE_ROLES

#: Additive sums per group; the cube's rows add up to every tile and every breakdown.
SUMS = ("n", "csat_ok", "csat_n", "promoters", "detractors", "likelihood_n", "closed",
        "recovered", "unknown", "ces_sum", "ces_n", "accepted_yes", "accepted_n", "fcr",
        "watchlist", "overdue", "first_response_n", "resolution_n",
        *(f"{kind}_{role}" for role in KPI_STAGE_ROLES for kind in ("stage_n", "stage_sum")))
#: The sums behind a breakdown row or a trend period's rates.
RATES = SUMS[:9]

Groups = dict[str, dict[str, dict[str, int]]]   # {dimension: {value: {sum: int}}}


def as_int(value: Any) -> int:
    return int(value or 0)


def _flag(condition: ColumnElement[bool]) -> Any:
    return func.sum(case((condition, 1), else_=0))


def _sums(now: datetime) -> list[Any]:
    closed = C.status == CLOSED
    recovered = and_(closed, C.outcome == RECOVERED)
    unknown = and_(closed, C.outcome == OUTCOME_UNKNOWN)
    stage_cols = []
    for role in KPI_STAGE_ROLES:
        column = C[f"stage_ms_{role}"]
        stage_cols += [func.count(column), func.sum(column)]
    columns = [
        func.count(), _flag(C.csat >= 4), func.count(C.csat), _flag(C.likelihood >= 9),
        _flag(C.likelihood <= 6), func.count(C.likelihood), _flag(closed), _flag(recovered),
        _flag(unknown), func.sum(C.ces), func.count(C.ces), _flag(C.accepted == "yes"),
        func.count(C.accepted),
        _flag(and_(recovered, C.follow_ups_done == 0)), _flag(C.watchlist.is_(True)),
        _flag(overdue.rule(C, now)),  # the total is overdue.among's (from_cases)
        func.count(C.first_response_ms), func.count(C.resolution_ms), *stage_cols]
    return [column.label(name) for column, name in zip(columns, SUMS, strict=True)]


def cube(conn: Connection, base: ColumnElement[bool], now: datetime) -> list[Any]:
    """Every sum per (desk, agent, channel, category, playbook, mode): one pass over the
    scope, and at most a few thousand rows however big the log."""
    stmt = select(*CUBE_KEYS, *_sums(now)).where(base).group_by(*CUBE_KEYS)
    return list(conn.execute(stmt))


def _hour_key(conn: Connection) -> Any:
    """Opening time truncated to the UTC hour, as text: periods are cut from these in local
    time (every zone with whole-hour offsets cuts exactly)."""
    if conn.dialect.name == "postgresql":
        return func.to_char(C.opened_at, "YYYY-MM-DD HH24")
    return func.substr(type_coerce(C.opened_at, String), 1, 13)


def trend(conn: Connection, base: ColumnElement[bool], now: datetime) -> list[Any]:
    """Sums per opening hour and currency: the trend, and the redress of recovered cases
    per currency from the same pass (the sort is by hour either way)."""
    hour = _hour_key(conn).label("hour")
    recovered = and_(C.status == "closed", C.outcome == "recovered")
    redress = func.sum(case((recovered, C.redress_amount), else_=None)).label("redress")
    stmt = (select(hour, C.currency, *_sums(now)[:len(RATES)], redress).where(base)
            .group_by(hour, C.currency))
    return list(conn.execute(stmt))


def add(total: dict[str, int], row: Any, names: Sequence[str] = SUMS) -> None:
    """Add a result row's sums ``names`` into ``total``."""
    for name in names:
        total[name] = total.get(name, 0) + as_int(getattr(row, name))


def add_sums(total: dict[str, int], sums: dict[str, int]) -> None:
    for name, value in sums.items():
        total[name] = total.get(name, 0) + value


def cube_groups(rows: list[Any]) -> Groups:
    """The cube's rows added up per breakdown dimension and value."""
    groups: Groups = {dim: {} for dim in BREAKDOWNS}
    for row in rows:   # a few thousand group rows, never the cases
        for dim, key in zip(BREAKDOWNS, CUBE_KEYS, strict=True):
            add(groups[dim].setdefault(getattr(row, key.name), {}), row, RATES)
    return groups


def local_day(hour_key: str) -> date:
    """The local day of a trend row's UTC hour."""
    at = datetime.strptime(hour_key, "%Y-%m-%d %H").replace(tzinfo=UTC)
    return at.astimezone().date()


@dataclass
class ScopeSums:
    """Round one's answer, from the cases or the rollup alike."""

    total: dict[str, int]                 # every sum over the scope
    groups: Groups                        # the rates' sums per breakdown value
    days: dict[date, dict[str, int]]      # the rates' sums per local day with cases
    paid: dict[str, float]                # redress on recovered cases, per currency


def from_cases(engine: Engine, base: ColumnElement[bool], now: datetime,
               workers: int) -> ScopeSums:
    """Round one from the cases: the cube and the trend, both passes at once."""
    jobs: parallel.Jobs = {"cube": lambda conn: cube(conn, base, now),
                           "trend": lambda conn: trend(conn, base, now),
                           "overdue": lambda conn: overdue.among(conn, base, now)}
    first = parallel.run(engine, jobs, workers)
    total: dict[str, int] = {}
    for row in first["cube"]:
        add(total, row)
    total["overdue"] = first["overdue"]  # the one count (services/cases/overdue.py)
    days: dict[date, dict[str, int]] = {}
    paid: dict[str, float] = {}
    for row in first["trend"]:   # one row per hour with cases: a few thousand at most
        add(days.setdefault(local_day(row.hour), {}), row, RATES)
        if row.currency is not None and row.redress is not None:
            paid[row.currency] = paid.get(row.currency, 0.0) + float(row.redress)
    return ScopeSums(total, cube_groups(first["cube"]), days, paid)
