"""Dashboard figures on a small log driven through the real flow, checked against numbers
worked out by hand (below each fixture case), their drill-downs, and PostgreSQL."""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy import func, inspect, select, update

from recovery_desk.core.paths import migrations_dir
from recovery_desk.domain.satisfaction import Answers
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.kpis import percentiles
from recovery_desk.services.kpis.compute import compute
from recovery_desk.services.kpis.results import Dashboard
from recovery_desk.services.kpis.scope import drill_where
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage.models import KPI_SAMPLE_INDEX_COLUMNS, Case
from recovery_desk.storage.rows import kpi_columns
from tests.conftest import StepClock, open_default_case

DAY = 86400


def run(service: CaseService, clock: StepClock, secs: tuple[int, ...], answers: Answers | None,
        *, resolution: str = "replacement", amount: str | None = None,
        currency: str | None = None, **case: object) -> str:
    """Open a default-playbook case and spend ``secs`` in its stages (listen, acknowledge,
    apologize, resolve, confirm); satisfaction is recorded at the end of confirm. With
    fewer ``secs`` the case stops there, still open."""
    state = open_default_case(service, **case)
    playbook = service.playbook_for(state)
    case_id = state.case_id
    for seconds in secs:
        stage = playbook.stage(state.stage)
        for item in stage.required_items:
            state = service.set_checklist(case_id, item)
        if stage.records == "resolution":
            state = service.offer(case_id, resolution, deadline=date(2026, 4, 1),
                                  amount=Decimal(amount) if amount else None,
                                  currency=currency)
        clock.advance(seconds)
        if stage.records == "satisfaction":
            assert answers is not None
            state = service.record_satisfaction(case_id, answers)
        state = service.advance(case_id)
    return case_id


def build(service: CaseService, clock: StepClock) -> dict[str, str]:
    """Six counted cases over three ISO weeks of March 2026 and one practice case.

    stage seconds: listen, acknowledge, apologize, resolve, confirm
    first response = listen + acknowledge; resolution = until the first full "yes"
    """
    ids: dict[str, str] = {}
    # week 10 (Mon 2 March)
    # c1 billing/phone: 60,30,30,120,60 -> fr 90, res 300, closed recovered at once (FCR),
    #    refund 20 EUR; csat 5, nps 10, ces 7
    ids["c1"] = run(service, clock, (60, 30, 30, 120, 60),
                    Answers(accepted="yes", how="verbal", csat=5, likelihood=10, ces=7),
                    category="billing_error", channel="phone", resolution="refund",
                    amount="20.00", currency="EUR")
    # c2 billing/counter, scripted: 120,60,30,60,30 -> fr 180, res 300, FCR; 4 / 9 / 6
    ids["c2"] = run(service, clock, (120, 60, 30, 60, 30),
                    Answers(accepted="yes", how="verbal", csat=4, likelihood=9, ces=6),
                    category="billing_error", channel="counter", mode="scripted")
    clock.advance(7 * DAY)
    # week 11 (Mon 9 March)
    # c3 late/phone: 60 x5 -> fr 120; "partly" (3/6/3) puts it on a follow-up; a day later
    #    the follow-up gets yes 5/9/5: closed recovered, not FCR; res 300 + 86400 = 86700;
    #    refund 9000 HUF
    ids["c3"] = run(service, clock, (60, 60, 60, 60, 60),
                    Answers(accepted="partly", how="verbal", csat=3, likelihood=6, ces=3),
                    category="late_delivery", channel="phone", resolution="refund",
                    amount="9000", currency="HUF")
    clock.advance(DAY)
    service.complete_follow_up(ids["c3"], Answers(accepted="yes", how="verbal", csat=5,
                                                  likelihood=9, ces=5))
    # c4 late/email: 30 x5 -> fr 60; "no" 1/2/1: waiting for a follow-up due in 48 h,
    #    overdue by the time of the dashboard; on the watchlist
    ids["c4"] = run(service, clock, (30, 30, 30, 30, 30),
                    Answers(accepted="no", how="verbal", csat=1, likelihood=2, ces=1),
                    category="late_delivery", channel="email")
    clock.advance(7 * DAY)
    # week 12 (Mon 16 March)
    # c5 wrong item/phone: 60,30,30,60,60 -> fr 90; "partly" 2/5/2, then closed as not
    #    recovered (stays on the watchlist); its 50 EUR refund is no resolution cost
    ids["c5"] = run(service, clock, (60, 30, 30, 60, 60),
                    Answers(accepted="partly", how="verbal", csat=2, likelihood=5, ces=2),
                    category="wrong_item", channel="phone", resolution="refund",
                    amount="50.00", currency="EUR")
    service.close_unrecovered(ids["c5"], "Customer wants a full refund of the order.")
    # c6 billing/chat: listens 60 s, then withdrawn: no answers, no first response
    ids["c6"] = run(service, clock, (60,), None, category="billing_error", channel="chat")
    service.withdraw(ids["c6"], "Customer found the payment.")
    # practice: never counted
    ids["t1"] = run(service, clock, (5, 5, 5, 5, 5),
                    Answers(accepted="no", how="verbal", csat=1, likelihood=0, ces=1),
                    category="wrong_item", channel="phone", training=True)
    clock.advance(DAY)
    return ids


def count(ws: Workspace, flt: CaseFilter, now) -> int:  # noqa: ANN001
    with ws.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(Case.__table__)
                                .where(drill_where(flt, now))).scalar_one())


@pytest.fixture
def board(workspace: Workspace, service: CaseService, clock: StepClock) -> Dashboard:
    build(service, clock)
    return compute(workspace.engine, CaseFilter(), now=clock.now)


def value(board: Dashboard, key: str, unit: str | None = None) -> float | None:
    return board.tile(key, unit).value


def test_every_tile_matches_the_hand_computed_figure(board: Dashboard) -> None:
    approx = pytest.approx
    assert board.tile("cases").n == 6                       # the practice case is left out
    assert value(board, "csat") == approx(60.0)             # 5,4,5,1,2: three of five >= 4
    assert board.tile("csat").n == 5
    assert value(board, "nps") == approx(20.0)              # 10,9,9 vs 2,5: (3 - 2) / 5
    assert value(board, "effort") == approx(4.2)            # (7 + 6 + 5 + 1 + 2) / 5
    assert value(board, "acceptance") == approx(60.0)       # yes,yes,yes / no,partly
    assert value(board, "recovery_rate") == approx(75.0)    # c1,c2,c3 of closed c1,c2,c3,c5
    assert board.tile("recovery_rate").n == 4
    assert value(board, "first_contact_resolution") == approx(50.0)   # c1, c2 of 4
    # first response 60, 90, 90, 120, 180: median 90; p90 at rank 3.6: 120 + .6 * 60
    assert value(board, "first_response_median") == approx(90.0)
    assert value(board, "first_response_p90") == approx(156.0)
    assert board.tile("first_response_median").n == 5
    # resolution 300, 300, 86700: median 300; p90 at rank 1.8: 300 + .8 * 86400
    assert value(board, "resolution_time_median") == approx(300.0)
    assert value(board, "resolution_time_p90") == approx(69420.0)
    # 20 EUR and 9000 HUF over the three recovered cases; c5's 50 EUR does not count
    assert value(board, "cost_per_resolution", "EUR") == approx(6.67)
    assert value(board, "cost_per_resolution", "HUF") == approx(3000.0)
    assert board.tile("cost_per_resolution", "EUR").n == 3
    assert value(board, "watchlist") == 2                   # c4 waiting, c5 not recovered
    assert value(board, "overdue_follow_ups") == 1          # c4
    assert all(t.definition for t in board.tiles)
    assert len({(t.key, t.unit) for t in board.tiles}) == len(board.tiles)


def test_categories_trend_breakdowns_and_stages(board: Dashboard) -> None:
    approx = pytest.approx
    top = [(c.category, c.count, round(c.share, 2)) for c in board.top_categories]
    assert top == [("billing_error", 3, 50.0), ("late_delivery", 2, 33.33),
                   ("wrong_item", 1, 16.67)]
    weeks = [(p.label, p.start, p.end, p.count, p.csat_pct, p.nps, p.recovery_rate)
             for p in board.trend]
    assert weeks == [
        ("2026-W10", date(2026, 3, 2), date(2026, 3, 8), 2, 100.0, 100.0, 100.0),
        ("2026-W11", date(2026, 3, 9), date(2026, 3, 15), 2, 50.0, 0.0, 100.0),
        ("2026-W12", date(2026, 3, 16), date(2026, 3, 22), 2, 0.0, -100.0, 0.0)]
    channel = {r.value: (r.count, r.csat_pct, r.nps, r.recovery_rate, r.median_resolution_s)
               for r in board.breakdowns["channel"]}
    assert channel["phone"] == (3, approx(200 / 3), approx(100 / 3), approx(200 / 3),
                                approx(43500.0))          # c1, c3, c5; res 300 and 86700
    assert channel["counter"] == (1, 100.0, 100.0, 100.0, approx(300.0))
    assert channel["email"] == (1, 0.0, -100.0, None, None)
    assert channel["chat"] == (1, None, None, None, None)
    assert [r.value for r in board.breakdowns["channel"]][0] == "phone"
    modes = {r.value: r.count for r in board.breakdowns["mode"]}
    assert modes == {"natural": 5, "scripted": 1}
    assert [(r.value, r.count) for r in board.breakdowns["desk"]] == [("DESK-T", 6)]
    assert [r.value for r in board.breakdowns["playbook"]] == ["default"]
    stages = {s.stage: (s.n, s.median_s, s.p90_s, s.mean_s) for s in board.stage_durations}
    assert list(stages) == ["listen", "acknowledge", "apologize", "resolve", "confirm"]
    assert stages["listen"] == (6, 60.0, approx(90.0), approx(65.0))      # 30,60x4,120
    assert stages["acknowledge"] == (5, 30.0, approx(60.0), approx(42.0))  # 30x3,60x2
    assert stages["apologize"] == (5, 30.0, approx(48.0), approx(36.0))    # 30x4,60
    assert stages["resolve"] == (5, 60.0, approx(96.0), approx(66.0))      # 30,60x3,120
    assert stages["confirm"] == (5, 60.0, approx(60.0), approx(48.0))      # 30x2,60x3


def test_every_drill_down_opens_exactly_its_cases(workspace: Workspace, board: Dashboard,
                                                  clock: StepClock) -> None:
    now = clock.now
    for tile in board.tiles:
        assert count(workspace, tile.drill, now) == tile.n, tile.key
    for category in board.top_categories:
        assert count(workspace, category.drill, now) == category.count
    for period in board.trend:
        assert count(workspace, period.drill, now) == period.count
    for dim, rows in board.breakdowns.items():
        for row in rows:
            assert count(workspace, row.drill, now) == row.count, (dim, row.value)
    for stage in board.stage_durations:
        assert count(workspace, stage.drill, now) == stage.n
    assert board.tile("watchlist").drill.watchlist is True
    assert board.tile("overdue_follow_ups").drill.overdue_follow_up is True


def test_a_scope_narrows_every_figure_and_months_group_the_trend(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    build(service, clock)
    phone = compute(workspace.engine, CaseFilter(channels=("phone",)), now=clock.now,
                         granularity="month")
    assert phone.tile("cases").n == 3
    assert phone.tile("recovery_rate").value == pytest.approx(200 / 3)
    assert [(p.label, p.count, p.start, p.end) for p in phone.trend] == [
        ("2026-03", 3, date(2026, 3, 1), date(2026, 3, 31))]
    # a period's drill-down keeps the scope and clips the dates to it
    assert phone.trend[0].drill.channels == ("phone",)
    week11 = compute(workspace.engine,
                          CaseFilter(date_from=date(2026, 3, 9), date_to=date(2026, 3, 15)),
                          now=clock.now)
    assert week11.tile("cases").n == 2
    assert [p.drill.date_from for p in week11.trend] == [date(2026, 3, 9)]
    assert week11.tile("resolution_time_median").value == pytest.approx(86700.0)
    nothing = compute(workspace.engine, CaseFilter(categories=("poor_quality",)),
                           now=clock.now)
    assert nothing.tile("cases").n == 0
    assert nothing.tile("csat").value is None and nothing.trend == []
    assert nothing.tile("cost_per_resolution").value is None
    assert nothing.stage_durations == []


def test_practice_cases_never_count_even_if_asked(workspace: Workspace, service: CaseService,
                                                  clock: StepClock) -> None:
    build(service, clock)
    board = compute(workspace.engine, CaseFilter(include_training=True), now=clock.now)
    assert board.tile("cases").n == 6
    assert board.scope.include_training is False


def test_large_scopes_use_a_sample_within_its_bound(workspace: Workspace,
                                                    service: CaseService, clock: StepClock,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    build(service, clock)
    exact = compute(workspace.engine, CaseFilter(), now=clock.now)
    monkeypatch.setattr(percentiles, "EXACT_LIMIT", 0)
    whole = compute(workspace.engine, CaseFilter(), now=clock.now)  # sample = all
    assert "sample" in whole.tile("first_response_median").definition
    for key in ("first_response_median", "resolution_time_median"):
        assert whole.tile(key).value == pytest.approx(exact.tile(key).value, rel=0.00125,
                                                      abs=0.0005)
    # the histogram returns the value at the rank (120 s), not interpolated (156 s)
    assert whole.tile("first_response_p90").value == pytest.approx(120.0, rel=0.00125)
    assert whole.tile("csat").value == exact.tile("csat").value   # sums stay exact
    assert whole.tile("first_response_median").n == 5
    week11 = CaseFilter(date_from=date(2026, 3, 9), date_to=date(2026, 3, 15),
                        channels=("phone", "email"))
    sampled = compute(workspace.engine, week11, now=clock.now)
    assert sampled.tile("first_response_median").n == 2            # c3 120 s, c4 60 s
    assert sampled.tile("first_response_median").value == pytest.approx(60.0, rel=0.00125)
    by_channel = {r.value: r.median_resolution_s for r in sampled.breakdowns["channel"]}
    assert by_channel["phone"] == pytest.approx(86700.0, rel=0.00125)
    assert by_channel["email"] is None
    # half the keys: only the cases with sample_key < 128 feed the percentiles
    monkeypatch.setattr(percentiles, "SAMPLE_TARGET", 3)                  # 256 * 3 / 6 = 128
    half = compute(workspace.engine, CaseFilter(), now=clock.now)
    with workspace.engine.connect() as conn:
        sampled = sorted(conn.execute(
            select(Case.first_response_ms).where(Case.training.is_(False),
                                                 Case.sample_key < 128,
                                                 Case.first_response_ms.is_not(None))
        ).scalars())
    if sampled:
        at_rank = sampled[int(0.5 * (len(sampled) - 1))] / 1000
        assert half.tile("first_response_median").value == pytest.approx(at_rank,
                                                                          rel=0.00125)
    else:
        assert half.tile("first_response_median").value is None
    assert half.tile("first_response_median").n == 5


def _comparable(board: Dashboard) -> dict:
    def clean(obj):  # noqa: ANN001, ANN202
        if isinstance(obj, float):
            return round(obj, 6)
        if isinstance(obj, list):
            return [clean(o) for o in obj]
        if isinstance(obj, dict):
            return {k: clean(v) for k, v in obj.items()}
        if hasattr(obj, "__dataclass_fields__"):
            return {k: clean(getattr(obj, k)) for k in obj.__dataclass_fields__
                    if k not in ("definition",)}
        return obj
    return clean(replace(board, now=None))


def test_postgresql_gives_the_same_dashboard(pg_server, clock: StepClock,  # noqa: ANN001
                                             workspace: Workspace, service: CaseService
                                             ) -> None:
    url = pg_server.create_database("kpi_test")
    try:
        ws = open_workspace(url, settings=Settings(desk_id="DESK-T", user="tester"))
        ws.trust_in_process("tester")
        try:
            pg_clock = StepClock()
            build(CaseService(ws, clock=pg_clock), pg_clock)
            build(service, clock)
            for scope in (CaseFilter(), CaseFilter(channels=("phone",)),
                          CaseFilter(date_from=date(2026, 3, 9))):
                for granularity in ("week", "month"):
                    on_pg = compute(ws.engine, scope, now=pg_clock.now,
                                         granularity=granularity)
                    on_sqlite = compute(workspace.engine, scope, now=clock.now,
                                             granularity=granularity)
                    assert _comparable(on_pg) == _comparable(on_sqlite)
            assert compute(ws.engine, CaseFilter(), now=pg_clock.now).tile(
                "resolution_time_p90").value == pytest.approx(69420.0)
            # the sampled path (here the whole scope) gives the same figures on both too
            saved, percentiles.EXACT_LIMIT = percentiles.EXACT_LIMIT, 0
            try:
                assert _comparable(compute(ws.engine, CaseFilter(), now=pg_clock.now)
                                   ) == _comparable(compute(workspace.engine,
                                                                 CaseFilter(), now=clock.now))
            finally:
                percentiles.EXACT_LIMIT = saved
        finally:
            ws.close()
    finally:
        pg_server.drop_database("kpi_test")


def _rerun_0004(ws: Workspace) -> None:
    """Run revision 0004 alone (down, then up) on the log, as an older log would get it."""
    spec = importlib.util.spec_from_file_location(
        "revision_0004", migrations_dir() / "versions" / "0004_kpi_rollup.py")
    assert spec is not None and spec.loader is not None
    revision = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(revision)
    with ws.engine.connect() as conn, conn.begin():
        context = MigrationContext.configure(conn, opts={"render_as_batch": True})
        with Operations.context(context):
            op = Operations(context)
            # 0008's sample index is built on 0004's columns: off while they are
            op.drop_index("ix_cases_kpi_sample", table_name="cases")
            revision.downgrade()
            assert "resolution_ms" not in {c["name"] for c in inspect(conn).get_columns("cases")}
            revision.upgrade()
            op.create_index("ix_cases_kpi_sample", "cases", list(KPI_SAMPLE_INDEX_COLUMNS))


def _kpi_rows(ws: Workspace) -> dict[str, tuple]:
    names = list(kpi_columns(CaseService(ws).get(_any_case(ws))).keys())
    with ws.engine.connect() as conn:
        return {row[0]: tuple(row[1:]) for row in conn.execute(
            select(Case.case_id, *(Case.__table__.c[n] for n in names)))}


def _any_case(ws: Workspace) -> str:
    with ws.engine.connect() as conn:
        return conn.execute(select(Case.case_id).limit(1)).scalar_one()


def test_an_older_log_gains_the_figure_columns_from_its_events(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    build(service, clock)
    before = _kpi_rows(workspace)
    assert any(v[2] is not None for v in before.values())         # resolution_ms
    _rerun_0004(workspace)
    assert _kpi_rows(workspace) == before


def test_older_postgresql_log_gains_the_same_columns(pg_server, clock: StepClock  # noqa: ANN001
                                                     ) -> None:
    url = pg_server.create_database("kpi_backfill")
    try:
        ws = open_workspace(url, settings=Settings(desk_id="DESK-T", user="tester"))
        ws.trust_in_process("tester")
        try:
            build(CaseService(ws, clock=clock), clock)
            before = _kpi_rows(ws)
            _rerun_0004(ws)
            assert _kpi_rows(ws) == before
            with ws.engine.begin() as conn:   # and a wrong value would be noticed
                conn.execute(update(Case).values(resolution_ms=1))
            assert _kpi_rows(ws) != before
        finally:
            ws.close()
    finally:
        pg_server.drop_database("kpi_backfill")
