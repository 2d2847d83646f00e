"""Where the shipped folders and the user's data live.

`migrations/` and `resources/` sit at the top of a source checkout and are installed inside
the package (as ``recovery_desk.migrations`` / ``recovery_desk.resources``) by the wheel, so
both layouts are looked up here and nowhere else.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parents[1]
_CHECKOUT_DIR = _PACKAGE_DIR.parent

APP_NAME = "recovery-desk"


@cache  # the installed folders do not move while the program runs; looked up per case
def _shipped(name: str) -> Path:
    installed = _PACKAGE_DIR / name
    if installed.is_dir():
        return installed
    checkout = _CHECKOUT_DIR / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"the {name}/ folder is missing; reinstall recovery-desk")


def migrations_dir() -> Path:
    """The Alembic script folder (env.py and versions/)."""
    return _shipped("migrations")


def resources_dir() -> Path:
    """Playbooks, scenarios, taxonomy, demo corpus, translations."""
    return _shipped("resources")


def home_override() -> Path | None:
    """``RECOVERY_DESK_HOME`` puts data, config and logs in one folder (tests, portable use)."""
    value = os.environ.get("RECOVERY_DESK_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    home = home_override()
    if home:
        return home / "data"
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    home = home_override()
    if home:
        return home / "logs"
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    home = home_override()
    if home:
        return home / "config"
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """What can be made again from shipped files (the parsed playbooks): safe to delete."""
    home = home_override()
    if home:
        return home / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "case-log.sqlite3"
