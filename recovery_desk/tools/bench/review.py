"""Quality checks' reads on a real case log, each beside a raw baseline: the review queue,
scores per agent, calibration, and the feedback list of the agent with most cases
(``services/review/quality.py``).

They read the few review events (``models.REVIEW_KINDS``) with their cases. The baseline
is the same SQL on the bare driver: the events of those kinds joined to their cases, in
the same order, no Python objects. A read slower than ``SLOW_MS`` (a scan of every event,
before schema 0016) is timed once instead of warmed up and repeated.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from recovery_desk.domain import events as ev
from recovery_desk.domain import quality as rules
from recovery_desk.services.review import quality
from recovery_desk.storage.models import REVIEW_KINDS, REVIEW_ONLY

SLOW_MS = 1000.0


def ms(fn: Callable[[], Any], repeat: int = 5) -> float:
    """Median of ``repeat`` calls after a warm-up; the first call alone if it is slow."""
    start = time.perf_counter()
    fn()
    first = (time.perf_counter() - start) * 1000
    if first > SLOW_MS:
        return first
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def raw_events(raw: Any, kinds: tuple[str, ...], agent: str | None = None) -> list[Any]:
    """The baseline: review events of ``kinds`` with their case, oldest first."""
    marks = ", ".join("?" * len(kinds))
    mine = " AND c.agent = ?" if agent is not None else ""
    found: list[Any] = raw.execute(
        "SELECT e.event_id, e.case_id, e.kind, e.at, e.actor, e.payload, c.ref, c.agent, "
        "c.training FROM case_events e JOIN cases c ON c.case_id = e.case_id "
        f"WHERE e.{REVIEW_ONLY} AND e.kind IN ({marks}){mine} "
        "ORDER BY e.at, e.desk_id, e.desk_seq",
        (*kinds, *([agent] if agent is not None else []))).fetchall()
    return found


def run(engine: Any, raw: Any, figures: dict[str, Any]) -> None:
    """Add ``review_…`` figures (ours) and ``raw_review_…`` (the baseline) to ``figures``."""
    top = raw.execute("SELECT agent FROM cases INDEXED BY ix_cases_kpi WHERE training = 0 "
                      "GROUP BY agent ORDER BY count(*) DESC LIMIT 1").fetchone()
    agent = top[0] if top else ""
    feedback = (*rules.FEEDBACK_KINDS, ev.FEEDBACK_ACKNOWLEDGED)
    reviewed, sampled = (ev.QUALITY_REVIEWED,), (ev.QUALITY_SAMPLED,)
    figures["review_feedback_agent"] = agent
    figures["review_feedback_agent_cases"] = raw.execute(
        "SELECT count(*) FROM cases INDEXED BY ix_cases_kpi WHERE training = 0 "
        "AND agent = ?", (agent,)).fetchone()[0]
    kinds = dict(raw.execute(f"SELECT kind, count(*) FROM case_events WHERE {REVIEW_ONLY} "
                             "GROUP BY kind").fetchall())
    figures["review_events_in_log"] = {kind: kinds.get(kind, 0) for kind in REVIEW_KINDS}
    timed: dict[str, tuple[Callable[[], Any], Callable[[], Any]]] = {
        "queue": (partial(quality.review_queue, engine, "Bench Reviewer"),
                  lambda: (raw_events(raw, reviewed), raw_events(raw, sampled))),
        "scores_by_agent": (partial(quality.scores_by_agent, engine),
                            partial(raw_events, raw, reviewed)),
        "calibration": (partial(quality.calibration, engine),
                        partial(raw_events, raw, reviewed)),
        "feedback": (partial(quality.feedback_for, engine, agent),
                     partial(raw_events, raw, feedback, agent)),
    }
    for name, (ours, base) in timed.items():
        figures[f"review_{name}_ms"] = round(ms(ours), 2)
        figures[f"raw_review_{name}_ms"] = round(ms(base), 2)
