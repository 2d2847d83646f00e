"""What the Training page asks of practice runs beyond the run list: which of some cases
are practice runs, and whether each is still going on (for the debrief when one ends)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Engine, select

from recovery_desk.storage.models import Case

C = Case.__table__.c


@dataclass(frozen=True)
class RunState:
    case_id: str
    ref: str
    going_on: bool  # a stage is still to be worked
    words: str  # the customer's words: which scenario it was started from


def practice_run_states(engine: Engine, case_ids: Iterable[str],
                        limit: int = 50) -> list[RunState]:
    ids = list(case_ids)[:limit]
    if not ids:
        return []
    with engine.connect() as conn:
        return [RunState(case_id=r.case_id, ref=r.ref, going_on=r.stage is not None,
                         words=r.words)
                for r in conn.execute(select(C.case_id, C.ref, C.stage, C.words).where(
                    C.case_id.in_(ids), C.training.is_(True)))]
