"""The PDF report on a real log: pages, page numbers, names by role, Cyrillic, headless CLI."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.demo.generator import generate
from recovery_desk.services.kpis import report
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage.models import Case, Customer
from recovery_desk.ui.app import make_app
from recovery_desk.ui.report.pdf import write_report


@pytest.fixture(scope="module")
def demo_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "cases.sqlite3"
    ws = open_workspace(str(path), settings=Settings(desk_id="DESK-T", user="tester"))
    ws.trust_in_process("tester")
    try:
        generate(ws, 150, seed=5)
    finally:
        ws.close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, demo_log: Path) -> Path:
    copy = tmp_path / "cases.sqlite3"
    shutil.copyfile(demo_log, copy)
    return copy


def _text(pdf: Path) -> list[str]:
    """Each page's text, ligatures undone and whitespace as single spaces."""
    return [re.sub(r"\s+", " ", unicodedata.normalize("NFKC", page.extract_text()))
            for page in PdfReader(pdf).pages]


def _write(qapp, ws: Workspace, out: Path, scope: CaseFilter | None = None) -> int:  # noqa: ANN001
    make_app()
    data = report.gather(ws, scope or CaseFilter(), now=datetime.now().astimezone())
    return write_report(ws, data, out)


def test_report_has_title_figures_charts_tables_and_page_numbers(qapp, workspace,
                                                                  tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "report.pdf"
    pages = _write(qapp, workspace, out)
    texts = _text(out)
    assert pages == len(texts) >= 3
    assert "Recovery report" in texts[0] and "all time" in texts[0]
    assert "150" in texts[0]                       # the complaints tile: every demo case
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
    everything = "\n".join(texts)
    for section in ("Top five complaint categories", "Where recoveries stall", "By agent",
                    "Scripted vs natural", "Overdue follow-ups", "On the watchlist"):
        assert section in everything, section
    assert not (tmp_path / "report.pdf.part").exists()


def test_customer_names_only_for_roles_that_may_export_personal_data(qapp, workspace,
                                                                      tmp_path: Path) -> None:  # noqa: ANN001
    stmt = (select(Customer.name).join(Case, Case.customer_id == Customer.customer_id)
            .where(Case.watchlist.is_(True)).order_by(Case.follow_up_due, Case.case_id))
    with workspace.engine.connect() as conn:
        name = conn.execute(stmt).scalars().first()
    assert name, "the demo log has customers on the watchlist"
    as_agent = tmp_path / "agent.pdf"
    _write(qapp, workspace, as_agent)
    agent_text = "\n".join(_text(as_agent))
    assert name not in agent_text
    assert "Customer names are left out" in agent_text
    workspace.trust_in_process("Sam Supervisor")     # signed in as the supervisor
    as_supervisor = tmp_path / "supervisor.pdf"
    _write(qapp, workspace, as_supervisor)
    supervisor_text = "\n".join(_text(as_supervisor))
    assert name in supervisor_text
    assert "Customer names are left out" not in supervisor_text


def test_ukrainian_labels_print_in_cyrillic(qapp, workspace, tmp_path: Path) -> None:  # noqa: ANN001
    workspace.settings.language = "uk"
    out = tmp_path / "uk.pdf"
    _write(qapp, workspace, out)
    text = "\n".join(_text(out))
    uk_labels = {workspace.taxonomy.label("channels", key, "uk")
                 for key in workspace.taxonomy.channels}
    assert any(label in text for label in uk_labels), "channel names in Ukrainian"
    fonts = {str(font) for page in PdfReader(out).pages
             for font in page["/Resources"]["/Font"].values()
             for font in [font.get_object()["/BaseFont"]]}
    assert any("DejaVu" in font for font in fonts), fonts


def test_a_scope_narrows_the_report(qapp, workspace, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "phone.pdf"
    _write(qapp, workspace, out, CaseFilter(channels=("phone",)))
    first = _text(out)[0]
    assert "Channel: Phone" in first
    with workspace.engine.connect() as conn:
        phone = len(conn.execute(select(Case.case_id).where(Case.channel == "phone")).all())
    assert 0 < phone < 150
    assert str(phone) in first


def test_an_empty_log_still_makes_a_readable_report(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    ws = open_workspace(str(tmp_path / "empty.sqlite3"),
                        settings=Settings(desk_id="DESK-E", user="tester"))
    ws.trust_in_process("tester")
    try:
        out = tmp_path / "empty.pdf"
        pages = _write(qapp, ws, out)
    finally:
        ws.close()
    texts = _text(out)
    assert pages == len(texts) >= 3
    assert "None." in "\n".join(texts)


def test_follow_up_lists_are_keyset_paged(workspace) -> None:  # noqa: ANN001
    now = datetime.now().astimezone()
    flt = CaseFilter(watchlist=True)
    first = report.follow_up_list(workspace.engine, flt, now, names=False, limit=2)
    assert first.total >= 3 and len(first.rows) == 2 and first.next_after is not None
    seen = list(first.rows)
    after = first.next_after
    while after is not None:
        more = report.follow_up_list(workspace.engine, flt, now, names=False, limit=2,
                                     after=after)
        seen += more.rows
        after = more.next_after
    ids = [row.case_id for row in seen]
    assert len(ids) == len(set(ids)) == first.total
    dues = [row.due for row in seen]
    dated = [d for d in dues if d is not None]
    assert dated == sorted(dated) and dues[:len(dated)] == dated   # no due time: last
    assert all(row.customer is None for row in seen)


def test_report_command_runs_without_a_display(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli.pdf"
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "recovery_desk.cli.main", "--db", str(db_path), "--lang", "uk",
         "report", "--out", str(out), "--by", "month", "--from", "2020-01-01"],
        capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "cli.pdf" in result.stdout
    assert len(PdfReader(out).pages) >= 3
    bad = subprocess.run(
        [sys.executable, "-m", "recovery_desk.cli.main", "--db", str(db_path), "report", "--out",
         str(out), "--from", "yesterday"], capture_output=True, text=True, env=env,
        timeout=60)
    assert bad.returncode == 2 and "not a date" in bad.stderr


def test_an_unwritable_place_is_a_clear_error(qapp, workspace, tmp_path: Path) -> None:  # noqa: ANN001
    from recovery_desk.core.errors import RecoveryDeskError

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(RecoveryDeskError, match="Cannot write the report"):
        _write(qapp, workspace, blocker / "report.pdf")
    assert list(tmp_path.glob("**/*.part")) == []
