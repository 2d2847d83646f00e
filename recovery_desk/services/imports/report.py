"""What an import did, or in a dry run would do, as printable lines."""

from __future__ import annotations

from dataclasses import dataclass, field

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain.taxonomy import Taxonomy
from recovery_desk.services.imports.rows import ParsedRow


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do), with every rejected row."""

    rows: int
    accepted: int
    rejected: list[tuple[int, str]] = field(default_factory=list)
    created_categories: list[str] = field(default_factory=list)
    cases: int = 0
    source: str = ""
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.rejected

    def lines(self) -> list[str]:
        """Printable lines: the summary first, then one line per rejected row."""
        name = self.source or "the file"
        if self.dry_run:
            out = [f"{name}: {self.rows} row(s), {self.accepted} can be imported, "
                   f"{len(self.rejected)} rejected (dry run: nothing was written)."]
        else:
            out = [f"{name}: imported {self.cases} case(s) from {self.rows} row(s)."]
        if self.created_categories:
            verb = "would be created" if self.dry_run else "created"
            out.append(f"New categories {verb}: {', '.join(self.created_categories)} "
                       "(add labels for them in taxonomy.toml).")
        out.extend(reason for _, reason in self.rejected)
        if self.dry_run and self.rejected:
            out.append("Fix these rows or the mapping; the real import takes the whole file "
                       "or nothing.")
        return out


def build_report(source: str, total: int, rows: list[ParsedRow],
                 problems: dict[int, list[str]], taxonomy: Taxonomy,
                 dry_run: bool) -> ImportReport:
    created = sorted({r.category for r in rows} - set(taxonomy.categories))
    rejected = [(n, f"row {n}: " + "; ".join(problems[n])) for n in sorted(problems)]
    return ImportReport(rows=total, accepted=len(rows), rejected=rejected,
                        created_categories=created, source=source, dry_run=dry_run)


def refusal(report: ImportReport) -> RecoveryDeskError:
    count = len(report.rejected)
    return RecoveryDeskError(
        f"{count} of {report.rows} row(s) in {report.source} cannot be imported (first: "
        f"{report.rejected[0][1]}); nothing was imported.",
        "Run the import as a dry run to see every rejected row, fix the file or the "
        "mapping, and import again.")
