"""Alembic environment for the case log.

The app passes an open connection in ``config.attributes["connection"]`` (so migrations run
inside its own transaction and engine settings) and leaves logging alone. From the command
line (``alembic upgrade head``) the target comes from RECOVERY_DESK_DB or the default log.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from recovery_desk.storage.models import Base

target_metadata = Base.metadata
config = context.config


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from recovery_desk.storage.engine import make_engine, resolve_target

    url = config.get_main_option("sqlalchemy.url") or resolve_target(None)
    if config.config_file_name is not None and not config.attributes.get("skip_logging"):
        from logging.config import fileConfig

        fileConfig(config.config_file_name, disable_existing_loggers=False)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            _run(conn)
            conn.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not supported; run against a database.")
run_migrations_online()
