"""a name search and an own-desk search read index entries alone; review events have an
index of their own

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 12:10:00

The Log's search by a customer's name lists the customers named and checks each case
against them (``services/cases/identity_search.py``). A common surname names about 10,000
customers on a 1M-case log, and their ids and ``erased`` flags were read from the table,
one row each: the name key indexes now carry both. ``ix_cases_customer_opened`` also
carries the case's status, desk and id, so the cases of the customers named that a role
may read (its own desk's, and those still being worked) are counted and listed from index
entries alone; an agent searching a common surname no longer walks half the log to fill a
page with the few it may read.

The review queue, scores per agent, calibration and an agent's feedback list read a few
kinds of events (``models.REVIEW_KINDS``); without an index they scanned every event of
the log (tens of seconds on 28M events). ``ix_case_events_review`` holds only those
events (a partial index), so it costs nothing for the Desk's ordinary events.

Plain ``CREATE INDEX``/``DROP INDEX``: no table copy (no cascade on SQLite). Building the
review index reads the events table once.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

#: As ``models.REVIEW_ONLY`` at this revision (copied: a later change there must not
#: change what this step did).
_REVIEW_ONLY = ("kind IN ('annotated', 'quality_sampled', 'quality_reviewed', "
                "'practice_reviewed', 'feedback_acknowledged')")


def upgrade() -> None:
    op.drop_index('ix_customers_name_key', table_name='customers')
    op.drop_index('ix_customers_name_alt_key', table_name='customers')
    op.create_index('ix_customers_name_key_id', 'customers',
                    ['name_key', 'erased', 'customer_id'])
    op.create_index('ix_customers_name_alt_key_id', 'customers',
                    ['name_alt_key', 'erased', 'customer_id'])
    op.drop_index('ix_cases_customer_opened', table_name='cases')
    op.create_index('ix_cases_customer_opened', 'cases',
                    ['customer_id', 'opened_at', 'status', 'desk_id', 'case_id'])
    where = sa.text(_REVIEW_ONLY)
    op.create_index('ix_case_events_review', 'case_events', ['kind', 'case_id'],
                    sqlite_where=where, postgresql_where=where)


def downgrade() -> None:
    op.drop_index('ix_case_events_review', table_name='case_events')
    op.drop_index('ix_cases_customer_opened', table_name='cases')
    op.create_index('ix_cases_customer_opened', 'cases', ['customer_id', 'opened_at'])
    op.drop_index('ix_customers_name_alt_key_id', table_name='customers')
    op.drop_index('ix_customers_name_key_id', table_name='customers')
    op.create_index('ix_customers_name_alt_key', 'customers', ['name_alt_key'])
    op.create_index('ix_customers_name_key', 'customers', ['name_key'])
