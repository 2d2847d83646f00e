"""Why sync held or refused events, in the interface language; codes in
``sync/refusals.py``. Desk ids, fingerprints, sequences and hashes are shown as they are."""

from __future__ import annotations

from recovery_desk.ui.common.refusals.gaps import Render, fill, translate


def _which_copy() -> str:
    return translate("Refusal", "Nothing was applied. Ask that desk's administrator which "
                                "copy is right; recovery-desk check --against shows the "
                                "difference.")


def _fresh() -> str:
    return translate("Refusal", "Do not import it; ask the desk for a fresh export.")


TEXTS: dict[str, Render] = {
    "sync.untrusted": lambda p: fill(translate(
        "Refusal", "%1: desk %2 (key %3) is not trusted here; its events are held aside, "
        "not applied. Compare the fingerprint with that desk's own; if they match, an "
        "administrator trusts it in Settings ▸ Desks."), p["where"], p["desk"],
        p["fingerprint"]),
    "sync.key_mismatch": lambda p: fill(translate(
        "Refusal", "%1: signed as desk %2 by key %3, but the key trusted here for desk %4 is "
        "%5; held aside, not applied (forged, or that desk has a new key). If it really has "
        "a new key (ask them), an administrator replaces it in Settings ▸ Desks."),
        p["where"], p["desk"], p["fingerprint"], p["owner"], p["trusted"]),
    "sync.own_bundle": lambda p: fill(translate(
        "Refusal", "%1 is this desk's (%2) own bundle; a desk never imports events under its "
        "own id."), p["where"], p["desk"]),
    "sync.signed_twice": lambda p: fill(translate(
        "Refusal", "%1: desk %2 signed sequence %3 twice, with hash %4… (witnessed here) and "
        "%5… (now): its history was rewritten."), p["where"], p["desk"], p["seq"],
        p["kept"], p["now"]) + " " + _which_copy(),
    "sync.rolled_back": lambda p: fill(translate(
        "Refusal", "%1: desk %2 signed its chain at sequence %3 (%4 UTC, witnessed here) and "
        "now, later, only up to %5: its log was rolled back or cut."), p["where"], p["desk"],
        p["newest"], p["signed_at"], p["seq"]) + " " + _which_copy(),
    "sync.rewritten": lambda p: fill(translate(
        "Refusal", "%1: desk %2 at sequence %3: the witnessed checkpoint has hash %4…, this "
        "log has %5…: the history was rewritten after it was witnessed."), p["where"],
        p["desk"], p["seq"], p["witnessed"], p["ours"]) + " " + _which_copy(),
    "sync.tampered": lambda p: fill(translate(
        "Refusal", "%1: event %2 does not match its hash or its link to the event before "
        "(tampered or corrupted)."), p["where"], p["event"]) + " " + _fresh(),
    "sync.duplicate_id": lambda p: fill(translate(
        "Refusal", "%1: event id %2 comes twice (events %3 and %4): duplicated or forged "
        "events."), p["where"], p["event"], p["first"], p["second"]) + " " + _fresh(),
    "sync.known_ids": lambda p: fill(translate(
        "Refusal", "%1: %2 event id(s) already exist under another desk position (duplicated "
        "or forged events)."), p["where"], p["count"]) + " " + _fresh(),
    "sync.gap": lambda p: fill(translate(
        "Refusal", "%1 starts at event %2 of desk %3, but this log has that desk's events "
        "only up to %4; the next sync brings the earlier ones first."), p["where"],
        p["first"], p["desk"], p["head"]),
    "sync.fork": lambda p: fill(translate(
        "Refusal", "%1: desk %2's events do not continue this log's copy of that desk at "
        "sequence %3 (the histories differ)."), p["where"], p["desk"], p["seq"])
        + " " + _which_copy(),
    "sync.fork_overlap": lambda p: fill(translate(
        "Refusal", "%1: at sequence %2 of desk %3 this log has another event than the "
        "arriving one (the histories differ)."), p["where"], p["seq"], p["desk"])
        + " " + _which_copy(),
    "sync.not_allowed": lambda p: fill(translate(
        "Refusal", "%1: event %2 of desk %3 changes what that desk may not change, so "
        "nothing of it was applied (%4). Ask that desk's administrator; it is tried again at "
        "the next sync."), p["where"], p["seq"], p["desk"], p["why"]),
}
