"""Backups of the SQLite case log, and restoring one safely.

- ``make_backup`` copies the live log with SQLite's online backup API (consistent while the
  desk works), into a file created readable by the owner only, under a temporary name and
  renamed when complete.
- ``daily_backup`` keeps a rolling set in the user data folder (``backups/``): at most one
  a day, the newest ``keep`` kept (default 7), so an erased customer's data leaves the
  backups after that many days too.
- ``restore`` refuses a file that is not a case log or fails ``check`` (naming the reason),
  keeps a copy of the current log, then replaces the log file atomically (``os.replace``
  of a verified copy in the same folder). Customers erased in the replaced log are erased
  again in the restored one, so a restore never brings an erased person back. Close other
  windows on the log first.

The pre-migration backup in ``storage/migrate.py`` stays as it is.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.core.paths import data_dir
from recovery_desk.services.access.permissions import Permission, require
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.engine import describe
from recovery_desk.storage.health import remember_check

log = logging.getLogger(__name__)
_SQLITE_MAGIC = b"SQLite format 3\x00"
DAILY = "daily"


class BackupError(RecoveryDeskError):
    """A backup could not be made, or a restore was refused; the log is untouched."""


def backup_folder() -> Path:
    folder = data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def _database(engine: Any) -> Path:
    if engine.dialect.name != "sqlite":
        raise BackupError("Backups here are for the SQLite case log on this workstation.",
                          "Back up a PostgreSQL server with pg_dump on the server.")
    return Path(engine.url.database or "")


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def copy_sqlite(source: Path, target: Path) -> Path:
    """Online backup of ``source`` into ``target`` (mode 600), atomically."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.{_stamp()}.tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        src = sqlite3.connect(str(source))
        try:
            dst = sqlite3.connect(str(tmp))
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def make_backup(workspace: Workspace, out: Path | None = None) -> Path:
    """A backup of the open log to ``out`` or a new file in the backup folder."""
    require(workspace, Permission.BACKUP_RESTORE, action="back up the case log")
    source = _database(workspace.engine)
    target = Path(out) if out else backup_folder() / f"{source.stem}-{_stamp()}.sqlite3"
    try:
        return copy_sqlite(source, target)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(f"Cannot write the backup {target}: {exc}.",
                          "Check the folder exists and has free space.") from exc


def daily_backup(engine: Any, keep: int = 7, *, today: str | None = None) -> Path | None:
    """Today's rolling backup, if none was made yet; prunes all but the newest ``keep``.

    Runs at start-up for whoever signs in (it reveals nothing new to them), so it does not
    ask for a permission. Returns the file made, or None.
    """
    if engine.dialect.name != "sqlite" or keep <= 0:
        return None
    source = Path(engine.url.database or "")
    folder = backup_folder()
    day = today or datetime.now(UTC).strftime("%Y%m%d")
    prefix = f"{source.stem}-{DAILY}-"
    target = folder / f"{prefix}{day}.sqlite3"
    made = None
    if not target.exists():
        made = copy_sqlite(source, target)
        log.info("daily backup %s", target.name)
    for old in sorted(folder.glob(f"{prefix}*.sqlite3"))[:-keep]:
        old.unlink(missing_ok=True)
    return made


def verify_file(path: Path, work_folder: Path) -> Path:
    """A verified, migrated copy of ``path`` in ``work_folder``; raises BackupError why not."""
    from recovery_desk.services.trust.check import check_log
    from recovery_desk.storage.engine import make_engine, resolve_target
    from recovery_desk.storage.migrate import ensure_schema

    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path} does not exist.", "Check the path of the backup.")
    with path.open("rb") as handle:
        if handle.read(16) != _SQLITE_MAGIC:
            raise BackupError(f"{path.name} is not a case log backup (not an SQLite file).",
                              "Choose a backup made by recovery-desk backup.")
    candidate = work_folder / f".restore-{_stamp()}.sqlite3"
    try:
        copy_sqlite(path, candidate)
        engine = make_engine(resolve_target(str(candidate)))
        try:
            ensure_schema(engine)
            report = check_log(engine)
        finally:
            engine.dispose()
        for extra in ("-wal", "-shm"):
            Path(f"{candidate}{extra}").unlink(missing_ok=True)
    except BackupError:
        candidate.unlink(missing_ok=True)
        raise
    except Exception as exc:  # damaged files fail in the driver, in many ways
        candidate.unlink(missing_ok=True)
        for extra in ("-wal", "-shm"):
            Path(f"{candidate}{extra}").unlink(missing_ok=True)
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise BackupError(f"{path.name} cannot be restored: it is damaged ({text}).",
                          "Choose another backup.") from exc
    if not report.ok:
        candidate.unlink(missing_ok=True)
        raise BackupError(f"{path.name} cannot be restored: it fails the check: "
                          f"{report.findings[0]}",
                          "Choose another backup; this one was changed or damaged.")
    return candidate


def restore(workspace: Workspace, path: Path) -> Path:
    """Replace the open log with the verified backup ``path``; returns the kept copy.

    The workspace's engine is disposed; open the workspace again afterwards.
    """
    require(workspace, Permission.BACKUP_RESTORE, action="restore the case log")
    engine = workspace.engine
    target = _database(engine)
    candidate = verify_file(Path(path), target.parent)
    erased = _erased_customers(engine)
    try:
        kept = copy_sqlite(target, backup_folder() /
                           f"{target.stem}-before-restore-{_stamp()}.sqlite3")
        engine.dispose()
        raw = sqlite3.connect(str(target))
        try:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
        for extra in ("-wal", "-shm"):
            Path(f"{target}{extra}").unlink(missing_ok=True)
        os.chmod(candidate, 0o600)
        os.replace(candidate, target)
    except BaseException:
        candidate.unlink(missing_ok=True)
        raise
    log.info("restored the case log from %s (previous log kept as %s)", Path(path).name,
             kept.name)
    remember_check(describe(str(engine.url)), [])  # the file now is the verified backup
    if erased:  # a backup from before an erasure must not bring the person back
        from recovery_desk.services.trust.erasure import erase_customers

        erase_customers(workspace, sorted(erased), reason="restore")
    return kept


def _erased_customers(engine: Any) -> set[str]:
    """Customers erased in the log about to be replaced (their erasure is re-applied)."""
    from sqlalchemy import select

    from recovery_desk.storage.models import Customer

    with engine.connect() as conn:
        return set(conn.execute(select(Customer.customer_id).where(
            Customer.erased.is_(True))).scalars())
