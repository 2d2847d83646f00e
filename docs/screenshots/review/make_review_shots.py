# Reproduce: XDG_DATA_HOME=$(mktemp -d) xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/review/make_review_shots.py en docs/screenshots/review
"""Screenshots of the trainer's review and the agent's feedback list on a real log, in the
real window (xcb under xvfb), keys sent to the window; the screen grabbed whole."""
import os, sys, tempfile
from datetime import date, datetime, timedelta, UTC
from pathlib import Path

lang = sys.argv[1]
out = Path(sys.argv[2])
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from recovery_desk.core.paths import resources_dir
from recovery_desk.domain.scenario import load_scenarios
from recovery_desk.domain.satisfaction import Answers
from recovery_desk.services.cases.recovery import CaseService, training_desk
from recovery_desk.services.review.quality import QualityService
from recovery_desk.services.review.supervisor import ReviewService
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import open_workspace
from recovery_desk.ui.app import make_app
from recovery_desk.ui.common.i18n import install_translator
from recovery_desk.ui.main_window import MainWindow

class Clock:
    def __init__(self): self.now = datetime.now(UTC) - timedelta(days=30)
    def __call__(self): return self.now
    def tick(self, s): self.now += timedelta(seconds=s)

NAMES = {"en": ("Tim Trainer", "Tara Trainee", "Sam Supervisor", "Rita Reviewer", "Alex Agent"),
         "hu": ("Tóth Tamás", "Kiss Tímea", "Szabó Sándor", "Rácz Réka", "Nagy Attila")}
TRAINER, TRAINEE, SUP, SUP2, AGENT = NAMES[lang]
db = Path(tempfile.mkdtemp()) / "shots.sqlite3"
ws = open_workspace(str(db), settings=Settings(desk_id="DESK-1", user=TRAINER, language=lang))
for name, role in ((TRAINER, "trainer"), (TRAINEE, "agent"), (SUP, "supervisor"),
                   (SUP2, "supervisor"), (AGENT, "agent")):
    ws.ensure_user(name, role)
scen = load_scenarios(resources_dir() / "scenarios").usable["hotel"]
clock = Clock()

def run(svc, state, answers, offer=("replacement", None), note=None):
    pb = svc.playbook_for(state); cid = state.case_id
    while state.stage is not None:
        stage = pb.stage(state.stage)
        for item in stage.checklist:
            clock.tick(20); state = svc.set_checklist(cid, item.id)
        for f in stage.fields:
            if f.required or f.kind == "text":
                clock.tick(15)
                value = f.choices[0] if f.choices else (
                    "Két éjszaka, kiságy kell" if lang == "hu" else "Two nights, needs a cot")
                state = svc.capture(cid, f.id, value)
        if note and stage.id == "listen":
            state = svc.add_note(cid, note)
        if stage.records == "resolution":
            state = svc.offer(cid, offer[0], amount=offer[1], currency="EUR" if offer[1] else None,
                              deadline=(clock.now + timedelta(days=1)).date())
        if stage.records == "satisfaction":
            state = svc.record_satisfaction(cid, answers)
        clock.tick(60); state = svc.advance(cid)
    return cid

ws.trust_in_process(TRAINER)
practice = CaseService(ws, clock=clock, desk_id=training_desk("DESK-1"))
runs = []
for i in range(3):
    st = practice.open_case(customer={"name": scen.persona_name.get(lang), "phone": "", "email": "",
                                      "number": "PRACTICE", "language": lang},
                            channel=scen.channel, category=scen.category, severity=scen.severity,
                            words=scen.words.get(lang), remedy=scen.remedy.get(lang),
                            training=True, agent=TRAINEE)
    runs.append(run(practice, st, Answers(accepted="yes", how="verbal", csat=3 + i % 2,
                                          likelihood=7, ces=5),
                    note=("Kérdeztem a második éjszakáról" if lang == "hu"
                          else "Asked about the second night") if i else None))
    clock.tick(3 * 86400)
for cid, score, facts in ((runs[0], 2, (0,)), (runs[1], 3, (0, 1, 3))):
    practice.review_practice(cid, rubric={"listened_first": score > 2, "fix_with_deadline": True},
                             score=score, comments="", facts_found=facts)

live = CaseService(ws, clock=clock)
ws.trust_in_process(AGENT)
cust = {"name": "Farkas Balázs" if lang == "hu" else "Brendan Byrne", "phone": "+36 30 555 0101",
        "email": "b@example.com", "number": "C-1001", "language": lang}
words = ("Kétszer rossz méretet küldtek." if lang == "hu" else "You sent me the wrong size twice.")
mine = []
for i in range(3):
    st = live.open_case(customer=dict(cust), channel="phone", category="wrong_item",
                        severity="medium", words=words, remedy="")
    mine.append(run(live, st, Answers(accepted="yes", how="verbal", csat=4 + i % 2, likelihood=8 + i, ces=4)))
    clock.tick(86400)
ws.trust_in_process(SUP)
qa = QualityService(ws, clock=clock)
qa.sample("random", 3)
clock.tick(3600)
qa.score(mine[0], rubric={"listened_first": True, "acknowledged_specific": True,
                          "apology_without_blame": True, "fix_with_deadline": False,
                          "satisfaction_confirmed": True}, score=3,
         comments=("Mondjon konkrét szállítási napot, mielőtt lezárja." if lang == "hu"
                   else "Name the delivery day before you close."))
ReviewService(ws, clock=clock).add_coaching_note(mine[1], (
    "Jó visszaolvasás; a problémát korábban nevezze meg." if lang == "hu"
    else "Good read-back; name the problem earlier."))
qa.score(mine[2], rubric={k: True for k in ("listened_first", "acknowledged_specific",
                                           "apology_without_blame", "fix_with_deadline",
                                           "satisfaction_confirmed")}, score=5, comments="")

os.environ["QT_QPA_PLATFORM"] = "xcb"
app = make_app()
install_translator(app, lang)
ws.trust_in_process(TRAINER)
win = MainWindow(ws)
win.setGeometry(0, 0, 1366, 768)
win.show(); win.activateWindow()
def settle(n=30):
    for _ in range(n):
        app.processEvents(); QTest.qWait(20)
    QThreadPool.globalInstance().waitForDone(5000)
    for _ in range(10): app.processEvents()
settle()
def shot(name):
    settle()
    img = app.primaryScreen().grabWindow(0)
    img.save(str(out / name)); print("saved", out / name, img.width(), img.height())

win.show_page("training")
training = win.training
settle()
QTest.keyClick(training.tabs.tabBar(), Qt.Key.Key_End)  # the Reviews tab by keys: End then Left
QTest.keyClick(training.tabs.tabBar(), Qt.Key.Key_Left)
training.tabs.setCurrentIndex(2)
reviews = training.reviews
reviews.select_run(runs[2])
for item in ("listened_first", "acknowledged_specific", "fix_with_deadline"):
    reviews.rubric[item].setChecked(True)
for i in (0, 1, 2, 3):
    reviews.facts[i].setChecked(True)
reviews.score.setValue(4)
reviews.comments.setFocus()
reviews.comments.setText("Jó: rákérdezett a második éjszakára.") if lang == "hu" else QTest.keyClicks(reviews.comments,
                "Good: asked about the second night.")
reviews.save_review.click()
settle()
reviews.comments.setFocus()
shot(f"trainer-review-{lang}.png")

ws.trust_in_process(AGENT)
win.bus.user_changed.emit(); win.refresh_status()
win.show_page("desk")
settle(60)
win.desk.feedback_button.setFocus()
QTest.keyClick(win.desk.feedback_button, Qt.Key.Key_Space)
settle()
dlg = win.desk.feedback_button.dialog
dlg.move(win.x() + 180, win.y() + 110)
dlg.activateWindow(); dlg.table.setFocus()
QTest.keyClick(dlg.table, Qt.Key.Key_Down)
QTest.keyClick(dlg.table, Qt.Key.Key_Up)
shot(f"feedback-{lang}.png")
QTest.keyClick(dlg.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
settle()
shot(f"feedback-acknowledged-{lang}.png")
