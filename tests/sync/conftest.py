"""Desks as separate real SQLite logs, each filled through the real flow.

Desks made by ``make_desk`` trust each other's keys (as their administrators would, after
comparing fingerprints), unless made with ``trusted=False``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from recovery_desk.services.demo.generator import DemoGenerator
from recovery_desk.services.exports.export import export
from recovery_desk.services.settings import Settings
from recovery_desk.services.trust.desk_trust import record_trust
from recovery_desk.services.trust.identity import desk_card
from recovery_desk.services.workspace import Workspace, open_workspace

ANCHOR = datetime(2026, 10, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def make_desk(tmp_path: Path) -> Iterator[Callable[[str, int], Workspace]]:
    opened: list[Workspace] = []
    untrusted: list[Workspace] = []  # made with trusted=False: nobody trusts them

    def make(desk_id: str, cases: int, seed: int = 1, *, trusted: bool = True) -> Workspace:
        ws = open_workspace(str(tmp_path / f"{desk_id}.sqlite3"),
                            settings=Settings(desk_id=desk_id, user=f"agent-{desk_id}"))
        ws.trust_in_process(f"agent-{desk_id}")
        if trusted:
            for other in opened:
                if other in untrusted:
                    continue
                trust(ws, other)
                trust(other, ws)
        else:
            untrusted.append(ws)
        opened.append(ws)
        if cases:
            DemoGenerator(ws, seed=seed, anchor=ANCHOR).run(cases)
        return ws

    yield make
    for ws in opened:
        ws.close()


def trust(receiver: Workspace, sender: Workspace) -> None:
    """``receiver``'s administrator trusts ``sender``'s key (the real trust path)."""
    card = desk_card(sender.engine)
    assert card is not None
    record_trust(receiver.engine, receiver.desk_id, sender.desk_id, card.fingerprint,
                 by="admin")


def case_export(ws: Workspace, path: Path) -> str:
    export(ws.engine, path, "csv", include_training=True)
    return path.read_text(encoding="utf-8-sig")


def event_export(ws: Workspace, path: Path) -> str:
    export(ws.engine, path, "jsonl", events=True)
    return path.read_text(encoding="utf-8")
