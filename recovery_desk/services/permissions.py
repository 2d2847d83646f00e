"""Who may do what. Enforced here, in the services, not only by hiding buttons.

Every service that changes or reveals something a role may not touch calls
:func:`require` first; the GUI asks :func:`allowed` only to decide what to show.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from ..errors import RecoveryDeskError

if TYPE_CHECKING:
    from .workspace import Workspace

ROLES = ("agent", "supervisor", "trainer", "admin")


class Permission(StrEnum):
    RUN_CASES = "run_cases"                  # open and work recoveries at the Desk
    ANNOTATE = "annotate"                    # coaching note, flag for training, root cause
    APPROVE_ESCALATION = "approve_escalation"
    REASSIGN_FOLLOW_UP = "reassign_follow_up"
    REVIEW_PRACTICE = "review_practice"
    READ_OTHER_DESKS_PERSONAL = "read_other_desks_personal"
    EXPORT_PERSONAL = "export_personal"      # exports that name customers
    EXPORT_PSEUDONYMIZED = "export_pseudonymized"
    ERASE_CUSTOMER = "erase_customer"
    MANAGE_USERS = "manage_users"
    MANAGE_RETENTION = "manage_retention"
    BACKUP_RESTORE = "backup_restore"
    AUDIT_EXPORT = "audit_export"


P = Permission
ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "agent": frozenset({P.RUN_CASES}),
    "trainer": frozenset({P.RUN_CASES, P.REVIEW_PRACTICE, P.EXPORT_PSEUDONYMIZED}),
    "supervisor": frozenset({P.RUN_CASES, P.ANNOTATE, P.APPROVE_ESCALATION,
                             P.REASSIGN_FOLLOW_UP, P.REVIEW_PRACTICE,
                             P.READ_OTHER_DESKS_PERSONAL, P.EXPORT_PERSONAL,
                             P.EXPORT_PSEUDONYMIZED, P.ERASE_CUSTOMER, P.AUDIT_EXPORT}),
    "admin": frozenset(Permission),
}


class PermissionDenied(RecoveryDeskError):
    """The signed-in user's role does not allow the action."""


def role_allows(role: str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(role, frozenset())


def allowed(workspace: Workspace, permission: Permission, user: str | None = None) -> bool:
    """Whether ``user`` (default: the signed-in user) may do it; for showing controls."""
    return role_allows(workspace.role_of(user or workspace.user), permission)


def require(workspace: Workspace, permission: Permission, *, user: str | None = None,
            action: str = "") -> None:
    """Raise :class:`PermissionDenied` (naming the action and the role needed) unless allowed."""
    who = user or workspace.user
    role = workspace.role_of(who)
    if role_allows(role, permission):
        return
    needed = [r for r in ROLES if role_allows(r, permission)]
    raise PermissionDenied(
        f"{who} ({role}) may not {action or permission.value.replace('_', ' ')}.",
        f"Ask a {' or '.join(needed)} to do it, or sign in as one.")
