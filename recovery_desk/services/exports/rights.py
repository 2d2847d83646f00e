"""Who may take personal data out of the log in an export.

An export that names customers (their ids, and in event exports their names, phones,
e-mails and words) needs ``EXPORT_PERSONAL`` (supervisors and administrators). Everyone
else, nobody signed in included, gets the pseudonymized export: stable pseudonyms instead
of customer ids, no names, phones, e-mails or free text. Every exporter (the command line,
the window, reports) asks here, so the rule is in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recovery_desk.services.access.permissions import Permission, allowed

if TYPE_CHECKING:
    from recovery_desk.services.workspace import Workspace


def may_export_personal(workspace: Workspace) -> bool:
    return allowed(workspace, Permission.EXPORT_PERSONAL)


def must_pseudonymize(workspace: Workspace, requested: bool) -> bool:
    """Whether the signed-in user's export is pseudonymized: when they asked for it, or
    when they may not export personal data."""
    return requested or not may_export_personal(workspace)
