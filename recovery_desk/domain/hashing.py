"""Content hashes that chain each desk's events, so edits behind the app's back show."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from .events import Event

GENESIS = "0" * 64


def canonical_time(at: datetime) -> str:
    """Microsecond UTC ISO text: the same on SQLite and PostgreSQL round trips."""
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds") + "Z"


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def event_header(event: Event) -> str:
    return canonical_json(
        {
            "id": event.event_id,
            "case": event.case_id,
            "seq": event.seq,
            "at": canonical_time(event.at),
            "desk": event.desk_id,
            "desk_seq": event.desk_seq,
            "actor": event.actor,
            "kind": event.kind,
            "stage": event.stage,
        }
    )


def chain_hash_with_payload(prev_hash: str, event: Event) -> tuple[str, str]:
    """The chained hash and the canonical payload JSON (reused for storage)."""
    payload = canonical_json(event.payload)
    digest = hashlib.sha256()
    digest.update(prev_hash.encode("ascii"))
    digest.update(event_header(event).encode("utf-8"))
    digest.update(b"\n")
    digest.update(payload.encode("utf-8"))
    return digest.hexdigest(), payload


def chain_hash(prev_hash: str, event: Event) -> str:
    """SHA-256 over the previous hash, the event's header and its canonical payload."""
    return chain_hash_with_payload(prev_hash, event)[0]
