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
from recovery_desk.services.demo.generator import generate
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import Workspace, open_workspace


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def _timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def _raw_insert_rate(folder: Path, rows: int) -> float:
    """Plain sqlite3: insert ``rows`` event-shaped rows in one transaction."""
    path = folder / "raw.sqlite3"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE ev (id TEXT PRIMARY KEY, case_id TEXT, seq INT, at TEXT, "
                 "desk TEXT, desk_seq INT, actor TEXT, kind TEXT, stage TEXT, payload TEXT, "
                 "prev TEXT, hash TEXT)")
    payload = json.dumps({"stage": "listen", "item": "let_them_finish", "done": True})
    data = [(str(uuid.uuid4()), str(i // 15), i % 15, "2026-01-01T10:00:00.000000Z", "D", i,
             "agent", "checklist_set", "listen", payload, "0" * 64, "f" * 64)
            for i in range(rows)]
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO ev VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", data)
    conn.execute("COMMIT")
    rate = rows / (time.perf_counter() - start)
    conn.close()
    return rate


def _raw_commit_ms(folder: Path, repeat: int) -> list[float]:
    path = folder / "raw-commit.sqlite3"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE ev (id TEXT PRIMARY KEY, payload TEXT)")

    def one() -> None:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO ev VALUES (?, ?)", (str(uuid.uuid4()), '{"text": "note"}'))
        conn.execute("COMMIT")

    samples = _timed(one, repeat)
    conn.close()
    return samples


def _bench_log(args: argparse.Namespace, folder: Path) -> tuple[Workspace, dict[str, Any]]:
    path = folder / f"bench-{args.cases}.sqlite3"
    settings = Settings(desk_id="BENCH", user="Bench Agent")
    workspace = open_workspace(str(path), settings=settings)
    workspace.trust_in_process(settings.user)  # the bench holds the file: no sign-in
    have = workspace.case_count()
    figures: dict[str, Any] = {"cases": args.cases}
    if have < args.cases:
        start = time.perf_counter()
        stats = generate(workspace, args.cases - have, seed=11 + have)
        seconds = time.perf_counter() - start
        figures["demo_cases_per_s"] = round(stats.cases / seconds, 1)
        figures["demo_events_per_s"] = round(stats.events / seconds, 1)
        figures["demo_seconds"] = round(seconds, 2)
        raw = _raw_insert_rate(folder, min(stats.events, 500_000))
        figures["raw_sqlite_inserts_per_s"] = round(raw, 1)
        figures["demo_events_vs_raw_insert"] = round(raw / max(figures["demo_events_per_s"], 1e-9),
                                                     1)
    else:
        figures["demo"] = "reused an existing log"
    return workspace, figures


def _desk_actions(workspace: Workspace, figures: dict[str, Any], repeat: int) -> None:
    """As at the workstation: checkpoints run on a background thread (every second here)."""
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
        "open_case_ms_p99": round(_percentile(open_ms, 99), 2),
        "advance_stage_ms_median": round(statistics.median(advance_ms), 2),
        "advance_stage_ms_p99": round(_percentile(advance_ms, 99), 2),
        "committed_event_ms_median": round(statistics.median(note_ms), 2),
        "committed_event_ms_p99": round(_percentile(note_ms, 99), 2),
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
    figures["customer_search_ms_p99"] = round(_percentile(samples, 99), 2)


_COLD_START = r"""
import os, sys, time
start = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
if sys.argv[1] == "bare":
    window = QMainWindow()
    window.show()
    app.processEvents()
    print(time.perf_counter() - start, time.perf_counter() - start)
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
    bench_log = open_workspace(sys.argv[2], settings=Settings(desk_id="", user="b"))
    bench_log.trust_in_process("b")
    window.attach(bench_log)
    app.processEvents()
    print(shown, time.perf_counter() - start)
"""


def _cold_start(db: Path, figures: dict[str, Any], runs: int = 5) -> None:
    """Time to a shown window in a fresh interpreter, ours against a bare QMainWindow."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}

    def measure(kind: str) -> tuple[float, float]:
        shown, ready = [], []
        for _ in range(runs):
            out = subprocess.run([sys.executable, "-c", _COLD_START, kind, str(db)], check=True,
                                 env=env, capture_output=True, text=True).stdout.split()
            shown.append(float(out[0]))
            ready.append(float(out[1]))
        return statistics.median(shown), statistics.median(ready)

    bare, _ = measure("bare")
    shown, ready = measure("app")
    figures["cold_start_bare_qmainwindow_s"] = round(bare, 3)
    figures["cold_start_window_shown_s"] = round(shown, 3)
    figures["cold_start_shown_ratio"] = round(shown / bare, 2)
    figures["cold_start_ready_for_work_s"] = round(ready, 3)
    figures["cold_start_ready_ratio"] = round(ready / bare, 2)


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
    conn = sqlite3.connect(workspace.location)
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
                  count: int = 100_000) -> None:
    """Import a bundle of ``count`` events into an empty log, beside a raw insert."""
    from sqlalchemy import select

    from recovery_desk.domain.signing import fingerprint
    from recovery_desk.services.trust.checkpoints import desk_key, sign_position
    from recovery_desk.services.trust.desk_trust import record_trust
    from recovery_desk.storage.engine import WRITE
    from recovery_desk.storage.models import CaseEvent
    from recovery_desk.storage.rows import event_from_row
    from recovery_desk.sync.bundle import write_bundle
    from recovery_desk.sync.folder import import_bundle

    table = CaseEvent.__table__
    with workspace.engine.connect() as conn:
        rows = conn.execute(select(table).where(table.c.desk_id == workspace.desk_id)
                            .order_by(table.c.desk_seq).limit(count)).all()
    events = [event_from_row(r) for r in rows]
    bundles = folder / "bundles"
    bundles.mkdir(exist_ok=True)
    for old in bundles.glob("*"):
        old.unlink()
    key = desk_key(workspace.engine, workspace.desk_id)
    with workspace.engine.connect().execution_options(**WRITE) as conn, conn.begin():
        checkpoint = sign_position(conn, key, workspace.desk_id, events[-1].desk_seq,
                                   events[-1].hash)
    path = write_bundle(events, bundles, checkpoint)
    target_path = folder / "bundle-target.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target_path}{suffix}").unlink(missing_ok=True)
    target = open_workspace(str(target_path), settings=Settings(user="b"))
    record_trust(target.engine, target.desk_id, workspace.desk_id,
                 fingerprint(checkpoint.key), by="bench")
    target.trust_in_process("b")
    start = time.perf_counter()
    result = import_bundle(target.engine, path)
    seconds = time.perf_counter() - start
    target.close()
    figures["bundle_import_events"] = result.applied
    figures["bundle_import_s"] = round(seconds, 2)
    figures["bundle_import_events_per_s"] = round(result.applied / seconds, 1)
    figures["raw_sqlite_insert_same_events_s"] = round(len(events) / _raw_insert_rate(
        folder, len(events)), 2)


def _pg_bench(workspace: Workspace, url: str, figures: dict[str, Any],
              count: int = 100_000) -> None:
    """Push ``count`` events to PostgreSQL and pull them into an empty log, beside raw
    psycopg inserts of the same rows."""
    import psycopg
    from sqlalchemy.engine import make_url

    from recovery_desk.storage.engine import make_engine
    from recovery_desk.storage.migrate import ensure_schema
    from recovery_desk.sync import central

    server = make_engine(url)
    ensure_schema(server)
    server.dispose()
    source_path = Path(workspace.location).with_name("pg-source.sqlite3")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{source_path}{suffix}").unlink(missing_ok=True)
    source = open_workspace(str(source_path), settings=Settings(desk_id="PGBENCH", user="b"))
    source.trust_in_process("b")
    generate(source, max(1, count // 27), seed=5)
    with source.engine.connect() as conn:
        from sqlalchemy import func, select

        from recovery_desk.storage.models import CaseEvent

        events = conn.execute(select(func.count()).select_from(CaseEvent)).scalar_one()
    start = time.perf_counter()
    pushed = central.push(source.engine, url, "PGBENCH").pushed
    push_s = time.perf_counter() - start
    sink_path = source_path.with_name("pg-sink.sqlite3")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{sink_path}{suffix}").unlink(missing_ok=True)
    sink = open_workspace(str(sink_path), settings=Settings(desk_id="SINK", user="b"))
    sink.trust_in_process("b")
    start = time.perf_counter()
    pulled = central.pull(sink.engine, url, "SINK").pulled
    pull_s = time.perf_counter() - start
    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn) as conn:
        conn.execute("DROP TABLE IF EXISTS raw_bench")
        conn.execute("CREATE TABLE raw_bench (id text primary key, case_id text, seq int, "
                     "at timestamp, desk text, desk_seq int, actor text, kind text, "
                     "stage text, payload jsonb, prev text, hash text)")
        payload = json.dumps({"stage": "listen", "item": "x", "done": True})
        data = [(str(uuid.uuid4()), "c", i, datetime.now(UTC).replace(tzinfo=None), "D", i,
                 "a", "k", "s", payload, "0" * 64, "f" * 64) for i in range(events)]
        start = time.perf_counter()
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO raw_bench VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
                            data)
        conn.commit()
        raw_s = time.perf_counter() - start
        conn.execute("DROP TABLE raw_bench")
    source.close()
    sink.close()
    figures["pg_events"] = events
    figures["pg_push_events_per_s"] = round(pushed / push_s, 1)
    figures["pg_pull_events_per_s"] = round(pulled / pull_s, 1)
    figures["raw_psycopg_insert_events_per_s"] = round(events / raw_s, 1)


#: The groups of figures, in the order they run; ``--only`` picks some of them.
GROUPS = ("desk", "search", "start", "export", "bundle", "pg", "dashboard", "log", "trust")


def run_bench(args: argparse.Namespace) -> int:
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="rd-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    only = set(getattr(args, "only", None) or GROUPS)
    if only - set(GROUPS):
        from recovery_desk.core.errors import RecoveryDeskError

        raise RecoveryDeskError(f"Unknown bench group(s): {', '.join(sorted(only - set(GROUPS)))}.",
                                f"Choose from: {', '.join(GROUPS)}.")
    workspace, figures = _bench_log(args, folder)
    repeat = 200
    if "desk" in only:
        note_raw = _raw_commit_ms(folder, repeat)
        figures["raw_sqlite_commit_ms_median"] = round(statistics.median(note_raw), 3)
        figures["raw_sqlite_commit_ms_p99"] = round(_percentile(note_raw, 99), 3)
        _desk_actions(workspace, figures, repeat)
        figures["committed_event_vs_raw_commit"] = round(
            figures["committed_event_ms_median"]
            / max(figures["raw_sqlite_commit_ms_median"], 1e-9), 1)
    if "search" in only:
        _search(workspace, figures, repeat)
    if "start" in only:
        _cold_start(Path(workspace.location), figures)
    if "export" in only:
        _export_bench(workspace, folder, figures)
    if "bundle" in only:
        _bundle_bench(workspace, folder, figures)
    if args.pg and "pg" in only:
        _pg_bench(workspace, args.pg, figures)
    if "dashboard" in only:
        from recovery_desk.tools.bench import dashboard as bench_dashboard
        bench_dashboard.run(workspace, folder, figures)
    if "log" in only:
        from recovery_desk.tools.bench import log as bench_log
        bench_log.run(workspace, folder, figures)  # the Log: pages, search, deep paging
    if "trust" in only:
        from recovery_desk.tools.bench import trust as bench_trust
        bench_trust.run(workspace, folder, figures)  # last: it erases a few customers
    figures["measured_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    workspace.close()
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        width = max(len(k) for k in figures)
        for key, value in figures.items():
            print(f"{key:<{width}}  {value}")
    return 0
