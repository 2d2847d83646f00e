"""Words for values stored as ids (statuses, outcomes), in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_label(status: str | None) -> str:
    return {
        "open": QCoreApplication.translate("Status", "open"),
        "escalated": QCoreApplication.translate("Status", "waiting for a supervisor"),
        "follow_up": QCoreApplication.translate("Status", "follow-up"),
        "closed": QCoreApplication.translate("Status", "closed"),
        "withdrawn": QCoreApplication.translate("Status", "withdrawn"),
    }.get(status or "", (status or "").replace("_", " "))
