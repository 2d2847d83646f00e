"""Backups with the online API, a rolling daily set, and restores that refuse bad files."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from recovery_desk.services.access.permissions import PermissionDenied
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.settings import Settings
from recovery_desk.services.trust.backup import BackupError, daily_backup, make_backup, restore
from recovery_desk.services.trust.check import check_log
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage.models import Case
from tests.conftest import open_default_case
from tests.services.trust_helpers import sign_in


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _refs(db_path: Path) -> list[str]:
    ws = open_workspace(str(db_path), settings=Settings(desk_id="DESK-T", user="tester"))
    ws.trust_in_process("tester")
    try:
        with ws.engine.connect() as conn:
            return sorted(conn.execute(select(Case.ref)).scalars())
    finally:
        ws.close()


def test_the_log_and_its_backups_are_readable_by_the_owner_only(
        workspace: Workspace, service: CaseService, db_path: Path, tmp_path: Path) -> None:
    assert _mode(db_path) == 0o600
    open_default_case(service)
    with pytest.raises(PermissionDenied):
        make_backup(workspace, tmp_path / "b.sqlite3")
    sign_in(workspace)
    backup = make_backup(workspace, tmp_path / "b.sqlite3")
    assert _mode(backup) == 0o600 and backup.read_bytes()[:15] == b"SQLite format 3"


def test_daily_backups_roll_and_keep_the_newest(workspace: Workspace,
                                                service: CaseService) -> None:
    open_default_case(service)
    made = [daily_backup(workspace.engine, keep=3, today=f"202603{day:02d}")
            for day in range(1, 6)]
    assert all(made)
    assert daily_backup(workspace.engine, keep=3, today="20260305") is None  # one a day
    kept = sorted(p.name for p in made[0].parent.glob("*-daily-*.sqlite3"))
    assert kept == [f"cases-daily-202603{day:02d}.sqlite3" for day in (3, 4, 5)]
    assert all(_mode(p) == 0o600 for p in made[0].parent.glob("*.sqlite3"))


def test_backup_and_restore_round_trip(workspace: Workspace, service: CaseService,
                                       db_path: Path, tmp_path: Path) -> None:
    first = open_default_case(service)
    sign_in(workspace)
    backup = make_backup(workspace, tmp_path / "b.sqlite3")
    open_default_case(service)  # made after the backup
    assert len(_refs(db_path)) == 2
    kept = restore(workspace, backup)
    assert _refs(db_path) == [first.ref]
    assert len(_refs(kept)) == 2  # the replaced log was kept
    ws = open_workspace(str(db_path), settings=Settings(desk_id="DESK-T", user="tester"))
    ws.trust_in_process("tester")
    try:
        assert check_log(ws.engine).ok and _mode(db_path) == 0o600
    finally:
        ws.close()


def test_restore_refuses_a_damaged_or_tampered_file_and_keeps_the_log(
        workspace: Workspace, service: CaseService, db_path: Path, tmp_path: Path) -> None:
    open_default_case(service)
    sign_in(workspace)
    before = _refs(db_path)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all")
    with pytest.raises(BackupError, match="not an SQLite file"):
        restore(workspace, junk)
    good = make_backup(workspace, tmp_path / "good.sqlite3")
    truncated = tmp_path / "truncated.sqlite3"
    truncated.write_bytes(good.read_bytes()[:4096 * 2])
    with pytest.raises(BackupError, match="cannot be restored"):
        restore(workspace, truncated)
    tampered = tmp_path / "tampered.sqlite3"
    tampered.write_bytes(good.read_bytes())
    raw = sqlite3.connect(tampered)
    raw.execute("UPDATE case_events SET payload = json_set(payload, '$.category', 'other') "
                "WHERE kind = 'case_opened'")
    raw.commit()
    raw.close()
    with pytest.raises(BackupError, match="fails the check: .*first broken link"):
        restore(workspace, tampered)
    assert _refs(db_path) == before
    assert not list(tmp_path.glob(".restore-*"))  # no leftovers beside the log


def test_a_restore_from_before_an_erasure_keeps_the_customer_erased(
        workspace: Workspace, service: CaseService, db_path: Path, tmp_path: Path) -> None:
    from recovery_desk.services.trust.erasure import erase_customer
    from tests.services.trust_helpers import personal_left

    open_default_case(service)
    sign_in(workspace)
    backup = make_backup(workspace, tmp_path / "b.sqlite3")
    erase_customer(workspace, "C100")
    restore(workspace, backup)
    assert personal_left(db_path) == []
    ws = open_workspace(str(db_path), settings=Settings(desk_id="DESK-T", user="tester"))
    ws.trust_in_process("tester")
    try:
        assert check_log(ws.engine).ok
        with ws.engine.connect() as conn:
            assert conn.execute(select(Case.words)).scalars().all() == [""]
    finally:
        ws.close()
