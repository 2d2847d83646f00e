"""Why sync refused or held events, as coded refusals (``domain/refusal.py``).

The command line prints the English text; the window translates each code
(``ui/common/refusals/sync.py``). ``where`` is the bundle's file name or ``desk X on the
server``; desk ids, fingerprints, sequences and short hashes are passed as text. Refusals of
a bundle's *format* (bounds, manifest, checksum) stay English sentences for now: the window
shows them under ``sync.set_aside`` with the English reason.
"""

from __future__ import annotations

from recovery_desk.domain.refusal import Code
from recovery_desk.sync.errors import WHICH_COPY

FRESH_EXPORT = "Do not import it; ask the desk for a fresh export."

# -- trust (sync/admission.py) -----------------------------------------------------------
UNTRUSTED = Code(
    "sync.untrusted",
    "{where}: desk {desk} (key {fingerprint}) is not trusted here: held aside, not applied.",
    "Compare the fingerprint with that desk's `recovery-desk desks identity`; if they "
    "match, an administrator trusts it: recovery-desk desks trust {owner} {fingerprint} "
    "(or Settings ▸ Desks).")
KEY_MISMATCH = Code(
    "sync.key_mismatch",
    "{where}: signed as desk {desk} by key {fingerprint}, but the key trusted here for desk "
    "{owner} is {trusted}: held aside, not applied (forged, or that desk has a new key).",
    "If desk {owner} really has a new key (ask them), an administrator replaces it: "
    "recovery-desk desks trust {owner} {fingerprint} --replace.")
OWN_BUNDLE = Code(
    "sync.own_bundle",
    "{where}: is desk {desk}'s own bundle; this log is that desk and never imports events "
    "under its own id.", "Import it on another desk.")

# -- witnesses (sync/witness.py) ---------------------------------------------------------
SIGNED_TWICE = Code(
    "sync.signed_twice",
    "{where}: desk {desk} signed sequence {seq} twice, with hash {kept}… (witnessed here) "
    "and {now}… (now): its history was rewritten.", WHICH_COPY)
ROLLED_BACK = Code(
    "sync.rolled_back",
    "{where}: desk {desk} signed its chain at sequence {newest} (hash {newest_hash}…, "
    "{signed_at} UTC, witnessed here) and now, later, only up to {seq} (hash {hash}…): its "
    "log was rolled back or cut.", WHICH_COPY)
REWRITTEN = Code(
    "sync.rewritten",
    "{where}: desk {desk}: at sequence {seq} the witnessed checkpoint (signed {signed_at} "
    "UTC) has hash {witnessed}…, this log has {ours}…: the history was rewritten after it "
    "was witnessed.", WHICH_COPY)

# -- the chain and the merge (sync/merge.py) ---------------------------------------------
TAMPERED = Code(
    "sync.tampered",
    "{where}: event {event} does not match its hash or its link to the event before "
    "(tampered or corrupted).", FRESH_EXPORT)
DUPLICATE_ID = Code(
    "sync.duplicate_id",
    "{where}: event id {event} comes twice (events {first} and {second}): duplicated or "
    "forged events.", FRESH_EXPORT)
KNOWN_IDS = Code(
    "sync.known_ids",
    "{where}: {count} event id(s) already exist under another desk position (duplicated or "
    "forged events).", FRESH_EXPORT)
GAP = Code(
    "sync.gap",
    "{where}: it starts at event {first} of desk {desk}, but this log has that desk's events "
    "only up to {head}.", "Import the earlier bundles of that desk first (sync pull does).")
FORK = Code(
    "sync.fork",
    "{where}: desk {desk}'s events do not continue this log's copy of that desk: at sequence "
    "{seq} this log has hash {ours}…, the arriving events follow {theirs}… (the histories "
    "differ).", WHICH_COPY)
FORK_OVERLAP = Code(
    "sync.fork_overlap",
    "{where}: at sequence {seq} of desk {desk} this log has hash {ours}…, the arriving event "
    "{theirs}… (the histories differ).", WHICH_COPY)

# -- authority (sync/authority.py) -------------------------------------------------------
#: ``why``: the authority rule's English words (``domain/authority.py``)
NOT_ALLOWED = Code(
    "sync.not_allowed",
    "{where}: event {seq} of desk {desk} {why}; nothing of it was applied.",
    "Ask that desk's administrator; the bundle stays where it is and is tried again at the "
    "next pull.")
