"""Writing export rows as CSV, JSON Lines or XLSX, each with a progress tick that may
cancel (the caller then removes the unfinished file)."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.services.exports.cells import csv_row, write_xlsx_row

Progress = Callable[[int], bool]  # rows so far -> keep going?
Writer = Callable[[Path, Iterator[dict[str, Any]], tuple[str, ...], "Progress | None"], int]
XLSX_ROW_LIMIT = 1_048_575


class ExportCancelled(RecoveryDeskError):
    pass


def _tick(progress: Progress | None, count: int) -> None:
    if progress and count % 5000 == 0 and not progress(count):
        raise ExportCancelled("The export was cancelled.", "Nothing was written.")


def _cell(row: dict[str, Any], column: str) -> Any:
    value = row[column]
    if column == "payload":
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


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
            writer.writerow(csv_row([_cell(row, c) for c in columns] if events
                                    else row.values()))
            count += 1
            _tick(progress, count)
    return count


def write_jsonl(path: Path, rows: Iterator[dict[str, Any]], columns: tuple[str, ...],
                progress: Progress | None) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
            _tick(progress, count)
    return count


def write_xlsx(path: Path, rows: Iterator[dict[str, Any]], columns: tuple[str, ...],
               progress: Progress | None) -> int:
    import xlsxwriter

    count = 0
    # constant_memory: each row is flushed to disk as written, so a million rows fit
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False,
                                           "strings_to_formulas": False,
                                           "strings_to_urls": False})
    try:
        sheet = book.add_worksheet("cases" if "case_ref" in columns else "events")
        bold = book.add_format({"bold": True})
        sheet.write_row(0, 0, columns, bold)
        sheet.freeze_panes(1, 0)
        for row in rows:
            if count >= XLSX_ROW_LIMIT:
                raise RecoveryDeskError("More rows than a spreadsheet can hold (1,048,575).",
                                        "Narrow the export with --from/--to or use csv.")
            write_xlsx_row(sheet, count + 1, [_cell(row, c) for c in columns])
            count += 1
            _tick(progress, count)
    finally:
        book.close()
    return count


WRITERS: dict[str, Writer] = {"csv": write_csv, "jsonl": write_jsonl, "xlsx": write_xlsx}
