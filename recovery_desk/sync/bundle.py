"""Bundles: a desk's new events as one self-describing, signed file for a shared folder.

A bundle is a zip with ``manifest.json`` (desk, schema, counts, sequence range, chain ends,
SHA-256 of the events, and the desk's signed checkpoint at the last event) and
``events.jsonl``. It is written under a temporary name and renamed, so a reader never sees
half a bundle. Reading treats the file as hostile (``bundle_limits``): every size is bounded
before it is read, and everything is verified before anything is applied.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from recovery_desk.domain.canonical import canonical_json, canonical_time, parse_json
from recovery_desk.domain.events import Event
from recovery_desk.domain.signing import (
    Checkpoint,
    SignatureError,
    checkpoint_from_json,
    valid_desk_id,
    verify_checkpoint,
)
from recovery_desk.storage.migrate import KNOWN_REVISIONS, SCHEMA_HEAD
from recovery_desk.sync.bundle_limits import (
    MAX_EVENTS_BYTES,
    BoundedBundle,
    BundleRejected,
)
from recovery_desk.sync.merge import SyncRefused, verify_chain

FORMAT = "recovery-desk-bundle"
#: 2: signed (a checkpoint and the desk's public key in the manifest)
FORMAT_VERSION = 2
SUFFIX = ".rdbundle"
MAX_EVENTS_PER_BUNDLE = 50_000


class BundleNewer(SyncRefused):
    """Written by a newer Recovery Desk: left in the folder for desks that can read it."""


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
    #: the desk's signed checkpoint at ``last_desk_seq``; None in unsigned (older) bundles
    checkpoint: Checkpoint | None = None

    @property
    def fingerprint(self) -> str:
        return self.checkpoint.fingerprint if self.checkpoint is not None else ""


def event_json(event: Event) -> dict[str, Any]:
    return {"event_id": event.event_id, "case_id": event.case_id, "seq": event.seq,
            "at": canonical_time(event.at), "desk_id": event.desk_id,
            "desk_seq": event.desk_seq, "actor": event.actor, "kind": event.kind,
            "stage": event.stage, "payload": event.payload, "prev_hash": event.prev_hash,
            "hash": event.hash, "hash_version": event.hash_version}


def event_from_json(data: dict[str, Any], checked_desk: str | None = None) -> Event:
    """One bundle line's event. ``checked_desk``: a desk id already found valid (the line
    before's), so a bundle's one desk is checked once, not once per event."""
    at = datetime.fromisoformat(data["at"])  # "…Z" read as UTC
    if at.tzinfo is None:
        raise ValueError("a time without its zone")
    desk_id = data["desk_id"]
    if (checked_desk is None or desk_id != checked_desk) and not valid_desk_id(desk_id):
        raise ValueError("an invalid desk id")
    return Event(event_id=str(data["event_id"]), case_id=str(data["case_id"]),
                 seq=int(data["seq"]), at=at, desk_id=desk_id,
                 desk_seq=int(data["desk_seq"]), actor=str(data["actor"]),
                 kind=str(data["kind"]), stage=data.get("stage"),
                 payload=dict(data["payload"]), prev_hash=str(data["prev_hash"]),
                 hash=str(data["hash"]),
                 # bundles from desks before hash scheme 2 carry no version: scheme 1
                 hash_version=int(data.get("hash_version", 1)))


def bundle_name(desk_id: str, first: int, last: int, key_fingerprint: str = "") -> str:
    """``DESK-000000001-000004711-3fa291bc.rdbundle``: the signer's fingerprint in the name
    keeps a bundle forged under a desk's id from replacing the desk's own."""
    tail = f"-{key_fingerprint.replace('-', '')[:8]}" if key_fingerprint else ""
    return f"{desk_id}-{first:09d}-{last:09d}{tail}{SUFFIX}"


# -- writing -----------------------------------------------------------------------------


def write_bundle(events: list[Event], folder: Path, checkpoint: Checkpoint) -> Path:
    """Write one bundle atomically into ``folder``; returns its path. ``checkpoint`` is the
    desk's signature at the last event."""
    first, last = events[0], events[-1]
    if not valid_desk_id(first.desk_id):
        raise ValueError(f"invalid desk id {first.desk_id!r}")
    if (checkpoint.desk_id, checkpoint.desk_seq, checkpoint.head_hash) != \
            (last.desk_id, last.desk_seq, last.hash):
        raise ValueError("the checkpoint is not the bundle's last event")
    lines = "".join(canonical_json(event_json(e)) + "\n" for e in events).encode("utf-8")
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "desk_id": first.desk_id,
        "schema": SCHEMA_HEAD, "events": len(events), "first_desk_seq": first.desk_seq,
        "last_desk_seq": last.desk_seq, "first_prev_hash": first.prev_hash,
        "last_hash": last.hash, "created_at": canonical_time(datetime.now(UTC)),
        "files": {"events.jsonl": {"sha256": hashlib.sha256(lines).hexdigest(),
                                   "bytes": len(lines)}},
        "checkpoint": checkpoint.as_json(),
    }
    target = folder / bundle_name(first.desk_id, first.desk_seq, last.desk_seq,
                                  checkpoint.fingerprint)
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


# -- reading -----------------------------------------------------------------------------


def _refuse(path: Path, problem: str, fix: str = "Ask the desk for a fresh export.") -> SyncRefused:
    return SyncRefused(f"{path.name}: {problem}", fix)


def _parse_manifest(path: Path, raw: bytes) -> Manifest:
    try:
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("format")
        if int(data["format_version"]) > FORMAT_VERSION:
            raise BundleNewer(f"{path.name}: was written by a newer Recovery Desk (bundle "
                              f"format {data['format_version']}).",
                              "Update Recovery Desk here; the bundle is left for desks "
                              "that can read it.")
        schema = str(data["schema"])
        if schema not in KNOWN_REVISIONS:
            raise BundleNewer(f"{path.name}: was written by a newer Recovery Desk (schema "
                              f"{schema}).",
                              "Update Recovery Desk on this machine, then import it again.")
        files = data["files"]["events.jsonl"]
        desk_id = data["desk_id"]
        if not valid_desk_id(desk_id):
            raise _refuse(path, f"names an invalid desk id {str(desk_id)[:80]!r}.",
                          "Do not import it; it was not written by Recovery Desk.")
        manifest = Manifest(desk_id=desk_id, schema=schema,
                            events=int(data["events"]),
                            first_desk_seq=int(data["first_desk_seq"]),
                            last_desk_seq=int(data["last_desk_seq"]),
                            first_prev_hash=str(data["first_prev_hash"]),
                            last_hash=str(data["last_hash"]), sha256=str(files["sha256"]),
                            size=int(files["bytes"]),
                            checkpoint=(checkpoint_from_json(data["checkpoint"])
                                        if "checkpoint" in data else None))
    except SyncRefused:
        raise
    except SignatureError as exc:
        raise _refuse(path, "has a malformed signature; it is not a valid bundle.") from exc
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise _refuse(path, "has a malformed manifest; it is not a valid bundle.") from exc
    if not (0 < manifest.events <= MAX_EVENTS_PER_BUNDLE) or \
            not (0 < manifest.size <= MAX_EVENTS_BYTES) or \
            manifest.last_desk_seq - manifest.first_desk_seq + 1 != manifest.events:
        raise _refuse(path, f"declares {manifest.events} events in {manifest.size} bytes "
                            f"for sequences {manifest.first_desk_seq}–"
                            f"{manifest.last_desk_seq}, which a bundle cannot hold.")
    return manifest


def verify_signature(path: Path, manifest: Manifest) -> Checkpoint:
    """The bundle's checkpoint, verified: signed by its key, at the bundle's last event."""
    checkpoint = manifest.checkpoint
    if checkpoint is None:
        raise _refuse(path, f"is not signed (written by a Recovery Desk before desk keys, "
                            f"by desk {manifest.desk_id}).",
                      "Update Recovery Desk on that desk and push again.")
    try:
        verify_checkpoint(checkpoint)
    except SignatureError as exc:
        raise _refuse(path, f"its signature does not verify ({exc}): forged or damaged.",
                      "Do not import it; ask the desk for a fresh export.") from exc
    if (checkpoint.desk_id, checkpoint.desk_seq, checkpoint.head_hash) != \
            (manifest.desk_id, manifest.last_desk_seq, manifest.last_hash):
        raise _refuse(path, "its signature is for another position of the chain than its "
                            "events (forged or damaged).",
                      "Do not import it; ask the desk for a fresh export.")
    return checkpoint


def read_manifest(path: Path) -> Manifest:
    """The manifest of a bundle file, read within bounds; raises SyncRefused."""
    path = Path(path)
    try:
        with BoundedBundle(path) as bundle:
            return _parse_manifest(path, bundle.manifest_bytes())
    except BundleRejected as exc:
        raise _refuse(path, f"{exc}.") from exc


def _parse_events(path: Path, manifest: Manifest, lines: Iterator[bytes],
                  ) -> tuple[list[Event], int]:
    """The events, and the number of the first line that is not one (0: none). After a bad
    line the rest is only read for the checksum, which names damage best."""
    events: list[Event] = []
    bad_line = 0
    desk: str | None = None
    for number, line in enumerate(lines, 1):
        if number > manifest.events:
            raise _refuse(path, f"holds more events than its manifest says "
                                f"({manifest.events}).")
        if bad_line:
            continue
        try:
            event = event_from_json(parse_json(line), desk)
            events.append(event)
            desk = event.desk_id
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            bad_line = number
    return events, bad_line


def read_bundle(path: Path, seal_lookup: Callable[[str], dict[str, str]] | None = None,
                ) -> tuple[Manifest, list[Event], dict[str, str]]:
    """Read and verify a bundle completely (bounds, signature, checksum, chain); raises
    SyncRefused naming the problem. ``seal_lookup``: see ``merge.verify_chain``."""
    path = Path(path)
    try:
        with BoundedBundle(path) as bundle:
            manifest = _parse_manifest(path, bundle.manifest_bytes())
            verify_signature(path, manifest)
            digest = hashlib.sha256()
            events, bad_line = _parse_events(path, manifest,
                                             bundle.event_lines(manifest.size, digest))
    except BundleRejected as exc:
        raise _refuse(path, f"{exc}.") from exc
    if digest.hexdigest() != manifest.sha256:
        raise _refuse(path, "its events do not match the manifest's checksum (corrupted or "
                            "tampered).")
    if bad_line:
        raise _refuse(path, f"line {bad_line} is not a valid event.")
    if len(events) != manifest.events:
        raise _refuse(path, f"holds {len(events)} events, the manifest says {manifest.events}.")
    if events[0].desk_seq != manifest.first_desk_seq or \
            events[-1].desk_seq != manifest.last_desk_seq or \
            events[-1].hash != manifest.last_hash or events[0].desk_id != manifest.desk_id:
        raise _refuse(path, "its events do not match the manifest's range.")
    payloads = verify_chain(events, manifest.first_prev_hash, path.name, seal_lookup)
    return manifest, events, payloads


__all__ = ["FORMAT", "FORMAT_VERSION", "MAX_EVENTS_PER_BUNDLE", "SUFFIX", "BundleNewer",
           "Manifest", "bundle_name", "event_from_json", "event_json", "read_bundle",
           "read_manifest", "verify_signature", "write_bundle"]
