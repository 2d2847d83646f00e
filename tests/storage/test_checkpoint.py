"""The window's commits skip the fsync; a background thread puts them on disk within a
second, and nothing leaves the desk before it is on disk (docs/architecture.md,
"Durability"). Each fsync is the real one, watched on its way: which file it was for."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage.checkpoint import Checkpointer
from recovery_desk.sync import folder, service

CUSTOMER = {"name": "Ilze Ozola", "phone": "+371 20000001", "email": "i@example.lv",
            "language": "lv"}


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(str(tmp_path / "log.sqlite3"),
                               settings=Settings(desk_id="RIGA", user="Agent"))
    workspace.trust_in_process("Agent")
    yield workspace
    workspace.close()


@pytest.fixture
def synced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files fsynced from now on, in order (the real fsync still runs)."""
    seen: list[str] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        seen.append(os.readlink(f"/proc/self/fd/{fd}"))
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return seen


def _open_one(ws: Workspace) -> None:
    CaseService(ws).open_case(customer=CUSTOMER, channel="phone", category="billing_error",
                              severity="medium", words="Charged twice.")


def _pragma(ws: Workspace, name: str) -> int:
    with ws.engine.connect() as conn:
        return int(conn.exec_driver_sql(f"PRAGMA {name}").scalar_one())


def test_the_window_commits_at_normal_while_every_other_use_keeps_full(ws: Workspace) -> None:
    assert _pragma(ws, "synchronous") == 2  # FULL: commands, imports, tests
    checkpointer = Checkpointer(ws.engine).start()
    try:
        assert _pragma(ws, "synchronous") == 1  # NORMAL: the thread does the fsync
        assert _pragma(ws, "wal_autocheckpoint") == 0  # and the checkpoints
    finally:
        checkpointer.stop()


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_a_commit_at_the_window_is_on_disk_within_the_flush_interval(
        ws: Workspace, synced: list[str]) -> None:
    checkpointer = Checkpointer(ws.engine, interval=60, flush=0.05).start()
    try:
        _open_one(ws)
        wal = str(Path(f"{ws.location}-wal").resolve())
        synced.clear()
        deadline = time.monotonic() + 5
        while wal not in synced and time.monotonic() < deadline:
            time.sleep(0.02)
        assert wal in synced  # no checkpoint ran (60 s), the thread's fsync did it
    finally:
        checkpointer.stop()


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_a_push_puts_the_log_on_disk_before_any_event_leaves_the_desk(
        ws: Workspace, synced: list[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    checkpointer = Checkpointer(ws.engine, interval=3600, flush=3600).start()  # idle
    try:
        _open_one(ws)
        real = folder.write_bundle

        def write_bundle(*args: object, **kwargs: object) -> Path:
            synced.append("bundle written")
            return real(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(folder, "write_bundle", write_bundle)
        share = tmp_path / "share"
        share.mkdir()
        synced.clear()
        assert service.push(ws.engine, ws.desk_id, str(share)).pushed_events > 0
        wal = str(Path(f"{ws.location}-wal").resolve())
        assert wal in synced and "bundle written" in synced
        assert synced.index(wal) < synced.index("bundle written")
    finally:
        checkpointer.stop()
