"""Where a built log's bytes are, and what a compact event row would take instead.

The event rows and their indexes are most of a log. The compact figure copies the log's
own event rows, in its own order, into a scratch file laid out as a future schema could
be: ids and hashes as bytes, no ``prev_hash`` (it repeats the previous event's ``hash``),
the time as whole microseconds, desk, actor, kind and stage as small numbers from a
lookup, the payload as stored. Both layouts keep the same three indexes, and both are
sized with SQLite's ``dbstat`` (the pages they fill), not from column lengths.
"""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

#: event rows copied into the compact layout (a larger log is sized from this sample)
SAMPLE = 300_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = datetime(1970, 1, 1, 0, 0, 0, 1, tzinfo=UTC) - _EPOCH
_COMPACT = """
CREATE TABLE compact (event_id BLOB PRIMARY KEY, case_id BLOB NOT NULL, seq INTEGER NOT NULL,
  at INTEGER NOT NULL, desk INTEGER NOT NULL, desk_seq INTEGER NOT NULL,
  actor INTEGER NOT NULL, kind INTEGER NOT NULL, stage INTEGER, payload TEXT NOT NULL,
  hash BLOB NOT NULL, hash_version INTEGER NOT NULL);
CREATE INDEX ix_compact_case_seq ON compact (case_id, seq);
CREATE UNIQUE INDEX uq_compact_desk_seq ON compact (desk, desk_seq);
"""


def _table_bytes(conn: sqlite3.Connection, table: str) -> int:
    """Pages used by ``table`` and its indexes."""
    row = conn.execute(
        "SELECT sum(pgsize) FROM dbstat WHERE name IN "
        "(SELECT name FROM sqlite_master WHERE tbl_name = ?)", (table,)).fetchone()
    return int(row[0] or 0)


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _ident(text: str) -> bytes:
    try:
        return uuid.UUID(text).bytes
    except ValueError:  # a desk's audit stream has a name, not a uuid
        return text.encode()


def _compact_rows(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    codes: dict[str, int] = {}

    def code(value: str) -> int:
        return codes.setdefault(value, len(codes) + 1)

    out = []
    for (event_id, case_id, seq, at, desk, desk_seq, actor, kind, stage, payload, hash_,
         version) in rows:
        moment = datetime.fromisoformat(at).replace(tzinfo=UTC)
        micros = (moment - _EPOCH) // _MICROSECOND
        out.append((_ident(event_id), _ident(case_id), seq, micros, code("d" + desk), desk_seq,
                    code("a" + actor), code("k" + kind),
                    None if stage is None else code("s" + stage), payload,
                    bytes.fromhex(hash_), version))
    return out


def measure(log: Path, folder: Path, figures: dict[str, Any]) -> None:
    """KB per case of the event rows with their indexes, of the rest of the log (the whole
    file, an empty log's pages included), and of the same event rows in the compact
    layout."""
    source = sqlite3.connect(f"{log.resolve().as_uri()}?mode=ro", uri=True)
    try:
        cases = int(source.execute("SELECT count(*) FROM cases").fetchone()[0]) or 1
        events = int(source.execute("SELECT count(*) FROM case_events").fetchone()[0]) or 1
        total = int(source.execute("SELECT sum(pgsize) FROM dbstat").fetchone()[0] or 0)
        event_bytes = _table_bytes(source, "case_events")
        rows = source.execute(
            "SELECT event_id, case_id, seq, at, desk_id, desk_seq, actor, kind, stage, payload, "
            "hash, hash_version FROM case_events ORDER BY desk_id, desk_seq LIMIT ?",
            (SAMPLE,)).fetchall()
    finally:
        source.close()
    path = folder / "compact-rows.sqlite3"
    _remove(path)
    scratch = sqlite3.connect(path)
    try:
        scratch.executescript(_COMPACT)
        scratch.executemany("INSERT INTO compact VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                            _compact_rows(rows))
        scratch.commit()
        compact_per_event = _table_bytes(scratch, "compact") / max(len(rows), 1)
    finally:
        scratch.close()
        _remove(path)
    figures["event_rows_kb_per_case"] = round(event_bytes / 1024 / cases, 2)
    figures["other_tables_kb_per_case"] = round((total - event_bytes) / 1024 / cases, 2)
    figures["event_rows_bytes_per_event"] = round(event_bytes / events, 1)
    figures["compact_event_rows_bytes_per_event"] = round(compact_per_event, 1)
    figures["compact_event_rows_kb_per_case"] = round(
        compact_per_event * events / 1024 / cases, 2)
