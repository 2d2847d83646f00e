"""The refusals of the recovery flow and of the case services, each with its code.

Kept apart from ``flow`` so the rules read as rules; the interface translates each code
(``ui/common/flow_texts.py``) and a test checks that none is missing there.
"""

from __future__ import annotations

from decimal import Decimal

from recovery_desk.domain.refusal import Code

# -- opening and moving through the stages ------------------------------------------------
WORDS_MISSING = Code("flow.words_missing",
                     "Write down the complaint in the customer's own words first.")
UNKNOWN_MODE = Code("flow.unknown_mode", "Unknown mode {mode!r}; use scripted or natural.")
CUSTOMER_MISSING = Code("flow.customer_missing", "Choose or create the customer first.")
CHOOSE_FIELD = Code("flow.choose_field", "Choose the {field} of the complaint.")
NOT_IN_FLOW = Code("flow.not_in_flow", "This case is not in the guided flow any more.")
NO_CHECKLIST_ITEM = Code("flow.no_checklist_item",
                         "The stage {stage!r} has no checklist item {item!r}.")
NO_FIELD = Code("flow.no_field", "The stage {stage!r} has no field {field!r}.")
NOT_A_CHOICE = Code("flow.not_a_choice", "{label}: choose one of {choices}.")
NOT_A_NUMBER = Code("flow.not_a_number", "{label}: {value!r} is not a number.")
TICK = Code("flow.tick", "Tick “{item}”.")
FILL_IN = Code("flow.fill_in", "Fill in “{field}”.")
OFFER_MISSING = Code("flow.offer_missing", "Offer a resolution from the catalogue.")
APPROVAL_PENDING = Code("flow.approval_pending",
                        "The resolution waits for a supervisor's approval.")
SATISFACTION_MISSING = Code("flow.satisfaction_missing", "Record the customer's satisfaction.")
NOT_SKIPPABLE = Code("flow.not_skippable", "This stage cannot be skipped in this playbook.")
SKIP_REASON = Code("flow.skip_reason", "Say why you skip this stage.")
FIRST_STAGE = Code("flow.first_stage", "This is the first stage.")

# -- resolution and approval ----------------------------------------------------------------
OFFER_WRONG_STAGE = Code("flow.offer_wrong_stage", "Offer a resolution in the resolution stage.")
OFFER_UNDECIDED = Code("flow.offer_undecided",
                       "A supervisor has not decided on the current offer yet.")
NOT_IN_CATALOGUE = Code("flow.not_in_catalogue",
                        "{resolution!r} is not in this playbook's resolution catalogue.")
AMOUNT_NEEDED = Code("flow.amount_needed", "{label} needs an amount above zero.")
CURRENCY_MISSING = Code("flow.currency_missing", "Choose the currency of the amount.")
DEADLINE_MISSING = Code("flow.deadline_missing", "Agree a deadline with the customer.")
DEADLINE_PAST = Code("flow.deadline_past", "The promised deadline is in the past.")
DEADLINE_TIME_MISSING = Code("flow.deadline_time_missing",
                             "{label} needs the time as well as the date.")
OFFERED_TWICE = Code("flow.offered_twice", "{label} is in the offer twice; offer it once.")
COMMITMENT_UNKNOWN = Code(
    "flow.commitment_unknown",
    "This promise ({commitment}) is already marked done or is no longer part of the offer.")
NOTHING_PENDING = Code("flow.nothing_pending", "Nothing on this case waits for approval.")
APPROVE_SUPERVISOR_ONLY = Code("flow.approve_supervisor_only",
                               "Only a supervisor can approve this resolution.")
DECLINE_SUPERVISOR_ONLY = Code("flow.decline_supervisor_only",
                               "Only a supervisor can decline this resolution.")
OVER_APPROVER_LIMIT = Code(
    "flow.over_approver_limit",
    "{amount} {currency} is over your limit of {limit} {currency}; ask an administrator.",
    types={"amount": Decimal, "limit": Decimal})
DECLINE_REASON = Code("flow.decline_reason",
                      "Say why the offer is declined, so the agent can offer another.")

# -- satisfaction, follow-up, closing -------------------------------------------------------
SATISFACTION_WRONG_STAGE = Code("flow.satisfaction_wrong_stage",
                                "Ask about satisfaction in the confirmation stage.")
SATISFACTION_TOO_EARLY = Code("flow.satisfaction_too_early",
                              "Agree a resolution before asking about satisfaction.")
ACCEPTANCE_INVALID = Code("satisfaction.acceptance", "Acceptance must be yes, partly or no.")
ACCEPTANCE_HOW_INVALID = Code("satisfaction.acceptance_how",
                              "Acceptance must be verbal or written.")
ACCEPTANCE_MISSING = Code("satisfaction.acceptance_missing",
                          "Did the customer accept the resolution? Choose yes, partly or no.")
ACCEPTANCE_HOW_MISSING = Code("satisfaction.acceptance_how_missing",
                              "How did the customer accept: choose verbally or in writing.")
_RANGE = {"low": int, "high": int}
CSAT_INVALID = Code("satisfaction.csat", "CSAT must be {low} to {high}.", types=_RANGE)
LIKELIHOOD_INVALID = Code("satisfaction.likelihood",
                          "Likelihood to recommend must be {low} to {high}.", types=_RANGE)
CES_INVALID = Code("satisfaction.ces", "Effort score must be {low} to {high}.", types=_RANGE)
CSAT_MISSING = Code("satisfaction.csat_missing",
                    "Choose the satisfaction score ({low} to {high}), or that the customer "
                    "declined to answer or was not asked.", types=_RANGE)
LIKELIHOOD_MISSING = Code("satisfaction.likelihood_missing",
                          "Choose the likelihood to recommend ({low} to {high}), or that the "
                          "customer declined to answer or was not asked.", types=_RANGE)
CES_MISSING = Code("satisfaction.ces_missing",
                   "Choose the effort score ({low} to {high}), or that the customer declined "
                   "to answer or was not asked.", types=_RANGE)
UNKNOWN_REASON_INVALID = Code("satisfaction.unknown_reason",
                              "A score without a value is either declined or not asked.")
NO_FOLLOW_UP_WAITING = Code("flow.no_follow_up_waiting", "This case has no follow-up waiting.")
UNRECOVERED_NOT_WAITING = Code(
    "flow.unrecovered_not_waiting",
    "Only a case waiting for a follow-up can be closed as not recovered.")
UNRECOVERED_REASON = Code("flow.unrecovered_reason",
                          "Say why the case is closed without a satisfied customer.")
ALREADY_CLOSED = Code("flow.already_closed", "This case is already closed.")
WITHDRAW_REASON = Code("flow.withdraw_reason", "Say why the case is withdrawn.")
REOPEN_NOT_CLOSED = Code("flow.reopen_not_closed", "Only a closed case can be reopened.")
REOPEN_REASON = Code("flow.reopen_reason", "Say why the case is reopened.")

# -- correcting the customer's contact details (``domain.contact``) ---------------------------
CONTACT_UNCHANGED = Code("contact.unchanged",
                         "Nothing was changed: correct the name, phone, e-mail or customer "
                         "number first.")
CONTACT_REASON = Code("contact.reason", "Say why the contact details are corrected.")
CONTACT_ERASED = Code("contact.erased",
                      "This customer's personal data was erased; it cannot be corrected.")

# -- supervisor review and practice ---------------------------------------------------------
COACHING_NOTE_MISSING = Code("review.coaching_note_missing", "Write the coaching note first.")
TRAINING_REASON = Code("review.training_reason",
                       "Say why this case is an example for training.")
NOT_FLAGGED = Code("review.not_flagged", "This case is not flagged for training.")
ROOT_CAUSE_MISSING = Code("review.root_cause_missing", "Describe the root cause first.")
FOLLOW_UP_ON_CLOSED = Code("review.follow_up_on_closed",
                           "This case is closed; reopen it before planning a follow-up.")
NO_FOLLOW_UP = Code("review.no_follow_up", "No follow-up is scheduled on this case.")
FOLLOW_UP_WHO = Code("review.follow_up_who", "Choose who makes the follow-up.")
NO_SUCH_USER = Code("review.no_such_user", "There is no user “{user}” on this log.")
DUE_WITHOUT_ZONE = Code("review.due_without_zone", "Give the new due time with its time zone.")
DUE_PAST = Code("review.due_past", "The new due time is in the past.")
PRACTICE_ONLY = Code("review.practice_only", "Only practice cases are reviewed this way.")
UNKNOWN_RUBRIC = Code("review.unknown_rubric", "Unknown rubric items: {items}.")
SCORE_RANGE = Code("review.score_range", "The score must be 1 to 5.")
NOT_FINISHED = Code("quality.not_finished",
                    "Only finished cases are checked for quality; this one is still open.")
LIVE_ONLY = Code("quality.live_only",
                 "Practice runs are reviewed on the Training page, not as quality checks.")
UNKNOWN_SAMPLE_RULE = Code("quality.unknown_rule", "There is no sampling rule “{rule}”.")
NOT_YOUR_FEEDBACK = Code("quality.not_your_feedback",
                         "Only the agent who ran the case acknowledges its feedback.")
NO_SUCH_FEEDBACK = Code("quality.no_such_feedback",
                        "This feedback is no longer on the case.")

# -- the case services ----------------------------------------------------------------------
NO_CASE = Code("case.not_found", "No case with id {case_id} in this log.")
PLAYBOOK_UNAVAILABLE = Code(
    "case.playbook_unavailable",
    "The playbook {playbook!r} of this case is not available on this desk; "
    "install it to continue the case.")
