"""Imported complaints under a clock rule pack: those still open start the pack's clocks
from their own received time; closed history gets none, so no deadline it never had is
counted as met or missed."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from recovery_desk.domain.clocks import status as st
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.imports.csv_import import import_csv
from recovery_desk.services.regulated.clocks import views
from recovery_desk.services.regulated.register_view import share_met
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.models import Case
from tests.conftest import StepClock
from tests.regulated.helpers import SUPERVISOR, as_user, under_pack

LONDON = ZoneInfo("Europe/London")
SOURCE = ("Ticket,Received,Closed,Status,Complaint\n"
          "T-1,2026-12-23 10:00,,Open,The card was charged twice\n"
          "T-2,2026-11-02 09:30,2026-11-20 16:00,Closed,Fee taken without notice\n")
MAPPING = """
[source]
timezone = "Europe/London"
[columns]
reference = "Ticket"
opened_at = "Received"
closed_at = "Closed"
status = "Status"
words = "Complaint"
[values.status]
"Open" = "open"
"Closed" = "closed"
[defaults]
channel = "email"
category = "billing_error"
severity = "medium"
"""


def _import(workspace: Workspace, tmp_path: Path, *, dry_run: bool = False):  # noqa: ANN202
    (tmp_path / "old.csv").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "m.toml").write_text(MAPPING, encoding="utf-8")
    as_user(workspace, SUPERVISOR)  # imports are for supervisors and administrators
    try:
        return import_csv(workspace, tmp_path / "old.csv", tmp_path / "m.toml",
                          dry_run=dry_run)
    finally:
        as_user(workspace, "tester")


def test_an_open_imported_complaint_runs_the_packs_clocks_from_its_receipt(
        workspace: Workspace, service: CaseService, clock: StepClock, tmp_path: Path) -> None:
    under_pack(workspace, "fca-disp")
    dry = _import(workspace, tmp_path, dry_run=True)
    assert any(line.startswith("Clocks (fca-disp): 1 case(s) still open start the log's "
                               "clocks from their received time; 1 closed case(s) get none")
               for line in dry.lines())
    report = _import(workspace, tmp_path)
    assert report.cases == 2
    with workspace.engine.connect() as conn:
        rows = {r.external_ref: r for r in conn.execute(select(
            Case.case_id, Case.external_ref, Case.clock_pack, Case.summary_resolution_due,
            Case.final_response_due))}
    still_open, closed = rows["T-1"], rows["T-2"]
    # the same deadlines as a complaint received at the counter at that moment
    # (25 and 28 December are bank holidays in England)
    assert still_open.clock_pack == "fca-disp"
    assert still_open.summary_resolution_due == datetime(2026, 12, 30, 17, 0, tzinfo=LONDON)
    assert still_open.final_response_due.astimezone(LONDON).date() == date(2027, 2, 17)
    now = datetime(2027, 1, 4, 12, 0, tzinfo=LONDON)
    state = service.get(still_open.case_id)
    clocks = {v.id: v.status for v in views(state, now)}
    assert clocks["final_response"] == st.RUNNING
    assert clocks["summary_resolution"] == st.LAPSED
    # closed history has no clocks and is not counted as missing its deadlines
    assert (closed.clock_pack, closed.final_response_due) == (None, None)
    assert views(service.get(closed.case_id), now) == []
    shares = {s.clock: (s.met_on_time, s.decided, s.under_clock) for s in share_met(
        workspace, now, since=datetime(2026, 1, 1, tzinfo=LONDON))}
    assert shares["final_response"] == (0, 0, 1)


def test_without_a_pack_imports_start_no_clocks(workspace: Workspace,
                                                tmp_path: Path) -> None:
    report = _import(workspace, tmp_path)
    assert not any(line.startswith("Clocks") for line in report.lines())
    with workspace.engine.connect() as conn:
        packs = conn.execute(select(Case.clock_pack)).scalars().all()
    assert packs == [None, None]
