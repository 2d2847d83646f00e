"""Independent queries on several connections at once: SQLite reads in parallel under WAL
and the driver releases the GIL while it steps, so two workers halve a round's wait."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import Connection, Engine

Jobs = dict[str, Callable[[Connection], Any]]


def run(engine: Engine, jobs: Jobs, workers: int) -> dict[str, Any]:
    """Each job's result by name, each job on a connection of its own."""
    def one(item: tuple[str, Callable[[Connection], Any]]) -> tuple[str, Any]:
        with engine.connect() as conn:
            return item[0], item[1](conn)

    if workers <= 1:
        return dict(one(item) for item in jobs.items())
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return dict(pool.map(one, jobs.items()))
