"""Demo data under a rule pack: register codes, letters, redress, a few vulnerable
customers and some deadlines missed, so the clocks, letters, register and returns have
realistic content in every language.

Runs after the cases are made, one case at a time, with the simulated clock moved to
moments after the case's own events (a letter never predates what it answers).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from recovery_desk.domain.case import CLOSED, NOT_RECOVERED, WITHDRAWN, CaseState
from recovery_desk.domain.clocks.status import clock_views
from recovery_desk.services.regulated import letters, records, register
from recovery_desk.services.regulated.packs import record_choice

if TYPE_CHECKING:
    from recovery_desk.services.cases.recovery import CaseService
    from recovery_desk.services.workspace import Workspace


#: cases replayed and written per step of ``finish``
_CHUNK = 500


class _Clock(Protocol):
    now: datetime


class Generator(Protocol):
    """What this module uses of the demo generator (which imports this module)."""

    ws: Workspace
    service: CaseService
    anchor: datetime
    rng: random.Random

    @property
    def clock(self) -> _Clock:
        """Read-only here (this module moves the clock, never replaces it), so the
        generator's own clock type fits."""


PRODUCT_BY_CATEGORY = {
    "late_delivery": "payments", "defective_product": "card", "billing_error": "current_account",
    "long_wait": "service", "wrong_item": "card", "staff_attitude": "service",
    "booking_problem": "loan", "service_outage": "payments", "unclear_information": "loan",
    "poor_quality": "insurance",
}
CAUSE_BY_CATEGORY = {
    "late_delivery": ("delay", "payment_delay"), "defective_product": ("systems", "app_error"),
    "billing_error": ("charges", "unexpected_fee"), "long_wait": ("delay", "slow_response"),
    "wrong_item": ("service_quality", "wrong_information"),
    "staff_attitude": ("service_quality", "staff_conduct"),
    "booking_problem": ("product_terms", "mis_sale"), "service_outage": ("systems", "outage"),
    "unclear_information": ("service_quality", "wrong_information"),
    "poor_quality": ("product_terms", "claim_declined"),
}
NEEDS = {
    "en": ("Hard of hearing: prefers e-mail and written summaries.", "Written summaries"),
    "hu": ("Nagyothall: e-mailt és írásos összefoglalót kér.", "Írásos összefoglaló"),
    "lv": ("Vājdzirdīgs: vēlas e-pastu un rakstiskus kopsavilkumus.", "Rakstiski kopsavilkumi"),
    "uk": ("Погано чує: просить e-mail і письмові підсумки.", "Письмові підсумки"),
}


class RegulatedDemo:
    def __init__(self, gen: Generator, pack_id: str) -> None:
        self.gen = gen
        self.pack_id = pack_id
        self.rng = random.Random(gen.rng.random())
        self.supervisor = "Maria Horváth"

    def choose(self, at: datetime) -> None:
        record_choice(self.gen.ws, self.pack_id, self.supervisor, at=at)

    def finish(self, case_ids: list[str]) -> None:
        svc, settings = self.gen.service, self.gen.ws.settings
        if not settings.organization_name:  # only for this run's letters; not saved
            settings.organization_name = "Northwind Bank (demo)"
        with svc.batch():
            uow = svc._batch
            assert uow is not None
            for start in range(0, len(case_ids), _CHUNK):
                chunk = case_ids[start:start + _CHUNK]
                uow.preload(chunk)  # one query per chunk, not one per case
                for case_id in chunk:
                    state = self._load(case_id)
                    if state.regulated.clocks and state.status != WITHDRAWN:
                        self._case(state)
                uow.forget()  # written in the same transaction; memory stays flat

    def _at(self, moment: datetime) -> bool:
        """Move the simulated clock to ``moment`` if it is not after the demo's anchor."""
        if moment > self.gen.anchor:
            return False
        self.gen.clock.now = moment
        return True

    def _case(self, state: CaseState) -> None:
        rng, svc = self.rng, self.gen.service
        after = state.updated_at or state.opened_at
        assert after is not None
        if not self._at(after + timedelta(minutes=rng.uniform(2, 30))):
            return
        product = PRODUCT_BY_CATEGORY.get(state.category, "service")
        cause, sub = CAUSE_BY_CATEGORY.get(state.category, ("service_quality", None))
        outcome = self._outcome(state)
        with svc.acting_as(state.agent):
            register.code_complaint(svc, state.case_id, product=product, cause=cause,
                                    sub_cause=sub, outcome=outcome)
            if rng.random() < 0.05:
                needs, adjustments = NEEDS.get(state.language, NEEDS["en"])
                records.record_vulnerability(svc, state.case_id,
                                             drivers=[rng.choice(("health", "capability"))],
                                             needs=needs, adjustments=adjustments)
            self._letters(state, outcome)
        self._redress(state)

    def _outcome(self, state: CaseState) -> str | None:
        if state.status != CLOSED:
            return None
        if state.outcome == NOT_RECOVERED:
            return self.rng.choice(("rejected", "partly_upheld"))
        return "upheld" if self.rng.random() < 0.7 else "partly_upheld"

    def _letters(self, state: CaseState, outcome: str | None) -> None:
        """Summary resolutions for quick fixes, otherwise an acknowledgement and, for most,
        a final response; about one in twelve is left late (a breach to see)."""
        rng = self.rng
        state = self._load(state.case_id)
        views = {v.id: v for v in clock_views(state, self.gen.clock.now, timedelta(0))}
        window = views.get("summary_resolution")
        if window is not None and window.status == "met":
            self._send(state, "summary-resolution", None)
            return
        ack = views.get("acknowledge")
        if ack is not None and rng.random() < 0.92:
            self._at(min(ack.due - timedelta(hours=rng.uniform(1, 30)), self.gen.anchor))
            self._send(state, "acknowledgement", None)
        final = views.get("final_response")
        if final is None or rng.random() < 0.08:
            return  # left late: a breach for the supervisor to see
        if outcome is None:  # still under investigation: a holding response near the end
            if self._at(final.due - timedelta(days=rng.uniform(1, 5))):
                self._send(state, "holding", None)
            return
        when = max(self.gen.clock.now, final.due - timedelta(days=rng.uniform(1, 40)))
        if self._at(when):
            self._send(state, "final-response", outcome)

    def _send(self, state: CaseState, kind: str, outcome: str | None) -> None:
        svc, ws = self.gen.service, self.gen.ws
        current = self._load(state.case_id)
        expected = (self.gen.clock.now + timedelta(days=self.rng.randint(7, 21))).date()
        draft = letters.draft_letter(ws, current, kind, outcome=outcome,
                                     now=self.gen.clock.now, expected=expected)
        body = letters.GAP.sub("—", draft.body)  # the demo's agents write their parts
        letters.send_letter(svc, letters.edited(draft, letters.GAP.sub("—", draft.subject),
                                                body), "email")

    def _load(self, case_id: str) -> CaseState:
        svc = self.gen.service
        return svc._batch.load(case_id) if svc._batch else svc.get(case_id)

    @contextmanager
    def _signed_in(self, user: str) -> Iterator[None]:
        """Act as the demo's supervisor, whose role allows approving redress (the demo's
        service is synthetic: its actions are the demo staff's, nobody signs in)."""
        with self.gen.service.acting_as(user):
            yield

    def _redress(self, state: CaseState) -> None:
        if state.redress_amount is None or state.currency is None:
            return
        rng, svc = self.rng, self.gen.service
        kind = rng.choice(("financial_loss", "goodwill", "distress_inconvenience"))
        with self._signed_in(self.supervisor):
            records.record_redress(svc, state.case_id, kind=kind, amount=state.redress_amount,
                                   currency=state.currency)
        redress_id = next(reversed(self._load(state.case_id).regulated.redress))
        paid = self.gen.clock.now + timedelta(days=rng.uniform(0.5, 6))
        if self._at(paid):
            records.mark_redress_paid(svc, state.case_id, redress_id, paid.date())
