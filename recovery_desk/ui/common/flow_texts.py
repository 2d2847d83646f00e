"""Refusals in the interface language, looked up by their code.

The domain and the services refuse with a code and parameters (``domain/refusal.py``);
the English sentence they carry is for the command line. Here each code has its own
``tr()`` template, filled with the parameters formatted for the interface language
(money and numbers through ``formatting``). Nothing is read back out of a sentence.
``tests/ui/test_flow_texts.py`` checks that every code has a template here and a
translation in each language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain.flow import FlowError
from recovery_desk.domain.refusal import Refusal
from recovery_desk.ui.common.formatting import money, number
from recovery_desk.ui.common.labels import role_label

Params = Mapping[str, object]
translate = QCoreApplication.translate


def fill(template: str, *values: object) -> str:
    """Qt's ``%1`` … ``%9`` replaced in one pass, so a value that itself contains ``%2``
    stays as it is."""
    out: list[str] = []
    i = 0
    while i < len(template):
        digit = template[i + 1] if i + 1 < len(template) else ""
        if template[i] == "%" and digit and digit in "123456789" and int(digit) <= len(values):
            out.append(str(values[int(digit) - 1]))
            i += 2
        else:
            out.append(template[i])
            i += 1
    return "".join(out)


def _amount(params: Params, key: str) -> str:
    value = params[key]
    assert isinstance(value, Decimal)
    return money(value, str(params.get("currency", "")))


def _count(params: Params, key: str) -> str:
    value = params[key]
    assert isinstance(value, int)
    return number(value)


def _roles(params: Params) -> str:
    needed = params.get("needed") or ()
    assert isinstance(needed, tuple)
    return translate("SignIn", " or ").join(role_label(str(r)) for r in needed)


# Each entry: the code → its sentence in the interface language, from the parameters.
_TEXTS: dict[str, Callable[[Params], str]] = {
    # opening and moving through the stages
    "flow.words_missing": lambda p: translate(
        "Flow", "Write down the complaint in the customer's own words first."),
    "flow.unknown_mode": lambda p: fill(translate(
        "Flow", "Unknown mode “%1”; use scripted or natural."), p["mode"]),
    "flow.customer_missing": lambda p: translate("Flow", "Choose or create the customer first."),
    "flow.not_in_flow": lambda p: translate(
        "Flow", "This case is not in the guided flow any more."),
    "flow.no_checklist_item": lambda p: fill(translate(
        "Flow", "The stage “%1” has no checklist item “%2”."), p["stage"], p["item"]),
    "flow.no_field": lambda p: fill(translate(
        "Flow", "The stage “%1” has no field “%2”."), p["stage"], p["field"]),
    "flow.not_a_choice": lambda p: fill(translate(
        "Flow", "%1: choose one of %2."), p["label"], p["choices"]),
    "flow.not_a_number": lambda p: fill(translate(
        "Flow", "%1: “%2” is not a number."), p["label"], p["value"]),
    "flow.tick": lambda p: fill(translate("Flow", "Tick “%1”."), p["item"]),
    "flow.fill_in": lambda p: fill(translate("Flow", "Fill in “%1”."), p["field"]),
    "flow.offer_missing": lambda p: translate("Flow", "Offer a resolution from the catalogue."),
    "flow.approval_pending": lambda p: translate(
        "Flow", "The resolution waits for a supervisor's approval."),
    "flow.satisfaction_missing": lambda p: translate(
        "Flow", "Record the customer's satisfaction."),
    "flow.not_skippable": lambda p: translate(
        "Flow", "This stage cannot be skipped in this playbook."),
    "flow.skip_reason": lambda p: translate("Flow", "Say why you skip this stage."),
    "flow.first_stage": lambda p: translate("Flow", "This is the first stage."),
    # resolution and approval
    "flow.offer_wrong_stage": lambda p: translate(
        "Flow", "Offer a resolution in the resolution stage."),
    "flow.offer_undecided": lambda p: translate(
        "Flow", "A supervisor has not decided on the current offer yet."),
    "flow.not_in_catalogue": lambda p: fill(translate(
        "Flow", "“%1” is not in this playbook's resolution catalogue."), p["resolution"]),
    "flow.amount_needed": lambda p: fill(translate(
        "Flow", "%1 needs an amount above zero."), p["label"]),
    "flow.currency_missing": lambda p: translate("Flow", "Choose the currency of the amount."),
    "flow.deadline_missing": lambda p: translate("Flow", "Agree a deadline with the customer."),
    "flow.deadline_past": lambda p: translate("Flow", "The promised deadline is in the past."),
    "flow.nothing_pending": lambda p: translate(
        "Flow", "Nothing on this case waits for approval."),
    "flow.approve_supervisor_only": lambda p: translate(
        "Flow", "Only a supervisor can approve this resolution."),
    "flow.decline_supervisor_only": lambda p: translate(
        "Flow", "Only a supervisor can decline this resolution."),
    "flow.over_approver_limit": lambda p: fill(translate(
        "Flow", "%1 is over your limit of %2; ask an administrator."),
        _amount(p, "amount"), _amount(p, "limit")),
    "flow.decline_reason": lambda p: translate(
        "Flow", "Say why the offer is declined, so the agent can offer another."),
    # satisfaction, follow-up, closing
    "flow.satisfaction_wrong_stage": lambda p: translate(
        "Flow", "Ask about satisfaction in the confirmation stage."),
    "flow.satisfaction_too_early": lambda p: translate(
        "Flow", "Agree a resolution before asking about satisfaction."),
    "satisfaction.acceptance": lambda p: translate(
        "Flow", "Say whether the customer accepted the resolution: yes, partly or no."),
    "satisfaction.acceptance_how": lambda p: translate(
        "Flow", "Say whether the customer accepted verbally or in writing."),
    "satisfaction.csat": lambda p: fill(translate(
        "Flow", "The satisfaction score (CSAT) must be %1 to %2."),
        _count(p, "low"), _count(p, "high")),
    "satisfaction.likelihood": lambda p: fill(translate(
        "Flow", "The likelihood to recommend must be %1 to %2."),
        _count(p, "low"), _count(p, "high")),
    "satisfaction.ces": lambda p: fill(translate(
        "Flow", "The effort score must be %1 to %2."), _count(p, "low"), _count(p, "high")),
    "flow.no_follow_up_waiting": lambda p: translate(
        "Flow", "This case has no follow-up waiting."),
    "flow.unrecovered_not_waiting": lambda p: translate(
        "Flow", "Only a case waiting for a follow-up can be closed as not recovered."),
    "flow.unrecovered_reason": lambda p: translate(
        "Flow", "Say why the case is closed without a satisfied customer."),
    "flow.already_closed": lambda p: translate("Flow", "This case is already closed."),
    "flow.withdraw_reason": lambda p: translate("Flow", "Say why the case is withdrawn."),
    "flow.reopen_not_closed": lambda p: translate("Flow", "Only a closed case can be reopened."),
    "flow.reopen_reason": lambda p: translate("Flow", "Say why the case is reopened."),
    # supervisor review and practice
    "review.coaching_note_missing": lambda p: translate("Flow", "Write the coaching note first."),
    "review.training_reason": lambda p: translate(
        "Flow", "Say why this case is an example for training."),
    "review.not_flagged": lambda p: translate("Flow", "This case is not flagged for training."),
    "review.root_cause_missing": lambda p: translate("Flow", "Describe the root cause first."),
    "review.follow_up_on_closed": lambda p: translate(
        "Flow", "This case is closed; reopen it before planning a follow-up."),
    "review.no_follow_up": lambda p: translate("Flow", "No follow-up is scheduled on this case."),
    "review.follow_up_who": lambda p: translate("Flow", "Choose who makes the follow-up."),
    "review.no_such_user": lambda p: fill(translate(
        "Flow", "There is no user “%1” on this log."), p["user"]),
    "review.due_without_zone": lambda p: translate(
        "Flow", "Give the new due time with its time zone."),
    "review.due_past": lambda p: translate("Flow", "The new due time is in the past."),
    "review.practice_only": lambda p: translate(
        "Flow", "Only practice cases are reviewed this way."),
    "review.unknown_rubric": lambda p: fill(translate(
        "Flow", "Unknown rubric items: %1."), p["items"]),
    "review.score_range": lambda p: translate("Flow", "The score must be 1 to 5."),
    # the case services
    "case.not_found": lambda p: fill(translate(
        "Flow", "No case with id %1 in this log."), p["case_id"]),
    "case.playbook_unavailable": lambda p: fill(translate(
        "Flow", "The playbook “%1” of this case is not available on this desk; install it "
        "to continue the case."), p["playbook"]),
    # permissions
    "access.denied": lambda p: fill(translate(
        "SignIn",
        "Refused: %1 is signed in as %2; this needs a role of %3. Ask one to "
        "do it here (File ▸ Switch user…). The attempt is recorded in the log."),
        p["user"], role_label(str(p["role"])), _roles(p)),
    "access.identity_not_proven": lambda p: fill(translate(
        "SignIn", "%1 must confirm with their password or PIN first; ask them to type it "
        "in the approval window."), p["user"]),
}


def known_codes() -> frozenset[str]:
    """The codes that have a sentence here (for the test that none is missing)."""
    return frozenset(_TEXTS)


def coded_text(code: str, params: Params, english: str) -> str:
    """The sentence for ``code`` in the interface language; ``english`` if it has none."""
    render = _TEXTS.get(code)
    return render(params) if render is not None else english


def sentence(refusal: Refusal) -> str:
    """One refusal (a blocker, one part of a ``FlowError``) in the interface language."""
    return coded_text(refusal.code, refusal.params, str(refusal))


def flow_message(error: FlowError) -> str:
    return " ".join(sentence(part) for part in error.refusals)


def error_text(exc: BaseException) -> str:
    """Any refusal in the interface language: a flow refusal, a coded service error, or
    (for an error without a code) the text it carries."""
    if isinstance(exc, FlowError):
        return flow_message(exc)
    if isinstance(exc, RecoveryDeskError) and exc.code:
        return coded_text(exc.code, exc.params, str(exc))
    return str(exc)
