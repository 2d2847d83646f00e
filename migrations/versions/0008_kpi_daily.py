"""the dashboard's daily rollup

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 22:40:00

Additive dashboard figures per local opening day and breakdown value (``kpi_daily``, the
redress per currency in ``kpi_daily_money``), kept current through ``kpi_dirty``: the
projection writer adds the UTC opening day of every case it writes, and the dashboard
recomputes those days before it reads (``recovery_desk/storage/kpi_rollup.py``). Here every
day that has cases is marked dirty, which is cheap; the first dashboard after the upgrade
computes the rollup once. ``ix_cases_kpi_sample`` covers the sampled percentiles' reads
(the sample's key range, with dates and durations). Only tables and an index are added.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

ROLES = ("listen", "acknowledge", "apologize", "diagnose", "explain", "resolve", "confirm",
         "thank", "control", "refocus", "other")
SUMS = ("n", "csat_ok", "csat_n", "promoters", "detractors", "likelihood_n", "closed",
        "recovered", "ces_sum", "ces_n", "accepted_yes", "accepted_n", "fcr", "watchlist",
        "first_response_n", "resolution_n",
        *(f"{kind}_{role}" for role in ROLES for kind in ("stage_n", "stage_sum")))


SAMPLE_INDEX = (
    "sample_key", "training", "opened_at", "desk_id", "agent", "channel", "category",
    "playbook", "mode", "first_response_ms", "resolution_ms",
    *(f"stage_ms_{r}" for r in ROLES))


def upgrade() -> None:
    op.create_table(
        'kpi_daily',
        sa.Column('dim', sa.String(length=16), nullable=False),
        sa.Column('value', sa.String(length=200), nullable=False),
        sa.Column('day', sa.String(length=10), nullable=False),
        *(sa.Column(name, sa.BigInteger() if name.startswith("stage_sum") else sa.Integer(),
                    nullable=False) for name in SUMS),
        sa.PrimaryKeyConstraint('dim', 'value', 'day', name=op.f('pk_kpi_daily')))
    op.create_table(
        'kpi_daily_money',
        sa.Column('dim', sa.String(length=16), nullable=False),
        sa.Column('value', sa.String(length=200), nullable=False),
        sa.Column('day', sa.String(length=10), nullable=False),
        sa.Column('currency', sa.String(length=3), nullable=False),
        sa.Column('redress_n', sa.Integer(), nullable=False),
        sa.Column('redress_cents', sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint('dim', 'value', 'day', 'currency',
                                name=op.f('pk_kpi_daily_money')))
    op.create_table(
        'kpi_dirty',
        sa.Column('day', sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint('day', name=op.f('pk_kpi_dirty')))
    op.create_table(
        'kpi_rollup_state',
        sa.Column('key', sa.String(length=32), nullable=False),
        sa.Column('value', sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_kpi_rollup_state')))
    if op.get_bind().dialect.name == "postgresql":
        day = "to_char(opened_at, 'YYYY-MM-DD')"
    else:
        day = "substr(opened_at, 1, 10)"   # SQLAlchemy's SQLite text times are UTC
    op.execute(f"INSERT INTO kpi_dirty (day) SELECT DISTINCT {day} FROM cases")
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_kpi_sample', list(SAMPLE_INDEX), unique=False)


def downgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_kpi_sample')
    op.drop_table('kpi_rollup_state')
    op.drop_table('kpi_dirty')
    op.drop_table('kpi_daily_money')
    op.drop_table('kpi_daily')
