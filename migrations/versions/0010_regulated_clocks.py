"""regulated clocks and the complaint register

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 07:00:00

Projection columns for regulated complaint handling: the pack a case runs under, each
clock's due and met time (acknowledgement, summary-resolution window, final response), the
time-free clock status, the register's codes, the vulnerability flag and the exclusion from
regulatory returns; an index on the final-response due time for the "breaching soon" lists.
Only nullable or defaulted columns are added (no table is rebuilt, so nothing cascades).
Existing cases had no such events, so their values are the defaults: no clocks, not
vulnerable, not coded, not excluded.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

_TIMES = ("acknowledge_due", "acknowledge_met_at", "summary_resolution_due",
          "summary_resolution_met_at", "final_response_due", "final_response_met_at")


def upgrade() -> None:
    op.add_column('cases', sa.Column('clock_pack', sa.String(length=64), nullable=True))
    for name in _TIMES:
        op.add_column('cases', sa.Column(name, sa.DateTime(), nullable=True))
    op.add_column('cases', sa.Column('clock_status', sa.String(length=20), nullable=True))
    op.add_column('cases', sa.Column('vulnerable', sa.Boolean(), nullable=False,
                                     server_default=sa.false()))
    for name, width in (("register_product", 64), ("register_cause", 64),
                        ("register_outcome", 20)):
        op.add_column('cases', sa.Column(name, sa.String(length=width), nullable=True))
    op.add_column('cases', sa.Column('return_excluded', sa.Boolean(), nullable=False,
                                     server_default=sa.false()))
    op.create_index('ix_cases_final_response_due', 'cases', ['final_response_due'])


def downgrade() -> None:
    op.drop_index('ix_cases_final_response_due', table_name='cases')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        for name in ("return_excluded", "register_outcome", "register_cause",
                     "register_product", "vulnerable", "clock_status", *reversed(_TIMES),
                     "clock_pack"):
            batch_op.drop_column(name)
