"""One engine factory for the embedded SQLite log and a central PostgreSQL server."""

from __future__ import annotations

import os
import sqlite3
import weakref
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from recovery_desk.core.errors import DatabaseUnavailable, DiskFull
from recovery_desk.core.paths import default_database_path
from recovery_desk.domain.canonical import parse_json
from recovery_desk.domain.refusal import Code

BUSY_TIMEOUT_MS = 10_000
_SQLITE_MAGIC = b"SQLite format 3\x00"
#: execution option: open the transaction with BEGIN IMMEDIATE (take the write lock now)
WRITE = {"recovery_desk_begin": "IMMEDIATE"}
_NO_PAGE_LIMIT = 4294967294  # SQLite's largest max_page_count
_page_limits: weakref.WeakKeyDictionary[Engine, int] = weakref.WeakKeyDictionary()

# -- why a case log cannot be opened or written (the interface translates each code) ------
NO_FILE = Code("log.no_file", "{path} does not exist.", "Check the --db path.")
A_FOLDER = Code("log.a_folder", "{path} is a folder, not a case log file.",
                "Give a file name, e.g. --db cases.sqlite3.")
NO_FOLDER = Code("log.no_folder", "The folder {folder} does not exist.",
                 "Create it first or choose another --db path.")
#: ``reason``: the operating system's words.
UNREADABLE = Code("log.unreadable", "Cannot read {path}: {reason}.",
                  "Check the file's permissions.")
NOT_A_LOG = Code("log.not_a_log", "{path} is not a case log (not an SQLite database).",
                 "Choose the right file with --db.")
#: an SQLite file without a case log's tables: empty, or another program's database
NOT_A_CASE_LOG = Code("log.not_a_case_log",
                      "{path} is not a case log: it holds no case log tables (an empty file, "
                      "or another program's database). Nothing was written to it.",
                      "Check the --db path; check and the other read-only commands examine an "
                      "existing case log and never create one.")
READ_ONLY = Code("log.read_only", "{path} is read-only for you.",
                 "Check the file's permissions or choose another --db.")
NO_PERMISSION = Code("log.no_permission", "Cannot create a case log in {folder}: no permission.",
                     "Choose a folder you can write to with --db.")
UNSUPPORTED = Code("log.unsupported", "Unsupported database {backend!r}.",
                   "Use a file path (SQLite) or a postgresql+psycopg:// URL.")
DISK_FULL = Code("log.disk_full",
                 "The disk is full: the case log at {where} cannot store more. Nothing of this "
                 "action was recorded.",
                 "Free space on the disk (or move the case log to a disk with room), then do "
                 "the action again.")

def resolve_target(db: str | None) -> str:
    """``--db`` or ``RECOVERY_DESK_DB`` or the default file: a path means SQLite."""
    value = db or os.environ.get("RECOVERY_DESK_DB") or ""
    if not value:
        path = default_database_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return str(URL.create("sqlite+pysqlite", database=str(path)))
    if "://" in value:
        return value
    return str(URL.create("sqlite+pysqlite", database=str(Path(value).expanduser().resolve())))


def describe(url: str) -> str:
    """A display form of the target with any password hidden."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def _check_sqlite_file(path: Path, *, read_only: bool = False) -> None:
    """Turn the usual mistakes into clear messages before SQLite gives cryptic ones."""
    if read_only and not path.is_dir() and not path.is_file():
        raise DatabaseUnavailable.refusing(NO_FILE(path=str(path)))
    if path.is_dir():
        raise DatabaseUnavailable.refusing(A_FOLDER(path=str(path)))
    if not path.parent.is_dir():
        raise DatabaseUnavailable.refusing(NO_FOLDER(folder=str(path.parent)))
    if path.exists():
        try:
            with path.open("rb") as handle:
                head = handle.read(16)
        except OSError as exc:
            raise DatabaseUnavailable.refusing(UNREADABLE(path=str(path),
                                                          reason=str(exc.strerror))) from exc
        if head and head != _SQLITE_MAGIC:
            raise DatabaseUnavailable.refusing(NOT_A_LOG(path=str(path)))
        if not read_only and not os.access(path, os.W_OK):
            raise DatabaseUnavailable.refusing(READ_ONLY(path=str(path)))
    elif not os.access(path.parent, os.W_OK):
        raise DatabaseUnavailable.refusing(NO_PERMISSION(folder=str(path.parent)))
    else:
        # a new log is readable by its owner only (SQLite gives its -wal/-shm files the
        # same mode); an empty file is a new database to SQLite
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


def load_json(data: str | bytes) -> Any:
    """Stored JSON (payloads) read as ``json.loads`` reads it, through orjson where that
    reads the same values (``canonical.parse_json``): a sync reads every event's payload."""
    return parse_json(data.encode("utf-8") if isinstance(data, str) else bytes(data))


def make_engine(url: str, *, pool_size: int = 5, read_only: bool = False) -> Engine:
    """Create the engine with the pragmas and transaction handling the log relies on.

    ``read_only`` never writes a byte, not even the WAL index: SQLite opens the file with
    ``mode=ro`` (``immutable=1`` when even that needs a write, e.g. a copy on read-only
    media), PostgreSQL sessions are read-only. ``check`` uses it, so it runs on evidence.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            _check_sqlite_file(Path(database), read_only=read_only)
        if read_only and database and database != ":memory:":
            engine = create_engine("sqlite+pysqlite://", hide_parameters=True,
                                   json_deserializer=load_json,
                                   creator=lambda: _read_only_sqlite(Path(database)))
            _install_sqlite_hooks(engine, read_only=True)
            return engine
        engine = create_engine(parsed, hide_parameters=True, json_deserializer=load_json,
                               connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _install_sqlite_hooks(engine)
        _install_disk_full_hook(engine)
        return engine
    if parsed.get_backend_name() == "postgresql":
        args: dict[str, Any] = {"connect_timeout": 5}
        if read_only:
            args["options"] = "-c default_transaction_read_only=on"
        engine = create_engine(parsed, pool_size=pool_size, pool_pre_ping=True,
                               hide_parameters=True, json_deserializer=load_json,
                               connect_args=args)
        _install_disk_full_hook(engine)
        return engine
    raise DatabaseUnavailable.refusing(UNSUPPORTED(backend=parsed.get_backend_name()))


def _read_only_sqlite(path: Path) -> sqlite3.Connection:
    """A connection that writes nothing, not even a file beside ``path``.

    While another connection has the log open, its ``-wal`` and ``-shm`` files exist and
    ``mode=ro`` shares them. When neither exists nobody has it open (a copy, evidence on
    read-only media), and even ``mode=ro`` would create them for a WAL log: then it is
    opened ``immutable=1``, which reads the file as it is, without locks or side files.
    """
    base = path.resolve().as_uri()
    in_use = any(Path(f"{path}{extra}").exists() for extra in ("-wal", "-shm"))
    for flags in ("mode=ro", "mode=ro&immutable=1")[0 if in_use else 1:]:
        conn = sqlite3.connect(f"{base}?{flags}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                               check_same_thread=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError:
            conn.close()
            if "immutable" in flags:
                raise
    raise AssertionError("unreachable")


def _install_sqlite_hooks(engine: Engine, *, read_only: bool = False) -> None:
    """WAL + synchronous=FULL, foreign keys, busy timeout, and our own BEGIN.

    The stdlib driver opens transactions lazily and not around DDL; SQLAlchemy's documented
    recipe switches that off and emits BEGIN itself, which makes migrations transactional
    and lets writers take the lock up front (BEGIN IMMEDIATE) instead of failing midway.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if read_only:
                cursor.execute("PRAGMA query_only = ON")
                return
            mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()
            if mode and str(mode[0]).lower() not in ("wal", "memory"):
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA foreign_keys = ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        limit = _page_limits.get(conn.engine, _NO_PAGE_LIMIT)
        if conn.info.get("max_page_count", _NO_PAGE_LIMIT) != limit:
            conn.exec_driver_sql(f"PRAGMA max_page_count = {int(limit)}")
            conn.info["max_page_count"] = limit
        mode = conn.get_execution_options().get("recovery_desk_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())


def _is_disk_full(exc: BaseException | None) -> bool:
    """SQLITE_FULL (``database or disk is full``) or PostgreSQL's disk_full (53100)."""
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None:
            return bool(code & 0xFF == sqlite3.SQLITE_FULL)
        return "database or disk is full" in str(exc)
    return getattr(exc, "sqlstate", None) == "53100"


def _install_disk_full_hook(engine: Engine) -> None:
    """One place turns "disk full" into a clear error for every caller.

    The transaction is rolled back by whoever opened it (``with conn.begin()``), so nothing
    of the failed action is kept; the error names the problem and the fix.
    """

    @event.listens_for(engine, "handle_error")
    def _on_error(context: Any) -> None:
        if _is_disk_full(context.original_exception):
            raise DiskFull.refusing(DISK_FULL(where=describe(str(engine.url)))) \
                from context.original_exception


def set_page_limit(engine: Engine, pages: int | None) -> None:
    """Cap how many pages the SQLite log may have (``None`` lifts the cap).

    This is SQLite's own ``max_page_count``: a write that needs a new page fails exactly as
    on a full disk. Applied to each pooled connection at its next transaction. Used to prove
    the disk-full handling, and available to an administrator who wants a hard size cap.
    """
    if pages is None:
        _page_limits.pop(engine, None)
    else:
        _page_limits[engine] = max(1, int(pages))
