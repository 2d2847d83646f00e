"""The mapping file: which of their columns is which of our fields, and how their values
translate to our ids. Checked completely before a row is read, so a typo stops the import
with a message saying what to fix instead of silently dropping data."""

from __future__ import annotations

import codecs
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain.case import CLOSED, OPEN
from recovery_desk.domain.taxonomy import Taxonomy
from recovery_desk.domain.toml_input import TomlRefused, read_bounded
from recovery_desk.services.imports.dates import parse_local
from recovery_desk.services.imports.naming import fold, slugify

#: Our fields a mapping may name under ``[columns]``.
FIELDS = (
    "reference", "opened_at", "closed_at", "customer_name", "customer_email",
    "customer_phone", "customer_number", "channel", "category", "severity", "words",
    "remedy", "agent", "status", "csat", "likelihood", "resolution",
)
REQUIRED_FIELDS = ("opened_at", "words")
VALUE_GROUPS = ("channel", "category", "severity", "status")
STATUS_IDS = (OPEN, CLOSED)

_MAPPING_TABLES = ("source", "columns", "values", "categories", "defaults")
_SOURCE_KEYS = ("delimiter", "encoding", "date_formats", "timezone")
_DEFAULT_KEYS = ("channel", "category", "severity")


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
        return table.get(fold(value))


def parse_time(value: str, mapping: Mapping) -> datetime | None:
    """The value as an aware UTC time, or None when no allowed format fits."""
    return parse_local(value, mapping.date_formats, mapping.timezone)


def mapping_error(path: Path, problem: str, fix: str = "") -> RecoveryDeskError:
    return RecoveryDeskError(f"The import mapping {path.name}: {problem}",
                             fix or "Correct the mapping file (see docs/csv-import.md).")


def _table(data: dict[str, Any], key: str, path: Path) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise mapping_error(path, f"[{key}] must be a table.")
    return value


def _text(value: Any, where: str, path: Path) -> str:
    if not isinstance(value, str) or not value.strip():
        raise mapping_error(path, f"{where} must be a non-empty text.")
    return value


def _only(table: dict[str, Any], allowed: tuple[str, ...] | set[str], path: Path,
          problem: str, fix: str) -> None:
    odd = sorted(set(table) - set(allowed))
    if odd:
        raise mapping_error(path, problem.format(", ".join(odd)), fix)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return read_bounded(path)
    except FileNotFoundError:
        raise RecoveryDeskError(f"The import mapping {path} does not exist.",
                                "Check the path, or start from "
                                "resources/import/example-mapping.toml.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RecoveryDeskError(f"Cannot read the import mapping {path}: {exc}.",
                                "Save it as UTF-8 text in a readable place.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise mapping_error(path, f"not valid TOML ({exc}).") from exc
    except TomlRefused as exc:
        raise mapping_error(path, f"refused: it {exc}.",
                            "Start again from resources/import/example-mapping.toml.") from exc


def load_mapping(mapping_path: Path, taxonomy: Taxonomy) -> Mapping:
    """Read and check a mapping file; raises ``RecoveryDeskError`` saying what to fix."""
    path = Path(mapping_path)
    data = _read_toml(path)
    _only(data, _MAPPING_TABLES, path, "unknown section(s) {}.",
          f"Use only {', '.join(f'[{t}]' for t in _MAPPING_TABLES)}.")
    delimiter, encoding, formats, zone = _source(_table(data, "source", path), path)
    columns = _columns(_table(data, "columns", path), path)

    known = {"channel": set(taxonomy.channels), "category": set(taxonomy.categories),
             "severity": set(taxonomy.severities), "status": set(STATUS_IDS)}
    categories = _table(data, "categories", path)
    _only(categories, {"create_unknown"}, path, "[categories] has unknown key(s) {}.",
          "Only create_unknown = true or false belongs there.")
    create_unknown = categories.get("create_unknown", False)
    if not isinstance(create_unknown, bool):
        raise mapping_error(path, "[categories] create_unknown must be true or false.")

    values = _values(_table(data, "values", path), path, known, create_unknown)
    defaults_raw = _table(data, "defaults", path)
    _only(defaults_raw, _DEFAULT_KEYS, path, "[defaults] has unknown key(s) {}.",
          f"Use {', '.join(_DEFAULT_KEYS)}.")
    defaults: dict[str, str] = {}
    for key, value in defaults_raw.items():
        ours = _text(value, f"[defaults] {key}", path).strip()
        _check_target(path, key, ours, known[key], create_unknown, f"[defaults] {key}")
        defaults[key] = ours

    return Mapping(columns=columns, delimiter=delimiter, encoding=encoding,
                   date_formats=formats, timezone=zone, values=values,
                   create_unknown=create_unknown, defaults=defaults)


def _source(source: dict[str, Any], path: Path) -> tuple[str, str, tuple[str, ...], tzinfo]:
    """``[source]``: delimiter, encoding, date formats and time zone, each checked."""
    _only(source, _SOURCE_KEYS, path, "[source] has unknown key(s) {}.",
          f"Use {', '.join(_SOURCE_KEYS)}.")
    delimiter = source.get("delimiter", ",")
    if not isinstance(delimiter, str) or len(delimiter) != 1 or delimiter in "\"\r\n":
        raise mapping_error(path, f"[source] delimiter {delimiter!r} must be one character.",
                            'Use for example ",", ";" or "\\t" (tab).')
    encoding = source.get("encoding", "utf-8-sig")
    try:
        codecs.lookup(_text(encoding, "[source] encoding", path))
    except LookupError:
        raise mapping_error(path, f"[source] encoding {encoding!r} is not known.",
                            'Use for example "utf-8-sig", "cp1250", "cp1251" or '
                            '"cp1257".') from None
    formats = source.get("date_formats", [])
    if not isinstance(formats, list) or not all(
            isinstance(f, str) and "%" in f for f in formats):
        raise mapping_error(path, "[source] date_formats must be a list of strptime formats.",
                            'For example date_formats = ["%d/%m/%Y %H:%M"].')
    zone: tzinfo = UTC
    if "timezone" in source:
        name = _text(source["timezone"], "[source] timezone", path)
        try:
            zone = ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise mapping_error(path, f"[source] timezone {name!r} is not a known time zone.",
                                'Use a zone name such as "Europe/Riga", "Europe/Budapest" '
                                'or "Europe/Kyiv".') from None
    return delimiter, encoding, tuple(formats), zone


def _columns(columns_raw: dict[str, Any], path: Path) -> dict[str, str]:
    _only(columns_raw, FIELDS, path, "[columns] has unknown field(s) {}.",
          f"Our fields are: {', '.join(FIELDS)}.")
    columns = {key: _text(value, f"[columns] {key}", path).strip()
               for key, value in columns_raw.items()}
    missing = [f for f in REQUIRED_FIELDS if f not in columns]
    if missing:
        raise mapping_error(path, f"[columns] must name the column for {', '.join(missing)}.",
                            'For example opened_at = "Created" and words = "Description".')
    return columns


def _values(values_raw: dict[str, Any], path: Path, known: dict[str, set[str]],
            create_unknown: bool) -> dict[str, dict[str, str]]:
    _only(values_raw, VALUE_GROUPS, path, "[values] has unknown group(s) {}.",
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
            translated.setdefault(fold(theirs), ours)
        values[group] = translated
    return values


def _check_target(path: Path, group: str, ours: str, known: set[str], create_unknown: bool,
                  where: str) -> None:
    if ours in known:
        return
    if group == "category" and create_unknown and slugify(ours) == ours:
        return  # a deliberately new category id
    choices = ", ".join(sorted(known))
    raise mapping_error(path, f"{where} = {ours!r} is not one of our {group} ids.",
                        f"Use one of: {choices}.")
