"""Bring past complaints from another helpdesk's CSV export into the case log.

A TOML mapping says which of their columns is which of our fields and how their channel,
category, severity and status values translate to our ids (see docs/csv-import.md). Every
row is parsed and checked before anything is written; the real run then records all rows
in one unit of work, so a file lands completely or not at all. Each row becomes a case
whose events carry the row's own timestamps, so reports over past months stay truthful.

The work is split by job: ``mapping`` (the mapping file), ``reading`` (decoding and
records), ``rows`` (one record in our terms), ``duplicates`` (rows imported before),
``writing`` (rows to events) and ``report``; this module runs them in order.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from recovery_desk.services.imports.duplicates import imported_references, reject_duplicates
from recovery_desk.services.imports.mapping import FIELDS, Mapping, load_mapping, parse_time
from recovery_desk.services.imports.naming import slugify
from recovery_desk.services.imports.reading import column_positions, read_csv
from recovery_desk.services.imports.report import ImportReport, build_report, refusal
from recovery_desk.services.imports.rows import ParsedRow, parse_row
from recovery_desk.services.imports.writing import Customers, write_row
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.event_store import new_uuid, unit_of_work

__all__ = ["FIELDS", "ImportReport", "Mapping", "import_csv", "load_mapping", "parse_time",
           "slugify"]


def import_csv(workspace: Workspace, csv_path: Path, mapping_path: Path, *, dry_run: bool,
               new_id: Callable[[], str] = new_uuid) -> ImportReport:
    """Check every row, then (unless ``dry_run``) record them all in one transaction.

    The real run refuses the whole file if any row would be rejected, so a file is never
    half imported; the dry run lists every rejected row with its reason instead.
    Rows whose reference was already imported from a file of the same name are rejected,
    so running the same import twice does not duplicate cases.
    """
    csv_path = Path(csv_path)
    mapping = load_mapping(Path(mapping_path), workspace.taxonomy)
    source = csv_path.name
    header, records = read_csv(csv_path, mapping)
    positions = column_positions(header, mapping, source)

    rows: list[ParsedRow] = []
    problems: dict[int, list[str]] = {}
    for number, record in records:
        row, found = parse_row(number, record, header, positions, mapping, workspace.taxonomy)
        if row is None:
            problems[number] = found
        else:
            rows.append(row)
    with workspace.engine.connect() as conn:
        earlier = imported_references(conn, source)
    reject_duplicates(rows, problems, earlier, source)

    report = build_report(source, len(records), rows, problems, workspace.taxonomy, dry_run)
    if dry_run:
        return report
    if report.rejected:
        raise refusal(report)

    language = workspace.settings.language
    customers = Customers(new_id)
    with unit_of_work(workspace.engine, workspace.desk_id, new_id=new_id) as uow:
        # Checked again under the write lock: another desk may have imported meanwhile.
        reject_duplicates(rows, problems, imported_references(uow.conn, source), source)
        if problems:
            raise refusal(build_report(source, len(records), rows, problems,
                                       workspace.taxonomy, dry_run))
        for row in rows:
            write_row(uow, row, customers, source, language)
    report.cases = len(rows)
    return report
