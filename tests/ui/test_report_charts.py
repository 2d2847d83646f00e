"""The report's charts as a reader sees them: labels broken between words, and "No data for
this chart" instead of an empty plot (an empty log, or history imported without answers)."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.imports.csv_import import import_csv
from recovery_desk.services.kpis import report
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.ui.app import make_app
from recovery_desk.ui.common.charts import short
from recovery_desk.ui.report.pdf import write_report

NO_DATA = "No data for this chart."
HISTORY = ("Ref,Opened,Closed,Text\n" + "".join(
    f"H{i},2026-03-{i + 1:02d} 09:00,2026-03-{i + 2:02d} 10:00,Parcel {i} late\n"
    for i in range(6)))
MAPPING = """
[columns]
reference = "Ref"
opened_at = "Opened"
closed_at = "Closed"
words = "Text"
[defaults]
channel = "email"
category = "late_delivery"
severity = "medium"
"""


def _pages(ws: Workspace, out: Path) -> list[str]:
    make_app()
    data = report.gather(ws, CaseFilter(), now=datetime(2026, 4, 1, 12, 0).astimezone())
    write_report(ws, data, out)
    return [re.sub(r"\s+", " ", unicodedata.normalize("NFKC", page.extract_text()))
            for page in PdfReader(out).pages]


@pytest.mark.parametrize(("label", "lines"), [
    ("Late or missing delivery", ["Late or missing", "delivery"]),
    ("Kiszállítási késedelem vagy elmaradt szállítás",
     ["Kiszállítási késedelem", "vagy elmaradt …"]),
    ("Ügyfélszolgálati-munkatárs udvariatlansága", ["Ügyfélszolgálati-", "munkatárs …"]),
    ("Nepareizaprecevaisajaukums ir", ["Nepareizaprecevaisajaukums", "ir"]),
])
def test_axis_labels_break_between_words_only(label: str, lines: list[str]) -> None:
    shown = short(label).split("<br>")
    assert shown[0] == lines[0]
    assert shown[1] == lines[1]
    words = set(re.split(r"[\s-]", label))
    for line in shown:  # every piece is a whole word of the label (or the ellipsis)
        assert all(w in words for w in re.split(r"[\s-]", line.removesuffix(" …")) if w)


def test_an_empty_log_prints_no_data_instead_of_empty_charts(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    ws = open_workspace(str(tmp_path / "empty.sqlite3"),
                        settings=Settings(desk_id="DESK-E", user="tester"))
    ws.trust_in_process("tester")
    try:
        text = "\n".join(_pages(ws, tmp_path / "empty.pdf"))
    finally:
        ws.close()
    assert text.count(NO_DATA) == 4          # trend, categories, modes, stages
    assert "0.0 0.1" not in text and "0.1 0.1" not in text


def test_imported_history_prints_its_charts_and_says_which_have_no_data(
        qapp, workspace: Workspace, tmp_path: Path) -> None:  # noqa: ANN001
    ws = workspace   # an empty log whose settings know Sam Supervisor
    (tmp_path / "old.csv").write_text(HISTORY, encoding="utf-8")
    (tmp_path / "m.toml").write_text(MAPPING, encoding="utf-8")
    ws.trust_in_process("Sam Supervisor")   # imports are for supervisors and admins
    assert import_csv(ws, tmp_path / "old.csv", tmp_path / "m.toml", dry_run=False).cases == 6
    pages = _pages(ws, tmp_path / "imported.pdf")
    text = "\n".join(pages)
    # the trend and the categories have the six complaints; no answer was ever recorded
    # (scripted vs natural) and no stage was timed (where recoveries stall)
    charts = next(p for p in pages if "Trend and complaint categories" in p)
    assert NO_DATA not in charts.split("Scripted vs natural")[0]
    assert "Late or missing delivery" in charts or "Late or missing" in charts
    assert text.count(NO_DATA) == 2
    assert not re.search(r"0\.0 0\.0 0\.1 0\.1", text)
