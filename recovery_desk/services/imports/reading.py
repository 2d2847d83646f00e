"""Reading the CSV file as a stream: records one at a time, in constant memory whatever the
file's size, with the bytes read so far for a progress bar and a digest of the whole file
(an import reads it twice, checking then writing, and refuses if it changed in between).

Bytes that do not fit the encoding are kept as escapes while reading, so the row they are
in is named exactly ("row 17: byte 0xe9 …") instead of where a decoder buffer ended.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from recovery_desk.services.imports import refusals as R
from recovery_desk.services.imports.mapping import REQUIRED_FIELDS, Mapping
from recovery_desk.services.imports.naming import fold

if TYPE_CHECKING:  # collections.abc.Buffer is Python 3.12+
    from typing_extensions import Buffer

Record = tuple[int, list[str]]
#: A byte the encoding could not decode, as ``surrogateescape`` keeps it.
_ESCAPED = re.compile("[\udc80-\udcff]")
#: The longest cell read (characters); a longer one is refused, not read into memory.
MAX_CELL = 1 << 20


class _Counting(io.RawIOBase):
    """A raw file that counts and digests the bytes read through it."""

    def __init__(self, handle: io.BufferedReader) -> None:
        self.handle = handle
        self.read_bytes = 0
        self.digest = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Buffer) -> int:
        view = memoryview(buffer)  # what io passes already; a view to slice and digest
        count = self.handle.readinto(view)
        if count:
            self.read_bytes += count
            self.digest.update(view[:count])
        return count or 0


@dataclass
class CsvStream:
    """One pass over the file: ``header``, then ``records()``; ``done`` bytes so far."""

    path: Path
    encoding: str
    delimiter: str
    size: int = 0
    header: list[str] = field(default_factory=list)
    _raw: _Counting | None = None
    _reader: Iterator[list[str]] | None = None
    _text: io.TextIOWrapper | None = None

    @property
    def done(self) -> int:
        return self._raw.read_bytes if self._raw else 0

    @property
    def digest(self) -> str:
        return self._raw.digest.hexdigest() if self._raw else ""

    def open(self) -> CsvStream:
        try:
            self.size = self.path.stat().st_size
            handle = self.path.open("rb")
        except OSError as exc:
            raise R.refuse(R.UNREADABLE(path=str(self.path),
                                        reason=str(exc.strerror or exc))) from exc
        self._raw = _Counting(handle)
        self._text = io.TextIOWrapper(io.BufferedReader(self._raw, 1 << 16),
                                      encoding=self.encoding, errors="surrogateescape",
                                      newline="")
        csv.field_size_limit(MAX_CELL)
        self._reader = csv.reader(self._text, delimiter=self.delimiter, strict=True)
        first = self._next(0)
        if first is None or not any(cell.strip() for cell in first):
            self.close()
            raise R.refuse(R.NO_HEADER(file=self.path.name))
        self.header = [cell.strip().lstrip("\ufeff").strip() for cell in first]
        return self

    def _next(self, number: int) -> list[str] | None:
        assert self._reader is not None
        try:
            record = next(self._reader)
        except StopIteration:
            return None
        except csv.Error as exc:
            refusal = (R.NOT_CSV_HEADER(file=self.path.name, reason=str(exc), limit=MAX_CELL)
                       if number == 0 else
                       R.NOT_CSV_ROW(file=self.path.name, row=number, reason=str(exc),
                                     limit=MAX_CELL))
            raise R.refuse(refusal) from exc
        self._check_bytes(record, number)
        return record

    def _check_bytes(self, record: list[str], number: int) -> None:
        for cell in record:
            if cell.isascii():
                continue
            found = _ESCAPED.search(cell)
            if found is None:
                continue
            bad = found.start()
            byte = ord(cell[bad]) - 0xDC00
            shown = _ESCAPED.sub("\ufffd", cell[max(bad - 30, 0):bad + 30])
            facts = {"file": self.path.name, "encoding": self.encoding,
                     "byte": f"{byte:02x}", "around": repr(shown)}
            raise R.refuse(R.BAD_BYTE_HEADER(**facts) if number == 0 else
                           R.BAD_BYTE_ROW(**facts, row=number))

    def records(self, tick: Callable[[int], None] | None = None) -> Iterator[Record]:
        """The non-blank data records, numbered from 1 after the header."""
        number = 0
        while True:
            number += 1
            record = self._next(number)
            if record is None:
                return
            if tick is not None:
                tick(number)
            if any(cell.strip() for cell in record):
                yield number, record

    def close(self) -> None:
        if self._text is not None:
            self._text.close()
            self._text = None


def column_positions(header: list[str], mapping: Mapping, name: str) -> dict[str, int]:
    """Where each mapped field is in the file; a doubled header is fatal, and so is a
    missing one, unless the mapping skips missing optional columns (presets: a tool's
    export with fewer fields chosen)."""
    positions: dict[str, int] = {}
    missing: list[str] = []
    for our_field, theirs in mapping.columns.items():
        found = [i for i, h in enumerate(header) if h == theirs]
        if not found:
            found = [i for i, h in enumerate(header) if fold(h) == fold(theirs)]
        if not found:
            if mapping.missing_columns == "skip" and our_field not in REQUIRED_FIELDS:
                continue
            missing.append(f"{theirs!r} ({our_field})")
        elif len(found) > 1:
            raise R.refuse(R.COLUMN_TWICE(file=name, column=repr(theirs), field=our_field))
        else:
            positions[our_field] = found[0]
    if missing:
        raise R.refuse(R.COLUMNS_MISSING(file=name, missing=", ".join(missing),
                                         columns=", ".join(repr(h) for h in header)))
    return positions
