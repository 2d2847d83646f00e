"""What a workspace keeps for sign-in and permissions between calls.

It lives on :class:`~recovery_desk.services.workspace.Workspace` as ``workspace.access``, so
a reader sees at once which caches a session carries and who owns them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from argon2 import PasswordHasher


@dataclass
class AccessState:
    """The roles looked up so far and the password hasher this workspace signs in with."""

    #: user name -> role, filled by ``Workspace.role_of``: every offer of an action asks,
    #: and accounts change rarely (dropped by ``Workspace.forget_roles`` when one does)
    roles: dict[str, str] = field(default_factory=dict)
    #: the Argon2 cost to hash and verify with; None means the shipped default
    #: (``accounts.DEFAULT_HASHER``). Tests set a cheap one so sign-ins stay fast.
    password_hasher: PasswordHasher | None = None
