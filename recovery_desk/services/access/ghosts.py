"""Wrong attempts on names that cannot sign in, remembered like a real account's.

A real account counts wrong attempts in its ``users`` row, so its delays and its lock last
across restarts and across separate ``recovery-desk`` commands. A name the log does not
know (or an actor without a password) has no row; if its count lived only in memory, every
new command would start it afresh, and "locked after five tries" would tell a real name
from a made-up one. So those counts are kept in the user's data folder, per log, under a
digest of the name (the names people mistyped are not written down), bounded in number.
If the folder cannot be written, the count stays in memory for this process.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import secrets
from datetime import datetime
from pathlib import Path

from argon2 import PasswordHasher

from recovery_desk.core.paths import data_dir

log = logging.getLogger(__name__)
MAX_KEPT = 2000

Attempts = tuple[int, datetime | None, datetime | None]  # failures, last failed, locked until
_memory: dict[str, Attempts] = {}


def _file(location: str) -> Path:
    digest = hashlib.sha256(location.encode("utf-8")).hexdigest()[:32]
    return data_dir() / "sign-in" / f"{digest}.json"


def _key(location: str, name: str) -> str:
    return hashlib.sha256(f"{location}\n{name.casefold()}".encode()).hexdigest()[:32]


def _time(value: object) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None


def _read(path: Path) -> dict[str, list[object]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("sign-in attempts unreadable, starting afresh: %s", exc)
        return {}
    return data if isinstance(data, dict) else {}


def load(location: str, name: str) -> Attempts:
    key = _key(location, name)
    entry = _read(_file(location)).get(key)
    if isinstance(entry, list) and len(entry) == 3 and isinstance(entry[0], int):
        return entry[0], _time(entry[1]), _time(entry[2])
    return _memory.get(key, (0, None, None))


def save(location: str, name: str, attempts: Attempts) -> None:
    key = _key(location, name)
    _memory[key] = attempts
    path = _file(location)
    failures, last, until = attempts
    try:
        data = _read(path)
        data[key] = [failures, last.isoformat() if last else None,
                     until.isoformat() if until else None]
        if len(data) > MAX_KEPT:  # the oldest attempts go first
            for old in sorted(data, key=lambda k: str(data[k][1]))[:len(data) - MAX_KEPT]:
                del data[old]
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("could not keep sign-in attempts for %s: %s", location, exc)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def dummy_hash(hasher: PasswordHasher) -> str:
    """An encoded Argon2id hash of nothing at ``hasher``'s cost, so an unknown name costs
    one verification like a real one. It is assembled, not computed: hashing it first made
    the first unknown name of each command cost twice what a real name costs."""
    h = hasher
    return (f"$argon2id$v=19$m={h.memory_cost},t={h.time_cost},p={h.parallelism}$"
            f"{_b64(secrets.token_bytes(h.salt_len))}${_b64(secrets.token_bytes(h.hash_len))}")
