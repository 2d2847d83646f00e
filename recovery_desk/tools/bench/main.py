"""``recovery-desk bench``: the product's speed, each figure beside a raw baseline.

Baselines are measured in the same run on the same machine with plain ``sqlite3`` (or a
bare ``QMainWindow``), so the ratios say what our layers cost, whatever the hardware.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from recovery_desk.services.cases.queries import search_customers
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.tools.bench.logs import BenchLogs, raw_insert_seconds, raw_reader, remove_sqlite
from recovery_desk.tools.bench.timing import percentile


def _timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def _raw_commit_ms(folder: Path, repeat: int) -> list[float]:
    from recovery_desk.storage.checkpoint import WINDOW_SYNCHRONOUS

    path = folder / "raw-commit.sqlite3"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    # as the window's connections, which the desk actions below run on (storage.checkpoint)
    conn.execute(f"PRAGMA synchronous={WINDOW_SYNCHRONOUS}")
    conn.execute("CREATE TABLE ev (id TEXT PRIMARY KEY, payload TEXT)")

    def one() -> None:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO ev VALUES (?, ?)", (str(uuid.uuid4()), '{"text": "note"}'))
        conn.execute("COMMIT")

    samples = _timed(one, repeat)
    conn.close()
    return samples


def _desk_actions(workspace: Workspace, figures: dict[str, Any], repeat: int) -> None:
    """As at the workstation: checkpoints (every second here) and the fsync of the commits
    run on a background thread."""
    from recovery_desk.storage.checkpoint import Checkpointer

    checkpointer = Checkpointer(workspace.engine, interval=1.0).start()
    try:
        _timed_desk_actions(workspace, figures, repeat)
    finally:
        checkpointer.stop()


def _timed_desk_actions(workspace: Workspace, figures: dict[str, Any], repeat: int) -> None:
    service = CaseService(workspace)
    workspace.ensure_user("Bench Supervisor", "supervisor")
    customer = {"name": "Bench Customer", "phone": "+371 20000000", "email": "b@example.lv",
                "language": "lv"}
    opened = []

    def open_one() -> None:
        state = service.open_case(customer=customer, channel="phone", category="billing_error",
                                  severity="medium", words="Charged twice for one ticket.")
        opened.append(state.case_id)

    open_ms = _timed(open_one, repeat)
    playbook = workspace.playbooks.default
    first = playbook.stages[0]
    for case_id in opened:
        for item in first.required_items:
            service.set_checklist(case_id, item)
    iterator = iter(opened)
    advance_ms = _timed(lambda: service.advance(next(iterator)), repeat)
    note_case = opened[0]
    note_ms = _timed(lambda: service.add_note(note_case, "Customer calmer now."), repeat)
    figures.update({
        "open_case_ms_median": round(statistics.median(open_ms), 2),
        "open_case_ms_p99": round(percentile(open_ms, 99), 2),
        "advance_stage_ms_median": round(statistics.median(advance_ms), 2),
        "advance_stage_ms_p99": round(percentile(advance_ms, 99), 2),
        "committed_event_ms_median": round(statistics.median(note_ms), 2),
        "committed_event_ms_p99": round(percentile(note_ms, 99), 2),
    })
    for case_id in opened:  # leave the log tidy: these were not real complaints
        service.withdraw(case_id, "benchmark case")


def _search(workspace: Workspace, figures: dict[str, Any], repeat: int) -> None:
    probes = ["ko", "kov", "ann", "+36 30", "371 2", "olena", "ozol", "em", "jam", "C1"]
    samples = []
    for _ in range(max(1, repeat // len(probes))):
        for probe in probes:
            samples += _timed(partial(search_customers, workspace.engine, probe), 1)
    figures["customer_search_ms_median"] = round(statistics.median(samples), 2)
    figures["customer_search_ms_p99"] = round(percentile(samples, 99), 2)


_COLD_START = r"""
import os, sys, time
start = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
if sys.argv[1] == "bare":
    window = QMainWindow()
    window.show()
    app.processEvents()
    print(*[time.perf_counter() - start] * 3)
else:
    from recovery_desk.ui.app import make_app
    from recovery_desk.ui.main_window import MainWindow
    make_app()
    window = MainWindow()
    window.show()
    app.processEvents()
    shown = time.perf_counter() - start
    from recovery_desk.services.settings import Settings
    from recovery_desk.services.workspace import open_workspace
    bench_log = open_workspace(sys.argv[2], settings=Settings(user="b"),
                               read_only=sys.argv[3] == "read-only")
    bench_log.trust_in_process("b")
    window.attach(bench_log)
    app.processEvents()
    ready = time.perf_counter() - start
    from PySide6.QtCore import QThreadPool
    QThreadPool.globalInstance().waitForDone(600_000)  # the Desk's counts, read behind it
    app.processEvents()
    print(shown, ready, time.perf_counter() - start)
sys.stdout.flush()
os._exit(0)  # what the user waits for ends here; the interpreter's teardown is not it
"""


def _cold_start(db: Path, figures: dict[str, Any], runs: int = 5,
                read_only: bool = False) -> None:
    """Time to a shown window, to the Desk ready for work and to the Desk's own counts
    shown, in a fresh interpreter, ours against a bare QMainWindow. ``read_only`` opens the
    log without writing a byte (a given log: a start writes nothing until someone acts)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    mode = "read-only" if read_only else "writable"

    def measure(kind: str) -> tuple[float, float, float]:
        samples: list[list[float]] = [[], [], []]
        for _ in range(runs):
            out = subprocess.run([sys.executable, "-c", _COLD_START, kind, str(db), mode],
                                 check=True, env=env, capture_output=True, text=True
                                 ).stdout.split()
            for sample, value in zip(samples, out[-3:], strict=True):
                sample.append(float(value))
        shown, ready, settled = (statistics.median(s) for s in samples)
        return shown, ready, settled

    bare, _, _ = measure("bare")
    shown, ready, settled = measure("app")
    figures["cold_start_log_opened"] = mode
    figures["cold_start_bare_qmainwindow_s"] = round(bare, 3)
    figures["cold_start_window_shown_s"] = round(shown, 3)
    figures["cold_start_shown_ratio"] = round(shown / bare, 2)
    figures["cold_start_ready_for_work_s"] = round(ready, 3)
    figures["cold_start_ready_ratio"] = round(ready / bare, 2)
    figures["cold_start_desk_counts_shown_s"] = round(settled, 3)


def _start_group(logs: BenchLogs, figures: dict[str, Any]) -> None:
    """A given log is started on as it is, read-only, never copied (a copy of a 20 GB log
    to time a start would be the bench's own cost); one the build would upgrade is skipped."""
    if logs.given is None:
        _cold_start(Path(logs.writer().location), figures)
        return
    from recovery_desk.storage.migrate import SCHEMA_HEAD, schema_state

    revision, _ = schema_state(logs.reader.engine)
    if revision != SCHEMA_HEAD:
        figures["cold_start"] = (f"skipped: the given log is at schema {revision}, this build "
                                 f"needs {SCHEMA_HEAD} (a start would upgrade it first)")
        return
    _cold_start(logs.given, figures, read_only=True)


def _export_bench(workspace: Workspace, folder: Path, figures: dict[str, Any]) -> None:
    """Our CSV export of every case beside a plain sqlite3 + csv dump of the same rows."""
    import csv

    from recovery_desk.services.exports.export import export

    out = folder / "export.csv"
    start = time.perf_counter()
    rows = export(workspace.engine, out, "csv", include_training=True)
    ours = time.perf_counter() - start
    raw_out = folder / "raw-export.csv"
    start = time.perf_counter()
    conn = raw_reader(workspace.location)
    # the same columns as the export, the customer's row joined
    from recovery_desk.services.exports.export import CASE_COLUMNS

    names = {"case_ref": "c.ref", "desk": "c.desk_id", "wants": "c.remedy",
             "customer_name": "k.name", "customer_phone": "k.phone", "customer_email": "k.email"}
    cursor = conn.execute(
        f"SELECT {', '.join(names.get(c, 'c.' + c) for c in CASE_COLUMNS)} FROM cases c "
        "LEFT JOIN customers k ON k.customer_id = c.customer_id "
        "ORDER BY c.opened_at, c.case_id")
    with raw_out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        while batch := cursor.fetchmany(5000):
            writer.writerows(batch)
    conn.close()
    raw = time.perf_counter() - start
    figures["export_csv_rows"] = rows
    figures["export_csv_s"] = round(ours, 2)
    figures["raw_sqlite_csv_dump_s"] = round(raw, 2)
    figures["export_vs_raw_dump"] = round(ours / raw, 2)
    out.unlink()
    raw_out.unlink()


def _bundle_bench(workspace: Workspace, folder: Path, figures: dict[str, Any],
                  count: int | None = None) -> None:
    """Import a bundle of up to ``count`` events (default: as many as one bundle may hold,
    as a push writes them) of this log's own desk into an empty log,
    beside a raw insert of the very same rows (as stored) into a bare table."""
    from sqlalchemy import select

    from recovery_desk.domain.signing import fingerprint
    from recovery_desk.services.trust.checkpoints import desk_key, sign_position
    from recovery_desk.services.trust.desk_trust import record_trust
    from recovery_desk.storage.engine import WRITE
    from recovery_desk.storage.models import CaseEvent
    from recovery_desk.storage.rows import event_from_row
    from recovery_desk.sync.bundle import MAX_EVENTS_PER_BUNDLE, write_bundle
    from recovery_desk.sync.folder import import_bundle

    count = count or MAX_EVENTS_PER_BUNDLE
    table = CaseEvent.__table__
    desk = workspace.desk_id
    with workspace.engine.connect() as conn:
        rows = conn.execute(select(table).where(table.c.desk_id == desk)
                            .order_by(table.c.desk_seq).limit(count)).all()
        stored = conn.exec_driver_sql("SELECT * FROM case_events WHERE desk_id = ? "
                                      "ORDER BY desk_seq LIMIT ?", (desk, count))
        columns, raw_rows = tuple(stored.keys()), [tuple(r) for r in stored]
    if not rows:
        figures["bundle"] = f"skipped: this log's own desk {desk} has no events"
        return
    events = [event_from_row(r) for r in rows]
    bundles = folder / "bundles"
    bundles.mkdir(exist_ok=True)
    for old in bundles.glob("*"):
        old.unlink()
    key = desk_key(workspace.engine, desk)
    with workspace.engine.connect().execution_options(**WRITE) as conn, conn.begin():
        checkpoint = sign_position(conn, key, desk, events[-1].desk_seq, events[-1].hash)
    path = write_bundle(events, bundles, checkpoint)
    target_path = folder / "bundle-target.sqlite3"
    remove_sqlite(target_path)
    target = open_workspace(str(target_path), settings=Settings(user="b"))
    record_trust(target.engine, target.desk_id, desk, fingerprint(checkpoint.key), by="bench")
    target.trust_in_process("b")
    start, cpu = time.perf_counter(), time.process_time()
    result = import_bundle(target.engine, path)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    target.close()
    remove_sqlite(target_path)
    raw_s = raw_insert_seconds(folder, columns, raw_rows)
    figures["bundle_desk"] = desk
    figures["bundle_import_events"] = result.applied
    figures["bundle_import_s"] = round(seconds, 2)
    # CPU time: the figure least moved by other programs on a shared machine
    figures["bundle_import_cpu_s"] = round(cpu, 2)
    figures["bundle_import_events_per_s"] = round(result.applied / seconds, 1)
    figures["raw_sqlite_insert_same_events_s"] = round(raw_s, 2)
    figures["raw_sqlite_insert_same_events_per_s"] = round(len(raw_rows) / max(raw_s, 1e-9), 1)
    figures["bundle_import_vs_raw_insert"] = round(seconds / max(raw_s, 1e-9), 1)


#: The groups of figures, in the order they run; ``--only`` picks some of them.
#: "find" (the search box finding people and references, and the quality checks' reads) is
#: part of "log"; alone, it measures just those, in a few minutes on a 1M-case log.
GROUPS = ("desk", "commit", "search", "start", "export", "bundle", "pg", "dashboard", "log",
          "find", "promises", "trust")
#: asked for by name only: it fills a server for many minutes
ON_REQUEST = ("pgscale",)


def run_bench(args: argparse.Namespace) -> int:
    """Measure the chosen groups on the built or given log (``--db``: never modified)."""
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="rd-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    only = set(getattr(args, "only", None) or GROUPS)
    known = (*GROUPS, *ON_REQUEST)
    if only - set(known):
        from recovery_desk.core.errors import RecoveryDeskError

        raise RecoveryDeskError(f"Unknown bench group(s): {', '.join(sorted(only - set(known)))}.",
                                f"Choose from: {', '.join(known)}.")
    figures: dict[str, Any] = {}
    if "pgscale" in only:  # before the log: it builds desks of its own, and only reads --db
        _pgscale(args, folder, figures)
        only.discard("pgscale")
    if only:
        logs = BenchLogs(args, folder)
        try:
            _run_groups(args, logs, only, folder)
        finally:
            logs.close()
        figures.update(logs.figures)
    figures["measured_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        width = max(len(k) for k in figures)
        for key, value in figures.items():
            print(f"{key:<{width}}  {value}")
    return 0


def _pgscale(args: argparse.Namespace, folder: Path, figures: dict[str, Any]) -> None:
    """Fill the server through the real push, then measure its Log and Dashboard."""
    from recovery_desk.core.errors import RecoveryDeskError
    from recovery_desk.tools.bench import pgscale, pgserver

    if not args.pg:
        raise RecoveryDeskError("bench --only pgscale needs a server.",
                                "Give --pg postgresql+psycopg://ADMIN@HOST/DB.")
    given = Path(args.db) if getattr(args, "db", None) else None
    if given is not None and not given.is_file():
        raise RecoveryDeskError(f"bench --db needs a SQLite case log file: {given}.",
                                "Give the path of an existing .sqlite3 case log.")
    pgscale.fill(args.pg, folder, figures, given=given, desks=getattr(args, "desks", 2),
                 cases=args.cases, minutes=getattr(args, "fill_minutes", 10.0),
                 min_free_gb=getattr(args, "min_free_gb", 8.0),
                 max_db_gb=getattr(args, "max_server_gb", 20.0))
    pgserver.run(args.pg, folder, figures)


def _run_groups(args: argparse.Namespace, logs: BenchLogs, only: set[str],
                folder: Path) -> None:
    """Groups that only read use ``logs.reader``; groups that write, ``logs.writer()``."""
    figures, repeat = logs.figures, 200
    if "desk" in only:
        note_raw = _raw_commit_ms(folder, repeat)
        figures["raw_sqlite_commit_ms_median"] = round(statistics.median(note_raw), 3)
        figures["raw_sqlite_commit_ms_p99"] = round(percentile(note_raw, 99), 3)
        _desk_actions(logs.writer(), figures, repeat)
        figures["committed_event_vs_raw_commit"] = round(
            figures["committed_event_ms_median"]
            / max(figures["raw_sqlite_commit_ms_median"], 1e-9), 1)
    if "commit" in only:
        from recovery_desk.tools.bench import commit as bench_commit
        bench_commit.run(logs.writer(), folder, figures,  # F8 / open case under a reader
                         actions=getattr(args, "commits", bench_commit.ACTIONS))
    if "search" in only:
        from recovery_desk.tools.bench import text_search
        _search(logs.reader, figures, repeat)
        text_search.run(logs.reader, figures)  # the Log's search box finding words
    if "start" in only:
        _start_group(logs, figures)
    if "export" in only:
        _export_bench(logs.reader, folder, figures)
    if "bundle" in only:
        _bundle_bench(logs.writer(), folder, figures)
    if args.pg and "pg" in only:
        from recovery_desk.tools.bench import central as bench_central
        bench_central.run(folder, args.pg, figures, count=min(100_000, 27 * args.cases))
    if "dashboard" in only:
        from recovery_desk.tools.bench import dashboard as bench_dashboard
        if logs.given is not None:  # its rollup in a side file: a 20 GB copy is no wait of a user's
            bench_dashboard.run_given(logs.given, folder, figures)
        else:
            bench_dashboard.run(logs.writer(), folder, figures)
    if "log" in only:
        from recovery_desk.tools.bench import log as bench_log
        bench_log.run(logs.reader, folder, figures)  # the Log: pages, search, deep paging
    elif "find" in only:
        from recovery_desk.tools.bench import log as bench_log
        bench_log.run_find(logs.reader, figures)
    if "promises" in only:
        from recovery_desk.tools.bench import promises as bench_promises
        bench_promises.run(logs.reader, figures)  # F10's open promises
    if "trust" in only:
        from recovery_desk.tools.bench import trust as bench_trust
        bench_trust.run(logs.writer(), folder, figures)  # last: it erases a few customers
