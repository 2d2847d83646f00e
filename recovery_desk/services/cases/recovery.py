"""Running recoveries: every agent action becomes events through the flow engine.

The GUI calls one method per action (one transaction each). Demo data and imports wrap many
actions in ``batch()``, which reuses one unit of work — the same code path, fewer commits.
"""

from __future__ import annotations

import copy
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from recovery_desk.domain import flow, promises
from recovery_desk.domain.case import CaseState
from recovery_desk.domain.clocks.pack import ClockPack
from recovery_desk.domain.commitments import OfferItem
from recovery_desk.domain.events import Change
from recovery_desk.domain.flow import FlowError, NewCase
from recovery_desk.domain.flow_refusals import NO_CASE, PLAYBOOK_UNAVAILABLE
from recovery_desk.domain.playbook import Playbook
from recovery_desk.domain.satisfaction import Answers
from recovery_desk.services.regulated.clocks import clocks_started
from recovery_desk.services.regulated.packs import current_pack
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.event_store import UnitOfWork, new_uuid, unit_of_work, utcnow

Build = Callable[[Playbook, CaseState], list[Change]]


class CaseService:
    def __init__(self, workspace: Workspace, *, clock: Callable[[], datetime] = utcnow,
                 new_id: Callable[[], str] = new_uuid, desk_id: str | None = None,
                 synthetic: bool = False) -> None:
        """``desk_id`` overrides the workstation's desk: practice runs are recorded under
        ``<desk>-TRAINING``, a chain of their own that sync leaves out unless asked.
        ``synthetic``: the people named are made up (demo data, benchmarks), so a
        supervisor approving at the desk is not asked to prove who they are."""
        self.ws = workspace
        self.synthetic = synthetic
        self._desk_id = desk_id
        self.clock = clock
        self.new_id = new_id
        self._batch: UnitOfWork | None = None
        self._actor: str | None = None
        self._recent: OrderedDict[str, CaseState] = OrderedDict()  # states after each action
        #: the pack new cases start under, looked up once per batch (``current_pack``)
        self._batch_pack: tuple[ClockPack | None] | None = None

    # -- plumbing -------------------------------------------------------------------

    @contextmanager
    def _unit(self) -> Iterator[UnitOfWork]:
        if self._batch is not None:
            yield self._batch
            return
        with unit_of_work(self.ws.engine, self.desk_id, clock=self.clock,
                          new_id=self.new_id) as uow:
            yield uow

    @property
    def desk_id(self) -> str:
        return self._desk_id or self.ws.desk_id

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Run many actions in one transaction (all land or none)."""
        with unit_of_work(self.ws.engine, self.desk_id, clock=self.clock,
                          new_id=self.new_id) as uow:
            self._batch = uow
            try:
                yield
            finally:
                self._batch, self._batch_pack = None, None

    def current_pack(self) -> ClockPack | None:
        """The pack new cases start under. A batch holds the log's write lock, so no pack
        can be chosen while it runs: it asks the log once (demo data opens thousands)."""
        if self._batch is None:
            return current_pack(self.ws)
        if self._batch_pack is None:
            self._batch_pack = (current_pack(self.ws),)
        return self._batch_pack[0]

    @contextmanager
    def acting_as(self, user: str) -> Iterator[None]:
        """Attribute the actions inside to ``user`` (demo data, a colleague at the desk)."""
        previous, self._actor = self._actor, user
        try:
            yield
        finally:
            self._actor = previous

    @property
    def actor(self) -> str:
        return self._actor or self.ws.user

    def playbook_for(self, state: CaseState) -> Playbook:
        try:
            return self.ws.playbooks.get(state.playbook)
        except KeyError:
            raise FlowError(PLAYBOOK_UNAVAILABLE(playbook=state.playbook)) from None

    def _act(self, case_id: str, build: Build, actor: str | None = None) -> CaseState:
        known = self._recent.pop(case_id, None)
        with self._unit() as uow:
            try:
                state = uow.load(case_id, copy.deepcopy(known) if known else None)
            except KeyError:
                raise FlowError(NO_CASE(case_id=case_id)) from None
            changes = build(self.playbook_for(state), state)
            uow.record(state, changes, actor or self.actor)
        if self._batch is None:
            self._remember(state)
        return state

    def act(self, case_id: str, build: Build, actor: str | None = None) -> CaseState:
        """Record what ``build`` decides, as one action: for other services that add
        events to cases (supervisor review), so every write goes through one path."""
        return self._act(case_id, build, actor)

    def _remember(self, state: CaseState) -> None:
        """Keep a private copy, so the next action on the case need not replay it."""
        self._recent[state.case_id] = copy.deepcopy(state)
        while len(self._recent) > 64:
            self._recent.popitem(last=False)

    # -- reading ----------------------------------------------------------------------

    def get(self, case_id: str) -> CaseState:
        from recovery_desk.domain.case import replay
        from recovery_desk.storage.event_store import case_events

        with self.ws.engine.connect() as conn:
            events = case_events(conn, case_id)
        if not events:
            raise FlowError(NO_CASE(case_id=case_id))
        return replay(case_id, events)

    # -- actions ----------------------------------------------------------------------

    def open_case(self, *, customer: dict[str, Any], channel: str, category: str,
                  severity: str, words: str, remedy: str = "", playbook_id: str | None = None,
                  mode: str | None = None, language: str | None = None, training: bool = False,
                  actor: str | None = None, agent: str | None = None) -> CaseState:
        """Open a case; ``agent`` is whom it is credited to when that is not the one
        recording it (a trainer opens a practice run for a trainee)."""
        playbook = (self.ws.playbooks.get(playbook_id) if playbook_id
                    else self.ws.playbooks.default)
        customer = dict(customer)
        if not customer.get("id"):
            customer["id"] = self.new_id()
        actor = actor or self.actor
        agent = agent or actor
        pack = None if training else self.current_pack()
        with self._unit() as uow:
            new = NewCase(ref=uow.next_ref(), customer=customer, channel=channel,
                          category=category, severity=severity, words=words, remedy=remedy,
                          mode=mode or self.ws.settings.mode,
                          language=language or self.ws.settings.language, training=training)
            changes = list(flow.open_case(playbook, new, agent))
            received = uow.clock()
            if pack is not None:  # the regulator's clocks start at receipt
                changes.append(clocks_started(pack, received))
            state = uow.new_case()
            uow.record(state, changes, actor, at=received)
        if self._batch is None:
            self._remember(state)
        return state

    def set_checklist(self, case_id: str, item: str, done: bool = True) -> CaseState:
        return self._act(case_id, lambda pb, s: flow.set_checklist(pb, s, item, done))

    def capture(self, case_id: str, field_id: str, value: str) -> CaseState:
        return self._act(case_id, lambda pb, s: flow.capture_field(pb, s, field_id, value))

    def add_note(self, case_id: str, text: str) -> CaseState:
        return self._act(case_id, lambda pb, s: flow.add_note(s, text))

    def change_mode(self, case_id: str, mode: str) -> CaseState:
        return self._act(case_id, lambda pb, s: flow.change_mode(s, mode))

    def advance(self, case_id: str, typed: Mapping[str, str] | None = None) -> CaseState:
        """F8: complete the stage, with the field values typed on screen and not recorded
        yet (``typed``), in one transaction: both land, or neither."""
        return self._act(case_id, lambda pb, s: flow.advance(pb, s, self.clock(), typed))

    def back(self, case_id: str) -> CaseState:
        return self._act(case_id, lambda pb, s: flow.go_back(pb, s, self.clock()))

    def skip(self, case_id: str, reason: str) -> CaseState:
        return self._act(case_id, lambda pb, s: flow.skip(pb, s, reason, self.clock()))

    def offer(self, case_id: str, resolution: str, *, amount: Decimal | None = None,
              currency: str | None = None, deadline: date | datetime | None = None,
              more: Sequence[OfferItem] = (), actor: str | None = None) -> CaseState:
        """Offer ``resolution`` and any ``more`` (each its own amount and deadline) in one
        currency."""
        user = actor or self.actor
        role = self.ws.role_of(user)
        now = self.clock()
        return self._act(case_id, lambda pb, s: flow.offer_resolution(
            pb, s, role=role, resolution=resolution, amount=amount, currency=currency,
            deadline=deadline, today=now.date(), more=more, now=now), user)

    def commitment_done(self, case_id: str, key: str, actor: str | None = None) -> CaseState:
        """The promise ``key`` was carried out: its reminder ends (any desk may say so)."""
        return self._act(case_id, lambda pb, s: promises.mark_done(s, key), actor)

    def approve(self, case_id: str, approver: str, *, proof: str | None = None) -> CaseState:
        """A supervisor approves an offer over the agent's limit. At someone else's desk
        (``approver`` is not the signed-in user) they prove it with ``proof``, their
        password or PIN."""
        self._vouch(case_id, approver, proof, "approve an offer over the agent's limit")
        role = self.ws.role_of(approver)
        return self._act(case_id, lambda pb, s: flow.approve_escalation(
            pb, s, approver=approver, approver_role=role), approver)

    def decline(self, case_id: str, approver: str, reason: str, *,
                proof: str | None = None) -> CaseState:
        self._vouch(case_id, approver, proof, "decline an offer over the agent's limit")
        role = self.ws.role_of(approver)
        return self._act(case_id, lambda pb, s: flow.decline_escalation(
            s, approver=approver, approver_role=role, reason=reason), approver)

    def _vouch(self, case_id: str, approver: str, proof: str | None, action: str) -> None:
        """The approver is who they say, and their role may approve (a refusal is logged;
        the flow then says what is wrong in the Desk's words)."""
        from recovery_desk.services.access.accounts import Accounts, IdentityNotProven
        from recovery_desk.services.access.permissions import (
            IDENTITY_NOT_PROVEN,
            Permission,
            record_denied,
            role_allows,
        )

        if proof is not None:
            Accounts(self.ws).prove(approver, proof)
        elif approver != self.ws.user and not self.synthetic:
            raise IdentityNotProven.refusing(IDENTITY_NOT_PROVEN(user=approver, action=action))
        if not role_allows(self.ws.role_of(approver), Permission.APPROVE_ESCALATION):
            record_denied(self.ws, Permission.APPROVE_ESCALATION, user=approver,
                          action=action, case_id=case_id)

    def record_satisfaction(self, case_id: str, answers: Answers) -> CaseState:
        return self._act(case_id, lambda pb, s: flow.record_satisfaction(
            pb, s, answers, self.clock()))

    def complete_follow_up(self, case_id: str, answers: Answers, note: str = "") -> CaseState:
        return self._act(case_id, lambda pb, s: flow.complete_follow_up(
            pb, s, answers, note, self.clock()))

    def close_unrecovered(self, case_id: str, reason: str) -> CaseState:
        return self._act(case_id, lambda pb, s: flow.close_unrecovered(s, reason))

    def withdraw(self, case_id: str, reason: str) -> CaseState:
        return self._act(case_id, lambda pb, s: flow.withdraw(s, reason))

    def review_practice(self, case_id: str, *, rubric: dict[str, bool], score: int,
                        comments: str = "",
                        facts_found: tuple[int, ...] | None = None) -> CaseState:
        reviewer = self.actor
        return self._act(case_id, lambda pb, s: flow.review_practice(
            s, rubric=rubric, score=score, comments=comments, reviewer=reviewer,
            facts_found=facts_found))


def training_desk(desk_id: str) -> str:
    return f"{desk_id}-TRAINING"
