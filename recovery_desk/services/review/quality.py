"""Quality checks on live cases: sampling into a review queue, rubric scores, scores per
agent over time, calibration between reviewers, and each agent's feedback list.

Everything written is an event on the case (``domain/quality.py``) through the Desk's own
write path, so the hash chain vouches for it and sync carries it; nothing lives in a table
of its own. Sampling and scoring need ``Permission.QUALITY_REVIEW`` (supervisors and
administrators), checked here; only the case's agent acknowledges its feedback.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, func, or_, select, text

from recovery_desk.domain import events as ev
from recovery_desk.domain import quality
from recovery_desk.domain.flow import FlowError
from recovery_desk.domain.flow_refusals import NO_SUCH_FEEDBACK, UNKNOWN_SAMPLE_RULE
from recovery_desk.services.access import permissions
from recovery_desk.services.access.permissions import Permission
from recovery_desk.services.review.supervisor import ReviewService
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.event_store import new_uuid, utcnow
from recovery_desk.storage.models import REVIEW_KINDS, REVIEW_ONLY, Case, CaseEvent

C = Case.__table__.c
E = CaseEvent.__table__.c

#: a stage finished faster than this is "very short" (a 2 s listen is no listening)
SHORT_STAGE_MS = 10_000
LOW_CSAT = 2  # CSAT of this or less is low (the scale is 1–5)
_STAGE_COLUMNS = tuple(c for c in Case.__table__.c if c.name.startswith("stage_ms_"))


def _rule_condition(rule: str) -> Any:
    if rule == "low_csat":
        return C.csat <= LOW_CSAT
    if rule == "escalated":
        return C.escalated.is_(True)
    if rule == "short_stages":
        return or_(*(column < SHORT_STAGE_MS for column in _STAGE_COLUMNS))
    if rule == "watchlist":
        return C.watchlist.is_(True)
    return None


class QualityService(ReviewService):
    """The quality reviewer's actions, and the agent's acknowledgement, as the signed-in
    user (``workspace.user``)."""

    def __init__(self, workspace: Workspace, *, clock: Callable[[], datetime] = utcnow,
                 new_id: Callable[[], str] = new_uuid,
                 rng: random.Random | None = None) -> None:
        super().__init__(workspace, clock=clock, new_id=new_id)
        self.rng = rng or random.Random()

    def candidates(self, rule: str, *, since: datetime | None = None,
                   limit: int | None = None) -> list[str]:
        """Finished live cases that match ``rule`` and are not in the queue yet: all of
        them oldest first, or ``limit`` drawn at random by the database (a million cases
        are not read into memory to sample five)."""
        if rule not in quality.SAMPLE_RULES:
            raise FlowError(UNKNOWN_SAMPLE_RULE(rule=rule))
        stmt = select(C.case_id).where(C.training.is_(False), C.closed_at.is_not(None))
        condition = _rule_condition(rule)
        if condition is not None:
            stmt = stmt.where(condition)
        if since is not None:
            stmt = stmt.where(C.closed_at >= since)
        stmt = (stmt.order_by(C.closed_at, C.case_id) if limit is None
                else stmt.order_by(func.random()).limit(limit))
        with self.ws.engine.connect() as conn:
            found = list(conn.execute(stmt).scalars())
            # each case's own events (an index range), not a scan of every event's kind
            return [case_id for case_id in found if conn.execute(
                select(E.seq).where(E.case_id == case_id, E.kind == ev.QUALITY_SAMPLED)
                .limit(1)).first() is None]

    def sample(self, rule: str, count: int, *, since: datetime | None = None) -> list[str]:
        """Put up to ``count`` finished cases into the review queue, drawn at random among
        those the rule picks (every finished case for "random")."""
        permissions.require(self.ws, Permission.QUALITY_REVIEW,
                            action="sample cases for a quality review")
        count = max(count, 0)
        pool = self.candidates(rule, since=since, limit=count * 4 + 50)
        chosen = self.rng.sample(pool, min(count, len(pool)))
        for case_id in chosen:
            self._record(case_id, lambda s: quality.sample(s, rule))
        return chosen

    def score(self, case_id: str, *, rubric: dict[str, bool], score: int,
              comments: str = "") -> None:
        reviewer = self.ws.user
        self._act(Permission.QUALITY_REVIEW, "score a case for quality", case_id,
                  lambda s: quality.review(s, rubric=rubric, score=score, comments=comments,
                                           reviewer=reviewer))

    def acknowledge(self, event_id: str) -> None:
        """The signed-in agent acknowledges a coaching note or review on their own case."""
        with self.ws.engine.connect() as conn:
            row = conn.execute(select(E.case_id, E.kind).where(E.event_id == event_id)).first()
        if row is None:
            raise FlowError(NO_SUCH_FEEDBACK())
        user = self.ws.user
        permissions.require(self.ws, Permission.RUN_CASES, action="acknowledge feedback",
                            case_id=row.case_id)
        self._record(row.case_id, lambda s: quality.acknowledge(
            s, user=user, event_id=event_id, kind=row.kind))


# -- reading ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class QueueItem:
    case_id: str
    ref: str
    agent: str
    rule: str
    sampled_at: datetime
    reviewers: tuple[str, ...]


@dataclass(frozen=True)
class Review:
    event_id: str
    case_id: str
    ref: str
    agent: str
    reviewer: str
    at: datetime
    score: int
    rubric: dict[str, bool]
    comments: str


def review_events(kinds: tuple[str, ...], *, agent: str | None = None) -> Any:
    """Review events of ``kinds`` with their case's reference and agent, oldest first:
    read from ``ix_case_events_review`` (``REVIEW_ONLY`` stated as the index states it, so
    SQLite may use that partial index), each case then found by its id, its agent checked
    on the row (no index leads with the agent, so the agent's cases never drive)."""
    assert set(kinds) <= set(REVIEW_KINDS), kinds
    stmt = (select(E.event_id, E.case_id, E.kind, E.at, E.actor, E.payload, C.ref, C.agent,
                   C.training)
            .join(Case.__table__, C.case_id == E.case_id)
            .where(text(REVIEW_ONLY), E.kind.in_(kinds))
            .order_by(E.at, E.desk_id, E.desk_seq))
    if agent is not None:
        stmt = stmt.where(C.agent == agent)
    return stmt


def _events(engine: Engine, kinds: tuple[str, ...], *, agent: str | None = None) -> list[Any]:
    stmt = review_events(kinds, agent=agent)
    with engine.connect() as conn:
        return list(conn.execute(stmt))


def reviews(engine: Engine) -> list[Review]:
    """Every quality review, oldest first."""
    return [Review(event_id=r.event_id, case_id=r.case_id, ref=r.ref,
                   agent=r.payload.get("agent") or r.agent, reviewer=r.actor, at=r.at,
                   score=int(r.payload["score"]), rubric=dict(r.payload.get("rubric", {})),
                   comments=r.payload.get("comments", ""))
            for r in _events(engine, (ev.QUALITY_REVIEWED,))]


def review_queue(engine: Engine, reviewer: str) -> list[QueueItem]:
    """Sampled cases ``reviewer`` has not scored yet, oldest sample first; each says who
    scored it already (a second reviewer's score is a calibration)."""
    by_case: dict[str, list[str]] = {}
    for item in reviews(engine):
        by_case.setdefault(item.case_id, []).append(item.reviewer)
    items: dict[str, QueueItem] = {}
    for row in _events(engine, (ev.QUALITY_SAMPLED,)):
        done = tuple(by_case.get(row.case_id, ()))
        if reviewer in done or row.case_id in items:
            continue
        items[row.case_id] = QueueItem(case_id=row.case_id, ref=row.ref, agent=row.agent,
                                       rule=row.payload.get("rule", ""), sampled_at=row.at,
                                       reviewers=done)
    return list(items.values())


def scores_by_agent(engine: Engine) -> dict[str, list[Review]]:
    """Each agent's quality reviews over time (oldest first)."""
    out: dict[str, list[Review]] = {}
    for item in reviews(engine):
        out.setdefault(item.agent, []).append(item)
    return out


@dataclass(frozen=True)
class Calibration:
    """Two or more reviewers' latest scores of one case, and how far apart they are."""

    case_id: str
    ref: str
    agent: str
    scores: dict[str, int]
    difference: int
    criteria_apart: tuple[str, ...]  # rubric items the reviewers judged differently


def calibration(engine: Engine) -> list[Calibration]:
    latest: dict[str, dict[str, Review]] = {}
    for item in reviews(engine):
        latest.setdefault(item.case_id, {})[item.reviewer] = item
    out = []
    for case_id, by_reviewer in latest.items():
        if len(by_reviewer) < 2:
            continue
        scores = {name: r.score for name, r in sorted(by_reviewer.items())}
        first = next(iter(by_reviewer.values()))
        apart = tuple(item for item in first.rubric
                      if len({r.rubric.get(item) for r in by_reviewer.values()}) > 1)
        out.append(Calibration(case_id=case_id, ref=first.ref, agent=first.agent,
                               scores=scores, difference=max(scores.values())
                               - min(scores.values()), criteria_apart=apart))
    return out


@dataclass(frozen=True)
class FeedbackItem:
    """A coaching note, quality review or practice review on one of the agent's cases."""

    event_id: str
    case_id: str
    ref: str
    kind: str
    at: datetime
    author: str
    text: str
    score: int | None
    rubric: dict[str, bool] = field(default_factory=dict)
    acknowledged: bool = False
    training: bool = False


def feedback_for(engine: Engine, agent: str) -> list[FeedbackItem]:
    """The agent's feedback, newest first; never another agent's (the case's agent)."""
    rows = _events(engine, quality.FEEDBACK_KINDS + (ev.FEEDBACK_ACKNOWLEDGED,), agent=agent)
    seen = {r.payload.get("event_id") for r in rows
            if r.kind == ev.FEEDBACK_ACKNOWLEDGED and r.actor == agent}
    items = []
    for r in rows:
        p = r.payload
        if r.kind == ev.FEEDBACK_ACKNOWLEDGED or (r.kind == ev.ANNOTATED
                                                  and p.get("note") != "coaching"):
            continue
        text = p.get("text", "") if r.kind == ev.ANNOTATED else p.get("comments", "")
        items.append(FeedbackItem(
            event_id=r.event_id, case_id=r.case_id, ref=r.ref, kind=r.kind, at=r.at,
            author=r.actor, text=text, score=p.get("score"), rubric=dict(p.get("rubric", {})),
            acknowledged=r.event_id in seen, training=bool(r.training)))
    return items[::-1]


def unacknowledged(engine: Engine, agent: str) -> int:
    """The badge on the Desk's feedback button."""
    return sum(not item.acknowledged for item in feedback_for(engine, agent))
