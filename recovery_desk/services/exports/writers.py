"""Writing export rows as CSV, JSON Lines or XLSX, each with a progress tick that may
cancel (the caller then removes the unfinished file)."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from recovery_desk.services.exports.cells import csv_row
from recovery_desk.services.exports.progress import ExportCancelled, Progress, cell, tick
from recovery_desk.services.exports.xlsx import write_xlsx


def write_csv(path: Path, rows: Iterator[dict[str, Any]], columns: tuple[str, ...],
              progress: Progress | None) -> int:
    count = 0
    # utf-8-sig: spreadsheet programs then read Hungarian, Latvian, Ukrainian correctly
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        events = "payload" in columns
        for row in rows:
            # case rows are built in column order, so their values go out as they are
            writer.writerow(csv_row([cell(row, c) for c in columns] if events
                                    else row.values()))
            count += 1
            tick(progress, count)
    return count


def write_jsonl(path: Path, rows: Iterator[dict[str, Any]], columns: tuple[str, ...],
                progress: Progress | None) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
            tick(progress, count)
    return count


Writer = Callable[[Path, Iterator[dict[str, Any]], tuple[str, ...], "Progress | None"], int]
__all__ = ["WRITERS", "ExportCancelled", "Progress", "write_csv", "write_jsonl", "write_xlsx"]

WRITERS: dict[str, Writer] = {"csv": write_csv, "jsonl": write_jsonl, "xlsx": write_xlsx}
