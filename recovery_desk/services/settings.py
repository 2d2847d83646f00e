"""This workstation's own settings (signed-in user, language, mode, sync target).

Kept in a small JSON file in the user's config folder, not in the case log, because the log
may be a central server shared by many desks. The desk id is *not* a setting: each log is a
desk of its own (``services/trust/identity.py``). ``desk_id`` here is only the id asked for
a new log (``--desk``), and, once a log is open, a copy of its identity; the file's old
``desk_id`` (kept by versions before desk keys) is read as ``legacy_desk_id``, so a log
written under it adopts it.
"""

from __future__ import annotations

import json
import logging
import os
import socket
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from recovery_desk.core.paths import config_dir

log = logging.getLogger(__name__)


@dataclass
class Settings:
    #: the desk id asked for a new log, then the open log's own; never saved
    desk_id: str = ""
    #: the per-machine desk id older versions kept here: adopted by a log written under it
    legacy_desk_id: str = ""
    user: str = ""
    language: str = "en"
    mode: str = "natural"
    sync_target: str = ""
    sync_minutes: int = 15
    open_cases: list[str] = field(default_factory=list)
    shortcuts: dict[str, str] = field(default_factory=dict)
    # trust: anonymize customers of cases closed this many months ago (0 = off); how
    # many rolling daily backups of the SQLite log to keep (0 = none)
    retention_months: int = 0
    backups_to_keep: int = 7
    # regulated letters: who the letters come from (empty until someone sets it; a letter
    # without it shows a gap to fill, never an invented name)
    organization_name: str = ""
    organization_contact: str = ""
    #: the currencies an offer may be in (ISO 4217 codes, the first preselected); empty
    #: means the taxonomy's list
    currencies: list[str] = field(default_factory=list)
    #: the Desk's text size in steps from the normal size (Ctrl++ / Ctrl+- / Ctrl+0)
    desk_zoom: int = 0

    @classmethod
    def path(cls) -> Path:
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        path = cls.path()
        settings = cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            known = {f.name for f in fields(cls)} - {"desk_id", "legacy_desk_id"}
            settings = cls(**{k: v for k, v in data.items() if k in known})
            legacy = data.get("legacy_desk_id") or data.get("desk_id") or ""
            settings.legacy_desk_id = legacy if isinstance(legacy, str) else ""
        except FileNotFoundError:
            pass
        except (OSError, ValueError, TypeError) as exc:
            log.warning("settings file unreadable, using defaults: %s", exc)
        return settings  # ``user`` is only the name the sign-in offers first

    def save(self) -> None:
        path = self.path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        data = asdict(self)
        del data["desk_id"]  # the log's, not the machine's (see the module docstring)
        if not self.legacy_desk_id:
            del data["legacy_desk_id"]
        tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
        os.replace(tmp, path)


def default_desk_id() -> str:
    """The desk id of a workstation working directly on a server log (not a desk)."""
    host = "".join(ch for ch in socket.gethostname().upper() if ch.isalnum() or ch == "-")
    return (host or "DESK")[:32]
