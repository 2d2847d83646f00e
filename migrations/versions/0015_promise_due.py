"""the date of a case's earliest promise not yet kept, with an index, for F10's reminders

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 12:10:00

The Desk's promise reminders (F10, ``services/cases/commitments.py``) read the cases with
a promise due before their horizon. Reading every case with a deadline made the list grow
with every promise ever kept; ``cases.promise_due`` is the date of the earliest open one
(None once all are kept, while the offer waits for approval, after it was declined, and
for a withdrawn case), indexed, so the list reads only the few cases with one open.

It is filled here from the events that make and end promises, folded as
``domain.case.CaseState`` folds them at this revision (copied, so a later change of the
domain does not change what this step did): an offer's items (or its one resolution),
keyed by the offer's event id and index, minus those marked ``commitment_done``.
``ADD COLUMN`` and ``CREATE INDEX`` copy no table, so no foreign-key cascade on SQLite.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

_BATCH = 1000
_KINDS = ("resolution_offered", "escalated", "escalation_approved", "escalation_declined",
          "case_withdrawn", "case_reopened", "commitment_done")


class _Promises:
    """One case's promises as its events leave them (a plain class: Alembic loads this
    file outside ``sys.modules``, where a dataclass cannot be made)."""

    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []
        self.key = ""
        self.pending = False
        self.withdrawn = False
        self.done: set[str] = set()

    def apply(self, kind: str, event_id: str, payload: dict[str, Any]) -> None:
        if kind == "resolution_offered":
            self.items = [dict(i) for i in payload.get("items") or []] or [
                {"deadline": payload.get("deadline")}]
            self.key, self.pending = event_id, False
        elif kind == "escalated":
            self.pending = True
        elif kind == "escalation_approved":
            self.pending = False
        elif kind == "escalation_declined":
            self.items, self.key, self.pending = [], "", False
        elif kind == "case_withdrawn":
            self.withdrawn, self.pending = True, False
        elif kind == "case_reopened":
            self.withdrawn = False
        else:
            self.done.add(str(payload.get("commitment", "")))

    def earliest(self) -> str | None:
        if self.pending or self.withdrawn or not self.key:
            return None
        dates = [str(item["deadline"])[:10] for index, item in enumerate(self.items)
                 if item.get("deadline") and f"{self.key}/{index}" not in self.done]
        return min(dates) if dates else None


def _payload(raw: Any) -> dict[str, Any]:
    value = json.loads(raw) if isinstance(raw, str) else raw
    return value if isinstance(value, dict) else {}


def upgrade() -> None:
    op.add_column('cases', sa.Column('promise_due', sa.String(length=10), nullable=True))
    op.create_index('ix_cases_promise_due', 'cases', ['promise_due'])
    bind = op.get_bind()
    kinds = ", ".join(f"'{kind}'" for kind in _KINDS)
    found = bind.execute(sa.text(
        "SELECT e.case_id, e.event_id, e.kind, e.payload FROM case_events e "
        f"WHERE e.kind IN ({kinds}) AND e.case_id IN (SELECT c.case_id FROM cases c "
        "WHERE c.deadline IS NOT NULL) "
        "ORDER BY e.case_id, e.seq, e.at, e.desk_id, e.desk_seq"))
    updates: list[dict[str, str]] = []
    current, state = None, _Promises()
    for case_id, event_id, kind, payload in found:
        if case_id != current:
            if current is not None and (due := state.earliest()):
                updates.append({"c": current, "d": due})
            current, state = case_id, _Promises()
        state.apply(kind, event_id, _payload(payload))
    if current is not None and (due := state.earliest()):
        updates.append({"c": current, "d": due})
    for start in range(0, len(updates), _BATCH):
        bind.execute(sa.text("UPDATE cases SET promise_due = :d WHERE case_id = :c"),
                     updates[start:start + _BATCH])


def downgrade() -> None:
    # DROP COLUMN in place (SQLite 3.35+): no table copy, so no cascade
    op.drop_index('ix_cases_promise_due', table_name='cases')
    op.drop_column('cases', 'promise_due')
