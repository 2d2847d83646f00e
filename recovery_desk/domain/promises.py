"""Marking a promise kept: the one action on a commitment (``domain.commitments``).

Allowed on a closed case too: a refund promised to a satisfied customer is still owed after
the case closes, and the reminder ends only when someone says it was done.
"""

from __future__ import annotations

from recovery_desk.domain import events as ev
from recovery_desk.domain import flow_refusals as R
from recovery_desk.domain.case import CaseState
from recovery_desk.domain.events import Change
from recovery_desk.domain.flow import FlowError


def mark_done(state: CaseState, key: str) -> list[Change]:
    """Record that the open commitment ``key`` was carried out."""
    found = next((c for c in state.commitments if c.key == key), None)
    if found is None:
        raise FlowError(R.COMMITMENT_UNKNOWN(commitment=key))
    return [Change(ev.COMMITMENT_DONE, {"commitment": key, "resolution": found.resolution,
                                        "due": found.due})]
