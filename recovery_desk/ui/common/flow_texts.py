"""The flow's refusals in the interface language.

The domain speaks English (it has no Qt); each of its sentences is matched here to a
translatable template, with the variable parts (labels, amounts) carried over.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from recovery_desk.domain.flow import FlowError

_FIXED: dict[str, Callable[[], str]] = {
    "Write down the complaint in the customer's own words first.": lambda: (
        QCoreApplication.translate(
            "Flow", "Write down the complaint in the customer's own words first."
        )
    ),
    "Choose or create the customer first.": lambda: QCoreApplication.translate(
        "Flow", "Choose or create the customer first."
    ),
    "This case is not in the guided flow any more.": lambda: QCoreApplication.translate(
        "Flow", "This case is not in the guided flow any more."
    ),
    "Offer a resolution from the catalogue.": lambda: QCoreApplication.translate(
        "Flow", "Offer a resolution from the catalogue."
    ),
    "The resolution waits for a supervisor's approval.": lambda: QCoreApplication.translate(
        "Flow", "The resolution waits for a supervisor's approval."
    ),
    "Record the customer's satisfaction.": lambda: QCoreApplication.translate(
        "Flow", "Record the customer's satisfaction."
    ),
    "This stage cannot be skipped in this playbook.": lambda: QCoreApplication.translate(
        "Flow", "This stage cannot be skipped in this playbook."
    ),
    "Say why you skip this stage.": lambda: QCoreApplication.translate(
        "Flow", "Say why you skip this stage."
    ),
    "This is the first stage.": lambda: QCoreApplication.translate(
        "Flow", "This is the first stage."
    ),
    "Offer a resolution in the resolution stage.": lambda: QCoreApplication.translate(
        "Flow", "Offer a resolution in the resolution stage."
    ),
    "A supervisor has not decided on the current offer yet.": lambda: QCoreApplication.translate(
        "Flow", "A supervisor has not decided on the current offer yet."
    ),
    "Choose the currency of the amount.": lambda: QCoreApplication.translate(
        "Flow", "Choose the currency of the amount."
    ),
    "Agree a deadline with the customer.": lambda: QCoreApplication.translate(
        "Flow", "Agree a deadline with the customer."
    ),
    "The promised deadline is in the past.": lambda: QCoreApplication.translate(
        "Flow", "The promised deadline is in the past."
    ),
    "Nothing on this case waits for approval.": lambda: QCoreApplication.translate(
        "Flow", "Nothing on this case waits for approval."
    ),
    "Only a supervisor can approve this resolution.": lambda: QCoreApplication.translate(
        "Flow", "Only a supervisor can approve this resolution."
    ),
    "Only a supervisor can decline this resolution.": lambda: QCoreApplication.translate(
        "Flow", "Only a supervisor can decline this resolution."
    ),
    "Say why the offer is declined, so the agent can offer another.": lambda: (
        QCoreApplication.translate(
            "Flow", "Say why the offer is declined, so the agent can offer another."
        )
    ),
    "Ask about satisfaction in the confirmation stage.": lambda: QCoreApplication.translate(
        "Flow", "Ask about satisfaction in the confirmation stage."
    ),
    "Agree a resolution before asking about satisfaction.": lambda: QCoreApplication.translate(
        "Flow", "Agree a resolution before asking about satisfaction."
    ),
    "This case has no follow-up waiting.": lambda: QCoreApplication.translate(
        "Flow", "This case has no follow-up waiting."
    ),
    "Only a case waiting for a follow-up can be closed as not recovered.": lambda: (
        QCoreApplication.translate(
            "Flow", "Only a case waiting for a follow-up can be closed as not recovered."
        )
    ),
    "Say why the case is closed without a satisfied customer.": lambda: QCoreApplication.translate(
        "Flow", "Say why the case is closed without a satisfied customer."
    ),
    "This case is already closed.": lambda: QCoreApplication.translate(
        "Flow", "This case is already closed."
    ),
    "Say why the case is withdrawn.": lambda: QCoreApplication.translate(
        "Flow", "Say why the case is withdrawn."
    ),
    "Only practice cases are reviewed this way.": lambda: QCoreApplication.translate(
        "Flow", "Only practice cases are reviewed this way."
    ),
    "The score must be 1 to 5.": lambda: QCoreApplication.translate(
        "Flow", "The score must be 1 to 5."
    ),
    "Only a closed case can be reopened.": lambda: QCoreApplication.translate(
        "Flow", "Only a closed case can be reopened."
    ),
    "Say why the case is reopened.": lambda: QCoreApplication.translate(
        "Flow", "Say why the case is reopened."
    ),
    # supervisor review
    "Write the coaching note first.": lambda: QCoreApplication.translate(
        "Flow", "Write the coaching note first."
    ),
    "Say why this case is an example for training.": lambda: QCoreApplication.translate(
        "Flow", "Say why this case is an example for training."
    ),
    "This case is not flagged for training.": lambda: QCoreApplication.translate(
        "Flow", "This case is not flagged for training."
    ),
    "Describe the root cause first.": lambda: QCoreApplication.translate(
        "Flow", "Describe the root cause first."
    ),
    "This case is closed; reopen it before planning a follow-up.": lambda: (
        QCoreApplication.translate(
            "Flow", "This case is closed; reopen it before planning a follow-up."
        )
    ),
    "No follow-up is scheduled on this case.": lambda: QCoreApplication.translate(
        "Flow", "No follow-up is scheduled on this case."
    ),
    "Choose who makes the follow-up.": lambda: QCoreApplication.translate(
        "Flow", "Choose who makes the follow-up."
    ),
    "Give the new due time with its time zone.": lambda: QCoreApplication.translate(
        "Flow", "Give the new due time with its time zone."
    ),
    "The new due time is in the past.": lambda: QCoreApplication.translate(
        "Flow", "The new due time is in the past."
    ),
}

_PATTERNS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"^Tick “(.*)”\.$"),
        lambda m: QCoreApplication.translate("Flow", "Tick “%1”.").replace("%1", m.group(1)),
    ),
    (
        re.compile(r"^Fill in “(.*)”\.$"),
        lambda m: QCoreApplication.translate("Flow", "Fill in “%1”.").replace("%1", m.group(1)),
    ),
    (
        re.compile(r"^(.*) needs an amount above zero\.$"),
        lambda m: QCoreApplication.translate("Flow", "%1 needs an amount above zero.").replace(
            "%1", m.group(1)
        ),
    ),
    (
        re.compile(r"^(.*) is over your limit of (.*); ask an administrator\.$"),
        lambda m: (
            QCoreApplication.translate("Flow", "%1 is over your limit of %2; ask an administrator.")
            .replace("%1", m.group(1))
            .replace("%2", m.group(2))
        ),
    ),
    (
        re.compile(r"^There is no user “(.*)” on this log\.$"),
        lambda m: QCoreApplication.translate("Flow", "There is no user “%1” on this log.").replace(
            "%1", m.group(1)
        ),
    ),
]


def sentence(text: str) -> str:
    fixed = _FIXED.get(text)
    if fixed is not None:
        return fixed()
    for pattern, render in _PATTERNS:
        match = pattern.match(text)
        if match:
            return render(match)
    return text


def flow_message(error: FlowError) -> str:
    return " ".join(sentence(part) for part in error.parts)
