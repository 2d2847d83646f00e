"""What the last ``check`` found about a log's file, remembered outside the log.

When ``check`` finds the file damaged (SQLite's integrity check fails, or pages cannot be
read), writing on would bury the damage under new events. So the finding is noted in the
user's data folder, keyed by the log's location, and every writer (the Desk, demo data,
imports, sync) refuses that log until a later ``check`` finds it whole again (e.g. after
``restore``). The note lives outside the log because the log is the damaged thing, and
``check`` itself opens it read-only (an evidence copy may be on read-only media).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from recovery_desk.core.errors import DatabaseUnavailable
from recovery_desk.core.paths import data_dir

log = logging.getLogger(__name__)
_KEPT_FINDINGS = 5


@dataclass(frozen=True)
class DamageNote:
    location: str
    checked_at: str
    findings: tuple[str, ...]


class LogDamaged(DatabaseUnavailable):
    """The last check found the file damaged; nothing may write to it."""


def _note_path(location: str) -> Path:
    digest = hashlib.sha256(location.encode("utf-8")).hexdigest()[:32]
    return data_dir() / "checks" / f"{digest}.json"


def remember_check(location: str, damage: list[str]) -> None:
    """Note ``damage`` (findings) for ``location``, or clear the note when there is none."""
    path = _note_path(location)
    try:
        if not damage:
            path.unlink(missing_ok=True)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        note = {"location": location, "checked_at": datetime.now(UTC).isoformat(),
                "findings": damage[:_KEPT_FINDINGS]}
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("could not note the check result for %s: %s", location, exc)


def damage_noted(location: str) -> DamageNote | None:
    try:
        data = json.loads(_note_path(location).read_text(encoding="utf-8"))
        return DamageNote(location=str(data["location"]), checked_at=str(data["checked_at"]),
                          findings=tuple(str(f) for f in data.get("findings") or ()))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        # an unreadable note must not hide damage: treat it as a damage note
        return DamageNote(location=location, checked_at="?", findings=(f"note unreadable: {exc}",))


def refuse_if_damaged(location: str) -> None:
    """Raise :class:`LogDamaged` when the last check of ``location`` found damage."""
    note = damage_noted(location)
    if note is None:
        return
    first = note.findings[0] if note.findings else "damaged pages"
    raise LogDamaged(
        f"The last check ({note.checked_at[:16].replace('T', ' ')} UTC) found the case log at "
        f"{location} damaged ({first}); nothing is written to it until it is whole again.",
        "Restore the newest backup (recovery-desk restore FILE), then run recovery-desk check.")
