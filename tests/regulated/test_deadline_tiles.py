"""The Dashboard's "met on time" tiles: the Register's and the report's figure over the
Dashboard's scope, counted by hand on a small fixture."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from recovery_desk.services.cases import case_query
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.kpis import report
from recovery_desk.services.kpis.compute import compute
from recovery_desk.services.kpis.figures import figures
from recovery_desk.services.regulated import letters
from recovery_desk.services.regulated.register_view import share_met
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.models import Case
from tests.conftest import StepClock, open_default_case
from tests.regulated.helpers import received_at, under_pack

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=LONDON)


def _acknowledge(workspace: Workspace, service: CaseService, clock: StepClock,
                 case_id: str, at: datetime) -> None:
    clock.now = at
    draft = letters.draft_letter(workspace, service.get(case_id), "acknowledgement", now=at)
    letters.send_letter(service, draft, "email")


def _fixture(workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    under_pack(workspace, "fca-disp")
    # A, at the counter: acknowledged the same day (on time); final response passed unmet
    a = received_at(service, clock, datetime(2026, 3, 2, 10, 0, tzinfo=LONDON))
    _acknowledge(workspace, service, clock, a.case_id, datetime(2026, 3, 2, 11, 0,
                                                               tzinfo=LONDON))
    # B, at the counter: no letter at all, both deadlines passed unmet
    received_at(service, clock, datetime(2026, 3, 3, 10, 0, tzinfo=LONDON))
    # C, by phone: acknowledged two weeks late (decided, not on time)
    c = received_at(service, clock, datetime(2026, 3, 4, 10, 0, tzinfo=LONDON),
                    channel="phone")
    _acknowledge(workspace, service, clock, c.case_id, datetime(2026, 3, 18, 10, 0,
                                                               tzinfo=LONDON))
    # D, at the counter, received this morning: both clocks still running (not decided)
    received_at(service, clock, NOW - timedelta(hours=2))
    # a practice case never counts
    received_at(service, clock, datetime(2026, 3, 5, 10, 0, tzinfo=LONDON), training=True)
    clock.now = NOW


def _tiles(workspace: Workspace, scope: CaseFilter) -> dict[str, tuple[float | None, int]]:
    board = compute(workspace.engine, scope, now=NOW)
    return {k.key: (k.value, k.n) for k in board.tiles if k.key.endswith("_on_time")}


def test_the_dashboard_shows_the_share_met_per_deadline(workspace: Workspace,
                                                        service: CaseService,
                                                        clock: StepClock) -> None:
    _fixture(workspace, service, clock)
    # counted by hand: acknowledgements A on time, B and C not (D running): 1 of 3;
    # final responses A, B and C passed unmet (D running): 0 of 3
    assert _tiles(workspace, CaseFilter()) == {"acknowledged_on_time": (33.3, 3),
                                               "final_response_on_time": (0.0, 3)}
    # the scope narrows it as every tile: at the counter, A and B
    assert _tiles(workspace, CaseFilter(channels=("counter",))) == {
        "acknowledged_on_time": (50.0, 2), "final_response_on_time": (0.0, 2)}
    # the Register's figure for the same complaints, and the report's for the same scope
    register = {s.clock: s.percent for s in share_met(
        workspace, NOW, since=datetime(2026, 1, 1, tzinfo=LONDON))}
    assert register == {"acknowledge": 33.3, "final_response": 0.0}
    data = report.gather(workspace, CaseFilter(channels=("counter",)), now=NOW)
    assert {d.clock: (d.met_on_time, d.decided) for d in data.deadlines} == {
        "acknowledge": (1, 2), "final_response": (0, 2)}
    # the tile opens its cases: those under the clock in scope (A, B, C and D)
    board = compute(workspace.engine, CaseFilter(), now=NOW)
    tile = board.tile("acknowledged_on_time")
    assert tile.drill.has == ("acknowledge_due",)
    with workspace.engine.connect() as conn:
        opened = conn.execute(select(func.count()).select_from(Case).where(
            case_query.where(tile.drill, NOW))).scalar_one()
    assert opened == 4
    # and `kpis --json` carries it, from the same compute()
    keys = [t["key"] for t in figures(board)["tiles"]]
    assert keys[-2:] == ["acknowledged_on_time", "final_response_on_time"]


def test_a_log_without_clocks_has_no_deadline_tiles(workspace: Workspace,
                                                    service: CaseService) -> None:
    open_default_case(service)
    board = compute(workspace.engine, CaseFilter(date_from=date(2020, 1, 1)),
                    now=datetime.now().astimezone())
    assert not [k for k in board.tiles if k.key.endswith("_on_time")]
