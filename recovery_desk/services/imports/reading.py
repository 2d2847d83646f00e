"""Reading the CSV file: decoding it, splitting records, finding the mapped columns."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.services.imports.mapping import Mapping
from recovery_desk.services.imports.naming import fold

Record = tuple[int, list[str]]


def read_csv(csv_path: Path, mapping: Mapping) -> tuple[list[str], list[Record]]:
    """The header and the non-blank data records, numbered from 1 after the header."""
    path = Path(csv_path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise RecoveryDeskError(f"The CSV file {path} does not exist.",
                                "Check the path and the file name.") from None
    except OSError as exc:
        raise RecoveryDeskError(f"Cannot read the CSV file {path}: {exc.strerror or exc}.",
                                "Check that the file is not open elsewhere and is "
                                "readable.") from exc
    try:
        text = raw.decode(mapping.encoding)
    except UnicodeDecodeError as exc:
        raise RecoveryDeskError(
            f"{path.name} is not {mapping.encoding} text (byte 0x{raw[exc.start]:02x} at "
            f"position {exc.start} does not fit).",
            'Set [source] encoding in the mapping to the export\'s encoding, e.g. "cp1250" '
            '(Hungarian Windows), "cp1257" (Latvian) or "cp1251" (Ukrainian).') from None
    try:
        records = list(csv.reader(io.StringIO(text, newline=""),
                                  delimiter=mapping.delimiter, strict=True))
    except csv.Error as exc:
        raise RecoveryDeskError(f"{path.name} is not a readable CSV file: {exc}.",
                                "Check the quoting and the [source] delimiter.") from exc
    if not records or not any(cell.strip() for cell in records[0]):
        raise RecoveryDeskError(f"{path.name} is empty or has no header row.",
                                "Export the file again with column headers.")
    header = [cell.strip().lstrip("\ufeff").strip() for cell in records[0]]
    rows = [(number, record) for number, record in enumerate(records[1:], start=1)
            if any(cell.strip() for cell in record)]
    return header, rows


def column_positions(header: list[str], mapping: Mapping, name: str) -> dict[str, int]:
    """Where each mapped field is in the file; a missing or doubled header is fatal."""
    positions: dict[str, int] = {}
    missing: list[str] = []
    for our_field, theirs in mapping.columns.items():
        found = [i for i, h in enumerate(header) if h == theirs]
        if not found:
            found = [i for i, h in enumerate(header) if fold(h) == fold(theirs)]
        if not found:
            missing.append(f"{theirs!r} (for {our_field})")
        elif len(found) > 1:
            raise RecoveryDeskError(f"{name} has the column {theirs!r} more than once, so "
                                    f"{our_field} is ambiguous.",
                                    "Rename one of the columns in the file.")
        else:
            positions[our_field] = found[0]
    if missing:
        raise RecoveryDeskError(
            f"{name} has no column {', '.join(missing)}. Its columns are: "
            f"{', '.join(repr(h) for h in header)}.",
            "Fix the header names under [columns] in the mapping (or the [source] delimiter "
            "if all columns appear as one).")
    return positions
