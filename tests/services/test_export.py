"""Exports: filters, XLSX, pseudonyms, and nothing half-written when stopped."""

from __future__ import annotations

import csv
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest

from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.exports.export import ExportCancelled, ExportFilter, export
from recovery_desk.services.workspace import Workspace
from tests.conftest import CUSTOMER, StepClock, open_default_case


@pytest.fixture
def three_cases(service: CaseService, clock: StepClock) -> list[str]:
    ids = [open_default_case(service).case_id]
    clock.advance(86400 * 3)
    ids.append(open_default_case(service, channel="phone").case_id)
    clock.advance(86400 * 3)
    ids.append(open_default_case(service, channel="email", training=True).case_id)
    return ids


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_filters_by_date_and_channel_and_training(workspace: Workspace, three_cases: list[str],
                                                  tmp_path: Path) -> None:
    out = tmp_path / "c.csv"
    assert export(workspace.engine, out) == 2  # the training case is left out
    assert export(workspace.engine, out, flt=ExportFilter(channel="phone")) == 1
    assert _rows(out)[0]["case_id"] == three_cases[1]
    assert export(workspace.engine, out, flt=ExportFilter(date_from=date(2026, 3, 4),
                                                          include_training=True)) == 2
    assert export(workspace.engine, out, flt=ExportFilter(date_to=date(2026, 3, 2))) == 1


def test_pseudonymized_export_has_no_personal_data(workspace: Workspace,
                                                   three_cases: list[str],
                                                   tmp_path: Path) -> None:
    cases, events = tmp_path / "p.csv", tmp_path / "p.jsonl"
    export(workspace.engine, cases, pseudonymize=True)
    export(workspace.engine, events, "jsonl", events=True, pseudonymize=True)
    text = cases.read_text(encoding="utf-8-sig") + events.read_text(encoding="utf-8")
    for secret in (CUSTOMER["name"], CUSTOMER["phone"], CUSTOMER["email"], "wrong size"):
        assert secret not in text
    rows = _rows(cases)
    assert rows[0]["customer_id"].startswith("P-")
    again = tmp_path / "again.csv"
    export(workspace.engine, again, pseudonymize=True)
    assert [r["customer_id"] for r in _rows(again)] == [r["customer_id"] for r in rows]
    opened = [json.loads(line) for line in events.read_text(encoding="utf-8").splitlines()
              if '"case_opened"' in line]
    assert opened[0]["payload"]["customer"]["id"].startswith("P-")


def test_xlsx_export_is_a_real_workbook(workspace: Workspace, three_cases: list[str],
                                        tmp_path: Path) -> None:
    out = tmp_path / "c.xlsx"
    assert export(workspace.engine, out, "xlsx") == 2
    with zipfile.ZipFile(out) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
        strings = book.read("xl/sharedStrings.xml").decode() if \
            "xl/sharedStrings.xml" in book.namelist() else sheet
    assert "case_ref" in strings and "DESK-T-000001" in strings


def test_cancelled_export_leaves_no_file(workspace: Workspace, service: CaseService,
                                         tmp_path: Path) -> None:
    with service.batch():
        for _ in range(6000):
            service.open_case(customer=dict(CUSTOMER), channel="chat", category="long_wait",
                              severity="low", words="Forty minutes in the queue.")
    out = tmp_path / "big.csv"
    with pytest.raises(ExportCancelled):
        export(workspace.engine, out, progress=lambda done: done < 5000)
    assert not out.exists()
    assert list(tmp_path.glob(".big.csv.*")) == []
