"""A central PostgreSQL server filled through the real sync, from several desks.

Every event reaches the server through ``central.push`` as a desk pushes it: each desk
signs in as its own role (row-level security), every hash is checked against the chain and
every chunk carries the desk's signed checkpoint. Nothing is copied in raw. The desks are
demo logs built here (``--desks`` of ``--cases`` each) and, with ``--db``, the given log,
which is never written: its push runs on an overlay (a small log holding only the
checkpoints a push signs, with the given log attached read-only), so the product's push
code reads the given events unchanged.

The fill stops early, between chunks, when its time is up (``--fill-minutes``) or the disk
would drop under ``--min-free-gb``; the push keeps whole, signed chunks and the next run
resumes from the server's own record of each desk. Measuring what the fill left on the
server is ``pgserver.py``.
"""

from __future__ import annotations

import secrets
import shutil
import signal
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import StatementError

from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import open_workspace
from recovery_desk.storage.engine import _install_sqlite_hooks, load_json
from recovery_desk.tools.bench.logs import remove_sqlite

#: the tables a push writes in the desk's own log: the checkpoints it signs
_OVERLAY_TABLES = ("checkpoints",)


class FillStopped(Exception):
    """The fill's time or disk budget ran out (raised between the push's chunks)."""


@dataclass
class FillBudget:
    """When the fill stops: a moment (monotonic seconds), the disk's free bytes, and the
    server database's size (read by a watcher thread on its own connection)."""

    until: float
    min_free: int
    folder: Path
    max_db_bytes: int
    db_bytes: int = 0

    def check(self) -> None:
        if time.monotonic() > self.until:
            raise FillStopped("time")
        if shutil.disk_usage(self.folder).free < self.min_free:
            raise FillStopped("disk")
        if self.db_bytes > self.max_db_bytes:
            raise FillStopped("server size")

    def watch_size(self, admin_url: str, every: float = 15.0) -> threading.Event:
        """Read pg_database_size every few seconds until the returned event is set."""
        import psycopg

        dsn = make_url(admin_url).set(drivername="postgresql").render_as_string(
            hide_password=False)
        done = threading.Event()

        def run() -> None:
            with psycopg.connect(dsn, autocommit=True) as conn:
                while not done.is_set():
                    row = conn.execute("SELECT pg_database_size(current_database())"
                                       ).fetchone()
                    self.db_bytes = int(row[0]) if row else 0
                    done.wait(every)

        threading.Thread(target=run, daemon=True).start()
        return done


@contextmanager
def _watched(budget: FillBudget, every: float = 5.0) -> Iterator[None]:
    """Check the budget every few seconds; a stop interrupts the push between statements,
    which rolls back the chunk under way (the server keeps whole chunks only)."""

    def tick(_signum: int, _frame: Any) -> None:
        try:
            budget.check()
        except FillStopped:
            signal.setitimer(signal.ITIMER_REAL, 0)  # once: the push's clean-up runs whole
            raise

    previous = signal.signal(signal.SIGALRM, tick)
    signal.setitimer(signal.ITIMER_REAL, every, every)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def overlay_engine(given: Path, folder: Path) -> Engine:
    """A log that reads ``given`` read-only and writes only its own checkpoint table.

    SQLite looks an unqualified table up in ``main`` first, then in attached databases:
    ``main`` holds a copy of the given log's checkpoints (where a push signs), every other
    table is the given log's own, opened ``mode=ro``.
    """
    path = folder / f"overlay-{given.stem}.sqlite3"
    remove_sqlite(path)
    source = f"{given.resolve().as_uri()}?mode=ro"
    with sqlite3.connect(path) as conn:
        conn.execute("ATTACH DATABASE ? AS given", (source,))
        for table in _OVERLAY_TABLES:
            ddl = conn.execute("SELECT sql FROM given.sqlite_master WHERE type = 'table' "
                               "AND name = ?", (table,)).fetchone()[0]
            conn.execute(ddl)
            conn.execute(f"INSERT INTO main.{table} SELECT * FROM given.{table}")
        conn.commit()
        conn.execute("DETACH DATABASE given")
    conn.close()

    def connect() -> sqlite3.Connection:
        raw = sqlite3.connect(f"{path.resolve().as_uri()}", uri=True, timeout=60,
                              check_same_thread=False)
        raw.execute("ATTACH DATABASE ? AS given", (source,))
        return raw

    engine = create_engine("sqlite+pysqlite://", hide_parameters=True,
                           json_deserializer=load_json, creator=connect)
    _install_sqlite_hooks(engine)
    return engine


def desk_url(admin_url: str, desk_id: str, fingerprint: str) -> str:
    """The desk's own role on the server (created as ``server add-desk`` does), signing in
    with a password made for this run."""
    from recovery_desk.sync.server_roles import add_desk

    password = secrets.token_hex(16)
    role = add_desk(admin_url, desk_id, fingerprint, password=password)
    return make_url(admin_url).set(username=role, password=password).render_as_string(
        hide_password=False)


def _stop_in(exc: BaseException | None) -> FillStopped | None:
    """The budget's stop behind ``exc``: raised while SQLAlchemy builds a statement it comes
    as a StatementError; inside the driver's wait, as the push's "server went away"."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, FillStopped):
            return exc
        exc = exc.orig if isinstance(exc, StatementError) else (exc.__cause__ or
                                                                exc.__context__)
        seen += 1
    return None


def _server_head(admin_url: str, desk_id: str) -> int:
    from recovery_desk.storage.engine import make_engine
    from recovery_desk.sync.merge import desk_head

    server = make_engine(admin_url)
    try:
        with server.connect() as conn:
            return desk_head(conn, desk_id)[0]
    finally:
        server.dispose()


@dataclass
class Pushed:
    desk_id: str
    events: int = 0
    seconds: float = 0.0
    cpu_s: float = 0.0
    stopped: str = ""


def push_desk(engine: Engine, admin_url: str, budget: FillBudget) -> Pushed:
    """Push one desk's log to the server as that desk, until done or out of budget."""
    from recovery_desk.domain.signing import fingerprint, public_key_hex
    from recovery_desk.services.trust.checkpoints import desk_key
    from recovery_desk.services.trust.identity import read_identity
    from recovery_desk.sync import central

    identity = read_identity(engine)
    assert identity is not None
    desk = identity.desk_id
    url = desk_url(admin_url, desk, fingerprint(public_key_hex(desk_key(engine, desk))))
    done = Pushed(desk)
    before = _server_head(admin_url, desk)
    start, cpu = time.perf_counter(), time.process_time()
    try:
        budget.check()
        with _watched(budget):
            central.push(engine, url, desk)
    except Exception as why:  # noqa: BLE001 - a stop comes wrapped, see _stop_in
        stop = _stop_in(why)
        if stop is None:
            raise
        done.stopped = str(stop)
    done.events = _server_head(admin_url, desk) - before  # whole chunks, even if stopped
    done.seconds = time.perf_counter() - start
    done.cpu_s = time.process_time() - cpu
    return done


def fill(admin_url: str, folder: Path, figures: dict[str, Any], *, given: Path | None,
         desks: int, cases: int, minutes: float, min_free_gb: float,
         max_db_gb: float) -> list[Pushed]:
    """Build ``desks`` demo desks of ``cases`` each and push them, then push ``given``."""
    from recovery_desk.storage.engine import make_engine
    from recovery_desk.storage.migrate import ensure_schema

    server = make_engine(admin_url)
    ensure_schema(server)
    server.dispose()
    budget = FillBudget(time.monotonic() + minutes * 60, int(min_free_gb * 1e9), folder,
                        int(max_db_gb * 1e9))
    watcher = budget.watch_size(admin_url)
    try:
        results, build_s = _fill_desks(admin_url, folder, budget, given, desks, cases)
    finally:
        watcher.set()
    figures["pgscale_build_s"] = round(build_s, 1)
    for one in results:
        figures[f"pgscale_push_{one.desk_id}"] = {
            "events": one.events, "s": round(one.seconds, 1), "cpu_s": round(one.cpu_s, 1),
            "events_per_s": round(one.events / max(one.seconds, 1e-9), 1),
            "stopped": one.stopped or "done"}
    return results


def _fill_desks(admin_url: str, folder: Path, budget: FillBudget, given: Path | None,
                desks: int, cases: int) -> tuple[list[Pushed], float]:
    from recovery_desk.services.demo.generator import generate

    results: list[Pushed] = []
    build_s = 0.0
    for number in range(desks):
        path = folder / f"pgscale-desk-{number + 1}.sqlite3"
        reuse = path.exists()
        workspace = open_workspace(str(path), settings=Settings(user="b"))
        workspace.trust_in_process("b")
        if not reuse:
            start = time.perf_counter()
            generate(workspace, cases, seed=100 + number)
            build_s += time.perf_counter() - start
        results.append(push_desk(workspace.engine, admin_url, budget))
        workspace.close()
    if given is not None:
        engine = overlay_engine(given, folder)
        results.append(push_desk(engine, admin_url, budget))
        engine.dispose()
    return results, build_s
