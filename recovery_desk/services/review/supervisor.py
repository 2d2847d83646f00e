"""Supervisor review: coaching notes, training flags, root causes, escalation decisions and
follow-up reassignment, each recorded as events; and the follow-up queue they work from.

Every action checks the signed-in user's permission here (not only in the interface), then
goes through the Desk's own write path (:meth:`CaseService.act`), so review events are
chained, projected, checked and synced like any other. None of them reopens a closed case
or changes a figure: a supervisor may review a case long after it was closed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import Engine, select, tuple_

from recovery_desk.domain import flow
from recovery_desk.domain.case import CaseState
from recovery_desk.domain.events import Change
from recovery_desk.domain.flow import FlowError
from recovery_desk.domain.flow_refusals import NO_CASE
from recovery_desk.domain.playbook import Playbook
from recovery_desk.services.access import permissions
from recovery_desk.services.access.permissions import Permission
from recovery_desk.services.cases.recovery import Build, CaseService, training_desk
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.event_store import new_uuid, utcnow
from recovery_desk.storage.models import Case, Customer

C = Case.__table__.c
CU = Customer.__table__.c

QueueState = Literal["due", "overdue", "done"]
QUEUE_STATES: tuple[str, ...] = ("due", "overdue", "done")


class _ReviewWrites(CaseService):
    """The Desk's write path for review actions, which need no playbook: a case imported
    from another helpdesk, or run on a playbook this desk lacks, can be reviewed too."""

    def playbook_for(self, state: CaseState) -> Playbook:
        try:
            return super().playbook_for(state)
        except FlowError:
            return None  # type: ignore[return-value]  # the review builds never read it


class ReviewService:
    """The supervisor's actions on cases, as the signed-in user (``workspace.user``)."""

    def __init__(self, workspace: Workspace, *, clock: Callable[[], datetime] = utcnow,
                 new_id: Callable[[], str] = new_uuid) -> None:
        self.ws = workspace
        self.clock = clock
        self.new_id = new_id
        self._desk = _ReviewWrites(workspace, clock=clock, new_id=new_id)
        self._desk_strict = CaseService(workspace, clock=clock, new_id=new_id)

    # -- plumbing -------------------------------------------------------------------

    def _cases_for(self, case_id: str, *, strict: bool = False) -> CaseService:
        """The write path for the case: practice runs stay on the desk's training chain,
        so a review of one is never sent by sync with the desk's real cases. ``strict``
        needs the case's playbook (escalation decisions read its limits)."""
        with self.ws.engine.connect() as conn:
            training = conn.execute(select(C.training).where(C.case_id == case_id)).scalar()
        if training is None:
            raise FlowError(NO_CASE(case_id=case_id))
        if training:
            kind = CaseService if strict else _ReviewWrites
            return kind(self.ws, clock=self.clock, new_id=self.new_id,
                        desk_id=training_desk(self.ws.desk_id))
        return self._desk_strict if strict else self._desk

    def _act(self, permission: Permission, action: str, case_id: str,
             build: Callable[[CaseState], list[Change]]) -> CaseState:
        permissions.require(self.ws, permission, action=action, case_id=case_id)
        return self._record(case_id, build)

    def _record(self, case_id: str, build: Callable[[CaseState], list[Change]]) -> CaseState:
        step: Build = lambda _pb, state: build(state)  # noqa: E731
        return self._cases_for(case_id).act(case_id, step, self.ws.user)

    # -- actions ----------------------------------------------------------------------

    def add_coaching_note(self, case_id: str, text: str) -> CaseState:
        return self._act(Permission.ANNOTATE, "add a coaching note", case_id,
                         lambda s: flow.annotate(s, text))

    def flag_for_training(self, case_id: str, reason: str, flagged: bool = True) -> CaseState:
        return self._act(Permission.ANNOTATE, "flag a case for training", case_id,
                         lambda s: flow.flag_for_training(s, reason, flagged))

    def record_root_cause(self, case_id: str, cause: str,
                          corrective_action: str = "") -> CaseState:
        return self._act(Permission.ANNOTATE, "record a root cause", case_id,
                         lambda s: flow.record_root_cause(s, cause, corrective_action))

    def approve_escalation(self, case_id: str) -> CaseState:
        """Approve the offer waiting on the case, within the approver's own limit (the
        case's playbook says what that limit is, so it must be on this desk)."""
        permissions.require(self.ws, Permission.APPROVE_ESCALATION,
                            action="approve an escalated offer", case_id=case_id)
        return self._cases_for(case_id, strict=True).approve(case_id, self.ws.user)

    def decline_escalation(self, case_id: str, reason: str) -> CaseState:
        permissions.require(self.ws, Permission.APPROVE_ESCALATION,
                            action="decline an escalated offer", case_id=case_id)
        return self._cases_for(case_id, strict=True).decline(case_id, self.ws.user, reason)

    def reassign_follow_up(self, case_id: str, to_user: str,
                           due: datetime | None = None) -> CaseState:
        """Give the case's follow-up to another user; ``due`` moves it (None keeps it)."""
        permissions.require(self.ws, Permission.REASSIGN_FOLLOW_UP,
                            action="reassign a follow-up", case_id=case_id)
        users = frozenset(name for name, _role in self.ws.users())
        now = self.clock()
        return self._record(case_id, lambda s: flow.reassign_follow_up(
            s, to_user, users=users, due=due, now=now))


# -- the follow-up queue ----------------------------------------------------------------

@dataclass(frozen=True)
class FollowUpItem:
    """One row of the follow-up queue. ``assignee`` is who makes the call: the user the
    follow-up was reassigned to, else the case's agent."""

    case_id: str
    ref: str
    customer_id: str
    customer_name: str  # permissions.MASK where the viewer may not read it
    category: str
    severity: str
    agent: str
    assignee: str
    reassigned: bool
    status: str
    due: datetime | None
    done_at: datetime | None
    follow_ups_done: int
    csat: int | None
    likelihood: int | None
    overdue: bool
    desk_id: str = ""

    def cursor(self, state: QueueState) -> tuple[datetime, str]:
        """What to pass as ``after`` for the page after this row."""
        at = self.done_at if state == "done" else self.due
        assert at is not None
        return (at, self.case_id)


_QUEUE_COLUMNS = (C.case_id, C.ref, C.customer_id, CU.name.label("customer_name"),
                  CU.erased, C.category, C.severity, C.agent, C.follow_up_assignee, C.status,
                  C.follow_up_due, C.follow_up_done_at, C.follow_ups_done, C.csat,
                  C.likelihood, C.desk_id)


def follow_up_queue(engine: Engine, *, state: QueueState, now: datetime, limit: int = 200,
                    after: tuple[datetime, str] | None = None,
                    viewer: Workspace | None = None) -> list[FollowUpItem]:
    """Follow-ups "overdue" (due before ``now``, most overdue first), "due" (due from
    ``now`` on, soonest first) or "done" (latest call first), ``limit`` at a time.

    Keyset pages: pass the last row's ``cursor(state)`` as ``after``. Waiting follow-ups
    are a range of ``ix_cases_watchlist_due`` (a waiting follow-up is always on the
    watchlist), done ones of ``ix_cases_follow_up_done`` (training first, so leaving out
    practice runs is part of the range), so a page costs the same on a million cases.
    ``viewer``: the customer's name is masked on the cases whose personal data the signed-in
    user may not read (``permissions.can_read_personal``: another desk's finished case).
    """
    if state not in QUEUE_STATES:
        raise ValueError(f"unknown follow-up queue state {state!r}")
    stmt = (select(*_QUEUE_COLUMNS)
            .select_from(Case.__table__.outerjoin(Customer.__table__,
                                                  CU.customer_id == C.customer_id))
            .where(C.training.is_(False)).limit(limit))
    if state == "done":
        stmt = (stmt.where(C.follow_up_done_at.is_not(None))
                .order_by(C.follow_up_done_at.desc(), C.case_id.desc()))
        if after is not None:
            stmt = stmt.where(tuple_(C.follow_up_done_at, C.case_id) < tuple_(*after))
    else:
        stmt = (stmt.where(C.watchlist.is_(True), C.status == "follow_up",
                           C.follow_up_due < now if state == "overdue"
                           else C.follow_up_due >= now)
                .order_by(C.follow_up_due, C.case_id))
        if after is not None:
            stmt = stmt.where(tuple_(C.follow_up_due, C.case_id) > tuple_(*after))
    items = []
    with engine.connect() as conn:
        # unpacking each row is several times cheaper than reading it by column name
        for (case_id, ref, customer_id, name, erased, category, severity, agent, assignee,
             status, due, done_at, done, csat, likelihood, desk_id) in conn.execute(stmt):
            if erased or name is None:
                name = ""
            elif viewer is not None and not permissions.can_read_personal(viewer, desk_id,
                                                                          status):
                name = permissions.MASK
            items.append(FollowUpItem(
                case_id=case_id, ref=ref, customer_id=customer_id,
                customer_name=name, category=category,
                severity=severity, agent=agent, assignee=assignee or agent,
                reassigned=assignee is not None, status=status, due=due, done_at=done_at,
                follow_ups_done=done, csat=csat, likelihood=likelihood,
                overdue=status == "follow_up" and due is not None and due < now,
                desk_id=desk_id))
    return items
