"""``import-csv FILE --suggest``: a starting mapping written from the file itself.

It reads the header and a sample of rows (never the whole file) and writes, for a person
to check and edit: the encoding (detected) and delimiter (sniffed), a guess of which column
is which of our fields (by header name, in English, Hungarian, Latvian, Ukrainian and the
usual helpdesk names), the date formats that read every sampled date (and which way
round day and month are, when the sample can tell), and under ``[values.*]`` every value
found in each mapped column with the id it seems to be. A value with no likely id is
written commented out, with the ids to choose from: the suggestion never decides for them.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from recovery_desk.domain.taxonomy import Taxonomy
from recovery_desk.services.imports import encoding as encodings
from recovery_desk.services.imports import refusals as R
from recovery_desk.services.imports.dates import AMBIGUOUS_DATE_FORMATS, parse_naive
from recovery_desk.services.imports.mapping import VALUE_GROUPS, known_ids
from recovery_desk.services.imports.naming import fold, slugify
from recovery_desk.services.imports.suggest_words import (
    COLUMN_NAMES,
    DATE_FORMATS,
    VALUE_WORDS,
)

SAMPLE_ROWS = 5000
_VALUES_SHOWN = 40


@dataclass
class Suggestion:
    encoding: str
    delimiter: str
    header: list[str]
    columns: dict[str, str] = field(default_factory=dict)        # our field -> their header
    date_formats: list[str] = field(default_factory=list)
    undecided_dates: bool = False
    values: dict[str, list[tuple[str, int, str | None]]] = field(default_factory=dict)
    rows: int = 0


def _sample(path: Path) -> tuple[str, str, list[list[str]]]:
    chosen = encodings.choose(path, None)
    with path.open("rb") as handle:
        raw = handle.read(encodings.SAMPLE_BYTES)
    text = raw.decode(chosen.name, errors="replace")
    cut = text.rfind("\n")
    text = text[:cut + 1] if 0 < cut < len(text) - 1 else text
    try:
        delimiter = csv.Sniffer().sniff(text[:50_000], delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    records = []
    for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        if any(cell.strip() for cell in record):
            records.append(record)
        if len(records) > SAMPLE_ROWS:
            break
    if not records:
        raise R.refuse(R.NO_HEADER(file=path.name))
    return chosen.name, delimiter, records


def _guess_columns(header: list[str]) -> dict[str, str]:
    """Our field -> their header: an exact name first, then a name inside the header."""
    folded = {fold(h.lstrip("\ufeff")): h.lstrip("\ufeff").strip() for h in header if h}
    taken: set[str] = set()
    out: dict[str, str] = {}
    for exact in (True, False):
        for ours, names in COLUMN_NAMES.items():
            if ours in out:
                continue
            for name in names:
                hit = next((h for f, h in folded.items() if h not in taken and (
                    f == name if exact else len(name) > 3 and name in f)), None)
                if hit is not None:
                    out[ours] = hit
                    taken.add(hit)
                    break
    return out


def _label_ids(taxonomy: Taxonomy) -> dict[str, dict[str, str]]:
    """Each group's labels in every language (folded) -> our id."""
    out: dict[str, dict[str, str]] = {g: {} for g in VALUE_GROUPS}
    for group, table in (("channel", taxonomy.channels), ("category", taxonomy.categories),
                         ("severity", taxonomy.severities)):
        for key, text in table.items():
            for label in text.values.values():
                out[group][fold(label)] = key
    for group, words in VALUE_WORDS.items():
        for word, ours in words.items():
            out[group].setdefault(fold(word), ours)
    return out


def _id_for(group: str, value: str, known: set[str], labels: dict[str, str]) -> str | None:
    for candidate in (fold(value), slugify(value)):
        if candidate in known:
            return candidate
    if group == "language" and len(value.strip()) == 2 and value.strip().isalpha():
        return value.strip().lower()
    return labels.get(fold(value))


def _dates(values: list[str]) -> tuple[list[str], bool]:
    """Formats that read every sampled date; whether day/month order stays undecided."""
    values = [v for v in values if v.strip()][:500]
    if not values or all(parse_naive(v, ()) is not None for v in values):
        return [], False
    found = [f for f in DATE_FORMATS if all(parse_naive(v, (f,)) is not None for v in values)]
    ambiguous = [f for f in found if f in AMBIGUOUS_DATE_FORMATS or f.startswith(
        ("%m/%d", "%d/%m"))]
    if len(ambiguous) > 1:   # both orders read every value: the sample cannot tell
        return ambiguous, True
    return found[:1], False


def suggest(csv_path: Path, taxonomy: Taxonomy) -> Suggestion:
    encoding, delimiter, records = _sample(Path(csv_path))
    header = [h.strip().lstrip("\ufeff") for h in records[0]]
    found = Suggestion(encoding, delimiter, header, rows=len(records) - 1)
    found.columns = _guess_columns(header)
    index = {h: i for i, h in enumerate(header)}
    rows = [r for r in records[1:] if len(r) == len(header)]
    for name in ("opened_at", "closed_at"):
        if name in found.columns:
            formats, undecided = _dates([r[index[found.columns[name]]] for r in rows])
            found.date_formats += [f for f in formats if f not in found.date_formats]
            found.undecided_dates |= undecided
    known, labels = known_ids(taxonomy), _label_ids(taxonomy)
    for group in VALUE_GROUPS:
        if group not in found.columns:
            continue
        counts = Counter(r[index[found.columns[group]]].strip() for r in rows)
        counts.pop("", None)
        found.values[group] = [(value, n, _id_for(group, value, known[group], labels[group]))
                               for value, n in counts.most_common(_VALUES_SHOWN)]
    return found


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def mapping_text(found: Suggestion, taxonomy: Taxonomy, source: str) -> str:
    """The suggestion as a mapping file, every guess commented for the person checking."""
    known = known_ids(taxonomy)
    out = [f"# A starting mapping for {source}, suggested from its header and "
           f"{found.rows} sampled row(s).",
           "# Check every line, then run the import with --dry-run (docs/csv-import.md).",
           "", "[source]", f"delimiter = {_q(found.delimiter)}",
           f"encoding = {_q('utf-8' if found.encoding == 'utf-8-sig' else found.encoding)}"
           "   # detected; leave it out to detect it on every import"]
    if found.date_formats:
        out.append(f"date_formats = [{', '.join(_q(f) for f in found.date_formats)}]")
        if found.undecided_dates:
            out.append("# ! the sample cannot tell day/month order: keep the one that is right")
    out.append('# timezone = "Europe/Riga"   # for times without an offset (UTC if left out)')
    out += ["", "[columns]   # our field = their column"]
    for name, header in found.columns.items():
        out.append(f"{name} = {_q(header)}")
    for name in ("opened_at", "words"):
        if name not in found.columns:
            out.append(f"# {name} = \"...\"   # ! required: no column looked like it")
    unused = [h for h in found.header if h and h not in found.columns.values()]
    if unused:
        out.append(f"# not mapped (kept as a note on each case): {', '.join(unused)}")
    for group, values in found.values.items():
        choices = ", ".join(sorted(known[group])) or "a two-letter code"
        out += ["", f"[values.{group}]   # their value = our id ({choices})"]
        for value, count, ours in values:
            line = f"{_q(value)} = {_q(ours or '')}   # {count} row(s)"
            out.append(line if ours else "# " + line + " — choose an id")
    out += ["", "[categories]", "create_unknown = false   # true: an unmapped category "
            "becomes a new id", "", "[defaults]   # used when a cell is empty",
            *(f'# {g} = "..."' for g in ("channel", "category", "severity")
              if g not in found.columns), ""]
    return "\n".join(out)
