"""How long F10's promise reminders take to read on a big log, before and after 0015; not a
test: run it explicitly on a demo log of your own (never on a log you keep):

    .venv/bin/recovery-desk --db /tmp/big.sqlite3 demo-data --cases 100000 --seed 11 \\
        --desk DESK-BIG --until 2026-12-03T12:00
    .venv/bin/python tests/services/measure_promises.py /tmp/big.sqlite3 2026-12-03T12:00 \\
        [--migrate]

"before" is the candidate set of the code before 0015 (every case with a deadline up to the
horizon, kept promises too, each replayed); "after" is ``commitments_due`` as it is. With
``--migrate`` the log is taken back to 0014 and upgraded again, timing the migration and
checking that it fills ``promise_due`` as the live writer did.
"""

from __future__ import annotations

import sys
import time
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, func, select

from recovery_desk.services.cases import commitments as cm
from recovery_desk.services.cases.worklists import URGENCY_ORDER, end_of_today
from recovery_desk.storage import migrate
from recovery_desk.storage.engine import make_engine, resolve_target
from recovery_desk.storage.models import Case, CaseEvent, Customer
from recovery_desk.storage.rows import REPLAY_ORDER

C, CU, E = Case.__table__.c, Customer.__table__.c, CaseEvent.__table__.c


def before(engine: Engine, now: datetime, days_ahead: int = 7) -> tuple[int, list[Any]]:
    """The reading as it was: candidates by the earliest deadline, kept promises included
    (every row; the list then showed the first 500)."""
    until = (end_of_today(now) + timedelta(days=days_ahead)).date().isoformat()
    stmt = (select(C.case_id, C.ref, C.channel, C.agent, C.follow_up_assignee, C.playbook,
                   C.accepted, CU.name, CU.phone, CU.email, CU.erased)
            .join(Customer, Customer.customer_id == Case.customer_id, isouter=True)
            .where(C.deadline.is_not(None), C.deadline <= until, C.training.is_(False),
                   C.status != "withdrawn"))
    rows: list[Any] = []
    with engine.connect() as conn:
        cases = {raw.case_id: raw for raw in conn.execute(stmt)}
        ids = list(cases)
        for start in range(0, len(ids), 400):
            chunk = ids[start:start + 400]
            found = conn.execute(select(CaseEvent.__table__).where(
                E.case_id.in_(chunk), E.kind.in_(cm._KINDS)).order_by(E.case_id, *REPLAY_ORDER))
            for case_id, state in cm._states(found).items():
                rows += cm._rows(cases[case_id], state, now, until)
    rows.sort(key=lambda r: (URGENCY_ORDER[r.urgency], r.due_at))
    return len(cases), rows


def timed(label: str, run: Any) -> Any:
    best, result = float("inf"), None
    for _ in range(3):
        start = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - start)
    print(f"{label}: best of 3 {best * 1000:.0f} ms")
    return result


def main() -> None:
    engine = make_engine(resolve_target(sys.argv[1]))
    now = datetime.fromisoformat(sys.argv[2]).astimezone()
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(Case)).scalar_one()
        open_ = conn.execute(select(func.count()).where(C.promise_due.is_not(None))).scalar_one()
    print(f"{total} cases, {open_} with a promise still open")
    candidates, old = timed("before (every case with a deadline)", lambda: before(engine, now))
    new = timed("after (cases.promise_due, indexed)",
                lambda: cm.commitments_due(engine, now, limit=10**9))
    with engine.connect() as conn:
        until = (end_of_today(now) + timedelta(days=7)).date().isoformat()
        read = conn.execute(select(func.count()).where(
            C.promise_due <= until, C.training.is_(False))).scalar_one()
    same = {r.key: r for r in old} == {r.key: r for r in new}
    print(f"before read {candidates} candidate cases, after {read}; both give {len(new)} "
          f"open promises: {'the same' if same else 'DIFFERENT'}")
    if "--migrate" in sys.argv:
        with engine.connect() as conn:
            want = dict(conn.execute(select(C.case_id, C.promise_due)).all())
        migrate.downgrade(engine, "0014")
        start = time.perf_counter()
        migrate.upgrade(engine)
        print(f"migration 0015 on {total} cases: {time.perf_counter() - start:.1f} s")
        with engine.connect() as conn:
            got = dict(conn.execute(select(C.case_id, C.promise_due)).all())
        print("promise_due after the migration:",
              "as the live writer projected" if got == want else "DIFFERENT")


if __name__ == "__main__":
    main()
