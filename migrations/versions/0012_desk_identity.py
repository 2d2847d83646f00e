"""each log is a desk: its identity and public key, known and trusted keys, signed
checkpoints, what a pull held aside, and on a server the desks' roles with row-level security

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 07:30:00

Until now a desk's id came from the workstation's settings (the host name), so every log
on a machine shared it, and nothing authenticated sync. From here each log holds its own
desk id and the public half of an Ed25519 key created with it (the private key is kept
outside the log); checkpoints are that key's signatures over the desk's chain head, and a
receiver applies events only from desks whose key an administrator trusted.

An existing log gets its identity at the next opening (``services/trust/identity.py``):
it adopts the desk id it has been writing under, with a new key; that cannot happen here,
because the key must not be stored in the log.

On PostgreSQL, row-level security lets a desk's role insert only its own desk's events,
checkpoints, head and key (``server_roles`` maps roles to desks; ``recovery-desk server
add-desk`` fills it and grants). The table owner, who runs migrations, is not restricted.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

_OWN_DESK = ("desk_id = rd_role_desk() OR desk_id = rd_role_desk() || '-TRAINING'")
_RLS = {
    # table: (insert check, update allowed)
    'case_events': (_OWN_DESK, True),    # updates: an erasure's scrub (payload only, granted)
    'checkpoints': (_OWN_DESK, False),
    'desks': (_OWN_DESK, True),          # its own head
    'desk_keys': (_OWN_DESK, False),     # presenting its own key
}


def upgrade() -> None:
    op.create_table(
        'desk_identity',
        sa.Column('slot', sa.Integer(), nullable=False),
        sa.Column('desk_id', sa.String(length=64), nullable=False),
        sa.Column('public_key', sa.String(length=64), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('origin', sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint('slot', name=op.f('pk_desk_identity')))
    op.create_table(
        'desk_keys',
        sa.Column('desk_id', sa.String(length=64), nullable=False),
        sa.Column('fingerprint', sa.String(length=40), nullable=False),
        sa.Column('public_key', sa.String(length=64), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('trusted_by', sa.String(length=200), nullable=True),
        sa.Column('trusted_at', sa.DateTime(), nullable=True),
        sa.Column('first_seen_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('desk_id', 'fingerprint', name=op.f('pk_desk_keys')))
    op.create_table(
        'checkpoints',
        sa.Column('desk_id', sa.String(length=64), nullable=False),
        sa.Column('desk_seq', sa.Integer(), nullable=False),
        sa.Column('head_hash', sa.String(length=64), nullable=False),
        sa.Column('signed_at', sa.DateTime(), nullable=False),
        sa.Column('public_key', sa.String(length=64), nullable=False),
        sa.Column('signature', sa.String(length=128), nullable=False),
        sa.Column('received_at', sa.DateTime(), nullable=False),
        sa.Column('source', sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint('desk_id', 'desk_seq', name=op.f('pk_checkpoints')))
    op.create_table(
        'sync_holds',
        sa.Column('source', sa.String(length=500), nullable=False),
        sa.Column('item', sa.String(length=300), nullable=False),
        sa.Column('kind', sa.String(length=12), nullable=False),
        sa.Column('desk_id', sa.String(length=64), nullable=False),
        sa.Column('fingerprint', sa.String(length=40), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('first_seen_at', sa.DateTime(), nullable=False),
        sa.Column('last_seen_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('source', 'item', name=op.f('pk_sync_holds')))
    op.create_table(
        'server_roles',
        sa.Column('role_name', sa.String(length=63), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('desk_id', sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint('role_name', name=op.f('pk_server_roles')))
    if op.get_bind().dialect.name == 'postgresql':
        _row_level_security()


def _row_level_security() -> None:
    # session_user, not current_user: inside a SECURITY DEFINER function current_user is
    # the function's owner
    op.execute("""
        CREATE FUNCTION rd_role_desk() RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT desk_id FROM server_roles WHERE role_name = session_user AND kind = 'desk'
        $$""")
    op.execute("REVOKE ALL ON FUNCTION rd_role_desk() FROM PUBLIC")
    for table, (check, updates) in _RLS.items():
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY rd_read ON {table} FOR SELECT USING (true)")
        op.execute(f"CREATE POLICY rd_insert_own ON {table} FOR INSERT WITH CHECK ({check})")
        if updates:
            using = "true" if table == 'case_events' else check
            op.execute(f"CREATE POLICY rd_update ON {table} FOR UPDATE USING ({using}) "
                       f"WITH CHECK ({using})")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for table in _RLS:
            for policy in ('rd_read', 'rd_insert_own', 'rd_update'):
                op.execute(f"DROP POLICY IF EXISTS {policy} ON {table}")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        op.execute("DROP FUNCTION IF EXISTS rd_role_desk()")
    for table in ('server_roles', 'sync_holds', 'checkpoints', 'desk_keys', 'desk_identity'):
        op.drop_table(table)
