"""Refusals of sync, shared by the merge and the checks around it (no imports of theirs)."""

from __future__ import annotations

from recovery_desk.core.errors import RecoveryDeskError


class SyncRefused(RecoveryDeskError):
    """Events that must not be merged; nothing was applied."""


class ForkDetected(SyncRefused):
    """A desk's history that does not extend what this log holds or witnessed of it (a
    rollback, a fork, a rewritten tail); nothing was applied."""


WHICH_COPY = ("Nothing was applied. Ask that desk's administrator which copy is right; "
              "recovery-desk check --against shows the difference.")
