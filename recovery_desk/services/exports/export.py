"""Export the case log, one row per case or per event, as CSV, JSON Lines or XLSX.

Rows stream from the database (constant memory) into a temporary file that replaces the
target only when complete, so a failed or cancelled export never leaves half a file.
``pseudonymize`` replaces customer ids with stable pseudonyms and leaves out every name,
phone, e-mail and free text, so analyses can still group by customer.

By job: ``filters`` (which rows), ``rows`` (reading them), ``pseudonym``, ``writers``
(the three formats); this module puts them together.
"""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain.refusal import Code
from recovery_desk.services.exports.filters import AnyFilter, ExportFilter
from recovery_desk.services.exports.pseudonym import Pseudonymizer, pseudonymized
from recovery_desk.services.exports.rows import (
    CASE_COLUMNS,
    EVENT_COLUMNS,
    PSEUDONYMIZED_COLUMNS,
    case_rows,
    count_rows,
    event_rows,
    with_clock_status,
)
from recovery_desk.services.exports.writers import WRITERS, ExportCancelled, Progress

__all__ = ["CASE_COLUMNS", "EVENT_COLUMNS", "FORMATS", "AnyFilter", "ExportCancelled",
           "ExportFilter", "Progress", "Pseudonymizer", "count_rows", "export"]

FORMATS = ("csv", "jsonl", "xlsx")

UNKNOWN_FORMAT = Code("export.unknown_format", "Unknown export format {format!r}.",
                      "Use csv, jsonl or xlsx.")
NO_FOLDER = Code("export.no_folder", "The folder {folder} does not exist.",
                 "Create it or choose another --out.")
#: ``reason``: the operating system's words.
CANNOT_WRITE = Code("export.cannot_write", "Cannot write {path}: {reason}.",
                    "Free some disk space or choose another place.")


def export(engine: Engine, out: Path, fmt: str = "csv", *, events: bool = False,
           include_training: bool = False, flt: AnyFilter | None = None,
           pseudonymize: bool = False, progress: Progress | None = None) -> int:
    """Write the export to ``out``; returns the number of rows.

    ``flt`` is the command line's ``ExportFilter`` or a ``CaseFilter`` (the Log's current
    view, text search included: the same cases the Log lists, in opening order).
    """
    if fmt not in FORMATS:
        raise RecoveryDeskError.refusing(UNKNOWN_FORMAT(format=fmt))
    out = Path(out)
    if not out.parent.is_dir():
        raise RecoveryDeskError.refusing(NO_FOLDER(folder=str(out.parent)))
    flt = flt or ExportFilter(include_training=include_training)
    columns = EVENT_COLUMNS if events else \
        PSEUDONYMIZED_COLUMNS if pseudonymize else CASE_COLUMNS
    rows = event_rows(engine, flt) if events else case_rows(engine, flt, columns)
    if not events:
        rows = with_clock_status(rows, datetime.now(UTC))
    if pseudonymize:
        rows = pseudonymized(rows, events, Pseudonymizer.for_installation())
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    try:
        os.close(fd)
        count = WRITERS[fmt](Path(tmp_name), rows, columns, progress)
        os.replace(tmp_name, out)
    except OSError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise RecoveryDeskError.refusing(CANNOT_WRITE(
            path=str(out), reason=str(exc.strerror or exc))) from exc
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    if progress:
        progress(count)
    return count
