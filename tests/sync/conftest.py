"""Desks as separate real SQLite logs, each filled through the real flow."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from recovery_desk.services.demo.generator import DemoGenerator
from recovery_desk.services.exports.export import export
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import Workspace, open_workspace

ANCHOR = datetime(2026, 10, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def make_desk(tmp_path: Path) -> Iterator[Callable[[str, int], Workspace]]:
    opened: list[Workspace] = []

    def make(desk_id: str, cases: int, seed: int = 1) -> Workspace:
        ws = open_workspace(str(tmp_path / f"{desk_id}.sqlite3"),
                            settings=Settings(desk_id=desk_id, user=f"agent-{desk_id}"))
        ws.trust_in_process(f"agent-{desk_id}")
        opened.append(ws)
        if cases:
            DemoGenerator(ws, seed=seed, anchor=ANCHOR).run(cases)
        return ws

    yield make
    for ws in opened:
        ws.close()


def case_export(ws: Workspace, path: Path) -> str:
    export(ws.engine, path, "csv", include_training=True)
    return path.read_text(encoding="utf-8-sig")


def event_export(ws: Workspace, path: Path) -> str:
    export(ws.engine, path, "jsonl", events=True)
    return path.read_text(encoding="utf-8")
