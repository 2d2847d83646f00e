"""The Log's read side: any ``CaseFilter`` as one SQL clause, keyset pages in any sort
order, counts, full-text search with highlighted snippets.

Pages are keyset-paginated only (never OFFSET, never all rows): the cursor is the last
row's sort value and case id, and each sort order has an index ``(value, case_id)``.
Cases without a sort value (not closed yet, no CSAT …) come after all others in either
direction: a page first reads the cases with a value, then the cases without one ordered
by case id, so both runs are index range scans and paging through them is exact.

Which index drives a page (SQLite; PostgreSQL: ``pg_pages``): by default the sort index, read in
order until the page is full. When a filter that has its own index (days, desk, status,
watchlist or overdue) matches fewer than ``NARROW`` cases — counted through that index, stopping
at ``NARROW`` — it drives the page instead: that index carries every sort column and the filter
columns, so its matches are checked and sorted from index entries alone, and only the page's
rows are read (``_read``). SQLite's planner has no statistics and would guess wrongly either
way, so the other columns are written as ``+column`` (the documented way to keep SQLite from
using an index for a term) and the choice is ours. The sort indexes also carry the usual filter
columns (``models.LOG_FILTER_COLUMNS``), so filters without an index of their own (agent,
channel, category, escalated …) are checked in the index entry and only matching rows are read
from the table.

Text: a word with few matches drives the page (its case ids, found through FTS5, are looked up
by primary key); with more, the sort index drives and each row read is checked against the list
of matching case ids; for a common word, against the FTS5 matches through the row's search row
(``_common_word``). ``text_strategy`` picks by measured costs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnClause,
    ColumnElement,
    Connection,
    Engine,
    Select,
    UnaryExpression,
    and_,
    bindparam,
    func,
    literal,
    literal_column,
    or_,
    select,
    true,
    tuple_,
)

from recovery_desk.services.cases import identity_search, overdue, pg_pages, snippets
from recovery_desk.services.cases.case_filter import SORT_KEYS, CaseFilter
from recovery_desk.services.cases.text_search import (
    FTS,
    TEXT_COST_PER_MATCH,
    TextMatch,
    matching_ids,
    text_count_cap,
    text_strategy,
)
from recovery_desk.storage import search
from recovery_desk.storage.models import Case, CaseSearch, Customer

CASES = Case.__table__
C = CASES.c
S = CaseSearch.__table__.c
CU_TABLE = Customer.__table__
CU = CU_TABLE.c

#: A filter with an index of its own matching fewer cases than this drives the page
#: (SQLite); see the module doc. Its index carries every sort column, so such a page costs
#: about 0.3 µs per matching case (20 ms at 60,000 on a 1M-case log), where walking a sort
#: index to matches that all sit at its far end reads the whole log.
NARROW = 60_000

ROW_COLUMNS = ("case_id", "ref", "opened_at", "closed_at", "desk_id", "agent", "channel",
               "category", "severity", "status", "outcome", "stage", "resolution",
               "redress_amount", "currency", "csat", "likelihood", "watchlist",
               "follow_up_due", "escalated", "mode", "playbook", "training", "duration_s",
               "final_response_due", "clock_status", "clock_pack")
SORT_FIELDS = {"opened": "opened_at", "closed": "closed_at", "csat": "csat",
               "redress": "redress_amount", "duration": "duration_s"}
class CaseRow(NamedTuple):
    """One Log row. ``snippet`` is the matching text with each hit between
    ``search.MARK_START`` and ``search.MARK_END`` when the filter has text, else ``""``."""

    case_id: str
    ref: str
    opened_at: datetime
    closed_at: datetime | None
    desk_id: str
    agent: str
    channel: str
    category: str
    severity: str
    status: str
    outcome: str | None
    stage: str | None
    resolution: str | None
    redress_amount: Any
    currency: str | None
    csat: int | None
    likelihood: int | None
    watchlist: bool
    follow_up_due: datetime | None
    escalated: bool
    mode: str
    playbook: str
    training: bool
    duration_s: int | None
    final_response_due: datetime | None = None
    clock_status: str | None = None
    clock_pack: str | None = None
    snippet: str = ""
    customer: str = ""  # the customer's name, as stored (the Log masks it per role)


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: the last row's sort value and case id. ``value`` None
    means the last row had no sort value (the run of such rows, ordered by case id)."""

    value: Any
    case_id: str


@dataclass(frozen=True)
class Page:
    rows: list[CaseRow]
    next: Cursor | None  # None: this was the last page
    snippets_cut: int = 0  # the first rows whose snippet is cut (all, without words)


# -- the filter as SQL --------------------------------------------------------------------


def _day_start(day: date) -> datetime:
    """Midnight of a local calendar day, as an aware time (stored times are UTC)."""
    return datetime.combine(day, time.min).astimezone()


class _Columns:
    """Column references; on SQLite, those not named in ``usable`` as ``+cases.col`` so no
    index serves them (see the module doc)."""

    def __init__(self, usable: frozenset[str] | None = None) -> None:
        self.usable = usable

    def __getitem__(self, name: str) -> Any:
        col = C[name]
        if self.usable is None or name in self.usable:
            return col
        return literal_column(f"+cases.{name}", type_=col.type)


_PLAIN = _Columns()


def where(flt: CaseFilter, now: datetime) -> ColumnElement[bool]:
    """The clause over ``cases`` for ``flt``, for either database.

    Training cases only with ``include_training``; ``date_from``/``date_to`` are local
    calendar days, inclusive, on ``opened_at``; ``overdue_follow_up``: waiting for a
    follow-up due before ``now``; ``text``: full-text search, every word as a prefix,
    diacritics ignored (words of one letter are left out).
    """
    return and_(true(), *_terms(flt, now, _PLAIN))


def where_off_index(flt: CaseFilter, now: datetime,
                    unindexed: frozenset[str]) -> ColumnElement[bool]:
    """``where`` for SQLite with the ``unindexed`` columns kept off its indexes
    (``+cases.col``): for a read that goes through every case in scope anyway, where an
    index on a column every case matches (``training``) only adds a row lookup per case."""
    return and_(true(), *_terms(flt, now, _Columns(frozenset(C.keys()) - unindexed)))


def _terms(flt: CaseFilter, now: datetime, c: _Columns,
           text: bool = True) -> list[ColumnElement[bool]]:
    terms: list[ColumnElement[bool]] = []
    if not flt.include_training:
        terms.append(c["training"].is_(False))
    if flt.date_from is not None:
        terms.append(c["opened_at"] >= _day_start(flt.date_from))
    if flt.date_to is not None:
        terms.append(c["opened_at"] < _day_start(flt.date_to + timedelta(days=1)))
    for name, values in (("desk_id", flt.desks), ("agent", flt.agents),
                         ("channel", flt.channels), ("category", flt.categories),
                         ("severity", flt.severities), ("playbook", flt.playbooks),
                         ("mode", flt.modes), ("status", flt.statuses),
                         ("outcome", flt.outcomes)):
        if values:
            col = c[name]
            terms.append(col == values[0] if len(values) == 1 else col.in_(values))
    if flt.watchlist is not None:
        terms.append(c["watchlist"].is_(flt.watchlist))
    if flt.escalated is not None:
        terms.append(c["escalated"].is_(flt.escalated))
    if flt.overdue_follow_up:
        terms.append(overdue.rule(c, now))
    for name in flt.has:
        # drill-downs from a figure: only the cases behind it (e.g. those with a CSAT answer)
        terms.append(c[name].is_not(None))
    tokens = search.query_tokens(flt.text)
    if text and tokens:  # search_desk: permissions.readable_search
        terms.append(identity_search.condition(flt.text, flt.search_desk, c,
                                               TextMatch(tokens)))
    return terms


# -- pages --------------------------------------------------------------------------------


def _sort_name(sort: str) -> str:
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}; one of {', '.join(SORT_KEYS)}")
    return SORT_FIELDS[sort]


def page(engine: Engine, flt: CaseFilter, *, sort: str = "opened", descending: bool = True,
         after: Cursor | None = None, limit: int = 200, now: datetime | None = None,
         snippet_rows: int | None = None) -> Page:
    """The ``limit`` cases matching ``flt`` that come after ``after`` in ``sort`` order.

    ``next`` is the cursor for the following page, ``None`` after the last one. Rows
    carry a highlighted ``snippet`` when the filter has text; with ``snippet_rows``, only
    the first that many (``snippets.for_cases`` cuts the others, ``Page.snippets_cut``).
    """
    name = _sort_name(sort)
    now = now or datetime.now().astimezone()
    limit = max(1, int(limit))
    tokens = search.query_tokens(flt.text)
    with engine.connect() as conn:
        columns, driver, strategy = _plan(conn, flt, now, name, limit)
        base = _terms(flt, now, columns, text=False)
        if tokens:
            base.append(_searched(conn, flt, tokens, columns, driver, strategy))
        rows = _scan(conn, base, columns[name], name, after, descending, limit,
                     fence=driver in ("text", "narrow"))
        shown = len(rows) if snippet_rows is None else max(0, min(len(rows), snippet_rows))
        cut = snippets.cut(conn, tokens, snippets.readable(  # none the user may not read
            ((r[0], r[_DESK], r[_STATUS]) for r in rows[:shown]), flt.search_desk))
        names = _customer_names(conn, [r[0] for r in rows])
    out = [_row(r[:_WIDTH], cut.get(r[0], ""), names.get(r[0], "")) for r in rows]
    nxt = Cursor(rows[-1][_WIDTH], rows[-1][0]) if len(rows) == limit else None
    return Page(rows=out, next=nxt, snippets_cut=shown if tokens else len(rows))


def _searched(conn: Connection, flt: CaseFilter, tokens: list[str], columns: _Columns,
              driver: str, strategy: str | None) -> ColumnElement[bool]:
    """The search box's condition for a page: by reference, customer or words
    (``identity_search``), read the cheapest way for its number of matches."""
    desk = flt.search_desk
    if conn.dialect.name != "sqlite" and driver != "text":
        return identity_search.condition(flt.text, desk, _PLAIN, TextMatch(tokens))
    words = matching_ids(tokens, conn.dialect.name)
    if driver == "text":
        # few matches: their ids, looked up through the primary key, drive the page
        return C.case_id.in_(identity_search.case_ids(flt.text, desk, words))
    row_id: ColumnClause[str] = literal_column("+cases.case_id")
    # a row's customer is checked on the row (a common surname: too many cases to list)
    by_customer = identity_search.customer_match(flt.text, desk, columns)
    found: ColumnElement[bool]
    if strategy == "ids":
        # each row read is checked against the list of matching case ids, built once
        found = row_id.in_(identity_search.case_ids(flt.text, desk, words, customers=False))
    else:
        found = _common_word(tokens)
        if desk:
            found = and_(identity_search.readable(desk, columns), found)
        others = identity_search.case_ids(flt.text, desk, customers=False)
        if others is not None:
            found = or_(row_id.in_(others), found)
    return or_(found, by_customer) if by_customer is not None else found


def _common_word(tokens: list[str]) -> ColumnElement[bool]:
    """SQLite, words too common for a list of case ids: each row read in sort order is
    kept when its search row is among the matches. SQLite reads the matches from FTS5 once per
    query into a temporary index, and looks each row's search row up by case id, so the
    sort index still does the ordering and only a page's worth of rows is read. (Written
    as a join instead, SQLite would probe FTS5 once per row; fetched into Python as a
    set, 180,000 matches cost more than the page itself.)"""
    docs = select(FTS.c.rowid).where(literal_column("case_fts").op("MATCH")(
        bindparam(None, search.fts5_query(tokens))))
    doc_of_row = select(S.doc_id).where(S.case_id == C.case_id).scalar_subquery()
    return doc_of_row.in_(docs)


def _scan(conn: Connection, base: list[Any], key: Any, key_field: str, after: Cursor | None,
          descending: bool, limit: int, fence: bool = False) -> list[tuple[Any, ...]]:
    """Rows with a sort value, then rows without one, from ``after`` on."""
    case_id = C.case_id
    rows: list[Any] = []
    if after is None or after.value is not None:
        terms = [*base, key.is_not(None)]
        if after is not None:  # a row value: one index range, on both databases
            here = tuple_(key, case_id)
            there = tuple_(literal(after.value, key.type), literal(after.case_id))
            terms.append(here < there if descending else here > there)
        order: tuple[UnaryExpression[Any], ...] = ((key.desc(), case_id.desc()) if descending
                                                   else (key.asc(), case_id.asc()))
        rows = _read(conn, terms, order, limit, key, key_field, fence)
    if len(rows) < limit:
        terms = [*base, key.is_(None)]
        if after is not None and after.value is None:
            terms.append(case_id < after.case_id if descending else case_id > after.case_id)
        order = (case_id.desc(),) if descending else (case_id.asc(),)
        rows += _read(conn, terms, order, limit - len(rows), key, key_field, fence)
    return rows


def _read(conn: Connection, terms: list[ColumnElement[bool]], order: tuple[Any, ...],
          limit: int, key: Any, key_field: str, fence: bool = False) -> list[tuple[Any, ...]]:
    """The first ``limit`` rows matching ``terms`` in ``order``, with their sort value.

    SQLite: first the row ids alone, then those rows. Choosing and ordering the page then
    reads only the driving index's entries (every Log index carries the filter columns,
    and those a narrow filter drives by carry every sort column), and only the page's own
    rows are read from the table. In one query SQLite would read every candidate row in
    full before sorting them.
    """
    if conn.dialect.name != "sqlite":  # fence: the narrow set drives (``pg_pages``)
        picked = [*(C[c] for c in ROW_COLUMNS), key.label("sort_value")]
        stmt = pg_pages.fenced(picked, terms, order, key, limit, fence)
        return [tuple(r) for r in conn.execute(stmt)]
    rowid: ColumnClause[int] = literal_column("cases.rowid")
    ids = list(conn.execute(select(rowid).select_from(CASES).where(*terms)
                            .order_by(*order).limit(limit)).scalars())
    if not ids:
        return []
    # untyped: _fetch converts
    sort_value: ColumnClause[Any] = literal_column(str(key.compile(dialect=conn.dialect)))
    columns: list[ColumnElement[Any]] = [*(literal_column(f"cases.{c}") for c in ROW_COLUMNS),
                                         sort_value, rowid]
    stmt = select(*columns).select_from(CASES).where(rowid.in_(ids))
    found = {r[-1]: r[:-1] for r in _fetch(conn, stmt, key_field)}
    return [found[i] for i in ids if i in found]


_WIDTH = len(ROW_COLUMNS)
_DESK, _STATUS = ROW_COLUMNS.index("desk_id"), ROW_COLUMNS.index("status")
_TIMES = frozenset({"opened_at", "closed_at", "follow_up_due", "final_response_due"})
_FLAGS = frozenset({"watchlist", "escalated", "training"})


def _fetch(conn: Connection, stmt: Select[Any], key_field: str) -> list[tuple[Any, ...]]:
    """The rows of ``stmt`` as tuples: ``ROW_COLUMNS``, the sort value, then anything else.

    On SQLite the columns are selected untyped (see ``_read``) and converted here, with
    C-fast ``fromisoformat`` for SQLAlchemy's time text: per-value type processing would
    cost several times the query itself on a 200-row page.
    """
    converters = [(i, f) for i, f in enumerate(_converter(n) for n in (*ROW_COLUMNS, key_field))
                  if f is not None]
    out = []
    for values in conn.execute(stmt):
        cells = list(values)
        for i, convert in converters:
            if cells[i] is not None:
                cells[i] = convert(cells[i])
        out.append(tuple(cells))
    return out


def _converter(name: str) -> Any:
    if name in _TIMES:
        return lambda text: datetime.fromisoformat(text + "+00:00")  # stored as naive UTC
    if name in _FLAGS:
        return bool
    if name == "redress_amount":
        return lambda value: Decimal(f"{float(value):.2f}")
    return None


def _row(values: tuple[Any, ...], snippet: str, customer: str) -> CaseRow:
    return CaseRow._make((*values, snippet, customer))


def _customer_names(conn: Connection, case_ids: list[str]) -> dict[str, str]:
    """The customer's name of each of the page's cases (blank once erased); the Log masks
    it where the role may not read it (``permissions.can_read_personal``)."""
    if not case_ids:
        return {}
    stmt = (select(C.case_id, CU.name).join(CU_TABLE, CU.customer_id == C.customer_id)
            .where(C.case_id.in_(case_ids)))
    return {r.case_id: r.name or "" for r in conn.execute(stmt)}


def _log_size(conn: Connection) -> int:
    """About how many cases the log holds (the largest row id: no count over the log)."""
    return int(conn.exec_driver_sql("SELECT max(rowid) FROM cases").scalar() or 0)


def _plan(conn: Connection, flt: CaseFilter, now: datetime,
          sort_field: str, limit: int = 200) -> tuple[_Columns, str, str | None]:
    """Which columns may use an index for this page, what drives it — ``"sort"``, or the
    narrow filter (``"days"``, ``"desk"``, ``"status"``, ``"watchlist"``, ``"text"``) —
    and how searched words are checked (``text_strategy``; None without words).
    SQLite only; see the module doc. The cheapest driver wins: a filter's index entry costs
    about 0.35 µs, a word's match looked up about 5.8 µs."""
    if conn.dialect.name != "sqlite":
        days = CaseFilter(date_from=flt.date_from, date_to=flt.date_to, include_training=True)
        dated = flt.date_from is not None or flt.date_to is not None
        return _PLAIN, pg_pages.driver(conn, flt, where(days, now) if dated else None), None
    candidates: list[tuple[str, frozenset[str], Select[Any]]] = []
    if flt.date_from is not None or flt.date_to is not None:
        days = CaseFilter(date_from=flt.date_from, date_to=flt.date_to, include_training=True)
        candidates.append(("days", frozenset({"opened_at"}),
                           select(C.case_id).where(*_terms(days, now, _PLAIN))))
    if flt.desks:
        candidates.append(("desk", frozenset({"desk_id"}),
                           select(C.case_id).where(C.desk_id.in_(flt.desks))))
    if flt.statuses:
        candidates.append(("status", frozenset({"status"}),
                           select(C.case_id).where(C.status.in_(flt.statuses))))
    if flt.watchlist or flt.overdue_follow_up:
        candidates.append(("watchlist", frozenset({"watchlist", "follow_up_due"}),
                           select(C.case_id).where(C.watchlist.is_(True))))
    best: tuple[float, str, frozenset[str]] | None = None
    for label, usable, stmt in candidates:
        found = _bounded(conn, stmt, NARROW)
        if found < NARROW and (best is None or 0.35 * found < best[0]):
            best = (0.35 * found, label, usable)
    strategy: str | None = None
    tokens = search.query_tokens(flt.text)
    if tokens:
        cases = _log_size(conn)
        cap = text_count_cap(cases, limit)
        found = _bounded(conn, select(FTS.c.rowid).where(literal_column("case_fts").op(
            "MATCH")(search.fts5_query(tokens))), cap)
        # the customers named (a lower bound), or the cases an agent may read: index-only
        for others in (identity_search.case_ids(flt.text, flt.search_desk, customers=False),
                       identity_search.customer_estimate(flt.text, flt.search_desk)):
            found += _bounded(conn, others, cap) if others is not None else 0
        strategy = text_strategy(found, cases, limit)
        cost = TEXT_COST_PER_MATCH["text"] * found
        if strategy == "text" and (best is None or cost < best[0]):
            best = (cost, "text", frozenset())
    if best is None:
        return _Columns(frozenset({sort_field, "case_id"})), "sort", strategy
    return _Columns(best[2] | {"case_id"}), best[1], strategy


def _bounded(conn: Connection, stmt: Any, bound: int) -> int:
    inner = stmt.limit(bound).subquery()
    return int(conn.execute(select(func.count()).select_from(inner)).scalar_one())


# -- counts -------------------------------------------------------------------------------


def count(engine: Engine, flt: CaseFilter, now: datetime | None = None) -> int:
    """The exact number of cases matching ``flt`` (reads every match: use ``estimate`` for
    a scroll bar on a big log)."""
    now = now or datetime.now().astimezone()
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(CASES)
                                .where(where(flt, now))).scalar_one())


def overdue_count(engine: Engine, scope: CaseFilter, now: datetime) -> int:
    """Overdue follow-ups in ``scope`` (never practice runs): the Desk's F9 badge (the whole
    log), the Dashboard tile and the report (their scope) all read this (``overdue``)."""
    with engine.connect() as conn:
        return overdue.among(conn, where(scope.with_(include_training=False), now), now)


def estimate(engine: Engine, flt: CaseFilter, now: datetime | None = None, *,
             exact_below: int = 20_000) -> int:
    """About how many cases match, cheaply: exact when fewer than ``exact_below`` match,
    else scaled up from a sample of the log (a few evenly spread stretches of rows)."""
    now = now or datetime.now().astimezone()
    clause = where(flt, now)
    with engine.connect() as conn:
        found = int(conn.execute(select(func.count()).select_from(
            select(C.case_id).where(clause).limit(exact_below).subquery())).scalar_one())
        if found < exact_below:
            return found
        if conn.dialect.name != "sqlite":
            return int(conn.execute(select(func.count()).select_from(CASES)
                                    .where(clause)).scalar_one())
        top = int(conn.exec_driver_sql("SELECT max(rowid) FROM cases").scalar() or 0)
        stretch, parts = 2000, 8
        if top <= stretch * parts:
            return int(conn.execute(select(func.count()).select_from(CASES)
                                    .where(clause)).scalar_one())
        hits = 0
        rowid: ColumnClause[int] = literal_column("cases.rowid")
        for i in range(parts):
            start = i * (top - stretch) // (parts - 1)
            hits += int(conn.execute(select(func.count()).select_from(CASES).where(
                clause, rowid > start, rowid <= start + stretch)).scalar_one())
        return max(exact_below, round(hits * top / (stretch * parts)))
