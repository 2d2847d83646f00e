"""Where a desk's private key lives: the OS keyring if there is one, else a 0600 file.

Never in the case log: whoever copies the log file (a backup, an evidence copy, the shared
folder) must not be able to sign as the desk. Keys are named by the desk id, so a restored
backup of a desk signs as that desk again, and a second log on this machine cannot take an
id that already has a key here (``identity.create_identity``).

The keyring (the ``keyring`` package: Windows Credential Locker, macOS Keychain, the
Secret Service of a Linux desktop) protects the key at rest with the user's login; a
headless Linux machine has none, and then the key is a file readable by its owner only in
the user data folder (``desk-keys/DESK_ID.key``). ``RECOVERY_DESK_HOME`` (portable use,
tests) always uses the file, so tests never touch a developer's real keyring.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.core.paths import data_dir, home_override
from recovery_desk.domain.signing import (
    SignatureError,
    private_key_bytes,
    private_key_from_bytes,
    valid_desk_id,
)

log = logging.getLogger(__name__)

KEYRING_SERVICE = "recovery-desk"


class KeyMissing(RecoveryDeskError):
    """The desk's private key is not on this machine."""


def key_folder() -> Path:
    return data_dir() / "desk-keys"


def _key_file(desk_id: str) -> Path:
    if not valid_desk_id(desk_id):  # the id names a file: never a path
        raise ValueError(f"invalid desk id {desk_id!r}")
    return key_folder() / f"{desk_id}.key"


def _keyring() -> Any:  # the keyring module, or None
    """The OS keyring when a real one is there; None on headless machines and in tests."""
    if home_override() is not None or os.environ.get("RECOVERY_DESK_KEYRING") == "file":
        return None
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring setup: use the file
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return keyring


def where(desk_id: str) -> str:
    """Where this desk's key is (or would be) kept, in words, for messages and docs."""
    path = _key_file(desk_id)
    if path.exists() or _keyring() is None:
        return str(path)
    return f"the OS keyring ({KEYRING_SERVICE} / {desk_id})"


def load_key(desk_id: str) -> Ed25519PrivateKey | None:
    """The desk's private key, or None when this machine has none for it."""
    path = _key_file(desk_id)
    raw: bytes | None = None
    if path.exists():
        try:
            raw = bytes.fromhex(path.read_text(encoding="ascii").strip())
        except (OSError, ValueError) as exc:
            raise KeyMissing(f"The key file of desk {desk_id} ({path}) cannot be read.",
                             "Restore it from the machine's backup, or give the desk a new "
                             "key: recovery-desk desks new-key.") from exc
    else:
        ring = _keyring()
        if ring is not None:
            try:
                text = ring.get_password(KEYRING_SERVICE, desk_id)
            except Exception:  # noqa: BLE001 - a locked or broken keyring
                log.warning("the OS keyring could not be read", exc_info=True)
                text = None
            raw = bytes.fromhex(text) if text else None
    if raw is None:
        return None
    try:
        return private_key_from_bytes(raw)
    except SignatureError as exc:
        raise KeyMissing(f"The stored key of desk {desk_id} is damaged.",
                         "Give the desk a new key: recovery-desk desks new-key.") from exc


def has_key(desk_id: str) -> bool:
    return load_key(desk_id) is not None


def store_key(desk_id: str, key: Ed25519PrivateKey) -> str:
    """Keep the key in the keyring if there is one, else in a 0600 file; returns where."""
    text = private_key_bytes(key).hex()
    ring = _keyring()
    if ring is not None:
        try:
            ring.set_password(KEYRING_SERVICE, desk_id, text)
            return f"the OS keyring ({KEYRING_SERVICE} / {desk_id})"
        except Exception:  # noqa: BLE001 - fall back to the file, as documented
            log.warning("the OS keyring refused the desk key; keeping it in a file",
                        exc_info=True)
    path = _key_file(desk_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    fd, tmp = tempfile.mkstemp(prefix=".key-", dir=path.parent)
    try:
        os.chmod(tmp, 0o600)  # mkstemp's default too; said here because it matters
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(text + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return str(path)


def forget_key(desk_id: str) -> None:
    """Remove a key just stored for a log whose identity then failed to commit."""
    _key_file(desk_id).unlink(missing_ok=True)
    ring = _keyring()
    if ring is not None:
        try:
            ring.delete_password(KEYRING_SERVICE, desk_id)
        except Exception:  # noqa: BLE001 - nothing stored there
            pass
