"""The SQLite file edited behind the app's back, and files that are not case logs, met by
``recovery-desk check`` as a user runs it (a separate process, held to the mode bits)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.services.test_cli import held_to_mode_bits, one_line_error, run


def _demo(log: Path, home: Path, cases: int = 8) -> None:
    run("--db", str(log), "demo-data", "--cases", str(cases), home=home, check_rc=0)
    raw = sqlite3.connect(log)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()


@pytest.mark.parametrize("kind", ["empty", "blank_sqlite", "other_program"])
def test_check_on_a_read_only_file_that_is_not_a_case_log_says_so_and_writes_nothing(
        tmp_path: Path, isolated_home: Path, kind: str) -> None:
    target = tmp_path / "evidence.sqlite3"
    if kind == "empty":
        target.write_bytes(b"")
    else:
        raw = sqlite3.connect(target)
        raw.execute("CREATE TABLE notes (x)")
        if kind == "blank_sqlite":
            raw.execute("DROP TABLE notes")
        raw.commit()
        raw.close()
    before = target.read_bytes()
    target.chmod(0o444)
    tmp_path.chmod(0o555)  # not even a -wal or -shm beside it
    try:
        result = run("--db", str(target), "check", home=isolated_home,
                     prefix=held_to_mode_bits())
        listing = sorted(p.name for p in tmp_path.iterdir())
    finally:
        tmp_path.chmod(0o755)
    assert result.returncode == 1
    line = one_line_error(result)
    assert "is not a case log: it holds no case log tables" in line, line
    assert "no such table" not in result.stderr
    assert target.read_bytes() == before and listing == ["evidence.sqlite3", "home"]


def test_an_event_row_edited_in_the_sqlite_file_is_caught_by_check(
        tmp_path: Path, isolated_home: Path) -> None:
    log = tmp_path / "log.sqlite3"
    _demo(log, isolated_home)
    assert run("--db", str(log), "check", home=isolated_home).returncode == 0
    raw = sqlite3.connect(log)  # an agent with the file turns a bad score into a good one
    event_id, payload = raw.execute(
        "SELECT event_id, payload FROM case_events WHERE kind = 'satisfaction_recorded' "
        "AND payload LIKE '%csat%' ORDER BY desk_seq LIMIT 1").fetchone()
    data = json.loads(payload)
    data["csat"] = 5 if data.get("csat") != 5 else 4
    raw.execute("UPDATE case_events SET payload = ? WHERE event_id = ?",
                (json.dumps(data), event_id))
    raw.commit()
    raw.close()
    result = run("--db", str(log), "check", home=isolated_home)
    assert result.returncode == 1
    assert f"first broken link at event {event_id}" in result.stderr
    assert "content does not match its hash (the event was changed outside the app)" in \
        result.stderr
    assert "check failed:" in result.stderr and "Traceback" not in result.stderr
