"""Round two of the figures: first response and resolution times, resolution medians per
breakdown value, stage percentiles — exact up to ``EXACT_LIMIT`` cases, sampled above.

Counts, sums and means always stay exact (round one); only the percentiles of a big scope
come from a sample, because sorting every duration would dominate.
"""

from __future__ import annotations

from collections.abc import Callable
from math import ceil

from sqlalchemy import ColumnElement, Connection, Engine, String, literal

from recovery_desk.services.kpis import exact_percentiles, parallel, sampled_percentiles
from recovery_desk.services.kpis.results import BREAKDOWNS
from recovery_desk.services.kpis.scope import DIMENSION, C
from recovery_desk.services.kpis.series import Quantiles, Series
from recovery_desk.services.kpis.sums import Groups
from recovery_desk.storage.rows import KPI_STAGE_ROLES

#: Up to this many cases in scope, percentiles are exact.
EXACT_LIMIT = 10_000
#: Above, they come from a uniform sample of about this many cases (by ``sample_key``).
SAMPLE_TARGET = 20_000


def _exact_job(base: ColumnElement[bool], one: Series,
               ps: tuple[float, ...]) -> Callable[[Connection], Quantiles]:
    """The exact quantiles of one series, as a job for ``parallel.run``."""
    def job(conn: Connection) -> Quantiles:
        return exact_percentiles.quantiles(conn, base, [one], ps)
    return job


def of_scope(engine: Engine, base: ColumnElement[bool], total: dict[str, int],
             groups: Groups, workers: int) -> tuple[dict[str, Quantiles], bool]:
    """({"times" | "medians" | "stages": quantiles}, exact?) for the scope ``base``, whose
    round-one sums are ``total`` and ``groups``."""
    empty = literal("", String)
    times: list[Series] = [("first_response", empty, C.first_response_ms),
                           ("resolution", empty, C.resolution_ms)]
    # a dimension with one value in scope (often the desk) has the scope's own median
    medians: list[Series] = [(dim, DIMENSION[dim][0], C.resolution_ms) for dim in BREAKDOWNS
                             if len(groups[dim]) > 1]
    stages: list[Series] = [(role, empty, C[f"stage_ms_{role}"]) for role in KPI_STAGE_ROLES
                            if total.get(f"stage_n_{role}")]
    if total.get("n", 0) <= EXACT_LIMIT:
        # one job per series, so both workers stay busy; each one scan of the covering index
        jobs: dict[str, Callable[[Connection], Quantiles]] = {}
        for name, series, ps in (("times", times, (0.5, 0.9)), ("medians", medians, (0.5,)),
                                 ("stages", stages, (0.5, 0.9))):
            for one in series:
                jobs[f"{name}:{one[0]}"] = _exact_job(base, one, ps)
        done = parallel.run(engine, jobs, workers)
        return {name: {k: v for job, part in done.items() if job.startswith(name + ":")
                       for k, v in part.items()}
                for name in ("times", "medians", "stages")}, True
    keys = min(256, ceil(256 * SAMPLE_TARGET / total["n"]))
    with engine.connect() as conn:
        return sampled_percentiles.sampled(conn, base, keys, {
            "times": (times, (0.5, 0.9)), "medians": (medians, (0.5,)),
            "stages": (stages, (0.5, 0.9))}), False
