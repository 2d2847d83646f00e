"""Export the case log, one row per case or per event, as CSV or JSON Lines.

Rows stream from the database (constant memory) into a temporary file that replaces the
target only when complete, so a failed or cancelled export never leaves half a file.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from ..domain.hashing import canonical_time
from ..errors import RecoveryDeskError
from ..storage.models import Case, CaseEvent

CASE_COLUMNS = (
    "case_ref", "case_id", "opened_at", "closed_at", "desk", "agent", "customer_id", "channel",
    "category", "severity", "playbook", "mode", "status", "outcome", "stage", "resolution",
    "redress_amount", "currency", "accepted", "csat", "likelihood", "ces", "watchlist",
    "follow_up_due", "follow_ups_done", "escalated", "acknowledged_at", "resolved_at",
    "training",
)
EVENT_COLUMNS = ("event_id", "case_id", "seq", "at", "desk", "desk_seq", "actor", "kind",
                 "stage", "payload", "hash")
FORMATS = ("csv", "jsonl")

Progress = Callable[[int], bool]  # rows so far -> keep going?


class ExportCancelled(RecoveryDeskError):
    pass


def _value(value: Any) -> Any:
    if isinstance(value, datetime):
        return canonical_time(value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bool):
        return int(value)
    return value


def _case_rows(engine: Engine, include_training: bool) -> Iterator[dict[str, Any]]:
    c = Case.__table__.c
    stmt = select(
        c.ref.label("case_ref"), c.case_id, c.opened_at, c.closed_at, c.desk_id.label("desk"),
        c.agent, c.customer_id, c.channel, c.category, c.severity, c.playbook, c.mode, c.status,
        c.outcome, c.stage, c.resolution, c.redress_amount, c.currency, c.accepted, c.csat,
        c.likelihood, c.ces, c.watchlist, c.follow_up_due, c.follow_ups_done, c.escalated,
        c.acknowledged_at, c.resolved_at, c.training,
    ).order_by(c.opened_at, c.case_id)
    if not include_training:
        stmt = stmt.where(c.training.is_(False))
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=5000).execute(stmt)
        for row in result:
            yield {k: _value(v) for k, v in row._mapping.items()}


def _event_rows(engine: Engine) -> Iterator[dict[str, Any]]:
    e = CaseEvent.__table__.c
    stmt = select(e.event_id, e.case_id, e.seq, e.at, e.desk_id.label("desk"), e.desk_seq,
                  e.actor, e.kind, e.stage, e.payload, e.hash).order_by(e.at, e.desk_id,
                                                                        e.desk_seq)
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=5000).execute(stmt)
        for row in result:
            yield {k: _value(v) for k, v in row._mapping.items()}


def export(engine: Engine, out: Path, fmt: str = "csv", *, events: bool = False,
           include_training: bool = False, progress: Progress | None = None) -> int:
    """Write the export to ``out``; returns the number of rows."""
    if fmt not in FORMATS:
        raise RecoveryDeskError(f"Unknown export format {fmt!r}.", "Use csv or jsonl.")
    out = Path(out)
    if not out.parent.is_dir():
        raise RecoveryDeskError(f"The folder {out.parent} does not exist.",
                                "Create it or choose another --out.")
    rows = _event_rows(engine) if events else _case_rows(engine, include_training)
    columns = EVENT_COLUMNS if events else CASE_COLUMNS
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    count = 0
    try:
        # utf-8-sig: spreadsheet programs then read Hungarian, Latvian, Ukrainian correctly
        encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            if fmt == "csv":
                writer = csv.writer(handle)
                writer.writerow(columns)
                for row in rows:
                    if events:
                        row["payload"] = json.dumps(row["payload"], ensure_ascii=False,
                                                    sort_keys=True)
                    writer.writerow([row[c] for c in columns])
                    count += 1
                    if progress and count % 5000 == 0 and not progress(count):
                        raise ExportCancelled("The export was cancelled.", "Nothing was written.")
            else:
                for row in rows:
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                    count += 1
                    if progress and count % 5000 == 0 and not progress(count):
                        raise ExportCancelled("The export was cancelled.", "Nothing was written.")
        os.replace(tmp_name, out)
    except OSError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise RecoveryDeskError(f"Cannot write {out}: {exc.strerror}.",
                                "Free some disk space or choose another place.") from exc
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    if progress:
        progress(count)
    return count
