"""Render every stage of a recovery, scripted and natural, to PNG files.

For documentation and training handouts: it runs a real (training-flagged) case through the
default playbook on the given log and grabs the window at each stage in both modes.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from recovery_desk.domain.satisfaction import Answers
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
            service.offer(state.case_id, "goodwill_credit", amount=playbook.limit_for(
                "agent", "EUR") or None, currency="EUR", deadline=date.today() + timedelta(1))
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
    window.close()
    return saved
