"""durations in milliseconds as 64-bit integers on PostgreSQL

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 18:45:00

A case's durations (first response, resolution, time per stage) are whole milliseconds:
a 32-bit integer holds under 25 days, and a follow-up answered a month after opening (the
first "yes" then comes weeks later) did not fit on PostgreSQL. They become BIGINT there;
SQLite's INTEGER is 64-bit already, so nothing changes on SQLite (no table copy).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

COLUMNS = ("first_response_ms", "resolution_ms", *(f"stage_ms_{role}" for role in (
    "listen", "acknowledge", "apologize", "diagnose", "explain", "resolve", "confirm", "thank",
    "control", "refocus", "other")))


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in COLUMNS:
        op.alter_column('cases', name, type_=sa.BigInteger(), existing_type=sa.Integer(),
                        existing_nullable=True)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in COLUMNS:
        op.alter_column('cases', name, type_=sa.Integer(), existing_type=sa.BigInteger(),
                        existing_nullable=True)
