"""What an import did, or in a dry run would do, as printable lines: the summary, how the
file was read, what became of their values (translated, defaulted, dropped), outcomes,
customers and languages, then one line per rejected row."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.services.imports import refusals as R
from recovery_desk.services.imports.mapping import VALUE_GROUPS
from recovery_desk.services.imports.rows import ParsedRow

#: Distinct values listed per group; the rest are counted together.
SHOWN_VALUES = 12
_KEPT_VALUES = 200
K = TypeVar("K")  # what a counter counts: a value, or a (their value, ours) pair


@dataclass
class ImportStats:
    """What the rows were turned into, counted over the file (bounded per value group)."""

    translated: dict[str, Counter[tuple[str, str]]] = field(default_factory=dict)
    defaulted: dict[str, Counter[str]] = field(default_factory=dict)
    dropped: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    folded: int = 0

    def add(self, row: ParsedRow) -> None:
        for name, theirs in row.defaulted:
            _bounded(self.defaulted.setdefault(name, Counter()), theirs)
        ours = {"channel": row.channel, "category": row.category, "severity": row.severity,
                "status": row.status, "outcome": row.outcome or "",
                "language": row.language or ""}
        for group in VALUE_GROUPS:
            theirs = row.values.get(group, "")
            if group == "outcome" and row.outcome is None:
                continue   # a case still open has no outcome; their text stays on it
            if theirs and (group, theirs) not in row.defaulted:
                _bounded(self.translated.setdefault(group, Counter()), (theirs, ours[group]))
        self.dropped.update(row.dropped)
        if row.outcome:
            self.outcomes[row.outcome] += 1
        self.folded += row.folded


def _bounded(counter: Counter[K], key: K) -> None:
    if key in counter or len(counter) < _KEPT_VALUES:
        counter[key] += 1


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
    encoding: str = ""
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    skip_bad_rows: bool = False
    rejects_file: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.rejected or self.skip_bad_rows

    def lines(self) -> list[str]:
        """Printable lines: the summary first, then one line per rejected row."""
        name = self.source or "the file"
        if self.dry_run:
            verb = "would be skipped" if self.skip_bad_rows else "rejected"
            out = [f"{name}: {self.rows} row(s), {self.accepted} can be imported, "
                   f"{len(self.rejected)} {verb} (dry run: nothing was written)."]
        else:
            out = [f"{name}: imported {self.cases} case(s) from {self.rows} row(s)."]
            if self.rejected:
                out.append(f"{len(self.rejected)} row(s) skipped, each with its reason in "
                           f"{self.rejects_file}.")
        if self.encoding:
            out.append(f"Encoding: {self.encoding}.")
        out.extend(f"Warning: {w}" for w in self.warnings)
        if self.created_categories:
            verb = "would be created" if self.dry_run else "created"
            out.append(f"New categories {verb}: {', '.join(self.created_categories)} "
                       "(add labels for them in taxonomy.toml).")
        out.extend(self.notes)
        out.extend(reason for _, reason in self.rejected)
        if self.dry_run and self.rejected and not self.skip_bad_rows:
            out.append("Fix these rows or the mapping; the real import takes the whole file "
                       "or nothing (or use --skip-bad-rows to import the good rows and write "
                       "the others, with the reason, to a rejects file).")
        return out


def _values(counter: Counter[K], show: Callable[[K, int], str]) -> str:
    items = counter.most_common()
    text = ", ".join(show(key, n) for key, n in items[:SHOWN_VALUES])
    rest = sum(n for _, n in items[SHOWN_VALUES:])
    return text + (f" and {rest} more" if rest else "")


def stat_notes(stats: ImportStats, defaults: dict[str, str], dst_fold: str) -> list[str]:
    """The report's lines about what became of their values."""
    out = []
    for group, counter in stats.translated.items():
        if any(theirs != ours for theirs, ours in counter):
            out.append(f"Values of {group}: " + _values(
                counter, lambda key, n: f"{key[0]!r} → {key[1]} ({n})"))
    for name, used in stats.defaulted.items():
        out.append(f"[defaults] {name} = {defaults[name]!r} used for " + _values(
            used, lambda key, n: f"{key!r} ({n})" if key else f"empty cells ({n})")
            + " (their values are kept on the case)")
    if "opened_at" in stats.defaulted:
        out.append(f"Warning: {sum(stats.defaulted['opened_at'].values())} case(s) have no "
                   f"opening time of their own and are dated {defaults['opened_at']}: the "
                   "Dashboard counts them all on that day.")
    for name, count in sorted(stats.dropped.items()):
        out.append(f"[on_invalid] {name} = \"drop\": dropped from {count} row(s), which are "
                   "kept (the original value is on the case)")
    if stats.outcomes:
        counts = ", ".join(f"{n} {o.replace('_', ' ')}" for o, n in
                           sorted(stats.outcomes.items()))
        why = (" (unknown: closed without an outcome or a satisfaction answer; counted apart "
               "on the Dashboard)" if stats.outcomes.get("unknown") else "")
        out.append(f"Outcomes of the closed cases: {counts}{why}.")
    if stats.folded:
        out.append(f"{stats.folded} local time(s) fell in the hour the autumn clock change "
                   f"repeats; taken as the {dst_fold} instant ([source] dst_fold).")
    return out


def refusal(report: ImportReport) -> RecoveryDeskError:
    return R.refuse(R.ROWS_REJECTED(count=len(report.rejected), rows=report.rows,
                                    file=report.source, first=report.rejected[0][1]))
