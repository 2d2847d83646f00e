"""The recovery flow's refusals (stages, resolution, satisfaction, review, the case
services) in the interface language; codes in ``domain/flow_refusals.py``."""

from __future__ import annotations

from recovery_desk.ui.common.refusals.gaps import Render, amount, count, fill, translate

TEXTS: dict[str, Render] = {
    # opening and moving through the stages
    "flow.words_missing": lambda p: translate(
        "Flow", "Write down the complaint in the customer's own words first."),
    "flow.unknown_mode": lambda p: fill(translate(
        "Flow", "Unknown mode “%1”; use scripted or natural."), p["mode"]),
    "flow.customer_missing": lambda p: translate("Flow", "Choose or create the customer first."),
    "flow.choose_field": lambda p: _choose_field(str(p["field"])),
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
    "flow.deadline_time_missing": lambda p: fill(translate(
        "Flow", "%1 needs the time as well as the date."), p["label"]),
    "flow.offered_twice": lambda p: fill(translate(
        "Flow", "%1 is in the offer twice; offer it once."), p["label"]),
    "flow.commitment_unknown": lambda p: translate(
        "Flow", "This promise is already marked done or is no longer part of the offer."),
    "flow.nothing_pending": lambda p: translate(
        "Flow", "Nothing on this case waits for approval."),
    "flow.approve_supervisor_only": lambda p: translate(
        "Flow", "Only a supervisor can approve this resolution."),
    "flow.decline_supervisor_only": lambda p: translate(
        "Flow", "Only a supervisor can decline this resolution."),
    "flow.over_approver_limit": lambda p: fill(translate(
        "Flow", "%1 is over your limit of %2; ask an administrator."),
        amount(p, "amount"), amount(p, "limit")),
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
        count(p, "low"), count(p, "high")),
    "satisfaction.likelihood": lambda p: fill(translate(
        "Flow", "The likelihood to recommend must be %1 to %2."),
        count(p, "low"), count(p, "high")),
    "satisfaction.ces": lambda p: fill(translate(
        "Flow", "The effort score must be %1 to %2."), count(p, "low"), count(p, "high")),
    "satisfaction.acceptance_missing": lambda p: translate(
        "Flow", "Did the customer accept the resolution? Choose yes, partly or no."),
    "satisfaction.acceptance_how_missing": lambda p: translate(
        "Flow", "How did the customer accept? Choose verbally or in writing."),
    "satisfaction.csat_missing": lambda p: fill(translate(
        "Flow", "Choose the satisfaction score (%1 to %2), or that the customer declined to "
        "answer or was not asked."), count(p, "low"), count(p, "high")),
    "satisfaction.likelihood_missing": lambda p: fill(translate(
        "Flow", "Choose the likelihood to recommend (%1 to %2), or that the customer "
        "declined to answer or was not asked."), count(p, "low"), count(p, "high")),
    "satisfaction.ces_missing": lambda p: fill(translate(
        "Flow", "Choose the effort score (%1 to %2), or that the customer declined to "
        "answer or was not asked."), count(p, "low"), count(p, "high")),
    "satisfaction.unknown_reason": lambda p: translate(
        "Flow", "A score without a value is either declined or not asked."),
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
    # correcting the customer's contact details
    "contact.unchanged": lambda p: translate(
        "Flow", "Nothing was changed: correct the name, phone, e-mail or customer number "
        "first."),
    "contact.reason": lambda p: translate("Flow", "Say why the contact details are corrected."),
    "contact.erased": lambda p: translate(
        "Flow", "This customer's personal data was erased; it cannot be corrected."),
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
    "quality.not_finished": lambda p: translate(
        "Flow", "Only finished cases are checked for quality; this one is still open."),
    "quality.live_only": lambda p: translate(
        "Flow", "Practice runs are reviewed on the Training page, not as quality checks."),
    "quality.unknown_rule": lambda p: fill(translate(
        "Flow", "There is no sampling rule “%1”."), p["rule"]),
    "quality.not_your_feedback": lambda p: translate(
        "Flow", "Only the agent who ran the case acknowledges its feedback."),
    "quality.no_such_feedback": lambda p: translate(
        "Flow", "This feedback is no longer on the case."),
    # the case services
    "case.not_found": lambda p: fill(translate(
        "Flow", "No case with id %1 in this log."), p["case_id"]),
    "case.gone": lambda p: fill(translate(
        "Flow", "No case with id %1 in this log. Refresh the list; the case may have been "
        "removed by a restore."), p["case_id"]),
    "case.playbook_unavailable": lambda p: fill(translate(
        "Flow", "The playbook “%1” of this case is not available on this desk; install it "
        "to continue the case."), p["playbook"]),
}


def _choose_field(name: str) -> str:
    """The new case's field that nobody chose, by name."""
    texts = {"channel": translate("Flow", "Choose the channel of the complaint."),
             "category": translate("Flow", "Choose the category of the complaint."),
             "severity": translate("Flow", "Choose the severity of the complaint.")}
    return texts.get(name, fill(translate("Flow", "Choose the %1 of the complaint."), name))
