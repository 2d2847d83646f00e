"""Who may do what. Enforced here, in the services, not only by hiding buttons.

Every service that changes or reveals something a role may not touch calls
:func:`require` first; the GUI asks :func:`allowed` only to decide what to show. A refusal
is recorded as an ``access_denied`` event on the desk's audit stream (see
``domain/audit.py``): on the hash chain, synced, never a case in the lists or figures.
Call ``require`` before opening a unit of work, since the refusal is committed on its own.

Personal data of other desks' finished cases is for supervisors and admins only: read models
ask :func:`can_read_personal` per case and pass what they show through :func:`mask_personal`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import SQLAlchemyError

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain.audit import ACCESS_DENIED
from recovery_desk.domain.case import ACTIVE_STATUSES
from recovery_desk.domain.events import Change
from recovery_desk.domain.refusal import Code
from recovery_desk.services.cases.case_filter import CaseFilter

if TYPE_CHECKING:
    from recovery_desk.services.workspace import Workspace

log = logging.getLogger(__name__)

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
    REPAIR_LOG = "repair_log"                # check --rebuild: rewrite the projections
    MANAGE_CLOCKS = "manage_clocks"          # choose the log's clock rule pack
    REGULATED_RECORDS = "regulated_records"  # redress approval, register codes, exclusions
    LOAD_DEMO_DATA = "load_demo_data"        # made-up cases, into a log that has accounts
    IMPORT_CASES = "import_cases"            # past complaints from another system's CSV
    MANAGE_TRUST = "manage_trust"            # trust other desks' keys (admin)
    QUALITY_REVIEW = "quality_review"        # sample finished live cases and score them


P = Permission
ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "agent": frozenset({P.RUN_CASES}),
    "trainer": frozenset({P.RUN_CASES, P.REVIEW_PRACTICE, P.EXPORT_PSEUDONYMIZED}),
    "supervisor": frozenset({P.RUN_CASES, P.ANNOTATE, P.APPROVE_ESCALATION,
                             P.REASSIGN_FOLLOW_UP, P.REVIEW_PRACTICE,
                             P.READ_OTHER_DESKS_PERSONAL, P.EXPORT_PERSONAL,
                             P.EXPORT_PSEUDONYMIZED, P.ERASE_CUSTOMER, P.AUDIT_EXPORT,
                             P.MANAGE_CLOCKS, P.REGULATED_RECORDS, P.IMPORT_CASES,
                             P.QUALITY_REVIEW}),
    "admin": frozenset(Permission),
}


class PermissionDenied(RecoveryDeskError):
    """The signed-in user's role does not allow the action."""


#: ``needed`` are the roles that may do it; ``roles`` is their English wording, ``action``
#: the English name of what was refused (the interface words both itself).
DENIED = Code("access.denied", "{user} ({role}) may not {action}.",
              "Ask {roles} to do it, or sign in as one.",
              types={"needed": tuple, "permission": str})
#: Acting for another user (an approver at this desk) needs their password or PIN.
IDENTITY_NOT_PROVEN = Code("access.identity_not_proven",
                           "{user} must confirm with their password or PIN to {action}.",
                           "Ask them to type it in the approval window.")
#: Nobody is signed in (the command line without --as), and the action needs a role.
SIGN_IN_REQUIRED = Code(
    "access.sign_in_required", "Nobody is signed in, and only {roles} may {action}.",
    "Sign in as {roles} first (on the command line: --as NAME, which asks for the "
    "password, or --as NAME --password-file FILE).",
    types={"needed": tuple, "permission": str})


class SignInRequired(PermissionDenied):
    """Nobody is signed in, and the action needs a role."""


def role_allows(role: str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(role, frozenset())


def allowed(workspace: Workspace, permission: Permission, user: str | None = None) -> bool:
    """Whether ``user`` (default: the signed-in user) may do it; for showing controls."""
    return role_allows(workspace.role_of(user or workspace.user), permission)


def roles_allowed(permission: Permission) -> list[str]:
    return [r for r in ROLES if role_allows(r, permission)]


def require(workspace: Workspace, permission: Permission, *, user: str | None = None,
            action: str = "", case_id: str | None = None) -> None:
    """Raise :class:`PermissionDenied` (naming the action and the role needed) unless allowed.

    A refusal is recorded first (:func:`record_denied`), with ``case_id`` when the action
    concerned a case.
    """
    who = user or workspace.user
    role = workspace.role_of(who)
    if role_allows(role, permission):
        return
    record_denied(workspace, permission, user=who, action=action, case_id=case_id)
    raise denied_error(permission, who, role, action)


def denied_error(permission: Permission, who: str, role: str,
                 action: str = "") -> PermissionDenied:
    needed = tuple(roles_allowed(permission))
    what = action or permission.value.replace("_", " ")
    roles = " or ".join(_with_article(r) for r in needed)
    if not who:
        return SignInRequired.refusing(SIGN_IN_REQUIRED(
            action=what, permission=permission.value, needed=needed, roles=roles))
    return PermissionDenied.refusing(DENIED(
        user=who, role=role, action=what, permission=permission.value, needed=needed,
        roles=roles))


def _with_article(role: str) -> str:
    return f"an {role}" if role[0] in "aeiou" else f"a {role}"


def record_denied(workspace: Workspace, permission: Permission, *, user: str | None = None,
                  action: str = "", case_id: str | None = None) -> None:
    """Write an ``access_denied`` event on this desk's audit stream, in its own transaction.

    Recording must never turn a clear refusal into a crash: if the log cannot be written,
    the refusal is only logged to the app's log file.
    """
    who = user or workspace.user
    payload: dict[str, Any] = {
        "user": who, "role": workspace.role_of(who), "permission": permission.value,
        "action": action or permission.value.replace("_", " "), "case_id": case_id,
        "session_user": workspace.user,
    }
    from recovery_desk.storage.event_store import unit_of_work

    try:
        with unit_of_work(workspace.engine, workspace.desk_id) as uow:
            uow.record(uow.audit_stream(), [Change(ACCESS_DENIED, payload)], workspace.user)
    except (SQLAlchemyError, RecoveryDeskError) as exc:
        log.warning("could not record a denied %s by %s: %s", permission.value, who, exc)


# -- personal data in read models ------------------------------------------------------

#: keys that name or describe a customer, in case rows, exports and case states
PERSONAL_KEYS = frozenset({"name", "customer_name", "phone", "email", "number",
                           "customer_number", "words", "remedy", "root_cause"})
MASK = "•••"


def can_read_personal(workspace: Workspace, case_desk_id: str, status: str,
                      user: str | None = None) -> bool:
    """Whether the user may see who the customer is and what they said on this case.

    Everyone sees their own desk's cases (and its practice chain) and any case still being
    worked (open, escalated, due for follow-up); other desks' finished cases need
    ``READ_OTHER_DESKS_PERSONAL``.
    """
    desk = workspace.desk_id
    if case_desk_id in (desk, f"{desk}-TRAINING") or status in ACTIVE_STATUSES:
        return True
    return allowed(workspace, Permission.READ_OTHER_DESKS_PERSONAL, user)


def readable_search(workspace: Workspace, flt: CaseFilter) -> CaseFilter:
    """``flt`` with its searched words limited to the cases whose text the user may read.

    Without ``READ_OTHER_DESKS_PERSONAL`` a search looks only in this desk's cases and in
    cases still being worked (``can_read_personal``): otherwise the list, its snippets and
    its count would tell what another desk's customers said. The filters without words
    are unchanged. Every reader of the Log's view (table, count, export) goes through it.
    """
    if not flt.text.strip() or allowed(workspace, Permission.READ_OTHER_DESKS_PERSONAL):
        return flt
    return replace(flt, search_desk=workspace.desk_id)


def mask_personal(record: Mapping[str, Any]) -> dict[str, Any]:
    """A copy with personal values replaced by :data:`MASK` (a nested ``customer`` too,
    keeping its id and language, which identify no one)."""
    masked: dict[str, Any] = {}
    for key, value in record.items():
        if key == "customer" and isinstance(value, Mapping):
            masked[key] = {k: (v if k in ("id", "language") else MASK)
                           for k, v in value.items()}
        elif key in PERSONAL_KEYS and value not in (None, ""):
            masked[key] = MASK
        else:
            masked[key] = value
    return masked


def personal_view(workspace: Workspace, record: Mapping[str, Any], *,
                  desk_key: str = "desk_id", status_key: str = "status") -> dict[str, Any]:
    """``record`` as the signed-in user may see it: whole, or masked."""
    if can_read_personal(workspace, str(record.get(desk_key) or ""),
                         str(record.get(status_key) or "")):
        return dict(record)
    return mask_personal(record)
