"""The crash harness's worker: a desk doing real recoveries, reporting each commit after it
returned (see :mod:`recovery_desk.tools.crash_harness` for the whole proof).

It is its own module so that the harness process, which only launches and kills workers,
never imports the product's services; the worker imports them at start, where a kill during
the imports is one of the moments the harness aims at.
"""

from __future__ import annotations

import json
import os
import random
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from recovery_desk.domain.flow import FlowError
from recovery_desk.services.cases import drafts
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.demo.generator import DemoGenerator
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import open_workspace
from recovery_desk.storage.models import CaseEvent
from recovery_desk.tools.crash_common import AGENT, DESK, text_digest

EVENTS = CaseEvent.__table__


class Reporter:
    """Append-only JSON lines, each flushed and fsync'd before the worker goes on."""

    def __init__(self, path: Path) -> None:
        self._file = path.open("a", encoding="utf-8")

    def send(self, **record: Any) -> None:
        self._file.write(json.dumps(record, separators=(",", ":")) + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())


class Typist:
    """An agent's rhythm and autosave: bursts of writes, short thinks, text saved as it grows
    the way the Desk saves every second, each save reported once it returned."""

    def __init__(self, engine: Engine, reporter: Reporter, rng: random.Random) -> None:
        self.engine, self.reporter, self.rng = engine, reporter, rng

    def pause(self) -> None:
        roll = self.rng.random()
        if roll < 0.3:
            time.sleep(self.rng.uniform(0, 0.005))
        elif roll < 0.4:
            time.sleep(self.rng.uniform(0.01, 0.06))

    def save_draft(self, key: str, case_id: str | None, text: str) -> None:
        digest = text_digest(text)
        self.reporter.send(k="draft-try", key=key, sha=digest)
        drafts.save_drafts(self.engine, DESK, AGENT, {key: (case_id, text)})
        self.reporter.send(k="draft", key=key, sha=digest)

    def type_draft(self, key: str, case_id: str | None, text: str) -> None:
        length = len(text)
        cuts = sorted(self.rng.sample(range(1, max(2, length)), k=min(3, max(1, length - 1))))
        for cut in [*cuts, length]:
            self.save_draft(key, case_id, text[:cut])
            self.pause()


class ReportingService(CaseService):
    """The real service; after each action returns, report the events it committed."""

    typist: Typist
    generated: list[str]

    def _report(self, case_id: str, before: int, after: int, start: int) -> None:
        with self.ws.engine.connect() as conn:
            rows = conn.execute(select(EVENTS.c.event_id, EVENTS.c.desk_seq, EVENTS.c.hash)
                                .where(EVENTS.c.case_id == case_id, EVENTS.c.seq > before,
                                       EVENTS.c.seq <= after).order_by(EVENTS.c.seq)).all()
        mine = set(self.generated[start:])
        if len(rows) != after - before or any(r.event_id not in mine for r in rows):
            raise SystemExit(f"case {case_id}: committed events do not match the call "
                             f"(seq {before}..{after}, {len(rows)} rows)")
        if rows:
            self.typist.reporter.send(k="ev", ids=[[r.event_id, r.desk_seq, r.hash]
                                                   for r in rows])

    def _last_seq(self, case_id: str) -> int:
        known = self._recent.get(case_id)
        if known is not None:
            return known.last_seq
        with self.ws.engine.connect() as conn:
            return int(conn.execute(select(func.coalesce(func.max(EVENTS.c.seq), 0))
                                    .where(EVENTS.c.case_id == case_id)).scalar_one())

    def _act(self, case_id: str, build: Any, actor: str | None = None) -> Any:
        self.typist.pause()
        before, start = self._last_seq(case_id), len(self.generated)
        state = super()._act(case_id, build, actor)
        self._report(case_id, before, state.last_seq, start)
        return state

    def open_case(self, **kwargs: Any) -> Any:
        key = f"{DESK}:form:words"
        self.typist.type_draft(key, None, kwargs.get("words") or "")
        self.typist.pause()
        start = len(self.generated)
        state = super().open_case(**kwargs)
        self._report(state.case_id, 0, state.last_seq, start)
        self.typist.save_draft(key, None, "")  # the form is reset: its draft goes
        return state

    def add_note(self, case_id: str, text: str) -> Any:
        key = f"{DESK}:case:{case_id}:note"
        self.typist.type_draft(key, case_id, text)
        state = super().add_note(case_id, text)
        self.typist.save_draft(key, case_id, "")  # the note box is cleared: its draft goes
        return state


def _restore_drafts(service: ReportingService, engine: Engine, reporter: Reporter) -> None:
    """What the Desk does on start after a crash: bring the typed text back, then finish it."""
    for draft in drafts.load_drafts(engine, DESK):
        reporter.send(k="restored", key=draft.key, sha=text_digest(draft.text))
        if draft.case_id:
            try:
                CaseService.add_note(service, draft.case_id, draft.text)
            except FlowError:
                pass
        service.typist.save_draft(draft.key, draft.case_id, "")


def run_worker(db: Path, report_path: Path, seed: int, cases: int | None = None,
               restore: bool = True) -> int:
    """Run recoveries until killed (or until ``cases`` are done, then exit 0).

    ``restore``: finish the desk's drafts first, as the Desk does after a crash. Drafts are
    kept per desk, so two instances running at once must not restore each other's live text.
    """
    reporter = Reporter(report_path)
    rng = random.Random(seed)
    ws = open_workspace(str(db), settings=Settings(desk_id=DESK, user=AGENT))
    ws.trust_in_process(AGENT)  # the harness holds the file: no sign-in
    # as the window: commits at synchronous=NORMAL, checkpoints and fsyncs on a thread
    from recovery_desk.services.startup import start_checkpoints

    start_checkpoints(ws)
    engine = ws.engine
    anchor = datetime.now(UTC) + timedelta(days=20)
    gen = DemoGenerator(ws, seed=seed, anchor=anchor)
    gen.clock.now = anchor - timedelta(days=3)
    generated: list[str] = []

    def new_id() -> str:
        """Every event id the service makes, so a report can tell its own events."""
        generated.append(str(uuid.uuid4()))
        return generated[-1]

    service = ReportingService(ws, clock=gen.clock, new_id=new_id, synthetic=True)
    service.typist, service.generated = Typist(engine, reporter, rng), generated
    gen.service = service
    gen.ensure_staff()
    ws.ensure_user("crash-supervisor", "supervisor")
    if restore:
        _restore_drafts(service, engine, reporter)
    reporter.send(k="ready")

    done = 0
    while cases is None or done < cases:
        done += 1
        gen.clock.now = anchor - timedelta(days=3, minutes=rng.uniform(0, 600))
        gen.run_case()
        for case_id in gen.pending_follow_ups:
            gen._follow_up(case_id)
        gen.pending_follow_ups.clear()
    reporter.send(k="done", cases=done)
    ws.close()
    return 0
