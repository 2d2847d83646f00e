"""Percentiles of a big scope from a uniform sample, counted in logarithmic buckets.

Sorting every duration of a big scope would dominate the Dashboard, so above
``percentiles.EXACT_LIMIT`` cases the percentiles come from the cases with
``sample_key < keys`` (derived from the case id, the same on every database), bucketed in
SQL and counted here, within the bound ``definitions.APPROXIMATE_NOTE`` states.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from math import exp
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Integer,
    case,
    cast,
    func,
    literal_column,
    select,
)
from sqlalchemy.sql.visitors import ExternallyTraversible, replacement_traverse

from recovery_desk.services.kpis.scope import CUBE_KEYS, C
from recovery_desk.services.kpis.series import Quantiles, Series
from recovery_desk.storage.models import Case
from recovery_desk.storage.rows import KPI_STAGE_ROLES

#: Sampled values are counted per logarithmic bucket: a bucket spans a factor of
#: e^(1/400) (0.25 %) of (1 + ms), and its middle is within 0.125 % of any value in it.
BUCKETS_PER_E = 400
_DURATIONS = ("first_response_ms", "resolution_ms",
              *(f"stage_ms_{role}" for role in KPI_STAGE_ROLES))


def _bucket(conn: Connection, x: Any) -> Any:
    scaled = func.ln(x + 1.0) * BUCKETS_PER_E
    if conn.dialect.name == "postgresql":
        return cast(func.floor(scaled), Integer)
    return cast(scaled, Integer)      # durations are >= 0, so truncating is flooring


def _bucket_of(conn: Connection, expr: Any) -> Any:
    clamped = func.max(expr, 0) if conn.dialect.name == "sqlite" else func.greatest(expr, 0)
    return _bucket(conn, clamped)


def bucket_quantiles(buckets: list[tuple[int, int]], ps: tuple[float, ...]
                     ) -> tuple[int, dict[float, float | None]]:
    """(n, {p: value}) from (bucket, count) pairs in bucket order: a percentile is the
    middle of the bucket holding its rank."""
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


def _counts(columns: list[tuple[Any, ...]], keys_at: dict[str, int], at: dict[str, int],
            group: Any, value: Any) -> dict[str, list[tuple[int, int]]]:
    """(bucket, count) pairs in bucket order per group value of one series."""
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
    return {g: per for g, per in counts.items() if per}


def _unindexed(element: ExternallyTraversible, **_kw: Any) -> ExternallyTraversible | None:
    """A ``cases`` column as ``+cases.name`` (the same value, no index); None keeps the rest."""
    if isinstance(element, Column) and element.table is Case.__table__:
        return literal_column(f"+cases.{element.name}", element.type)
    return None


def sampled(conn: Connection, base: ColumnElement[bool], keys: int,
            jobs: dict[str, tuple[Sequence[Series], tuple[float, ...]]]
            ) -> dict[str, Quantiles]:
    """Percentiles of a big scope from its cases with ``sample_key < keys`` (a uniform
    sample of about ``SAMPLE_TARGET`` cases): one read of the sample's breakdown values
    and logarithmic buckets (the bucket computed in SQL), counted per series and group
    here, so each series costs a pass over ~20k small tuples instead of a sorted
    ``GROUP BY``."""
    if conn.dialect.name == "sqlite":
        # "+column" keeps SQLite's planner off the scope's indexes (it would take the covering
        # index's "training" prefix and look up every case), so it reads the sample's range
        base = replacement_traverse(base, {}, _unindexed)
    keys_at = {c.name: i for i, c in enumerate(CUBE_KEYS)}
    at = {name: len(CUBE_KEYS) + i for i, name in enumerate(_DURATIONS)}
    # NULL for no value (PostgreSQL's greatest(NULL, 0) is 0)
    pick = select(*CUBE_KEYS, *(case((C[name].is_not(None), _bucket_of(conn, C[name])))
                                for name in _DURATIONS)).where(base, C.sample_key < keys)
    rows = conn.execute(pick).all()
    columns = list(zip(*rows, strict=True)) if rows else [()] * (len(CUBE_KEYS) + len(at))
    out: dict[str, Quantiles] = {}
    for name, (series, ps) in jobs.items():
        found: Quantiles = {}
        for label, group, value in series:
            for g, per in _counts(columns, keys_at, at, group, value).items():
                found[(label, g)] = bucket_quantiles(per, ps)
        out[name] = found
    return out
