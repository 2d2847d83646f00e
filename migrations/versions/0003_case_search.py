"""full-text search over case text; the Log's sort orders

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 21:40:00

Adds ``cases.duration_s`` (whole seconds from opening to closing) and one index per sort
order of the Log, each ending in the case id for keyset pages; ``case_search`` with one
text row per case; on SQLite the FTS5 table ``case_fts`` over it with triggers that keep it
in step, on PostgreSQL a GIN index over ``to_tsvector('simple', folded)``. Existing logs are
backfilled: durations in SQL, search text through ``storage.search.rebuild`` (one pass over
the text-bearing events; diacritics are folded in Python), on SQLite indexed by one FTS5
``rebuild`` before the triggers exist.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

#: The Log's sort orders; each index also carries the usual filter columns, so a filtered
#: page is checked in the index and only matching rows are read from the table.
_FILTER_COLUMNS = ['training', 'status', 'desk_id', 'agent', 'channel', 'category',
                   'escalated', 'watchlist']
SORT_INDEXES = tuple(
    (f'ix_cases_{key}_case', [column, 'case_id', *_FILTER_COLUMNS])
    for key, column in (('opened', 'opened_at'), ('closed', 'closed_at'), ('csat', 'csat'),
                        ('redress', 'redress_amount'), ('duration', 'duration_s')))

_FTS_TRIGGERS = (
    "CREATE TRIGGER case_search_ai AFTER INSERT ON case_search BEGIN "
    "INSERT INTO case_fts(rowid, folded) VALUES (new.doc_id, new.folded); END",
    "CREATE TRIGGER case_search_ad AFTER DELETE ON case_search BEGIN "
    "INSERT INTO case_fts(case_fts, rowid, folded) VALUES ('delete', old.doc_id, old.folded); "
    "END",
    "CREATE TRIGGER case_search_au AFTER UPDATE OF folded ON case_search BEGIN "
    "INSERT INTO case_fts(case_fts, rowid, folded) VALUES ('delete', old.doc_id, old.folded); "
    "INSERT INTO case_fts(rowid, folded) VALUES (new.doc_id, new.folded); END",
)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == 'sqlite'
    op.add_column('cases', sa.Column('duration_s', sa.Integer(), nullable=True))
    if sqlite:
        # floor(closed - opened) from SQLAlchemy's text times 'YYYY-MM-DD HH:MM:SS.ffffff'
        op.execute(
            "UPDATE cases SET duration_s = "
            "(CAST(strftime('%s', substr(closed_at, 1, 19)) AS INTEGER) "
            "- CAST(strftime('%s', substr(opened_at, 1, 19)) AS INTEGER)) "
            "- (CAST(substr(closed_at || '.000000', 21, 6) AS INTEGER) "
            "< CAST(substr(opened_at || '.000000', 21, 6) AS INTEGER)) "
            "WHERE closed_at IS NOT NULL")
    else:
        op.execute("UPDATE cases SET duration_s = "
                   "floor(extract(epoch from (closed_at - opened_at)))::integer "
                   "WHERE closed_at IS NOT NULL")
    with op.batch_alter_table('cases', schema=None) as batch_op:
        for name, columns in SORT_INDEXES:
            batch_op.create_index(name, columns, unique=False)
    op.create_table(
        'case_search',
        sa.Column('doc_id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('case_id', sa.String(length=36), nullable=False),
        sa.Column('body', sa.Text(), nullable=False),
        sa.Column('folded', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('doc_id', name=op.f('pk_case_search')),
        sa.UniqueConstraint('case_id', name=op.f('uq_case_search_case_id')),
    )
    from recovery_desk.storage import search

    if sqlite:
        # fill the table first and index it in one pass, then keep it in step by triggers
        op.execute("CREATE VIRTUAL TABLE case_fts USING fts5(folded, content='case_search', "
                   "content_rowid='doc_id', tokenize='unicode61 remove_diacritics 2', "
                   "prefix='2 3')")
        search.rebuild(op.get_bind())
        op.execute("INSERT INTO case_fts(case_fts) VALUES ('rebuild')")
        for trigger in _FTS_TRIGGERS:
            op.execute(trigger)
    else:
        op.execute("CREATE INDEX ix_case_search_fts ON case_search "
                   "USING gin (to_tsvector('simple'::regconfig, folded))")
        search.rebuild(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        for name in ('case_search_ai', 'case_search_ad', 'case_search_au'):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS case_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_case_search_fts")
    op.drop_table('case_search')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        for name, _columns in reversed(SORT_INDEXES):
            batch_op.drop_index(name)
        batch_op.drop_column('duration_s')
