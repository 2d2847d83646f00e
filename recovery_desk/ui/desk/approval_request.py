"""What an offer over the agent's limit asks for, in words: the case, the resolution, the
amount, the limit it goes over and who may approve it (a supervisor or administrator whose
own limit covers the amount). The approval dialog and the resolve box show these."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from recovery_desk.domain.case import CaseState
from recovery_desk.domain.playbook import Playbook
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.account.approval import ApprovalRequest
from recovery_desk.ui.common.formatting import money

APPROVER_ROLES = ("supervisor", "admin")


def limit_text(limit: Decimal | None, currency: str | None) -> str:
    """A limit in the locale's money format; no limit at all in words."""
    if limit is None:
        return QCoreApplication.translate("ApprovalRequest", "no limit")
    return money(limit, currency)


def approvers(ws: Workspace, playbook: Playbook, amount: Decimal | None,
              currency: str | None) -> list[str]:
    """Everyone who may approve ``amount``: an approving role whose limit covers it."""
    found = []
    for name, role in ws.users():
        if role not in APPROVER_ROLES:
            continue
        limit = playbook.limit_for(role, currency or "")
        if limit is None or amount is None or amount <= limit:
            found.append(name)
    return found


def approval_request(ws: Workspace, playbook: Playbook, state: CaseState,
                     lang: str) -> ApprovalRequest:
    """The waiting offer of ``state`` in words, for the approval dialog."""
    agent = state.escalated_by or state.agent
    limit = state.escalation_limit if state.escalation_limit is not None else \
        playbook.limit_for(ws.role_of(agent), state.currency or "")
    return ApprovalRequest(
        reference=state.ref, resolution=ws.resolution_label(state.resolution, lang),
        amount=money(state.redress_amount, state.currency), agent=agent,
        limit=limit_text(limit, state.currency),
        approvers=approvers(ws, playbook, state.redress_amount, state.currency))
