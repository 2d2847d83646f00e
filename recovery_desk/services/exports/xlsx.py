"""The XLSX export as a spreadsheet user needs it: times as real dates in the desk's time
zone (named in the header), amounts as numbers, readable column widths, a frozen header
row and an autofilter, so the sheet can be sorted, filtered and summed at once.

Written in xlsxwriter's ``constant_memory`` mode: each row goes to disk as it is written,
so a million rows fit. Strings are string cells, never formulas (``cells.write_xlsx_row``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.core.local_zone import local_time, local_zone_name
from recovery_desk.domain.refusal import Code
from recovery_desk.services.exports.cells import write_xlsx_row
from recovery_desk.services.exports.progress import Progress, cell, tick
from recovery_desk.services.exports.rows import TIME_COLUMNS

XLSX_ROW_LIMIT = 1_048_575
TOO_MANY_ROWS = Code("export.too_many_rows", "More rows than a spreadsheet can hold ({limit:,}).",
                     "Narrow the export with --from/--to or use csv.", types={"limit": int})
_TIMES = frozenset((*TIME_COLUMNS, "at"))
_AMOUNTS = frozenset(("redress_amount",))
_WIDTHS = {"words": 60, "wants": 40, "payload": 80, "case_id": 38, "event_id": 38,
           "customer_id": 38, "hash": 66, "customer_name": 24, "customer_email": 28,
           "customer_phone": 16, "external_ref": 14, "case_ref": 16}
_TIME_WIDTH = 19


def _width(column: str, header: str) -> int:
    if column in _TIMES:
        return max(_TIME_WIDTH, min(len(header), 40))
    return _WIDTHS.get(column, max(10, min(len(header) + 2, 30)))


def _when(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return local_time(value)
    if isinstance(value, str) and value:
        return local_time(datetime.fromisoformat(value))
    return None


def _amount(value: Any) -> float | None:
    if value is None or value == "":
        return None
    return float(value)


def write_xlsx(path: Path, rows: Iterator[dict[str, Any]], columns: tuple[str, ...],
               progress: Progress | None) -> int:
    import xlsxwriter

    zone = local_zone_name()
    headers = [f"{c} ({zone})" if c in _TIMES else c for c in columns]
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False,
                                           "strings_to_formulas": False,
                                           "strings_to_urls": False})
    count = 0
    try:
        sheet = book.add_worksheet("cases" if "case_ref" in columns else "events")
        bold = book.add_format({"bold": True})
        stamp = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        money = book.add_format({"num_format": "#,##0.00"})
        for i, (column, header) in enumerate(zip(columns, headers, strict=True)):
            sheet.set_column(i, i, _width(column, header))
        sheet.write_row(0, 0, headers, bold)
        sheet.freeze_panes(1, 0)
        times = [i for i, c in enumerate(columns) if c in _TIMES]
        amounts = [i for i, c in enumerate(columns) if c in _AMOUNTS]
        for row in rows:
            if count >= XLSX_ROW_LIMIT:
                raise RecoveryDeskError.refusing(TOO_MANY_ROWS(limit=XLSX_ROW_LIMIT))
            count += 1
            values = [cell(row, c) for c in columns]
            for i in times:
                when = _when(values[i])
                values[i] = None
                if when is not None:
                    sheet.write_datetime(count, i, when, stamp)
            for i in amounts:
                amount = _amount(values[i])
                values[i] = None
                if amount is not None:
                    sheet.write_number(count, i, amount, money)
            write_xlsx_row(sheet, count, values)
            tick(progress, count)
        sheet.autofilter(0, 0, max(count, 1), len(columns) - 1)
    finally:
        book.close()
    return count
