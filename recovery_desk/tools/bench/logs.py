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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.services.demo.generator import generate
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.tools.bench import footprint

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


def bytes_written() -> int | None:
    """Bytes this process has sent to storage so far (``/proc/self/io``), or None where
    the system does not say (not Linux)."""
    try:
        text = Path("/proc/self/io").read_text()
    except OSError:
        return None
    for line in text.splitlines():
        name, _, value = line.partition(":")
        if name == "write_bytes":
            return int(value)
    return None


def logical_size(conn: sqlite3.Connection) -> int:
    """The log's size in bytes as SQLite sees it (pages in use, WAL included)."""
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    return int(pages) * int(conn.execute("PRAGMA page_size").fetchone()[0])


@dataclass(frozen=True)
class RawInsert:
    """A raw insert's time and footprint: seconds, bytes written (None: not known), size."""

    seconds: float
    written: int | None
    size: int


def raw_insert_rate(folder: Path, rows: int) -> RawInsert:
    """Plain sqlite3: insert ``rows`` event-shaped rows in one transaction."""
    payload = json.dumps({"stage": "listen", "item": "let_them_finish", "done": True})
    data = [(str(uuid.uuid4()), str(i // 15), i % 15, "2026-01-01T10:00:00.000000Z", "D", i,
             "agent", "checklist_set", "listen", payload, "0" * 64, "f" * 64)
            for i in range(rows)]
    columns = ("id", "case_id", "seq", "at", "desk", "desk_seq", "actor", "kind", "stage",
               "payload", "prev", "hash")
    return raw_insert(folder, columns, data)


def raw_insert_seconds(folder: Path, columns: tuple[str, ...],
                       data: list[tuple[Any, ...]]) -> float:
    """Plain sqlite3 (WAL, synchronous=FULL as the product): insert ``data`` into a table
    of ``columns`` (the first the primary key) in one transaction; seconds taken."""
    return raw_insert(folder, columns, data).seconds


def raw_insert(folder: Path, columns: tuple[str, ...], data: list[tuple[Any, ...]]) -> RawInsert:
    """``raw_insert_seconds`` with its footprint: bytes written up to a checkpoint of the
    WAL into the file (what any writer pays in the end), and the table's size."""
    path = folder / "raw.sqlite3"
    remove_sqlite(path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        names = ", ".join(f'"{c}"' for c in columns)
        conn.execute(f"CREATE TABLE ev ({names}, PRIMARY KEY (\"{columns[0]}\"))")
        written, start = bytes_written(), time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO ev VALUES ({', '.join('?' * len(columns))})", data)
        conn.execute("COMMIT")
        seconds = time.perf_counter() - start
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        after = bytes_written()
        return RawInsert(seconds, None if written is None or after is None else after - written,
                         logical_size(conn))
    finally:
        conn.close()
        remove_sqlite(path)


def _size(workspace: Workspace) -> tuple[int, int]:
    """The log's size in bytes (pages in use, WAL included) and its number of events."""
    with workspace.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
        size = int(pages) * int(conn.exec_driver_sql("PRAGMA page_size").scalar_one())
        return size, int(conn.exec_driver_sql("SELECT count(*) FROM case_events").scalar_one())


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
            clocks = getattr(args, "clocks", None)
            self.reader = self._build(args.cases, None if clocks in (None, "none") else clocks)
            self._writer = self.reader
        self.figures["desk_id"] = self.reader.desk_id

    def _demo(self, workspace: Workspace, count: int, *, seed: int, clocks: str | None) -> None:
        """Demo data's speed and footprint, beside a raw insert of as many event rows:
        cases and events per second, bytes on disk per case, and bytes written per byte
        kept (write amplification, the WAL checkpointed into the file at the end)."""
        figures = self.figures
        size_before, events_before = _size(workspace)
        written, start, cpu = bytes_written(), time.perf_counter(), time.process_time()
        stats = generate(workspace, count, seed=seed, clock_pack=clocks)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        with workspace.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        after = bytes_written()
        size_after, events_after = _size(workspace)
        grown, events = size_after - size_before, events_after - events_before
        figures["demo_clock_pack"] = clocks or "none"
        figures["demo_cases_per_s"] = round(stats.cases / seconds, 1)
        figures["demo_events_per_s"] = round(events / seconds, 1)
        figures["demo_seconds"] = round(seconds, 2)
        # CPU time: the figure least moved by other programs on a shared machine
        figures["demo_cpu_s"] = round(cpu, 2)
        figures["demo_events_per_case"] = round(events / max(stats.cases, 1), 1)
        figures["demo_kb_per_case"] = round(grown / 1024 / max(stats.cases, 1), 2)
        raw_rows = min(events, 500_000)
        raw = raw_insert_rate(self.folder, raw_rows)
        figures["raw_sqlite_inserts_per_s"] = round(raw_rows / max(raw.seconds, 1e-9), 1)
        figures["demo_events_vs_raw_insert"] = round(
            figures["raw_sqlite_inserts_per_s"] / max(figures["demo_events_per_s"], 1e-9), 1)
        figures["raw_sqlite_bytes_per_event"] = round(raw.size / max(raw_rows, 1), 1)
        figures["demo_bytes_per_event"] = round(grown / max(events, 1), 1)
        if written is not None and after is not None:
            figures["demo_written_mb"] = round((after - written) / 1e6, 1)
            figures["demo_write_amplification"] = round((after - written) / max(grown, 1), 2)
        if raw.written is not None:
            figures["raw_sqlite_write_amplification"] = round(raw.written / max(raw.size, 1), 2)

    def _build(self, cases: int, clocks: str | None = None) -> Workspace:
        path = self.folder / f"bench-{cases}.sqlite3"
        workspace = open_workspace(str(path), settings=Settings(user=BENCH_USER))
        workspace.trust_in_process(BENCH_USER)  # the bench holds the file: no sign-in
        have = workspace.case_count()
        self.figures["cases"] = cases
        if have < cases:
            self._demo(workspace, cases - have, seed=11 + have, clocks=clocks)
            footprint.measure(path, self.folder, self.figures)  # where the bytes are
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
