"""The Dashboard from the daily rollup equals the Dashboard aggregated from the cases, on
demo logs and after everything that rewrites cases: actions on old cases, a sync import,
an erasure, ``check --rebuild``; on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.exc import OperationalError

from recovery_desk.domain.satisfaction import Answers
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.demo.generator import generate
from recovery_desk.services.kpis import percentiles
from recovery_desk.services.kpis.compute import compute
from recovery_desk.services.kpis.rollup import rollup_key
from recovery_desk.services.settings import Settings
from recovery_desk.services.trust.check import rebuild_projections
from recovery_desk.services.trust.erasure import erase_customers
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage import kpi_rollup
from recovery_desk.storage.models import Case, kpi_daily, kpi_dirty, kpi_rollup_state
from recovery_desk.sync.folder import import_bundle, push_to_folder
from tests.conftest import trust_each_other
from tests.pg_fixtures import pg_server  # noqa: F401

ANCHOR = datetime(2026, 6, 30, 17, 0, tzinfo=UTC)
NOW = ANCHOR + timedelta(days=1)


def scopes(ws: Workspace) -> list[CaseFilter]:
    """Whole log, day ranges, and one value of each breakdown (some with dates)."""
    with ws.engine.connect() as conn:
        first = conn.execute(select(func.min(Case.opened_at))).scalar_one().date()
        pick = {name: conn.execute(select(col).where(Case.training.is_(False))
                                   .group_by(col).order_by(func.count().desc()).limit(1)
                                   ).scalar_one()
                for name, col in (("desks", Case.desk_id), ("agents", Case.agent),
                                  ("channels", Case.channel), ("categories", Case.category),
                                  ("playbooks", Case.playbook), ("modes", Case.mode))}
    mid = first + timedelta(days=20)
    out = [CaseFilter(), CaseFilter(date_from=mid), CaseFilter(date_to=mid),
           CaseFilter(date_from=first + timedelta(days=3), date_to=mid + timedelta(days=9))]
    for i, (name, value) in enumerate(pick.items()):
        out.append(CaseFilter(**{name: (value,)}))
        if i % 2:
            out.append(CaseFilter(date_from=mid, **{name: (value,)}))
    return out


def assert_same(ws: Workspace, now: datetime = NOW) -> None:
    for scope in scopes(ws):
        assert rollup_key(scope) is not None
        for granularity in ("week", "month"):
            rolled = compute(ws.engine, scope, now=now, granularity=granularity)
            direct = compute(ws.engine, scope, now=now, granularity=granularity,
                                  use_rollup=False)
            assert rolled == direct, (scope, granularity)
    with ws.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(kpi_dirty)).scalar_one() == 0


def demo_log(path: Path, seed: int, cases: int = 160, desk: str = "DESK-T") -> Workspace:
    ws = open_workspace(str(path), settings=Settings(desk_id=desk, user="tester"))
    ws.trust_in_process("tester")
    ws.ensure_user("Sam Supervisor", "supervisor")
    generate(ws, cases, seed=seed, anchor=ANCHOR)
    return ws


@pytest.fixture
def log(tmp_path: Path) -> Iterator[Workspace]:
    ws = demo_log(tmp_path / "log.sqlite3", seed=5)
    yield ws
    ws.close()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_rollup_and_cases_give_the_same_dashboard(tmp_path: Path, seed: int,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    ws = demo_log(tmp_path / "log.sqlite3", seed=seed)
    try:
        assert_same(ws)
        monkeypatch.setattr(percentiles, "EXACT_LIMIT", 0)     # the sampled percentiles alike
        assert_same(ws)
    finally:
        ws.close()


def test_the_comparison_notices_a_wrong_rollup(log: Workspace) -> None:
    assert_same(log)
    with log.engine.begin() as conn:
        conn.execute(update(kpi_daily).where(kpi_daily.c.dim == "all").values(
            csat_ok=kpi_daily.c.csat_ok + 1))
    with pytest.raises(AssertionError):
        assert_same(log)
    kpi_rollup.rebuild_rollup(log.engine)
    assert_same(log)


def _open_follow_up(ws: Workspace) -> tuple[str, date]:
    with ws.engine.connect() as conn:
        row = conn.execute(select(Case.case_id, Case.opened_at)
                           .where(Case.status == "follow_up", Case.training.is_(False))
                           .order_by(Case.opened_at).limit(1)).one()
    return row.case_id, row.opened_at.date()


def test_a_follow_up_done_today_updates_the_day_the_case_was_opened(log: Workspace) -> None:
    assert_same(log)
    case_id, opened = _open_follow_up(log)
    month = CaseFilter(date_from=opened.replace(day=1), date_to=opened)
    before = compute(log.engine, month, now=NOW)
    service = CaseService(log, clock=lambda: NOW)
    # a satisfied answer that moves the day's CSAT: a 5 where it was unknown or 1-3, else
    # a declined score (one known answer fewer, one unknown more)
    earlier = service.get(case_id).csat
    csat = 5 if earlier is None or earlier <= 3 else None
    service.complete_follow_up(case_id, Answers(
        accepted="yes", how="verbal", csat=csat, likelihood=10, ces=7,
        unknown={} if csat else {"csat": "declined"}))
    with log.engine.connect() as conn:
        assert conn.execute(select(kpi_dirty.c.day)).scalars().all() == [opened.isoformat()]
    after = compute(log.engine, month, now=NOW)
    # the new answer moves the day's CSAT: its value, or (when the earlier answer was
    # unknown) the count of known answers and of unknown ones
    figure = lambda board: (board.tile("csat").value, board.tile("csat").n,  # noqa: E731
                            board.tile("csat").unknown)
    assert figure(after) != figure(before)
    assert after.tile("watchlist").value == before.tile("watchlist").value - 1
    assert_same(log)


def test_a_sync_import_and_an_erasure_keep_the_rollup_exact(log: Workspace,
                                                            tmp_path: Path) -> None:
    assert_same(log)
    other = demo_log(tmp_path / "other.sqlite3", seed=9, cases=60, desk="DESK-O")
    trust_each_other(log, other)
    try:
        share = tmp_path / "share"
        share.mkdir()
        bundles = push_to_folder(other.engine, "DESK-O", share)
        for bundle in bundles:
            import_bundle(log.engine, bundle)
    finally:
        other.close()
    with log.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(kpi_dirty)).scalar_one() > 0
        assert conn.execute(select(func.count()).where(Case.desk_id == "DESK-O")
                            ).scalar_one() == 60
    assert_same(log)
    with log.engine.connect() as conn:
        customers = conn.execute(select(Case.customer_id).distinct().limit(5)).scalars().all()
    erase_customers(log, customers, reason="request", clock=lambda: NOW)
    assert_same(log)


def test_check_rebuild_recomputes_the_rollup(log: Workspace) -> None:
    assert_same(log)
    with log.engine.begin() as conn:   # a rollup that went wrong somehow
        conn.execute(update(kpi_daily).values(n=0))
    rebuild_projections(log.engine)
    assert_same(log)


def test_a_rollup_cut_in_another_zone_is_not_read(log: Workspace,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    assert kpi_rollup.refresh(log.engine)
    with log.engine.begin() as conn:
        conn.execute(update(kpi_rollup_state).values(value="Elsewhere"))
        conn.execute(update(kpi_daily).values(n=0))
    assert not kpi_rollup.refresh(log.engine)
    whole = compute(log.engine, CaseFilter(), now=NOW)
    assert whole.tile("cases").n == 160        # from the cases, not the stale rollup
    kpi_rollup.rebuild_rollup(log.engine)
    assert kpi_rollup.refresh(log.engine)
    assert_same(log)


def test_other_scopes_aggregate_the_cases() -> None:
    assert rollup_key(CaseFilter(channels=("phone", "email"))) is None
    assert rollup_key(CaseFilter(channels=("phone",), desks=("D",))) is None
    assert rollup_key(CaseFilter(statuses=("closed",))) is None
    assert rollup_key(CaseFilter(text="refund")) is None
    assert rollup_key(CaseFilter(watchlist=True)) is None
    assert rollup_key(CaseFilter(date_from=date(2026, 1, 1), agents=("Ann",))) == (
        "agent", "Ann")
    assert rollup_key(CaseFilter()) == ("all", "")


def test_postgresql_rollup_gives_the_same_dashboard(pg_server,  # noqa: F811, ANN001
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    url = pg_server.create_database("kpi_rollup_test")
    try:
        ws = open_workspace(url, settings=Settings(desk_id="DESK-T", user="tester"))
        ws.trust_in_process("tester")
        try:
            ws.ensure_user("Sam Supervisor", "supervisor")
            generate(ws, 160, seed=4, anchor=ANCHOR)
            assert_same(ws)
            case_id, _ = _open_follow_up(ws)
            CaseService(ws, clock=lambda: NOW).complete_follow_up(
                case_id, Answers(accepted="yes", how="verbal", csat=5, likelihood=10, ces=7))
            assert_same(ws)
            rebuild_projections(ws.engine)
            monkeypatch.setattr(percentiles, "EXACT_LIMIT", 0)
            assert_same(ws)
        finally:
            ws.close()
    finally:
        pg_server.drop_database("kpi_rollup_test")


def test_a_log_whose_rollup_cannot_be_written_is_aggregated_from_the_cases(
        log: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    direct = compute(log.engine, CaseFilter(), now=NOW, use_rollup=False)
    with log.engine.begin() as conn:   # stale, and refreshing it fails
        conn.execute(update(kpi_daily).values(n=0))
        kpi_rollup.mark_dirty(conn, [ANCHOR])

    def locked(engine: object) -> bool:
        raise OperationalError("UPDATE kpi_daily", {}, Exception("database is locked"))

    monkeypatch.setattr(kpi_rollup, "refresh", locked)
    assert compute(log.engine, CaseFilter(), now=NOW) == direct
