"""The mapping file: which of their columns is which of our fields, and how their values
translate to our ids. Checked completely before a row is read, so a typo stops the import
with a message saying what to fix instead of silently dropping data.

The sections' own checks are in ``mapping_checks``; this module holds what the rows need.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

from recovery_desk.domain.case import CLOSED, CLOSED_OUTCOMES, OPEN
from recovery_desk.domain.taxonomy import Taxonomy
from recovery_desk.domain.toml_input import TomlRefused, read_bounded
from recovery_desk.services.imports import mapping_checks as checks
from recovery_desk.services.imports import refusals as R
from recovery_desk.services.imports.dates import LocalTime, parse_local
from recovery_desk.services.imports.naming import fold, slugify

FIELDS = checks.FIELDS
REQUIRED_FIELDS = checks.REQUIRED_FIELDS
VALUE_GROUPS = checks.VALUE_GROUPS
DROPPABLE = checks.DROPPABLE
NO_DEFAULT = checks.NO_DEFAULT
STATUS_IDS = (OPEN, CLOSED)
OUTCOME_IDS = CLOSED_OUTCOMES


@dataclass(frozen=True)
class Mapping:
    """A checked mapping file: their columns and values in terms of our fields and ids."""

    columns: dict[str, str]
    delimiter: str | None = None         # None: told from the header line
    encoding: str | None = None          # None: detected from the content
    date_formats: tuple[str, ...] = ()
    timezone: tzinfo = UTC
    dst_fold: str = "earlier"
    languages: tuple[str, ...] = ()      # detect the case language among these
    missing_columns: str = "refuse"      # "skip": optional columns may be absent (presets)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    create_unknown: bool = False
    defaults: dict[str, str] = field(default_factory=dict)
    on_invalid: dict[str, str] = field(default_factory=dict)
    name: str = ""

    def translate(self, group: str, value: str) -> str | None:
        """Our id for their value (exact, then ignoring case and outer spaces)."""
        table = self.values.get(group, {})
        if value in table:
            return table[value]
        return table.get(fold(value))

    def our_id(self, group: str, value: str, known: set[str]) -> str | None:
        """Their value in our ids: mapped, or already one of ours (case, spaces and ``_``
        ignored: ``High``, ``Late delivery`` and ``late_delivery`` are all ours)."""
        ours = self.translate(group, value)
        if ours is not None:
            return ours
        if value in known:
            return value
        for candidate in (fold(value), slugify(value)):
            if candidate in known:
                return candidate
        return None

    def drops(self, field_name: str) -> bool:
        return self.on_invalid.get(field_name) == "drop"

    def parse_time(self, value: str) -> LocalTime:
        return parse_local(value, self.date_formats, self.timezone, self.dst_fold)


def parse_time(value: str, mapping: Mapping) -> datetime | None:
    """The value as an aware UTC time, or None when no allowed format fits (or the local
    time does not exist, or is ambiguous and the mapping refuses those)."""
    return mapping.parse_time(value).at


def known_ids(taxonomy: Taxonomy) -> dict[str, set[str]]:
    """Our ids per value group."""
    return {"channel": set(taxonomy.channels), "category": set(taxonomy.categories),
            "severity": set(taxonomy.severities), "status": set(STATUS_IDS),
            "outcome": set(OUTCOME_IDS), "language": set()}


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return read_bounded(path)
    except FileNotFoundError:
        raise R.refuse(R.MAPPING_NO_FILE(path=str(path))) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise R.refuse(R.MAPPING_UNREADABLE(path=str(path), reason=str(exc))) from exc
    except TomlRefused as exc:
        raise R.refuse(R.MAPPING_REFUSED(file=path.name, reason=str(exc))) from exc
    except ValueError as exc:   # tomllib.TOMLDecodeError
        raise R.refuse(R.MAPPING_NOT_TOML(file=path.name, reason=str(exc))) from exc


def load_mapping(mapping_path: Path, taxonomy: Taxonomy) -> Mapping:
    """Read and check a mapping file; raises ``RecoveryDeskError`` saying what to fix."""
    path = Path(mapping_path)
    data = _read_toml(path)
    checks.only(data, checks.MAPPING_TABLES, path, "", R.MAPPING_UNKNOWN_SECTIONS)
    source = checks.source(checks.table(data, "source", path), path)
    known = known_ids(taxonomy)
    create_unknown = checks.create_unknown(checks.table(data, "categories", path), path)
    values = checks.values(checks.table(data, "values", path), path, known, create_unknown)
    defaults = checks.defaults(checks.table(data, "defaults", path), path, known,
                               create_unknown, source)
    columns = checks.columns(checks.table(data, "columns", path), path, defaults)
    on_invalid = checks.on_invalid(checks.table(data, "on_invalid", path), path)
    return Mapping(columns=columns, values=values, create_unknown=create_unknown,
                   defaults=defaults, on_invalid=on_invalid, name=path.name, **source)


__all__ = ["DROPPABLE", "FIELDS", "NO_DEFAULT", "OUTCOME_IDS", "REQUIRED_FIELDS",
           "STATUS_IDS", "VALUE_GROUPS", "Mapping", "known_ids", "load_mapping",
           "parse_time"]
