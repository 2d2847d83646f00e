"""The Log page on a real log: filters, sorting, search, case detail, supervisor actions,
the follow-up queue and exporting the filtered view."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import select

from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.models import CaseEvent
from recovery_desk.ui.log.actions import ReassignDialog, TextDialog
from recovery_desk.ui.log.highlight import snippet_html
from recovery_desk.ui.main_window import MainWindow
from tests.conftest import StepClock
from tests.ui.helpers import focused, press
from tests.ui.log_fixtures import SUPERVISOR, SmallLog, make_log, sign_in


@pytest.fixture
def small_log(workspace: Workspace, service: CaseService, clock: StepClock) -> SmallLog:
    return make_log(service, clock)


@pytest.fixture
def log_page(qtbot, window: MainWindow, small_log: SmallLog):  # noqa: ANN001, ANN201
    window.show_page("log")
    page = window.log_page
    qtbot.waitUntil(lambda: page.total is not None)
    return page


def shown_ids(page) -> list[str]:  # noqa: ANN001
    model = page.model
    while model.canFetchMore():
        model.fetchMore()
    return [model.case_id_at(r) for r in range(model.rowCount())]


def kinds(ws: Workspace, case_id: str) -> list[tuple[str, str, dict]]:
    with ws.engine.connect() as conn:
        return [(r.kind, r.actor, r.payload) for r in conn.execute(
            select(CaseEvent.kind, CaseEvent.actor, CaseEvent.payload)
            .where(CaseEvent.case_id == case_id).order_by(CaseEvent.seq))]


class Filler:
    """Stands in for a person at the dialogs: fills every box and presses OK; remembers
    the message boxes it was shown."""

    def __init__(self, to_user: str = SUPERVISOR) -> None:
        self.to_user = to_user
        self.messages: list[str] = []
        self.dialogs: list[QDialog] = []

    def __call__(self, dialog: QDialog) -> bool:
        self.dialogs.append(dialog)
        if isinstance(dialog, QMessageBox):
            self.messages.append(dialog.text())
            return True
        if isinstance(dialog, TextDialog):
            for key, box in dialog.boxes.items():
                box.setPlainText(f"{key}: listen to the whole story before offering a fix")
        if isinstance(dialog, ReassignDialog):
            dialog.user.setCurrentIndex(dialog.user.findData(self.to_user))
        return True


def test_page_loads_counts_and_focuses_the_table(qtbot, log_page, small_log) -> None:  # noqa: ANN001
    assert log_page.model.rowCount() == 8  # training cases hidden, nothing else
    assert log_page.total == 8
    assert "8" in log_page.summary.text()
    assert focused() is log_page.table
    assert log_page.table.currentIndex().row() == 0
    assert log_page.table.isColumnHidden(log_page.match_column)
    assert small_log.training not in shown_ids(log_page)


def test_training_cases_only_when_asked(qtbot, log_page, small_log) -> None:  # noqa: ANN001
    click(qtbot, log_page.filters.training)
    ids = shown_ids(log_page)
    assert len(ids) == 9 and small_log.training in ids
    row = log_page.model.row_of(small_log.training)
    status = log_page.model.data(log_page.model.index(row, log_page.model.column_of("status")))
    assert status == "open (training)"
    qtbot.waitUntil(lambda: log_page.total == 9)


def test_filters_and_reset_through_the_controls(qtbot, log_page, small_log) -> None:  # noqa: ANN001
    channel = log_page.filters.combos["channels"]
    channel.setCurrentIndex(channel.findData("phone"))
    assert shown_ids(log_page) == [small_log.phone]
    qtbot.waitUntil(lambda: log_page.total == 1)
    assert "1" in log_page.summary.text()
    watch = log_page.filters.combos["watchlist"]
    watch.setCurrentIndex(1)  # on the watchlist: the phone case is not
    assert log_page.model.rowCount() == 0
    assert log_page.table_stack.currentWidget() is log_page.empty
    assert "No case matches" in log_page.empty_text.text()
    assert log_page.empty_reset.isVisibleTo(log_page)
    click(qtbot, log_page.empty_reset)
    assert log_page.model.rowCount() == 8
    assert log_page.table_stack.currentWidget() is log_page.table
    assert log_page.filters.filter() == CaseFilter()
    status = log_page.filters.combos["statuses"]
    status.setCurrentIndex(status.findData("escalated"))
    assert shown_ids(log_page) == [small_log.escalated]


def test_empty_log_says_so(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.show_page("log")
    page = window.log_page
    assert page.table_stack.currentWidget() is page.empty
    assert "The log is empty" in page.empty_text.text()
    assert not page.empty_reset.isVisibleTo(page)


def click(qtbot, widget) -> None:  # noqa: ANN001
    """Click as a person does: on the widget where it is now drawn (layouts settled)."""
    QApplication.processEvents()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _click_header(qtbot, page, key: str) -> None:  # noqa: ANN001
    header = page.table.horizontalHeader()
    column = page.model.column_of(key)
    page.table.scrollTo(page.model.index(0, column))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_sorting_by_a_header_requeries(qtbot, log_page, small_log) -> None:  # noqa: ANN001
    _click_header(qtbot, log_page, "csat")
    assert log_page.model.sort_key == "csat"
    column = log_page.model.column_of("csat")
    values = [log_page.model.data(log_page.model.index(r, column))
              for r in range(log_page.model.rowCount())]
    rated = [int(v) for v in values if v]
    assert rated == sorted(rated, reverse=True) and rated[0] == 5
    assert values[len(rated):] == [""] * (len(values) - len(rated))  # unrated come last
    order = log_page.model.descending
    _click_header(qtbot, log_page, "csat")
    assert log_page.model.descending is not order
    before = shown_ids(log_page)
    _click_header(qtbot, log_page, "agent")  # not sortable: nothing changes
    assert log_page.model.sort_key == "csat"
    assert log_page.table.horizontalHeader().sortIndicatorSection() == column
    assert shown_ids(log_page) == before
    _click_header(qtbot, log_page, "duration")
    assert log_page.model.sort_key == "duration"
    longest = shown_ids(log_page)
    closed = [longest.index(c) for c in small_log.closed]  # stages of 30, 60 and 90 s
    assert log_page.model.descending and closed[2] < closed[1] < closed[0]
    assert longest[:2] == [small_log.closed[2], small_log.closed[1]]


def test_search_as_you_type_highlights_the_match(qtbot, log_page, small_log) -> None:  # noqa: ANN001
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is log_page.filters.search
    qtbot.keyClicks(log_page.filters.search, "crushed")
    qtbot.waitUntil(lambda: set(shown_ids(log_page)) == set(small_log.closed), timeout=3000)
    assert not log_page.table.isColumnHidden(log_page.match_column)
    snippet = log_page.model.data(log_page.model.index(0, log_page.match_column))
    markup = snippet_html(snippet)
    assert "<b>crushed</b>" in markup
    assert "&amp;" in markup and "&lt;again&gt;" in markup  # the customer's text, escaped
    tip = log_page.model.data(log_page.model.index(0, log_page.match_column),
                              Qt.ItemDataRole.ToolTipRole)
    assert "\x02" not in tip and "crushed" in tip
    assert not log_page.table.grab().isNull()  # the delegate paints the rows
    log_page.filters.search.clear()
    qtbot.waitUntil(lambda: log_page.model.rowCount() == 8, timeout=3000)
    assert log_page.table.isColumnHidden(log_page.match_column)


def test_apply_filter_sets_the_controls(qtbot, log_page, small_log) -> None:  # noqa: ANN001
    flt = CaseFilter(categories=("staff_attitude",), watchlist=True)
    log_page.apply_filter(flt)
    assert shown_ids(log_page) == [small_log.follow_up]
    assert log_page.filters.filter() == flt
    assert log_page.filters.combos["categories"].currentData() == "staff_attitude"
    assert log_page.filters.combos["watchlist"].currentData() is True
    several = CaseFilter(channels=("phone", "counter"))
    log_page.apply_filter(several)
    assert log_page.filters.filter() == several
    assert len(shown_ids(log_page)) == 8


def test_enter_opens_the_detail(qtbot, log_page, small_log) -> None:  # noqa: ANN001
    assert focused() is log_page.table
    row = log_page.model.row_of(small_log.closed[0])
    log_page.table.setCurrentIndex(log_page.model.index(row, 0))
    press(qtbot, Qt.Key.Key_Return)
    detail = log_page.detail
    assert detail.isVisible() and detail.case_id == small_log.closed[0]
    text = detail.text.toPlainText()
    assert "Parcel number 0 arrived crushed & late <again>." in text
    assert "Replacement" in text and "CSAT 5/5" in text
    assert detail.timeline.rowCount() > 10
    stage_times = [detail.timeline.rows[r][3] for r in range(detail.timeline.rowCount())]
    assert "30 s" in stage_times
    press(qtbot, Qt.Key.Key_Escape)
    assert not detail.isVisible()


def test_supervisor_note_lands_as_an_event(qtbot, workspace, log_page, small_log) -> None:  # noqa: ANN001
    sign_in(workspace, SUPERVISOR)
    filler = Filler()
    log_page.supervisor.runner = filler
    log_page.open_case(small_log.closed[1])
    button = log_page.detail.buttons["coach"]
    assert button.isVisible() and button.isEnabled()
    assert not log_page.detail.buttons["approve"].isEnabled()  # nothing waits on this case
    click(qtbot, button)
    kind, actor, payload = kinds(workspace, small_log.closed[1])[-1]
    assert (kind, actor) == ("annotated", SUPERVISOR)
    assert payload["text"].startswith("text: listen to the whole story")
    assert "listen to the whole story" in log_page.detail.text.toPlainText()
    click(qtbot, log_page.detail.buttons["root_cause"])
    kind, _actor, payload = kinds(workspace, small_log.closed[1])[-1]
    assert kind == "root_cause_recorded" and payload["corrective_action"]
    assert filler.messages == []


def test_supervisor_approves_an_escalation(qtbot, workspace, log_page, small_log) -> None:  # noqa: ANN001
    sign_in(workspace, SUPERVISOR)
    log_page.supervisor.runner = Filler()
    log_page.open_case(small_log.escalated)
    approve = log_page.detail.buttons["approve"]
    assert approve.isEnabled()
    click(qtbot, approve)
    assert "escalation_approved" in [k for k, _a, _p in kinds(workspace, small_log.escalated)]
    assert not log_page.detail.buttons["approve"].isEnabled()
    row = log_page.model.row_of(small_log.escalated)
    status = log_page.model.data(log_page.model.index(row, log_page.model.column_of("status")))
    assert status == "open"  # the row was fetched again


def test_an_agent_is_refused_with_a_clear_message(qtbot, workspace, log_page,  # noqa: ANN001
                                                   small_log) -> None:
    filler = Filler()
    log_page.supervisor.runner = filler
    log_page.open_case(small_log.closed[0])
    assert not log_page.detail.buttons["coach"].isVisible()  # an agent is not offered it
    before = kinds(workspace, small_log.closed[0])
    assert log_page.detail.run("coach") is False  # … and the service refuses it anyway
    assert len(filler.messages) == 1
    assert filler.messages[0].startswith(  # who is signed in, and which roles may do it
        "Refused: tester is signed in as agent; this needs a role of supervisor or "
        "administrator.")
    assert kinds(workspace, small_log.closed[0]) == before


def test_follow_up_queue_with_history_and_reassign(qtbot, workspace, log_page,  # noqa: ANN001
                                                   small_log) -> None:
    sign_in(workspace, SUPERVISOR)
    log_page.supervisor.runner = Filler(to_user=SUPERVISOR)
    log_page.tabs.setCurrentWidget(log_page.queue)
    queue = log_page.queue
    assert queue.model.state == "overdue"
    click(qtbot, queue.state_buttons["due"])
    assert queue.model.rowCount() == 0 and "No follow-up is waiting" in queue.summary.text()
    click(qtbot, queue.state_buttons["overdue"])
    assert queue.model.rowCount() == 1 and queue.current()[0] == small_log.follow_up
    assert queue.history.rowCount() == 3  # the same customer complained three times
    click(qtbot, queue.reassign_button)
    kind, actor, payload = kinds(workspace, small_log.follow_up)[-1]
    assert (kind, actor, payload["to"]) == ("follow_up_reassigned", SUPERVISOR, SUPERVISOR)
    assert "(reassigned)" in queue.model.data(queue.model.index(0, 5))
    click(qtbot, queue.open_button)
    assert log_page.tabs.currentIndex() == 0
    assert log_page.detail.case_id == small_log.follow_up


def test_export_writes_exactly_the_filtered_cases(qtbot, window, log_page, small_log,  # noqa: ANN001
                                                  tmp_path: Path) -> None:
    category = log_page.filters.combos["categories"]
    category.setCurrentIndex(category.findData("late_delivery"))
    assert set(shown_ids(log_page)) == set(small_log.closed)
    out = tmp_path / "view.csv"
    with qtbot.waitSignal(window.exporter.finished, timeout=10_000) as done:
        log_page.export_to(out, "csv")
    assert done.args == [3]
    with out.open(encoding="utf-8-sig", newline="") as handle:
        ids = {row["case_id"] for row in csv.DictReader(handle)}
    assert ids == set(small_log.closed)
    book = tmp_path / "view.xlsx"
    with qtbot.waitSignal(window.exporter.finished, timeout=10_000) as done:
        log_page.export_to(book, "xlsx")
    assert done.args == [3] and book.stat().st_size > 0
    QApplication.processEvents()


def test_every_control_of_the_page_is_named(qtbot, workspace, log_page, small_log) -> None:  # noqa: ANN001
    from tests.ui.test_accessibility import unnamed_controls

    sign_in(workspace, SUPERVISOR)
    log_page.open_case(small_log.escalated)
    log_page.filters.period.setCurrentIndex(log_page.filters.period.count() - 1)  # dates
    assert unnamed_controls(log_page) == []
    log_page.tabs.setCurrentWidget(log_page.queue)
    assert unnamed_controls(log_page) == []


def test_dashboard_drill_down_opens_the_log_on_its_cases(qtbot, window, small_log) -> None:  # noqa: ANN001
    window.show_page("dashboard")
    window.open_in_log(CaseFilter(statuses=("follow_up",)))
    assert window.current_page() == "log"
    page = window.log_page
    assert shown_ids(page) == [small_log.follow_up]
    assert page.filters.combos["statuses"].currentData() == "follow_up"
    assert focused() is page.table


def test_supervisor_erases_the_customer_from_the_detail(qtbot, workspace, log_page,  # noqa: ANN001
                                                         small_log) -> None:
    from recovery_desk.services.trust.check import check_log
    from tests.conftest import CUSTOMER

    case_id = small_log.closed[0]
    log_page.supervisor.runner = Filler()
    log_page.open_case(case_id)
    assert not log_page.detail.buttons["erase"].isVisible()  # an agent is not offered it
    assert log_page.detail.run("erase") is False  # … and the service refuses it
    assert "needs a role of supervisor or administrator" in log_page.supervisor.last_error
    shown = log_page.detail.header.text() + log_page.detail.text.toPlainText()
    assert CUSTOMER["name"] in shown and "arrived crushed" in shown

    sign_in(workspace, SUPERVISOR)
    log_page.open_case(case_id)
    button = log_page.detail.buttons["erase"]
    assert button.isVisible() and button.isEnabled()
    click(qtbot, button)
    assert "customer_erased" in [k for k, _a, _p in kinds(workspace, case_id)]
    shown = log_page.detail.header.text() + log_page.detail.text.toPlainText()
    assert CUSTOMER["name"] not in shown and "arrived crushed" not in shown
    assert check_log(workspace.engine).ok


def test_after_a_user_switch_the_log_shows_only_what_the_new_user_may_read(
        qtbot, log_page, window: MainWindow, workspace: Workspace,  # noqa: ANN001
        small_log: SmallLog) -> None:
    sign_in(workspace, SUPERVISOR)
    log_page.apply_filter(CaseFilter(text="parcel"))
    qtbot.waitUntil(lambda: log_page.total == 3)
    log_page.open_case(small_log.closed[0])
    assert log_page.detail.isVisible()
    # the same file at another desk: these finished cases are now another desk's
    workspace.identity = replace(workspace.identity, desk_id="ELSEWHERE")
    workspace.ensure_user("Alex Agent", "agent")
    sign_in(workspace, "Alex Agent")
    window._after_sign_in()
    assert not log_page.detail.isVisible()  # the supervisor's open case is not left up
    qtbot.waitUntil(lambda: log_page.total is not None)
    assert shown_ids(log_page) == [] and log_page.total == 0
    log_page.apply_filter(CaseFilter())  # without words the list itself is not limited
    qtbot.waitUntil(lambda: log_page.total is not None and log_page.total > 3)
    log_page.apply_filter(CaseFilter(text="waiter"))  # a case still being worked
    qtbot.waitUntil(lambda: log_page.total == 1)
    assert "searched in this desk's cases" in log_page.summary.text()
