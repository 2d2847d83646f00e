"""The Dashboard's figures as plain data, for scripts and scheduled summaries
(``recovery-desk kpis --json``): every tile, and a breakdown when asked for.

Nothing is computed here: the values are those ``compute`` gives the Dashboard.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.kpis.results import Dashboard

_SCOPE_FIELDS = ("date_from", "date_to", "desks", "agents", "channels", "playbooks")


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def scope_data(scope: CaseFilter) -> dict[str, Any]:
    return {name: _plain(getattr(scope, name)) for name in _SCOPE_FIELDS}


def figures(board: Dashboard, by: str | None = None) -> dict[str, Any]:
    """The tiles (key, value, unit, the number of cases each rests on, definition) and,
    with ``by``, that breakdown's rows."""
    out: dict[str, Any] = {
        "scope": scope_data(board.scope),
        "computed_at": board.now.isoformat(),
        "tiles": [{"key": k.key, "value": k.value, "unit": k.unit, "n": k.n,
                   **({} if k.unknown is None else {"unknown": k.unknown}),
                   "definition": k.definition} for k in board.tiles],
    }
    if by is not None:
        out["breakdown"] = {"by": by, "rows": [
            {k: v for k, v in asdict(row).items() if k != "drill"}
            for row in board.breakdowns[by]]}
    return out
