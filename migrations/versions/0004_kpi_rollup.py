"""figures for the dashboard

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 21:40:00

Durations the dashboard aggregates, as projection columns (whole milliseconds): opened ->
acknowledged, opened -> resolved, and the time spent in each stage role. The projection
writes them with every case (``storage/rows.py: kpi_columns``), so the dashboard never reads
the events. Only columns are added, so SQLite does it in place; logs written before this
revision get the same values from their events in SQL below. ``ix_cases_kpi`` covers
every column the dashboard reads, so its scans skip the wide rows (words, notes).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

ROLES = ("listen", "acknowledge", "apologize", "diagnose", "explain", "resolve", "confirm",
         "thank", "control", "refocus", "other")
COLUMNS = ("sample_key", "first_response_ms", "resolution_ms",
           *(f"stage_ms_{r}" for r in ROLES))
HEX = "'0123456789abcdef'"
KPI_INDEX = (
    "training", "desk_id", "agent", "channel", "category", "playbook", "mode", "opened_at",
    "status", "outcome", "watchlist", "follow_up_due", "csat", "likelihood", "ces",
    "accepted", "follow_ups_done", "redress_amount", "currency",
    "first_response_ms", "resolution_ms", "stage_ms_listen", "stage_ms_acknowledge",
    "stage_ms_apologize", "stage_ms_diagnose", "stage_ms_explain", "stage_ms_resolve",
    "stage_ms_confirm", "stage_ms_thank", "stage_ms_control", "stage_ms_refocus",
    "stage_ms_other")


def upgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        for name in COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Integer(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        _backfill_postgresql()
    else:
        _backfill_sqlite()
    # after the backfill, so the indexes are built once
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_kpi', list(KPI_INDEX), unique=False)
        batch_op.create_index('ix_cases_sample_key', ['sample_key'], unique=False)


def _role(expr: str) -> str:
    known = ", ".join(f"'{r}'" for r in ROLES)
    return f"CASE WHEN {expr} IN ({known}) THEN {expr} ELSE 'other' END"


def _pivot(source: str, floor: str) -> str:
    """One row per case with its milliseconds per role; ``floor`` as the dialect has it."""
    sums = ", ".join(
        f"CAST({floor}(SUM(CASE WHEN role = '{r}' THEN s END) * 1000 + 0.5) AS INTEGER) "
        f"AS stage_ms_{r}" for r in ROLES)
    return f"SELECT case_id, {sums} FROM ({source}) roles GROUP BY case_id"


def _set_stages() -> str:
    values = ", ".join(f"stage_ms_{r} = p.stage_ms_{r}" for r in ROLES)
    return f"UPDATE cases SET {values} FROM kpi_pivot p WHERE p.case_id = cases.case_id"


def _backfill_sqlite() -> None:
    # exact microsecond differences from SQLAlchemy's SQLite text times, floored to ms
    def micros(column: str) -> str:
        # whole seconds of the text without its fraction: strftime rounds to milliseconds
        return (f"(CAST(strftime('%s', substr({column}, 1, 19)) AS INTEGER) * 1000000 "
                f"+ CAST(substr({column} || '.000000', 21, 6) AS INTEGER))")

    def ms(start: str, end: str) -> str:
        diff = f"({micros(end)} - {micros(start)})"
        return f"(({diff} - ((({diff}) % 1000) + 1000) % 1000) / 1000)"

    op.execute(
        f"UPDATE cases SET sample_key = (instr({HEX}, lower(substr(case_id, -2, 1))) - 1) * 16 "
        f"+ instr({HEX}, lower(substr(case_id, -1, 1))) - 1")
    op.execute(
        f"UPDATE cases SET first_response_ms = {ms('opened_at', 'acknowledged_at')} "
        "WHERE acknowledged_at IS NOT NULL")
    op.execute(
        f"UPDATE cases SET resolution_ms = {ms('opened_at', 'resolved_at')} "
        "WHERE resolved_at IS NOT NULL")
    role = ("json_extract(o.payload, '$.stage_roles.\"' || "
            "json_extract(e.payload, '$.stage') || '\"')")
    source = (
        f"SELECT e.case_id AS case_id, {_role(f'COALESCE({role}, {chr(39)}other{chr(39)})')} "
        "AS role, COALESCE(json_extract(e.payload, '$.seconds'), 0) AS s "
        "FROM case_events e JOIN case_events o ON o.case_id = e.case_id "
        "AND o.kind = 'case_opened' WHERE e.kind IN ('stage_completed', 'stage_skipped')")
    op.execute("DROP TABLE IF EXISTS temp.kpi_pivot")
    op.execute(f"CREATE TEMP TABLE kpi_pivot AS {_pivot(source, '')}")
    op.execute("CREATE UNIQUE INDEX temp.ix_kpi_pivot ON kpi_pivot (case_id)")
    op.execute(_set_stages())
    op.execute("DROP TABLE temp.kpi_pivot")


def _backfill_postgresql() -> None:
    def ms(start: str, end: str) -> str:
        return f"CAST(floor(EXTRACT(EPOCH FROM ({end} - {start})) * 1000) AS INTEGER)"

    op.execute(
        f"UPDATE cases SET sample_key = (strpos({HEX}, lower(substr(case_id, "
        f"length(case_id) - 1, 1))) - 1) * 16 + strpos({HEX}, lower(right(case_id, 1))) - 1")
    op.execute(
        f"UPDATE cases SET first_response_ms = {ms('opened_at', 'acknowledged_at')} "
        "WHERE acknowledged_at IS NOT NULL")
    op.execute(
        f"UPDATE cases SET resolution_ms = {ms('opened_at', 'resolved_at')} "
        "WHERE resolved_at IS NOT NULL")
    role = "COALESCE(o.payload -> 'stage_roles' ->> (e.payload ->> 'stage'), 'other')"
    source = (
        f"SELECT e.case_id AS case_id, {_role(role)} AS role, "
        "COALESCE(CAST(e.payload ->> 'seconds' AS double precision), 0) AS s "
        "FROM case_events e JOIN case_events o ON o.case_id = e.case_id "
        "AND o.kind = 'case_opened' WHERE e.kind IN ('stage_completed', 'stage_skipped')")
    op.execute("DROP TABLE IF EXISTS kpi_pivot")
    op.execute(f"CREATE TEMP TABLE kpi_pivot AS {_pivot(source, 'floor')}")
    op.execute("CREATE UNIQUE INDEX ix_kpi_pivot ON kpi_pivot (case_id)")
    op.execute(_set_stages())
    op.execute("DROP TABLE kpi_pivot")


def downgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_sample_key')
        batch_op.drop_index('ix_cases_kpi')
        for name in reversed(COLUMNS):
            batch_op.drop_column(name)
