"""Round one from the daily rollup instead of the cases, for the usual Dashboard scope.

A scope of whole days plus at most one breakdown value (a period, perhaps one desk) reads
its sums from ``storage/kpi_rollup.py`` (a few hundred rows per scope, recomputed per dirty
day before reading); the figures are the same as from the cases, and the tests compare both.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, func, select
from sqlalchemy.exc import OperationalError

from recovery_desk.services.cases import overdue
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.kpis import parallel, sums
from recovery_desk.services.kpis.parallel import Jobs
from recovery_desk.services.kpis.results import BREAKDOWNS
from recovery_desk.services.kpis.scope import DIMENSION
from recovery_desk.services.kpis.sums import RATES, Groups
from recovery_desk.storage import kpi_rollup
from recovery_desk.storage.models import KPI_ROLLUP_SUMS, kpi_daily, kpi_daily_money

log = logging.getLogger(__name__)

#: CaseFilter fields the rollup keys by, with their rollup dimension.
_ROLLUP_FIELDS = {name: dim for dim, (_, name) in DIMENSION.items()}


def ready(engine: Engine) -> bool:
    """Refresh the rollup; a log this process cannot write (read-only, locked past the
    busy timeout) is aggregated from the cases instead, with the same figures."""
    try:
        return kpi_rollup.refresh(engine)
    except OperationalError:
        log.warning("dashboard rollup not refreshed; aggregating the cases", exc_info=True)
        return False


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


def jobs(scope: CaseFilter, key: tuple[str, str], base: ColumnElement[bool],
         now: datetime) -> Jobs:
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
        totals = [0] * len(KPI_ROLLUP_SUMS)
        rates = [KPI_ROLLUP_SUMS.index(name) for name in RATES]
        for row in conn.execute(stmt):   # one per day: a few hundred
            values = row[1:]
            totals = [a + b for a, b in zip(totals, values, strict=True)]
            out[date.fromisoformat(row[0])] = {name: values[i]
                                               for name, i in zip(RATES, rates, strict=True)}
        out[("total",)] = dict(zip(KPI_ROLLUP_SUMS, totals, strict=True))
        return out

    def groups(conn: Connection) -> Groups:
        dims = [d.dim != kpi_rollup.ALL] if key[0] == kpi_rollup.ALL else [
            d.dim == key[0], d.value == key[1]]
        stmt = (select(d.dim, d.value, *(func.sum(d[name]).label(name) for name in RATES))
                .where(*dims, *days_of(d)).group_by(d.dim, d.value))
        out: Groups = {dim: {} for dim in BREAKDOWNS}
        for row in conn.execute(stmt):
            sums.add(out[row.dim].setdefault(row.value, {}), row, RATES)
        return out

    def money(conn: Connection) -> dict[str, float]:
        stmt = (select(m.currency, func.sum(m.redress_cents))
                .where(m.dim == key[0], m.value == key[1], *days_of(m))
                .group_by(m.currency))
        return {currency: int(cents) / 100 for currency, cents in conn.execute(stmt)}

    def overdue_now(conn: Connection) -> int:  # the one count (services/cases/overdue.py)
        return overdue.among(conn, base, now)

    out: Jobs = {"days": days, "groups": groups, "money": money, "overdue": overdue_now}
    if key[0] != kpi_rollup.ALL:
        out["cube"] = lambda conn: sums.cube(conn, base, now)
    return out


def from_rollup(engine: Engine, scope: CaseFilter, key: tuple[str, str],
                base: ColumnElement[bool], now: datetime, workers: int) -> sums.ScopeSums:
    """Round one for a scope ``rollup_key`` answers, the rollup already refreshed."""
    first = parallel.run(engine, jobs(scope, key, base, now), workers)
    total = {name: sums.as_int(first["days"].get(("total",), {}).get(name))
             for name in KPI_ROLLUP_SUMS}
    total["overdue"] = sums.as_int(first["overdue"])
    groups = first["groups"]
    if "cube" in first:   # breakdowns by the other dimensions, from the cases
        for dim, rows in sums.cube_groups(first["cube"]).items():
            if dim != key[0]:
                groups[dim] = rows
    days = {day: per for day, per in first["days"].items() if day != ("total",)}
    return sums.ScopeSums(total, groups, days, first["money"])
