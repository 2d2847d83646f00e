"""``import-csv --skip-bad-rows`` on the command line: all or nothing by default; with the
option the good rows land and the bad ones are written, unchanged, with their row number
and reason, to the rejects file (``--rejects PATH`` or beside the export)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from recovery_desk.cli.main import main
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import open_workspace
from recovery_desk.storage.models import Case
from tests.services.test_import_cli import _supervisor

ROWS = [["R1", "2026-03-02 09:00", "Parcel late, \"again\""],
        ["R2", "last Tuesday", "Rude driver"],
        ["R3", "2026-03-04 09:00", "Charged twice\nfor one order"],
        ["R4", "2026-03-05 09:00", ""],
        ["R5", "2026-03-06 09:00", "Wrong colour"]]
MAPPING = """
[columns]
reference = "Ref"
opened_at = "Opened"
words = "Text"
[defaults]
channel = "email"
category = "late_delivery"
severity = "medium"
"""


def _cases(db: Path) -> int:
    ws = open_workspace(str(db), settings=Settings.load())
    try:
        with ws.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(Case)).scalar_one()
    finally:
        ws.close()


def test_skip_bad_rows_writes_the_rejects_file_the_command_names(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, mapping, db = tmp_path / "old.csv", tmp_path / "m.toml", tmp_path / "log.db"
    with source.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["Ref", "Opened", "Text"], *ROWS])
    mapping.write_text(MAPPING, encoding="utf-8")
    signed_in = _supervisor(db)
    command = ["--db", str(db), *signed_in, "import-csv", str(source), "--mapping",
               str(mapping), "--quiet"]
    assert main(command) == 1                          # all or nothing by default
    assert "2 of 5 row(s) in old.csv cannot be imported" in capsys.readouterr().err
    assert _cases(db) == 0
    rejects = tmp_path / "out" / "bad-rows.csv"
    rejects.parent.mkdir()
    assert main([*command, "--skip-bad-rows", "--rejects", str(rejects)]) == 0
    assert _cases(db) == 3
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        kept = list(csv.reader(handle))
    assert kept[0] == ["Ref", "Opened", "Text", "rejected_row", "rejected_because"]
    assert [row[:4] for row in kept[1:]] == [[*ROWS[1], "2"], [*ROWS[3], "4"]]
    assert kept[1][4].startswith("opened_at 'last Tuesday' is not a date")
    assert kept[2][4] == "words is empty"
    assert not (tmp_path / "old.rejects.csv").exists()   # only where --rejects said
