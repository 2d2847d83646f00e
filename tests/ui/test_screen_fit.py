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


@pytest.mark.parametrize("lang", ["en", "uk"])
def test_f9_shows_every_column_at_1366_and_the_cut_reason_whole_in_its_tooltip(  # noqa: ANN001
        qtbot, workspace: Workspace, lang: str) -> None:
    from .shots_desk import _window
    from .shots_worklist_offers import _follow_ups

    _follow_ups(workspace, lang)
    win = _window(qtbot, workspace, lang)
    try:
        table = _worklist_at_1366(qtbot, win, Qt.Key.Key_F9).table
        header, view = table.header(), table.viewport().width()
        assert not table.horizontalScrollBar().isVisible()
        for column in range(table.columnCount()):
            right = header.sectionViewportPosition(column) + header.sectionSize(column)
            assert header.sectionViewportPosition(column) >= 0 and right <= view, \
                (table.headerItem().text(column), right, view)
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
