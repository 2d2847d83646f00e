"""How the bench times a read: one warm-up call (page cache, statement caches), then the
median of several, so one disturbed run on a shared machine does not set the figure."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

RUNS = 5


def median_ms(fn: Callable[[], Any], runs: int = RUNS, slow_ms: float | None = None) -> float:
    """Median wall time of ``fn`` in milliseconds, after one warm-up call; with
    ``slow_ms``, the warm-up's own time when it took longer (an aggregate over a 1M-case
    log, say: its median would take minutes and tell no more)."""
    started = time.perf_counter()
    fn()
    first = (time.perf_counter() - started) * 1000
    if slow_ms is not None and first > slow_ms:
        return first
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def percentile(values: list[float], pct: float) -> float:
    """The sample at ``pct`` per cent of the sorted values, nearest rank: a tail figure
    (p99) that is one real timing, not an interpolation between two."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))]
