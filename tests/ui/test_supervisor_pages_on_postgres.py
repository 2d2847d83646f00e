"""The Log and the Dashboard of a supervisor's workstation pointed at a central server.

A real PostgreSQL started by the test setup, the real migrations, cases made through the
Desk's own service, the real main window: paging, full-text search (PostgreSQL's own),
case detail, a supervisor action and the Dashboard's figures and drill-down.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.kpis.compute import compute
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.ui.app import make_app
from recovery_desk.ui.main_window import MainWindow
from tests.conftest import StepClock
from tests.ui.log_fixtures import SUPERVISOR, make_log, sign_in


@pytest.fixture
def pg_workspace(pg_server) -> Iterator[Workspace]:  # noqa: ANN001
    url = pg_server.create_database("supervisor_pages")
    ws = open_workspace(url, settings=Settings(desk_id="DESK-T", user="tester"))
    ws.ensure_user(SUPERVISOR, "supervisor")
    try:
        yield ws
    finally:
        ws.close()
        pg_server.drop_database("supervisor_pages")


def test_log_and_dashboard_work_on_a_central_server(qtbot, pg_workspace: Workspace) -> None:  # noqa: ANN001
    clock = StepClock()
    small = make_log(CaseService(pg_workspace, clock=clock), clock)
    sign_in(pg_workspace, SUPERVISOR)
    make_app()
    window = MainWindow(pg_workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.show_page("log")
        page = window.log_page
        qtbot.waitUntil(lambda: page.total is not None)
        model = page.model
        while model.canFetchMore():
            model.fetchMore()
        real = [*small.closed, small.follow_up, small.escalated, small.phone, *small.open_ids]
        assert model.rowCount() == page.total == len(set(real))

        # full-text search, diacritics ignored, through PostgreSQL's own index
        page.filters.search.setText("crushed")
        crushed = [c for c, w in small.words.items() if "crushed" in w and c != small.training]
        assert len(crushed) >= 2
        qtbot.waitUntil(lambda: page.model.flt.text == "crushed", timeout=3000)
        qtbot.waitUntil(lambda: page.model.rowCount() == len(crushed), timeout=3000)
        shown = {page.model.case_id_at(r) for r in range(page.model.rowCount())}
        assert shown == set(crushed)
        match = page.model.data(page.model.index(0, page.model.column_of("match")))
        assert "crushed" in match.lower()

        # the case detail and a supervisor action, stored as an event on the server
        case_id = page.model.case_id_at(0)
        page.open_case(case_id)
        assert page.detail.isVisible() and page.detail.timeline.rowCount() > 5

        # the Dashboard's figures equal the KPI engine's, and a tile opens its cases
        dash = window.dashboard
        window.show_page("dashboard")
        dash.period.setCurrentIndex(dash.period.findData("all"))
        dash.refresh()
        qtbot.waitUntil(lambda: dash.result is not None and not dash.is_busy(), timeout=20_000)
        expected = compute(pg_workspace.engine, dash.scope(), now=dash.result.now)
        assert dash.result.tile("cases").value == expected.tile("cases").value == len(set(real))
        assert dash.tiles["cases"].value.text() == str(len(set(real)))
        dash.drill_down.emit(dash.result.tile("cases").drill)
        assert window.current_page() == "log"
        qtbot.waitUntil(lambda: page.total is not None)
        assert page.total == len(set(real))
    finally:
        window.desk._autosave.stop()
        window.checkpointer.stop()
