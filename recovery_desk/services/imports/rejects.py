"""The rejects file of ``--skip-bad-rows``: every row left out, as it was, with the reason.

Its two extra columns come last (``rejected_row``, ``rejected_because``), so the file can
be fixed in a spreadsheet and imported again with the same mapping: the import ignores
these two columns and counts the file as a continuation of the original (the same source
name for the duplicate check). Written beside the final name and renamed once the import
committed, so a failed import leaves no rejects file behind.
"""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

from recovery_desk.services.imports import refusals as R

ROW_COLUMN = "rejected_row"
REASON_COLUMN = "rejected_because"
ARTEFACT_COLUMNS = (ROW_COLUMN, REASON_COLUMN)
SUFFIX = ".rejects"


def default_path(csv_path: Path) -> Path:
    return csv_path.with_name(f"{csv_path.stem}{SUFFIX}.csv")


def source_name(csv_path: Path) -> str:
    """The name imports are recorded under: a rejects file continues its original."""
    stem = csv_path.stem
    if stem.endswith(SUFFIX):
        return f"{stem[:-len(SUFFIX)]}{csv_path.suffix}"
    return csv_path.name


class RejectsFile:
    """Collects rejected rows in a temporary file; ``commit`` gives it its name."""

    def __init__(self, path: Path, header: list[str]) -> None:
        self.path = path
        if not path.parent.is_dir():
            raise R.refuse(R.REJECTS_NO_FOLDER(folder=str(path.parent)))
        try:
            fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part",
                                        dir=path.parent)
        except OSError as exc:
            raise R.refuse(R.REJECTS_CANNOT_WRITE(folder=str(path.parent),
                                                  reason=str(exc.strerror or exc))) from exc
        self.tmp = Path(name)
        self.handle = os.fdopen(fd, "w", encoding="utf-8-sig", newline="")
        self.writer = csv.writer(self.handle)
        self.writer.writerow([*header, ROW_COLUMN, REASON_COLUMN])
        self.count = 0

    def add(self, number: int, record: list[str], reason: str) -> None:
        self.writer.writerow([*record, number, reason])
        self.count += 1

    def commit(self) -> Path:
        self.handle.close()
        os.replace(self.tmp, self.path)
        return self.path

    def discard(self) -> None:
        self.handle.close()
        self.tmp.unlink(missing_ok=True)
