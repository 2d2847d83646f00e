"""The log a bench run measures: one it builds, or one it is given and never modifies.

A given log (``--db``) is opened read-only for the groups that only read it (search, Log,
export); the groups that must write (desk actions, dashboard dirty days, bundle signing,
erasure, the window's start) work on one copy of it, made once with SQLite's online
backup from a read-only connection. A built log (no ``--db``) is its own writable copy.
No desk id is assumed: the figures use the log's own desk ids.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import time
import uuid
from pathlib import Path
from typing import Any

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.services.demo.generator import generate
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import Workspace, open_workspace

BENCH_USER = "Bench Agent"


def raw_reader(path: str | Path) -> sqlite3.Connection:
    """A bare ``sqlite3`` connection that cannot write ``path`` (the baselines' reads)."""
    base = Path(path).resolve().as_uri()
    in_use = any(Path(f"{path}{extra}").exists() for extra in ("-wal", "-shm"))
    flags = "mode=ro" if in_use else "mode=ro&immutable=1"
    return sqlite3.connect(f"{base}?{flags}", uri=True, check_same_thread=False)


def remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def raw_insert_rate(folder: Path, rows: int) -> float:
    """Plain sqlite3: insert ``rows`` event-shaped rows in one transaction."""
    payload = json.dumps({"stage": "listen", "item": "let_them_finish", "done": True})
    data = [(str(uuid.uuid4()), str(i // 15), i % 15, "2026-01-01T10:00:00.000000Z", "D", i,
             "agent", "checklist_set", "listen", payload, "0" * 64, "f" * 64)
            for i in range(rows)]
    columns = ("id", "case_id", "seq", "at", "desk", "desk_seq", "actor", "kind", "stage",
               "payload", "prev", "hash")
    return rows / max(raw_insert_seconds(folder, columns, data), 1e-9)


def raw_insert_seconds(folder: Path, columns: tuple[str, ...],
                       data: list[tuple[Any, ...]]) -> float:
    """Plain sqlite3 (WAL, synchronous=FULL as the product): insert ``data`` into a table
    of ``columns`` (the first the primary key) in one transaction; seconds taken."""
    path = folder / "raw.sqlite3"
    remove_sqlite(path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        names = ", ".join(f'"{c}"' for c in columns)
        conn.execute(f"CREATE TABLE ev ({names}, PRIMARY KEY (\"{columns[0]}\"))")
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO ev VALUES ({', '.join('?' * len(columns))})", data)
        conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()
        remove_sqlite(path)


class BenchLogs:
    """The measured log: ``reader`` for groups that read, ``writer()`` for those that write."""

    def __init__(self, args: argparse.Namespace, folder: Path) -> None:
        self.folder = folder
        self.figures: dict[str, Any] = {}
        self.given: Path | None = Path(args.db) if getattr(args, "db", None) else None
        self._writer: Workspace | None = None
        if self.given is not None:
            if "://" in str(self.given) or not self.given.is_file():
                raise RecoveryDeskError(f"bench --db needs a SQLite case log file: {self.given}.",
                                        "Give the path of an existing .sqlite3 case log.")
            self.reader = open_workspace(str(self.given), settings=Settings(user=BENCH_USER),
                                         read_only=True)
            self.reader.trust_in_process(BENCH_USER)
            self.figures["log"] = f"given (read-only): {self.given}"
        else:
            self.reader = self._build(args.cases)
            self._writer = self.reader
        self.figures["desk_id"] = self.reader.desk_id

    def _build(self, cases: int) -> Workspace:
        path = self.folder / f"bench-{cases}.sqlite3"
        workspace = open_workspace(str(path), settings=Settings(user=BENCH_USER))
        workspace.trust_in_process(BENCH_USER)  # the bench holds the file: no sign-in
        have = workspace.case_count()
        self.figures["cases"] = cases
        if have < cases:
            start = time.perf_counter()
            stats = generate(workspace, cases - have, seed=11 + have)
            seconds = time.perf_counter() - start
            self.figures["demo_cases_per_s"] = round(stats.cases / seconds, 1)
            self.figures["demo_events_per_s"] = round(stats.events / seconds, 1)
            self.figures["demo_seconds"] = round(seconds, 2)
            raw = raw_insert_rate(self.folder, min(stats.events, 500_000))
            self.figures["raw_sqlite_inserts_per_s"] = round(raw, 1)
            self.figures["demo_events_vs_raw_insert"] = round(
                raw / max(self.figures["demo_events_per_s"], 1e-9), 1)
        else:
            self.figures["demo"] = "reused an existing log"
        return workspace

    def writer(self) -> Workspace:
        """A writable log with the measured log's content: the given log's copy, made once."""
        if self._writer is None:
            assert self.given is not None
            copy = self.folder / "bench-given-copy.sqlite3"
            remove_sqlite(copy)
            started = time.perf_counter()
            source = raw_reader(self.given)
            try:
                target = sqlite3.connect(copy)
                try:
                    source.backup(target)
                finally:
                    target.close()
            finally:
                source.close()
            self.figures["given_log_copy_s"] = round(time.perf_counter() - started, 2)
            self._writer = open_workspace(str(copy), settings=Settings(user=BENCH_USER))
            self._writer.trust_in_process(BENCH_USER)
        return self._writer

    def close(self) -> None:
        if self._writer is not None and self._writer is not self.reader:
            self._writer.close()
            remove_sqlite(Path(self._writer.location))
        self.reader.close()
