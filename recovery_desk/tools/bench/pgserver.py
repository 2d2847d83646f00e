"""The central server's reads at scale, each beside the very same SQL run raw.

The product's call (``case_query.page``, ``kpis.compute``) runs once with every statement
it sends captured (SQLAlchemy's ``before_cursor_execute``); the baseline sends those same
statements, same parameters, through a bare psycopg connection, in one transaction that is
rolled back (the dashboard's refresh writes). So the gap is exactly our layers: SQL
building, row conversion, snippets, the parallel workers. Each figure is a median after a
warm-up (``timing.median_ms``). ``EXPLAIN (ANALYZE, BUFFERS)`` of each captured read is
written to ``pg-plans.txt`` in the bench folder.
"""

from __future__ import annotations

import re
import statistics
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, func, select
from sqlalchemy.engine import make_url

from recovery_desk.services.cases import case_query
from recovery_desk.services.cases.case_filter import SORT_KEYS, CaseFilter
from recovery_desk.tools.bench.timing import median_ms

_RUNS = 3


@dataclass
class Captured:
    """The statements one call sent, in order, with their parameters."""

    statements: list[tuple[str, Any, bool]] = field(default_factory=list)

    def reads(self) -> list[tuple[str, Any]]:
        return [(sql, params) for sql, params, many in self.statements
                if not many and sql.lstrip().upper().startswith(("SELECT", "WITH"))]


def capture(engine: Engine, fn: Callable[[], Any]) -> Captured:
    """Run ``fn`` once, keeping every statement it sends to ``engine``."""
    seen = Captured()

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
             many: bool) -> None:
        seen.statements.append((statement, parameters, many))

    event.listen(engine, "before_cursor_execute", keep)
    try:
        fn()
    finally:
        event.remove(engine, "before_cursor_execute", keep)
    return seen


class Raw:
    """The baseline: a bare psycopg connection sending captured statements as they are."""

    def __init__(self, url: str) -> None:
        import psycopg

        dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        self.conn = psycopg.connect(dsn)

    def run(self, statements: list[tuple[str, Any, bool]]) -> None:
        try:
            with self.conn.cursor() as cur:
                for sql, params, many in statements:
                    if many:
                        cur.executemany(sql, params)
                        continue
                    cur.execute(sql, params or None)
                    if cur.description is not None:
                        cur.fetchall()
        finally:
            self.conn.rollback()

    def explain(self, sql: str, params: Any) -> str:
        try:
            with self.conn.cursor() as cur:
                cur.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", params or None)
                return "\n".join(str(r[0]) for r in cur.fetchall())
        finally:
            self.conn.rollback()

    def close(self) -> None:
        self.conn.close()


@dataclass
class Measured:
    name: str
    ours_ms: float
    raw_ms: float
    statements: list[tuple[str, Any, bool]]


def measure(engine: Engine, raw: Raw, name: str, fn: Callable[[], Any],
            runs: int = _RUNS) -> Measured:
    """Ours and the same statements raw, alternated run by run, medians of each."""
    captured = capture(engine, fn).statements
    ours, bare = [], []
    raw.run(captured)  # warm-up of the baseline (ours was warmed by the capture)
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        ours.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        raw.run(captured)
        bare.append((time.perf_counter() - start) * 1000)
    return Measured(name, statistics.median(ours), statistics.median(bare), captured)


# -- what to ask: values present on the server --------------------------------------------


def _top(engine: Engine, column: str, offset: int = 0) -> Any:
    """A common value of ``column`` (from a 1 % sample of the cases)."""
    with engine.connect() as conn:
        return conn.exec_driver_sql(
            f"SELECT {column} FROM cases TABLESAMPLE SYSTEM (1) REPEATABLE (7) "
            f"WHERE NOT training GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1 "
            f"OFFSET {int(offset)}").scalar() or ""


def filters(engine: Engine) -> list[tuple[str, CaseFilter]]:
    """The Log's realistic filters (as ``bench --only log`` asks them), with server values."""
    with engine.connect() as conn:
        newest = conn.execute(select(func.max(case_query.C.opened_at))).scalar()
    last = (newest or datetime.now()).date()
    agent, category = _top(engine, "agent", 2), _top(engine, "category", 1)
    channel, desk, playbook = _top(engine, "channel"), _top(engine, "desk_id"), \
        _top(engine, "playbook", 1)
    return [
        ("status open+follow-up", CaseFilter(statuses=("open", "follow_up"))),
        ("last 7 days", CaseFilter(date_from=last - timedelta(days=7), date_to=last)),
        ("agent", CaseFilter(agents=(agent,))),
        ("agent+category", CaseFilter(agents=(agent,), categories=(category,))),
        ("channel+watchlist", CaseFilter(channels=(channel,), watchlist=True)),
        ("escalated", CaseFilter(escalated=True)),
        ("desk+closed", CaseFilter(desks=(desk,), statuses=("closed",))),
        ("playbook+critical", CaseFilter(playbooks=(playbook,), severities=("critical",))),
    ]


_WORD = re.compile(r"[a-z]{4,}")


def words(engine: Engine) -> list[tuple[str, str]]:
    """A common and a rare word of the cases' search text (from a small sample)."""
    with engine.connect() as conn:
        texts = conn.exec_driver_sql(
            "SELECT folded FROM case_search TABLESAMPLE SYSTEM (0.2) REPEATABLE (7)"
        ).scalars().all()
    counts = Counter(w for text in texts for w in set(_WORD.findall(text or "")))
    if not counts:
        return []
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [("common", ranked[0][0]), ("middling", ranked[len(ranked) // 4][0]),
            ("rare", ranked[-1][0])]


# -- the run --------------------------------------------------------------------------------


def run(url: str, folder: Path, figures: dict[str, Any]) -> list[Measured]:
    """The Log's first page, filter+sort, search and the dashboard on the server."""
    from recovery_desk.storage.engine import make_engine

    engine = make_engine(url)
    raw = Raw(url)
    try:
        done = _server_size(engine, figures)
        done += _log_reads(engine, raw, figures)
        done += _dashboard(engine, raw, figures)
        _write_plans(raw, done, folder / "pg-plans.txt")
        figures["pgserver_plans"] = str(folder / "pg-plans.txt")
    finally:
        raw.close()
        engine.dispose()
    return done


def _server_size(engine: Engine, figures: dict[str, Any]) -> list[Measured]:
    """What the server holds: cases, events, desks, database and index sizes."""
    with engine.connect() as conn:
        one = conn.exec_driver_sql
        figures["pgserver_cases"] = one("SELECT count(*) FROM cases").scalar()
        figures["pgserver_events"] = one("SELECT count(*) FROM case_events").scalar()
        figures["pgserver_desks"] = one("SELECT count(*) FROM desks").scalar()
        size = one("SELECT pg_database_size(current_database())").scalar_one()
        figures["pgserver_database_mb"] = round(int(size) / 1e6, 1)
        tables = one("SELECT c.relname, pg_table_size(c.oid), pg_indexes_size(c.oid) "
                     "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                     "WHERE c.relkind = 'r' AND n.nspname = 'public' "
                     "ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 6").all()
        figures["pgserver_table_index_mb"] = {
            name: [round(table / 1e6, 1), round(index / 1e6, 1)] for name, table, index in tables}
        indexes = one("SELECT indexrelname, pg_relation_size(indexrelid) "
                      "FROM pg_stat_user_indexes WHERE relname IN ('case_events', 'cases', "
                      "'case_search') ORDER BY 2 DESC").all()
        figures["pgserver_index_mb"] = {name: round(size / 1e6, 1) for name, size in indexes}
    return []


def _log_reads(engine: Engine, raw: Raw, figures: dict[str, Any]) -> list[Measured]:
    done = [measure(engine, raw, "first page", partial(case_query.page, engine, CaseFilter()))]
    for label, flt in filters(engine):
        for sort in SORT_KEYS:
            done.append(measure(engine, raw, f"filter {label}, sort {sort}",
                                partial(case_query.page, engine, flt, sort=sort)))
    for kind, word in words(engine):
        done.append(measure(engine, raw, f"search {kind} {word!r}",
                            partial(case_query.page, engine, CaseFilter(text=word))))
    first, sorted_pages = done[0], [m for m in done if m.name.startswith("filter")]
    searches = [m for m in done if m.name.startswith("search")]
    figures["pgserver_first_page_ms"] = round(first.ours_ms, 1)
    figures["pgserver_first_page_raw_ms"] = round(first.raw_ms, 1)
    worst = max(sorted_pages, key=lambda m: m.ours_ms)
    figures["pgserver_filter_sort_ms_median"] = round(
        statistics.median(m.ours_ms for m in sorted_pages), 1)
    figures["pgserver_filter_sort_raw_ms_median"] = round(
        statistics.median(m.raw_ms for m in sorted_pages), 1)
    figures["pgserver_filter_sort_worst"] = [worst.name, round(worst.ours_ms, 1),
                                             round(worst.raw_ms, 1)]
    for m in searches:
        figures[f"pgserver_{m.name.split()[0]}_{m.name.split()[1]}_ms"] = [
            m.name, round(m.ours_ms, 1), round(m.raw_ms, 1)]
    return [first, worst, *searches]


def _dashboard(engine: Engine, raw: Raw, figures: dict[str, Any]) -> list[Measured]:
    """The whole server's Dashboard, and with three days made dirty first (three desk
    actions on cases of those days), as ``bench --only dashboard`` measures a log."""
    from recovery_desk.services.kpis.compute import compute
    from recovery_desk.storage import kpi_rollup
    from recovery_desk.storage.models import Case

    with engine.connect() as conn:
        newest = conn.execute(select(func.max(Case.opened_at))).scalar()
    now = newest or datetime.now()
    start = time.perf_counter()
    compute(engine, CaseFilter(), now=now)  # the rollup brought up to date after the fill
    figures["pgserver_dashboard_first_ms"] = round((time.perf_counter() - start) * 1000, 1)
    recent = [now - timedelta(days=d) for d in (0, 3, 40)]

    def dirty_then() -> None:
        with engine.begin() as conn:
            kpi_rollup.mark_dirty(conn, recent)
        compute(engine, CaseFilter(), now=now)

    whole = measure(engine, raw, "dashboard", partial(compute, engine, CaseFilter(), now=now))
    dirty = measure(engine, raw, "dashboard, 3 dirty days", dirty_then)
    figures["pgserver_dashboard_ms"] = round(whole.ours_ms, 1)
    figures["pgserver_dashboard_raw_ms"] = round(whole.raw_ms, 1)
    figures["pgserver_dashboard_3_dirty_days_ms"] = round(dirty.ours_ms, 1)
    figures["pgserver_dashboard_3_dirty_days_raw_ms"] = round(dirty.raw_ms, 1)
    figures["pgserver_dashboard_from_cases_ms"] = round(median_ms(
        partial(compute, engine, CaseFilter(), now=now, use_rollup=False), runs=1), 1)
    return [whole, dirty]


def _write_plans(raw: Raw, done: list[Measured], path: Path) -> None:
    """EXPLAIN (ANALYZE, BUFFERS) of each read a measured call sent."""
    parts = []
    for m in done:
        parts.append(f"=== {m.name}: ours {m.ours_ms:.1f} ms, raw {m.raw_ms:.1f} ms, "
                     f"{len(m.statements)} statements")
        for sql, params in Captured(m.statements).reads():
            plan = "\n".join(_cut(line) for line in raw.explain(sql, params).splitlines())
            parts.append(f"--- {_cut(' '.join(sql.split()), 600)}\n"
                         f"--- parameters: {_cut(repr(params))}\n{plan}")
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


def _cut(text: str, width: int = 300) -> str:
    """A page's 200 case ids, listed in a plan line, cut short: the plan stays readable."""
    return text if len(text) <= width else text[:width] + " …"
