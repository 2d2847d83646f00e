"""A small real log for the Log page tests, made through the Desk's own service."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from recovery_desk.domain.satisfaction import Answers
from recovery_desk.services.cases.recovery import CaseService, training_desk
from recovery_desk.services.workspace import Workspace
from tests.conftest import CUSTOMER, StepClock, open_default_case

HAPPY = Answers(accepted="yes", how="verbal", csat=5, likelihood=10, ces=7)
UNHAPPY = Answers(accepted="partly", how="verbal", csat=2, likelihood=4,
                  unknown={"ces": "not_asked"})
SUPERVISOR = "Sam Supervisor"


def sign_in(ws: Workspace, user: str) -> None:
    """Act as ``user`` (in-process: the sign-in has its own tests)."""
    ws.trust_in_process(user)


def run_case(service: CaseService, clock: StepClock, answers: Answers = HAPPY, *,
             amount: Decimal | None = None, stop_at_resolution: bool = False,
             seconds: float = 45, **opening: object) -> str:
    """Drive the default playbook to its end (or to the offer); returns the case id."""
    state = open_default_case(service, **opening)
    playbook = service.playbook_for(state)
    case_id = state.case_id
    while state.stage is not None:
        stage = playbook.stage(state.stage)
        for item in stage.required_items:
            state = service.set_checklist(case_id, item)
        if stage.records == "resolution":
            if amount is not None:
                state = service.offer(case_id, "refund", amount=amount, currency="EUR",
                                      deadline=date(2026, 3, 6))
            else:
                state = service.offer(case_id, "replacement", deadline=date(2026, 3, 6))
            if stop_at_resolution:
                return case_id
        if stage.records == "satisfaction":
            state = service.record_satisfaction(case_id, answers)
        clock.advance(seconds)
        state = service.advance(case_id)
    return case_id


@dataclass
class SmallLog:
    """Which case is which, for the assertions."""

    closed: list[str] = field(default_factory=list)      # happy, closed
    follow_up: str = ""                                   # unhappy: on the watchlist
    escalated: str = ""                                   # waiting for a supervisor
    phone: str = ""                                       # the one phone complaint
    # closed[0], follow_up and phone are one customer's three complaints
    open_ids: list[str] = field(default_factory=list)     # still in the flow
    words: dict[str, str] = field(default_factory=dict)
    training: str = ""                                    # a practice run (hidden by default)


def make_log(service: CaseService, clock: StepClock) -> SmallLog:
    log = SmallLog()
    for i, seconds in enumerate((30, 60, 90)):
        words = f"Parcel number {i} arrived crushed & late <again>."
        case_id = run_case(service, clock, seconds=seconds, words=words,
                           category="late_delivery")
        log.closed.append(case_id)
        log.words[case_id] = words
        clock.advance(600)
    regular = dict(CUSTOMER, id=service.get(log.closed[0]).customer_id)  # complains again
    log.follow_up = run_case(service, clock, UNHAPPY, customer=regular,
                             words="The waiter was rude to my mother and nobody apologized.",
                             category="staff_attitude")
    clock.advance(600)
    log.phone = run_case(service, clock, channel="phone", customer=regular,
                         words="Charged twice for one ticket.", category="billing_error")
    clock.advance(600)
    log.escalated = run_case(service, clock, amount=Decimal("900"), stop_at_resolution=True,
                             words="The repair took six weeks.", category="defective_product")
    clock.advance(600)
    for n in range(2):
        log.open_ids.append(open_default_case(
            service, words=f"Still waiting for an answer, attempt {n}.").case_id)
        clock.advance(60)
    practice = CaseService(service.ws, clock=clock, desk_id=training_desk(service.ws.desk_id))
    log.training = open_default_case(practice, training=True,
                                     words="Practice: the parcel arrived crushed.").case_id
    return log
