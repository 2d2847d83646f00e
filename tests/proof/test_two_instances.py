"""Two app instances on one SQLite file, at the same time, with the same desk id.

Both extend the *same* hash chain. That is safe because a unit of work takes the write lock
first (BEGIN IMMEDIATE, waiting up to the busy timeout) and reads the chain head only then:
the second writer always links to what the first committed.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.settings import Settings
from recovery_desk.services.trust.check import check_log
from recovery_desk.services.workspace import open_workspace
from recovery_desk.storage.event_store import unit_of_work
from recovery_desk.storage.models import CaseEvent
from recovery_desk.tools.crash_harness import DESK, launch_worker, read_report
from tests.conftest import open_default_case

# two desks and two processes wait on one write lock: a lost wake-up would hang
pytestmark = pytest.mark.timeout(120)

EV = CaseEvent.__table__


def _chain(engine, desk: str) -> list[tuple[str, int]]:  # noqa: ANN001
    with engine.connect() as conn:
        return [(r.event_id, r.desk_seq) for r in conn.execute(
            select(EV.c.event_id, EV.c.desk_seq).where(EV.c.desk_id == desk)
            .order_by(EV.c.desk_seq))]


def test_two_workspaces_share_one_chain(tmp_path: Path) -> None:
    db = str(tmp_path / "shared.sqlite3")
    one = open_workspace(db, settings=Settings(desk_id="DESK-S", user="ann"))
    one.trust_in_process("ann")
    two = open_workspace(db, settings=Settings(desk_id="DESK-S", user="bob"))
    two.trust_in_process("bob")
    try:
        first, second = CaseService(one), CaseService(two)
        a = open_default_case(first)
        b = open_default_case(second)
        assert a.ref != b.ref  # case numbers come from the same head, inside the lock
        for round_ in range(5):
            first.add_note(a.case_id, f"Ann, round {round_}")
            second.add_note(b.case_id, f"Bob, round {round_}")
            # each instance also acts on the case the other one opened
            first.add_note(b.case_id, f"Ann helps Bob, round {round_}")
            second.add_note(a.case_id, f"Bob helps Ann, round {round_}")
        assert first.get(a.case_id).notes == 10
        assert _note_texts(one.engine, b.case_id)[-2:] == ["Bob, round 4",
                                                           "Ann helps Bob, round 4"]
        chain = _chain(one.engine, "DESK-S")
        assert [seq for _, seq in chain] == list(range(1, len(chain) + 1))
        report = check_log(two.engine)
        assert report.ok, report.findings
    finally:
        one.close()
        two.close()


def test_a_writer_waits_for_the_other_and_links_to_its_events(tmp_path: Path) -> None:
    """B starts while A holds the write lock: B waits, then chains onto A's events."""
    db = str(tmp_path / "shared.sqlite3")
    one = open_workspace(db, settings=Settings(desk_id="DESK-S", user="ann"))
    one.trust_in_process("ann")
    two = open_workspace(db, settings=Settings(desk_id="DESK-S", user="bob"))
    two.trust_in_process("bob")
    try:
        first, second = CaseService(one), CaseService(two)
        case = open_default_case(first)
        holding, done = threading.Event(), threading.Event()
        errors: list[BaseException] = []

        def slow_writer() -> None:
            try:
                with unit_of_work(one.engine, "DESK-S") as uow:
                    state = uow.load(case.case_id)
                    from recovery_desk.domain import flow

                    uow.record(state, flow.add_note(state, "A, slowly"), "ann")
                    holding.set()
                    time.sleep(0.6)
            except BaseException as exc:  # noqa: BLE001 - reported to the test below
                errors.append(exc)
            finally:
                holding.set()
                done.set()

        thread = threading.Thread(target=slow_writer)
        thread.start()
        assert holding.wait(10)
        started = time.monotonic()
        second.add_note(case.case_id, "B, right after")
        waited = time.monotonic() - started
        thread.join(10)
        assert done.is_set() and not errors, errors
        assert waited > 0.3  # B really waited for A's lock instead of racing it
        assert _note_texts(one.engine, case.case_id)[-2:] == ["A, slowly", "B, right after"]
        report = check_log(one.engine)
        assert report.ok, report.findings
    finally:
        one.close()
        two.close()


def _note_texts(engine, case_id: str) -> list[str]:  # noqa: ANN001
    """The case's notes in chain order (the order the two writers really committed)."""
    with engine.connect() as conn:
        return [r.payload["text"] for r in conn.execute(
            select(EV.c.payload).where(EV.c.case_id == case_id, EV.c.kind == "note_added")
            .order_by(EV.c.desk_seq))]


def test_two_processes_on_one_file_lose_nothing(tmp_path: Path, isolated_home: Path) -> None:
    db = tmp_path / "shared.sqlite3"
    open_workspace(str(db), settings=Settings(desk_id=DESK, user="crash-agent")).close()
    env = {**os.environ, "RECOVERY_DESK_HOME": str(isolated_home)}
    procs = []
    for n in (1, 2):
        # both at once: neither finishes the other's live drafts (drafts are per desk)
        procs.append((launch_worker(db, tmp_path / f"r{n}.jsonl", 900 + n, env,
                                    tmp_path / f"r{n}.err", cases=3, restore=False), n))
    for proc, n in procs:
        assert proc.wait(timeout=240) == 0, (tmp_path / f"r{n}.err").read_text()

    promised: dict[str, int] = {}
    for n in (1, 2):
        records = read_report(tmp_path / f"r{n}.jsonl")
        assert records[-1] == {"k": "done", "cases": 3}
        for record in records:
            if record["k"] == "ev":
                promised.update({event_id: seq for event_id, seq, _ in record["ids"]})
    ws = open_workspace(str(db), settings=Settings(desk_id=DESK, user="crash-agent"))
    ws.trust_in_process("crash-agent")
    try:
        chain = dict(_chain(ws.engine, DESK))
        assert promised and all(chain.get(eid) == seq for eid, seq in promised.items())
        assert len(chain) == len(promised)  # every event was reported by one of the two
        assert sorted(chain.values()) == list(range(1, len(chain) + 1))
        report = check_log(ws.engine)
        assert report.ok, report.findings
        assert report.cases == 6
    finally:
        ws.close()


def test_two_processes_start_on_a_new_file_at_once(tmp_path: Path, isolated_home: Path) -> None:
    """Both find no schema and migrate at the same moment: one does it, the other goes on."""
    db = tmp_path / "fresh.sqlite3"
    env = {**os.environ, "RECOVERY_DESK_HOME": str(isolated_home)}
    procs = [(launch_worker(db, tmp_path / f"s{n}.jsonl", 700 + n, env,
                            tmp_path / f"s{n}.err", cases=1, restore=False), n) for n in (1, 2)]
    for proc, n in procs:
        assert proc.wait(timeout=240) == 0, (tmp_path / f"s{n}.err").read_text()
    ws = open_workspace(str(db), settings=Settings(desk_id=DESK, user="crash-agent"))
    ws.trust_in_process("crash-agent")
    try:
        report = check_log(ws.engine)
        assert report.ok, report.findings
        assert report.cases == 2
    finally:
        ws.close()
