"""Make the promises screenshots again at 1366x768 in the real window (LANG: en or hu):
    D=$(mktemp -d); QT_QPA_PLATFORM=xcb HOME=$D XDG_DATA_HOME=$D/data XDG_CONFIG_HOME=$D/config \
      xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/promises/shoot.py LANG
"""
import sys, tempfile, time
from datetime import datetime
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from PySide6.QtCore import QDate, QThreadPool
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import open_workspace
from recovery_desk.ui.common.qt_app import running_app
from recovery_desk.ui.common.i18n import install_translator
from recovery_desk.ui.main_window import MainWindow
from recovery_desk.domain.satisfaction import Answers
from tests.services.test_worklists import walk, finish_stage

lang = sys.argv[1]
out = Path(__file__).resolve().parent; out.mkdir(parents=True, exist_ok=True)
tmp = Path(tempfile.mkdtemp())
ws = open_workspace(str(tmp / "cases.sqlite3"), settings=Settings(desk_id="DESK-1", user="tester", language=lang))
ws.trust_in_process("tester")
from PySide6.QtWidgets import QApplication
app = QApplication.instance() or QApplication(["rd"])
install_translator(app, lang)
def settle(n=20):
    QThreadPool.globalInstance().waitForDone(5000)
    for _ in range(n):
        app.processEvents(); time.sleep(0.02)
def shot(name):
    settle()
    app.primaryScreen().grabWindow(0).save(str(out / f"{name}-{lang}.png"))
win = MainWindow(ws); win.desk.remember_tabs = False
win.resize(1366, 768); win.showMaximized(); settle(); win.desk.banner.hide()
svc = win.desk.service
people = [("Emma Clarke", "+44 20 7946 0018", "emma@example.co.uk"), ("Oliver Grant", "+44 161 496 0123", "oliver@example.co.uk")]
ids = []
for i, (name, phone, email) in enumerate(people):
    c = svc.open_case(customer={"name": name, "phone": phone, "email": email, "number": f"C90{i}", "language": lang},
                      channel="phone", category="late_delivery" if "late_delivery" in ws.taxonomy.categories else "wrong_item",
                      severity="medium", words="The parcel never came and I paid for express delivery.",
                      remedy="The parcel tomorrow and the express fee back.")
    walk(svc, c.case_id, "resolution"); ids.append(c.case_id)
panel = win.desk.open_existing(ids[0]); settle()
box = panel.resolve
box.resolution_box.setCurrentIndex(box.resolution_box.findData("replacement"))
box.deadline_edit.setDate(QDate.currentDate().addDays(2)); box.add_current()  # chosen
box.resolution_box.setCurrentIndex(box.resolution_box.findData("refund"))
box.deadline_edit.setDate(QDate.currentDate().addDays(5))
box.amount_edit.setText("12.50"); box.currency_box.setCurrentIndex(box.currency_box.findData("GBP"))
box._show_added(); box.amount_edit.setFocus(); settle()
shot("offer-being-made")
panel.offer(); settle()
panel.go_resolution(); settle()
shot("offer-recorded")
happy = Answers(accepted="yes", how="verbal", csat=5, likelihood=9, unknown={"ces": "not_asked"})
for cid in ids[1:]:
    svc.offer(cid, "refund", amount=__import__("decimal").Decimal("40"), currency="GBP",
              deadline=datetime.now().date())
for cid in ids:
    finish_stage(svc, cid); walk(svc, cid, "satisfaction"); svc.record_satisfaction(cid, happy)
    for _ in range(10):
        if svc.get(cid).status == "closed": break
        finish_stage(svc, cid)
due = svc.get(ids[0]).deadline
win.desk.now = lambda: datetime.fromisoformat(f"{due}T10:00").astimezone()
win.desk.promises_button.show_list(); settle(40)
shot("reminders")
print("ok", lang, due)
