"""Bring past complaints from another helpdesk's CSV export into the case log.

A TOML mapping (one of the presets, or written from ``--suggest``) says which of their
columns is which of our fields and how their values translate to our ids (see
docs/csv-import.md). The file is read twice as a stream, so memory stays flat whatever its
size: the first pass checks every row and writes nothing; the second records the rows in
one transaction, so a file lands completely or not at all. By default any bad row refuses
the whole file; with ``skip_bad_rows`` the good rows are imported and the others written,
with their reasons, to a rejects file. Each row becomes a case whose events carry the
row's own timestamps, so reports over past months stay truthful.

By job: ``mapping``/``mapping_checks`` (the mapping file), ``encoding`` (detected, not
assumed), ``reading`` (the stream), ``rows`` (one record in our terms), ``duplicates``,
``customers``, ``language``, ``writing`` (rows to events), ``rejects`` and ``report``;
``checking`` runs the first pass and this module the whole import.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.services.access.permissions import Permission, require
from recovery_desk.services.imports import refusals as R
from recovery_desk.services.imports import rejects as rejects_file
from recovery_desk.services.imports.checking import (
    Checked,
    ImportCancelled,
    ImportProgress,
    Ticker,
    check_file,
)
from recovery_desk.services.imports.customers import Customers
from recovery_desk.services.imports.duplicates import Duplicates, earlier_imports
from recovery_desk.services.imports.language import Languages
from recovery_desk.services.imports.mapping import FIELDS, Mapping, load_mapping, parse_time
from recovery_desk.services.imports.naming import slugify
from recovery_desk.services.imports.reading import CsvStream
from recovery_desk.services.imports.report import ImportReport, refusal
from recovery_desk.services.imports.rows import RowParser
from recovery_desk.services.imports.writing import write_row
from recovery_desk.services.regulated.packs import current_pack
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.event_store import UnitOfWork, new_uuid, unit_of_work

__all__ = ["FIELDS", "ImportCancelled", "ImportProgress", "ImportReport", "Mapping",
           "import_csv", "load_mapping", "parse_time", "slugify"]

#: New cases written before the unit of work drops its cached states.
BATCH = 500


def import_csv(workspace: Workspace, csv_path: Path, mapping_path: Path, *, dry_run: bool,
               skip_bad_rows: bool = False, allow_duplicates: bool = False,
               rejects: Path | None = None, progress: ImportProgress | None = None,
               new_id: Callable[[], str] = new_uuid) -> ImportReport:
    """Check every row, then (unless ``dry_run``) record them in one transaction.

    The real run refuses the whole file if any row would be rejected, unless
    ``skip_bad_rows`` (then those rows go to ``rejects``, by default ``NAME.rejects.csv``
    beside the file). Rows whose reference was already imported from a file of the same
    name are rejected, and a file imported before without a reference column is refused
    unless ``allow_duplicates``, so running the same import twice does not duplicate
    cases. A dry run writes nothing at all. ``progress`` may cancel (nothing is written).
    The events' actor is the signed-in user (who needs ``IMPORT_CASES``); the source's
    agent column is the case's agent, kept as it came in ``imported.agent``.
    """
    if not dry_run:  # a dry run writes nothing: anyone may see what would happen
        require(workspace, Permission.IMPORT_CASES, action="import cases from a CSV file")
    csv_path = Path(csv_path)
    mapping = load_mapping(Path(mapping_path), workspace.taxonomy)
    checked = check_file(workspace, csv_path, mapping, skip_bad_rows=skip_bad_rows,
                         allow_duplicates=allow_duplicates, dry_run=dry_run,
                         progress=progress)
    report = checked.report
    if dry_run:
        return report
    if report.rejected and not skip_bad_rows:
        raise refusal(report)
    target = rejects or rejects_file.default_path(csv_path)
    kept = rejects_file.RejectsFile(target, checked.header) if report.rejected else None
    try:
        with unit_of_work(workspace.engine, workspace.desk_id, new_id=new_id) as uow:
            report.cases = _write(workspace, uow, csv_path, mapping, checked, kept,
                                  progress, new_id)
    except BaseException:
        if kept is not None:
            kept.discard()
        raise
    if kept is not None:
        report.rejects_file = kept.commit()
    return report


def _write(workspace: Workspace, uow: UnitOfWork, csv_path: Path, mapping: Mapping,
           checked: Checked, kept: rejects_file.RejectsFile | None,
           progress: ImportProgress | None, new_id: Callable[[], str]) -> int:
    """The second pass, in the import's one transaction; returns the cases written."""
    report, source = checked.report, checked.source
    # checked again under the write lock: another desk may have imported meanwhile
    duplicates = Duplicates(earlier_imports(uow.conn, source), source)
    customers = Customers(uow.conn, new_id)
    languages = Languages(mapping.languages, mapping.defaults.get(
        "language", workspace.settings.language))
    rejected = dict(report.rejected)
    pack = current_pack(workspace)   # the clocks open complaints start under
    stream = CsvStream(csv_path, checked.encoding, checked.delimiter).open()
    ticker = Ticker(progress, "importing", stream)
    written = 0
    try:
        parser = RowParser(mapping, workspace.taxonomy, stream.header, checked.positions)
        for number, record in stream.records(ticker.tick):
            reason = rejected.get(number)
            row = None
            if reason is None:
                row, _ = parser.parse(number, record)
                if row is None:
                    raise _changed(csv_path)
                late = duplicates.check(number, row.values.get("reference", ""))
                if late is not None:
                    reason, row = f"row {number}: {late}", None
                    report.rejected.append((number, reason))
                    if kept is None:
                        raise refusal(report)
            if row is None:
                assert kept is not None
                kept.add(number, record, str(reason).split(": ", 1)[-1])
                continue
            write_row(uow, row, customers, languages, source, actor=workspace.user, pack=pack)
            written += 1
            if written % BATCH == 0:
                uow.forget()
        ticker.finish()
    finally:
        stream.close()
    if stream.digest != checked.digest:
        raise _changed(csv_path)
    return written


def _changed(csv_path: Path) -> RecoveryDeskError:
    return R.refuse(R.CHANGED(file=csv_path.name))
