"""Clock and register words for every screen: one place, so the Desk, Log and register
say the same thing for the same status."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from recovery_desk.domain.clocks import status as st

translate = QCoreApplication.translate


def clock_name(clock_id: str, label: str | None = None) -> str:
    """The clock's name: the pack's own label if it has one, else the usual one."""
    if label:
        return label
    names = {
        "acknowledge": translate("Clocks", "Acknowledgement"),
        "summary_resolution": translate("Clocks", "Summary resolution (3 business days)"),
        "final_response": translate("Clocks", "Final response"),
    }
    return names.get(clock_id, clock_id)


def status_name(status: str) -> str:
    names = {
        st.RUNNING: translate("Clocks", "running"),
        st.DUE_SOON: translate("Clocks", "due soon"),
        st.PAUSED: translate("Clocks", "paused"),
        st.MET: translate("Clocks", "met"),
        st.MET_LATE: translate("Clocks", "met late"),
        st.BREACHED: translate("Clocks", "breached"),
        st.NOT_REQUIRED: translate("Clocks", "not needed"),
        st.LAPSED: translate("Clocks", "window passed"),
        st.OPEN: translate("Clocks", "open"),
    }
    return names.get(status, status)


def time_left(due: datetime, now: datetime) -> str:
    """'3 d 4 h left' or '2 h overdue' — whole hours, for a glance."""
    delta = due - now
    late = delta < timedelta(0)
    hours = int(abs(delta).total_seconds() // 3600)
    days, hours = divmod(hours, 24)
    if days:
        span = translate("Clocks", "%1 d %2 h").replace("%1", str(days))
        span = span.replace("%2", str(hours))
    elif hours:
        span = translate("Clocks", "%1 h").replace("%1", str(hours))
    else:
        span = translate("Clocks", "under an hour")
    text = translate("Clocks", "%1 overdue") if late else translate("Clocks", "%1 left")
    return text.replace("%1", span)


def outcome_name(outcome: str | None) -> str:
    names = {
        "upheld": translate("Clocks", "upheld"),
        "partly_upheld": translate("Clocks", "partly upheld"),
        "rejected": translate("Clocks", "rejected"),
    }
    return names.get(outcome or "", outcome or "")


def letter_name(kind: str) -> str:
    names = {
        "acknowledgement": translate("Clocks", "Acknowledgement"),
        "holding": translate("Clocks", "Holding response"),
        "summary-resolution": translate("Clocks", "Summary resolution"),
        "final-response": translate("Clocks", "Final response"),
        "apology": translate("Clocks", "Apology with the fix"),
        "information-request": translate("Clocks", "Request for information"),
        "call-summary": translate("Clocks", "Call summary"),
    }
    return names.get(kind, kind)
