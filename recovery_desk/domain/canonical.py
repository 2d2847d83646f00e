"""The one text form of values that hashes, signatures and bundles agree on.

Sorted keys, no spaces, UTF-8 as is; times as microsecond UTC ISO text. Changing either
function changes every hash: never do it without a new hash version.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any


def canonical_time(at: datetime) -> str:
    """Microsecond UTC ISO text: the same on SQLite and PostgreSQL round trips."""
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds") + "Z"


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
