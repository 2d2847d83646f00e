"""Bring past complaints from another helpdesk's CSV export into the case log.

A TOML mapping says which of their columns is which of our fields and how their channel,
category, severity and status values translate to our ids (see docs/csv-import.md). Every
row is parsed and checked before anything is written; the real run then records all rows
in one unit of work, so a file lands completely or not at all. Each row becomes a case
whose events carry the row's own timestamps, so reports over past months stay truthful.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, String, cast, select

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain import events as ev
from recovery_desk.domain.case import CLOSED, NOT_RECOVERED, OPEN, RECOVERED
from recovery_desk.domain.events import Change
from recovery_desk.domain.satisfaction import CSAT_RANGE, LIKELIHOOD_RANGE
from recovery_desk.domain.taxonomy import Taxonomy
from recovery_desk.domain.toml_input import TomlRefused, read_bounded
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.event_store import new_uuid, unit_of_work
from recovery_desk.storage.models import CaseEvent

__all__ = ["FIELDS", "ImportReport", "Mapping", "import_csv", "load_mapping"]

#: Our fields a mapping may name under ``[columns]``.
FIELDS = (
    "reference", "opened_at", "closed_at", "customer_name", "customer_email",
    "customer_phone", "customer_number", "channel", "category", "severity", "words",
    "remedy", "agent", "status", "csat", "likelihood", "resolution",
)
REQUIRED_FIELDS = ("opened_at", "words")
VALUE_GROUPS = ("channel", "category", "severity", "status")
STATUS_IDS = (OPEN, CLOSED)
IMPORT_ACTOR = "import"
IMPORT_PLAYBOOK = "imported"

#: Unambiguous formats tried after the mapping's own ``date_formats`` (ISO 8601 comes first).
DEFAULT_DATE_FORMATS = (
    "%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y",
    "%Y.%m.%d. %H:%M", "%Y.%m.%d. %H:%M:%S", "%Y.%m.%d.", "%Y. %m. %d. %H:%M",
    "%Y-%m-%d %H:%M:%S", "%d.%m.%Y. %H:%M", "%d.%m.%Y.",
)
#: Day/month order cannot be told apart for these; used only when the mapping lists them.
AMBIGUOUS_DATE_FORMATS = ("%m/%d/%Y %H:%M", "%d/%m/%Y %H:%M", "%m/%d/%Y", "%d/%m/%Y")

# Column widths of the projections, so a long value is refused here rather than by
# PostgreSQL in the middle of the import.
_MAX_LENGTH = {"customer_name": 200, "customer_email": 200, "customer_phone": 64,
               "customer_number": 64, "agent": 200}
_MAX_ID = 64
_MAPPING_TABLES = ("source", "columns", "values", "categories", "defaults")
_SOURCE_KEYS = ("delimiter", "encoding", "date_formats", "timezone")
_DEFAULT_KEYS = ("channel", "category", "severity")

# Latin letters that Unicode decomposition leaves alone, and Ukrainian Cyrillic
# (national romanization, simplified), so new category ids stay readable.
_TRANSLIT = {
    "ß": "ss", "ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "þ": "th",
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia", "ё": "e", "ы": "y", "э": "e", "ъ": "", "'": "", "’": "", "ʼ": "",
}


# -- the report -------------------------------------------------------------------------


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


# -- the mapping ------------------------------------------------------------------------


@dataclass(frozen=True)
class Mapping:
    """A checked mapping file: their columns and values in terms of our fields and ids."""

    columns: dict[str, str]
    delimiter: str = ","
    encoding: str = "utf-8-sig"
    date_formats: tuple[str, ...] = ()
    timezone: tzinfo = UTC
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    create_unknown: bool = False
    defaults: dict[str, str] = field(default_factory=dict)

    def translate(self, group: str, value: str) -> str | None:
        """Our id for their value (exact, then ignoring case and outer spaces)."""
        table = self.values.get(group, {})
        if value in table:
            return table[value]
        return table.get(_fold(value))


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _mapping_error(path: Path, problem: str, fix: str = "") -> RecoveryDeskError:
    return RecoveryDeskError(f"The import mapping {path.name}: {problem}",
                             fix or "Correct the mapping file (see docs/csv-import.md).")


def _table(data: dict[str, Any], key: str, path: Path) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise _mapping_error(path, f"[{key}] must be a table.")
    return value


def _text(value: Any, where: str, path: Path) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _mapping_error(path, f"{where} must be a non-empty text.")
    return value


def load_mapping(mapping_path: Path, taxonomy: Taxonomy) -> Mapping:
    """Read and check a mapping file; raises ``RecoveryDeskError`` saying what to fix."""
    path = Path(mapping_path)
    try:
        data = read_bounded(path)
    except FileNotFoundError:
        raise RecoveryDeskError(f"The import mapping {path} does not exist.",
                                "Check the path, or start from "
                                "resources/import/example-mapping.toml.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RecoveryDeskError(f"Cannot read the import mapping {path}: {exc}.",
                                "Save it as UTF-8 text in a readable place.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise _mapping_error(path, f"not valid TOML ({exc}).") from exc
    except TomlRefused as exc:
        raise _mapping_error(path, f"refused: it {exc}.",
                             "Start again from resources/import/example-mapping.toml.") from exc
    unknown = sorted(set(data) - set(_MAPPING_TABLES))
    if unknown:
        raise _mapping_error(path, f"unknown section(s) {', '.join(unknown)}.",
                             f"Use only {', '.join(f'[{t}]' for t in _MAPPING_TABLES)}.")

    source = _table(data, "source", path)
    odd = sorted(set(source) - set(_SOURCE_KEYS))
    if odd:
        raise _mapping_error(path, f"[source] has unknown key(s) {', '.join(odd)}.",
                             f"Use {', '.join(_SOURCE_KEYS)}.")
    delimiter = source.get("delimiter", ",")
    if not isinstance(delimiter, str) or len(delimiter) != 1 or delimiter in "\"\r\n":
        raise _mapping_error(path, f"[source] delimiter {delimiter!r} must be one character.",
                             'Use for example ",", ";" or "\\t" (tab).')
    encoding = source.get("encoding", "utf-8-sig")
    try:
        codecs.lookup(_text(encoding, "[source] encoding", path))
    except LookupError:
        raise _mapping_error(path, f"[source] encoding {encoding!r} is not known.",
                             'Use for example "utf-8-sig", "cp1250", "cp1251" or '
                             '"cp1257".') from None
    formats = source.get("date_formats", [])
    if not isinstance(formats, list) or not all(
            isinstance(f, str) and "%" in f for f in formats):
        raise _mapping_error(path, "[source] date_formats must be a list of strptime formats.",
                             'For example date_formats = ["%d/%m/%Y %H:%M"].')
    zone: tzinfo = UTC
    if "timezone" in source:
        name = _text(source["timezone"], "[source] timezone", path)
        try:
            zone = ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise _mapping_error(path, f"[source] timezone {name!r} is not a known time zone.",
                                 'Use a zone name such as "Europe/Riga", "Europe/Budapest" '
                                 'or "Europe/Kyiv".') from None

    columns_raw = _table(data, "columns", path)
    odd = sorted(set(columns_raw) - set(FIELDS))
    if odd:
        raise _mapping_error(path, f"[columns] has unknown field(s) {', '.join(odd)}.",
                             f"Our fields are: {', '.join(FIELDS)}.")
    columns = {key: _text(value, f"[columns] {key}", path).strip()
               for key, value in columns_raw.items()}
    missing = [f for f in REQUIRED_FIELDS if f not in columns]
    if missing:
        raise _mapping_error(path, f"[columns] must name the column for {', '.join(missing)}.",
                             'For example opened_at = "Created" and words = "Description".')

    known = {"channel": set(taxonomy.channels), "category": set(taxonomy.categories),
             "severity": set(taxonomy.severities), "status": set(STATUS_IDS)}
    categories = _table(data, "categories", path)
    odd = sorted(set(categories) - {"create_unknown"})
    if odd:
        raise _mapping_error(path, f"[categories] has unknown key(s) {', '.join(odd)}.",
                             "Only create_unknown = true or false belongs there.")
    create_unknown = categories.get("create_unknown", False)
    if not isinstance(create_unknown, bool):
        raise _mapping_error(path, "[categories] create_unknown must be true or false.")

    values_raw = _table(data, "values", path)
    odd = sorted(set(values_raw) - set(VALUE_GROUPS))
    if odd:
        raise _mapping_error(path, f"[values] has unknown group(s) {', '.join(odd)}.",
                             f"Use {', '.join(f'[values.{g}]' for g in VALUE_GROUPS)}.")
    values: dict[str, dict[str, str]] = {}
    for group in VALUE_GROUPS:
        table = _table(values_raw, group, path)
        translated: dict[str, str] = {}
        for theirs, ours in table.items():
            ours = _text(ours, f"[values.{group}] {theirs!r}", path).strip()
            _check_target(path, group, ours, known[group], create_unknown,
                          f"[values.{group}] {theirs!r}")
            translated[theirs] = ours
            translated.setdefault(_fold(theirs), ours)
        values[group] = translated

    defaults_raw = _table(data, "defaults", path)
    odd = sorted(set(defaults_raw) - set(_DEFAULT_KEYS))
    if odd:
        raise _mapping_error(path, f"[defaults] has unknown key(s) {', '.join(odd)}.",
                             f"Use {', '.join(_DEFAULT_KEYS)}.")
    defaults: dict[str, str] = {}
    for key, value in defaults_raw.items():
        ours = _text(value, f"[defaults] {key}", path).strip()
        _check_target(path, key, ours, known[key], create_unknown, f"[defaults] {key}")
        defaults[key] = ours

    return Mapping(columns=columns, delimiter=delimiter, encoding=encoding,
                   date_formats=tuple(formats), timezone=zone, values=values,
                   create_unknown=create_unknown, defaults=defaults)


def _check_target(path: Path, group: str, ours: str, known: set[str], create_unknown: bool,
                  where: str) -> None:
    if ours in known:
        return
    if group == "category" and create_unknown and slugify(ours) == ours:
        return  # a deliberately new category id
    choices = ", ".join(sorted(known))
    raise _mapping_error(path, f"{where} = {ours!r} is not one of our {group} ids.",
                         f"Use one of: {choices}.")


def slugify(text: str) -> str:
    """A category id for a free-text value: lowercase ASCII words joined by ``_``."""
    out: list[str] = []
    for char in text.strip().casefold():
        if char in _TRANSLIT:
            out.append(_TRANSLIT[char])
            continue
        out.append("".join(c for c in unicodedata.normalize("NFKD", char) if c.isascii()))
    slug = re.sub(r"[^a-z0-9]+", "_", "".join(out)).strip("_")
    return slug[:_MAX_ID].rstrip("_")


# -- reading the file -------------------------------------------------------------------


def _read_csv(csv_path: Path, mapping: Mapping) -> tuple[list[str], list[tuple[int, list[str]]]]:
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


def _column_positions(header: list[str], mapping: Mapping, name: str) -> dict[str, int]:
    """Where each mapped field is in the file; a missing or doubled header is fatal."""
    positions: dict[str, int] = {}
    missing: list[str] = []
    for our_field, theirs in mapping.columns.items():
        found = [i for i, h in enumerate(header) if h == theirs]
        if not found:
            found = [i for i, h in enumerate(header) if _fold(h) == _fold(theirs)]
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


# -- parsing one row --------------------------------------------------------------------


@dataclass
class _Row:
    number: int
    values: dict[str, str]
    opened_at: datetime
    closed_at: datetime | None
    channel: str
    category: str
    severity: str
    status: str
    csat: int | None
    likelihood: int | None
    extra: list[tuple[str, str]]


def _first_format(text: str, formats: Iterable[str]) -> datetime | None:
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def parse_time(value: str, mapping: Mapping) -> datetime | None:
    """The value as an aware UTC time, or None when no allowed format fits."""
    text = " ".join(value.split())
    parsed = _first_format(text, mapping.date_formats)
    if parsed is None:
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            parsed = _first_format(text, DEFAULT_DATE_FORMATS)
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=mapping.timezone)
    return parsed.astimezone(UTC)


def _int_in(value: str, bounds: tuple[int, int]) -> int | None:
    text = value.strip().replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        return None
    if not number.is_integer() or not bounds[0] <= number <= bounds[1]:
        return None
    return int(number)


def _parse_row(number: int, record: list[str], header: list[str], positions: dict[str, int],
               mapping: Mapping, taxonomy: Taxonomy) -> tuple[_Row | None, list[str]]:
    """The row in our terms, or the problems that keep it out (each names its column)."""
    if len(record) != len(header):
        return None, [f"has {len(record)} cells but the header has {len(header)} (check the "
                      "quoting and the delimiter)"]
    values = {f: record[i].strip() for f, i in positions.items()}
    problems: list[str] = []

    opened_at = closed_at = None
    raw = values["opened_at"]
    if not raw:
        problems.append("opened_at is empty")
    else:
        opened_at = parse_time(raw, mapping)
        if opened_at is None:
            problems.append(_bad_date("opened_at", raw))
    if values.get("closed_at"):
        closed_at = parse_time(values["closed_at"], mapping)
        if closed_at is None:
            problems.append(_bad_date("closed_at", values["closed_at"]))
        elif opened_at is not None and closed_at < opened_at:
            problems.append(f"closed_at {values['closed_at']!r} is before opened_at {raw!r}")

    if not values["words"]:
        problems.append("words is empty")
    for key, limit in _MAX_LENGTH.items():
        if len(values.get(key, "")) > limit:
            problems.append(f"{key} is longer than {limit} characters")
    email = values.get("customer_email", "")
    if email and ("@" not in email or any(c.isspace() for c in email)):
        problems.append(f"customer_email {email!r} is not an e-mail address")

    channel = _choose(values, "channel", mapping, set(taxonomy.channels), problems)
    severity = _choose(values, "severity", mapping, set(taxonomy.severities), problems)
    category = _category(values, mapping, set(taxonomy.categories), problems)
    status = _status(values, mapping, closed_at, problems)

    csat = likelihood = None
    if values.get("csat"):
        csat = _int_in(values["csat"], CSAT_RANGE)
        if csat is None:
            problems.append(f"csat {values['csat']!r} is not a whole number from 1 to 5")
    if values.get("likelihood"):
        likelihood = _int_in(values["likelihood"], LIKELIHOOD_RANGE)
        if likelihood is None:
            problems.append(f"likelihood {values['likelihood']!r} is not a whole number "
                            "from 0 to 10")

    if problems or opened_at is None:
        return None, problems
    mapped = set(positions.values())
    extra = [(header[i] or f"column {i + 1}", cell.strip()) for i, cell in enumerate(record)
             if i not in mapped and cell.strip()]
    return _Row(number=number, values=values, opened_at=opened_at, closed_at=closed_at,
                channel=channel, category=category, severity=severity, status=status,
                csat=csat, likelihood=likelihood, extra=extra), []


def _bad_date(column: str, raw: str) -> str:
    reason = f"{column} {raw!r} is not a date in a known format"
    if "/" in raw:
        return (reason + " (dates with / are ambiguous: list \"%d/%m/%Y %H:%M\" or "
                "\"%m/%d/%Y %H:%M\" under [source] date_formats)")
    return reason + " (add its format under [source] date_formats)"


def _choose(values: dict[str, str], group: str, mapping: Mapping, known: set[str],
            problems: list[str]) -> str:
    """Channel or severity: mapped value, one of our ids as is, or the mapping's default."""
    raw = values.get(group, "")
    if raw:
        ours = mapping.translate(group, raw)
        if ours is None and raw in known:
            ours = raw
        if ours is not None:
            return ours
    default = mapping.defaults.get(group)
    if default is not None:
        return default
    if raw:
        problems.append(f"{group} {raw!r} is not mapped (add it under [values.{group}] or set "
                        f"[defaults] {group})")
    else:
        problems.append(f"{group} is empty (map the column under [columns] or set "
                        f"[defaults] {group})")
    return ""


def _category(values: dict[str, str], mapping: Mapping, known: set[str],
              problems: list[str]) -> str:
    """Mapped value, one of our ids as is, a new id when allowed, or the default if empty."""
    raw = values.get("category", "")
    if not raw:
        default = mapping.defaults.get("category")
        if default is None:
            problems.append("category is empty (map the column under [columns] or set "
                            "[defaults] category)")
            return ""
        return default
    ours = mapping.translate("category", raw)
    if ours is None and raw in known:
        ours = raw
    if ours is not None:
        return ours
    if not mapping.create_unknown:
        problems.append(f"category {raw!r} is not mapped (add it under [values.category] or "
                        "set create_unknown)")
        return ""
    slug = slugify(raw)
    if not slug:
        problems.append(f"category {raw!r} cannot be made into an id (add it under "
                        "[values.category])")
    return slug


def _status(values: dict[str, str], mapping: Mapping, closed_at: datetime | None,
            problems: list[str]) -> str:
    """Their status in our terms; without one, a closing time means the case was closed."""
    raw = values.get("status", "")
    if not raw:
        return CLOSED if closed_at is not None else OPEN
    ours = mapping.translate("status", raw)
    if ours is None and _fold(raw) in STATUS_IDS:
        ours = _fold(raw)
    if ours is None:
        problems.append(f"status {raw!r} is not mapped (add it under [values.status] as "
                        "\"open\" or \"closed\")")
        return OPEN
    return ours


# -- earlier imports --------------------------------------------------------------------


def _imported_references(conn: Connection, source: str) -> dict[str, str]:
    """Their references already imported from a file of this name: reference -> our ref.

    Scans the ``case_opened`` events (the truth, including those synced from other desks);
    the text filter only narrows the scan, the payload decides.
    """
    events = CaseEvent.__table__
    stmt = select(events.c.payload).where(
        events.c.kind == ev.CASE_OPENED,
        cast(events.c.payload, String).like('%"imported"%'))
    found: dict[str, str] = {}
    for payload in conn.execute(stmt).scalars():
        info = (payload or {}).get("imported")
        if isinstance(info, dict) and info.get("source") == source and info.get("reference"):
            found.setdefault(str(info["reference"]), str(payload.get("ref", "")))
    return found


def _duplicates(rows: Iterable[_Row], earlier: dict[str, str], source: str) -> dict[int, str]:
    """Rows whose reference was imported before, or appears earlier in this file."""
    found: dict[int, str] = {}
    seen: dict[str, int] = {}
    for row in rows:
        reference = row.values.get("reference", "")
        if not reference:
            continue
        if reference in earlier:
            found[row.number] = (f"reference {reference!r} from {source} was already imported "
                                 f"(case {earlier[reference]})")
        elif reference in seen:
            found[row.number] = (f"reference {reference!r} appears again (first on row "
                                 f"{seen[reference]})")
        else:
            seen[reference] = row.number
    return found


# -- turning rows into events -----------------------------------------------------------


class _Customers:
    """One customer id per person within the file, recognized by e-mail or phone."""

    def __init__(self, new_id: Callable[[], str]) -> None:
        self.new_id = new_id
        self.by_key: dict[str, str] = {}

    def id_for(self, email: str, phone: str) -> str:
        keys = []
        if email:
            keys.append("e:" + email.casefold())
        digits = re.sub(r"\D", "", phone)
        if len(digits) >= 6:
            keys.append("p:" + digits)
        customer_id = next((self.by_key[k] for k in keys if k in self.by_key), None)
        customer_id = customer_id or self.new_id()
        for key in keys:
            self.by_key.setdefault(key, customer_id)
        return customer_id


def _changes(row: _Row, ref: str, customer: dict[str, Any], source: str, language: str,
             agent: str) -> tuple[list[Change], list[Change]]:
    """The events at opening time and those at closing time, in the order they happen."""
    v = row.values
    opened = Change(ev.CASE_OPENED, {
        "ref": ref, "customer": customer, "channel": row.channel, "category": row.category,
        "severity": row.severity, "words": v["words"].strip(),
        "remedy": v.get("remedy", "").strip(), "playbook": IMPORT_PLAYBOOK,
        "playbook_version": 0, "mode": "natural", "language": language, "training": False,
        "agent": agent, "stage_roles": {},
        "imported": {"source": source, "row": row.number,
                     "reference": v.get("reference") or None},
    })
    at_open = [opened]
    if row.extra:
        text = "\n".join(f"{name}: {value}" for name, value in row.extra)
        at_open.append(Change(ev.NOTE_ADDED, {"text": text}))
    at_end: list[Change] = []
    if v.get("resolution"):
        at_end.append(Change(ev.NOTE_ADDED, {"text": v["resolution"]}))
    if row.csat is not None or row.likelihood is not None:
        at_end.append(Change(ev.SATISFACTION_RECORDED, {
            "accepted": "yes" if (row.csat or 0) >= 4 else "partly", "how": "written",
            "csat": row.csat, "likelihood": row.likelihood, "ces": None, "follow_up": False,
            "context": "import"}))
    if row.status == CLOSED:
        outcome = RECOVERED if (row.csat or 0) >= 4 else NOT_RECOVERED
        at_end.append(Change(ev.CASE_CLOSED, {"outcome": outcome, "imported": True}))
    return at_open, at_end


# -- the entry point --------------------------------------------------------------------


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
    header, records = _read_csv(csv_path, mapping)
    positions = _column_positions(header, mapping, source)

    rows: list[_Row] = []
    problems: dict[int, list[str]] = {}
    for number, record in records:
        row, found = _parse_row(number, record, header, positions, mapping, workspace.taxonomy)
        if row is None:
            problems[number] = found
        else:
            rows.append(row)
    with workspace.engine.connect() as conn:
        earlier = _imported_references(conn, source)
    _reject_duplicates(rows, problems, earlier, source)

    report = _report(source, len(records), rows, problems, workspace.taxonomy, dry_run)
    if dry_run:
        return report
    if report.rejected:
        raise _refusal(report)

    language = workspace.settings.language
    customers = _Customers(new_id)
    with unit_of_work(workspace.engine, workspace.desk_id, new_id=new_id) as uow:
        # Checked again under the write lock: another desk may have imported meanwhile.
        _reject_duplicates(rows, problems, _imported_references(uow.conn, source), source)
        if problems:
            raise _refusal(_report(source, len(records), rows, problems, workspace.taxonomy,
                                   dry_run))
        for row in rows:
            v = row.values
            agent = v.get("agent") or IMPORT_ACTOR
            customer = {
                "id": customers.id_for(v.get("customer_email", ""), v.get("customer_phone", "")),
                "number": v.get("customer_number", ""), "name": v.get("customer_name", ""),
                "phone": v.get("customer_phone", ""), "email": v.get("customer_email", ""),
                "language": language,
            }
            at_open, at_end = _changes(row, uow.next_ref(), customer, source, language, agent)
            state = uow.new_case()
            uow.record(state, at_open, agent, at=row.opened_at)
            if at_end:
                uow.record(state, at_end, agent, at=row.closed_at or row.opened_at)
    report.cases = len(rows)
    return report


def _reject_duplicates(rows: list[_Row], problems: dict[int, list[str]],
                       earlier: dict[str, str], source: str) -> None:
    duplicates = _duplicates(rows, earlier, source)
    if duplicates:
        rows[:] = [r for r in rows if r.number not in duplicates]
        for number, reason in duplicates.items():
            problems.setdefault(number, []).append(reason)


def _report(source: str, total: int, rows: list[_Row], problems: dict[int, list[str]],
            taxonomy: Taxonomy, dry_run: bool) -> ImportReport:
    created = sorted({r.category for r in rows} - set(taxonomy.categories))
    rejected = [(n, f"row {n}: " + "; ".join(problems[n])) for n in sorted(problems)]
    return ImportReport(rows=total, accepted=len(rows), rejected=rejected,
                        created_categories=created, source=source, dry_run=dry_run)


def _refusal(report: ImportReport) -> RecoveryDeskError:
    count = len(report.rejected)
    return RecoveryDeskError(
        f"{count} of {report.rows} row(s) in {report.source} cannot be imported (first: "
        f"{report.rejected[0][1]}); nothing was imported.",
        "Run the import as a dry run to see every rejected row, fix the file or the "
        "mapping, and import again.")
