"""supervisor review of cases

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 21:40:00

Projection columns for the supervisor's review (coaching notes, training flag, corrective
action, who makes the follow-up, when the last follow-up was done) and the index behind
the follow-up queue's "done" list. Only columns are added, so SQLite does it in place.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('corrective_action', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('coaching_notes', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('flagged_for_training', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column('follow_up_assignee', sa.String(length=200),
                                      nullable=True))
        batch_op.add_column(sa.Column('follow_up_done_at', sa.DateTime(), nullable=True))
        batch_op.create_index('ix_cases_follow_up_done',
                              ['training', 'follow_up_done_at', 'case_id'], unique=False)
    # Logs written before this revision: the one new column with values in their events
    # (the others start at their defaults, as no event set them yet).
    op.execute(
        "UPDATE cases SET follow_up_done_at = (SELECT MAX(e.at) FROM case_events e "
        "WHERE e.case_id = cases.case_id AND e.kind = 'follow_up_done') "
        "WHERE follow_ups_done > 0")


def downgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_follow_up_done')
        batch_op.drop_column('follow_up_done_at')
        batch_op.drop_column('follow_up_assignee')
        batch_op.drop_column('flagged_for_training')
        batch_op.drop_column('coaching_notes')
        batch_op.drop_column('corrective_action')
