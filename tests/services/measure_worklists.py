"""How long F9's and F7's reads take on a big log with and without reading each listed
case's current offer from its events; not a test: run it explicitly on a demo log of your
own (never on a log you keep):

    .venv/bin/recovery-desk --db /tmp/big.sqlite3 demo-data --cases 20000 --seed 11 \\
        --desk DESK-BIG --until 2026-12-03T12:00
    .venv/bin/python tests/services/measure_worklists.py /tmp/big.sqlite3 \\
        2026-12-03T12:00 DESK-BIG
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from recovery_desk.services.cases import worklists as wl
from recovery_desk.storage.engine import make_engine, resolve_target


def best(read: Callable[[], list[Any]], times: int = 5) -> tuple[float, list[Any]]:
    """The fastest of ``times`` reads (the least disturbed by the rest of the machine)."""
    found: list[Any] = []
    spent = []
    for _ in range(times):
        start = time.perf_counter()
        found = read()
        spent.append(time.perf_counter() - start)
    return min(spent), found


def main(path: str, moment: str, desk: str) -> None:
    engine = make_engine(resolve_target(path))
    now = datetime.fromisoformat(moment).replace(tzinfo=UTC)
    with_offers = wl.with_offers
    for name, read in (("F9 follow_ups_due", lambda: wl.follow_ups_due(engine, now)),
                       ("F7 parked_cases", lambda: wl.parked_cases(engine, desk, now))):
        wl.with_offers = lambda conn, rows: rows
        without, _ = best(read)
        wl.with_offers = with_offers
        spent, rows = best(read)
        several = sum(1 for row in rows if len(row.offer_items) > 1)
        print(f"{name}: {len(rows)} rows, {several} with several resolutions; "
              f"without the offers {without * 1000:.1f} ms, with them {spent * 1000:.1f} ms "
              "(best of 5)")


if __name__ == "__main__":
    main(*sys.argv[1:4])
