"""How the bench times a read: one warm-up call (page cache, statement caches), then the
median of several, so one disturbed run on a shared machine does not set the figure."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

RUNS = 5


def median_ms(fn: Callable[[], Any], runs: int = RUNS) -> float:
    """Median wall time of ``fn`` in milliseconds, after one warm-up call."""
    fn()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)
