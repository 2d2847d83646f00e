"""Every table model of the window passes Qt's model tester, on a real log."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt

import recovery_desk.ui as ui_package
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.app import make_app
from recovery_desk.ui.log import case_table_model
from recovery_desk.ui.log.case_table_model import CaseTableModel
from recovery_desk.ui.log.detail import TimelineModel
from recovery_desk.ui.log.follow_ups import FollowUpModel, HistoryModel
from tests.conftest import StepClock
from tests.ui.log_fixtures import make_log

MODELS_TESTED = {"CaseTableModel", "TimelineModel", "FollowUpModel", "HistoryModel"}


@pytest.fixture
def small_log(workspace: Workspace, service: CaseService, clock: StepClock):  # noqa: ANN201
    make_app()
    return make_log(service, clock)


def all_rows(model: CaseTableModel) -> list[str]:
    while model.canFetchMore():
        model.fetchMore()
    return [model.case_id_at(r) for r in range(model.rowCount())]


def test_case_model_with_pages_sort_and_filter(qtmodeltester, workspace: Workspace,  # noqa: ANN001
                                                small_log, monkeypatch) -> None:
    """One tester stays attached and checks every signal and, after each reset, the whole
    model again: through fetchMore, a sort and filters."""
    monkeypatch.setattr(case_table_model, "PAGE", 3)
    model = CaseTableModel(workspace)
    model.reload()
    assert model.rowCount() == 3 and model.canFetchMore()
    qtmodeltester.check(model)  # (Qt's tester fetches more itself, a page at a time)
    rows = model.rowCount()
    if model.canFetchMore():
        model.fetchMore()
        assert model.rowCount() == min(8, rows + 3)
    ids = all_rows(model)
    assert len(ids) == 8 and len(set(ids)) == 8 and not model.canFetchMore()
    model.sort(model.column_of("csat"), Qt.SortOrder.DescendingOrder)
    assert model.sort_key == "csat" and model.descending
    csat = [model.data(model.index(r, model.column_of("csat"))) for r in range(model.rowCount())]
    assert csat[0] == "5"
    model.set_filter(CaseFilter(channels=("phone",)))
    assert all_rows(model) == [small_log.phone]
    model.set_filter(CaseFilter(text="crushed"))
    assert set(all_rows(model)) == set(small_log.closed)
    fresh = CaseTableModel(workspace)  # and a model that starts sorted and filtered
    fresh.sort_key, fresh.descending = "duration", False
    fresh.set_filter(CaseFilter(categories=("late_delivery",)))
    qtmodeltester.check(fresh)
    assert all_rows(fresh) == small_log.closed


def test_unsortable_column_keeps_the_order(workspace: Workspace, small_log) -> None:  # noqa: ANN001
    model = CaseTableModel(workspace)
    model.reload()
    before = all_rows(model)
    model.sort(model.column_of("agent"), Qt.SortOrder.AscendingOrder)
    assert (model.sort_key, model.descending) == ("opened", True)
    assert all_rows(model) == before


def test_far_rows_keep_few_pages_and_come_back(workspace: Workspace, small_log,  # noqa: ANN001
                                               monkeypatch) -> None:
    monkeypatch.setattr(case_table_model, "PAGE", 2)
    monkeypatch.setattr(case_table_model, "KEEP_PAGES", 2)
    model = CaseTableModel(workspace)
    model.reload()
    first = model.case_id_at(0)
    ids = all_rows(model)
    assert len(ids) == 8
    assert model.cached_pages() == 2  # the four pages' cursors stay; only two pages of rows
    assert model.row_of(first) is None  # page 0 fell out of the cache …
    assert model.case_id_at(0) == first  # … and is fetched again from its cursor
    assert model.data(model.index(0, model.column_of("ref")))


def test_follow_up_history_and_timeline_models(qtmodeltester, workspace: Workspace,  # noqa: ANN001
                                               small_log) -> None:
    from recovery_desk.services.cases.case_detail import case_detail

    queue = FollowUpModel(workspace)
    for state in ("overdue", "due", "done"):
        queue.load(state)
        qtmodeltester.check(queue)
    queue.load("overdue")  # due two days after the test clock's day, long past now
    assert [queue.item_at(r)[0] for r in range(queue.rowCount())] == [small_log.follow_up]
    history = HistoryModel(workspace)
    history.load(queue.item_at(0)[1])
    qtmodeltester.check(history)
    assert history.rowCount() == 3  # the regular customer's three complaints
    history.load(None)
    qtmodeltester.check(history)
    timeline = TimelineModel()
    timeline.load(case_detail(workspace.engine, small_log.closed[0], lang="en",
                              playbooks=workspace.playbooks).timeline)
    qtmodeltester.check(timeline)
    assert timeline.rowCount() > 10


def test_every_table_model_in_the_window_is_tested() -> None:
    """A new table model must be added to the tests above."""
    import re

    root = Path(ui_package.__file__).parent
    found = set()
    for path in root.rglob("*.py"):
        models = r"QAbstractTableModel|QAbstractItemModel|QAbstractListModel|RowsModel"
        for match in re.finditer(rf"class (\w+)\((?:{models})\)",
                                 path.read_text(encoding="utf-8")):
            found.add(match.group(1))
    # RowsModel is the shared base of the Log's small models; it is checked through them
    found.discard("RowsModel")
    assert found >= {"TimelineModel", "FollowUpModel", "HistoryModel"}
    assert found - MODELS_TESTED == set(), "table models without a model test"
    assert issubclass(CaseTableModel, QAbstractItemModel)


def test_the_log_cuts_snippets_for_the_rows_it_shows_and_the_same_for_the_rest(
        workspace: Workspace, small_log, monkeypatch) -> None:  # noqa: ANN001
    """Snippets are cut with the page for its first rows only; the others, when the view
    shows them, come out as a page cutting every row would have them."""
    from recovery_desk.services.cases import case_query
    from recovery_desk.storage.search import MARK_START

    monkeypatch.setattr(case_table_model, "PAGE", 3)
    monkeypatch.setattr(case_table_model, "SNIPPET_ROWS", 2)
    flt = CaseFilter(text="crushed")
    model = CaseTableModel(workspace)
    model.set_filter(flt)
    ids = all_rows(model)
    assert len(ids) >= 3
    match = model.column_of("match")
    stored = [model._row(r)[match + 1] for r in range(len(ids))]
    assert stored[0] is not None and stored[2] is None  # row 2 of a page: not cut yet
    whole = {r.case_id: r.snippet for r in case_query.page(
        workspace.engine, model.query_filter(), limit=100).rows}
    shown = [model.data(model.index(r, match)) for r in range(len(ids))]
    assert shown == [whole[case_id] for case_id in ids]
    assert all(MARK_START in text for text in shown)
    assert model._row(2)[match + 1] == whole[ids[2]]  # kept with its page once cut
