"""The Log and the Dashboard of a supervisor's workstation pointed at a central server.

A real PostgreSQL started by the test setup, the real migrations, cases made through the
Desk's own service, the real main window: paging, full-text search (PostgreSQL's own),
case detail, a supervisor's approval clicked through the detail and its dialog, and the
Dashboard's figures and drill-down.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from sqlalchemy import select

from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.kpis.compute import compute
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage.models import CaseEvent
from recovery_desk.ui.app import make_app
from recovery_desk.ui.log.actions import TextDialog
from recovery_desk.ui.main_window import MainWindow
from tests.conftest import StepClock
from tests.ui.log_fixtures import SUPERVISOR, make_log, sign_in


@pytest.fixture
def pg_workspace(pg_server) -> Iterator[Workspace]:  # noqa: ANN001
    url = pg_server.create_database("supervisor_pages")
    ws = open_workspace(url, settings=Settings(desk_id="DESK-T", user="tester"))
    ws.trust_in_process("tester")
    ws.ensure_user(SUPERVISOR, "supervisor")
    try:
        yield ws
    finally:
        ws.close()
        pg_server.drop_database("supervisor_pages")


class PressOk:
    """The supervisor at an action's dialog: it is shown, and its OK button clicked."""

    def __init__(self, qtbot) -> None:  # noqa: ANN001
        self.qtbot = qtbot
        self.refusals: list[str] = []

    def __call__(self, dialog: QDialog) -> bool:
        if isinstance(dialog, QMessageBox):
            self.refusals.append(dialog.text())
            return True
        assert isinstance(dialog, TextDialog)
        dialog.show()
        self.qtbot.waitExposed(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted


def stored_events(ws: Workspace, case_id: str) -> list[tuple[str, str]]:
    """What the server holds for ``case_id``: (kind, actor), oldest first."""
    with ws.engine.connect() as conn:
        return [(r.kind, r.actor) for r in conn.execute(
            select(CaseEvent.kind, CaseEvent.actor).where(CaseEvent.case_id == case_id)
            .order_by(CaseEvent.seq))]


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

        # the case detail
        case_id = page.model.case_id_at(0)
        page.open_case(case_id)
        assert page.detail.isVisible() and page.detail.timeline.rowCount() > 5

        # a supervisor action: the escalated case's offer approved by clicking through the
        # detail's button and its dialog; the approval is an event on the server, and the
        # Log shows the case going on
        page.filters.search.setText("")
        qtbot.waitUntil(lambda: page.model.flt.text == "" and page.total == len(set(real)),
                        timeout=3000)
        assert pg_workspace.engine.dialect.name == "postgresql"

        def status_of(case_id: str) -> str:
            row = page.model.row_of(case_id)
            return page.model.data(page.model.index(row, page.model.column_of("status")))

        assert status_of(small.escalated) != "open"  # it waits for a supervisor
        runner = PressOk(qtbot)
        page.supervisor.runner = runner
        page.open_case(small.escalated)
        approve = page.detail.buttons["approve"]
        assert approve.isVisible() and approve.isEnabled()
        timeline_before = page.detail.timeline.rowCount()
        QApplication.processEvents()
        qtbot.mouseClick(approve, Qt.MouseButton.LeftButton)
        assert runner.refusals == []
        assert stored_events(pg_workspace, small.escalated)[-1] == (
            "escalation_approved", SUPERVISOR)
        assert not page.detail.buttons["approve"].isEnabled()  # nothing waits any more
        assert page.detail.timeline.rowCount() == timeline_before + 1
        assert status_of(small.escalated) == "open"  # the row was fetched again from the server

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
