"""Independent queries on several connections at once: SQLite reads in parallel under WAL
and the driver releases the GIL while it steps, so two workers halve a round's wait."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine

#: jobs whose results differ in type (a round of rollup queries)
Jobs = dict[str, Callable[[Connection], Any]]
T = TypeVar("T")


def run(engine: Engine, jobs: Mapping[str, Callable[[Connection], T]],
        workers: int) -> dict[str, T]:
    """Each job's result by name, each job on a connection of its own."""
    def one(item: tuple[str, Callable[[Connection], T]]) -> tuple[str, T]:
        with engine.connect() as conn:
            return item[0], item[1](conn)

    if workers <= 1:
        return dict(one(item) for item in jobs.items())
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return dict(pool.map(one, jobs.items()))
