"""Desks exchanging events through a real PostgreSQL server started by the test setup."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage import projections
from recovery_desk.storage.engine import make_engine
from recovery_desk.storage.models import CaseEvent, CaseSearch
from recovery_desk.sync import central, merge, service
from tests.pg_server import PostgresServer

from .conftest import case_export

# the server is stopped in the middle of a push: a client waiting on it would hang
pytestmark = pytest.mark.timeout(300)


@pytest.fixture
def server_url(pg_server: PostgresServer):  # noqa: ANN201
    url = pg_server.create_database("central_sync")
    open_workspace(url, settings=Settings(desk_id="SERVER", user="admin")).close()  # migrate
    yield url
    pg_server.drop_database("central_sync")


def test_three_desks_converge_through_postgresql(make_desk: Callable[..., Workspace],
                                                 server_url: str, tmp_path: Path) -> None:
    desks = [make_desk(name, 1000, seed) for name, seed in (("TALLINN", 4), ("DEBRECEN", 5),
                                                            ("LVIV", 6))]
    for ws in desks:
        assert service.push(ws.engine, ws.desk_id, server_url).pushed_events > 20000
    for ws in desks:
        assert service.pull(ws.engine, ws.desk_id, server_url).pulled_events > 40000
    exports = [case_export(ws, tmp_path / f"{ws.desk_id}.csv") for ws in desks]
    assert exports[0] == exports[1] == exports[2]
    server = open_workspace(server_url, settings=Settings(desk_id="SUPERVISOR", user="sv"))
    server.trust_in_process("sv")
    try:
        assert case_export(server, tmp_path / "server.csv") == exports[0]
    finally:
        server.close()
    again = service.sync(desks[1].engine, desks[1].desk_id, server_url)
    assert (again.pushed_events, again.pulled_events) == (0, 0)
    assert case_export(desks[1], tmp_path / "again.csv") == exports[1]


def test_server_stopped_mid_push_loses_and_duplicates_nothing(
        make_desk: Callable[..., Workspace], server_url: str, pg_server: PostgresServer,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    desk = make_desk("OUTAGE", 300, 8)
    monkeypatch.setattr(central, "CHUNK", 1000)
    real_merge = merge.merge_desk_events
    calls = {"n": 0}

    def merge_then_fail(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        result = real_merge(*args, **kwargs)
        calls["n"] += 1
        if calls["n"] == 2:
            pg_server.stop()  # the server dies after the second chunk is committed
        return result

    monkeypatch.setattr(central, "merge_desk_events", merge_then_fail)
    with pytest.raises(central.ServerUnreachable):
        service.push(desk.engine, desk.desk_id, server_url)
    with pytest.raises(central.ServerUnreachable):
        service.push(desk.engine, desk.desk_id, server_url)  # still down: a clear error
    pg_server.start()
    monkeypatch.setattr(central, "merge_desk_events", real_merge)
    service.push(desk.engine, desk.desk_id, server_url)
    local_total = _count(make_engine(f"sqlite:///{tmp_path / 'OUTAGE.sqlite3'}"))
    server_engine = make_engine(server_url)
    try:
        assert _count(server_engine) == local_total
        with server_engine.connect() as conn:
            distinct = conn.execute(select(func.count(func.distinct(CaseEvent.event_id)))
                                    ).scalar_one()
        assert distinct == local_total
    finally:
        server_engine.dispose()


def _count(engine) -> int:  # noqa: ANN001
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(CaseEvent)).scalar_one()


def test_a_sync_in_many_chunks_replays_each_case_once_and_lists_what_the_desk_lists(
        make_desk: Callable[..., Workspace], server_url: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    source, sink = make_desk("MANYCHUNKS", 150, 9), make_desk("RECEIVER", 0)
    monkeypatch.setattr(central, "CHUNK", 300)  # a case's events span several chunks
    replayed: list[str] = []
    real_replay = projections.replay_cases

    def counting(conn, case_ids):  # noqa: ANN001, ANN202
        ids = sorted(set(case_ids))
        replayed.extend(ids)
        return real_replay(conn, ids)

    monkeypatch.setattr(projections, "replay_cases", counting)
    pushed = service.push(source.engine, source.desk_id, server_url).pushed_events
    assert pushed > 3 * 300
    assert max(Counter(replayed).values(), default=0) <= 1
    replayed.clear()
    assert service.pull(sink.engine, sink.desk_id, server_url).pulled_events == pushed
    assert max(Counter(replayed).values(), default=0) <= 1
    want = case_export(source, tmp_path / "source.csv")
    assert case_export(sink, tmp_path / "sink.csv") == want
    server = open_workspace(server_url, settings=Settings(desk_id="SUPERVISOR", user="sv"))
    server.trust_in_process("sv")
    try:
        assert case_export(server, tmp_path / "server.csv") == want
        assert _search_rows(server.engine) == _search_rows(source.engine)
    finally:
        server.close()
    assert _search_rows(sink.engine) == _search_rows(source.engine)


def _search_rows(engine) -> dict[str, str]:  # noqa: ANN001
    with engine.connect() as conn:
        return dict(conn.execute(select(CaseSearch.case_id, CaseSearch.body)).all())
