"""Helpers for the trust tests: a supervisor at the desk, raw file greps, old (v1) logs."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from recovery_desk.domain.events import Event
from recovery_desk.domain.hashing import GENESIS, chain_hash
from recovery_desk.services.workspace import Workspace

PERSONAL = ("Anna Kov", "Kov\\u00e1cs", "123 4567", "anna@example.hu", "wrong size twice",
            "right size by Friday", "Anna called back")


def sign_in(workspace: Workspace, name: str = "Ada Admin", role: str = "admin") -> None:
    workspace.ensure_user(name, role)
    workspace.trust_in_process(name)


def raw_bytes(db_path: Path) -> bytes:
    """The log's bytes on disk: the main file, plus the WAL if any."""
    data = db_path.read_bytes()
    wal = Path(f"{db_path}-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def personal_left(db_path: Path) -> list[str]:
    data = raw_bytes(db_path)
    return [p for p in PERSONAL if p.encode("utf-8") in data]


def make_v1(db_path: Path) -> None:
    """Rewrite every event as an old desk (scheme v1) would have written it."""
    raw = sqlite3.connect(db_path)
    rows = raw.execute("SELECT event_id, case_id, seq, at, desk_id, desk_seq, actor, kind, "
                       "stage, payload FROM case_events ORDER BY desk_id, desk_seq").fetchall()
    from datetime import datetime

    previous: dict[str, str] = {}
    for (event_id, case_id, seq, at, desk_id, desk_seq, actor, kind, stage, payload) in rows:
        data = json.loads(payload)
        data.pop("_salt", None)
        event = Event(event_id=event_id, case_id=case_id, seq=seq,
                      at=datetime.fromisoformat(at), desk_id=desk_id, actor=actor, kind=kind,
                      stage=stage, payload=data, desk_seq=desk_seq,
                      prev_hash=previous.get(desk_id, GENESIS), hash_version=1)
        event.hash = chain_hash(event.prev_hash, event)
        previous[desk_id] = event.hash
        raw.execute("UPDATE case_events SET payload = ?, prev_hash = ?, hash = ?, "
                    "hash_version = 1 WHERE event_id = ?",
                    (json.dumps(data), event.prev_hash, event.hash, event_id))
    for desk_id, last in previous.items():
        raw.execute("UPDATE desks SET last_hash = ? WHERE desk_id = ?", (last, desk_id))
    raw.commit()
    raw.close()
