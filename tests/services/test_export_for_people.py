"""Exports a person can work with: the complaint, the customer and their old ticket number in
personal exports, none of it in pseudonymized ones, and XLSX with real dates and numbers."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from recovery_desk.domain.satisfaction import Answers
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.exports.export import export
from recovery_desk.services.imports.csv_import import import_csv
from recovery_desk.services.workspace import Workspace
from tests.conftest import StepClock
from tests.services.test_kpis import run
from tests.services.trust_helpers import sign_in

SOURCE = (
    "Ticket,Created,Closed,Customer,E-mail,Phone,Complaint,Wanted\n"
    "511074,2026-03-02 09:00,2026-03-03 10:00,Zsófia Várady,zsofia@example.hu,"
    "+36 20 555 0101,\"The heater leaks, again\",A new heater\n"
    "511075,2026-03-02 10:00,,Jānis Kalniņš,janis@example.lv,+371 2955 0202,"
    "Charged twice for March,Money back\n")
MAPPING = """
[columns]
reference = "Ticket"
opened_at = "Created"
closed_at = "Closed"
customer_name = "Customer"
customer_email = "E-mail"
customer_phone = "Phone"
words = "Complaint"
remedy = "Wanted"

[defaults]
channel = "email"
category = "defective_product"
severity = "medium"
"""
SECRETS = ("511074", "511075", "Zsófia", "Várady", "zsofia@example.hu", "+36 20 555 0101",
           "Kalniņš", "janis@example.lv", "2955 0202", "heater leaks", "Charged twice",
           "A new heater", "Money back")


@pytest.fixture
def log(workspace: Workspace, service: CaseService, clock: StepClock, tmp_path: Path) -> None:
    (tmp_path / "old.csv").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "m.toml").write_text(MAPPING, encoding="utf-8")
    sign_in(workspace, "Sam Supervisor", "supervisor")  # imports are for supervisors
    import_csv(workspace, tmp_path / "old.csv", tmp_path / "m.toml", dry_run=False)
    workspace.trust_in_process("tester")                # back at the agent's desk
    run(service, clock, (60, 60, 60, 60, 60),
        Answers(accepted="yes", how="verbal", csat=5, likelihood=9, ces=6),
        resolution="refund", amount="27.50", currency="EUR")


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_a_personal_export_carries_the_complaint_the_customer_and_their_ticket(
        workspace: Workspace, log: None, tmp_path: Path) -> None:
    out = tmp_path / "cases.csv"
    export(workspace.engine, out)
    rows = {r["external_ref"]: r for r in _csv(out)}
    leak = rows["511074"]
    # a leading + could start a formula: CSV marks it as text (a spreadsheet hides the ')
    assert (leak["customer_name"], leak["customer_email"], leak["customer_phone"]) == (
        "Zsófia Várady", "zsofia@example.hu", "'+36 20 555 0101")
    assert (leak["words"], leak["wants"]) == ("The heater leaks, again", "A new heater")
    assert rows["511075"]["words"] == "Charged twice for March"
    assert rows[""]["customer_name"]          # the desk's own case, no old ticket
    jsonl = tmp_path / "cases.jsonl"
    export(workspace.engine, jsonl, "jsonl")
    first = json.loads(jsonl.read_text(encoding="utf-8").splitlines()[0])
    assert list(first) == list(rows["511074"])   # the same columns in CSV and JSON Lines


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "xlsx"])
def test_a_pseudonymized_export_has_none_of_it(workspace: Workspace, log: None,
                                               tmp_path: Path, fmt: str) -> None:
    cases, events = tmp_path / f"p.{fmt}", tmp_path / f"e.{fmt}"
    export(workspace.engine, cases, fmt, pseudonymize=True)
    export(workspace.engine, events, fmt, events=True, pseudonymize=True)
    for path in (cases, events):
        text = _readable(path)
        found = [s for s in SECRETS if s in text]
        assert found == [], f"{path.name} holds {found}"
    assert "external_ref" not in _readable(cases)


def _readable(path: Path) -> str:
    """Every cell's text, however the format stores it."""
    if path.suffix != ".xlsx":
        return path.read_text(encoding="utf-8-sig")
    book = openpyxl.load_workbook(path, read_only=True)
    return "\n".join(str(v) for sheet in book for row in sheet.iter_rows(values_only=True)
                     for v in row if v is not None)


def test_xlsx_has_real_dates_numbers_a_frozen_header_and_a_filter(
        workspace: Workspace, log: None, tmp_path: Path) -> None:
    out = tmp_path / "cases.xlsx"
    assert export(workspace.engine, out, "xlsx") == 3
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[1]]
    opened = next(i for i, h in enumerate(header) if str(h).startswith("opened_at ("))
    amount = header.index("redress_amount")
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert all(isinstance(row[opened], datetime) for row in values)
    assert sorted(row[amount] for row in values if row[amount] is not None) == [27.5]
    assert isinstance(values[0][header.index("csat")], int | type(None))
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(header)).column_letter}4"
    assert sheet.column_dimensions["A"].width > 10
    # the desk's time zone: 09:00 UTC in the source is shown as wall-clock time here
    leak = next(row for row in values if row[header.index("external_ref")] == "511074")
    shown = leak[opened]
    expected = datetime.fromisoformat("2026-03-02T09:00:00+00:00").astimezone()
    assert shown == expected.replace(tzinfo=None)
