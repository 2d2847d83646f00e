"""Sync through a shared folder: push this desk's signed bundles, pull the other desks'.

A pull goes through every bundle and never lets one bad file stop the rest: garbage, a bomb
or a forged signature is moved to ``quarantine/`` beside the bundles with a note saying why;
a newer version's bundle is left for desks that can read it; an unknown key's bundle is
held aside until an administrator trusts it; a history that does not extend what this log
witnessed is refused. Each is reported, and the good bundles apply.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, insert, select, update

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain.signing import key_owner
from recovery_desk.services.trust.checkpoints import desk_key, sign_position
from recovery_desk.services.trust.identity import read_identity
from recovery_desk.storage import evidence
from recovery_desk.storage.engine import WRITE
from recovery_desk.storage.models import CaseEvent, SyncState
from recovery_desk.storage.rows import event_from_row
from recovery_desk.sync.admission import Problem, SyncHeld, admit_key
from recovery_desk.sync.authority import NotAllowed
from recovery_desk.sync.bundle import (
    MAX_EVENTS_PER_BUNDLE,
    SUFFIX,
    BundleNewer,
    Manifest,
    read_bundle,
    read_manifest,
    verify_signature,
    write_bundle,
)
from recovery_desk.sync.errors import ForkDetected
from recovery_desk.sync.merge import (
    MergeResult,
    SyncRefused,
    desk_head,
    erasure_seals,
    merge_desk_events,
)
from recovery_desk.sync.refusals import OWN_BUNDLE
from recovery_desk.sync.witness import refuse_unless_extends, witness

log = logging.getLogger(__name__)

_EVENTS = CaseEvent.__table__
_STATE = SyncState.__table__
QUARANTINE = "quarantine"


def _target(folder: Path) -> str:
    return f"folder:{Path(folder).resolve()}"


def _need_folder(folder: Path, fix: str) -> Path:
    folder = Path(folder)
    if not folder.is_dir():
        raise RecoveryDeskError(f"The sync folder {folder} does not exist or is not reachable.",
                                fix)
    return folder


# -- push ----------------------------------------------------------------------------------


def push_to_folder(engine: Engine, desk_id: str, folder: Path) -> list[Path]:
    """Write the desk's events not yet pushed to ``folder``, each bundle signed at its last
    event; returns the bundles written."""
    folder = _need_folder(folder, "Check the share is mounted; your work is kept and sent "
                                  "later.")
    key = desk_key(engine, desk_id)
    target = _target(folder)
    with engine.connect() as conn:
        cursor = conn.execute(select(_STATE.c.last_desk_seq).where(
            _STATE.c.target == target, _STATE.c.desk_id == desk_id)).scalar() or 0
        rows = conn.execute(select(_EVENTS).where(_EVENTS.c.desk_id == desk_id,
                                                  _EVENTS.c.desk_seq > cursor)
                            .order_by(_EVENTS.c.desk_seq)).all()
    written = []
    for start in range(0, len(rows), MAX_EVENTS_PER_BUNDLE):
        events = [event_from_row(r) for r in rows[start:start + MAX_EVENTS_PER_BUNDLE]]
        last = events[-1]
        with engine.connect().execution_options(**WRITE) as conn, conn.begin():
            checkpoint = sign_position(conn, key, desk_id, last.desk_seq, last.hash)
        written.append(write_bundle(events, folder, checkpoint))
        _set_cursor(engine, target, desk_id, last.desk_seq)
    return written


def _set_cursor(engine: Engine, target: str, desk_id: str, seq: int) -> None:
    now = datetime.now(UTC)
    with engine.connect().execution_options(**WRITE) as conn, conn.begin():
        changed = conn.execute(update(_STATE).where(
            _STATE.c.target == target, _STATE.c.desk_id == desk_id).values(
            last_desk_seq=seq, updated_at=now)).rowcount
        if not changed:
            conn.execute(insert(_STATE).values(target=target, desk_id=desk_id,
                                               last_desk_seq=seq, updated_at=now))


def pending_for_folder(engine: Engine, desk_id: str, folder: str) -> int:
    """How many of this desk's events have not been pushed to ``folder`` yet."""
    target = _target(Path(folder))
    with engine.connect() as conn:
        cursor = conn.execute(select(_STATE.c.last_desk_seq).where(
            _STATE.c.target == target, _STATE.c.desk_id == desk_id)).scalar() or 0
        head, _hash = desk_head(conn, desk_id)
    return max(0, head - cursor)


# -- import one bundle ---------------------------------------------------------------------


def _own_desk(engine: Engine, fallback: str | None = None) -> str | None:
    identity = read_identity(engine)
    return identity.desk_id if identity is not None else fallback


def import_bundle(engine: Engine, path: Path, source: str = "bundle") -> MergeResult:
    """Verify, then apply one bundle in one transaction (all or nothing, idempotent).

    Refused (SyncRefused, nothing applied): a bundle of this desk itself, one signed by a
    key not trusted here (SyncHeld), one that does not extend what this log witnessed of
    its desk (ForkDetected), and anything damaged or forged."""
    path = Path(path)
    if not path.exists():
        raise RecoveryDeskError(f"{path} does not exist.", "Check the path of the bundle.")
    manifest = read_manifest(path)
    checkpoint = verify_signature(path, manifest)
    own = _own_desk(engine)
    if own is not None and key_owner(manifest.desk_id) == own:
        raise SyncRefused.refusing(OWN_BUNDLE(where=path.name, desk=manifest.desk_id))
    admit_key(engine, checkpoint, path.name)  # remembers the key even when held
    with engine.connect() as conn:
        refuse_unless_extends(conn, checkpoint, path.name)
    _manifest, events, payloads = read_bundle(path, erasure_seals(engine))
    with engine.connect().execution_options(**WRITE) as conn, conn.begin():
        refuse_unless_extends(conn, checkpoint, path.name)  # under the write lock
        result = merge_desk_events(conn, manifest.desk_id, events, path.name, payloads)
        witness(conn, checkpoint, source)
    return result


# -- pull ----------------------------------------------------------------------------------


@dataclass
class FolderPull:
    results: list[MergeResult] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def pull_from_folder(engine: Engine, desk_id: str, folder: Path) -> FolderPull:
    """Import every other desk's bundle in ``folder`` that this log does not hold yet; one
    bad file never stops the others (see the module docstring)."""
    folder = _need_folder(folder, "Check the share is mounted; you can keep working.")
    own = _own_desk(engine, desk_id) or desk_id
    source = _target(folder)
    outcome = FolderPull()
    readable: list[tuple[Manifest, Path]] = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        manifest = _manifest_or_problem(engine, path, folder, source, outcome)
        if manifest is not None and key_owner(manifest.desk_id) != own:
            readable.append((manifest, path))
    readable.sort(key=lambda item: (item[0].desk_id, item[0].first_desk_seq, item[1].name))
    broken: set[str] = set()
    for manifest, path in readable:
        with engine.connect() as conn:
            head, _hash = desk_head(conn, manifest.desk_id)
        if manifest.desk_id in broken:
            continue
        try:
            if manifest.last_desk_seq <= head:
                _compare_held(engine, path, manifest)  # a witness still checks it
                continue
            result = import_bundle(engine, path, source)
        except SyncHeld as exc:
            _hold(engine, outcome, source, path, manifest, "untrusted", exc)
            continue
        except (ForkDetected, NotAllowed) as exc:  # signed and sound, but not accepted
            _hold(engine, outcome, source, path, manifest, "refused", exc)
            broken.add(manifest.desk_id)
            continue
        except BundleNewer as exc:
            _hold(engine, outcome, source, path, manifest, "skipped", exc)
            continue
        except SyncRefused as exc:
            if _is_gap(exc):
                _hold(engine, outcome, source, path, manifest, "skipped", exc)
            else:
                _quarantine(engine, outcome, source, path, folder, manifest, exc)
            broken.add(manifest.desk_id)
            continue
        _clear(engine, source, path.name)
        outcome.results.append(result)
    return outcome


def _compare_held(engine: Engine, path: Path, manifest: Manifest) -> None:
    """A bundle of events this log holds already must still agree with them: a desk that
    rewrote what was witnessed is refused here too (ForkDetected), not passed over."""
    if manifest.checkpoint is None:
        return  # an older, unsigned bundle of events that arrived signed since
    with engine.connect() as conn:
        kept = evidence.checkpoint_at(conn, manifest.desk_id, manifest.last_desk_seq)
    if kept is not None and kept == manifest.checkpoint:
        return  # witnessed already, just as it is
    checkpoint = verify_signature(path, manifest)
    admit_key(engine, checkpoint, path.name)
    with engine.connect().execution_options(**WRITE) as conn, conn.begin():
        refuse_unless_extends(conn, checkpoint, path.name)
        witness(conn, checkpoint, _target(path.parent))


def _is_gap(exc: SyncRefused) -> bool:
    return "Import the earlier bundles" in exc.fix


def _manifest_or_problem(engine: Engine, path: Path, folder: Path, source: str,
                         outcome: FolderPull) -> Manifest | None:
    try:
        return read_manifest(path)
    except BundleNewer as exc:
        _hold(engine, outcome, source, path, None, "skipped", exc)
    except SyncRefused as exc:
        if path.is_file():
            _quarantine(engine, outcome, source, path, folder, None, exc)
        else:
            _hold(engine, outcome, source, path, None, "skipped", exc)
    return None


def _hold(engine: Engine, outcome: FolderPull, source: str, path: Path,
          manifest: Manifest | None, kind: str, exc: RecoveryDeskError) -> None:
    desk = manifest.desk_id if manifest else ""
    printed = manifest.fingerprint if manifest else ""
    message = str(exc)
    outcome.problems.append(Problem(path.name, desk, printed, kind, message, exc.code,
                                    dict(exc.params)))
    log.warning("sync pull: %s", message)
    with engine.connect().execution_options(**WRITE) as conn, conn.begin():
        evidence.record_hold(conn, source, path.name, kind, desk, printed, message)


def _quarantine(engine: Engine, outcome: FolderPull, source: str, path: Path, folder: Path,
                manifest: Manifest | None, exc: RecoveryDeskError) -> None:
    """Move a bad bundle to ``quarantine/`` with a note saying why, so it stops every
    desk's pull no more; report it either way."""
    place = folder / QUARANTINE
    where = ""
    try:
        place.mkdir(exist_ok=True)
        note = place / f"{path.name}.reason.txt"
        note.write_text(f"{exc}\nSet aside by desk pull at "
                        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC.\n", encoding="utf-8")
        os.replace(path, place / path.name)
        where = f" Moved to {place / path.name}."
    except FileNotFoundError:
        where = " (Another desk set it aside first.)"
    except OSError as exc_move:
        where = f" It could not be moved to {place} ({exc_move.strerror}); it is skipped."
    wrapped = RecoveryDeskError(f"{exc}{where}", "")
    _hold(engine, outcome, source, path, manifest, "quarantined", wrapped)


def _clear(engine: Engine, source: str, item: str) -> None:
    with engine.connect().execution_options(**WRITE) as conn, conn.begin():
        evidence.clear_hold(conn, source, item)
