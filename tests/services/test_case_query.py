"""Keyset pages of the Log against a brute-force filter and sort of every row.

Random cases are written through the real projection functions (``upsert_cases``) and
the real search-text writer, random filters and sort orders are paged through
``case_query.page`` to the end, and the result must be exactly the Python filter + sort
of all rows: same rows, same order, no duplicates, no gaps; ``count`` agrees.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, delete, select

from recovery_desk.domain.case import CaseState
from recovery_desk.services.cases import case_query
from recovery_desk.services.cases.case_filter import SORT_KEYS, CaseFilter
from recovery_desk.storage import search
from recovery_desk.storage.engine import WRITE
from recovery_desk.storage.models import Case, CaseSearch
from recovery_desk.storage.projections import upsert_cases
from recovery_desk.storage.rows import projection_row

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
BASE = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
WORDS = ("árvíztűrő", "tükörfúrógép", "rēķins", "ūdens", "пошта", "їжа", "refund", "late",
         "parcel", "wrong", "size", "kávé", "kafija", "посилка")
DESKS = ("D1", "D2", "D3")
AGENTS = ("Anna", "Béla", "Jānis")
CHANNELS = ("phone", "counter", "email")
CATEGORIES = ("wrong_item", "late_delivery", "billing")
STATUSES = ("open", "escalated", "follow_up", "closed", "withdrawn")


def _state(i: int, data: dict[str, Any]) -> CaseState:
    opened = BASE + timedelta(hours=data["opened_h"])
    closed = opened + timedelta(seconds=data["closed_s"]) if data["closed_s"] is not None \
        else None
    return CaseState(
        case_id=f"{data['id_prefix']:02d}-{i:04d}", ref=f"R-{i:05d}", desk_id=data["desk"],
        agent=data["agent"], customer_id=f"cust-{i % 7}", opened_at=opened,
        closed_at=closed, updated_at=opened, channel=data["channel"],
        category=data["category"], severity=data["severity"], words=" ".join(data["words"]),
        playbook=data["playbook"], mode=data["mode"], training=data["training"],
        status=data["status"], outcome=data["outcome"],
        redress_amount=data["redress"], currency="EUR" if data["redress"] else None,
        csat=data["csat"], watchlist=data["watchlist"], escalated=data["escalated"],
        follow_up_due=(BASE + timedelta(days=data["due_d"])) if data["due_d"] is not None
        else None)


cases_strategy = st.lists(st.fixed_dictionaries({
    "id_prefix": st.integers(0, 99),
    # few distinct values, so sort ties (broken by case id) are common
    "opened_h": st.sampled_from((0, 1, 5, 30, 200, 201, 460, 470)),
    "closed_s": st.none() | st.sampled_from((0, 59, 600, 3600)),
    "desk": st.sampled_from(DESKS), "agent": st.sampled_from(AGENTS),
    "channel": st.sampled_from(CHANNELS), "category": st.sampled_from(CATEGORIES),
    "severity": st.sampled_from(("low", "high")), "playbook": st.sampled_from(("default", "heard")),
    "mode": st.sampled_from(("natural", "scripted")), "training": st.booleans(),
    "status": st.sampled_from(STATUSES), "outcome": st.none() | st.just("recovered"),
    "redress": st.none() | st.sampled_from((Decimal("5.00"), Decimal("20.50"))),
    "csat": st.none() | st.integers(1, 5), "watchlist": st.booleans(),
    "escalated": st.booleans(), "due_d": st.none() | st.sampled_from((2, 19, 25)),
    "words": st.lists(st.sampled_from(WORDS), max_size=4),
}), max_size=40)

filters_strategy = st.builds(
    CaseFilter,
    date_from=st.none() | st.sampled_from((date(2026, 3, 1), date(2026, 3, 2))),
    date_to=st.none() | st.sampled_from((date(2026, 3, 9), date(2026, 3, 30))),
    desks=st.lists(st.sampled_from(DESKS), max_size=2, unique=True).map(tuple),
    agents=st.lists(st.sampled_from(AGENTS), max_size=2, unique=True).map(tuple),
    channels=st.lists(st.sampled_from(CHANNELS), max_size=1).map(tuple),
    categories=st.lists(st.sampled_from(CATEGORIES), max_size=2, unique=True).map(tuple),
    statuses=st.lists(st.sampled_from(STATUSES), max_size=2, unique=True).map(tuple),
    watchlist=st.none() | st.booleans(), escalated=st.none() | st.booleans(),
    overdue_follow_up=st.booleans(), include_training=st.booleans(),
    text=st.sampled_from(("", "", "arviz", "ŪDENS", "rek", "пош", "ї", "refund late", "zzz")),
)


def _local_day(at: datetime) -> date:
    return at.astimezone().date()


def _matches(row: dict[str, Any], body: str, flt: CaseFilter) -> bool:
    """The filter in plain Python, as a reader of ``CaseFilter`` would expect it."""
    checks: list[Callable[[], bool]] = [
        lambda: flt.include_training or not row["training"],
        lambda: flt.date_from is None or _local_day(row["opened_at"]) >= flt.date_from,
        lambda: flt.date_to is None or _local_day(row["opened_at"]) <= flt.date_to,
        lambda: not flt.desks or row["desk_id"] in flt.desks,
        lambda: not flt.agents or row["agent"] in flt.agents,
        lambda: not flt.channels or row["channel"] in flt.channels,
        lambda: not flt.categories or row["category"] in flt.categories,
        lambda: not flt.statuses or row["status"] in flt.statuses,
        lambda: flt.watchlist is None or row["watchlist"] == flt.watchlist,
        lambda: flt.escalated is None or row["escalated"] == flt.escalated,
        lambda: not flt.overdue_follow_up or (
            row["watchlist"] and row["status"] == "follow_up"
            and row["follow_up_due"] is not None and row["follow_up_due"] < NOW),
    ]
    if not all(check() for check in checks):
        return False
    words = search.fold(body).split()
    return all(any(w.startswith(t) for w in words) for t in search.query_tokens(flt.text))


def _expected(rows: list[dict[str, Any]], flt: CaseFilter, sort: str,
              descending: bool) -> list[str]:
    field = case_query.SORT_FIELDS[sort]
    hits = [r for r in rows if _matches(r, r["words"], flt)]
    valued = sorted((r for r in hits if r[field] is not None),
                    key=lambda r: (r[field], r["case_id"]), reverse=descending)
    empty = sorted((r for r in hits if r[field] is None), key=lambda r: r["case_id"],
                   reverse=descending)
    return [r["case_id"] for r in valued + empty]


def _page_all(engine: Engine, flt: CaseFilter, sort: str, descending: bool,
              limit: int) -> Iterator[case_query.CaseRow]:
    after = None
    for _ in range(1000):
        result = case_query.page(engine, flt, sort=sort, descending=descending, after=after,
                                 limit=limit, now=NOW)
        assert len(result.rows) <= limit
        yield from result.rows
        if result.next is None:
            return
        assert len(result.rows) == limit
        after = result.next
    raise AssertionError("paging did not end")


def _load(engine: Engine, states: list[CaseState]) -> list[dict[str, Any]]:
    with engine.connect().execution_options(**WRITE) as conn, conn.begin():
        conn.execute(delete(CaseSearch.__table__))
        conn.execute(delete(Case.__table__))
        upsert_cases(conn, states, known=set())
        search.write_bodies(conn, {s.case_id: s.words for s in states if s.words})
    return [projection_row(s) for s in states]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    from recovery_desk.services.settings import Settings
    from recovery_desk.services.workspace import open_workspace

    ws = open_workspace(str(tmp_path_factory.mktemp("query") / "q.sqlite3"),
                        settings=Settings(desk_id="Q", user="tester"))
    ws.trust_in_process("tester")
    yield ws.engine
    ws.close()


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(data=cases_strategy, flt=filters_strategy, sort=st.sampled_from(SORT_KEYS),
       descending=st.booleans(), limit=st.integers(1, 9), narrow=st.sampled_from((0, 4000)),
       words=st.sampled_from(("text", "ids", "docs")))
def test_paging_yields_exactly_the_brute_force_filter_and_sort(
        engine: Engine, data: list[dict[str, Any]], flt: CaseFilter, sort: str,
        descending: bool, limit: int, narrow: int, words: str) -> None:
    """``narrow`` 0: no filter's own index drives a page; otherwise a narrow one may.
    ``words``: how searched words are checked (each of ``text_strategy``'s answers)."""
    states = list({s.case_id: s for s in (_state(i, d) for i, d in enumerate(data))}.values())
    rows = _load(engine, states)
    expected = _expected(rows, flt, sort, descending)
    saved = case_query.NARROW, case_query.text_strategy
    case_query.NARROW = narrow
    case_query.text_strategy = lambda _matches, _cases, _limit: words  # type: ignore
    try:
        got = [r.case_id for r in _page_all(engine, flt, sort, descending, limit)]
    finally:
        case_query.NARROW, case_query.text_strategy = saved
    assert got == expected
    assert case_query.count(engine, flt, now=NOW) == len(expected)
    assert case_query.estimate(engine, flt, now=NOW) == len(expected)


def test_where_serves_other_queries_and_excludes_training(engine: Engine) -> None:
    states = [_state(i, {"id_prefix": 1, "opened_h": i, "closed_s": None, "desk": "D1",
                         "agent": "Anna", "channel": "phone", "category": "billing",
                         "severity": "low", "playbook": "default", "mode": "natural",
                         "training": i == 0, "status": "open", "outcome": None,
                         "redress": None, "csat": None, "watchlist": False,
                         "escalated": False, "due_d": None, "words": ["rēķins"]})
              for i in range(3)]
    _load(engine, states)
    clause = case_query.where(CaseFilter(text="rekins"), NOW)
    with engine.connect() as conn:
        ids = set(conn.execute(select(Case.__table__.c.case_id).where(clause)).scalars())
    assert ids == {"01-0001", "01-0002"}
    assert case_query.count(engine, CaseFilter(include_training=True)) == 3


def test_rows_carry_the_compact_columns_and_a_marked_snippet(engine: Engine) -> None:
    state = _state(0, {"id_prefix": 2, "opened_h": 1, "closed_s": 600, "desk": "D2",
                       "agent": "Béla", "channel": "email", "category": "billing",
                       "severity": "high", "playbook": "heard", "mode": "scripted",
                       "training": False, "status": "closed", "outcome": "recovered",
                       "redress": Decimal("20.50"), "csat": 4, "watchlist": False,
                       "escalated": True, "due_d": None,
                       "words": ["the", "<b>bill</b>", "&", "rēķins", "wrong"]})
    _load(engine, [state])
    row = case_query.page(engine, CaseFilter(text="rekin"), now=NOW).rows[0]
    assert (row.ref, row.desk_id, row.agent, row.duration_s, row.csat) == \
        ("R-00000", "D2", "Béla", 600, 4)
    assert row.redress_amount == Decimal("20.50") and row.escalated is True
    assert f"{search.MARK_START}rēķins{search.MARK_END}" in row.snippet
    html = search.snippet_html(row.snippet)
    assert "<b>rēķins</b>" in html and "&lt;b&gt;bill&lt;/b&gt;" in html and "&amp;" in html
    assert case_query.page(engine, CaseFilter(), now=NOW).rows[0].snippet == ""


def test_unknown_sort_key_is_refused(engine: Engine) -> None:
    with pytest.raises(ValueError, match="sort key"):
        case_query.page(engine, CaseFilter(), sort="agent")


def test_export_takes_the_log_s_filter_text_included(engine: Engine, tmp_path: Any) -> None:
    import csv

    from recovery_desk.services.exports.export import count_rows, export

    states = [_state(i, {"id_prefix": 3, "opened_h": i, "closed_s": 60, "desk": "D1",
                         "agent": "Anna" if i % 2 else "Béla", "channel": "phone",
                         "category": "billing", "severity": "low", "playbook": "default",
                         "mode": "natural", "training": False, "status": "closed",
                         "outcome": None, "redress": None, "csat": None, "watchlist": False,
                         "escalated": False, "due_d": None,
                         "words": ["ūdens" if i % 3 else "пошта"]}) for i in range(12)]
    _load(engine, states)
    flt = CaseFilter(text="udens", agents=("Anna",))
    listed = sorted(r.case_id for r in _page_all(engine, flt, "opened", True, 5))
    assert len(listed) == 4
    for fmt in ("csv", "jsonl"):
        out = tmp_path / f"view.{fmt}"
        assert export(engine, out, fmt, flt=flt) == len(listed)
        text = out.read_text(encoding="utf-8-sig")
        assert sorted(i for i in (s.case_id for s in states) if i in text) == listed
    assert count_rows(engine, flt=flt) == 4
    out = tmp_path / "view.csv"
    with out.open(encoding="utf-8-sig") as handle:
        assert {row["agent"] for row in csv.DictReader(handle)} == {"Anna"}


def _id_query_plans(engine: Engine, flt: CaseFilter, sort: str) -> list[str]:
    """SQLite's plan for each query of one page that picks the page's row ids."""
    from sqlalchemy import event

    plans: list[str] = []

    def explain(conn, cursor, statement, parameters, context, many) -> None:  # noqa: ANN001
        if statement.startswith("SELECT cases.rowid"):
            rows = cursor.connection.execute("EXPLAIN QUERY PLAN " + statement,
                                             parameters).fetchall()
            plans.append(" | ".join(row[-1] for row in rows))

    event.listen(engine, "before_cursor_execute", explain)
    try:
        case_query.page(engine, flt, sort=sort, now=NOW)
    finally:
        event.remove(engine, "before_cursor_execute", explain)
    return plans


@pytest.mark.parametrize("flt, index", [
    (CaseFilter(statuses=("open", "follow_up")), "ix_cases_status_case"),
    (CaseFilter(desks=("D1",)), "ix_cases_desk_opened"),
    (CaseFilter(watchlist=True), "ix_cases_watchlist_due"),
    (CaseFilter(date_from=date(2026, 3, 1), date_to=date(2026, 3, 7)), "ix_cases_opened_case"),
])
@pytest.mark.parametrize("sort", SORT_KEYS)
def test_a_narrow_filter_picks_and_sorts_its_page_from_its_own_index_alone(
        engine: Engine, flt: CaseFilter, index: str, sort: str) -> None:
    """Matches at the far end of the sort order (open cases by closing time) cost no walk
    through the whole log, and no table read per match: the filter's index carries every
    sort column (schema 0009)."""
    states = [_state(i, {"id_prefix": 3, "opened_h": i, "closed_s": 60 if i % 2 else None,
                         "desk": "D1", "agent": "Anna", "channel": "phone",
                         "category": "billing", "severity": "low", "playbook": "default",
                         "mode": "natural", "training": False,
                         "status": "closed" if i % 2 else "open", "outcome": None,
                         "redress": Decimal("5.00") if i % 3 else None,
                         "csat": i % 5 or None, "watchlist": i % 4 == 0,
                         "escalated": False, "due_d": None, "words": []})
              for i in range(40)]
    _load(engine, states)
    plans = _id_query_plans(engine, flt, sort)
    assert plans, "the page read no row ids"
    for plan in plans:
        assert f"USING COVERING INDEX {index}" in plan, plan


@pytest.mark.parametrize("words", ["text", "ids", "docs"])
@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("sort", SORT_KEYS)
def test_every_way_of_checking_words_pages_like_brute_force(
        engine: Engine, words: str, descending: bool, sort: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Looked up, checked against the list of case ids, or against the search rows: the
    same cases in the same order, with and without another filter."""
    vocabulary = [["rēķins", "late"], ["refund"], ["árvíztűrő", "rekins"], [], ["late"]]
    states = [_state(i, {"id_prefix": 4, "opened_h": i % 17, "closed_s": i * 7 if i % 3 else None,
                         "desk": "D1" if i % 2 else "D2", "agent": "Anna", "channel": "phone",
                         "category": "billing", "severity": "low", "playbook": "default",
                         "mode": "natural", "training": i % 11 == 0,
                         "status": "closed" if i % 3 else "open", "outcome": None,
                         "redress": Decimal(i % 4) if i % 4 else None, "csat": i % 6 or None,
                         "watchlist": i % 5 == 0, "escalated": False, "due_d": None,
                         "words": vocabulary[i % len(vocabulary)]})
              for i in range(60)]
    rows = _load(engine, states)
    monkeypatch.setattr(case_query, "text_strategy", lambda _m, _c, _l: words)
    for flt in (CaseFilter(text="rek"), CaseFilter(text="late", desks=("D1",)),
                CaseFilter(text="refund", statuses=("closed",))):
        expected = _expected(rows, flt, sort, descending)
        assert expected, flt
        got = [r.case_id for r in _page_all(engine, flt, sort, descending, 7)]
        assert got == expected, flt


@pytest.mark.parametrize("search_desk", [None, "D1"])
def test_snippets_cut_later_for_rows_a_page_left_out_are_the_ones_it_would_have_cut(
        engine: Engine, search_desk: str | None) -> None:
    """The Log cuts snippets for the rows it shows (``snippet_rows``) and the others as the
    view reaches them: each must be what a page cutting every row gives, the own-desk rule
    included (another desk's finished case: no snippet)."""
    from recovery_desk.services.cases import snippets

    states = [_state(i, {"id_prefix": 3, "opened_h": i, "closed_s": 60 if i % 3 else None,
                         "desk": DESKS[i % 3], "agent": "Anna", "channel": "email",
                         "category": "billing", "severity": "low", "playbook": "heard",
                         "mode": "scripted", "training": False,
                         "status": "closed" if i % 3 else "open", "outcome": None,
                         "redress": None, "csat": None, "watchlist": False,
                         "escalated": False, "due_d": None,
                         "words": ["parcel", WORDS[i % len(WORDS)], "late", "refund"][i % 2:]})
              for i in range(40)]
    _load(engine, states)
    flt = CaseFilter(text="refund late", search_desk=search_desk)
    whole = case_query.page(engine, flt, now=NOW, limit=30)
    rows = len(whole.rows)  # an agent of D1 finds D1's cases and those still being worked
    assert whole.snippets_cut == rows >= 10
    expected = {r.case_id: r.snippet for r in whole.rows}
    assert sum(1 for s in expected.values() if s) >= 10
    for shown in (0, 1, 7, 30, 50):
        part = case_query.page(engine, flt, now=NOW, limit=30, snippet_rows=shown)
        assert [r.case_id for r in part.rows] == list(expected)
        assert part.snippets_cut == min(shown, rows)
        head, rest = part.rows[:shown], part.rows[shown:]
        assert {r.case_id: r.snippet for r in head} == {r.case_id: expected[r.case_id]
                                                        for r in head}
        assert all(r.snippet == "" for r in rest)
        later = snippets.for_cases(engine, flt, [r.case_id for r in rest])
        assert {r.case_id: later.get(r.case_id, "") for r in rest} == {
            r.case_id: expected[r.case_id] for r in rest}
    # without words there is nothing to cut: every row counts as done
    plain = case_query.page(engine, CaseFilter(), now=NOW, limit=30, snippet_rows=0)
    assert plain.snippets_cut == 30
