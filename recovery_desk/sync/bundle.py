"""Bundles: a desk's new events as one self-describing file for a shared folder.

A bundle is a zip with ``manifest.json`` (desk, schema, counts, sequence range, chain ends,
SHA-256 of every file) and ``events.jsonl``. It is written under a temporary name and
renamed, so a reader never sees half a bundle. Import checks everything before it applies
anything, then applies in one transaction.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain.canonical import canonical_json, canonical_time
from recovery_desk.domain.events import Event
from recovery_desk.storage.engine import WRITE
from recovery_desk.storage.migrate import KNOWN_REVISIONS, SCHEMA_HEAD
from recovery_desk.storage.models import CaseEvent, SyncState
from recovery_desk.storage.rows import event_from_row
from recovery_desk.sync.merge import (
    MergeResult,
    SyncRefused,
    erasure_seals,
    merge_desk_events,
    verify_chain,
)

FORMAT = "recovery-desk-bundle"
FORMAT_VERSION = 1
SUFFIX = ".rdbundle"
_EVENTS = CaseEvent.__table__
_STATE = SyncState.__table__
MAX_EVENTS_PER_BUNDLE = 200_000


@dataclass(frozen=True)
class Manifest:
    desk_id: str
    schema: str
    events: int
    first_desk_seq: int
    last_desk_seq: int
    first_prev_hash: str
    last_hash: str
    sha256: str
    size: int


def event_json(event: Event) -> dict[str, Any]:
    return {"event_id": event.event_id, "case_id": event.case_id, "seq": event.seq,
            "at": canonical_time(event.at), "desk_id": event.desk_id,
            "desk_seq": event.desk_seq, "actor": event.actor, "kind": event.kind,
            "stage": event.stage, "payload": event.payload, "prev_hash": event.prev_hash,
            "hash": event.hash, "hash_version": event.hash_version}


def event_from_json(data: dict[str, Any]) -> Event:
    at = datetime.fromisoformat(data["at"].replace("Z", "+00:00"))
    return Event(event_id=str(data["event_id"]), case_id=str(data["case_id"]),
                 seq=int(data["seq"]), at=at, desk_id=str(data["desk_id"]),
                 desk_seq=int(data["desk_seq"]), actor=str(data["actor"]),
                 kind=str(data["kind"]), stage=data.get("stage"),
                 payload=dict(data["payload"]), prev_hash=str(data["prev_hash"]),
                 hash=str(data["hash"]),
                 # bundles from desks before hash scheme 2 carry no version: scheme 1
                 hash_version=int(data.get("hash_version", 1)))


def bundle_name(desk_id: str, first: int, last: int) -> str:
    return f"{desk_id}-{first:09d}-{last:09d}{SUFFIX}"


# -- writing -----------------------------------------------------------------------------


def write_bundle(events: list[Event], folder: Path) -> Path:
    """Write one bundle atomically into ``folder``; returns its path."""
    first, last = events[0], events[-1]
    lines = "".join(canonical_json(event_json(e)) + "\n" for e in events).encode("utf-8")
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "desk_id": first.desk_id,
        "schema": SCHEMA_HEAD, "events": len(events), "first_desk_seq": first.desk_seq,
        "last_desk_seq": last.desk_seq, "first_prev_hash": first.prev_hash,
        "last_hash": last.hash, "created_at": canonical_time(datetime.now(UTC)),
        "files": {"events.jsonl": {"sha256": hashlib.sha256(lines).hexdigest(),
                                   "bytes": len(lines)}},
    }
    target = folder / bundle_name(first.desk_id, first.desk_seq, last.desk_seq)
    fd, tmp = tempfile.mkstemp(prefix=".writing-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr("manifest.json", json.dumps(manifest, indent=2))
                archive.writestr("events.jsonl", lines)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def push_to_folder(engine: Engine, desk_id: str, folder: Path) -> list[Path]:
    """Write the desk's events not yet pushed to ``folder``; returns the bundles written."""
    folder = Path(folder)
    if not folder.is_dir():
        raise RecoveryDeskError(f"The sync folder {folder} does not exist or is not reachable.",
                                "Check the share is mounted; your work is kept and sent "
                                "later.")
    target = f"folder:{folder.resolve()}"
    with engine.connect() as conn:
        cursor = conn.execute(select(_STATE.c.last_desk_seq).where(
            _STATE.c.target == target, _STATE.c.desk_id == desk_id)).scalar() or 0
        rows = conn.execute(select(_EVENTS).where(_EVENTS.c.desk_id == desk_id,
                                                  _EVENTS.c.desk_seq > cursor)
                            .order_by(_EVENTS.c.desk_seq)).all()
        if cursor and not rows:
            return []
    written = []
    for start in range(0, len(rows), MAX_EVENTS_PER_BUNDLE):
        events = [event_from_row(r) for r in rows[start:start + MAX_EVENTS_PER_BUNDLE]]
        written.append(write_bundle(events, folder))
        _set_cursor(engine, target, desk_id, events[-1].desk_seq)
    return written


def _set_cursor(engine: Engine, target: str, desk_id: str, seq: int) -> None:
    from sqlalchemy import insert, update

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
    from recovery_desk.sync.merge import desk_head

    target = f"folder:{Path(folder).resolve()}"
    with engine.connect() as conn:
        cursor = conn.execute(select(_STATE.c.last_desk_seq).where(
            _STATE.c.target == target, _STATE.c.desk_id == desk_id)).scalar() or 0
        head, _hash = desk_head(conn, desk_id)
    return max(0, head - cursor)


# -- reading -----------------------------------------------------------------------------


def _refuse(path: Path, problem: str, fix: str = "Ask the desk for a fresh export.") -> SyncRefused:
    return SyncRefused(f"{path.name}: {problem}", fix)


def read_manifest(path: Path) -> Manifest:
    try:
        with zipfile.ZipFile(path) as archive:
            raw = archive.read("manifest.json")
    except (zipfile.BadZipFile, EOFError, zlib.error, NotImplementedError, RuntimeError) as exc:
        # a damaged compressed stream, an unknown compression method or an encrypted entry
        raise _refuse(path, "is not a readable bundle (truncated or damaged).") from exc
    except KeyError as exc:
        raise _refuse(path, "has no manifest.json; it is not a Recovery Desk bundle.") from exc
    except OSError as exc:
        raise _refuse(path, f"cannot be read: {exc.strerror}.", "Check the file.") from exc
    try:
        data = json.loads(raw)
        if data.get("format") != FORMAT:
            raise ValueError("format")
        if int(data["format_version"]) > FORMAT_VERSION:
            raise _refuse(path, "was written by a newer Recovery Desk (bundle format "
                                f"{data['format_version']}).", "Update Recovery Desk here.")
        schema = str(data["schema"])
        if schema not in KNOWN_REVISIONS:
            raise _refuse(path, f"was written by a newer Recovery Desk (schema {schema}).",
                          "Update Recovery Desk on this machine, then import it again.")
        files = data["files"]["events.jsonl"]
        return Manifest(desk_id=str(data["desk_id"]), schema=schema,
                        events=int(data["events"]), first_desk_seq=int(data["first_desk_seq"]),
                        last_desk_seq=int(data["last_desk_seq"]),
                        first_prev_hash=str(data["first_prev_hash"]),
                        last_hash=str(data["last_hash"]), sha256=str(files["sha256"]),
                        size=int(files["bytes"]))
    except SyncRefused:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:  # e.g. a list, not {}
        raise _refuse(path, "has a malformed manifest; it is not a valid bundle.") from exc


def read_bundle(path: Path, seal_lookup: Callable[[str], dict[str, str]] | None = None,
                ) -> tuple[Manifest, list[Event], dict[str, str]]:
    """Read and verify a bundle completely; raises SyncRefused naming the problem.

    ``seal_lookup`` finds erasure seals for erased v1 events (see ``merge.verify_chain``).
    """
    manifest = read_manifest(path)
    try:
        with zipfile.ZipFile(path) as archive:
            raw = archive.read("events.jsonl")
    except (zipfile.BadZipFile, KeyError, EOFError, OSError, zlib.error, NotImplementedError,
            RuntimeError) as exc:
        raise _refuse(path, "its events cannot be read (truncated or damaged).") from exc
    except zipfile.LargeZipFile as exc:  # pragma: no cover - defensive
        raise _refuse(path, "is too large.") from exc
    if len(raw) != manifest.size or hashlib.sha256(raw).hexdigest() != manifest.sha256:
        raise _refuse(path, "its events do not match the manifest's checksum (corrupted or "
                            "tampered).")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _refuse(path, "its events are not UTF-8 text (corrupted or tampered).") from exc
    events = []
    for number, line in enumerate(text.splitlines(), 1):
        try:
            events.append(event_from_json(json.loads(line)))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise _refuse(path, f"line {number} is not a valid event.") from exc
    if len(events) != manifest.events or not events:
        raise _refuse(path, f"holds {len(events)} events, the manifest says {manifest.events}.")
    if events[0].desk_seq != manifest.first_desk_seq or \
            events[-1].desk_seq != manifest.last_desk_seq or \
            events[-1].hash != manifest.last_hash or events[0].desk_id != manifest.desk_id:
        raise _refuse(path, "its events do not match the manifest's range.")
    payloads = verify_chain(events, manifest.first_prev_hash, path.name, seal_lookup)
    return manifest, events, payloads


def import_bundle(engine: Engine, path: Path) -> MergeResult:
    """Verify, then apply one bundle in one transaction (all or nothing, idempotent)."""
    path = Path(path)
    if not path.is_file():
        raise RecoveryDeskError(f"{path} does not exist.", "Check the path of the bundle.")
    manifest, events, payloads = read_bundle(path, erasure_seals(engine))
    with engine.connect().execution_options(**WRITE) as conn, conn.begin():
        return merge_desk_events(conn, manifest.desk_id, events, path.name, payloads)


def pull_from_folder(engine: Engine, desk_id: str, folder: Path) -> list[MergeResult]:
    """Import every other desk's bundle in ``folder`` that this log does not hold yet."""
    from recovery_desk.sync.merge import desk_head

    folder = Path(folder)
    if not folder.is_dir():
        raise RecoveryDeskError(f"The sync folder {folder} does not exist or is not reachable.",
                                "Check the share is mounted; you can keep working.")
    manifests = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        manifest = read_manifest(path)
        if manifest.desk_id != desk_id:
            manifests.append((manifest, path))
    manifests.sort(key=lambda item: (item[0].desk_id, item[0].first_desk_seq))
    results = []
    for manifest, path in manifests:
        with engine.connect() as conn:
            head, _hash = desk_head(conn, manifest.desk_id)
        if manifest.last_desk_seq <= head:
            continue
        results.append(import_bundle(engine, path))
    return results
