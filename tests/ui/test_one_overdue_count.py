"""One figure, one definition: the overdue follow-ups on the Desk's F9 button, the
Dashboard tile and the PDF report's list are the same number for the same scope, every
tile says its scope, and a trend's partial first and last periods are marked."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from recovery_desk.domain.satisfaction import Answers
from recovery_desk.services.cases import case_query
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.kpis import report
from recovery_desk.services.kpis.compute import compute
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common.kpi_charts import build_trend
from recovery_desk.ui.main_window import MainWindow
from tests.conftest import StepClock
from tests.ui.log_fixtures import SUPERVISOR, make_log, run_case, sign_in

UNHAPPY = Answers(accepted="partly", how="verbal", csat=2, likelihood=4,
                  unknown={"ces": "not_asked"})  # effort was not asked


@pytest.fixture
def overdue_log(workspace: Workspace, service: CaseService, clock: StepClock) -> int:
    """The small log (one unhappy customer) plus two more unhappy ones: every follow-up is
    due in March 2026, long before the real "now" the screens use."""
    make_log(service, clock)
    for n in range(2):
        run_case(service, clock, UNHAPPY, words=f"Cold food again, visit {n}.")
    now = datetime.now(UTC)
    total = case_query.overdue_count(workspace.engine, CaseFilter(), now)
    assert total == 3
    return total


def _dashboard(qtbot, window: MainWindow, period: str):  # noqa: ANN001, ANN202
    page = window.dashboard
    window.show_page("dashboard")
    page.period.setCurrentIndex(page.period.findData(period))
    page.refresh()
    qtbot.waitUntil(lambda: not page.is_busy() and page.result is not None, timeout=20_000)
    return page


def test_desk_tile_and_report_show_one_overdue_count_for_the_same_scope(
        qtbot, window: MainWindow, workspace: Workspace, overdue_log: int) -> None:  # noqa: ANN001
    sign_in(workspace, SUPERVISOR)
    desk = window.desk
    window.show_page("desk")
    desk.refresh_follow_ups()
    qtbot.waitUntil(lambda: "overdue" in desk.follow_ups_button.text()
                    and str(overdue_log) in desk.follow_ups_button.text(), timeout=5000)
    assert f"{overdue_log} overdue" in desk.follow_ups_button.text()

    page = _dashboard(qtbot, window, "all")  # the Desk's scope: the whole log
    tile = page.tiles["overdue_follow_ups"]
    assert tile.value.text() == str(overdue_log)
    assert tile.scope.text() == "All time" and not tile.scope.isHidden()
    data = report.gather(workspace, page.scope(), now=datetime.now().astimezone())
    assert data.overdue.total == overdue_log == len(data.overdue.rows)
    # both ways the Dashboard adds up (daily rollup or the cases) give the same count
    for use_rollup in (True, False):
        board = compute(workspace.engine, page.scope(), now=datetime.now().astimezone(),
                        use_rollup=use_rollup)
        assert board.tile("overdue_follow_ups").n == overdue_log

    # a narrower scope gives another number, and says so on every tile
    page = _dashboard(qtbot, window, "90")
    assert page.tiles["overdue_follow_ups"].value.text() == "0"  # opened in March
    assert {t.scope.text() for t in page.tile_sequence} == {"Last 90 days"}
    data = report.gather(workspace, page.scope(), now=datetime.now().astimezone())
    assert data.overdue.total == 0


def test_a_trend_marks_its_partial_first_and_last_weeks(
        qtbot, workspace: Workspace, service: CaseService, clock: StepClock,  # noqa: ANN001
        overdue_log: int) -> None:
    """Cases opened on Monday 2 March 2026 (week 10, the test clock), Wednesday 11 March
    (week 11) and Monday 16 March (week 12). A scope from Tuesday 10 to Tuesday 17 March
    cuts weeks 11 and 12; a week still running is partial too; whole weeks are not."""
    from PySide6.QtCharts import QBarCategoryAxis

    from tests.conftest import open_default_case

    for days in (9, 5):
        clock.advance(days * 86_400)
        open_default_case(service)
    cut = compute(workspace.engine, CaseFilter(date_from=date(2026, 3, 10),
                                               date_to=date(2026, 3, 17)),
                  now=datetime(2026, 3, 20, 12, tzinfo=UTC))
    assert [(p.label, p.partial) for p in cut.trend] == [("2026-W11", True),
                                                         ("2026-W12", True)]
    week = compute(workspace.engine, CaseFilter(date_from=date(2026, 3, 9),
                                                date_to=date(2026, 3, 15)),
                   now=datetime(2026, 3, 20, 12, tzinfo=UTC))
    assert [(p.label, p.partial) for p in week.trend] == [("2026-W11", False)]
    running = compute(workspace.engine, CaseFilter(), now=datetime(2026, 3, 18, 12, tzinfo=UTC))
    assert [(p.label, p.partial) for p in running.trend] == [
        ("2026-W10", False), ("2026-W11", False), ("2026-W12", True)]
    chart, _drill = build_trend(workspace, running)
    (axis,) = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
    labels = axis.categories()
    assert labels[-1].endswith("(partial)") and not labels[0].endswith("(partial)")
