"""``import-csv``: past complaints from another helpdesk's CSV export, with a preset or a
mapping, a suggested mapping to start from, a dry run that writes nothing (not even a new
log file), and a progress bar on the terminal."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from recovery_desk.cli.common import Command, TerminalProgress, open_workspace
from recovery_desk.core.errors import RecoveryDeskError

if TYPE_CHECKING:
    from recovery_desk.services.workspace import Workspace


def _arguments(parser: argparse.ArgumentParser) -> None:
    from recovery_desk.services.imports.presets import preset_names

    parser.add_argument("file", type=Path, metavar="FILE.csv")
    how = parser.add_mutually_exclusive_group(required=True)
    how.add_argument("--mapping", type=Path, metavar="MAPPING.toml",
                     help="your mapping file (see docs/csv-import.md)")
    how.add_argument("--preset", metavar="NAME",
                     help="a ready mapping: " + ", ".join(preset_names()))
    how.add_argument("--suggest", action="store_true",
                     help="write a starting mapping from the file's header and a sample")
    parser.add_argument("--out", type=Path, metavar="MAPPING.toml",
                        help="with --suggest: where to write it (default FILE.mapping.toml)")
    parser.add_argument("--dry-run", action="store_true",
                        help="show what would be imported and every rejected row; writes "
                             "nothing")
    parser.add_argument("--skip-bad-rows", action="store_true",
                        help="import the good rows; write the others, with the reason, to "
                             "a rejects file (default: the whole file or nothing)")
    parser.add_argument("--rejects", type=Path, metavar="PATH",
                        help="the rejects file (default FILE.rejects.csv)")
    parser.add_argument("--allow-duplicates", action="store_true",
                        help="import a file imported before even without references")
    parser.add_argument("--quiet", action="store_true",
                        help="no progress bar; print only problems")


class ImportBar:
    """Two bars on stderr (checking, then importing), by bytes of the file read."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.bars: dict[str, TerminalProgress] = {}

    def __call__(self, phase: str, done: int, total: int) -> bool:
        if not self.quiet:
            bar = self.bars.get(phase)
            if bar is None:
                bar = self.bars[phase] = TerminalProgress(total, phase, unit="MB")
            bar(done)
        return True


def _dry_run_workspace(args: argparse.Namespace) -> Workspace:
    """The log read-only; when it does not exist yet, an empty log in memory, so a dry run
    creates no file."""
    from sqlalchemy.engine import make_url

    from recovery_desk.services.workspace import open_workspace as open_log
    from recovery_desk.storage.engine import resolve_target

    url = make_url(resolve_target(args.db))
    database = url.database or ""
    missing = url.get_backend_name() == "sqlite" and database not in ("", ":memory:") and \
        not Path(database).exists()
    workspace = open_log("sqlite://") if missing else open_log(args.db, read_only=True)
    if args.lang:
        workspace.settings.language = args.lang
    if args.global_desk:
        workspace.settings.desk_id = args.global_desk
    return workspace


def _suggest(args: argparse.Namespace) -> int:
    from recovery_desk.core.paths import resources_dir
    from recovery_desk.domain.taxonomy import load_taxonomy
    from recovery_desk.services.imports.suggest import mapping_text, suggest

    taxonomy = load_taxonomy(resources_dir() / "taxonomy.toml")
    out = args.out or args.file.with_name(f"{args.file.stem}.mapping.toml")
    if out.exists():
        raise RecoveryDeskError(f"{out} exists already; it was not overwritten.",
                                "Give another name with --out, or remove that file.")
    found = suggest(args.file, taxonomy)
    out.write_text(mapping_text(found, taxonomy, args.file.name), encoding="utf-8")
    print(f"Wrote a starting mapping to {out}: {len(found.columns)} of "
          f"{len(found.header)} columns guessed, values of "
          f"{', '.join(found.values) or 'no column'} listed. Check it, then run "
          f"import-csv {args.file} --mapping {out} --dry-run")
    return 0


def cmd_import_csv(args: argparse.Namespace) -> int:
    from recovery_desk.services.imports.csv_import import import_csv
    from recovery_desk.services.imports.presets import preset_path

    if args.suggest:
        return _suggest(args)
    mapping = preset_path(args.preset) if args.preset else args.mapping
    workspace = _dry_run_workspace(args) if args.dry_run else open_workspace(args)
    try:
        report = import_csv(workspace, args.file, mapping, dry_run=args.dry_run,
                            skip_bad_rows=args.skip_bad_rows,
                            allow_duplicates=args.allow_duplicates, rejects=args.rejects,
                            progress=ImportBar(args.quiet))
    finally:
        workspace.close()
    lines = report.lines()
    if args.quiet:   # only what needs attention
        lines = [line for line in lines[1:] if line.startswith(("row ", "Warning:"))]
    for line in lines:
        print(line)
    return 0 if report.ok else 1


COMMANDS = (
    Command("import-csv", "bring past complaints from another helpdesk's CSV export",
            _arguments, cmd_import_csv),
)
