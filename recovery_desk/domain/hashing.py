"""Content hashes that chain each desk's events, so edits behind the app's back show.

Two schemes, recorded per event (``Event.hash_version``) and never guessed:

- **v1** (events written before customer erasure existed, and bundles from older desks):
  SHA-256 over the previous hash, the header and the canonical payload.
- **v2** (every event written now): SHA-256 over ``"v2\\n"``, the previous hash, the header
  and the payload's *redacted form*, in which each personal value is replaced by a salted
  commitment (``domain.redaction``). Erasing a value keeps its commitment, so the hash, and
  every later link of the chain, stays valid; changing any value, salt or commitment of an
  unerased event still breaks it.

Erasing a v1 event changes what its hash covered; ``services.check`` then verifies its
links and a seal recorded by the erasure event instead (see ``services.erasure``).
"""

from __future__ import annotations

import hashlib

from recovery_desk.domain.canonical import canonical_bytes, canonical_time, flat_canonical_bytes
from recovery_desk.domain.events import Event
from recovery_desk.domain.redaction import needs_redaction, redacted_form

GENESIS = "0" * 64
#: The scheme new events are written with.
CURRENT_HASH_VERSION = 2


def event_header(event: Event, at: str | None = None) -> bytes:
    """The canonical form (UTF-8) of what the hash covers besides the payload; ``at`` is
    ``canonical_time(event.at)`` where the caller has it already (one action's events
    share their time)."""
    return flat_canonical_bytes(
        {
            "id": event.event_id,
            "case": event.case_id,
            "seq": event.seq,
            "at": at if at is not None else canonical_time(event.at),
            "desk": event.desk_id,
            "desk_seq": event.desk_seq,
            "actor": event.actor,
            "kind": event.kind,
            "stage": event.stage,
        }
    )


def chain_hash_with_payload(prev_hash: str, event: Event,
                            at: str | None = None) -> tuple[str, str]:
    """The chained hash (by the event's own scheme) and the canonical payload JSON;
    ``at`` as for ``event_header``."""
    covered = canonical_bytes(event.payload)
    payload = covered.decode("utf-8")
    digest = hashlib.sha256()
    if event.hash_version >= 2:
        if needs_redaction(event.kind, event.payload):  # most kinds hold nothing personal
            try:
                covered = canonical_bytes(redacted_form(event.kind, event.payload))
            except ValueError:  # a personal value without its salt: matches no v2 hash
                return "", payload
        digest.update(b"v2\n")
    digest.update(prev_hash.encode("ascii"))
    digest.update(event_header(event, at))
    digest.update(b"\n")
    digest.update(covered)
    return digest.hexdigest(), payload


def chain_hash(prev_hash: str, event: Event) -> str:
    """SHA-256 over the previous hash, the event's header and its (redacted) payload."""
    return chain_hash_with_payload(prev_hash, event)[0]


def sealed_digest(event: Event) -> str:
    """A digest of an erased v1 event's remaining content (its hash, header, scrubbed payload).

    Recorded by the erasure event, so the scrubbed content is tamper-evident again.
    """
    digest = hashlib.sha256()
    digest.update(b"sealed-v1\n")
    digest.update(event.hash.encode("ascii"))
    digest.update(event_header(event))
    digest.update(b"\n")
    digest.update(canonical_bytes(event.payload))
    return digest.hexdigest()
