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


#: what platformdirs reads to place each kind of folder (Unix; elsewhere the home folder
#: stands for the user, and the folders do not move while a program runs)
_PLATFORM_ENV = {"data": "XDG_DATA_HOME", "config": "XDG_CONFIG_HOME",
                 "cache": "XDG_CACHE_HOME", "log": "XDG_STATE_HOME"}


@cache  # platformdirs costs about 50 us a call, and demo data asks thousands of times
def _platform_dir(kind: str, env: tuple[str | None, ...]) -> Path:
    import platformdirs

    del env  # only the cache key: a changed environment is looked up again
    return Path(getattr(platformdirs, f"user_{kind}_dir")(APP_NAME, appauthor=False))


def _user_dir(kind: str, folder: str) -> Path:
    home = home_override()
    if home:
        return home / folder
    environ = os.environ
    return _platform_dir(kind, (environ.get("HOME"), environ.get(_PLATFORM_ENV[kind])))


def data_dir() -> Path:
    return _user_dir("data", "data")


def log_dir() -> Path:
    return _user_dir("log", "logs")


def config_dir() -> Path:
    return _user_dir("config", "config")


def cache_dir() -> Path:
    """What can be made again from shipped files (the parsed playbooks): safe to delete."""
    return _user_dir("cache", "cache")


def default_database_path() -> Path:
    return data_dir() / "case-log.sqlite3"
