"""full-text search over case text; the Log's sort orders

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 21:40:00

Adds ``cases.duration_s`` (whole seconds from opening to closing) and one index per sort
order of the Log, each ending in the case id for keyset pages; ``case_search`` with one
text row per case; on SQLite the FTS5 table ``case_fts`` over it with triggers that keep it
in step, on PostgreSQL a GIN index over ``to_tsvector('simple', folded)``. Existing logs are
backfilled: durations and search text in SQL on SQLite (one pass over the text-bearing
events, then one FTS5 ``rebuild``), through ``storage.search.rebuild`` on PostgreSQL (which
folds diacritics in Python).
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

#: Must match ``recovery_desk.storage.search.TEXT_FIELDS`` (kind, JSON path, order).
_TEXT_FIELDS = (
    ('case_opened', '$.words', 0), ('case_opened', '$.remedy', 1),
    ('note_added', '$.text', 0), ('field_captured', '$.value', 0),
    ('root_cause_recorded', '$.cause', 0), ('root_cause_recorded', '$.corrective_action', 1),
    ('annotated', '$.text', 0), ('follow_up_done', '$.note', 0),
)

_FTS_TRIGGERS = (
    "CREATE TRIGGER case_search_ai AFTER INSERT ON case_search BEGIN "
    "INSERT INTO case_fts(rowid, body) VALUES (new.doc_id, new.body); END",
    "CREATE TRIGGER case_search_ad AFTER DELETE ON case_search BEGIN "
    "INSERT INTO case_fts(case_fts, rowid, body) VALUES ('delete', old.doc_id, old.body); END",
    "CREATE TRIGGER case_search_au AFTER UPDATE OF body ON case_search BEGIN "
    "INSERT INTO case_fts(case_fts, rowid, body) VALUES ('delete', old.doc_id, old.body); "
    "INSERT INTO case_fts(rowid, body) VALUES (new.doc_id, new.body); END",
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
    if sqlite:
        _backfill_sqlite()
    else:
        op.execute("CREATE INDEX ix_case_search_fts ON case_search "
                   "USING gin (to_tsvector('simple'::regconfig, folded))")
        from recovery_desk.storage import search

        search.rebuild(op.get_bind())


def _backfill_sqlite() -> None:
    fields = " UNION ALL ".join(f"SELECT '{kind}', '{path}', {order}"
                                for kind, path, order in _TEXT_FIELDS)
    op.execute(
        "INSERT INTO case_search (case_id, body, folded) "
        "SELECT case_id, group_concat(piece, char(10)), '' FROM ("
        f" WITH f(kind, path, ord) AS ({fields})"
        " SELECT e.case_id AS case_id, trim(replace(replace(json_extract(e.payload, f.path),"
        " char(2), ' '), char(3), ' '), ' ' || char(9, 10, 13)) AS piece"
        " FROM case_events AS e JOIN f ON f.kind = e.kind"
        " WHERE typeof(json_extract(e.payload, f.path)) = 'text'"
        " ORDER BY e.case_id, e.seq, e.at, e.desk_id, e.desk_seq, f.ord"
        ") WHERE piece != '' GROUP BY case_id")
    op.execute("CREATE VIRTUAL TABLE case_fts USING fts5(body, content='case_search', "
                "content_rowid='doc_id', tokenize='unicode61 remove_diacritics 2', "
                "prefix='2 3')")
    op.execute("INSERT INTO case_fts(case_fts) VALUES ('rebuild')")
    for trigger in _FTS_TRIGGERS:
        op.execute(trigger)


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
