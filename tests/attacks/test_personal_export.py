"""Issue 13, point 6: personal data leaves only with the right to it.

``export --events`` gave an agent names, phones, e-mails and the customers' words for every
desk, and ``import-csv`` recorded any agent name from the file as the actor. Now an export
is pseudonymized unless the signed-in user may export personal data (a supervisor or an
admin), and an import is recorded as done by the signed-in user, who must be allowed to.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from recovery_desk.core.paths import resources_dir
from recovery_desk.services.workspace import open_workspace
from recovery_desk.storage.models import CaseEvent, Customer
from tests.attacks.cli_helpers import Cli, staffed_log

DATA = Path(__file__).resolve().parents[1] / "services" / "data"
MAPPING = resources_dir() / "import" / "example-mapping.toml"


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Cli:
    runner = Cli(tmp_path / "log.sqlite3", capsys, monkeypatch)
    staffed_log(runner.log, runner, cases=15)
    return runner


def _personal_values(log: Path) -> list[str]:
    ws = open_workspace(str(log))
    try:
        with ws.engine.connect() as conn:
            rows = conn.execute(select(Customer.name, Customer.phone, Customer.email)).all()
            words = conn.execute(select(CaseEvent.payload).where(
                CaseEvent.kind == "case_opened").limit(5)).scalars().all()
    finally:
        ws.close()
    return [v for row in rows for v in row if v] + [p["words"] for p in words]


@pytest.mark.parametrize("who", [None, "Alex Agent"])
def test_an_agent_or_nobody_gets_a_pseudonymized_event_export(cli: Cli, tmp_path: Path,
                                                             who: str | None) -> None:
    out = tmp_path / "events.jsonl"
    args = ("export", "--events", "--format", "jsonl", "--out", str(out))
    code, _out, err = cli.as_user(who, *args) if who else cli(*args)
    assert code == 0, err
    assert "Pseudonymized:" in err and "may" in err
    text = out.read_text(encoding="utf-8")
    leaked = [value for value in _personal_values(cli.log) if value in text]
    assert leaked == []
    opened = next(json.loads(line) for line in text.splitlines() if '"case_opened"' in line)
    assert opened["payload"]["customer"]["id"].startswith("P-")


def test_a_supervisor_exports_personal_data(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    code, _out, err = cli.as_user("Sam Supervisor", "export", "--events", "--format",
                                  "jsonl", "--out", str(out))
    assert code == 0, err
    assert "Pseudonymized" not in err
    text = out.read_text(encoding="utf-8")
    assert all(value in text for value in _personal_values(cli.log)[:5])


def test_import_records_the_signed_in_user_and_keeps_the_sources_agent(
        cli: Cli, tmp_path: Path) -> None:
    source = DATA / "helpdesk_export.csv"
    code, _out, err = cli("import-csv", str(source), "--mapping", str(MAPPING))
    assert code == 1 and "Nobody is signed in, and only a supervisor or an admin may import" \
        in err
    code, _out, err = cli.as_user("Alex Agent", "import-csv", str(source), "--mapping",
                                  str(MAPPING))
    assert code == 1 and "Alex Agent (agent) may not import cases from a CSV file" in err
    code, _out, err = cli.as_user("Sam Supervisor", "import-csv", str(source), "--mapping",
                                  str(MAPPING))
    assert code == 0, err
    ws = open_workspace(str(cli.log))
    try:
        with ws.engine.connect() as conn:
            opened = conn.execute(select(CaseEvent.actor, CaseEvent.payload).where(
                CaseEvent.kind == "case_opened",
                CaseEvent.payload["imported"].is_not(None))).all()
    finally:
        ws.close()
    imported = [(actor, p) for actor, p in opened if p.get("imported")]
    assert len(imported) == 5
    assert {actor for actor, _p in imported} == {"Sam Supervisor"}
    assert "Līga Ozola" in {p["imported"].get("agent") for _a, p in imported}
