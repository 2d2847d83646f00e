"""Screenshots (docs/screenshots/desk/), not a test: F9 (follow-ups due) with a customer
whose offer held two resolutions beside two who were offered one (every column in view,
the reasons they were unhappy cut to the width left, whole in their tooltips), and the
sidebar with every page name whole; the real window at
1366x768 on a virtual X screen, grabbed from the screen (F9 is a window of its own):

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" \\
        .venv/bin/python -m pytest -q -p no:cacheprovider tests/ui/shots_worklist_offers.py
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from recovery_desk.domain.commitments import OfferItem
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.workspace import Workspace
from tests.conftest import open_default_case
from tests.services.test_worklists import UNHAPPY, finish_stage, walk

from .helpers import press
from .shots_desk import OUT, _shot, _window

PEOPLE = {"en": (("Emma Clarke", "+44 20 7946 0018", "emma@example.co.uk"),
                 ("Oliver Grant", "+44 161 496 0321", ""),
                 ("Grace O'Neill", "", "grace@example.ie")),
          "uk": (("Олена Коваленко", "+380 44 123 4567", "olena@example.com.ua"),
                 ("Тарас Шевчук", "+380 67 765 4321", ""),
                 ("Ірина Мельник", "", "iryna@example.com.ua"))}


def _follow_ups(workspace: Workspace, lang: str) -> None:
    """Three unhappy customers waiting for a call: the first was offered a replacement and
    the delivery fee back, the others one resolution each."""
    service = CaseService(workspace)  # the real clock: due this week
    today = date.today()
    for index, (name, phone, email) in enumerate(PEOPLE[lang]):
        case_id = open_default_case(service, channel="email" if not phone else "phone",
                                    language=lang, customer={
                                        "name": name, "phone": phone, "email": email,
                                        "number": f"C-70{index}", "language": lang}).case_id
        walk(service, case_id, "resolution")
        if index == 0:
            service.offer(case_id, "replacement", deadline=today + timedelta(days=2),
                          currency="EUR", more=[OfferItem("refund", Decimal("4.95"),
                                                          today + timedelta(days=5))])
        elif index == 1:
            service.offer(case_id, "refund", amount=Decimal("45"), currency="EUR",
                          deadline=today + timedelta(days=3))
        else:
            service.offer(case_id, "replacement", deadline=today + timedelta(days=4))
        finish_stage(service, case_id)
        walk(service, case_id, "satisfaction")
        service.record_satisfaction(case_id, UNHAPPY)
        while service.get(case_id).status != "follow_up":
            finish_stage(service, case_id)


@pytest.mark.parametrize("lang", ["en", "uk"])
def test_f9_with_an_offer_of_two_resolutions(qtbot, workspace: Workspace, lang: str) -> None:  # noqa: ANN001
    OUT.mkdir(parents=True, exist_ok=True)
    _follow_ups(workspace, lang)
    win = _window(qtbot, workspace, lang)
    try:
        win.desk.picker = None
        press(qtbot, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: win.desk.picker is not None and win.desk.picker.isVisible(),
                        timeout=3000)
        win.desk.picker.move(20, 150)   # as wide as it opens, below the Desk's buttons
        _shot(qtbot, f"follow-ups-two-resolutions-{lang}.png")
        win.desk.picker.reject()
    finally:
        win.desk._autosave.stop()
        win.checkpointer.stop()


@pytest.mark.parametrize("lang", ["en", "uk"])
def test_sidebar_with_every_page_name_whole(qtbot, workspace: Workspace, lang: str) -> None:  # noqa: ANN001
    OUT.mkdir(parents=True, exist_ok=True)
    win = _window(qtbot, workspace, lang)
    try:
        win.show_page("settings")
        _shot(qtbot, f"sidebar-{lang}.png")
    finally:
        win.desk._autosave.stop()
        win.checkpointer.stop()
