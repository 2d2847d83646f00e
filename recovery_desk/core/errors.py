"""Errors meant for people: each says what is wrong and what to do about it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol, Self


class Coded(Protocol):
    """A refusal with a stable code (``domain.refusal.Refusal`` is one)."""

    @property
    def code(self) -> str: ...
    @property
    def params(self) -> Mapping[str, object]: ...
    @property
    def problem(self) -> str: ...
    @property
    def fix(self) -> str: ...


class RecoveryDeskError(Exception):
    """Base for problems the user can act on; shown as one line, never a traceback.

    ``problem`` and ``fix`` are English. An error made from a coded refusal
    (:meth:`refusing`) also carries its ``code`` and ``params``, which the interface
    translates; ``code`` is empty otherwise.
    """

    code: str = ""
    params: Mapping[str, object] = {}

    def __init__(self, problem: str, fix: str = "") -> None:
        self.problem = problem
        self.fix = fix
        super().__init__(f"{problem} {fix}".strip())

    @classmethod
    def refusing(cls, refusal: Coded) -> Self:
        """This kind of error for ``refusal``, its English text filled in."""
        error = cls(refusal.problem, refusal.fix)
        error.code, error.params = refusal.code, refusal.params
        return error


class DatabaseUnavailable(RecoveryDeskError):
    """The case log cannot be opened or written."""


class DiskFull(DatabaseUnavailable):
    """The case log could not grow: the disk (or the log's size limit) is full."""
