"""The Desk's commits while another process reads the log heavily (``bench --only commit``).

Each of the Desk's own actions (open a case, F8 to complete the stage) is timed through the
real ``CaseService`` on the real workspace, with WAL checkpoints on the background thread
as the window runs them, quiet and while a second *process* reads the same log: an events
CSV export in a loop (one long read transaction each), or the Log paged through from top
to bottom in a loop. After every timed action the same rows it wrote are committed raw on
the bare driver into a scratch table of the same log, with the same pragmas, under the
same load: SQLite's own cost of that commit, sample for sample.

For the tail, every timed action is taken apart: the wait for the write lock (BEGIN
IMMEDIATE), the COMMIT itself (the WAL write and its fsync), the garbage collector's
pauses, and whether a background checkpoint ran meanwhile; the WAL's largest size shows
whether a reader starved the checkpoints.
"""

from __future__ import annotations

import gc
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import event

from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.checkpoint import Checkpointer
from recovery_desk.tools.bench.timing import percentile

#: timed actions of each kind per load: at least 300 commits each
ACTIONS = 300
LOADS = ("quiet", "export", "scroll")
_SCRATCH = "bench_raw_commit"

_READER = r"""
import os, signal, sys
from pathlib import Path
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import open_workspace
kind, db, out = sys.argv[1:4]
ws = open_workspace(db, settings=Settings(user="Bench Reader"), read_only=True)
ws.trust_in_process("Bench Reader")
done = [0]
def stop(*_):
    print(done[0], flush=True)
    os._exit(0)
signal.signal(signal.SIGTERM, stop)
print("ready", flush=True)
if kind == "export":
    from recovery_desk.services.exports.export import export
    base = [0]
    def progress(count):
        done[0] = base[0] + count
        return True
    while True:
        base[0] += export(ws.engine, Path(out), "csv", events=True, progress=progress)
        done[0] = base[0]
else:
    from recovery_desk.services.cases import case_query
    from recovery_desk.services.cases.case_filter import CaseFilter
    while True:
        after = None
        while True:
            got = case_query.page(ws.engine, CaseFilter(), after=after, limit=200)
            done[0] += len(got.rows)
            after = got.next
            if after is None:
                break
"""


@dataclass
class _Sample:
    """One timed commit and what it spent where (ms)."""

    total: float = 0.0
    lock_wait: float = 0.0
    commit: float = 0.0
    gc: float = 0.0
    cpu: float = 0.0
    checkpoint: bool = False


@dataclass
class _Probe:
    """Listens on the engine, the collector and the checkpointer while a commit is timed."""

    samples: dict[str, list[_Sample]] = field(default_factory=dict)
    current: _Sample | None = None
    marks: dict[str, float] = field(default_factory=dict)
    checkpointing: int = 0
    wal_max: int = 0
    wal: Path = Path()
    wal_frames: int = 0
    thread: int = 0
    checkpoints: int = 0
    held_back: int = 0

    def attach(self, workspace: Workspace) -> None:
        engine = workspace.engine
        self.wal = Path(f"{workspace.location}-wal")

        @event.listens_for(engine, "before_cursor_execute")
        def _before(_c: Any, _cur: Any, statement: str, *_a: Any) -> None:
            if self._timed() is not None and statement.startswith("BEGIN"):
                self.marks["begin"] = time.perf_counter()

        @event.listens_for(engine, "after_cursor_execute")
        def _after(_c: Any, _cur: Any, statement: str, *_a: Any) -> None:
            sample = self._timed()
            if sample is not None and "begin" in self.marks:
                sample.lock_wait += (time.perf_counter() - self.marks.pop("begin")) * 1000

        @event.listens_for(engine, "commit")
        def _commit(_c: Any) -> None:
            if self._timed() is not None:
                self.marks["commit"] = time.perf_counter()

        @event.listens_for(engine, "checkin")  # the pool takes the connection back: committed
        def _checkin(*_a: Any) -> None:
            sample = self._timed()
            if sample is not None and "commit" in self.marks:
                sample.commit += (time.perf_counter() - self.marks.pop("commit")) * 1000

        gc.callbacks.append(self._gc)

    def _timed(self) -> _Sample | None:
        """The commit being timed, if this is its thread (not the checkpointer's)."""
        return self.current if threading.get_ident() == self.thread else None

    def _gc(self, phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            self.marks["gc"] = time.perf_counter()
        elif self.current is not None and "gc" in self.marks:
            self.current.gc += (time.perf_counter() - self.marks.pop("gc")) * 1000

    def detach(self) -> None:
        gc.callbacks.remove(self._gc)

    @contextmanager
    def timing(self, kind: str) -> Iterator[None]:
        self.marks.clear()
        self.thread = threading.get_ident()
        sample = self.current = _Sample(checkpoint=self.checkpointing > 0)
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            yield
        finally:
            sample.total = (time.perf_counter() - start) * 1000
            sample.cpu = (time.thread_time() - cpu) * 1000
            sample.checkpoint = sample.checkpoint or self.checkpointing > 0
            self.wal_max = max(self.wal_max, _size(self.wal))
            self.current = None
            self.samples.setdefault(kind, []).append(sample)


class _WatchedCheckpointer(Checkpointer):
    """The window's checkpointer, telling the probe when a checkpoint runs."""

    def __init__(self, workspace: Workspace, probe: _Probe) -> None:
        super().__init__(workspace.engine)
        self.probe = probe

    def checkpoint(self) -> tuple[int, int] | None:
        self.probe.checkpointing += 1
        try:
            done = super().checkpoint()
        finally:
            self.probe.checkpointing -= 1
        if done is not None:
            self.probe.wal_frames = max(self.probe.wal_frames, done[0])
            self.probe.checkpoints += 1
            self.probe.held_back += done[1] < done[0]
        return done


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


class _Raw:
    """The baseline: the same rows committed on the bare driver, same pragmas, same file."""

    def __init__(self, path: str, synchronous: int) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None, timeout=10)
        self.conn.execute(f"PRAGMA synchronous = {int(synchronous)}")
        self.conn.execute("PRAGMA wal_autocheckpoint = 0")  # as the Desk: a thread does it
        self.columns = [r[1] for r in self.conn.execute("PRAGMA table_info(case_events)")]
        self.conn.execute(f"DROP TABLE IF EXISTS {_SCRATCH}")
        self.conn.execute(f"CREATE TABLE {_SCRATCH} (n INTEGER PRIMARY KEY, "
                          f"{', '.join(self.columns)})")
        self.seq = self.head()

    def head(self) -> int:
        row = self.conn.execute("SELECT max(rowid) FROM case_events").fetchone()
        return int(row[0] or 0)

    def written_since(self) -> list[tuple[Any, ...]]:
        """The event rows the last action wrote (read untimed)."""
        rows = self.conn.execute(f"SELECT {', '.join(self.columns)} FROM case_events "
                                 "WHERE rowid > ?", (self.seq,)).fetchall()
        self.seq = self.head()
        return rows

    def commit(self, rows: list[tuple[Any, ...]]) -> float:
        marks = ", ".join("?" * len(self.columns))
        start = time.perf_counter()
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.executemany(f"INSERT INTO {_SCRATCH} ({', '.join(self.columns)}) "
                              f"VALUES ({marks})", rows)
        self.conn.execute("COMMIT")
        return (time.perf_counter() - start) * 1000

    def close(self) -> None:
        self.conn.execute(f"DROP TABLE IF EXISTS {_SCRATCH}")
        self.conn.close()


@contextmanager
def _reader(kind: str, workspace: Workspace, folder: Path,
            figures: dict[str, Any]) -> Iterator[None]:
    """Another process reading the log as hard as it can, for as long as the block runs."""
    if kind == "quiet":
        yield
        return
    out = folder / "commit-load-export.csv"
    child = subprocess.Popen([sys.executable, "-c", _READER, kind, workspace.location, str(out)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        if child.stdout.readline().strip() != "ready":
            raise RuntimeError(f"the {kind} reader did not start")
        time.sleep(1.0)  # into its stride: a long read transaction open
        started = time.perf_counter()
        yield
        seconds = time.perf_counter() - started
    finally:
        child.terminate()
        rows, _ = child.communicate(timeout=60)
        out.unlink(missing_ok=True)
    unit = "events_exported" if kind == "export" else "log_rows_paged"
    figures[f"commit_{kind}_reader_{unit}_per_s"] = round(int(rows or 0) / seconds, 1)


def _one_load(service: CaseService, raw: _Raw, probe: _Probe,
              actions: int) -> list[float]:
    """``actions`` cases opened, their first stage's items ticked, then completed (F8):
    each open and each F8 timed, and after each, its rows committed raw."""
    customer = {"name": "Bench Customer", "phone": "+371 20000000", "email": "b@example.lv",
                "language": "lv"}
    stage = service.ws.playbooks.default.stages[0]
    baseline: list[float] = []

    def timed(kind: str, action: Callable[[], Any]) -> None:
        with probe.timing(kind):
            action()
        baseline.append(raw.commit(raw.written_since()))
        _collect_due()  # between actions, as the window's timer does

    opened: list[str] = []
    for _ in range(actions):
        timed("open", lambda: opened.append(service.open_case(
            customer=customer, channel="phone", category="billing_error", severity="medium",
            words="Charged twice for one ticket.").case_id))
    for case_id in opened:
        for item in stage.required_items:
            service.set_checklist(case_id, item)
        raw.written_since()
        timed("advance", partial(service.advance, case_id))
    for case_id in opened:  # these were not real complaints
        service.withdraw(case_id, "benchmark case")
    raw.written_since()
    return baseline


def _collect_due() -> None:
    """What ``ui/common/gc_guard`` does on the window's timer, between events: collect each
    generation whose allocation count passed its threshold (automatic collection is off)."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    due = -1
    for generation in range(3):
        if counts[generation] <= thresholds[generation]:
            break
        due = generation
    if due >= 0:
        gc.collect(due)


def _report(name: str, samples: list[_Sample], figures: dict[str, Any]) -> None:
    totals = [s.total for s in samples]
    p99 = percentile(totals, 99)
    figures[f"{name}_ms_p50"] = round(statistics.median(totals), 2)
    figures[f"{name}_ms_p99"] = round(p99, 2)
    figures[f"{name}_ms_max"] = round(max(totals), 2)
    tail = [s for s in samples if s.total >= p99] or samples  # the slowest 1%
    figures[f"{name}_tail_n"] = len(tail)
    for part in ("lock_wait", "commit", "gc"):
        figures[f"{name}_tail_{part}_ms_mean"] = round(
            statistics.fmean(getattr(s, part) for s in tail), 2)
    figures[f"{name}_tail_during_checkpoint"] = sum(s.checkpoint for s in tail)
    for part, values in (("commit", [s.commit for s in samples]),
                         ("cpu", [s.cpu for s in samples]),  # this thread's own CPU time
                         ("work", [s.total - s.commit - s.lock_wait for s in samples])):
        figures[f"{name}_{part}_ms_p50"] = round(statistics.median(values), 2)
        figures[f"{name}_{part}_ms_p99"] = round(percentile(values, 99), 2)


def run(workspace: Workspace, folder: Path, figures: dict[str, Any],
        actions: int = ACTIONS) -> None:
    """Add the commit figures for each load to ``figures`` (SQLite logs only)."""
    if workspace.engine.dialect.name != "sqlite":
        figures["commit_bench"] = "skipped: SQLite only"
        return
    service = CaseService(workspace)
    workspace.ensure_user("Bench Supervisor", "supervisor")
    probe = _Probe()
    checkpointer = _WatchedCheckpointer(workspace, probe).start()  # as the window does
    probe.attach(workspace)
    with workspace.engine.connect() as conn:
        synchronous = int(conn.exec_driver_sql("PRAGMA synchronous").scalar_one())
        figures["commit_synchronous"] = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}.get(
            synchronous, synchronous)
        figures["commit_wal_autocheckpoint"] = conn.exec_driver_sql(
            "PRAGMA wal_autocheckpoint").scalar_one()
    raw = _Raw(workspace.location, synchronous)
    cpu = time.process_time()
    collecting = gc.isenabled()
    gc.disable()  # the window never collects inside an action (ui/common/gc_guard)
    try:
        for load in LOADS:
            probe.samples.clear()
            probe.wal_max = probe.wal_frames = probe.checkpoints = probe.held_back = 0
            raw.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # each load from an empty WAL
            with _reader(load, workspace, folder, figures):
                baseline = _one_load(service, raw, probe, actions)
            for kind, samples in probe.samples.items():
                _report(f"commit_{load}_{kind}", samples, figures)
            figures[f"raw_commit_{load}_ms_p50"] = round(statistics.median(baseline), 2)
            figures[f"raw_commit_{load}_ms_p99"] = round(percentile(baseline, 99), 2)
            figures[f"raw_commit_{load}_ms_max"] = round(max(baseline), 2)
            figures[f"commit_{load}_wal_file_mb_max"] = round(probe.wal_max / 1e6, 1)
            figures[f"commit_{load}_wal_frames_max"] = probe.wal_frames
            figures[f"commit_{load}_checkpoints"] = probe.checkpoints
            figures[f"commit_{load}_checkpoints_held_back_by_a_reader"] = probe.held_back
    finally:
        figures["commit_bench_cpu_s"] = round(time.process_time() - cpu, 2)
        probe.detach()
        if collecting:
            gc.enable()
        checkpointer.stop()
        raw.close()
    figures["commit_actions_per_load"] = actions
