"""customer erasure and redaction-proof hashes

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 21:40:00

Each event records its hash scheme (``hash_version``): events already in a log were hashed
with scheme 1 and keep it; new events use scheme 2, which survives erasure of personal
fields (see ``recovery_desk/domain/hashing.py``). Retention finds old closed cases through
an index on ``cases.closed_at``. Only a column and an index are added, so SQLite does it in
place.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('case_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('hash_version', sa.Integer(), nullable=False,
                                      server_default='1'))
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_closed_at', ['closed_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_closed_at')
    with op.batch_alter_table('case_events', schema=None) as batch_op:
        batch_op.drop_column('hash_version')
