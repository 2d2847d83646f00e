"""Words for values stored as ids (statuses, outcomes, roles), in the interface language."""

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


def role_label(role: str) -> str:
    return {
        "agent": QCoreApplication.translate("Roles", "agent"),
        "supervisor": QCoreApplication.translate("Roles", "supervisor"),
        "trainer": QCoreApplication.translate("Roles", "trainer"),
        "admin": QCoreApplication.translate("Roles", "administrator"),
    }.get(role, role)
