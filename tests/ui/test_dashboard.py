"""The Dashboard on a real log: computed figures on screen, drill-downs, busy state, report."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from recovery_desk.services.cases import case_query
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.demo.generator import generate
from recovery_desk.services.kpis.compute import compute
from recovery_desk.services.kpis.results import Dashboard
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import open_workspace
from recovery_desk.ui.common import kpi_texts as words
from recovery_desk.ui.dashboard.page import DashboardPage, period_dates
from recovery_desk.ui.main_window import MainWindow


@pytest.fixture(scope="module")
def demo_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """120 complaints driven through the real flow, made once and copied for each test."""
    path = tmp_path_factory.mktemp("demo") / "cases.sqlite3"
    ws = open_workspace(str(path), settings=Settings(desk_id="DESK-T", user="tester"))
    ws.trust_in_process("tester")
    try:
        generate(ws, 120, seed=11)
    finally:
        ws.close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, demo_log: Path) -> Path:
    copy = tmp_path / "cases.sqlite3"
    shutil.copyfile(demo_log, copy)
    return copy


@pytest.fixture
def demo_window(qtbot, window: MainWindow) -> MainWindow:  # noqa: ANN001
    window.resize(1280, 800)
    return window


def _computed(qtbot, page: DashboardPage) -> Dashboard:  # noqa: ANN001
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=20_000)
    assert page.result is not None
    return page.result


def _all_time(qtbot, window: MainWindow) -> DashboardPage:  # noqa: ANN001
    page = window.dashboard
    window.show_page("dashboard")
    page.period.setCurrentIndex(page.period.findData("all"))
    page.refresh()
    _computed(qtbot, page)
    return page


def test_tiles_show_the_figures_computed_from_the_log(qtbot, demo_window, workspace) -> None:  # noqa: ANN001
    page = _all_time(qtbot, demo_window)
    result = page.result
    assert result is not None and result.scope.date_from is None
    # the page's figures are the service's, for the scope on screen …
    expected = compute(workspace.engine, page.scope(), now=result.now)
    shown = {words.tile_id(k): page.tiles[words.tile_id(k)].value.text() for k in result.tiles}
    assert shown == {words.tile_id(k): words.value_text(k) for k in expected.tiles}
    # … and the case count is the log's own (all 120 demo complaints, none training)
    assert page.tiles["cases"].value.text() == "120"
    assert "—" not in page.tiles["csat"].value.text()
    assert page.tiles["csat"].toolTip().startswith(words.tile_definition(result.tile("csat"))[:20])
    assert "120" in page.tiles["cases"].accessibleName()
    # the charts and every breakdown are filled from the same result
    assert page.categories_view.bar_sets()[0].count() == len(result.top_categories[:5])
    assert page.trend_view.bar_sets()[0].count() == len(result.trend)
    channels = page.breakdown_tables["channel"]
    assert channels.rowCount() == len(result.breakdowns["channel"]) > 1
    top = result.breakdowns["channel"][0]
    assert channels.item(0, 0).text() == workspace.taxonomy.label("channels", top.value, "en")
    assert channels.item(0, 1).text() == str(top.count)


def test_a_tile_click_emits_the_filter_of_its_cases(qtbot, demo_window, workspace) -> None:  # noqa: ANN001
    page = _all_time(qtbot, demo_window)
    tile = page.tiles["watchlist"]
    with qtbot.waitSignal(page.drill_down, timeout=2000) as signal:
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    flt = signal.args[0]
    assert isinstance(flt, CaseFilter)
    assert flt.watchlist is True
    assert case_query.count(workspace.engine, flt) == int(page.result.tile("watchlist").value)
    # from the keyboard too
    tile.setFocus()
    with qtbot.waitSignal(page.drill_down, timeout=2000) as signal:
        qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert signal.args[0] == flt


def test_a_bar_click_emits_the_filter_of_that_category(qtbot, demo_window, workspace) -> None:  # noqa: ANN001
    page = _all_time(qtbot, demo_window)
    view = page.categories_view
    page.scroll_area.ensureWidgetVisible(view)
    qtbot.waitUntil(lambda: view.isVisible() and view.height() > 200)
    QApplication.processEvents()
    top = page.result.top_categories[0]
    bars = view.bar_sets()[0]
    index = bars.count() - 1            # the first category is drawn at the top
    centre = view.bar_centre(0, index).toPoint()
    assert view.viewport().rect().contains(centre)
    with qtbot.waitSignal(view.element_clicked, timeout=2000) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    flt = signal.args[0]
    assert flt.categories == (top.category,)
    assert case_query.count(workspace.engine, flt) == top.count
    # a click between bars emits nothing
    spy = []
    view.element_clicked.connect(spy.append)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(view.viewport().width() - 5, 5))
    assert spy == []


def test_the_drill_down_opens_the_log_on_those_cases(qtbot, demo_window) -> None:  # noqa: ANN001
    page = _all_time(qtbot, demo_window)
    flt = page.result.tile("overdue_follow_ups").drill
    page.drill_down.emit(flt)
    assert demo_window.current_page() == "log"
    if hasattr(demo_window.log_page, "current_filter"):
        assert demo_window.log_page.current_filter() == flt


def test_busy_state_shows_while_computing_and_clears(qtbot, demo_window) -> None:  # noqa: ANN001
    page = demo_window.dashboard
    demo_window.show_page("dashboard")
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=20_000)
    states = []
    page.busy_changed.connect(states.append)
    page.refresh()
    assert page.busy.isVisible() and page.busy_label.isVisible()
    assert page.is_busy()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=20_000)
    assert not page.busy.isVisible() and not page.busy_label.isVisible()
    assert states[0] is True and states[-1] is False


def test_a_result_for_an_older_scope_is_dropped(qtbot, demo_window) -> None:  # noqa: ANN001
    page = _all_time(qtbot, demo_window)
    everything = page.result
    page.channel.setCurrentIndex(page.channel.findData("phone"))
    page.refresh()
    stale_request = page._request - 1
    _computed(qtbot, page)
    assert page.result.scope.channels == ("phone",)
    phone_count = page.tiles["cases"].value.text()
    page._computed(stale_request, everything)   # the older answer arrives late
    assert page.result.scope.channels == ("phone",)
    assert page.tiles["cases"].value.text() == phone_count != "120"


def test_period_choices() -> None:
    today = datetime(2026, 3, 15).date()
    assert period_dates("7", today) == (datetime(2026, 3, 9).date(), today)
    assert period_dates("month", today) == (datetime(2026, 3, 1).date(), today)
    assert period_dates("year", today) == (datetime(2026, 1, 1).date(), today)
    assert period_dates("all", today) == (None, None)
    custom = (datetime(2026, 2, 10).date(), datetime(2026, 2, 1).date())
    assert period_dates("custom", today, custom) == (custom[1], custom[0])


def test_export_pdf_report_from_the_dashboard(qtbot, demo_window, tmp_path: Path) -> None:  # noqa: ANN001
    from pypdf import PdfReader

    page = _all_time(qtbot, demo_window)
    out = tmp_path / "report.pdf"
    page.export_report(out)
    assert not page.export_button.isEnabled() and page.busy.isVisible()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)
    assert page.export_button.isEnabled()
    assert out.exists() and not (tmp_path / "report.pdf.part").exists()
    assert len(PdfReader(out).pages) >= 3
    assert "report.pdf" in page.status.text()


def test_charts_drill_down_from_the_keyboard(qtbot, demo_window) -> None:  # noqa: ANN001
    page = _all_time(qtbot, demo_window)
    view = page.categories_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)          # the first bar: the top category
    top = page.result.top_categories[0]
    assert top.category in view.toolTip() or str(top.count) in view.toolTip()
    assert str(top.count) in page.status.text()
    with qtbot.waitSignal(page.drill_down, timeout=2000) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args[0].categories == (top.category,)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    with qtbot.waitSignal(page.drill_down, timeout=2000) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args[0].categories == (page.result.top_categories[1].category,)


def test_breakdown_tabs_fit_the_table_shown(qtbot, demo_window) -> None:  # noqa: ANN001
    page = _all_time(qtbot, demo_window)
    tabs = page.breakdown_tabs
    tabs.setCurrentIndex(list(page.breakdown_tables).index("desk"))
    one_row = tabs.height()
    tabs.setCurrentIndex(list(page.breakdown_tables).index("agent"))
    assert page.breakdown_tables["agent"].rowCount() > 3
    assert tabs.height() > one_row


def test_a_language_switch_while_computing_drops_the_old_page_quietly(qtbot, demo_window,
                                                                     tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtCore import QThreadPool

    old = demo_window.dashboard
    demo_window.show_page("dashboard")
    old.refresh()
    old.export_report(tmp_path / "during-switch.pdf")
    try:
        demo_window.switch_language("hu")
        assert QThreadPool.globalInstance().waitForDone(30_000)
        qtbot.waitUntil(lambda: (tmp_path / "during-switch.pdf").exists(), timeout=30_000)
        new = demo_window.dashboard
        assert new is not old
        qtbot.waitUntil(lambda: new.result is not None, timeout=20_000)   # computes when shown
        assert new.tiles["cases"].value.text() != "…"
    finally:
        demo_window.switch_language("en")


def test_a_language_switch_keeps_the_dashboard_on_screen(qtbot, demo_window) -> None:  # noqa: ANN001
    demo_window.show_page("dashboard")
    try:
        demo_window.switch_language("lv")
        assert demo_window.stack.currentWidget() is demo_window.dashboard
        assert demo_window.current_page() == "dashboard"
    finally:
        demo_window.switch_language("en")


def test_a_period_without_complaints_says_so(qtbot, demo_window) -> None:  # noqa: ANN001
    from PySide6.QtCore import QDate

    page = _all_time(qtbot, demo_window)
    assert page.details.isVisible() and not page.empty_note.isVisible()
    page.period.setCurrentIndex(page.period.findData("custom"))
    assert page.date_from.isVisible() and page.date_to.isVisible()
    page.date_from.setDate(QDate(2001, 1, 1))
    page.date_to.setDate(QDate(2001, 1, 31))
    page.refresh()
    result = _computed(qtbot, page)
    assert result.scope.date_from.year == 2001
    assert page.tiles["cases"].value.text() == "0"
    assert page.empty_note.isVisible() and not page.details.isVisible()
