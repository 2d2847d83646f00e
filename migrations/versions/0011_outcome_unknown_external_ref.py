"""outcome unknown counted apart; the imported ticket number on the case

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 09:00:00

A case closed with outcome ``unknown`` (history imported without satisfaction answers) is
left out of the recovery rate and first-contact resolution and counted apart: the
dashboard's daily rollup gains the sum ``unknown`` and every day with cases is marked
dirty, so the first dashboard after the upgrade recomputes it (cheap, see 0008).

``cases.external_ref`` is the case number in the helpdesk a case was imported from, so an
export can be looked up by "their ticket 511074". It is filled from the ``case_opened``
events here: older imports kept it in ``imported.reference``, new ones as the personal
field ``external_ref`` (erasable like the customer's words). Columns are added with
``ADD COLUMN`` (no table copy, so no foreign-key cascade on SQLite).
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def _reference(payload: Any) -> str:
    if isinstance(payload, str):
        payload = json.loads(payload)
    if not isinstance(payload, dict):
        return ""
    imported = payload.get("imported")
    value = payload.get("external_ref") or (
        imported.get("reference") if isinstance(imported, dict) else None)
    return str(value)[:200] if value else ""


def upgrade() -> None:
    op.add_column('cases', sa.Column('external_ref', sa.String(length=200), nullable=False,
                                     server_default=''))
    op.add_column('kpi_daily', sa.Column('unknown', sa.Integer(), nullable=False,
                                         server_default='0'))
    bind = op.get_bind()
    found = bind.execute(sa.text(
        "SELECT case_id, payload FROM case_events WHERE kind = 'case_opened' "
        "AND CAST(payload AS TEXT) LIKE '%imported%'"))
    updates = [{"c": case_id, "r": ref} for case_id, payload in found
               if (ref := _reference(payload))]
    for start in range(0, len(updates), 1000):
        bind.execute(sa.text("UPDATE cases SET external_ref = :r WHERE case_id = :c"),
                     updates[start:start + 1000])
    if bind.dialect.name == "postgresql":
        day = "to_char(opened_at, 'YYYY-MM-DD')"
    else:
        day = "substr(opened_at, 1, 10)"   # SQLAlchemy's SQLite text times are UTC
    op.execute(f"INSERT INTO kpi_dirty (day) SELECT DISTINCT {day} FROM cases "
               f"WHERE {day} NOT IN (SELECT day FROM kpi_dirty)")


def downgrade() -> None:
    # DROP COLUMN in place (SQLite 3.35+): no table copy, so no cascade
    op.drop_column('kpi_daily', 'unknown')
    op.drop_column('cases', 'external_ref')
