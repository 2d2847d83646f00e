"""Finding a case by the reference people quote (DESK-000042)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from recovery_desk.core.errors import RecoveryDeskError

if TYPE_CHECKING:
    from recovery_desk.services.workspace import Workspace


def case_id_of(ws: Workspace, ref: str) -> str:
    from recovery_desk.storage.models import Case

    with ws.engine.connect() as conn:
        found = conn.execute(select(Case.case_id).where(Case.ref == ref.strip())).scalar()
    if found is None:
        raise RecoveryDeskError(f"There is no case {ref!r} in this log.",
                                "Check the reference (it looks like DESK-000042).")
    return found
