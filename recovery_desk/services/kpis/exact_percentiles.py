"""Exact percentiles, the same on both databases: ``percentile_cont`` (linear interpolation
between the two nearest values) on PostgreSQL; on SQLite the two values around each rank,
read with window functions, interpolated the same way here."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from math import floor
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    String,
    cast,
    func,
    literal,
    or_,
    select,
    type_coerce,
    union_all,
)

from recovery_desk.services.kpis.series import Quantiles, Series


def percentile_cont(values: dict[int, float], n: int, p: float) -> float | None:
    """PostgreSQL's percentile_cont over n sorted values, given the ones at the ranks used."""
    if n == 0:
        return None
    rank = p * (n - 1)
    low = floor(rank)
    if low + 1 >= n:
        return float(values[low])
    first, second = float(values[low]), float(values[low + 1])
    return first + (second - first) * (rank - low)


def _union(base: ColumnElement[bool], series: Sequence[Series], value: Callable[[Any], Any]
           ) -> Any:
    parts = [select(literal(label, String).label("label"),
                    type_coerce(group, String).label("grp"), value(expr).label("x"))
             .where(base, expr.is_not(None)) for label, group, expr in series]
    return (union_all(*parts) if len(parts) > 1 else parts[0]).subquery()


def quantiles(conn: Connection, base: ColumnElement[bool], series: Sequence[Series],
              ps: tuple[float, ...] = (0.5, 0.9)) -> Quantiles:
    """{(label, group): (n, {p: ms})} for every series, in one query, exactly."""
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
        out[key] = (n, {p: percentile_cont(values, n, p) for p in ps})
    return out
