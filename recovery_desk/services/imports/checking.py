"""The first pass of an import: every row read and checked, nothing written.

It decides what the second pass may do: which rows are rejected and why, the encoding, the
file's digest (the second pass must read the same bytes), and the report's counts of what
became of their values, customers and languages. Rows are not kept: memory is flat in the
number of rows except for one small entry per reference (to find repeats) and one per
rejected row (its reason).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.services.imports import encoding as encodings
from recovery_desk.services.imports import refusals as R
from recovery_desk.services.imports import rejects
from recovery_desk.services.imports.customers import Customers
from recovery_desk.services.imports.duplicates import Duplicates, Earlier, earlier_imports
from recovery_desk.services.imports.language import Languages
from recovery_desk.services.imports.mapping import Mapping
from recovery_desk.services.imports.reading import CsvStream, column_positions
from recovery_desk.services.imports.report import ImportReport, ImportStats, stat_notes
from recovery_desk.services.imports.rows import ParsedRow, RowParser
from recovery_desk.services.imports.writing import starts_clocks
from recovery_desk.services.regulated.packs import current_pack
from recovery_desk.services.workspace import Workspace

#: phase ("checking", "importing"), bytes read, bytes in the file -> keep going?
ImportProgress = Callable[[str, int, int], bool]
_TICK_ROWS = 200


class ImportCancelled(RecoveryDeskError):
    pass


class Ticker:
    """Calls ``progress`` every few hundred records; a False answer cancels."""

    def __init__(self, progress: ImportProgress | None, phase: str, stream: CsvStream) -> None:
        self.progress, self.phase, self.stream = progress, phase, stream

    def tick(self, number: int) -> None:
        if self.progress is not None and number % _TICK_ROWS == 0 and \
                not self.progress(self.phase, self.stream.done, self.stream.size):
            raise ImportCancelled.refusing(R.CANCELLED())

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.phase, self.stream.size, self.stream.size)


@dataclass
class Checked:
    report: ImportReport
    header: list[str]
    positions: dict[str, int]
    encoding: str
    delimiter: str
    digest: str
    source: str


@dataclass
class _Pass:
    """What the first pass counts as it goes."""

    rows: int = 0
    accepted: int = 0
    problems: dict[int, list[str]] = field(default_factory=dict)
    categories: set[str] = field(default_factory=set)
    stats: ImportStats = field(default_factory=ImportStats)
    garbled: list[str] = field(default_factory=list)
    no_reference: int = 0
    still_open: int = 0


def check_file(workspace: Workspace, csv_path: Path, mapping: Mapping, *, skip_bad_rows: bool,
               allow_duplicates: bool, dry_run: bool,
               progress: ImportProgress | None) -> Checked:
    chosen = encodings.choose(csv_path, mapping.encoding)
    delimiter = mapping.delimiter or encodings.sniff_delimiter(csv_path, chosen.name)
    source = rejects.source_name(csv_path)
    stream = CsvStream(csv_path, chosen.name, delimiter).open()
    try:
        positions = column_positions(stream.header, mapping, csv_path.name)
        with workspace.engine.connect() as conn:
            earlier = earlier_imports(conn, source)
            counted, customers, languages = _read(workspace, conn, stream, mapping, positions,
                                                  earlier, source, progress)
    finally:
        stream.close()
    report = ImportReport(
        rows=counted.rows, accepted=counted.accepted, source=csv_path.name, dry_run=dry_run,
        rejected=[(n, f"row {n}: " + "; ".join(counted.problems[n]))
                  for n in sorted(counted.problems)],
        created_categories=sorted(counted.categories), skip_bad_rows=skip_bad_rows,
        encoding=_encoding_text(chosen))
    if chosen.warning:
        report.warnings.append(chosen.warning)
    report.warnings.extend(counted.garbled)
    report.notes = stat_notes(counted.stats, mapping.defaults, mapping.dst_fold)
    report.notes += _people_notes(customers, languages, mapping, counted.accepted)
    report.notes += _clock_notes(workspace, counted)
    absent = [f"{theirs!r} ({ours})" for ours, theirs in mapping.columns.items()
              if ours not in positions]
    if absent:
        report.notes.insert(0, f"Not in this file, so left empty: {', '.join(absent)}.")
    _reference_checks(report, mapping, earlier, counted, allow_duplicates, dry_run)
    if counted.rows == 0:
        report.warnings.append("the file has a header but no rows: nothing to import.")
    if mapping.delimiter is None:
        report.encoding += f"; delimiter {delimiter!r} (told from the header line)"
    return Checked(report, stream.header, positions, chosen.name, delimiter, stream.digest,
                   source)


def _read(workspace: Workspace, conn: Connection, stream: CsvStream, mapping: Mapping,
          positions: dict[str, int], earlier: Earlier, source: str,
          progress: ImportProgress | None) -> tuple[_Pass, Customers, Languages]:
    counted = _Pass()
    parser = RowParser(mapping, workspace.taxonomy, stream.header, positions)
    duplicates = Duplicates(earlier, source)
    numbers = itertools.count(1)
    customers = Customers(conn, lambda: f"new-{next(numbers)}")
    languages = Languages(mapping.languages, mapping.defaults.get(
        "language", workspace.settings.language))
    ticker = Ticker(progress, "checking", stream)
    _check_misread(stream.header, 0, stream, counted)
    for number, record in stream.records(ticker.tick):
        counted.rows += 1
        _check_misread(record, number, stream, counted)
        row, problems = parser.parse(number, record)
        if row is not None:
            repeat = duplicates.check(number, row.values.get("reference", ""))
            if repeat is not None:
                row, problems = None, [repeat]
        if row is None:
            counted.problems[number] = problems
            continue
        _count(row, counted, customers, languages, workspace)
    ticker.finish()
    return counted, customers, languages


def _count(row: ParsedRow, counted: _Pass, customers: Customers, languages: Languages,
           workspace: Workspace) -> None:
    counted.accepted += 1
    counted.stats.add(row)
    if row.category not in workspace.taxonomy.categories:
        counted.categories.add(row.category)
    if not row.values.get("reference"):
        counted.no_reference += 1
    if starts_clocks(row):
        counted.still_open += 1
    v = row.values
    customers.id_for(v.get("customer_number", ""), v.get("customer_email", ""),
                     v.get("customer_phone", ""))
    languages.of(row.language, v["words"])


def _check_misread(record: list[str], number: int, stream: CsvStream, counted: _Pass) -> None:
    """UTF-8 read as a one-byte code page: refused (the log would keep it for good), or,
    when the file is UTF-8 and the text was garbled before it was exported, a warning."""
    misread = encodings.utf8_misread(record, stream.encoding)
    if misread is None:
        return
    where = "the header" if number == 0 else f"row {number}"
    if misread.wrong_encoding:
        facts = {"file": stream.path.name, "encoding": stream.encoding,
                 "as_read": repr(misread.as_read), "as_utf8": repr(misread.as_utf8)}
        raise R.refuse(R.MISREAD_HEADER(**facts) if number == 0 else
                       R.MISREAD_ROW(**facts, row=number))
    if len(counted.garbled) < 3:
        counted.garbled.append(
            f"{where} looks garbled in the file itself: {misread.as_read!r} is how UTF-8 "
            f"{misread.as_utf8!r} looks when read as {misread.page}. It is imported as it "
            "is; repair the export if you can.")


def _encoding_text(chosen: encodings.Encoding) -> str:
    shown = "utf-8" if chosen.name == "utf-8-sig" else chosen.name
    if chosen.how == "declared":
        return f"{shown} (declared in the mapping)"
    if chosen.how == "detected":
        return (f"{shown} (detected by charset-normalizer; set [source] encoding in the "
                "mapping to choose another)")
    return f"{shown} (byte-order mark)"


def _reference_checks(report: ImportReport, mapping: Mapping, earlier: Earlier,
                      counted: _Pass, allow_duplicates: bool, dry_run: bool) -> None:
    """A file imported before cannot be told apart row by row without references."""
    if "reference" in mapping.columns and counted.no_reference == 0:
        return
    if earlier.cases and not allow_duplicates:
        refusal = (R.AGAIN_NO_REFERENCE_COLUMN(file=report.source, cases=earlier.cases)
                   if "reference" not in mapping.columns else
                   R.AGAIN_ROWS_WITHOUT_REFERENCE(file=report.source, cases=earlier.cases,
                                                  rows=counted.no_reference))
        if not dry_run:
            raise R.refuse(refusal)
        report.warnings.append(f"{refusal.problem} The real import will be refused: "
                               f"{refusal.fix}")
    elif "reference" not in mapping.columns:
        report.notes.append("No reference column is mapped: a second import of this file "
                            "will be refused unless --allow-duplicates, as its rows cannot "
                            "be told from those imported now.")


def _clock_notes(workspace: Workspace, counted: _Pass) -> list[str]:
    """Under a clock rule pack: which imported cases start its clocks, and why the others
    do not."""
    pack = current_pack(workspace)
    if pack is None or not counted.accepted:
        return []
    closed = counted.accepted - counted.still_open
    return [f"Clocks ({pack.id}): {counted.still_open} case(s) still open start the log's "
            f"clocks from their received time; {closed} closed case(s) get none (which "
            "letters the old helpdesk sent is not in the file, so their deadlines are not "
            "counted as met or missed)."]


def _people_notes(customers: Customers, languages: Languages, mapping: Mapping,
                  accepted: int) -> list[str]:
    if not accepted:
        return []
    people = len(set(customers.by_key.values()))
    out = [f"Customers: {people} recognized by number, e-mail or phone ("
           f"{len(customers.in_log)} already in the log); {customers.anonymous} row(s) "
           "without customer details, each its own anonymous customer."]
    if mapping.languages:
        found = ", ".join(f"{code} {n}" for code, n in languages.detected.most_common())
        out.append(f"Language detected from the words for {sum(languages.detected.values())}"
                   f" row(s) ({found or 'none'}); {languages.undecided} too short or unsure: "
                   f"{languages.default}.")
    elif "language" not in mapping.columns:
        out.append(f"Language: {languages.default} for every case (map a language column, "
                   "or list the export's languages under [source] languages to detect it).")
    return out
