"""Kill a real recovery workload with SIGKILL, again and again, and prove nothing was lost.

The *worker* (``--worker``) is a separate process that runs realistic recoveries through the
real ``CaseService`` on a real SQLite log — open case, checklist, fields, notes, offers,
escalations, satisfaction, follow-ups — and autosaves typed text through the real drafts
service, as the Desk does. After each call *returns* it appends what it committed (event
ids, desk sequence, hash) or which draft it saved to a side file, flushed and fsync'd. The
line is written only after the commit, so every line is a promise the log must keep.

The *harness* starts the worker on the same database again and again and kills it with
SIGKILL at random moments: a random time into the work, right after a burst of writes, or
during start-up (imports, migrations, the draft restore). After each kill it opens the log
as the app does and checks: ``check`` passes (schema, SQLite integrity, hash chains, the
case list equal to a replay), every reported event is there with the same desk sequence and
hash, and the drafts service gives back the last draft the worker reported as saved.

    python -m recovery_desk.tools.crash_harness --kills 200
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from recovery_desk.tools.crash_common import AGENT, DESK, text_digest

__all__ = ["AGENT", "DESK", "Figures", "launch_worker", "read_report", "run_harness",
           "text_digest"]

WORKER_READY_TIMEOUT_S = 60.0
BURST_TIMEOUT_S = 20.0


# -- the harness ------------------------------------------------------------------------


@dataclass
class Figures:
    kills: int = 0
    kill_modes: dict[str, int] = field(default_factory=dict)
    events_committed: int = 0          # reported by the worker after the commit returned
    events_in_flight: int = 0          # committed, killed before the report was written
    events_lost: int = 0
    check_failures: int = 0
    drafts_checked: int = 0            # kills after which a reported draft was compared
    draft_keys_compared: int = 0       # draft slots compared (kept text, or none if discarded)
    drafts_lost: int = 0
    worker_errors: int = 0
    events_in_log: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not (self.events_lost or self.check_failures or self.drafts_lost
                    or self.worker_errors or self.problems)

    def lines(self) -> list[str]:
        modes = ", ".join(f"{k} {v}" for k, v in sorted(self.kill_modes.items()))
        return [
            f"kills (SIGKILL):              {self.kills} ({modes})",
            f"events committed (reported):  {self.events_committed}",
            f"events committed in flight:   {self.events_in_flight} (kept, report not yet "
            "written at the kill)",
            f"events in the log at the end: {self.events_in_log}",
            f"events lost:                  {self.events_lost}",
            f"databases failing check:      {self.check_failures}",
            f"kills with a draft to restore:{self.drafts_checked:>5} (draft slots compared: "
            f"{self.draft_keys_compared})",
            f"drafts lost:                  {self.drafts_lost}",
            f"worker errors:                {self.worker_errors}",
            f"time:                         {self.seconds:.1f} s",
        ]


@dataclass
class _Expected:
    events: dict[str, tuple[int, str]] = field(default_factory=dict)
    drafts: dict[str, str | None] = field(default_factory=dict)  # confirmed digest per key


def read_report(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            records.append(json.loads(line))
        except ValueError:
            break  # a line cut by the kill was never a promise: it had no newline yet
    return records


def _count_lines(path: Path) -> int:
    try:
        with path.open("rb") as handle:
            return handle.read().count(b"\n")
    except FileNotFoundError:
        return 0


def launch_worker(db: Path, report: Path, seed: int, env: dict[str, str], err: Path,
                  cases: int | None = None, restore: bool = True) -> subprocess.Popen[bytes]:
    """Start the workload in its own process (until killed, or for ``cases`` recoveries)."""
    extra = ["--cases", str(cases)] if cases is not None else []
    if not restore:
        extra.append("--no-restore")
    with err.open("wb") as stderr:
        return subprocess.Popen(
            [sys.executable, "-m", "recovery_desk.tools.crash_harness", "--worker",
             "--db", str(db), "--report", str(report), "--seed", str(seed), *extra],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr, env=env)


def _wait_for(predicate: Any, proc: subprocess.Popen[bytes], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.003)
    return False


def _ready_line(report: Path) -> int | None:
    for number, record in enumerate(read_report(report)):
        if record.get("k") == "ready":
            return number + 1
    return None


def _kill_at_random(proc: subprocess.Popen[bytes], report: Path, rng: random.Random) -> str:
    """SIGKILL the worker at a random moment; returns how the moment was chosen."""
    roll = rng.random()
    if roll < 0.15:
        mode = "start-up"
        time.sleep(rng.uniform(0.0, 1.2))
    else:
        _wait_for(lambda: _ready_line(report) is not None, proc, WORKER_READY_TIMEOUT_S)
        if roll < 0.55:
            mode = "timed"
            time.sleep(rng.uniform(0.0, 1.5))
        else:
            mode = "burst"
            target = _count_lines(report) + rng.randint(1, 150)
            _wait_for(lambda: _count_lines(report) >= target, proc, BURST_TIMEOUT_S)
            time.sleep(rng.uniform(0.0, 0.004))
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    return mode


def _tally(records: list[dict[str, Any]], expected: _Expected,
           figures: Figures) -> dict[str, str | None]:
    """Take the worker's promises into ``expected``; returns the drafts it was saving when
    killed (either their old or their new text is then right)."""
    pending: dict[str, str | None] = {}
    for record in records:
        kind = record.get("k")
        if kind == "ev":
            for event_id, desk_seq, digest in record["ids"]:
                expected.events[event_id] = (desk_seq, digest)
                figures.events_committed += 1
        elif kind == "draft-try":
            pending[record["key"]] = record["sha"]
        elif kind == "draft":
            expected.drafts[record["key"]] = record["sha"]
            pending.pop(record["key"], None)
    return pending


def _check_events(in_log: dict[str, tuple[int, str]], expected: _Expected,
                  figures: Figures) -> None:
    """Every reported event is in the log as reported; the ones committed but not yet
    reported at the kill sit above every reported one, and are promised from now on."""
    figures.events_in_log = len(in_log)
    for event_id, stamp in expected.events.items():
        if in_log.get(event_id) != tuple(stamp):
            figures.events_lost += 1
            if len(figures.problems) < 20:
                figures.problems.append(f"kill {figures.kills}: event {event_id} was "
                                        f"reported committed but is {in_log.get(event_id)}")
    top = max((seq for seq, _ in expected.events.values()), default=0)
    unreported = {event_id: stamp for event_id, stamp in in_log.items()
                  if event_id not in expected.events}
    if any(seq <= top for seq, _ in unreported.values()):
        figures.problems.append(f"kill {figures.kills}: events below desk sequence {top} "
                                "were never reported")
    figures.events_in_flight += len(unreported)
    expected.events.update(unreported)


def _check_drafts(stored: dict[str, str | None], pending: dict[str, str | None],
                  expected: _Expected, figures: Figures) -> None:
    """The drafts service gives back the last draft reported saved (or the one being
    saved at the kill)."""
    compared = False
    for key in set(expected.drafts) | set(pending) | set(stored):
        have, promised = stored.get(key), expected.drafts.get(key)
        compared = compared or promised is not None
        figures.draft_keys_compared += 1
        if have != promised and not (key in pending and have == pending[key]):
            figures.drafts_lost += 1
            figures.problems.append(f"kill {figures.kills}: draft {key}: expected "
                                    f"{promised} (or {pending.get(key)}), found {have}")
        expected.drafts[key] = have
    figures.drafts_checked += int(compared)


def _verify(db: Path, records: list[dict[str, Any]], expected: _Expected,
            figures: Figures) -> None:
    """Open the log as the app does and hold it to every promise the worker made."""
    from sqlalchemy import select

    from recovery_desk.services.cases import drafts
    from recovery_desk.services.settings import Settings
    from recovery_desk.services.trust.check import check_log
    from recovery_desk.services.workspace import open_workspace
    from recovery_desk.storage.models import CaseEvent

    pending = _tally(records, expected, figures)
    try:
        ws = open_workspace(str(db), settings=Settings(desk_id=DESK, user=AGENT))
        ws.trust_in_process(AGENT)
    except Exception as exc:  # noqa: BLE001 - any failure to open is exactly what we look for
        figures.check_failures += 1
        figures.problems.append(f"kill {figures.kills}: the log does not open: {exc}")
        return
    try:
        report = check_log(ws.engine)
        if not report.ok:
            figures.check_failures += 1
            figures.problems.append(f"kill {figures.kills}: check failed: "
                                    + "; ".join(report.findings[:5]))
        ev = CaseEvent.__table__
        with ws.engine.connect() as conn:
            in_log = {r.event_id: (r.desk_seq, r.hash) for r in conn.execute(
                select(ev.c.event_id, ev.c.desk_seq, ev.c.hash).where(ev.c.desk_id == DESK))}
        _check_events(in_log, expected, figures)
        stored = {d.key: text_digest(d.text) for d in drafts.load_drafts(ws.engine, DESK)}
        _check_drafts(stored, pending, expected, figures)
    finally:
        ws.close()


def run_harness(kills: int, *, seed: int = 1, workdir: Path | None = None,
                progress: Any = None) -> Figures:
    """Run the worker and kill it ``kills`` times on one database; returns the figures."""
    started = time.monotonic()
    own_dir = workdir is None
    base = Path(tempfile.mkdtemp(prefix="crash-harness-")) if own_dir else workdir
    assert base is not None
    base.mkdir(parents=True, exist_ok=True)
    db = base / "case-log.sqlite3"
    home = base / "home"
    home.mkdir(exist_ok=True)
    env = {**os.environ, "RECOVERY_DESK_HOME": str(home), "PYTHONUNBUFFERED": "1"}
    env.pop("RECOVERY_DESK_DB", None)
    rng = random.Random(seed)
    expected = _Expected()
    figures = Figures()
    try:
        for run in range(kills):
            report, err = base / f"run-{run:04d}.jsonl", base / f"run-{run:04d}.err"
            proc = launch_worker(db, report, seed * 100_000 + run, env, err)
            mode = _kill_at_random(proc, report, rng)
            figures.kills += 1
            figures.kill_modes[mode] = figures.kill_modes.get(mode, 0) + 1
            if proc.returncode != -signal.SIGKILL:
                figures.worker_errors += 1
                tail = err.read_text(encoding="utf-8", errors="replace")[-800:]
                figures.problems.append(f"kill {run + 1}: the worker ended by itself "
                                        f"({proc.returncode}): {tail}")
            _verify(db, read_report(report), expected, figures)
            report.unlink(missing_ok=True)
            if err.exists() and err.stat().st_size == 0:
                err.unlink()
            if progress is not None:
                progress(figures)
    finally:
        figures.seconds = time.monotonic() - started
        if own_dir and figures.ok:
            shutil.rmtree(base, ignore_errors=True)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m recovery_desk.tools.crash_harness",
                                     description="Kill a real workload and prove nothing "
                                                 "committed is lost.")
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, default=None,
                        help="work folder (kept); default: a temporary one, removed if all "
                             "is well")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--report", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cases", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--no-restore", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        from recovery_desk.tools.crash_worker import run_worker

        return run_worker(args.db, args.report, args.seed, args.cases,
                          restore=not args.no_restore)

    def progress(figures: Figures) -> None:
        if figures.kills % 10 == 0:
            print(f"… {figures.kills} kills, {figures.events_committed} events reported, "
                  f"{figures.events_lost} lost", flush=True)

    figures = run_harness(args.kills, seed=args.seed, workdir=args.dir, progress=progress)
    print("\n".join(figures.lines()))
    for problem in figures.problems[:20]:
        print(f"PROBLEM: {problem}")
    print("RESULT: nothing lost" if figures.ok else "RESULT: FAILED")
    return 0 if figures.ok else 1


if __name__ == "__main__":
    sys.exit(main())
