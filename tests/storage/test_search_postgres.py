"""The Log's pages, filters and full-text search on a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, text

from recovery_desk.services.cases import case_query
from recovery_desk.services.cases.case_filter import SORT_KEYS, CaseFilter
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.settings import Settings
from recovery_desk.services.trust.check import rebuild_projections
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage import search
from tests.conftest import StepClock, open_default_case
from tests.pg_server import PostgresServer
from tests.services.test_case_query import (
    NOW,
    _expected,
    _load,
    _page_all,
    _state,
    cases_strategy,
    filters_strategy,
)


@pytest.fixture(scope="module")
def pg_workspace(pg_server: PostgresServer) -> Iterator[Workspace]:
    ws = open_workspace(pg_server.create_database("log_query_test"),
                        settings=Settings(desk_id="CENTRAL-Q", user="pat"))
    ws.trust_in_process("pat")
    yield ws
    ws.close()


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=cases_strategy, flt=filters_strategy, sort=st.sampled_from(SORT_KEYS),
       descending=st.booleans(), limit=st.integers(1, 9))
def test_paging_on_postgresql_matches_the_brute_force_filter_and_sort(
        pg_workspace: Workspace, data: list[dict[str, Any]], flt: CaseFilter, sort: str,
        descending: bool, limit: int) -> None:
    engine = pg_workspace.engine
    states = list({s.case_id: s for s in (_state(i, d) for i, d in enumerate(data))}.values())
    rows = _load(engine, states)
    expected = _expected(rows, flt, sort, descending)
    assert [r.case_id for r in _page_all(engine, flt, sort, descending, limit)] == expected
    assert case_query.count(engine, flt, now=NOW) == len(expected)


def _ids(engine: Engine, words: str) -> set[str]:
    return {r.case_id for r in case_query.page(engine, CaseFilter(text=words)).rows}


def test_search_on_postgresql_folds_diacritics_and_marks_hits(
        pg_workspace: Workspace) -> None:
    engine = pg_workspace.engine
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM case_search"))
        conn.execute(text("DELETE FROM cases"))
    service = CaseService(pg_workspace, clock=StepClock())
    hu = open_default_case(service, customer={"name": "Anna", "number": "P1"},
                           words="Árvíztűrő tükörfúrógép <b>&</b>").case_id
    lv = open_default_case(service, customer={"name": "Jānis", "number": "P2"},
                           words="Rēķins nav pareizs").case_id
    uk = open_default_case(service, customer={"name": "Ірина", "number": "P3"},
                           words="Посилка прийшла, їжа зіпсована").case_id
    for words, expected in (("arvizturo", {hu}), ("ÁRVÍZ", {hu}), ("rekins", {lv}),
                            ("rēķ", {lv}), ("іжа", {uk}), ("їжа посил", {uk}),
                            ("zzz", set())):
        assert _ids(engine, words) == expected, words
    service.add_note(lv, "Ūdens skaitītājs")
    assert _ids(engine, "udens") == {lv}
    row = case_query.page(engine, CaseFilter(text="tukor")).rows[0]
    assert f"{search.MARK_START}tükörfúrógép{search.MARK_END}" in row.snippet
    assert "&lt;b&gt;&amp;&lt;/b&gt;" in search.snippet_html(row.snippet)
    with engine.connect() as conn:
        plan = "\n".join(conn.execute(text(
            "EXPLAIN SELECT case_id FROM case_search WHERE to_tsvector('simple'::regconfig, "
            "folded) @@ to_tsquery('simple'::regconfig, 'rekins:*')")).scalars())
    assert "ix_case_search_fts" in plan or "Seq Scan" in plan  # tiny tables may seq-scan
    with engine.begin() as conn:
        conn.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(conn.execute(text(
            "EXPLAIN SELECT case_id FROM case_search WHERE to_tsvector('simple'::regconfig, "
            "folded) @@ to_tsquery('simple'::regconfig, 'rekins:*')")).scalars())
    assert "ix_case_search_fts" in plan
    before = {r.case_id for r in case_query.page(engine, CaseFilter(text="a")).rows}
    assert rebuild_projections(engine) == 3
    assert _ids(engine, "udens") == {lv}
    assert {r.case_id for r in case_query.page(engine, CaseFilter(text="a")).rows} == before
