"""What the crash harness and its worker share: the desk and agent they use, and how a
draft's text is fingerprinted in the worker's reports."""

from __future__ import annotations

import hashlib

DESK = "DESK-CRASH"
AGENT = "crash-agent"


def text_digest(text: str | None) -> str | None:
    """A short fingerprint of a draft's text (``None``: no draft)."""
    if text is None or not text.strip():
        return None
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]
