"""Clock and register words for every screen: one place, so the Desk, Log and register
say the same thing for the same status."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from recovery_desk.domain.clocks import status as st


def _t(text: str) -> str:
    return QCoreApplication.translate("Clocks", text)


def clock_name(clock_id: str, label: str | None = None) -> str:
    """The clock's name: the pack's own label if it has one, else the usual one."""
    if label:
        return label
    return {"acknowledge": _t("Acknowledgement"),
            "summary_resolution": _t("Summary resolution (3 business days)"),
            "final_response": _t("Final response")}.get(clock_id, clock_id)


def status_name(status: str) -> str:
    return {st.RUNNING: _t("running"), st.DUE_SOON: _t("due soon"), st.PAUSED: _t("paused"),
            st.MET: _t("met"), st.MET_LATE: _t("met late"), st.BREACHED: _t("breached"),
            st.NOT_REQUIRED: _t("not needed"), st.LAPSED: _t("window passed"),
            st.OPEN: _t("open")}.get(status, status)


def time_left(due: datetime, now: datetime) -> str:
    """'3 d 4 h left' or '2 h overdue' — whole hours, for a glance."""
    delta = due - now
    late = delta < timedelta(0)
    hours = int(abs(delta).total_seconds() // 3600)
    days, hours = divmod(hours, 24)
    span = (_t("%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours)) if days
            else _t("%1 h").replace("%1", str(hours)) if hours
            else _t("under an hour"))
    return (_t("%1 overdue") if late else _t("%1 left")).replace("%1", span)


def outcome_name(outcome: str | None) -> str:
    return {"upheld": _t("upheld"), "partly_upheld": _t("partly upheld"),
            "rejected": _t("rejected")}.get(outcome or "", outcome or "")


def letter_name(kind: str) -> str:
    return {"acknowledgement": _t("Acknowledgement"), "holding": _t("Holding response"),
            "summary-resolution": _t("Summary resolution"),
            "final-response": _t("Final response"), "apology": _t("Apology with the fix"),
            "information-request": _t("Request for information"),
            "call-summary": _t("Call summary")}.get(kind, kind)
