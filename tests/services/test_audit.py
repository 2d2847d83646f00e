"""The audit trail of a case or a period, with each event's verification status."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from recovery_desk.services.access.permissions import PermissionDenied
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.trust.audit import AuditFilter, export_audit
from recovery_desk.services.trust.erasure import erase_customer
from recovery_desk.services.workspace import Workspace
from tests.conftest import StepClock, open_default_case
from tests.services.test_case_log import run_default
from tests.services.trust_helpers import make_v1, sign_in


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_audit_of_a_case_names_who_when_where_and_verifies(
        workspace: Workspace, service: CaseService, clock: StepClock, tmp_path: Path,
        db_path: Path) -> None:
    case_id = run_default(service, clock)
    other = open_default_case(service)
    out = tmp_path / "audit.csv"
    with pytest.raises(PermissionDenied):
        export_audit(workspace, out)
    sign_in(workspace, "Sam Supervisor", "supervisor")
    ref = service.get(case_id).ref
    count = export_audit(workspace, out, AuditFilter(case=ref))
    rows = _rows(out)
    assert count == len(rows) > 5 and {r["case_id"] for r in rows} == {case_id}
    assert {r["verification"] for r in rows} == {"ok"}
    assert rows[0]["kind"] == "case_opened" and rows[0]["actor"] == "tester"
    assert rows[0]["desk"] == "DESK-T" and rows[0]["hash_version"] == "2"
    assert all(r["prev_hash"] and r["hash"] for r in rows)
    assert "Kov" not in out.read_text(encoding="utf-8-sig")  # no customer data
    # a tampered event is marked, the others stay ok
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE case_events SET payload = json_set(payload, '$.csat', 1) "
                "WHERE kind = 'satisfaction_recorded'")
    raw.commit()
    raw.close()
    export_audit(workspace, out, AuditFilter(case=case_id))
    broken = [r for r in _rows(out) if r["verification"] != "ok"]
    assert [r["kind"] for r in broken] == ["satisfaction_recorded"]
    assert broken[0]["verification"].startswith("broken: content")
    # a period, as JSON Lines
    jsonl = tmp_path / "audit.jsonl"
    export_audit(workspace, jsonl, AuditFilter(date_from=date(2026, 3, 2),
                                               date_to=date(2026, 3, 2)))
    lines = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert {line["case_id"] for line in lines} == {case_id, other.case_id}


def test_audit_marks_erased_v1_events_as_sealed(
        workspace: Workspace, service: CaseService, clock: StepClock, tmp_path: Path,
        db_path: Path) -> None:
    case_id = run_default(service, clock)
    make_v1(db_path)
    sign_in(workspace)
    erase_customer(workspace, "C100")
    out = tmp_path / "audit.csv"
    export_audit(workspace, out, AuditFilter(case=case_id))
    statuses = {r["kind"]: r["verification"] for r in _rows(out)}
    assert statuses["case_opened"] == "sealed"
    assert statuses["customer_erased"] == "ok" and statuses["stage_entered"] == "ok"


def test_trust_commands_on_the_command_line(
        workspace: Workspace, service: CaseService, clock: StepClock, db_path: Path,
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from recovery_desk.cli.main import main
    from recovery_desk.services.access.accounts import Accounts

    run_default(service, clock)
    Accounts(workspace).create_first_admin("Ada Admin", "ada's password")

    def as_ada(*args: str) -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO("ada's password\n"))
        return main(["--db", str(db_path), "--as", "Ada Admin", *args])

    db = ["--db", str(db_path)]
    assert main([*db, "customers", "erase", "C100"]) == 1  # nobody signed in may not
    assert "Nobody is signed in, and only a supervisor or an admin may erase" in \
        capsys.readouterr().err
    assert as_ada("backup", "--out", str(tmp_path / "b.sqlite3")) == 0
    assert as_ada("customers", "erase", "C100") == 0
    assert "The hash chains still verify" in capsys.readouterr().out
    assert main([*db, "check"]) == 0
    assert as_ada("audit", "export", "--out", str(tmp_path / "a.jsonl"),
                  "--from", "2026-03-01") == 0  # the erasure is at today's time
    kinds = [json.loads(line)["kind"] for line in
             (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()]
    assert "customer_erased" in kinds
    assert as_ada("retention", "apply", "--months", "1") == 0
    assert "anonymized 0 customer(s)" in capsys.readouterr().out  # already erased
    (tmp_path / "junk.sqlite3").write_text("junk")
    assert as_ada("restore", str(tmp_path / "junk.sqlite3")) == 1
    assert "not an SQLite file" in capsys.readouterr().err
    assert as_ada("restore", str(tmp_path / "b.sqlite3")) == 0
    assert main([*db, "check"]) == 0
