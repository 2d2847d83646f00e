"""At 1366x768 nothing the agent needs is cut: every sidebar page name whole in each
language, and every column of F9 and F7 in view with no horizontal scroll bar, a long
"why unhappy" cut with "…" and read whole in its tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QStyle, QStyleOptionViewItem

from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.main_window import MainWindow


def _text_room(nav: QListWidget, row: int) -> tuple[int, int]:
    """The width row ``row``'s text needs and the width the style gives it to draw in (the
    item's text rectangle less the margins the style keeps either side of the text)."""
    index = nav.model().index(row, 0)
    option = QStyleOptionViewItem()
    nav.initViewItemOption(option)
    option.rect = nav.visualRect(index)
    nav.itemDelegate().initStyleOption(option, index)
    style = nav.style()
    room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, nav).width()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, nav) + 1
    return option.fontMetrics.horizontalAdvance(option.text), room - 2 * margin


@pytest.mark.parametrize("lang", ["en", "hu", "lv", "uk"])
def test_no_sidebar_page_name_is_cut_in_any_language(qtbot, workspace: Workspace,  # noqa: ANN001
                                                     lang: str) -> None:
    from recovery_desk.ui.app import make_app
    from recovery_desk.ui.common.i18n import install_translator

    workspace.settings.language = lang
    install_translator(make_app(), lang)
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    try:
        win.setGeometry(0, 0, 1366, 768)
        win.show()
        qtbot.waitExposed(win)
        for row in range(win.nav.count()):
            need, room = _text_room(win.nav, row)
            assert need <= room, f"{win.nav.item(row).text()!r}: {need} px in {room} px"
    finally:
        win.desk._autosave.stop()
        win.checkpointer.stop()


def _worklist_at_1366(qtbot, win: MainWindow, key: Qt.Key):  # noqa: ANN001, ANN202
    """F9 or F7 opened by its key, as wide as it opens on a 1366-pixel screen."""
    from .helpers import press

    win.desk.picker = None
    press(qtbot, key)
    qtbot.waitUntil(lambda: win.desk.picker is not None and win.desk.picker.isVisible(),
                    timeout=3000)
    picker = win.desk.picker
    picker.resize(min(1300, 1366 - 40), 460)  # list_width on a 1366x768 screen
    qtbot.wait(50)
    return picker


def _every_column_in_view(table) -> None:  # noqa: ANN001
    """No horizontal scroll bar and every column's header inside the visible part."""
    header, view = table.header(), table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    for column in range(table.columnCount()):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert header.sectionViewportPosition(column) >= 0 and right <= view, \
            (table.headerItem().text(column), right, view)


@pytest.mark.parametrize("lang", ["en", "uk"])
def test_f9_shows_every_column_at_1366_and_the_cut_reason_whole_in_its_tooltip(  # noqa: ANN001
        qtbot, workspace: Workspace, lang: str) -> None:
    from .shots_desk import _window
    from .shots_worklist_offers import _follow_ups

    _follow_ups(workspace, lang)
    win = _window(qtbot, workspace, lang)
    try:
        table = _worklist_at_1366(qtbot, win, Qt.Key.Key_F9).table
        header = table.header()
        _every_column_in_view(table)
        why = 4
        assert table.headerItem().text(why) == win.desk.picker.tr("Why unhappy")
        reason = win.desk.picker.words.unhappy(win.desk.picker.rows[0])
        first = table.topLevelItem(0)
        assert first.text(why) == reason and first.toolTip(why) == reason
        if lang == "uk":   # the longest: the reason is cut to the width the others leave
            assert header.sectionSize(why) < table.fontMetrics().horizontalAdvance(reason)
        for column in (1, 2, 3):   # customer, contact, what was promised: whole
            for line in first.text(column).splitlines():
                assert table.fontMetrics().horizontalAdvance(line) < header.sectionSize(column)
    finally:
        win.desk.picker.reject()
        win.desk._autosave.stop()
        win.checkpointer.stop()


def test_f7_shows_every_column_at_1366_with_the_stage_whole_in_its_tooltip(  # noqa: ANN001
        qtbot, workspace: Workspace) -> None:
    """Ukrainian, the longest labels: a case parked waiting for approval of two amounts."""
    from datetime import date, timedelta
    from decimal import Decimal

    from recovery_desk.domain.commitments import OfferItem
    from recovery_desk.services.cases.recovery import CaseService
    from tests.conftest import open_default_case
    from tests.services.test_worklists import walk

    from .shots_desk import _window
    from .shots_worklist_offers import PEOPLE

    service = CaseService(workspace)
    name, phone, email = PEOPLE["uk"][0]
    case_id = open_default_case(service, language="uk", customer={
        "name": name, "phone": phone, "email": email, "number": "C-800",
        "language": "uk"}).case_id
    walk(service, case_id, "resolution")
    limit = service.playbook_for(service.get(case_id)).limit_for("agent", "EUR")
    assert limit is not None
    half = (limit / 2 + 1).quantize(Decimal("0.01"))
    assert service.offer(case_id, "refund", amount=half, currency="EUR",
                         deadline=date.today() + timedelta(days=3),
                         more=[OfferItem("goodwill_credit", half)]).escalation_pending
    win = _window(qtbot, workspace, "uk")
    try:
        table = _worklist_at_1366(qtbot, win, Qt.Key.Key_F7).table
        _every_column_in_view(table)
        stage = 3
        first = table.topLevelItem(0)
        assert first.toolTip(stage) == first.text(stage) != ""
        for column in (1, 2, 4):   # customer, contact, what was promised: whole
            for line in first.text(column).splitlines():
                assert table.fontMetrics().horizontalAdvance(line) < \
                    table.header().sectionSize(column)
    finally:
        win.desk.picker.reject()
        win.desk._autosave.stop()
        win.checkpointer.stop()
