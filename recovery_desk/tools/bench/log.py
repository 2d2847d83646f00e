"""The Log's speed on a real case log, each figure beside a raw ``sqlite3`` baseline.

The baseline is a hand-written keyset query on the bare driver, run in the same process
on the same file: what any page of the Log would cost without our layers. Measured: the
first page; filtered and sorted pages (several realistic filters × every sort key, worst
and median); full-text search for common and rare words; paging from row 0 to row
500,000 (pages per second, worst page, resident memory); and, when Qt is there, the real
``CaseTableModel`` scrolled to that row offscreen. The search box finding people and
references (``people.py``) and the quality checks' reads (``review.py``) are measured here
too, each beside its own baseline.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as dt_time
from functools import partial
from pathlib import Path
from typing import Any

from recovery_desk.services.cases import case_query, text_search
from recovery_desk.services.cases.case_filter import SORT_KEYS, CaseFilter
from recovery_desk.tools.bench import people, review
from recovery_desk.tools.bench.logs import raw_reader
from recovery_desk.tools.bench.timing import median_ms

PAGE = 200
DEEP_ROW = 500_000
_RAW_COLUMNS = ", ".join(case_query.ROW_COLUMNS)


def rss_mb() -> float:
    """Resident memory of this process (VmRSS from /proc/self/status), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


class _Raw:
    """The baseline: hand-written keyset pages on the bare ``sqlite3`` driver."""

    def __init__(self, path: str) -> None:
        self.conn = raw_reader(path)  # the baseline cannot write the measured log

    def page(self, where: str = "", params: tuple[Any, ...] = (), sort: str = "opened_at",
             after: tuple[Any, str] | None = None, descending: bool = True) -> list[Any]:
        # "+training": a hand-written query keeps SQLite off the indexes that lead with
        # training (they match every real case) and walks the sort index instead
        clauses = ["+training = 0", f"{sort} IS NOT NULL"]
        args: list[Any] = list(params)
        if where:
            clauses.append(where)
        if after is not None:
            clauses.append(f"({sort}, case_id) {'<' if descending else '>'} (?, ?)")
            args += list(after)
        way = "DESC" if descending else "ASC"
        sql = (f"SELECT {_RAW_COLUMNS}, {sort} FROM cases WHERE {' AND '.join(clauses)} "
               f"ORDER BY {sort} {way}, case_id {way} LIMIT {PAGE}")
        return self.conn.execute(sql, args).fetchall()

    def search(self, query: str) -> list[Any]:
        sql = (f"SELECT {', '.join('c.' + c for c in case_query.ROW_COLUMNS)} FROM case_fts "
               "JOIN case_search AS s ON s.doc_id = case_fts.rowid "
               "JOIN cases AS c ON c.case_id = s.case_id "
               "WHERE case_fts MATCH ? AND c.training = 0 "
               f"ORDER BY c.opened_at DESC, c.case_id DESC LIMIT {PAGE}")
        return self.conn.execute(sql, (query,)).fetchall()


def _filters(engine: Any) -> list[tuple[str, CaseFilter, str, tuple[Any, ...]]]:
    """Realistic filters, built from values present in this log, with their raw SQL."""
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection

        def top(column: str, offset: int = 0) -> Any:
            row = raw.execute(f"SELECT {column} FROM cases WHERE training = 0 GROUP BY 1 "
                              f"ORDER BY count(*) DESC LIMIT 1 OFFSET {offset}").fetchone()
            return row[0] if row else ""

        agent, category, channel = top("agent", 2), top("category", 1), top("channel")
        desk = top("desk_id")
        playbook = top("playbook", 1)  # one of the less used ones
        newest = raw.execute("SELECT max(opened_at) FROM cases").fetchone()[0]
    last = (datetime.fromisoformat(newest) if newest else datetime.now()).date()
    week = last - timedelta(days=7)
    return [
        ("status open+follow-up", CaseFilter(statuses=("open", "follow_up")),
         "status IN ('open', 'follow_up')", ()),
        ("last 7 days", CaseFilter(date_from=week, date_to=last),  # both ends, as ours
         "opened_at >= ? AND opened_at < ?",
         (_stored_day_start(week), _stored_day_start(last + timedelta(days=1)))),
        ("agent", CaseFilter(agents=(agent,)), "agent = ?", (agent,)),
        ("agent+category", CaseFilter(agents=(agent,), categories=(category,)),
         "agent = ? AND category = ?", (agent, category)),
        ("channel+watchlist", CaseFilter(channels=(channel,), watchlist=True),
         "channel = ? AND watchlist = 1", (channel,)),
        ("escalated", CaseFilter(escalated=True), "escalated = 1", ()),
        ("desk+closed", CaseFilter(desks=(desk,), statuses=("closed",)),
         "desk_id = ? AND status = 'closed'", (desk,)),
        ("playbook+critical", CaseFilter(playbooks=(playbook,), severities=("critical",)),
         "playbook = ? AND severity = 'critical'", (playbook,)),
    ]


def _stored_day_start(day: date) -> str:
    """Local midnight of ``day`` as the log stores times (UTC, SQLAlchemy's SQLite text):
    the bound ``case_query`` gives its date filter, so both sides run the same query."""
    start = datetime.combine(day, dt_time.min).astimezone().astimezone(UTC)
    return start.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _words(raw: sqlite3.Connection) -> list[tuple[str, str]]:
    """A common, a middling and a rare word of this log (from the FTS5 vocabulary)."""
    raw.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab USING "
                "fts5vocab(main, case_fts, row)")
    terms = raw.execute("SELECT term, doc FROM temp.bench_vocab WHERE length(term) > 3 "
                        "ORDER BY doc DESC").fetchall()
    if not terms:
        return []
    words: list[tuple[str, int]] = [(term, doc) for term, doc in terms
                                    if not term.isdigit()] or terms
    cases = int(raw.execute("SELECT max(rowid) FROM cases").fetchone()[0] or 0)
    # the match counts where case_query changes how it reads a searched word's page, where
    # a search costs most
    switches = _switches(cases)

    def nearest(count: int) -> str:
        return min(words, key=lambda item: abs(item[1] - count))[0]

    return [("common", words[0][0]), ("switch_ids", nearest(switches[0])),
            ("switch_docs", nearest(switches[1])), ("middling", nearest(switches[0] // 10)),
            ("rare", words[-1][0])]


def _switches(cases: int) -> tuple[int, int]:
    """The match counts where ``text_search.text_strategy`` turns to "ids", then to "docs"."""
    found: list[int] = []
    way = "text"
    for matches in range(text_search.TEXT_NARROW, max(cases, 1) + 1, 50):
        now = text_search.text_strategy(matches, cases, PAGE)
        if now != way:
            found.append(matches)
            way = now
        if len(found) == 2:
            break
    while len(found) < 2:
        found.append(found[-1] if found else text_search.TEXT_NARROW)
    return found[0], found[1]


def run(workspace: Any, folder: Path, figures: dict[str, Any]) -> None:
    """Add the Log's figures to ``figures`` (SQLite logs only)."""
    engine = workspace.engine
    if engine.dialect.name != "sqlite":
        figures["log_bench"] = "skipped: SQLite only"
        return
    raw = _Raw(workspace.location)
    total = case_query.estimate(engine, CaseFilter())
    figures["log_cases"] = total

    figures["log_first_page_ms"] = round(
        median_ms(lambda: case_query.page(engine, CaseFilter())), 2)
    figures["raw_first_page_ms"] = round(median_ms(raw.page), 2)

    ours: list[float] = []
    base: list[float] = []
    worst = ("", 0.0)
    for label, flt, where, params in _filters(engine):
        for sort in SORT_KEYS:
            column = case_query.SORT_FIELDS[sort]
            spent = median_ms(partial(case_query.page, engine, flt, sort=sort), runs=3)
            ours.append(spent)
            if spent > worst[1]:
                worst = (f"{label} by {sort}", spent)
            base.append(median_ms(partial(raw.page, where, params, column), runs=3))
    figures["log_filter_pages"] = len(ours)
    figures["log_filter_page_ms_median"] = round(statistics.median(ours), 2)
    figures["log_filter_page_ms_worst"] = round(worst[1], 2)
    figures["log_filter_page_worst_is"] = worst[0]
    figures["raw_filter_page_ms_median"] = round(statistics.median(base), 2)
    figures["raw_filter_page_ms_worst"] = round(max(base), 2)
    _filter_pages_both_ways(engine, raw, figures)

    for kind, word in _words(raw.conn):
        flt = CaseFilter(text=word)
        figures[f"log_search_{kind}_word"] = word
        figures[f"log_search_{kind}_hits"] = case_query.estimate(engine, flt)
        figures[f"log_search_{kind}_first_page_ms"] = round(
            median_ms(partial(case_query.page, engine, flt)), 2)
        figures[f"raw_search_{kind}_first_page_ms"] = round(
            median_ms(partial(raw.search, f'"{word}"*')), 2)

    people.run(engine, raw.conn, median_ms, figures)
    review.run(engine, raw.conn, figures)
    _deep_paging(engine, raw, min(DEEP_ROW, total), figures)
    _table_model(workspace, min(DEEP_ROW, total), figures)


def run_find(workspace: Any, figures: dict[str, Any]) -> None:
    """Only the search box finding people and references, and the quality checks' reads
    (``bench --only find``), each beside its baseline."""
    if workspace.engine.dialect.name != "sqlite":
        figures["log_bench"] = "skipped: SQLite only"
        return
    raw = _Raw(workspace.location)
    people.run(workspace.engine, raw.conn, median_ms, figures)
    review.run(workspace.engine, raw.conn, figures)


def _filter_pages_both_ways(engine: Any, raw: _Raw, figures: dict[str, Any],
                            pages: int = 4) -> None:
    """Every filter set and sort key in both directions, ``pages`` pages deep, each page
    timed once as a user meets it (the first call is not repeated); the raw baseline for
    the first page of each."""
    ours: list[tuple[float, str]] = []
    base: list[float] = []
    for label, flt, where, params in _filters(engine):
        for sort in SORT_KEYS:
            column = case_query.SORT_FIELDS[sort]
            for descending in (True, False):
                after = None
                for number in range(1, pages + 1):
                    start = time.perf_counter()
                    got = case_query.page(engine, flt, sort=sort, descending=descending,
                                          after=after)
                    ours.append(((time.perf_counter() - start) * 1000,
                                 f"{label} by {sort} {'desc' if descending else 'asc'}, "
                                 f"page {number}"))
                    after = got.next
                    if after is None:
                        break
                start = time.perf_counter()
                raw.page(where, params, column, descending=descending)
                base.append((time.perf_counter() - start) * 1000)
    worst = max(ours)
    figures["log_filter_pages_both_ways"] = len(ours)
    figures["log_filter_pages_both_ways_ms_median"] = round(
        statistics.median(t for t, _ in ours), 2)
    figures["log_filter_pages_both_ways_ms_worst"] = round(worst[0], 2)
    figures["log_filter_pages_both_ways_worst_is"] = worst[1]
    figures["raw_filter_first_pages_both_ways_ms_median"] = round(statistics.median(base), 2)
    figures["raw_filter_first_pages_both_ways_ms_worst"] = round(max(base), 2)


def _deep_paging(engine: Any, raw: _Raw, target: int, figures: dict[str, Any]) -> None:
    """Page from row 0 to ``target`` in the default order, ours then the raw baseline."""
    rss_start = rss_mb()
    rss_max = rss_start
    after = None
    rows = pages = 0
    worst = 0.0
    start = time.perf_counter()
    while rows < target:
        began = time.perf_counter()
        result = case_query.page(engine, CaseFilter(), after=after, limit=PAGE)
        worst = max(worst, time.perf_counter() - began)
        rows += len(result.rows)
        pages += 1
        if pages % 100 == 0:
            rss_max = max(rss_max, rss_mb())
        if result.next is None:
            break
        after = result.next
    seconds = time.perf_counter() - start
    figures["log_paged_to_row"] = rows
    figures["log_pages_per_s"] = round(pages / seconds, 1)
    figures["log_worst_page_ms"] = round(worst * 1000, 2)
    figures["log_paging_rss_mb_start"] = round(rss_start, 1)
    figures["log_paging_rss_mb_max"] = round(max(rss_max, rss_mb()), 1)

    position = None
    rows = pages = 0
    worst = 0.0
    start = time.perf_counter()
    while rows < target:
        began = time.perf_counter()
        got = raw.page(after=position)
        worst = max(worst, time.perf_counter() - began)
        rows += len(got)
        pages += 1
        if len(got) < PAGE:
            break
        position = (got[-1][-1], got[-1][0])
    seconds = time.perf_counter() - start
    figures["raw_pages_per_s"] = round(pages / seconds, 1)
    figures["raw_worst_page_ms"] = round(worst * 1000, 2)


def _table_model(workspace: Any, target: int, figures: dict[str, Any]) -> None:
    """Scroll the real Log table model to ``target`` offscreen, if Qt is installed."""
    try:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QModelIndex, Qt
        from PySide6.QtWidgets import QApplication

        from recovery_desk.ui.common import gc_guard
        from recovery_desk.ui.log.case_table_model import CaseTableModel
    except ImportError as exc:  # a server install without Qt
        figures["log_model_scroll"] = f"skipped: {exc}"
        return
    app = QApplication.instance() or QApplication([])
    gc_guard.install(app)
    model = CaseTableModel(workspace)
    rss_start = rss_mb()
    start = time.perf_counter()
    model.reload()
    worst = time.perf_counter() - start
    rss_max = rss_start
    steps = 0
    while model.rowCount() < target and model.canFetchMore(QModelIndex()):
        began = time.perf_counter()
        model.fetchMore(QModelIndex())
        last = model.rowCount() - 1
        for row in range(max(0, last - 40), last + 1):  # what a view shows after a scroll
            model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole)
        worst = max(worst, time.perf_counter() - began)
        steps += 1
        if steps % 100 == 0:
            rss_max = max(rss_max, rss_mb())
            app.processEvents()
    seconds = time.perf_counter() - start
    began = time.perf_counter()
    for row in range(0, 40):  # jump back to the top: pages that left the cache come back
        model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole)
    figures["log_model_rows"] = model.rowCount()
    figures["log_model_scroll_s"] = round(seconds, 2)
    figures["log_model_worst_step_ms"] = round(worst * 1000, 2)
    figures["log_model_back_to_top_ms"] = round((time.perf_counter() - began) * 1000, 2)
    figures["log_model_rss_mb_max"] = round(max(rss_max, rss_mb()), 1)
