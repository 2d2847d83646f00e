"""Render every stage of a recovery, scripted and natural, to PNG files.

For documentation and training handouts: it runs a real (training-flagged) case through the
default playbook on the given log and grabs the window at each stage in both modes, then
the wrap-up once the case is closed.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from recovery_desk.domain.commitments import OfferItem
from recovery_desk.domain.playbook import Playbook
from recovery_desk.domain.satisfaction import Answers
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common.qt_app import running_app
from recovery_desk.ui.main_window import MainWindow

SAMPLE = {
    "en": ("Grace O'Neill", "I booked a table for six and you gave it away. We waited 40 "
           "minutes by the door with my mother's birthday cake.", "A table now, or my money back"),
    "hu": ("Tóth Judit", "Hat főre foglaltam asztalt, és odaadták másnak. Negyven percet "
           "álltunk az ajtóban a születésnapi tortával.", "Most kapjunk asztalt"),
    "lv": ("Inese Kalniņa", "Rezervēju galdiņu sešiem, bet to atdeva citiem. Četrdesmit minūtes "
           "stāvējām pie durvīm ar dzimšanas dienas torti.", "Galdiņu tūlīt"),
    "uk": ("Ганна Мельник", "Я бронювала столик на шістьох, а його віддали іншим. Сорок хвилин "
           "ми стояли біля дверей з тортом на день народження.", "Столик зараз"),
}


def _settle(app: QApplication) -> None:
    QThreadPool.globalInstance().waitForDone(5000)
    for _ in range(10):
        app.processEvents()


#: the tour's goodwill credit beside the rebooking, when the one taking the tour may give it
SAMPLE_CREDIT = Decimal("15")


def _offer_within_limit(service: CaseService, playbook: Playbook, case_id: str) -> None:
    """A table within the hour, and a goodwill credit where the limit of whoever takes the
    tour allows it: an offer that needs no approval, so the tour goes on to the customer's
    answers and the wrap-up (an offer at someone else's limit waited for a supervisor)."""
    limit = playbook.limit_for(service.ws.role_of(service.actor), "EUR")
    credit = playbook.resolution("goodwill_credit")
    more = [OfferItem(credit.id, SAMPLE_CREDIT)] if credit is not None and (
        limit is None or limit >= SAMPLE_CREDIT) else []
    table = datetime.now().astimezone().replace(second=0, microsecond=0) + timedelta(hours=1)
    service.offer(case_id, "rebooking", deadline=table, currency="EUR" if more else None,
                  more=more)


def stage_tour(workspace: Workspace, out: Path, size: tuple[int, int]) -> list[Path]:
    app = running_app()
    lang = workspace.settings.language
    name, words, remedy = SAMPLE.get(lang, SAMPLE["en"])
    window = MainWindow(workspace)
    window.desk.remember_tabs = False
    window.resize(*size)
    window.show()
    _settle(app)
    window.desk.banner.hide()
    _settle(app)
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    form = window.desk.form
    form.name_edit.setText(name)
    form.phone_edit.setText("+371 2000 1234" if lang == "lv" else "+44 7700 900123")
    form.category.setCurrentIndex(form.category.findData("booking_problem"))
    form.words.setPlainText(words)
    form.remedy.setText(remedy)
    _settle(app)
    shot = out / "desk-new-case.png"
    window.grab().save(str(shot))
    saved.append(shot)
    service = window.desk.practice_service
    state = service.open_case(customer={"name": name, "phone": "+44 7700 900123"},
                              channel="counter", category="booking_problem", severity="high",
                              words=words, remedy=remedy, training=True)
    panel = window.desk.show_case(state)
    playbook = panel.playbook
    for position, stage in enumerate(playbook.stages, start=1):
        for item in stage.required_items:
            service.set_checklist(state.case_id, item)
        if stage.records == "resolution":
            _offer_within_limit(service, playbook, state.case_id)
        state = service.get(state.case_id)
        panel.state = state
        for mode in ("natural", "scripted"):
            if panel.state.mode != mode:
                panel.state = service.change_mode(state.case_id, mode)
            panel.redraw()
            _settle(app)
            shot = out / f"stage-{position}-{stage.id}-{mode}.png"
            window.grab().save(str(shot))
            saved.append(shot)
        if stage.records == "satisfaction":
            service.record_satisfaction(state.case_id, Answers("yes", "verbal", 5, 9, 6))
        panel.state = service.advance(state.case_id)
    panel.redraw()   # the case closed: the wrap-up, with the summary to read out
    _settle(app)
    shot = out / f"stage-{len(playbook.stages) + 1}-wrap-up.png"
    window.grab().save(str(shot))
    saved.append(shot)
    window.close()
    return saved
