"""Demo data's faster write path writes exactly what the slower one did: the same ids, the
same hashes, the same case rows and the same folded search text."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import bindparam, insert, select, update

from recovery_desk.domain.canonical import canonical_time
from recovery_desk.domain.case import replay
from recovery_desk.domain.hashing import chain_hash_with_payload
from recovery_desk.services.demo.generator import _uuid4_text, generate
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage import projections
from recovery_desk.storage.event_store import case_events
from recovery_desk.storage.models import Case
from recovery_desk.storage.rows import PROJECTION_COLUMNS, projection_row
from recovery_desk.storage.search import fold, fold_body

ANCHOR = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    ws = open_workspace(str(path), settings=Settings(desk_id="DESK-W", user="tester"))
    ws.trust_in_process("tester")
    generate(ws, 80, seed=4, anchor=ANCHOR, clock_pack="fca-disp")
    yield ws
    ws.close()


def test_demo_ids_are_the_text_uuid_would_make() -> None:
    draw = random.Random(7)
    values = [draw.getrandbits(128) for _ in range(20_000)] + [0, 2**128 - 1]
    assert [_uuid4_text(v) for v in values] == [str(uuid.UUID(int=v, version=4))
                                               for v in values]


def test_a_hash_given_its_time_as_text_is_the_hash_without(demo: Workspace) -> None:
    with demo.engine.connect() as conn:
        case_id = conn.execute(select(Case.__table__.c.case_id).limit(1)).scalar_one()
        events = case_events(conn, case_id)
    assert events
    for event in events:
        given_time = chain_hash_with_payload(event.prev_hash, event, canonical_time(event.at))
        assert given_time == chain_hash_with_payload(event.prev_hash, event)
        assert given_time[0] == event.hash


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(), max_size=6))
def test_a_body_folded_line_by_line_is_the_body_folded_whole(lines: list[str]) -> None:
    body = "\n".join(lines)
    assert fold_body(body) == fold(body)
    assert fold_body(body) == fold_body(body)  # the second time from the cache


def _sqlalchemy_upsert(ws: Workspace, fresh: list[dict[str, object]],
                       stale: list[dict[str, object]]) -> None:
    """The case rows as written before the bare-driver path: SQLAlchemy's own binding."""
    table = Case.__table__
    values = {c: bindparam(f"v_{c}") for c in PROJECTION_COLUMNS if c != "case_id"}
    with ws.engine.begin() as conn:
        conn.execute(insert(table), fresh)
        conn.execute(update(table).where(table.c.case_id == bindparam("v_case_id"))
                     .values(values), [{f"v_{k}": v for k, v in r.items()} for r in stale])


def test_case_rows_written_through_the_driver_are_sqlalchemys(demo: Workspace,
                                                               tmp_path: Path) -> None:
    with demo.engine.connect() as conn:
        ids = list(conn.execute(select(Case.__table__.c.case_id)).scalars())
        histories = {case_id: case_events(conn, case_id) for case_id in ids}
    early = [replay(c, events[:3]) for c, events in histories.items()]  # fresh rows
    final = [replay(c, events) for c, events in histories.items()]  # updating them
    assert any(s.redress_amount is not None for s in final)  # a Numeric value in there
    assert any(s.regulated.clocks for s in final)

    ours = open_workspace(str(tmp_path / "driver.sqlite3"), settings=Settings(desk_id="A"))
    theirs = open_workspace(str(tmp_path / "sqlalchemy.sqlite3"),
                            settings=Settings(desk_id="B"))
    try:
        with ours.engine.begin() as conn:
            projections.upsert_cases(conn, early, known=set())
            projections.upsert_cases(conn, final, known=set(ids))
        _sqlalchemy_upsert(theirs, [projection_row(s) for s in early],
                           [projection_row(s) for s in final])
        query = "SELECT * FROM cases ORDER BY case_id"
        with ours.engine.connect() as a, theirs.engine.connect() as b:
            got = a.exec_driver_sql(query).all()
            want = b.exec_driver_sql(query).all()
    finally:
        ours.close()
        theirs.close()
    assert len(got) == len(ids)
    assert got == want
    with demo.engine.connect() as conn:  # and what the demo itself wrote
        assert conn.exec_driver_sql(query).all() == want
