"""Errors meant for people: each says what is wrong and what to do about it."""

from __future__ import annotations


class RecoveryDeskError(Exception):
    """Base for problems the user can act on; shown as one line, never a traceback."""

    def __init__(self, problem: str, fix: str = "") -> None:
        self.problem = problem
        self.fix = fix
        super().__init__(f"{problem} {fix}".strip())


class DatabaseUnavailable(RecoveryDeskError):
    """The case log cannot be opened or written."""


class DiskFull(DatabaseUnavailable):
    """The case log could not grow: the disk (or the log's size limit) is full."""

    def __init__(self, where: str = "") -> None:
        place = f" at {where}" if where else ""
        super().__init__(f"The disk is full: the case log{place} cannot store more. "
                         "Nothing of this action was recorded.",
                         "Free space on the disk (or move the case log to a disk with room), "
                         "then do the action again.")
