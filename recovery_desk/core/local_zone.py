"""This machine's time zone, the one the desk's days are cut in, and its name for people."""

from __future__ import annotations

import os
import time
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def local_time(at: datetime) -> datetime:
    """``at`` (aware) as a naive wall-clock time here, summer time included."""
    return at.astimezone().replace(tzinfo=None)


def local_zone_name() -> str:
    """The zone's IANA name when the system says it (``TZ`` or ``/etc/localtime``), else
    its abbreviations, so a spreadsheet can state in which zone its times are."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        try:
            ZoneInfo(name)
            return name
        except (ZoneInfoNotFoundError, ValueError):
            pass
    target = os.path.realpath("/etc/localtime")
    if "zoneinfo/" in target:
        return target.split("zoneinfo/", 1)[1]
    return "/".join(dict.fromkeys(time.tzname)) or "UTC"
