"""Words for the codes events store (an escalation's reason, a follow-up's reason, the
customer's acceptance), so no case detail, review or timeline shows "over_limit" or
"not_satisfied"; an unknown code is shown as plain words, never with underscores."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def _plain(code: str) -> str:
    return code.replace("_", " ")


def escalation_reason(code: str | None) -> str:
    return {
        "over_limit": translate("CaseWords", "the amount is over the agent's limit"),
    }.get(code or "", _plain(code or ""))


def follow_up_reason(code: str | None) -> str:
    return {
        "not_satisfied": translate("CaseWords", "the customer was not fully satisfied"),
    }.get(code or "", _plain(code or ""))


def accepted_label(code: str | None) -> str:
    """The customer's answer to "did they accept the resolution?"; unset stays unknown."""
    return {
        "yes": translate("CaseWords", "yes"),
        "partly": translate("CaseWords", "partly"),
        "no": translate("CaseWords", "no"),
    }.get(code or "", translate("CaseWords", "not known"))


def how_label(code: str | None) -> str:
    return {
        "verbal": translate("CaseWords", "verbally"),
        "written": translate("CaseWords", "in writing"),
    }.get(code or "", _plain(code or ""))
