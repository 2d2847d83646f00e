"""F10's open promises read (``commitments_due``) beside a raw read of the same rows.

The product reads the cases whose earliest open promise is due by the horizon (the indexed
``cases.promise_due``, schema 0015) with their customers, then those cases' promise events
in replay order, and replays them. The baseline runs the same two queries with the bare
``sqlite3`` driver and only fetches the rows: what is left is the product's replay and
row building. "now" is the log's newest opening, so a given (older) log is read as on its
last day of work.

The same group times F9's and F7's lists (``follow_ups_due``, ``parked_cases``) and, on
their own rows, the read of each listed case's current offer from its events
(``with_offers``), the part those lists added for offers of several resolutions. They have
no raw baseline of their own: the figure to watch is the offer read's share of the list.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy import func, select

from recovery_desk.services.cases import commitments as cm
from recovery_desk.services.cases import worklists as wl
from recovery_desk.services.cases.worklists import end_of_today
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.models import Case
from recovery_desk.tools.bench.logs import raw_reader
from recovery_desk.tools.bench.timing import median_ms

_CASES_SQL = (
    "SELECT c.case_id, c.ref, c.channel, c.agent, c.follow_up_assignee, c.playbook, "
    "c.accepted, cu.name, cu.phone, cu.email, cu.erased FROM cases c "
    "LEFT OUTER JOIN customers cu ON cu.customer_id = c.customer_id "
    "WHERE c.promise_due <= ? AND c.training IS NOT 1 ORDER BY c.promise_due, c.case_id")


def _raw_read(conn: sqlite3.Connection, until: str) -> int:
    """The product's two queries, rows fetched and nothing built from them."""
    ids = [row[0] for row in conn.execute(_CASES_SQL, (until,)).fetchall()]
    kinds = ", ".join("?" for _ in cm._KINDS)
    for start in range(0, len(ids), cm._CHUNK):
        chunk = ids[start:start + cm._CHUNK]
        conn.execute(
            f"SELECT * FROM case_events WHERE case_id IN ({', '.join('?' for _ in chunk)}) "
            f"AND kind IN ({kinds}) ORDER BY case_id, seq, at, desk_id, desk_seq",
            (*chunk, *cm._KINDS)).fetchall()
    return len(ids)


def _worklists(workspace: Workspace, now: datetime, figures: dict[str, Any]) -> None:
    """F9's and F7's reads, and the offer read inside each on the same rows."""
    engine = workspace.engine
    lists: dict[str, Callable[[], list[wl.WorkRow]]] = {
        "f9": lambda: wl.follow_ups_due(engine, now),
        "f7": lambda: wl.parked_cases(engine, workspace.desk_id, now)}
    for key, read in lists.items():
        rows = read()
        figures[f"{key}_rows"] = len(rows)
        figures[f"{key}_rows_with_several_resolutions"] = sum(
            1 for row in rows if len(row.offer_items) > 1)
        figures[f"{key}_list_ms_median"] = round(median_ms(read), 1)
        with engine.connect() as conn:
            figures[f"{key}_offer_read_ms_median"] = round(
                median_ms(partial(wl.with_offers, conn, rows)), 1)


def run(workspace: Workspace, figures: dict[str, Any]) -> None:
    """Median of several reads each, product and baseline, on the measured log."""
    engine = workspace.engine
    with engine.connect() as conn:
        newest = conn.execute(select(func.max(Case.opened_at))).scalar()
    now = (newest.replace(tzinfo=UTC) if newest is not None and newest.tzinfo is None
           else newest) or datetime.now(UTC)
    until = (end_of_today(now) + timedelta(days=7)).date().isoformat()
    promises = cm.commitments_due(engine, now, limit=10**9)
    figures["f10_open_promises"] = len(promises)
    # every candidate case read, as the raw read below does: the same work on both sides
    figures["f10_promises_ms_median"] = round(
        median_ms(lambda: cm.commitments_due(engine, now, limit=10**9)), 1)
    # the Desk's own read (its first 500 rows: it stops early), with no raw twin
    figures["f10_desk_first_500_ms_median"] = round(
        median_ms(lambda: cm.commitments_due(engine, now, limit=500)), 1)
    raw = raw_reader(workspace.location)
    try:
        figures["f10_candidate_cases"] = _raw_read(raw, until)
        figures["raw_sqlite_f10_promises_ms_median"] = round(
            median_ms(lambda: _raw_read(raw, until)), 3)
    finally:
        raw.close()
    figures["f10_promises_vs_raw"] = round(
        figures["f10_promises_ms_median"]
        / max(figures["raw_sqlite_f10_promises_ms_median"], 1e-9), 1)
    _worklists(workspace, now, figures)
