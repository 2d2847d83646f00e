"""the Log's indexes carry every filter column, and those that drive a page every sort key

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 01:10:00

A Log page is read either along its sort index, checking the filter in each entry, or —
when a filter with an index of its own matches few enough cases — along that filter's
index, and then sorted (``recovery_desk/services/cases/case_query.py``). Until now the second
way read every matching row from the table to find its sort value, so it could only serve
a few thousand cases, and a wider filter fell back to walking the sort index: through the
whole log when its matches sat at the far end (open cases sorted by closing time, the last
week sorted by closing time, oldest first). Now the filter indexes (opening day, desk,
status, watchlist) carry every sort column and the filter columns, so choosing and sorting
a page reads only index entries; and every index carries the opening time, severity,
playbook, mode and outcome, so every filter of the Log is checked in the index entry (a
rare combination such as critical cases of one playbook no longer reads a table row per
entry walked). The indexes are rebuilt, and one table is added: ``chores``, work a commit
leaves owing (purging erased words from the search index's older segments), done after it
in the background and retried at start-up.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

_FILTERS = ['training', 'status', 'desk_id', 'agent', 'channel', 'category', 'escalated',
            'watchlist', 'opened_at', 'severity', 'playbook', 'mode', 'outcome']
_SORT_VALUES = ['opened_at', 'closed_at', 'csat', 'redress_amount', 'duration_s']


def _columns(*lead: str, sort_values: bool = False) -> list[str]:
    tail = ['case_id', *_FILTERS, *(_SORT_VALUES if sort_values else [])]
    return [*lead, *(name for name in dict.fromkeys(tail) if name not in lead)]


NEW = {
    'ix_cases_opened_case': _columns('opened_at', sort_values=True),
    'ix_cases_closed_case': _columns('closed_at'),
    'ix_cases_csat_case': _columns('csat'),
    'ix_cases_redress_case': _columns('redress_amount'),
    'ix_cases_duration_case': _columns('duration_s'),
    'ix_cases_desk_opened': _columns('desk_id', 'opened_at', sort_values=True),
    'ix_cases_status_case': _columns('status', sort_values=True),
    'ix_cases_watchlist_due': _columns('watchlist', 'follow_up_due', sort_values=True),
}
_OLD_FILTERS = _FILTERS[:8]
OLD = {
    'ix_cases_opened_case': ['opened_at', 'case_id', *_OLD_FILTERS],
    'ix_cases_closed_case': ['closed_at', 'case_id', *_OLD_FILTERS],
    'ix_cases_csat_case': ['csat', 'case_id', *_OLD_FILTERS],
    'ix_cases_redress_case': ['redress_amount', 'case_id', *_OLD_FILTERS],
    'ix_cases_duration_case': ['duration_s', 'case_id', *_OLD_FILTERS],
    'ix_cases_desk_opened': ['desk_id', 'opened_at'],
    'ix_cases_status': ['status'],
    'ix_cases_watchlist_due': ['watchlist', 'follow_up_due'],
}


def _replace(drop: dict[str, list[str]], create: dict[str, list[str]]) -> None:
    for name in drop:
        op.drop_index(name, table_name='cases')
    for name, columns in create.items():
        op.create_index(name, 'cases', columns, unique=False)


def upgrade() -> None:
    _replace(OLD, NEW)
    op.create_table(
        'chores',
        sa.Column('name', sa.String(length=40), nullable=False),
        sa.Column('due_since', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_chores')))


def downgrade() -> None:
    op.drop_table('chores')
    _replace(NEW, OLD)
