"""What every export writer shares: the progress tick that may cancel, and a row's cell."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from recovery_desk.core.errors import RecoveryDeskError

Progress = Callable[[int], bool]  # rows so far -> keep going?


class ExportCancelled(RecoveryDeskError):
    pass


def tick(progress: Progress | None, count: int) -> None:
    if progress and count % 5000 == 0 and not progress(count):
        raise ExportCancelled("The export was cancelled.", "Nothing was written.")


def cell(row: dict[str, Any], column: str) -> Any:
    value = row[column]
    if column == "payload":
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


