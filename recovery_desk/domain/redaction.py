"""Which event payload fields are personal, and how they are sealed and scrubbed.

A *personal field* is a value that names or describes a customer, or free text that may name
people: the customer's name, phone, e-mail and number, the complaint in their own words,
what they want, notes, captured field values and free-text reasons. Everything the figures
use (categories, amounts, scores, outcomes, times, the pseudonymous customer id) is not
personal and is never touched.

Events written with hash scheme v2 carry a random per-event ``_salt``. The hash covers, in
place of each personal value, a *commitment* ``sha256(salt, path, value)``. Erasure
replaces the value with ``""``, moves its commitment to ``_erased[path]`` and deletes the
salt: the commitment (and so the hash) is unchanged, while the salt, 128 random bits, is
gone, so even a short phone number cannot be guessed back from the commitment.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterator
from typing import Any

from recovery_desk.domain.canonical import canonical_json
from recovery_desk.domain.events import (
    CASE_CLOSED,
    CASE_OPENED,
    CASE_REOPENED,
    CASE_WITHDRAWN,
    CUSTOMER_CONTACT_CORRECTED,
    ESCALATION_DECLINED,
    FIELD_CAPTURED,
    FOLLOW_UP_DONE,
    NOTE_ADDED,
    STAGE_SKIPPED,
)

#: The erasure record: one per erased case, on the erasing desk's chain; no personal data.
CUSTOMER_ERASED = "customer_erased"

SALT = "_salt"
ERASED = "_erased"
#: What an erased value becomes (the folds read it like an empty text).
SCRUBBED = ""

_CUSTOMER = ("customer.name", "customer.phone", "customer.email", "customer.number")

#: Personal fields per event kind, as dotted paths into the payload.
PERSONAL_FIELDS: dict[str, tuple[str, ...]] = {
    CASE_OPENED: (*_CUSTOMER, "words", "remedy", "external_ref"),
    # the corrected details replace the opening's in the customers table: erased alike
    CUSTOMER_CONTACT_CORRECTED: (*_CUSTOMER, "reason"),
    FIELD_CAPTURED: ("value",),
    NOTE_ADDED: ("text",),
    FOLLOW_UP_DONE: ("note",),
    STAGE_SKIPPED: ("reason",),
    ESCALATION_DECLINED: ("reason",),
    CASE_CLOSED: ("reason",),
    CASE_WITHDRAWN: ("reason",),
    CASE_REOPENED: ("reason",),
    "annotated": ("text",),
    "training_flagged": ("reason",),
    "root_cause_recorded": ("cause", "corrective_action"),
    # regulated handling: the letter as sent names the customer; vulnerability is about
    # the person (health, life events…), the flag included; free-text reasons
    "letter_sent": ("subject", "body"),
    "vulnerability_recorded": ("vulnerable", "drivers", "needs", "adjustments"),
    "clock_paused": ("reason",),
    "return_exclusion_set": ("reason",),
}


def personal_paths(kind: str) -> tuple[str, ...]:
    return PERSONAL_FIELDS.get(kind, ())


def _get(payload: dict[str, Any], path: str) -> tuple[bool, Any]:
    node: Any = payload
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return False, None
        node = node[part]
    return True, node


def _set(payload: dict[str, Any], path: str, value: Any) -> None:
    """Set ``path``, copying each dict on the way so shared payload objects stay intact."""
    parts = path.split(".")
    node = payload
    for part in parts[:-1]:
        child = dict(node[part])
        node[part] = child
        node = child
    node[parts[-1]] = value


def present(kind: str, payload: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """The personal (path, value) pairs this payload holds, erased ones excluded."""
    erased = payload.get(ERASED) or {}
    for path in personal_paths(kind):
        if path in erased:
            continue
        found, value = _get(payload, path)
        if found and value not in (None, ""):
            yield path, value


def commitment(salt: str, path: str, value: Any) -> str:
    digest = hashlib.sha256()
    digest.update(salt.encode("ascii"))
    digest.update(b"\0" + path.encode("ascii") + b"\0")
    digest.update(canonical_json(value).encode("utf-8"))
    return digest.hexdigest()


def seal(kind: str, payload: dict[str, Any]) -> dict[str, Any]:
    """The payload to store for a new v2 event: with a fresh salt if it holds personal data."""
    if kind not in PERSONAL_FIELDS:  # most events (checklist ticks, stages): nothing to look at
        return payload
    if any(True for _ in present(kind, payload)):
        return {**payload, SALT: secrets.token_hex(16)}
    return payload


def needs_redaction(kind: str, payload: dict[str, Any]) -> bool:
    """Whether the v2 form differs from the payload (else it is hashed as it is)."""
    return kind in PERSONAL_FIELDS or SALT in payload or ERASED in payload


def redacted_form(kind: str, payload: dict[str, Any]) -> dict[str, Any]:
    """What the v2 hash covers: each personal value (erased or not) as its commitment.

    Raises ``ValueError`` when a personal value is present without a salt (the event
    cannot be a v2 event as stored).
    """
    erased = payload.get(ERASED) or {}
    form = {k: v for k, v in payload.items() if k not in (SALT, ERASED)}
    salt = payload.get(SALT)
    for path in personal_paths(kind):
        if path in erased:
            _set(form, path, "sealed:" + str(erased[path]))
            continue
        found, value = _get(payload, path)
        if not found or value in (None, ""):
            continue
        if not isinstance(salt, str):
            raise ValueError("personal value without a salt")
        _set(form, path, "sealed:" + commitment(salt, path, value))
    return form


def scrub(kind: str, payload: dict[str, Any], hash_version: int) -> dict[str, Any] | None:
    """The erased payload, or ``None`` when nothing personal is left in it.

    v2: each value's commitment is kept in ``_erased`` and the salt dropped, so the hash is
    unchanged. v1 (no salts): values are replaced and their paths listed in ``_erased``
    with no commitment; such an event's content can no longer be re-hashed and is sealed
    by the erasure record instead (see ``services.erasure``).
    """
    pairs = list(present(kind, payload))
    if not pairs and SALT not in payload:
        return None
    new = dict(payload)
    erased = dict(payload.get(ERASED) or {})
    salt = payload.get(SALT)
    for path, value in pairs:
        erased[path] = commitment(salt, path, value) if hash_version >= 2 and salt else ""
        _set(new, path, SCRUBBED)
    new.pop(SALT, None)
    if erased:
        new[ERASED] = erased
    return new


def is_erased(payload: dict[str, Any] | None) -> bool:
    return payload is not None and ERASED in payload  # an empty payload has no marker


def scrubbed_correctly(kind: str, payload: dict[str, Any]) -> bool:
    """Every path marked erased holds the scrubbed value (nothing slipped back in)."""
    for path in payload.get(ERASED) or {}:
        found, value = _get(payload, path)
        if found and value not in (None, SCRUBBED):
            return False
    return True
