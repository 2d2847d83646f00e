"""Each preset imports a sample built from its tool's documented export columns (invented
rows, the tool's header and value names) on the first try, with nothing lost."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from recovery_desk.services.imports.csv_import import import_csv
from recovery_desk.services.imports.presets import preset_names, preset_path
from recovery_desk.services.trust.check import check_log
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.models import Case, CaseEvent
from tests.services.trust_helpers import sign_in

SAMPLES = Path(__file__).parent / "data" / "presets"
PRESETS = ("freescout", "freshdesk", "osticket", "support-tickets", "zammad", "zendesk")


@pytest.fixture(autouse=True)
def importer(workspace: Workspace) -> None:
    """Imports are for supervisors and admins: the tests import as one."""
    sign_in(workspace, "Sam Supervisor", "supervisor")


def _opened(workspace: Workspace) -> dict[str, dict[str, Any]]:
    """Each imported case's case_opened payload, by their reference."""
    with workspace.engine.connect() as conn:
        payloads = conn.execute(select(CaseEvent.payload).where(
            CaseEvent.kind == "case_opened")).scalars().all()
    return {p["external_ref"]: p for p in payloads}


def _cases(workspace: Workspace) -> dict[str, Any]:
    with workspace.engine.connect() as conn:
        return {r.external_ref: r for r in conn.execute(select(Case))}


def test_every_preset_has_a_sample() -> None:
    assert tuple(preset_names()) == PRESETS
    assert sorted(p.stem for p in SAMPLES.glob("*.csv")) == list(PRESETS)


@pytest.mark.parametrize("name", PRESETS)
def test_the_preset_imports_its_sample_on_the_first_try(workspace: Workspace,
                                                        name: str) -> None:
    sample = SAMPLES / f"{name}.csv"
    with sample.open(encoding="utf-8-sig", newline="") as handle:
        rows = len(list(csv.reader(handle, delimiter=";" if name == "osticket" else ","))) - 1
    dry = import_csv(workspace, sample, preset_path(name), dry_run=True)
    assert (dry.rows, dry.accepted, dry.rejected) == (rows, rows, [])
    report = import_csv(workspace, sample, preset_path(name), dry_run=False)
    assert report.cases == rows
    assert check_log(workspace.engine).ok
    # importing the same export again is refused row by row (their references)
    again = import_csv(workspace, sample, preset_path(name), dry_run=True)
    assert again.accepted == 0 and len(again.rejected) == rows


def test_zendesk_satisfaction_becomes_the_outcome(workspace: Workspace) -> None:
    import_csv(workspace, SAMPLES / "zendesk.csv", preset_path("zendesk"), dry_run=False)
    cases = _cases(workspace)
    assert {ref: (c.status, c.outcome) for ref, c in cases.items()} == {
        "4101": ("closed", "recovered"), "4102": ("closed", "not_recovered"),
        "4103": ("open", None), "4104": ("closed", "unknown"), "4105": ("open", None)}
    assert (cases["4102"].channel, cases["4102"].severity) == ("email", "medium")
    assert cases["4104"].severity == "medium"          # no priority: the default, said so
    leak = _opened(workspace)["4101"]
    assert leak["words"] == 'Pasūtījums nav piegādāts, lai gan sola "šodien"'
    assert leak["imported"]["original"]["outcome"] == "Good"
    # "+0200" in the export: 08:12:40 local is 06:12:40 UTC
    assert cases["4101"].opened_at.isoformat() == "2024-03-04T06:12:40+00:00"


def test_freshdesk_keeps_the_description_and_the_survey(workspace: Workspace) -> None:
    import_csv(workspace, SAMPLES / "freshdesk.csv", preset_path("freshdesk"), dry_run=False)
    cases = _cases(workspace)
    assert cases["1201"].words.startswith("I ordered boots in 42 and got 38")
    assert "\n" in cases["1201"].words                  # a cell with a line break survives
    assert [cases[r].outcome for r in ("1201", "1202", "1204")] == [
        "recovered", "not_recovered", "not_recovered"]
    assert cases["1203"].category == "uncategorized"
    notes = _opened(workspace)["1202"]["imported"]["original"]
    assert notes["channel"] == "Portal"                 # mapped to email, kept as it was


def test_osticket_reads_semicolons_us_dates_and_drops_an_impossible_close(
        workspace: Workspace) -> None:
    report = import_csv(workspace, SAMPLES / "osticket.csv", preset_path("osticket"),
                        dry_run=False)
    assert "delimiter ';'" in report.encoding
    cases = _cases(workspace)
    assert cases["510233"].opened_at.isoformat() == "2024-03-04T09:12:00+00:00"
    assert cases["510235"].severity == "critical"
    # "Last Updated" before "Date Created": dropped, the row kept, the text on the case
    late = _opened(workspace)["510236"]["imported"]
    assert late["dropped"] == ["closed_at"] and late["original"]["closed_at"] == "3/1/24 8:00 AM"
    assert cases["510236"].status == "closed"
