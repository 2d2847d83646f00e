"""The desk's audit stream: events about the desk itself, not about a customer's case.

Denied attempts and account changes are recorded on the desk's own hash chain, so they are
as tamper-evident as the cases and travel with sync. They need a ``case_id`` like every
event; each desk gets one fixed stream id for them. A stream id is recognisable by its
prefix, so projections (the case list, figures) leave it out while ``check``, replay and
sync treat its events like any other on the chain.
"""

from __future__ import annotations

import hashlib

ACCESS_DENIED = "access_denied"
ACCOUNT_CHANGED = "account_changed"
#: The log's clock rule pack was chosen (``services/regulated/packs.py``): per log, so it is
#: on an audit stream and travels with sync like an account change.
CLOCK_PACK_CHOSEN = "clock_pack_chosen"

#: an administrator trusted (or replaced) another desk's key: on the chain, so the trust
#: table edited behind the app's back shows in ``check``
DESK_TRUSTED = "desk_trusted"
AUDIT_KINDS = frozenset({ACCESS_DENIED, ACCOUNT_CHANGED, CLOCK_PACK_CHOSEN, DESK_TRUSTED})

AUDIT_PREFIX = "audit:"
_ID_LENGTH = 36  # case ids are 36 characters wide (a UUID) in the schema


def audit_stream_id(desk_id: str) -> str:
    """``audit:`` and a digest of the desk id: fixed per desk, fits the case id column."""
    digest = hashlib.sha256(desk_id.encode("utf-8")).hexdigest()
    return AUDIT_PREFIX + digest[:_ID_LENGTH - len(AUDIT_PREFIX)]


def is_audit_stream(case_id: str) -> bool:
    return case_id.startswith(AUDIT_PREFIX)
