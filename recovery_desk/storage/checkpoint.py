"""WAL checkpoints and fsyncs off the agent's path.

SQLite normally copies the write-ahead log back into the database inside whichever commit
crosses 1,000 pages, so every so often one click at the desk waits for it (p99 15 ms on a
million-case log against 6 ms without). The workstation switches that off and checkpoints
from a background thread instead; a PASSIVE checkpoint never blocks a writer.

The same thread puts the commits on disk. With ``synchronous = FULL`` every commit waits
for the WAL's fsync, and on a busy disk that wait is the Desk's tail (``bench --only
commit``: open case and F8 p99 25-75 ms under another process reading, the COMMIT step
most of it; the same rows committed raw, same file, same pragmas, 15-30 ms). The
window's connections run ``synchronous = NORMAL`` instead, and this thread fsyncs the WAL
every ``FLUSH_SECONDS``. What a power cut can lose (docs/architecture.md, "Durability"):
before, nothing committed; now, the commits of the last second or so. A crash of the
program itself loses nothing either way (a commit is in the operating system's hands when
it returns), and the log is never left inconsistent. Before any event leaves the desk (a
push, a bundle), ``sync_wal`` puts everything committed on disk first, so no desk can
send on what a power cut would then take back.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.engine.interfaces import DBAPIConnection

log = logging.getLogger(__name__)

#: the longest a commit at the window stays off the disk (seconds)
FLUSH_SECONDS = 1.0
#: the window's commits: no fsync of their own (this thread's fsync covers them)
WINDOW_SYNCHRONOUS = "NORMAL"


def defer_checkpoints(engine: Engine) -> None:
    """New connections of ``engine`` leave checkpointing, and the commits' fsync, to a
    Checkpointer."""

    @event.listens_for(engine, "connect")
    def _deferred(dbapi_connection: DBAPIConnection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA wal_autocheckpoint = 0")
        dbapi_connection.execute(f"PRAGMA synchronous = {WINDOW_SYNCHRONOUS}")

    engine.dispose()  # connections made before now get the pragmas on reconnect


def sync_wal(engine: Engine) -> None:
    """Put every commit so far on disk: fsync the log's WAL (what FULL does at each commit).

    A passive checkpoint does not do this while a reader holds back every frame, so it is
    done here, by the file. Nothing to do for a log without a WAL or another database.
    """
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:":
        return
    wal = Path(f"{database}-wal")
    # the WAL's data, then its folder's entry for it (a WAL created since the last sync)
    for path, flags in ((wal, os.O_RDONLY), (wal.parent, os.O_RDONLY | os.O_DIRECTORY)):
        try:
            fd = os.open(path, flags)
        except FileNotFoundError:
            return  # no WAL: every commit is already in the database file
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class Checkpointer:
    """A daemon thread: the WAL fsynced every ``flush`` seconds, PRAGMA
    wal_checkpoint(PASSIVE) every ``interval`` seconds."""

    def __init__(self, engine: Engine, interval: float = 5.0,
                 flush: float = FLUSH_SECONDS) -> None:
        self.engine = engine
        self.interval = interval
        self.flush = min(flush, interval)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)

    def start(self) -> Checkpointer:
        if self.engine.dialect.name == "sqlite":
            defer_checkpoints(self.engine)
            self._thread.start()
        return self

    def checkpoint(self) -> tuple[int, int] | None:
        """One PASSIVE checkpoint: the WAL's frames and how many of them are now in the
        database file (fewer while a reader still needs older pages), None if it failed."""
        try:
            with self.engine.connect() as conn:
                row = conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").first()
        except Exception:  # noqa: BLE001 - a missed checkpoint is retried next time
            log.warning("WAL checkpoint failed", exc_info=True)
            return None
        return (int(row[1]), int(row[2])) if row is not None else None

    def sync(self) -> None:
        try:
            sync_wal(self.engine)
        except OSError:  # retried at the next tick; the commits stay in the OS's hands
            log.warning("putting the WAL on disk failed", exc_info=True)

    def _run(self) -> None:
        waited = 0.0
        while not self._stop.wait(self.flush):
            waited += self.flush
            if waited >= self.interval:
                waited = 0.0
                self.checkpoint()
            self.sync()

    def stop(self) -> None:
        if self._thread.is_alive():
            self._stop.set()
            self._thread.join(timeout=10)
            self.checkpoint()
            self.sync()
