"""sync state: push cursors per target; cases by desk

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 20:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'sync_state',
        sa.Column('target', sa.String(length=500), nullable=False),
        sa.Column('desk_id', sa.String(length=64), nullable=False),
        sa.Column('last_desk_seq', sa.Integer(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('target', 'desk_id', name=op.f('pk_sync_state')),
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_desk_opened', ['desk_id', 'opened_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_desk_opened')
    op.drop_table('sync_state')
